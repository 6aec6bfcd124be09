"""Sending a request: one e-mail per Mission through a real SMTP server, with the note as a
PDF in the Mission's language; a refused address is shown as failed, a busy server tried
again; reminders and extensions go to those who have not replied."""

from __future__ import annotations

from datetime import date, timedelta
from email.message import Message
from typing import Any

import pypdfium2
import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker

from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.replies.actions import do_receive_reply
from memberviews.web.requests.actions import (
    do_create_request,
    do_extend_deadline,
    do_send_request,
)
from memberviews.web.requests.models import Mission, Request
from memberviews.web.requests.tasks import send_reminders
from support.smtp import Mailbox
from support.web import RESOLUTIONS

ADDRESSES = {"578": "norway@missions.example", "192": "refused@missions.example",
             "591": "busy@missions.example", "250": "france@missions.example"}  # fmt: skip


def _request(officer: User) -> Request:
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    mandate = do_register_mandate(officer, text=text, language=None)
    mandate = do_confirm_mandate(officer, mandate, {"resolution": "66/32"})
    # Four Missions on record, France corresponding in French.
    Mission.objects.exclude(m49__in=ADDRESSES).delete()
    for m49, address in ADDRESSES.items():
        Mission.objects.filter(m49=m49).update(
            email=address, language="fr" if m49 == "250" else "en"
        )
    today = timezone.now().date()
    return do_create_request(
        officer,
        mandate,
        dated=today,
        deadline=today + timedelta(days=60),
        quoted={
            "en": mandate.operative_text["en"],
            "fr": "Prie le Secrétaire général de solliciter les vues des États Membres.",
        },
        titles={"en": mandate.title, "fr": "Rôle de la science et de la technique"},
    )


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    # The worker runs here, in the test's transaction: it must not drop the connection it
    # finds inside a transaction, as it rightly would between tasks in production.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def _work() -> None:
    """Runs the database worker until no task is ready (as ``memberviews worker`` does)."""
    call_command("db_worker", "--batch", "--interval", "0", verbosity=0)


def _payload(message: Message, content_type: str) -> bytes:
    part = next(p for p in message.walk() if p.get_content_type() == content_type)
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def _text_of_pdf(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "".join(page.get_textpage().get_text_range() for page in document)


def test_each_mission_gets_its_note_and_each_outcome_is_recorded(
    officer: User, smtp: Mailbox, settings: Any
) -> None:
    settings.MEMBERVIEWS_SEND_BACKOFF_SECONDS = 0
    request = _request(officer)
    assert do_send_request(officer, request) == 4
    _work()
    delivered = {r.recipients[0]: r.message for r in smtp.received}
    assert set(delivered) == {
        "norway@missions.example",
        "busy@missions.example",  # turned away once, accepted on the second try
        "france@missions.example",
    }
    outcome = {
        r.mission.m49: (r.delivery, r.attempts, r.last_error) for r in request.recipients.all()
    }
    assert outcome["578"] == ("sent", 1, "")
    assert outcome["591"] == ("sent", 2, "")
    assert outcome["192"][:2] == ("failed", 1)
    assert outcome["192"][2].startswith("550")
    # The note itself, as a PDF in the Mission's language.
    french = delivered["france@missions.example"]
    text = _text_of_pdf(_payload(french, "application/pdf"))
    assert "Bureau des affaires de désarmement" in text
    assert "Prie le Secrétaire général de solliciter les vues" in text
    body = _payload(delivered["norway@missions.example"], "text/plain").decode()
    assert "presents its compliments to the Permanent Missions" in body


def test_a_mission_that_replied_gets_no_reminder_and_no_extension(
    officer: User, smtp: Mailbox
) -> None:
    request = _request(officer)
    do_send_request(officer, request)
    _work()
    smtp.received.clear()
    do_receive_reply(
        officer,
        request,
        mission=Mission.objects.get(m49="578"),
        paragraphs=["Norway's views."],
        original_language="en",
        dated=date.today(),
    )
    request.refresh_from_db()
    assert send_reminders.call(request.pk, request.deadline.isoformat()) == 2  # France, Panama
    _work()
    reminded = sorted(r.recipients[0] for r in smtp.received)
    assert reminded == ["busy@missions.example", "france@missions.example"]
    smtp.received.clear()
    do_extend_deadline(officer, request, request.deadline + timedelta(days=30))
    _work()
    extended = sorted(r.recipients[0] for r in smtp.received)
    assert extended == ["busy@missions.example", "france@missions.example"]
    # Reminders scheduled for the old deadline no longer go.
    assert send_reminders.call(request.pk, (request.deadline).isoformat()) == 0
