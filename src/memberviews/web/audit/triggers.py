"""Rules the database keeps itself, whoever writes to it: audit rows are never changed or
deleted, and a reply's date of receipt never changes once stamped. Each rule is SQL for
SQLite and for PostgreSQL, created by a migration (:class:`Triggers`)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

AUDIT_SQLITE = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_auditentry
    BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_auditentry
    BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END""",
]
AUDIT_POSTGRESQL = [
    """CREATE OR REPLACE FUNCTION memberviews_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$""",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION memberviews_refuse('audit entries cannot be changed')""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_auditentry
    FOR EACH STATEMENT EXECUTE FUNCTION memberviews_refuse('audit entries cannot be deleted')""",
]

RECEIPT_SQLITE = [
    """CREATE TRIGGER reply_receipt_fixed BEFORE UPDATE OF received_at ON replies_reply
    WHEN NEW.received_at IS NOT OLD.received_at
    BEGIN SELECT RAISE(ABORT, 'a date of receipt cannot be changed'); END""",
]
RECEIPT_POSTGRESQL = [
    """CREATE OR REPLACE FUNCTION memberviews_receipt_fixed() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.received_at IS DISTINCT FROM OLD.received_at THEN
            RAISE EXCEPTION 'a date of receipt cannot be changed';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER reply_receipt_fixed BEFORE UPDATE ON replies_reply
    FOR EACH ROW EXECUTE FUNCTION memberviews_receipt_fixed()""",
]


def triggers(sqlite: list[str], postgresql: list[str]) -> migrations.RunPython:
    """A migration operation that creates the triggers of the database in use."""

    def create(apps: Any, schema_editor: Any) -> None:
        vendor = schema_editor.connection.vendor
        statements = {"sqlite": sqlite, "postgresql": postgresql}.get(vendor)
        if statements is None:
            raise RuntimeError(f"memberviews runs on SQLite or PostgreSQL, not {vendor}")
        for statement in statements:
            # No parameters: the functions hold a literal "%" (plpgsql's RAISE format).
            schema_editor.execute(statement, params=None)

    return migrations.RunPython(create, migrations.RunPython.noop)
