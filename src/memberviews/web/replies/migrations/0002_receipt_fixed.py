"""The database refuses to change a reply's date of receipt."""

from __future__ import annotations

from django.db import migrations

from memberviews.web.audit.triggers import RECEIPT_POSTGRESQL, RECEIPT_SQLITE, triggers


class Migration(migrations.Migration):
    dependencies = [("replies", "0001_initial"), ("audit", "0002_append_only")]
    operations = [triggers(RECEIPT_SQLITE, RECEIPT_POSTGRESQL)]
