"""The e-mails of a request: the note verbale (and its reminder and extension) in the
Mission's language, with the note as a PDF attached."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage

from memberviews.compose.note_verbale import (
    NoteFacts,
    compose_extension_note,
    compose_reminder_note,
    compose_request_note,
)
from memberviews.core.notes import NoteVerbale
from memberviews.render.note_verbale import render_note_pdf
from memberviews.web.requests.models import Mission, Request

#: The kinds of note a request sends.
KINDS = ("request", "reminder", "extension")


def note_language(request: Request, mission: Mission) -> str:
    """The Mission's language where the officer gave the quotation in it; else English; else
    the language the mandate was registered in."""
    for language in (mission.language, "en"):
        if language in request.quoted:
            return language
    return request.mandate.language


def facts_of(request: Request, language: str) -> NoteFacts:
    mandate = request.mandate
    return NoteFacts(
        reference=request.reference,
        dated=request.dated,
        deadline=request.deadline,
        resolution=mandate.resolution,
        adopted=mandate.adopted,
        title=request.titles.get(language, mandate.title if language == mandate.language else ""),
        paragraphs=tuple(mandate.paragraphs),
    )


def compose_note(request: Request, mission: Mission, kind: str, today: date) -> NoteVerbale:
    """The note of ``kind`` (one of :data:`KINDS`) to ``mission``."""
    language = note_language(request, mission)
    facts = facts_of(request, language)
    if kind == "request":
        return compose_request_note(language, facts, request.quoted.get(language, ""))
    if kind == "reminder":
        return compose_reminder_note(language, facts, today)
    return compose_extension_note(language, facts, today)


def note_message(request: Request, mission: Mission, kind: str, today: date) -> EmailMessage:
    """The e-mail carrying the note: its text as the body, its PDF attached."""
    note = compose_note(request, mission, kind, today)
    subject = f"{request.reference} — {request.mandate.resolution}"
    message = EmailMessage(
        subject=subject,
        body=note.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mission.email],
    )
    name = request.reference.replace("/", "-")
    message.attach(f"{name}-{kind}.pdf", render_note_pdf(note), "application/pdf")
    return message
