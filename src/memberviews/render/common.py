"""What every format prints, in the document's language, and in which order.

:func:`printed` walks a document once and returns everything a format sets: the masthead,
the document's own paragraphs, each section with its heading, numbered introduction
paragraphs and replies (heading, tags, paragraphs with their numbers, list markers and the
"translation pending" marker), and the job-number footer. The formats only lay that out, so
a PDF, a DOCX, an HTML page and an Akoma Ntoso file of one document say the same things in
the same order; a correction made here is made for all of them. The words come from the
wording tables.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from memberviews.core import job_numbers
from memberviews.core.languages import Language, LanguageError, get_language
from memberviews.core.list_markers import split_marker
from memberviews.core.model import Document, Reply, Section
from memberviews.core.provenance import Provenance
from memberviews.core.sections import REPLY_KINDS, SectionKind
from memberviews.core.symbols import Symbol, SymbolError, parse_symbol
from memberviews.core.wording import Wording, wording_for
from memberviews.render.errors import RenderError

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
    #: The word under the title of an addendum ("Addendum") or of a corrigendum
    #: ("Corrigendum"); at most one of the two is set (see :func:`masthead`).
    addendum: str | None
    corrigendum: str | None = None
    footnotes: list[str] = field(default_factory=list)


def wording(document: Document) -> Wording:
    return wording_for(get_language(document.language or "en").code)


def language_of(document: Document) -> Language:
    """Returns the version's language; raises RenderError when it is missing or unknown."""
    if document.language is None:
        raise RenderError("the document has no language: say which version to render")
    try:
        return get_language(document.language)
    except LanguageError as error:
        raise RenderError(str(error)) from None


def masthead(document: Document) -> Masthead:
    """Returns the masthead fields of a document, in its language.

    The word under the title names the symbol's last ``Add`` or ``Corr`` suffix:
    ``A/67/131/Add.1`` is an addendum, ``A/67/131/Corr.1`` and ``A/67/131/Add.1/Corr.1``
    are corrigenda, and a revision keeps the word of what it revises.
    """
    words = wording(document)
    symbol = document.symbol or ""
    session = document.session
    parsed = _parsed(symbol)
    if parsed is not None:
        session = session or parsed.session
    kind = _designated(parsed)
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
        addendum=words.addendum if kind == "Add" else None,
        corrigendum=words.corrigendum if kind == "Corr" else None,
        footnotes=footnotes,
    )


def _parsed(symbol: str) -> Symbol | None:
    try:
        return parse_symbol(symbol) if symbol else None
    except SymbolError:
        return None


def _designated(symbol: Symbol | None) -> str | None:
    """``Add`` or ``Corr``: the last of those suffixes, which names what the document is."""
    kinds = [s.kind for s in symbol.suffixes if s.kind in ("Add", "Corr")] if symbol else []
    return kinds[-1] if kinds else None


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
    if reply.provenance == Provenance.PENDING or not reply.paragraphs:
        return [wording(document).translation_pending]
    return list(reply.paragraphs)


def body_paragraphs(document: Document) -> list[str]:
    """The document's own paragraphs (a corrigendum's corrections), printed after the
    masthead; for a corrigendum without them, the "translation pending" marker."""
    if document.body:
        return list(document.body)
    if _designated(_parsed(document.symbol or "")) == "Corr":
        return [wording(document).translation_pending]
    return []


def job_footer(document: Document) -> str | None:
    """``12-41312 (C)``: the job number and the version's letter."""
    if not document.job_number:
        return None
    reissued = (document.symbol or "").endswith("*")
    return job_numbers.job_footer(document.job_number, document.language or "en", reissued=reissued)


# -- The order of the body: sections, and what each holds ------------------------------


@dataclass
class Part:
    """One section of the report as printed: its heading and what it holds.

    ``section`` is None for text that stands before or without any section heading.
    """

    section: Section | None
    introduction: list[str] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    #: Where each of ``replies`` stands in ``Document.replies``.
    indices: list[int] = field(default_factory=list)


def outline(document: Document) -> list[Part]:
    """Returns the sections in order, each with its introduction paragraphs and replies.

    The introduction goes under the introduction section, else under a first section that
    names no kind, else before all sections; a reply under the section of its kind
    (``Reply.section``), else the first replies section, else after all sections. Every
    section is listed, those that hold nothing too.
    """
    parts = [Part(section) for section in document.sections]
    kinds: list[SectionKind | None] = [section.kind for section in document.sections]

    def part_for(wanted: tuple[SectionKind, ...], *, leading: bool) -> Part:
        for kind in wanted:
            if kind in kinds:
                return parts[kinds.index(kind)]
        if leading and kinds and kinds[0] is None:
            return parts[0]
        if not leading and kinds and kinds[-1] is None and parts[-1].section is None:
            return parts[-1]
        part = Part(None)
        parts.insert(0 if leading else len(parts), part)
        kinds.insert(0 if leading else len(kinds), None)
        return part

    if document.introduction:
        part_for((SectionKind.INTRODUCTION,), leading=True).introduction.extend(
            document.introduction
        )
    for n, reply in enumerate(document.replies):
        wanted = (reply.section, *REPLY_KINDS) if reply.section else REPLY_KINDS
        part = part_for(wanted, leading=False)
        part.replies.append(reply)
        part.indices.append(n)
    return parts


# -- Paragraphs ---------------------------------------------------------------------------

# Characters XML 1.0 (and so a DOCX part, an HTML tree built with lxml or Akoma Ntoso)
# cannot hold: C0 controls other than tab, newline and return, and lone surrogates.
# Characters XML 1.0 (and so a DOCX part, an HTML tree built with lxml or Akoma Ntoso)
# cannot hold: C0 controls other than tab, newline and return, and lone surrogates.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def paragraph_number(number: str | int, document: Document) -> str:
    """``1.``, ``II.``, ``一.`` (Arabic ``1 -``): a number as the language prints it before a
    section's title; numbered paragraphs print theirs the same way."""
    template = wording(document).section_heading
    return template.partition("{title}")[0].format(number=number).strip()


def numbered(reply: Reply, document: Document) -> list[tuple[str | None, str]]:
    """The reply's paragraphs as printed, each with its printed number or None (the
    "translation pending" marker takes none)."""
    texts = reply_paragraphs(reply, document)
    numbers = reply.paragraph_numbers if texts == reply.paragraphs else []
    out: list[tuple[str | None, str]] = []
    for i, text in enumerate(texts):
        number = numbers[i] if i < len(numbers) else None
        out.append((paragraph_number(number, document) if number else None, text))
    return out


def xml_text(text: str) -> str:
    """The text without the control characters XML cannot hold (a vertical tab…)."""
    return _NOT_XML.sub("", text)


# -- The walk every format lays out -------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """One printed paragraph and how it is set."""

    text: str
    #: The printed number ("1.", Arabic "1 -"), set where other paragraphs have their
    #: first-line indent; None for a paragraph without one.
    number: str | None = None
    #: The list marker the text begins with ("–", "(a)"): the paragraph is a list item.
    marker: str | None = None
    #: The "translation pending" marker, standing for a text still to come.
    pending: bool = False

    @property
    def rest(self) -> str:
        """The text after the list marker (the whole text when there is none)."""
        return split_marker(self.text)[1] if self.marker else self.text


@dataclass(frozen=True)
class Tag:
    """A tag under a reply's heading: ``[Original: Spanish]`` or ``[5 June 2012]``."""

    text: str
    #: The date a date tag prints; None for the original tag.
    date: dt.date | None = None


@dataclass(frozen=True)
class PrintedReply:
    """A reply as printed: its heading, tags and paragraphs."""

    reply: Reply
    #: Its place in ``Document.replies`` (what a format keeps about the sender is found there).
    index: int
    heading: str
    tags: tuple[Tag, ...]
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class PrintedSection:
    """A section as printed; ``section`` (and so the heading) is None for what stands before
    or without any heading."""

    section: Section | None
    #: The whole heading: ``II. Replies received from Governments``.
    heading: str | None
    #: Its number as printed (``II.``, Arabic ``ثانيا -``), and its title after the number.
    number: str | None
    title: str | None
    #: The introduction's paragraphs, numbered.
    paragraphs: tuple[Paragraph, ...]
    replies: tuple[PrintedReply, ...]


@dataclass(frozen=True)
class Printed:
    """Everything one language version prints, in reading order."""

    masthead: Masthead
    #: The document's own paragraphs after the cover (a corrigendum's corrections).
    body: tuple[Paragraph, ...]
    sections: tuple[PrintedSection, ...]
    #: The job-number footer (``12-41312 (C)``), None when the job number is not known.
    footer: str | None


def printed(document: Document) -> Printed:
    """Returns what the document prints, in its language (see :class:`Printed`).

    Raises RenderError when the document has no language or an unknown one.
    """
    language_of(document)
    # A corrigendum without its text in this language prints the pending marker instead.
    pending = not document.body
    body = tuple(_paragraph(text, pending=pending) for text in body_paragraphs(document))
    sections = tuple(_printed_section(part, document) for part in outline(document))
    return Printed(masthead(document), body, sections, job_footer(document))


def _printed_section(part: Part, document: Document) -> PrintedSection:
    section = part.section
    heading = number = title = None
    if section is not None:
        heading, title = section_heading(section, document), section.heading
        number = paragraph_number(section.number, document) if section.number else None
    paragraphs = tuple(
        Paragraph(text, paragraph_number(n, document))
        for n, text in enumerate(part.introduction, start=1)
    )
    replies = tuple(
        _printed_reply(reply, n, document)
        for reply, n in zip(part.replies, part.indices, strict=True)
    )
    return PrintedSection(section, heading, number, title, paragraphs, replies)


def _printed_reply(reply: Reply, index: int, document: Document) -> PrintedReply:
    tags = [Tag(text) for text in reply_tags(reply, document)]
    if reply.date is not None and tags:
        # reply_tags puts the date last, after the original tag.
        tags[-1] = Tag(tags[-1].text, reply.date)
    pending = reply.provenance == Provenance.PENDING or not reply.paragraphs
    paragraphs = tuple(
        _paragraph(text, number=number, pending=pending)
        for number, text in numbered(reply, document)
    )
    return PrintedReply(reply, index, reply_heading(reply), tuple(tags), paragraphs)


def _paragraph(text: str, number: str | None = None, *, pending: bool = False) -> Paragraph:
    """A numbered paragraph is no list item; the pending marker is neither."""
    if number is not None or pending:
        return Paragraph(text, number, None, pending)
    return Paragraph(text, None, split_marker(text)[0])
