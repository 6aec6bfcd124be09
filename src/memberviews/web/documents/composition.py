"""A request's records as a consultation, composed with :mod:`memberviews.compose`."""

from __future__ import annotations

from memberviews.compose import Composition, Consultation, ReceivedReply, Sender, Text, compose
from memberviews.core import model
from memberviews.core.organizations import organization_by_acronym
from memberviews.core.provenance import Provenance
from memberviews.core.states import state_by_m49
from memberviews.core.symbols import parse_symbol
from memberviews.web.documents.models import Report
from memberviews.web.replies.models import Reply


def consultation_of(report: Report) -> Consultation:
    """The consultation of the report's request: its mandate, note and every reply with the
    texts it has (a pending translation is left out, never filled in)."""
    request = report.request
    mandate = request.mandate
    replies = []
    for reply in Reply.objects.filter(request=request).select_related("mission"):
        texts = {
            text.language: Text(tuple(text.paragraphs), Provenance(text.provenance))
            for text in reply.texts.all()
            if text.provenance != Provenance.PENDING
        }
        replies.append(
            ReceivedReply(
                sender=_sender(reply),
                original_language=reply.original_language,
                date=reply.dated or reply.received_at.date(),
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
