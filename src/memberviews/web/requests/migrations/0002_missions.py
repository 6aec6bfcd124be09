"""The Permanent Missions of the Member States and observer States, from the States register
(their e-mail addresses are imported or entered afterwards)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

from memberviews.core.states import member_states, observer_states


def add_missions(apps: Any, schema_editor: Any) -> None:
    mission = apps.get_model("requests", "Mission")
    for observer, states in ((False, member_states()), (True, observer_states())):
        for state in states:
            mission.objects.get_or_create(
                m49=state.m49, defaults={"name": state.short_name("en"), "observer": observer}
            )


class Migration(migrations.Migration):
    dependencies = [("requests", "0001_initial")]
    operations = [migrations.RunPython(add_missions, migrations.RunPython.noop)]
