"""A request's records as a consultation, composed with :mod:`memberviews.compose`."""

from __future__ import annotations

from datetime import date, datetime

from memberviews.compose import Composition, Consultation, ReceivedReply, Sender, Text, compose
from memberviews.core import model
from memberviews.core.organizations import organization_by_acronym
from memberviews.core.provenance import Provenance
from memberviews.core.states import state_by_m49
from memberviews.core.symbols import parse_symbol
from memberviews.web.documents.models import Report
from memberviews.web.replies.actions import cut_off_end
from memberviews.web.replies.models import Reply, ReplyVersion


def consultation_of(report: Report) -> Consultation:
    """The consultation of the report's request: its mandate, note and every reply with the
    texts it has (a pending translation is left out, never filled in)."""
    request = report.request
    mandate = request.mandate
    replies = []
    live = Reply.objects.filter(request=request, withdrawn_at=None)  # withdrawn: compiled nowhere
    for reply in live.select_related("mission").prefetch_related("versions", "texts"):
        texts = {
            text.language: Text(tuple(text.paragraphs), Provenance(text.provenance))
            for text in reply.texts.all()
            if text.provenance != Provenance.PENDING
        }
        versions = list(reply.versions.all())
        used = version_used(versions, reply.received_at, report.cut_off)
        if used is not None and used is not versions[-1]:
            # Amended after the cut-off: the report has the text as it stood then, and no
            # translation (those made are of the later text).
            texts = {used.original_language: Text(tuple(used.paragraphs), Provenance.ORIGINAL)}
        replies.append(
            ReceivedReply(
                sender=_sender(reply),
                original_language=used.original_language if used else reply.original_language,
                date=(used.dated if used else reply.dated) or reply.received_at.date(),
                date_of_receipt=reply.received_at.date(),
                texts=texts,
            )
        )
    subjects = {mandate.language: mandate.subject} if mandate.subject else {}
    return Consultation(
        symbol=parse_symbol(report.symbol),
        mandate=model.Mandate(
            resolution=mandate.resolution,
            paragraph=mandate.paragraphs[0] if mandate.paragraphs else None,
            adopted=mandate.adopted,
            session=mandate.session,
        ),
        request=model.Request(
            date=request.dated, reference=request.reference, deadline=request.deadline
        ),
        replies=tuple(replies),
        cut_off=report.cut_off,
        resolution_titles=dict(request.titles),
        subjects=subjects,
        date=report.dated,
        job_numbers=dict(report.job_numbers),
        titles=dict(request.titles),
    )


def version_used(
    versions: list[ReplyVersion], received_at: datetime, cut_off: date
) -> ReplyVersion | None:
    """The version a report with ``cut_off`` compiles: the last submitted by the end of the
    cut-off day for a reply received by then; the last of all for a later one (an
    addendum's)."""
    if (end := cut_off_end(received_at, cut_off)) is not None:
        versions = [v for v in versions if v.submitted_at < end]
    return versions[-1] if versions else None


def _sender(reply: Reply) -> Sender:
    """The registers' State or organization, with their names in six languages; else the
    Mission's name as recorded."""
    mission = reply.mission
    if mission.m49 and (state := state_by_m49(mission.m49)):
        return Sender(state=state)
    if mission.organization and (organization := organization_by_acronym(mission.organization)):
        return Sender(organization=organization)
    return Sender(names={"en": mission.name})


def composition_of(report: Report) -> Composition:
    """The report and its addenda in the six languages, as composed now."""
    return compose(consultation_of(report))
