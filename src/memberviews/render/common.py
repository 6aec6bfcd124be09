"""What every format prints, in the document's language: masthead, headings, tags, footer.

The formats differ in layout only; the words come from here, and here from the wording
tables, so a PDF, a DOCX and an HTML page of one document say the same things.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from memberviews.core.languages import get_language
from memberviews.core.model import Document, Reply, Section
from memberviews.core.symbols import SymbolError, parse_symbol
from memberviews.core.wording import Wording, wording_for

#: The agenda documents of a session: the preliminary list and the provisional agenda.
PRELIMINARY_LIST_NUMBER = 50
PROVISIONAL_AGENDA_NUMBER = 150


@dataclass(frozen=True)
class Masthead:
    """The cover's fields as printed in one language version."""

    united_nations: str
    organ: str
    symbol: str
    distribution: str
    date: str | None
    original: str | None
    session: str | None
    agenda: str | None
    agenda_title: str | None
    title: str | None
    report_of: str
    addendum: str | None
    footnotes: list[str] = field(default_factory=list)


def wording(document: Document) -> Wording:
    return wording_for(get_language(document.language or "en").code)


def masthead(document: Document) -> Masthead:
    """Returns the masthead fields of a document, in its language."""
    words = wording(document)
    symbol = document.symbol or ""
    addendum = None
    session = document.session
    try:
        parsed = parse_symbol(symbol) if symbol else None
    except SymbolError:
        parsed = None
    if parsed is not None:
        session = session or parsed.session
        if parsed.addendum_number is not None:
            addendum = words.addendum
    footnotes: list[str] = []
    agenda = None
    # A reissue's "*" is taken by the symbol and its note: the agenda's footnote moves to "**".
    marker = "**" if symbol.endswith("*") else "*"
    if document.agenda_item:
        preliminary = bool(document.preliminary_list)
        template = words.preliminary_list if preliminary else words.provisional_agenda
        agenda = template.format(item=document.agenda_item) + marker
        if session:
            number = PRELIMINARY_LIST_NUMBER if preliminary else PROVISIONAL_AGENDA_NUMBER
            footnotes.append(f"{marker} A/{session}/{number}.")
    footnotes = [*document.footnotes, *footnotes] if marker == "**" else footnotes
    if marker == "*":
        footnotes.extend(document.footnotes)
    return Masthead(
        united_nations=words.united_nations,
        organ=words.general_assembly,
        symbol=symbol,
        distribution=words.distribution,
        date=words.format_date(document.date) if document.date else None,
        original=original_line(document),
        session=session_line(session, words) if session else None,
        agenda=agenda,
        agenda_title=document.agenda_title,
        title=document.title,
        report_of=words.report_titles[0],
        addendum=addendum,
        footnotes=footnotes,
    )


def original_line(document: Document) -> str | None:
    """``Original: English/Russian/Spanish``: every original, named in the version's language."""
    if not document.original_languages:
        return None
    words = wording(document)
    names = sorted(
        words.masthead_language_names.get(code) or words.language_names[code]
        for code in dict.fromkeys(document.original_languages)
    )
    return words.original_line.format(languages="/".join(names))


def session_line(session: int, words: Wording) -> str:
    """``Sixty-seventh session``, ``第六十七届会议``, ``Шестьдесят седьмая сессия``."""
    forms = words.session_ordinals(session)
    # The session line is a nominative: Russian and Arabic list it second.
    ordinal = forms[1] if words.code in ("ru", "ar") and len(forms) > 1 else forms[0]
    return words.session_line.format(Ordinal=ordinal[:1].upper() + ordinal[1:], ordinal=ordinal)


def section_heading(section: Section, document: Document) -> str:
    """``II. Replies received from Governments``; ``二. 从各国政府收到的答复``; ``ثانيا - …``."""
    if section.number is None:
        return section.heading
    return wording(document).section_heading.format(number=section.number, title=section.heading)


def reply_heading(reply: Reply) -> str:
    """The heading of a reply: the name as the document gives it."""
    if reply.heading:
        return reply.heading
    if reply.organization is not None:
        return reply.organization.name
    return reply.state.name if reply.state is not None else ""


def reply_tags(reply: Reply, document: Document, *, tag_own_language: bool = False) -> list[str]:
    """The tags under a reply's heading: ``[Original: Spanish]`` and ``[5 June 2012]``.

    A reply written in the version's own language carries no original tag unless
    ``tag_own_language`` asks for one.
    """
    words = wording(document)
    tags = []
    original = reply.original_language
    if original and (tag_own_language or original != words.code):
        tags.append(words.original_tag.format(language=words.language_names[original]))
    if reply.date is not None:
        tags.append(f"[{words.format_date(reply.date)}]")
    return tags


def reply_paragraphs(reply: Reply, document: Document) -> list[str]:
    """The reply's paragraphs, or the "translation pending" marker where there are none."""
    if reply.provenance == "pending" or not reply.paragraphs:
        return [wording(document).translation_pending]
    return list(reply.paragraphs)


def job_footer(document: Document) -> str | None:
    """``12-41312 (C)``: the job number and the version's letter."""
    if not document.job_number:
        return None
    letter = get_language(document.language or "en").job_letter
    star = "*" if (document.symbol or "").endswith("*") else ""
    return f"{document.job_number}{star} ({letter})"
