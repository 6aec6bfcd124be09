"""HTML: one self-contained, accessible page per language version of a report.

The page has the landmarks a screen reader lists (``header`` for the masthead, ``main``
for the report, ``footer`` for the cover footnotes and the first page's marks), one ``h1``
(the title, where the report has one), an ``h2`` per section and an ``h3`` per reply. It
loads nothing and runs nothing: the one style sheet is the page's single ``<style>`` element
(no ``style`` attribute anywhere, so a Content-Security-Policy needs to allow that element
only: see :data:`STYLE_HASH`), it names only fonts installed on the reader's machine, and
the emblem, when one is configured, is a ``data:`` URI. Every text is escaped by the
serializer.

What it prints comes from :func:`memberviews.render.common.printed`; the page adds only
the layout: the draft notice (and, in print, a watermark on every page), the distribution
block in its own language and direction, the table of contents as links, the barcode as
inline SVG.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from memberviews.core.languages import Language, get_language
from memberviews.core.model import Document
from memberviews.render.common import (
    ITALIC,
    SUPERSCRIPT,
    ContentsEntry,
    Marks,
    Masthead,
    Paragraph,
    Printed,
    PrintedReply,
    Run,
    language_of,
    printed,
    reply_target,
    section_target,
    xml_text,
)

_STYLE = """
@page { size: A4; margin: 2.5cm 2.2cm; }
/* Full-width quotation marks, ellipsis and dash in Chinese, whatever Latin face comes first. */
@font-face {
  font-family: "UN CJK Punctuation"; font-weight: normal;
  src: local("SimSun"), local("NSimSun"), local("Songti SC Regular"), local("STSongti-SC-Regular"),
    local("Noto Serif CJK SC"), local("NotoSerifCJKsc-Regular"), local("Source Han Serif SC"),
    local("SourceHanSerifSC-Regular");
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}
@font-face {
  font-family: "UN CJK Punctuation"; font-weight: bold;
  src: local("Songti SC Bold"), local("STSongti-SC-Bold"), local("Noto Serif CJK SC Bold"),
    local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"),
    local("SourceHanSerifSC-Bold"), local("SimSun");
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}
html { color: #000; background: #fff; font-size: 11pt; }
html:lang(ar) { font-size: 13pt; }
body {
  font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif;
  line-height: 1.4; max-width: 44em; margin: 2em auto; padding: 0 1.5em;
}
html:lang(zh) body {
  font-family: "UN CJK Punctuation", "Times New Roman", "Liberation Serif", "Noto Serif",
    SimSun, "宋体", "Songti SC", "Noto Serif CJK SC", serif;
}
html:lang(ar) body {
  font-family: "Simplified Arabic", "Traditional Arabic", "Noto Naskh Arabic", serif;
}
/* The English distribution block of the Arabic version in a Latin face. */
html:lang(ar) [lang="en"] {
  font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif;
}
header.masthead {
  display: grid; grid-template-columns: 1fr auto; column-gap: 2em; align-items: end;
  border-bottom: 3px solid #000; padding-bottom: 0.3em;
}
header.masthead p { margin: 0; text-align: start; }
.organization { font-size: 1.2em; font-weight: bold; }
.organ { font-size: 1.5em; font-weight: bold; display: flex; align-items: center; gap: 0.4em; }
.emblem { height: 1.8em; width: auto; }
header.masthead .symbol { font-size: 1.6em; font-weight: bold; text-align: end; }
.distribution { grid-column: 2; }
header.masthead .draft {
  grid-column: 1 / -1; margin: 0 0 0.8em; padding: 0.2em 0.6em; border: 2px solid #555;
  color: #333; font-weight: bold; text-align: center; letter-spacing: 0.1em;
}
.watermark { display: none; }
.cover { margin: 1.5em 0 2em; }
.cover p { margin: 0.2em 0; }
.agenda-title, .report-of, .addendum, .corrigendum { font-weight: bold; }
h1 { font-size: 1.5em; margin: 0.6em 0; }
h1, h2, h3 { text-wrap: balance; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.8em; }
h3 { font-size: 1em; margin: 1.4em 0 0.4em; }
p { margin: 0 0 0.6em; text-align: start; }
/* No Chinese character alone on a last line (with the .nobr ends of paragraphs). */
html:lang(zh) main p { text-wrap: pretty; }
.tags { text-align: end; margin-bottom: 1em; }
.number, .marker {
  display: inline-block; box-sizing: border-box; min-width: 2.5em; padding-inline-end: 0.3em;
}
.list-item { padding-inline-start: 2.5em; text-indent: -1.5em; }
.list-item .marker { min-width: 1.5em; text-indent: 0; }
.correction { padding-inline-start: 2.5em; }
.nobr { white-space: nowrap; }
nav.contents { margin: 0 0 2em; }
nav.contents h2 { text-align: center; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents ol ol { padding-inline-start: 2.5em; }
nav.contents li { margin: 0.2em 0; }
nav.contents a { color: inherit; text-decoration: none; }
nav.contents a:hover, nav.contents a:focus { text-decoration: underline; }
hr.end { width: 6em; margin: 2.5em auto 0; border: 0; border-top: 1px solid #000; }
a.noteref { text-decoration: none; color: inherit; }
sup { line-height: 0; }
body > footer { margin-top: 3em; border-top: 1px solid #000; font-size: 0.85em; }
body > footer p { text-align: start; }
.marks { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end;
  gap: 1em; margin-top: 1.5em; }
.marks p { margin: 0; }
.barcode { text-align: center; }
.barcode svg { display: block; }
body > footer .barcode p { font-size: 0.9em; letter-spacing: 0.05em; text-align: center; }
/* On a narrow screen the masthead's two columns stack. */
@media (max-width: 32em) {
  header.masthead { grid-template-columns: 1fr; }
  .distribution { grid-column: 1; margin-top: 0.6em; }
}
/* Justified only where a line holds enough words; hyphenation held back where it is used. */
@media (min-width: 40em) {
  main p { text-align: justify; }
  main p.tags { text-align: end; }
  html:lang(fr) main p, html:lang(es) main p, html:lang(ru) main p {
    hyphens: auto; hyphenate-limit-chars: 6 3 3;
  }
}
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  main p { text-align: justify; }
  main p.tags { text-align: end; }
  /* Chromium repeats a fixed element on every printed page. */
  .watermark {
    display: block; position: fixed; top: 45%; left: 0; right: 0; z-index: -1;
    text-align: center; font-size: 90pt; font-weight: bold; color: #e0e0e0;
    transform: rotate(-35deg); letter-spacing: 0.1em;
  }
}
"""

#: The Content-Security-Policy source that allows the page's one ``<style>`` element and
#: nothing else inline (``style-src 'self' 'sha256-…'``): the hash of its text.
STYLE_HASH = "'sha256-{}'".format(
    base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode("ascii")
)

#: A document symbol inside a line of text (``A/67/150`` in ``* A/67/150.``), kept left to
#: right in its own element.
_SYMBOL = re.compile(r"[A-Z][A-Za-z]*(?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)+\*?")
#: The end of a Chinese paragraph kept on one line: its last two characters and the
#: punctuation after them, so that no character stands alone on the last line.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_END = re.compile(f"[{_CJK}]{{2}}[^{_CJK}\\s]{{0,3}}$")
#: Code 39 wants a quiet zone of ten narrow bars on each side; the bars' height in narrow bars.
_QUIET = 10
_BAR_HEIGHT = 34
_EMBLEM_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}


def render_html(document: Document, out: Path) -> None:
    """Writes the document as one self-contained HTML5 page at ``out`` (UTF-8); RenderError
    when it has no language."""
    out.write_bytes(html_page(document).encode("utf-8"))


def html_page(document: Document) -> str:
    """Returns the page as text, starting with ``<!DOCTYPE html>``."""
    language = language_of(document)
    page = printed(document)
    cover = page.masthead
    root = etree.Element("html", lang=language.bcp47, dir=language.direction)
    head = _add(root, "head")
    _add(head, "meta", charset="utf-8")
    _add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _add(head, "title", " · ".join(t for t in (cover.symbol, cover.title or cover.report_of) if t))
    _add(head, "style", _STYLE)
    body = _add(root, "body")
    _masthead(_add(body, "header", **{"class": "masthead"}), page)
    main = _add(body, "main")
    _cover(main, cover)
    if page.contents:
        _contents(main, page)
    _body(main, page, language)
    _add(main, "hr", **{"class": "end"})
    _footer(_add(body, "footer"), page, language)
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


def _append_text(element: etree._Element, text: str) -> None:
    """Adds text after whatever the element holds so far."""
    text = xml_text(text)
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _runs(element: etree._Element, runs: Iterable[Run], *, keep_end: bool = False) -> None:
    """Appends styled runs: italics as ``<i>``, raised text as ``<sup>``. ``keep_end`` keeps
    the last two Chinese characters of the text together (see :data:`_CJK_END`)."""
    runs = list(runs)
    end = None
    if keep_end and runs and runs[-1].style is None:
        found = _CJK_END.search(runs[-1].text)
        if found and found.start() > 0:
            runs[-1] = Run(runs[-1].text[: found.start()])
            end = found.group()
    for run in runs:
        if run.style == ITALIC:
            _add(element, "i", run.text)
        elif run.style == SUPERSCRIPT:
            _add(element, "sup", run.text)
        else:
            _append_text(element, run.text)
    if end:
        _add(element, "span", end, **{"class": "nobr"})


def _masthead(header: etree._Element, page: Printed) -> None:
    cover = page.masthead
    if page.draft is not None:
        _add(header, "p", page.draft, role="note", **{"class": "draft"})
        # Printed on every page (see the style sheet); a screen reader has the notice.
        _add(header, "div", page.draft, **{"class": "watermark", "aria-hidden": "true"})
    _add(header, "p", cover.united_nations, **{"class": "organization"})
    # Symbols are Latin in every version: kept left to right.
    _add(header, "p", cover.symbol, dir="ltr", translate="no", **{"class": "symbol"})
    organ = _add(header, "p", **{"class": "organ"})
    if page.emblem is not None:
        _add(
            organ,
            "img",
            src=_data_uri(page.emblem),
            alt=cover.united_nations,
            **{"class": "emblem"},
        )
    _add(organ, "span", cover.organ)
    block_language = get_language(cover.block_language)
    block = _add(
        header,
        "div",
        lang=block_language.bcp47,
        dir=block_language.direction,
        **{"class": "distribution"},
    )
    for line in cover.block:
        p = _add(block, "p")
        if line == cover.date and cover.date_runs:
            p.set("class", "date")
            _runs(p, cover.date_runs)
        else:
            _append_text(p, line)


def _data_uri(path: Path) -> str:
    kind = _EMBLEM_TYPES.get(path.suffix.lower(), "image/png")
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


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
    # The h1 is the title, never a stand-in: a report without one has none (the caller
    # warns about it, see common.missing_parts).
    if cover.title:
        _add(block, "h1", cover.title)
    _add(block, "p", cover.report_of, **{"class": "report-of"})
    if cover.addendum:
        _add(block, "p", cover.addendum, **{"class": "addendum"})
    if cover.corrigendum:
        _add(block, "p", cover.corrigendum, **{"class": "corrigendum"})


def _contents(main: etree._Element, page: Printed) -> None:
    """The table of contents: each section, with its replies in a list under it; links to
    the anchors the sections and replies carry. No page numbers on a page that has none."""
    nav = _add(main, "nav", **{"class": "contents", "aria-labelledby": "contents-title"})
    _add(nav, "h2", page.contents_title, id="contents-title")
    top = _add(nav, "ol")
    # Replies that stand under no section heading are listed on their own.
    loose = {reply_target(r.index) for s in page.sections if s.heading is None for r in s.replies}
    item: etree._Element | None = None
    nested: etree._Element | None = None
    for entry in page.contents:
        if entry.level == 1:
            item, nested = _contents_item(top, entry), None
        elif item is None or entry.target in loose:
            _contents_item(top, entry)
        else:
            if nested is None:
                nested = _add(item, "ol")
            _contents_item(nested, entry)


def _contents_item(parent: etree._Element, entry: ContentsEntry) -> etree._Element:
    item = _add(parent, "li")
    link = _add(item, "a", href=f"#{entry.target}")
    if entry.number:
        _add(link, "span", entry.number + " ", **{"class": "number"})
    _append_text(link, entry.title)
    return item


def _body(main: etree._Element, page: Printed, language: Language) -> None:
    cjk = language.code == "zh"
    for paragraph in page.body:
        _paragraph(main, paragraph, cjk=cjk)
    for i, part in enumerate(page.sections, start=1):
        container = main
        level = "h2"
        if part.heading is not None:
            ident = section_target(i)
            container = _add(main, "section", id=ident, **{"aria-labelledby": f"{ident}-heading"})
            _add(container, "h2", part.heading, id=f"{ident}-heading")
            level = "h3"
        for paragraph in part.paragraphs:
            _paragraph(container, paragraph, cjk=cjk)
        for reply in part.replies:
            _reply(container, reply, level, cjk=cjk)


def _reply(parent: etree._Element, reply: PrintedReply, level: str, *, cjk: bool) -> None:
    ident = reply_target(reply.index)
    attributes = {"class": "reply", "id": ident, "aria-labelledby": f"{ident}-heading"}
    state = reply.reply.state
    if state is not None and state.iso3:
        attributes["data-state"] = state.iso3
    section = _add(parent, "section", **attributes)
    _add(section, level, reply.heading, id=f"{ident}-heading")
    if reply.tags:
        p = _add(section, "p", **{"class": "tags"})
        for n, tag in enumerate(reply.tags):
            if n:
                _add(p, "br")
            _runs(p, tag.runs or (Run(tag.text),))
    for paragraph in reply.paragraphs:
        _paragraph(section, paragraph, cjk=cjk)


def _paragraph(parent: etree._Element, paragraph: Paragraph, *, cjk: bool = False) -> None:
    """A paragraph of text: numbered, a list item, a correction line, or plain."""
    runs = paragraph.runs or (Run(paragraph.rest),)
    # The number or marker keeps its space inside its span: an inline block drops a space at
    # its end, so the text starts exactly at the indent (where a correction line starts).
    if paragraph.number is not None:
        p = _add(parent, "p", **{"class": "numbered"})
        _add(p, "span", paragraph.number + " ", **{"class": "number"})
    elif paragraph.marker is not None:
        p = _add(parent, "p", **{"class": "list-item"})
        _add(p, "span", paragraph.marker + " ", **{"class": "marker"})
    elif paragraph.correction:
        p = _add(parent, "p", **{"class": "correction"})
    else:
        p = _add(parent, "p")
    _runs(p, runs, keep_end=cjk)


def _footer(footer: etree._Element, page: Printed, language: Language) -> None:
    # A footnote takes the page's direction, not the direction of its first letter: an
    # Arabic "* A/67/150." stands at the right like the Arabic text around it.
    for i, note in enumerate(page.masthead.footnotes, start=1):
        p = _add(footer, "p", id=f"footnote-{i}", dir=language.direction, **{"class": "footnote"})
        _with_symbols(p, note)
    if page.marks is not None:
        _marks(footer, page.marks)


def _with_symbols(element: etree._Element, text: str) -> None:
    """The text, each document symbol in it in its own left-to-right element."""
    done = 0
    for found in _SYMBOL.finditer(text):
        _append_text(element, text[done : found.start()])
        _add(element, "span", found.group(), dir="ltr", translate="no", **{"class": "symbol-ref"})
        done = found.end()
    _append_text(element, text[done:])


def _marks(footer: etree._Element, marks: Marks) -> None:
    """The job number and dates, and the barcode drawn in SVG with its text under it."""
    block = _add(footer, "div", dir="ltr", translate="no", **{"class": "marks"})
    job = _add(block, "p", marks.job, dir="ltr", **{"class": "job-number"})
    if marks.dates:
        job.text = xml_text(marks.job) + "\u2003"
        _add(job, "span", marks.dates, **{"class": "dates"})
    figure = _add(block, "div", **{"class": "barcode"})
    width = sum(marks.bars) + 2 * _QUIET
    svg = _add(
        figure,
        "svg",
        role="img",
        viewBox=f"0 0 {width} {_BAR_HEIGHT}",
        width=str(width),
        height=str(_BAR_HEIGHT),
        fill="#000",
        **{"aria-label": marks.barcode, "shape-rendering": "crispEdges"},
    )
    x = _QUIET
    for n, size in enumerate(marks.bars):
        if n % 2 == 0:
            _add(svg, "rect", x=str(x), y="0", width=str(size), height=str(_BAR_HEIGHT))
        x += size
    # The same text the image is labelled with: shown, not read twice.
    _add(figure, "p", marks.barcode, **{"class": "barcode-text", "aria-hidden": "true"})
