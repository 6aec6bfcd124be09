"""The database refuses to change or delete audit entries."""

from __future__ import annotations

from django.db import migrations

from memberviews.web.audit.triggers import AUDIT_POSTGRESQL, AUDIT_SQLITE, triggers


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [triggers(AUDIT_SQLITE, AUDIT_POSTGRESQL)]
