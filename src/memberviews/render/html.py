"""HTML: one self-contained, accessible page per language version of a report.

The page has the landmarks a screen reader lists (``header`` for the masthead, ``main``
for the report, ``footer`` for the cover footnotes and the job number), one ``h1``, an
``h2`` per section and an ``h3`` per reply. It loads nothing: the style sheet is inline and
names only fonts installed on the reader's machine. Every text is escaped by the serializer.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from memberviews.core.model import Document
from memberviews.render.common import (
    Masthead,
    Paragraph,
    Printed,
    PrintedReply,
    language_of,
    printed,
    xml_text,
)

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
.agenda-title, .report-of, .addendum, .corrigendum { font-weight: bold; }
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
    _masthead(_add(body, "header", **{"class": "masthead"}), cover)
    main = _add(body, "main")
    _cover(main, cover)
    _body(main, page)
    _footer(_add(body, "footer"), cover, page.footer)
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
    if cover.corrigendum:
        _add(block, "p", cover.corrigendum, **{"class": "corrigendum"})


def _body(main: etree._Element, page: Printed) -> None:
    for paragraph in page.body:
        _paragraph(main, paragraph)
    count = 0
    for i, part in enumerate(page.sections, start=1):
        container = main
        level = "h2"
        if part.heading is not None:
            container = _add(main, "section", **{"aria-labelledby": f"section-{i}"})
            _add(container, "h2", part.heading, id=f"section-{i}")
            level = "h3"
        for paragraph in part.paragraphs:
            _paragraph(container, paragraph)
        for reply in part.replies:
            count += 1
            _reply(container, reply, f"reply-{count}", level)


def _reply(parent: etree._Element, reply: PrintedReply, ident: str, level: str) -> None:
    attributes = {"class": "reply", "id": ident, "aria-labelledby": f"{ident}-heading"}
    state = reply.reply.state
    if state is not None and state.iso3:
        attributes["data-state"] = state.iso3
    section = _add(parent, "section", **attributes)
    _add(section, level, reply.heading, id=f"{ident}-heading")
    if reply.tags:
        p = _add(section, "p", reply.tags[0].text, **{"class": "tags"})
        for tag in reply.tags[1:]:
            _add(p, "br", tail=tag.text)
    for paragraph in reply.paragraphs:
        _paragraph(section, paragraph)


def _paragraph(parent: etree._Element, paragraph: Paragraph) -> None:
    """A paragraph of text: numbered, a list item, or plain."""
    if paragraph.number is not None:
        p = _add(parent, "p", **{"class": "numbered"})
        _add(p, "span", paragraph.number, tail=" " + paragraph.text, **{"class": "number"})
    elif paragraph.marker is not None:
        p = _add(parent, "p", **{"class": "list-item"})
        _add(p, "span", paragraph.marker, tail=" " + paragraph.rest, **{"class": "marker"})
    else:
        _add(parent, "p", paragraph.text)


def _footer(footer: etree._Element, cover: Masthead, job: str | None) -> None:
    for i, note in enumerate(cover.footnotes, start=1):
        _add(footer, "p", note, id=f"footnote-{i}", dir="auto", **{"class": "footnote"})
    if job:
        _add(footer, "p", job, dir="ltr", translate="no", **{"class": "job-number"})
