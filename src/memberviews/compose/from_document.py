"""The consultation a published (or composed) document stands for.

A parsed report gives what composing needs: the mandate with the resolution's title as the
introduction quotes it (``Mandate.title``, read by ingest), the request, and each reply in the
document's language. Composing other language versions from it writes their introductions and
marks their replies pending.
"""

from __future__ import annotations

from dataclasses import replace

from memberviews.compose.consultation import ConsultationError
from memberviews.compose.report import compose
from memberviews.core import values as check
from memberviews.core.consultation import Consultation, ReceivedReply, Sender, Text
from memberviews.core.languages import get_language
from memberviews.core.model import Document, Mandate, Reply
from memberviews.core.organizations import find_organization, organization_by_acronym
from memberviews.core.provenance import Provenance
from memberviews.core.states import state_by_iso3
from memberviews.core.symbols import SymbolError, parse_symbol
from memberviews.core.values import ValueProblem, fail


def consultation_from_document(document: Document, source: str | None = None) -> Consultation:
    """Returns the consultation a parsed (or composed) document stands for.

    Its replies carry that document's language only: ``original`` where the reply was
    written in it, else the document's own provenance for the reply when it says ``machine``,
    else ``human``. There is no cut-off: every reply belongs to the report. Raises
    :class:`ConsultationError` when the document lacks what composing needs; its message
    begins with ``source`` (a file name) when given.
    """
    try:
        return consultation_of(document)
    except ValueProblem as problem:
        raise ConsultationError(f"{source}: {problem}" if source else str(problem)) from None


def consultation_of(document: Document) -> Consultation:
    """As :func:`consultation_from_document`, raising ValueProblem (no file name)."""
    language = check.language(document.language, "language")
    if document.symbol is None:
        fail("symbol", "the document names no symbol")
    try:
        symbol = parse_symbol(document.symbol)
    except SymbolError as error:
        fail("symbol", str(error))
    if symbol.suffixes:
        fail("symbol", f"{symbol} is not a report: compose from the report's consultation")
    symbol = replace(symbol, reissued=0)
    mandate = document.mandate or Mandate()
    resolution, paragraph, adopted = mandate.resolution, mandate.paragraph, mandate.adopted
    if resolution is None or paragraph is None or adopted is None:
        fail("mandate", "the resolution, its paragraph and its date of adoption are needed")
    session = mandate.session or document.session or symbol.session
    if session is None:
        fail("mandate.session", "the session to report to is not known")
    if document.request is None or document.request.date is None:
        fail("request_date", "the date of the note verbale is needed")
    replies = tuple(
        _reply(reply, language, f"replies[{i}]") for i, reply in enumerate(document.replies)
    )
    return Consultation(
        symbol=symbol,
        mandate=replace(mandate, session=session),
        request=document.request,
        replies=replies,
        cut_off=None,
        resolution_titles={language: mandate.title} if mandate.title else {},
        date=document.date,
        job_numbers={language: document.job_number} if document.job_number else {},
        agenda_item=document.agenda_item,
        agenda_titles={language: document.agenda_title} if document.agenda_title else {},
        preliminary_list=document.preliminary_list,
        titles={language: document.title} if document.title else {},
    )


def _reply(reply: Reply, language: str, where: str) -> ReceivedReply:
    sender: Sender
    if reply.organization is not None:
        name = reply.organization.name
        known = find_organization(name, language)
        if known is None and reply.organization.acronym:
            known = organization_by_acronym(reply.organization.acronym)
        sender = Sender(organization=known) if known else Sender(names={language: name})
    else:
        iso3 = reply.state.iso3 if reply.state is not None else None
        state = state_by_iso3(iso3) if iso3 else None
        if state is None:
            shown = reply.heading or (reply.state.name if reply.state else "")
            fail(f"{where}.state", f"no State of the register is known for {shown!r}")
        sender = Sender(state=state)
    if reply.original_language is None:
        fail(f"{where}.original_language", "the original language is not known")
    original = check.language(reply.original_language, f"{where}.original_language")
    if reply.date is None:
        fail(f"{where}.date", "the date of the reply is not known")
    texts: dict[str, Text] = {}
    if reply.paragraphs:
        provenance = Provenance.HUMAN
        if original == language:
            provenance = Provenance.ORIGINAL
        elif reply.provenance == Provenance.MACHINE:
            provenance = Provenance.MACHINE
        texts[language] = Text(tuple(reply.paragraphs), provenance)
    return ReceivedReply(sender, original, reply.date, reply.date_of_receipt, texts)


def compose_version(document: Document, language: str, source: str | None = None) -> Document:
    """Returns the ``language`` version of a document: the document itself when it is in
    that language, else the version composed from it (its introduction written in that
    language, replies without a translation marked pending).

    Raises :class:`ConsultationError` when the document lacks what composing needs, and
    ``LanguageError`` for a language that is not one of the six.
    """
    code = get_language(language).code
    if document.language == code:
        return document
    composition = compose(consultation_from_document(document, source))
    return composition.document(document.symbol or "", code)
