"""Composing the report and its addenda, in the six languages, from a consultation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from memberviews.compose.introduction import write_addendum_introduction, write_introduction
from memberviews.compose.order import order_replies
from memberviews.compose.words import WORD_LIMIT, count_words
from memberviews.core.consultation import Consultation, ReceivedReply, Reissue, Sender
from memberviews.core.languages import CODES
from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.symbols import Symbol, SymbolError, parse_symbol
from memberviews.core.wording import wording_for


@dataclass(frozen=True)
class Incomplete:
    """A text still missing in one language version of a document: a reply's, or a
    corrigendum's own."""

    symbol: str
    language: str
    #: The sender's English name ("Cuba", "European Union"); None for a corrigendum's text.
    sender: str | None
    #: The text is there, but as a machine translation not revised: a draft still.
    machine: bool = False


@dataclass
class Composition:
    """The composed documents, what they still lack, and what the officer should look at."""

    #: The report in the six languages (ar, zh, en, fr, ru, es), then each addendum, then
    #: each corrigendum.
    documents: list[Document] = field(default_factory=list)
    #: Every reply printed as "translation pending" or in an unrevised machine translation
    #: (each making its version a draft), by document, language and sender.
    incomplete: list[Incomplete] = field(default_factory=list)
    #: One line each: documents over the word limit, empty addenda, names not known.
    warnings: list[str] = field(default_factory=list)
    #: The word count of each document, by (symbol, language); see :mod:`.words`.
    word_counts: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def symbols(self) -> list[str]:
        """The symbols composed, the report's first (``A/67/131``, ``A/67/131/Add.1``,
        ``A/67/131/Corr.1``)."""
        return list(dict.fromkeys(d.symbol or "" for d in self.documents))

    def pending(self, symbol: str, language: str) -> list[Incomplete]:
        """The texts still missing in the ``language`` version of ``symbol``."""
        return [i for i in self.incomplete if (i.symbol, i.language) == (symbol, language)]

    def document(self, symbol: str, language: str) -> Document:
        """Returns the ``language`` version of ``symbol``; a reissue's ``*`` may be left out.

        Raises ``KeyError`` when there is no such document.
        """
        wanted = _unstarred(symbol)
        for document in self.documents:
            if document.language == language and _unstarred(document.symbol or "") == wanted:
                return document
        raise KeyError(f"no {language} version of {symbol} was composed")


def compose(consultation: Consultation) -> Composition:
    """Composes the report, its addenda and its corrigenda in all six languages.

    Replies received on or before the cut-off go into the report, later ones into the
    addenda (see :mod:`memberviews.compose.consultation`). Each language version has its
    replies in that language's order, with their text in that language where there is one;
    elsewhere the reply is ``provenance="pending"`` with no paragraphs, and is listed in
    :attr:`Composition.incomplete`. Never is another language's text put in its place. A
    corrigendum has the masthead of the document it corrects and its text as the body; a
    version without its text has an empty body and is listed as incomplete too.
    """
    composition = Composition()
    issues = _issues(consultation, composition.warnings)
    for issue in issues:
        for language in CODES:
            document = _document(consultation, issue, language)
            for reply, received in zip(document.replies, issue.ordered[language], strict=True):
                if reply.provenance in (Provenance.PENDING, Provenance.MACHINE):
                    machine = reply.provenance == Provenance.MACHINE
                    composition.incomplete.append(
                        Incomplete(document.symbol or "", language, received.sender.label, machine)
                    )
            _add(composition, document)
    composed = {issue.symbol: issue for issue in issues}
    for corrigendum in consultation.corrigenda:
        parent = composed.get(corrigendum.of)
        if parent is None:
            composition.warnings.append(
                f"{corrigendum.symbol}: {corrigendum.of} is not composed, so neither is its"
                " corrigendum"
            )
            continue
        for language in CODES:
            document = replace(
                _cover(consultation, parent, language),
                symbol=str(corrigendum.symbol),
                job_number=corrigendum.job_numbers.get(language),
                date=corrigendum.date,
                processed=corrigendum.processed,
                # The corrigendum's Original line names its own language, not the report's.
                original_languages=[corrigendum.original_language],
                body=list(corrigendum.texts.get(language, ())),
            )
            if not document.body:
                composition.incomplete.append(Incomplete(document.symbol or "", language, None))
            _add(composition, document)
    composition.warnings.extend(_unnamed(consultation))
    return composition


def _add(composition: Composition, document: Document) -> None:
    """Adds a composed document with its word count, warning when it is over the limit."""
    composition.documents.append(document)
    symbol, language = document.symbol or "", document.language or ""
    words = count_words(document)
    composition.word_counts[symbol, language] = words
    if words > WORD_LIMIT:
        composition.warnings.append(
            f"{symbol} ({language}): {words:,} words, over the limit of"
            f" {WORD_LIMIT:,} words of a report of the Secretary-General"
        )


@dataclass
class _Issue:
    """One document to compose in six languages: the report or an addendum."""

    symbol: Symbol
    date: dt.date | None
    job_numbers: Mapping[str, str]
    reissue: Reissue | None
    replies: list[ReceivedReply]
    is_addendum: bool
    ordered: dict[str, list[ReceivedReply]] = field(default_factory=dict)
    processed: dt.date | None = None


def _issues(consultation: Consultation, warnings: list[str]) -> list[_Issue]:
    """Splits the replies at the cut-offs: the report, the declared addenda, then the rest."""
    cut_off = consultation.cut_off
    replies = list(consultation.replies)
    report = [r for r in replies if cut_off is None or r.received <= cut_off]
    issues = [
        _Issue(
            consultation.symbol,
            consultation.date,
            consultation.job_numbers,
            consultation.reissue,
            report,
            is_addendum=False,
            processed=consultation.processed,
        )
    ]
    later = [r for r in replies if cut_off is not None and r.received > cut_off]
    after: dt.date | None = cut_off
    number = 0
    for number, declared in enumerate(consultation.addenda, start=1):
        symbol = consultation.symbol.with_suffix("Add", number)
        until = declared.cut_off
        batch = [
            r
            for r in later
            if (after is None or r.received > after) and (until is None or r.received <= until)
        ]
        if batch:
            issues.append(
                _Issue(
                    symbol,
                    declared.date,
                    declared.job_numbers,
                    declared.reissue,
                    batch,
                    is_addendum=True,
                    processed=declared.processed,
                )
            )
        else:
            warnings.append(f"{symbol}: no replies were received for it; it is not composed")
        after = until
        if until is None:
            break
    if after is not None:
        rest = [r for r in later if r.received > after]
        if rest:
            symbol = consultation.symbol.with_suffix("Add", number + 1)
            issues.append(_Issue(symbol, None, {}, None, rest, is_addendum=True))
    for issue in issues:
        issue.ordered = {language: order_replies(issue.replies, language) for language in CODES}
    return issues


def _cover(consultation: Consultation, issue: _Issue, language: str) -> Document:
    """A document with the masthead of ``issue`` in ``language``, and nothing else yet."""
    originals = {r.original_language for r in issue.replies}
    return Document(
        symbol=str(issue.symbol),
        language=language,
        title=consultation.titles.get(language),
        session=consultation.mandate.session or consultation.symbol.session,
        agenda_item=consultation.agenda_item,
        job_number=issue.job_numbers.get(language),
        date=issue.date,
        processed=issue.processed,
        original_languages=[code for code in CODES if code in originals],
        mandate=replace(consultation.mandate, title=consultation.resolution_titles.get(language)),
        request=consultation.request,
        agenda_title=consultation.agenda_titles.get(language),
        preliminary_list=consultation.preliminary_list,
    )


def _document(consultation: Consultation, issue: _Issue, language: str) -> Document:
    words = wording_for(language)
    ordered = issue.ordered[language]
    kinds = [
        kind
        for kind, present in (
            (SectionKind.GOVERNMENTS, any(r.sender.is_state for r in ordered)),
            (SectionKind.ORGANIZATIONS, any(not r.sender.is_state for r in ordered)),
        )
        if present
    ]
    sections = [
        Section(words.section_numerals[i], words.section_titles[kind], kind)
        for i, kind in enumerate([SectionKind.INTRODUCTION, *kinds])
    ]
    if issue.is_addendum:
        introduction = write_addendum_introduction(consultation, language)
    else:
        numbers = [s.number or "" for s in sections[1:]]
        introduction = write_introduction(consultation, language, numbers)
    symbol, footnotes = issue.symbol, []
    if issue.reissue is not None and language in issue.reissue.languages:
        symbol = replace(symbol, reissued=1)
        note = words.reissue_note.format(date=words.format_date(issue.reissue.date))
        footnotes.append(f"* {note}")
    reissued = issue.reissue.date if str(symbol).endswith("*") and issue.reissue else None
    return replace(
        _cover(consultation, issue, language),
        symbol=str(symbol),
        reissued=reissued,
        sections=sections,
        replies=[_reply(r, language) for r in ordered],
        introduction=introduction,
        footnotes=footnotes,
    )


def _reply(received: ReceivedReply, language: str) -> Reply:
    sender = received.sender
    name = sender.name(language)
    text = received.texts.get(language)
    paragraphs = list(text.paragraphs) if text else []
    return Reply(
        state=_state_ref(sender, name),
        organization=_organization_ref(sender, name),
        heading=name,
        original_language=received.original_language,
        date=received.date,
        date_of_receipt=received.date_of_receipt,
        section=_section_of(sender),
        paragraphs=paragraphs,
        paragraph_numbers=[None] * len(paragraphs),
        # As render prints it by default: the tag for every reply not in the version's language.
        original_tagged=received.original_language != language,
        provenance=text.provenance if text else Provenance.PENDING,
    )


def _section_of(sender: Sender) -> SectionKind:
    return SectionKind.GOVERNMENTS if sender.is_state else SectionKind.ORGANIZATIONS


def _state_ref(sender: Sender, name: str) -> StateRef | None:
    state = sender.state
    return StateRef(name=name, iso3=state.iso3, m49=state.m49) if state else None


def _organization_ref(sender: Sender, name: str) -> OrganizationRef | None:
    if sender.is_state:
        return None
    acronym = sender.organization.acronym if sender.organization else None
    return OrganizationRef(name=name, acronym=acronym)


def _unnamed(consultation: Consultation) -> list[str]:
    warnings = []
    seen: set[str] = set()
    for reply in consultation.replies:
        sender = reply.sender
        missing = [code for code in CODES if not sender.has_name(code)]
        if missing and sender.label not in seen:
            seen.add(sender.label)
            warnings.append(
                f"organization {sender.label!r} is not in the register and has no name in"
                f" {', '.join(missing)}: those versions print {sender.label!r}"
            )
    return warnings


def _unstarred(symbol: str) -> str:
    try:
        return str(replace(parse_symbol(symbol), reissued=0))
    except SymbolError:
        return symbol.rstrip("*")
