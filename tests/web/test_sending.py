"""Sending a request: one e-mail per Mission through a real SMTP server, with the note as a
PDF in the Mission's language; a refused address is shown as failed, a busy server tried
again; reminders and extensions go to those who have not replied."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pypdfium2
from django.contrib.auth.models import User
from django.utils import timezone

from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.replies.actions import do_receive_reply
from memberviews.web.requests.actions import (
    do_create_request,
    do_extend_deadline,
    do_send_request,
)
from memberviews.web.requests.models import Mission, Request
from memberviews.web.requests.tasks import send_reminders
from support.smtp import Mailbox, payload
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


def _text_of_pdf(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "".join(page.get_textpage().get_text_range() for page in document)


def test_each_mission_gets_its_note_and_each_outcome_is_recorded(
    officer: User, smtp: Mailbox, settings: Any, run_tasks: Callable[[], None]
) -> None:
    settings.MEMBERVIEWS_SEND_BACKOFF_SECONDS = 0
    request = _request(officer)
    assert do_send_request(officer, request) == 4
    run_tasks()
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
    text = _text_of_pdf(payload(french, "application/pdf"))
    assert "Bureau des affaires de désarmement" in text
    assert "Prie le Secrétaire général de solliciter les vues" in text
    body = payload(delivered["norway@missions.example"], "text/plain").decode()
    assert "presents its compliments to the Permanent Missions" in body


def test_a_mission_that_replied_gets_no_reminder_and_no_extension(
    officer: User, smtp: Mailbox, run_tasks: Callable[[], None]
) -> None:
    request = _request(officer)
    do_send_request(officer, request)
    run_tasks()
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
    run_tasks()
    reminded = sorted(r.recipients[0] for r in smtp.received)
    assert reminded == ["busy@missions.example", "france@missions.example"]
    smtp.received.clear()
    do_extend_deadline(officer, request, request.deadline + timedelta(days=30))
    run_tasks()
    extended = sorted(r.recipients[0] for r in smtp.received)
    assert extended == ["busy@missions.example", "france@missions.example"]
    # Reminders scheduled for the old deadline no longer go.
    assert send_reminders.call(request.pk, (request.deadline).isoformat()) == 0
