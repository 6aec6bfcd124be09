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
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from memberviews.core import job_numbers
from memberviews.core.agenda import printed_item
from memberviews.core.drafts import unfinished
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
    #: The distribution block, in :attr:`block_language`: ``Distr.: General``, the date,
    #: the version's language (``Russian``, ``Français``) and ``Original: …``.
    distribution: str
    date: str | None
    language: str | None
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
    #: The language the distribution block is written in (English in the Arabic, Chinese
    #: and Russian versions): a format marks it, and sets it left to right where it is.
    block_language: str = "en"
    #: The date as styled runs (the French ``1er`` raised).
    date_runs: tuple[Run, ...] = ()

    @property
    def block(self) -> tuple[str, ...]:
        """The distribution block's lines, in order."""
        return tuple(x for x in (self.distribution, self.date, self.language, self.original) if x)


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
        agenda = template.format(item=printed_item(document.agenda_item, words.code)) + marker
        if session:
            number = PRELIMINARY_LIST_NUMBER if preliminary else PROVISIONAL_AGENDA_NUMBER
            footnotes.append(f"{marker} A/{session}/{number}.")
    footnotes = [*document.footnotes, *footnotes] if marker == "**" else footnotes
    if marker == "*":
        footnotes.extend(document.footnotes)
    block = block_wording(document)
    return Masthead(
        united_nations=words.united_nations,
        organ=words.general_assembly,
        symbol=symbol,
        distribution=block.distribution,
        date=block.format_date(document.date) if document.date else None,
        language=(
            _capitalized(block.language_names[words.code]) if words.masthead_version_line else None
        ),
        original=original_line(document),
        session=session_line(session, words) if session else None,
        agenda=agenda,
        agenda_title=document.agenda_title,
        title=document.title,
        report_of=words.report_titles[0],
        addendum=words.addendum if kind == "Add" else None,
        corrigendum=words.corrigendum if kind == "Corr" else None,
        footnotes=footnotes,
        block_language=block.code,
        date_runs=runs(block.format_date(document.date), block) if document.date else (),
    )


def block_wording(document: Document) -> Wording:
    """The wording of the masthead's distribution block: the table of the language it is
    written in (``masthead_block_language`` of the version's table)."""
    return wording_for(wording(document).masthead_block_language)


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]


def _parsed(symbol: str) -> Symbol | None:
    try:
        return parse_symbol(symbol) if symbol else None
    except SymbolError:
        return None


def _designated(symbol: Symbol | None) -> str | None:
    return symbol.designation if symbol else None


def original_line(document: Document) -> str | None:
    """``Original: English/Russian/Spanish``: every original, named in the language of the
    distribution block and in its alphabetical order (English order in the Arabic, Chinese
    and Russian versions, whose block is in English; ``Original : anglais/espagnol`` in
    French)."""
    if not document.original_languages:
        return None
    words = block_wording(document)
    names = sorted(
        (
            words.masthead_language_names.get(code) or words.language_names[code]
            for code in dict.fromkeys(document.original_languages)
        ),
        key=alphabetical,
    )
    return words.original_line.format(languages="/".join(names))


def alphabetical(name: str) -> str:
    """The key that orders names alphabetically whatever the machine's locale: marks
    stripped (É with E), case folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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
    #: The text after the list marker (see :attr:`rest`) as styled runs: the French
    #: ``1er`` raised, a corrigendum's "For" and "read" in italics.
    runs: tuple[Run, ...] = ()
    #: A corrigendum's correction line ("For … read …"), indented under its item.
    correction: bool = False

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
    #: The text as styled runs (``[1er juin 2012]`` with ``er`` raised).
    runs: tuple[Run, ...] = ()


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
class Marks:
    """The marks at the foot of the first page: ``19-10580 (C)  260719  010819`` and the
    barcode of the job number, ``*1910580*``, drawn in Code 39 with its text under it."""

    #: The job number with the version's letter: ``19-10580 (C)``.
    job: str
    #: The processing date, and the reissue date after it, as DDMMYY: ``260719 010819``;
    #: None when neither is known.
    dates: str | None
    #: The barcode's human-readable text, with Code 39's start and stop stars.
    barcode: str
    #: The barcode's bars and spaces, alternating from a bar, in narrow-bar widths.
    bars: tuple[int, ...]


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the table of contents: a section (level 1) or a reply (level 2)."""

    level: int
    #: The section's number as printed (``II.``); None for a reply.
    number: str | None
    title: str
    #: The identifier of what it points to, shared by every format: ``section-2``,
    #: ``reply-3`` (the formats name their anchors so).
    target: str


@dataclass(frozen=True)
class Printed:
    """Everything one language version prints, in reading order."""

    masthead: Masthead
    #: The document's own paragraphs after the cover (a corrigendum's corrections).
    body: tuple[Paragraph, ...]
    sections: tuple[PrintedSection, ...]
    #: The job-number footer (``12-41312 (C)``), None when the job number is not known.
    footer: str | None
    #: The first page's job number, dates and barcode; None without a job number.
    marks: Marks | None = None
    #: The word marking every page of a draft ("Draft", "Projet"), None when the version
    #: is final (see :func:`unfinished`).
    draft: str | None = None
    #: The table of contents (empty when the report needs none; see :func:`wants_contents`),
    #: its title ("Contents") and the page column's ("Page").
    contents: tuple[ContentsEntry, ...] = ()
    contents_title: str = ""
    contents_page: str = ""
    #: The emblem's image file, set beside the organ (see :class:`Settings`).
    emblem: Path | None = None


def printed(document: Document, settings: Settings | None = None) -> Printed:
    """Returns what the document prints, in its language (see :class:`Printed`).

    Raises RenderError when the document has no language or an unknown one.
    """
    language_of(document)
    settings = settings or Settings.from_environment()
    words = wording(document)
    sections = tuple(_printed_section(part, document) for part in outline(document))
    return Printed(
        masthead(document),
        _body(document),
        sections,
        job_footer(document),
        marks=marks(document),
        draft=words.draft if unfinished(document) else None,
        contents=contents(sections) if wants_contents(document, sections, settings) else (),
        contents_title=words.contents_titles[0],
        contents_page=words.contents_page,
        emblem=settings.emblem,
    )


# -- Settings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What a deployment decides about every rendered document.

    ``contents``: ``auto`` (a table of contents when the report has more than one section
    of replies, or more than ``contents_pages`` pages by estimate), ``always`` or ``never``.
    ``emblem``: the UN emblem's image file, a PNG (which every format can embed), printed
    beside the organ; its use is restricted, so none is shipped and by default none is
    printed.
    """

    contents: str = "auto"
    contents_pages: int = 4
    emblem: Path | None = None

    @classmethod
    def from_environment(cls) -> Settings:
        """Reads ``MEMBERVIEWS_CONTENTS`` (``auto``, ``always``, ``never``),
        ``MEMBERVIEWS_CONTENTS_PAGES`` and ``MEMBERVIEWS_EMBLEM`` (a file); raises RenderError
        on a value it cannot use."""
        contents = os.environ.get("MEMBERVIEWS_CONTENTS", "auto")
        if contents not in ("auto", "always", "never"):
            raise RenderError(f"MEMBERVIEWS_CONTENTS is {contents!r}: say auto, always or never")
        pages = os.environ.get("MEMBERVIEWS_CONTENTS_PAGES", "4")
        if not pages.isdigit():
            raise RenderError(f"MEMBERVIEWS_CONTENTS_PAGES is {pages!r}: give a number of pages")
        emblem = os.environ.get("MEMBERVIEWS_EMBLEM")
        path = Path(emblem) if emblem else None
        if path is not None and (not path.is_file() or path.suffix.lower() not in EMBLEM_SUFFIXES):
            raise RenderError(f"MEMBERVIEWS_EMBLEM: {emblem} is no PNG file")
        return cls(contents, int(pages), path)


#: The image files an emblem can be.
EMBLEM_SUFFIXES = (".png",)


# -- What a document lacks ----------------------------------------------------


def missing_parts(document: Document) -> list[str]:
    """The parts of the cover a published report has and this document lacks, one warning
    each: the date, the title, the agenda item, the Original line."""
    where = f"{document.symbol or 'the document'} ({document.language or '?'})"
    return [f"{where} has no {part}" for part in missing_cover(document)]


def missing_cover(document: Document) -> list[str]:
    """The names of the cover parts the document lacks (see :func:`missing_parts`)."""
    missing = [
        ("date", document.date),
        ("title", document.title),
        ("agenda item", document.agenda_item),
        ("Original line (the languages of the originals)", document.original_languages),
    ]
    return [part for part, value in missing if not value]


# -- The first page's marks ---------------------------------------------------------------


def marks(document: Document) -> Marks | None:
    """The job number, dates and barcode of the first page; None without a job number."""
    job = job_footer(document)
    if job is None or document.job_number is None:
        return None
    dates = [d.strftime("%d%m%y") for d in (document.processed, document.reissued) if d]
    code = document.job_number.replace("-", "")
    return Marks(job, " ".join(dates) or None, f"*{code}*", code39(code))


#: Code 39: each character's nine elements (bar, space, bar…), 1 for a wide one.
_CODE39 = {
    "0": "000110100", "1": "100100001", "2": "001100001", "3": "101100000",
    "4": "000110001", "5": "100110000", "6": "001110000", "7": "000100101",
    "8": "100100100", "9": "001100100", "*": "010010100", "-": "010000101",
}  # fmt: skip
#: A wide element's width in narrow ones.
_WIDE = 3


def code39(text: str) -> tuple[int, ...]:
    """The bars and spaces of ``text`` in Code 39 (digits and hyphens), between the start and
    stop characters, with a narrow space between characters: widths in narrow units,
    alternating from a bar."""
    out: list[int] = []
    for n, char in enumerate(f"*{text}*"):
        if char not in _CODE39:
            raise RenderError(f"{text!r} cannot be a Code 39 barcode here: digits only")
        if n:
            out.append(1)
        out.extend(_WIDE if e == "1" else 1 for e in _CODE39[char])
    return tuple(out)


# -- The table of contents ----------------------------------------------------------------

#: Characters a page holds, by estimate, to decide whether a report is long enough for a
#: table of contents (a Chinese character takes the room of about three Latin letters).
_PAGE_CHARACTERS = 3200
_CJK_PAGE_CHARACTERS = 1100


def wants_contents(
    document: Document, sections: tuple[PrintedSection, ...], settings: Settings
) -> bool:
    """Whether the report gets a table of contents (see :class:`Settings`): never for a
    corrigendum or a document without sections."""
    if settings.contents == "never" or not any(s.heading for s in sections):
        return False
    if settings.contents == "always":
        return True
    reply_sections = sum(1 for s in sections if s.replies)
    if reply_sections > 1:
        return True
    text = [p.text for s in sections for p in s.paragraphs]
    text += [p.text for s in sections for r in s.replies for p in r.paragraphs]
    size = sum(len(x) for x in text)
    per_page = _CJK_PAGE_CHARACTERS if document.language == "zh" else _PAGE_CHARACTERS
    return size / per_page > settings.contents_pages


def contents(sections: tuple[PrintedSection, ...]) -> tuple[ContentsEntry, ...]:
    """The sections with headings, each followed by its replies."""
    out: list[ContentsEntry] = []
    for i, part in enumerate(sections, start=1):
        if part.heading is not None and part.title is not None:
            out.append(ContentsEntry(1, part.number, part.title, section_target(i)))
        out.extend(
            ContentsEntry(2, None, reply.heading, reply_target(reply.index))
            for reply in part.replies
        )
    return tuple(out)


def section_target(number: int) -> str:
    """The anchor of the ``number``-th printed section (from 1)."""
    return f"section-{number}"


def reply_target(index: int) -> str:
    """The anchor of the reply at ``index`` in ``Document.replies``."""
    return f"reply-{index + 1}"


# -- Styled runs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A piece of a text and how it is set: None (as the text around it), ``italic`` or
    ``superscript``."""

    text: str
    style: str | None = None


ITALIC = "italic"
SUPERSCRIPT = "superscript"


def runs(text: str, words: Wording, italic: tuple[tuple[int, int], ...] = ()) -> tuple[Run, ...]:
    """``text`` as runs: the spans in ``italic`` (start, end) set in italics, what the
    language raises (``superscript_pattern``, the French ``1er``) raised."""
    spans = [(start, end, ITALIC) for start, end in italic]
    if words.superscript_pattern:
        spans += [
            (*m.span("raised"), SUPERSCRIPT) for m in re.finditer(words.superscript_pattern, text)
        ]
    if not spans:
        return (Run(text),)
    out: list[Run] = []
    at = 0
    for start, end, style in sorted(spans):
        if start > at:
            out.append(Run(text[at:start]))
        if end > max(start, at):
            out.append(Run(text[max(start, at) : end], style))
        at = max(at, end)
    if at < len(text):
        out.append(Run(text[at:]))
    return tuple(out)


# -- A corrigendum's corrections ----------------------------------------------------------


def _body(document: Document) -> tuple[Paragraph, ...]:
    """The document's own paragraphs. A corrigendum's are its corrections, in UN style: each
    item opens with where the correction is ("Paragraph 2, line 1"), numbered when there are
    several, and its correction lines ("*For* 13 February *read* 14 February") follow,
    indented, the two words in italics where the language uses italics."""
    texts = body_paragraphs(document)
    if not document.body:
        # A corrigendum without its text in this language prints the pending marker instead.
        return tuple(_paragraph(text, pending=True) for text in texts)
    words = wording(document)
    corrections = [_is_correction(text, words) for text in texts]
    items = corrections.count(False)
    out: list[Paragraph] = []
    number = 0
    for text, correction in zip(texts, corrections, strict=True):
        if correction:
            spans = _correction_words(text, words) if words.corrigendum_italic else ()
            out.append(Paragraph(text, runs=runs(text, words, spans), correction=True))
            continue
        number += 1
        label = paragraph_number(number, document) if items > 1 else None
        out.append(Paragraph(text, label, runs=runs(text, words)))
    return tuple(out)


def _is_correction(text: str, words: Wording) -> bool:
    return text.startswith(words.corrigendum_for)


def _correction_words(text: str, words: Wording) -> tuple[tuple[int, int], ...]:
    """Where "For" and "read" stand in a correction line."""
    spans = [(0, len(words.corrigendum_for))]
    found = re.search(rf"(?<!\w){re.escape(words.corrigendum_read)}(?!\w)", text)
    if found:
        spans.append(found.span())
    return tuple(spans)


def _printed_section(part: Part, document: Document) -> PrintedSection:
    section = part.section
    heading = number = title = None
    if section is not None:
        heading, title = section_heading(section, document), section.heading
        number = paragraph_number(section.number, document) if section.number else None
    words = wording(document)
    paragraphs = tuple(
        Paragraph(text, paragraph_number(n, document), runs=runs(text, words))
        for n, text in enumerate(part.introduction, start=1)
    )
    replies = tuple(
        _printed_reply(reply, n, document)
        for reply, n in zip(part.replies, part.indices, strict=True)
    )
    return PrintedSection(section, heading, number, title, paragraphs, replies)


def _printed_reply(reply: Reply, index: int, document: Document) -> PrintedReply:
    words = wording(document)
    tags = [Tag(text, runs=runs(text, words)) for text in reply_tags(reply, document)]
    if reply.date is not None and tags:
        # reply_tags puts the date last, after the original tag.
        tags[-1] = Tag(tags[-1].text, reply.date, tags[-1].runs)
    pending = reply.provenance == Provenance.PENDING or not reply.paragraphs
    paragraphs = tuple(
        _paragraph(text, number=number, pending=pending, words=words)
        for number, text in numbered(reply, document)
    )
    return PrintedReply(reply, index, reply_heading(reply), tuple(tags), paragraphs)


def _paragraph(
    text: str,
    number: str | None = None,
    *,
    pending: bool = False,
    words: Wording | None = None,
) -> Paragraph:
    """A numbered paragraph is no list item; the pending marker is neither."""
    if number is not None or pending:
        styled = runs(text, words) if words else (Run(text),)
        return Paragraph(text, number, None, pending, styled)
    marker, rest = split_marker(text)
    styled = runs(rest if marker else text, words) if words else (Run(rest if marker else text),)
    return Paragraph(text, None, marker, runs=styled)
