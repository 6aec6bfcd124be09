"""HTML: one self-contained, accessible page per language version of a report.

The page has the landmarks a screen reader lists (``header`` for the masthead, ``main``
for the report, ``footer`` for the cover footnotes and the job number), one ``h1``, an
``h2`` per section and an ``h3`` per reply. It loads nothing: the style sheet is inline and
names only fonts installed on the reader's machine. Every text is escaped by the serializer.

:func:`outline` (which replies and paragraphs go under which section) and the small helpers
beside it are shared with the DOCX renderer; they belong in :mod:`.common` once the formats
agree on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from memberviews.core.languages import Language, LanguageError, get_language
from memberviews.core.model import Document, Reply, Section
from memberviews.core.wording import WORDINGS, normalize_words
from memberviews.render import RenderError
from memberviews.render.common import (
    Masthead,
    job_footer,
    masthead,
    reply_heading,
    reply_paragraphs,
    reply_tags,
    section_heading,
    wording,
)

# -- Shared with the other formats ------------------------------------------------------

_REPLY_KINDS = ("governments", "organizations")
# Characters XML 1.0 (and so a DOCX part or an HTML tree built with lxml) cannot hold.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# "– text", "(a) text", "(iv) text", "a) text", "（一）text": a list item keeps its marker.
_MARKER = re.compile(
    r"^(?P<marker>[–—•·▪]|\([^\s()]{1,4}\)|（[^\s（）]{1,3}）|[a-z]\)|\d{1,2}\))\s+(?=\S)"
)


@dataclass
class Part:
    """One section of the report as printed: its heading and what it holds.

    ``section`` is None for text that stands before or without any section heading.
    """

    section: Section | None
    introduction: list[str] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)


def language_of(document: Document) -> Language:
    """Returns the version's language; raises RenderError when it is missing or unknown."""
    if document.language is None:
        raise RenderError("the document has no language: say which version to render")
    try:
        return get_language(document.language)
    except LanguageError as error:
        raise RenderError(str(error)) from None


def section_kind(section: Section) -> str | None:
    """``introduction``, ``governments``, ``organizations`` or None, from the wording tables."""
    folded = normalize_words(section.heading)
    for kind in ("organizations", "governments", "introduction"):
        for words in WORDINGS.values():
            if any(normalize_words(k) in folded for k in words.section_keywords[kind]):
                return kind
    return None


def outline(document: Document) -> list[Part]:
    """Returns the sections in order, each with its introduction paragraphs and replies.

    The introduction goes under the introduction section, else under a first section that
    names no kind, else before all sections; a reply under the section of its kind
    (``Reply.section``), else the first replies section, else after all sections. The
    Akoma Ntoso renderer places them alike.
    """
    parts = [Part(section) for section in document.sections]
    kinds = [section_kind(section) for section in document.sections]

    def part_for(wanted: tuple[str, ...], *, leading: bool) -> Part:
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
        part_for(("introduction",), leading=True).introduction.extend(document.introduction)
    for reply in document.replies:
        wanted = (reply.section, *_REPLY_KINDS) if reply.section else _REPLY_KINDS
        part_for(wanted, leading=False).replies.append(reply)
    return parts


def paragraph_number(number: str | int, document: Document) -> str:
    """``1.`` (Arabic ``1 -``): paragraphs are numbered in the form of section headings."""
    template = wording(document).section_heading
    return template.partition("{title}")[0].format(number=number).strip()


def numbered(reply: Reply, document: Document) -> list[tuple[str | None, str]]:
    """The reply's paragraphs as printed, each with its typed number or None."""
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


def split_marker(text: str) -> tuple[str | None, str]:
    """``– text`` → ``("–", "text")``; a paragraph that is no list item → ``(None, text)``."""
    match = _MARKER.match(text)
    if match is None:
        return None, text
    return match.group("marker"), text[match.end() :]


# -- The page ---------------------------------------------------------------------------

_STYLE = """
@page { size: A4; margin: 2.5cm 2.2cm; }
html { color: #000; background: #fff; font-size: 11pt; }
html:lang(ar) { font-size: 13pt; }
body {
  font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif;
  line-height: 1.4; max-width: 44em; margin: 2em auto; padding: 0 1.5em;
}
html:lang(zh) body {
  font-family: "Times New Roman", "Liberation Serif", SimSun, "宋体", "Songti SC",
    "Noto Serif CJK SC", serif;
}
html:lang(ar) body {
  font-family: "Simplified Arabic", "Traditional Arabic", "Noto Naskh Arabic", serif;
}
header.masthead {
  display: grid; grid-template-columns: 1fr auto; column-gap: 2em; align-items: end;
  border-bottom: 3px solid #000; padding-bottom: 0.3em;
}
header.masthead p { margin: 0; }
.organization { font-size: 1.2em; font-weight: bold; }
.organ { font-size: 1.5em; font-weight: bold; }
.symbol { font-size: 1.6em; font-weight: bold; text-align: end; }
.distribution { text-align: start; grid-column: 2; }
.cover { margin: 1.5em 0 2em; }
.cover p { margin: 0.2em 0; }
.agenda-title, .report-of, .addendum { font-weight: bold; }
h1 { font-size: 1.5em; margin: 0.6em 0; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.8em; }
h3 { font-size: 1em; margin: 1.4em 0 0.4em; }
p { margin: 0 0 0.6em; text-align: justify; }
.tags { text-align: end; margin-bottom: 1em; }
.number { display: inline-block; min-width: 2.5em; }
.list-item { padding-inline-start: 2.5em; text-indent: -1.5em; }
.list-item .marker { display: inline-block; min-width: 1.5em; text-indent: 0; }
a.noteref { text-decoration: none; color: inherit; }
body > footer { margin-top: 3em; border-top: 1px solid #000; font-size: 0.85em; }
body > footer p { text-align: start; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
"""


def render_html(document: Document, out: Path) -> None:
    """Writes the document as one self-contained HTML5 page at ``out`` (UTF-8)."""
    out.write_bytes(html_page(document).encode("utf-8"))


def html_page(document: Document) -> str:
    """Returns the page as text, starting with ``<!DOCTYPE html>``."""
    language = language_of(document)
    cover = masthead(document)
    root = etree.Element("html", lang=language.bcp47, dir=language.direction)
    head = _add(root, "head")
    _add(head, "meta", charset="utf-8")
    _add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _add(head, "title", " · ".join(t for t in (cover.symbol, cover.title or cover.report_of) if t))
    _add(head, "style", _STYLE)
    body = _add(root, "body")
    _masthead(_add(body, "header", **{"class": "masthead"}), cover)
    main = _add(body, "main")
    _cover(main, cover)
    _body(main, document)
    _footer(_add(body, "footer"), cover, job_footer(document))
    serialized: str = lxml_html.tostring(
        root, doctype="<!DOCTYPE html>", encoding="unicode", method="html"
    )
    return serialized + "\n"


def _add(
    parent: etree._Element,
    tag: str,
    text: str | None = None,
    *,
    tail: str | None = None,
    **attrib: str,
) -> etree._Element:
    element = etree.SubElement(parent, tag, attrib)
    element.text = xml_text(text) if text else None
    element.tail = xml_text(tail) if tail else None
    return element


def _masthead(header: etree._Element, cover: Masthead) -> None:
    _add(header, "p", cover.united_nations, **{"class": "organization"})
    # Symbols and the distribution line are Latin in every version: kept left to right.
    _add(header, "p", cover.symbol, dir="ltr", translate="no", **{"class": "symbol"})
    _add(header, "p", cover.organ, **{"class": "organ"})
    block = _add(header, "div", **{"class": "distribution"})
    _add(block, "p", cover.distribution, dir="ltr")
    for line in (cover.date, cover.original):
        if line:
            _add(block, "p", line)


def _cover(main: etree._Element, cover: Masthead) -> None:
    block = _add(main, "div", **{"class": "cover"})
    if cover.session:
        _add(block, "p", cover.session, **{"class": "session"})
    if cover.agenda:
        agenda = _add(block, "p", **{"class": "agenda"})
        # The agenda's "*" links to its footnote, which masthead() lists first.
        if cover.agenda.endswith("*") and cover.session and cover.footnotes:
            agenda.text = xml_text(cover.agenda[:-1])
            _add(agenda, "a", "*", href="#footnote-1", id="footnote-ref-1", role="doc-noteref")
            agenda[-1].set("class", "noteref")
        else:
            agenda.text = xml_text(cover.agenda)
    if cover.agenda_title:
        _add(block, "p", cover.agenda_title, **{"class": "agenda-title"})
    # One h1 always: the title, or "Report of the Secretary-General" where there is none.
    _add(block, "h1", cover.title or cover.report_of)
    if cover.title:
        _add(block, "p", cover.report_of, **{"class": "report-of"})
    if cover.addendum:
        _add(block, "p", cover.addendum, **{"class": "addendum"})


def _body(main: etree._Element, document: Document) -> None:
    count = 0
    for i, part in enumerate(outline(document), start=1):
        container = main
        level = "h2"
        if part.section is not None:
            container = _add(main, "section", **{"aria-labelledby": f"section-{i}"})
            _add(container, "h2", section_heading(part.section, document), id=f"section-{i}")
            level = "h3"
        for n, text in enumerate(part.introduction, start=1):
            p = _add(container, "p", **{"class": "numbered"})
            number = paragraph_number(n, document)
            _add(p, "span", number, tail=" " + text, **{"class": "number"})
        for reply in part.replies:
            count += 1
            _reply(container, reply, document, f"reply-{count}", level)


def _reply(
    parent: etree._Element, reply: Reply, document: Document, ident: str, level: str
) -> None:
    attributes = {"class": "reply", "id": ident, "aria-labelledby": f"{ident}-heading"}
    if reply.state is not None and reply.state.iso3:
        attributes["data-state"] = reply.state.iso3
    section = _add(parent, "section", **attributes)
    _add(section, level, reply_heading(reply), id=f"{ident}-heading")
    tags = reply_tags(reply, document)
    if tags:
        p = _add(section, "p", tags[0], **{"class": "tags"})
        for tag in tags[1:]:
            _add(p, "br", tail=tag)
    for number, text in numbered(reply, document):
        marker, rest = split_marker(text)
        if number is not None:
            p = _add(section, "p", **{"class": "numbered"})
            _add(p, "span", number, tail=" " + text, **{"class": "number"})
        elif marker is not None:
            p = _add(section, "p", **{"class": "list-item"})
            _add(p, "span", marker, tail=" " + rest, **{"class": "marker"})
        else:
            _add(section, "p", text)


def _footer(footer: etree._Element, cover: Masthead, job: str | None) -> None:
    for i, note in enumerate(cover.footnotes, start=1):
        _add(footer, "p", note, id=f"footnote-{i}", dir="auto", **{"class": "footnote"})
    if job:
        _add(footer, "p", job, dir="ltr", translate="no", **{"class": "job-number"})
