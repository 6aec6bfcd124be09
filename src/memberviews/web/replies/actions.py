"""Receiving a reply (recorded by the Secretariat, or submitted by the Mission on the portal),
amending and withdrawing it, and attaching its translations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from memberviews.core.provenance import Provenance
from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.replies.models import Channel, Reply, ReplyText, ReplyVersion
from memberviews.web.requests.models import Mission, Request, RequestStatus

if TYPE_CHECKING:
    from memberviews.web.documents.models import Report

#: The letters of a receipt's reference: no 0/O or 1/I to misread over the telephone.
_REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    """A receipt reference such as ``MV-7KQ2-M4XD`` (40 bits: guessing one is hopeless, and
    a reply is shown only to those allowed to see it anyway)."""
    letters = [secrets.choice(_REFERENCE_LETTERS) for _ in range(8)]
    return f"MV-{''.join(letters[:4])}-{''.join(letters[4:])}"


def text_digest(paragraphs: list[str]) -> str:
    """The SHA-256 of the paragraphs as stored, joined by blank lines, in UTF-8: what the
    receipt prints, so that a Mission can check the text later published is the one sent."""
    return hashlib.sha256("\n\n".join(paragraphs).encode()).hexdigest()


def _kept(paragraphs: list[str]) -> list[str]:
    kept = [p.strip() for p in paragraphs if p.strip()]
    if not kept:
        raise ActionError(_("The reply has no text."))
    return kept


def do_receive_reply(
    actor: User,
    request: Request,
    *,
    mission: Mission,
    paragraphs: list[str],
    original_language: str,
    dated: date | None,
    channel: Channel = Channel.RECORDED,
    received_at: datetime | None = None,
) -> Reply:
    """Stores a reply with its original text as its first version; the date of receipt is
    stamped now (or, loading the past, given) and never changes. Raises ActionError, storing
    nothing, for a reply with no text or a Mission that has already replied (it amends)."""
    kept = _kept(paragraphs)
    if channel == Channel.PORTAL:
        _check_open(request, mission)
    with transaction.atomic():
        if Reply.objects.filter(request=request, mission=mission, withdrawn_at=None).exists():
            raise ActionError(_("This Mission has already replied: amend its reply instead."))
        stamped = received_at or timezone.now()
        reply = Reply(
            request=request,
            mission=mission,
            original_language=original_language,
            dated=dated,
            received_at=stamped,
            deadline_then=request.deadline,
            recorded_by=actor,
            channel=channel,
        )
        _save_with_reference(reply)
        version = ReplyVersion.objects.create(
            reply=reply,
            number=1,
            original_language=original_language,
            dated=dated,
            paragraphs=kept,
            digest=text_digest(kept),
            submitted_at=stamped,
            submitted_by=actor,
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
                "channel": channel.value,
                "reference": reply.reference,
                "original_language": original_language,
                "dated": dated.isoformat() if dated else None,
                "received_at": reply.received_at.isoformat(),
                "paragraphs": len(kept),
                "digest": version.digest,
            },
        )
    return reply


def do_record_reply(
    actor: User,
    request: Request,
    *,
    mission: Mission,
    paragraphs: list[str],
    original_language: str,
    dated: date | None,
) -> ReplyVersion:
    """The officer records a reply received by e-mail or on paper: a Mission's first reply,
    or a new version of the one it sent before (a corrected text), as the Mission would
    amend it on the portal."""
    existing = Reply.objects.filter(request=request, mission=mission, withdrawn_at=None).first()
    if existing is not None:
        return do_amend_reply(
            actor, existing, paragraphs=paragraphs, original_language=original_language,
            dated=dated,
        )  # fmt: skip
    reply = do_receive_reply(
        actor, request, mission=mission, paragraphs=paragraphs,
        original_language=original_language, dated=dated,
    )  # fmt: skip
    return reply.versions.get(number=1)


def _save_with_reference(reply: Reply) -> None:
    for _attempt in range(5):
        reply.reference = new_reference()
        try:
            with transaction.atomic():
                reply.save()
        except IntegrityError:
            if Reply.objects.filter(reference=reply.reference).exists():
                continue  # the reference was taken: draw another
            raise ActionError(
                _("This Mission has already replied: amend its reply instead.")
            ) from None
        return
    raise RuntimeError("no free receipt reference after five draws")


def _check_open(request: Request, mission: Mission) -> None:
    if (
        request.status != RequestStatus.SENT
        or not request.recipients.filter(mission=mission).exists()
    ):
        raise ActionError(_("This request is not addressed to your Mission."))
    if _published(request):
        raise ActionError(_("The report has been published: send your reply to the Secretariat."))


def _published(request: Request) -> bool:
    from memberviews.web.documents.models import Report, ReportStatus

    return Report.objects.filter(request=request, status=ReportStatus.PUBLISHED).exists()


def cut_off_end(received_at: datetime, cut_off: date) -> datetime | None:
    """The end (UTC) of a report's cut-off day for a reply received by then: the report
    compiles the reply as it stood at that moment. None for a reply received later, which
    goes to an addendum and stands as it is until publication."""
    if received_at.date() > cut_off:
        return None
    return datetime.combine(cut_off + timedelta(days=1), time(), tzinfo=UTC)


def _report_of(reply: Reply) -> Report | None:
    from memberviews.web.documents.models import Report

    return Report.objects.filter(request=reply.request_id).first()


def amendable_until(reply: Reply) -> datetime | None:
    """The end of the report's cut-off day for a reply received by then; else None: open
    until publication."""
    report = _report_of(reply)
    return cut_off_end(reply.received_at, report.cut_off) if report else None


def can_amend(reply: Reply, now: datetime | None = None) -> bool:
    """Whether the Mission may still amend or withdraw the reply."""
    from memberviews.web.documents.models import ReportStatus

    if reply.withdrawn_at is not None:
        return False
    report = _report_of(reply)
    if report is None:
        return True
    if report.status == ReportStatus.PUBLISHED:
        return False
    until = cut_off_end(reply.received_at, report.cut_off)
    return until is None or (now or timezone.now()) < until


def do_amend_reply(
    actor: User,
    reply: Reply,
    *,
    paragraphs: list[str],
    original_language: str,
    dated: date | None,
) -> ReplyVersion:
    """Adds a version to the reply, which becomes its text; the date of receipt stays the
    first one's. Translations of the earlier text are marked pending. Refused after the
    cut-off, after publication, or once withdrawn."""
    kept = _kept(paragraphs)
    with transaction.atomic():
        locked = Reply.objects.select_for_update().get(pk=reply.pk)
        if not can_amend(locked):
            raise ActionError(_("This reply can no longer be changed."))
        last = locked.versions.order_by("-number").first()
        version = ReplyVersion.objects.create(
            reply=locked,
            number=(last.number if last else 0) + 1,
            original_language=original_language,
            dated=dated,
            paragraphs=kept,
            digest=text_digest(kept),
            submitted_by=actor,
        )
        before = {
            "original_language": locked.original_language,
            "dated": locked.dated.isoformat() if locked.dated else None,
            "version": last.number if last else None,
        }
        ReplyText.objects.filter(reply=locked, provenance=Provenance.ORIGINAL).delete()
        ReplyText.objects.filter(reply=locked, language=original_language).delete()
        ReplyText.objects.filter(reply=locked).update(
            paragraphs=[], provenance=Provenance.PENDING.value
        )
        ReplyText.objects.create(
            reply=locked,
            language=original_language,
            paragraphs=kept,
            provenance=Provenance.ORIGINAL.value,
        )
        locked.original_language, locked.dated = original_language, dated
        locked.save(update_fields=["original_language", "dated"])
        record(
            actor,
            "amend_reply",
            locked,
            before=before,
            after={
                "original_language": original_language,
                "dated": dated.isoformat() if dated else None,
                "version": version.number,
                "paragraphs": len(kept),
                "digest": version.digest,
            },
        )
    return version


def do_withdraw_reply(actor: User, reply: Reply) -> Reply:
    """Withdraws the reply: it stays on record (with its versions) but is compiled in no
    report. Refused once published."""
    with transaction.atomic():
        locked = Reply.objects.select_for_update().get(pk=reply.pk)
        if not can_amend(locked):
            raise ActionError(_("This reply can no longer be changed."))
        locked.withdrawn_at = timezone.now()
        locked.save(update_fields=["withdrawn_at"])
        record(actor, "withdraw_reply", locked, after={"withdrawn_at": str(locked.withdrawn_at)})
    return locked


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
