"""The organizations of the register (the European Union, the IAEA, …), addressed where a
mandate invites organizations (their addresses are imported or entered afterwards)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

from memberviews.core.organizations import all_organizations


def add_organizations(apps: Any, schema_editor: Any) -> None:
    mission = apps.get_model("requests", "Mission")
    for organization in all_organizations():
        mission.objects.get_or_create(
            organization=organization.acronym, defaults={"name": organization.name("en")}
        )


class Migration(migrations.Migration):
    dependencies = [("requests", "0003_titles_reminders")]
    operations = [migrations.RunPython(add_organizations, migrations.RunPython.noop)]
