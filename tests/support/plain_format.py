"""A fifth output format, written the way a new one would be: one module that lays out
:func:`memberviews.render.common.printed` as plain text (what a PDF's text extraction
gives), and one registration (see ``tests/render/test_a_fifth_format.py``)."""

from __future__ import annotations

from pathlib import Path

from memberviews.core.model import Document
from memberviews.render.common import Paragraph, printed


def render_plain(document: Document, out: Path) -> None:
    """Writes the version as UTF-8 text: masthead lines, then the body, a blank line between
    paragraphs, the job number last."""
    page = printed(document)
    head = page.masthead
    cover = [
        head.united_nations,
        head.symbol,
        head.organ,
        head.distribution,
        head.date,
        head.original,
        head.session,
        head.agenda,
        head.agenda_title,
        head.title,
        head.report_of,
        head.addendum,
        head.corrigendum,
    ]
    blocks = [line for line in cover if line]
    blocks.extend(_text(p) for p in page.body)
    for part in page.sections:
        if part.heading:
            blocks.append(part.heading)
        blocks.extend(_text(p) for p in part.paragraphs)
        for reply in part.replies:
            blocks.append(reply.heading)
            blocks.extend(tag.text for tag in reply.tags)
            blocks.extend(_text(p) for p in reply.paragraphs)
    blocks.extend(head.footnotes)
    if page.footer:
        blocks.append(page.footer)
    out.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def _text(paragraph: Paragraph) -> str:
    return f"{paragraph.number} {paragraph.text}" if paragraph.number else paragraph.text
