"""Recording a reply as received (by e-mail or on paper, today's way)."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from memberviews.core.provenance import Provenance
from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.replies.models import Reply, ReplyText
from memberviews.web.requests.models import Mission, Request


def do_receive_reply(
    actor: User,
    request: Request,
    *,
    mission: Mission,
    paragraphs: list[str],
    original_language: str,
    dated: date | None,
) -> Reply:
    """Stores a reply with its original text; the date of receipt is stamped now and never
    changes. Raises ActionError, storing nothing, for a reply with no text."""
    kept = [p.strip() for p in paragraphs if p.strip()]
    if not kept:
        raise ActionError(_("The reply has no text."))
    with transaction.atomic():
        reply = Reply.objects.create(
            request=request,
            mission=mission,
            original_language=original_language,
            dated=dated,
            deadline_then=request.deadline,
            recorded_by=actor,
        )
        ReplyText.objects.create(
            reply=reply,
            language=original_language,
            paragraphs=kept,
            provenance=Provenance.ORIGINAL.value,
        )
        record(
            actor,
            "receive_reply",
            reply,
            after={
                "request": request.reference,
                "mission": mission.name,
                "original_language": original_language,
                "dated": dated.isoformat() if dated else None,
                "received_at": reply.received_at.isoformat(),
                "paragraphs": len(kept),
            },
        )
    return reply


def do_attach_translation(
    actor: User, reply: Reply, *, language: str, paragraphs: list[str], provenance: str
) -> ReplyText:
    """Attaches (or replaces) the reply's text in ``language``: a human or machine
    translation, or pending (no text yet). The original is never replaced this way."""
    if language == reply.original_language:
        raise ActionError(_("That is the reply's original language."))
    if provenance not in (Provenance.HUMAN, Provenance.MACHINE, Provenance.PENDING):
        raise ActionError(_("A translation is human, machine or pending."))
    kept = [p.strip() for p in paragraphs if p.strip()]
    if provenance != Provenance.PENDING and not kept:
        raise ActionError(_("The translation has no text."))
    with transaction.atomic():
        existing = ReplyText.objects.select_for_update().filter(reply=reply, language=language)
        before = None
        text = existing.first()
        if text is not None:
            before = {"provenance": text.provenance, "paragraphs": len(text.paragraphs)}
        else:
            text = ReplyText(reply=reply, language=language)
        text.paragraphs = kept if provenance != Provenance.PENDING else []
        text.provenance = provenance
        text.save()
        record(
            actor,
            "attach_translation",
            reply,
            before=before,
            after={"language": language, "provenance": provenance, "paragraphs": len(kept)},
        )
    return text
