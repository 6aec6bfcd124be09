"""The database keeps the audit log append-only and a date of receipt fixed, whoever writes:
the ORM or plain SQL (on SQLite and on PostgreSQL, whichever the suite runs on)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, connection, transaction

from memberviews.web.audit.models import AuditEntry
from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.replies.actions import do_receive_reply
from memberviews.web.replies.models import Reply
from memberviews.web.requests.actions import do_create_request
from memberviews.web.requests.models import Mission
from support.web import RESOLUTIONS


@pytest.fixture
def reply(officer: User) -> Reply:
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    mandate = do_register_mandate(officer, text=text, language=None)
    mandate = do_confirm_mandate(officer, mandate, {"resolution": mandate.resolution})
    request = do_create_request(
        officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31)
    )
    return do_receive_reply(
        officer,
        request,
        mission=Mission.objects.get(m49="578"),
        paragraphs=["Norway supports the work of the Conference on Disarmament."],
        original_language="en",
        dated=date(2012, 5, 30),
    )


def _refused(sql: str, *params: Any) -> None:
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_every_action_wrote_its_audit_entry(reply: Reply) -> None:
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["register_mandate", "confirm_mandate", "create_request", "receive_reply"]
    entry = AuditEntry.objects.get(action="receive_reply")
    assert entry.target_id == str(reply.pk)
    assert entry.after is not None and entry.after["mission"] == "Norway"


def test_an_audit_entry_cannot_be_changed_or_deleted_even_with_sql(reply: Reply) -> None:
    entry = AuditEntry.objects.first()
    assert entry is not None
    entry.action = "nothing_happened"
    with pytest.raises(DatabaseError), transaction.atomic():
        entry.save()
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.all().delete()
    _refused("UPDATE audit_auditentry SET action = %s", "nothing_happened")
    _refused("DELETE FROM audit_auditentry")
    assert AuditEntry.objects.count() == 4
    assert not AuditEntry.objects.filter(action="nothing_happened").exists()


def test_a_date_of_receipt_cannot_be_changed_even_with_sql(reply: Reply) -> None:
    stamped = reply.received_at
    _refused(
        "UPDATE replies_reply SET received_at = %s WHERE id = %s",
        stamped - timedelta(days=30),
        reply.pk,
    )
    with pytest.raises(DatabaseError), transaction.atomic():
        Reply.objects.filter(pk=reply.pk).update(received_at=stamped - timedelta(days=1))
    reply.refresh_from_db()
    assert reply.received_at == stamped
    # The rest of the reply may be corrected.
    Reply.objects.filter(pk=reply.pk).update(dated=date(2012, 5, 29))
    reply.refresh_from_db()
    assert reply.dated == date(2012, 5, 29)
