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
