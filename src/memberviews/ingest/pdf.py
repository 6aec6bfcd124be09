"""Reading a PDF with pypdfium2: each line's text and where it sits on the page.

The position of a line's first and last characters gives the layout signals that plain
text loses: first-line indents and hanging paragraph numbers, short last lines, and the
vertical gaps between paragraphs.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pypdfium2 as pdfium

from memberviews.ingest.errors import ReportError
from memberviews.ingest.lines import Line

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def read_pdf_lines(path: Path) -> list[Line]:
    """Returns the lines of every page, with indent, gap and short-line signals."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise ReportError(f"{path.name}: not a readable PDF ({error})") from None
    try:
        lines: list[Line] = []
        for number in range(len(document)):
            page = document[number]
            try:
                lines.extend(_page_lines(page, number))
            finally:
                page.close()
        return lines
    finally:
        document.close()


def _page_lines(page: pdfium.PdfPage, number: int) -> list[Line]:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        rtl_page = bool(_RTL.search(text))
        raw: list[tuple[str, float, float, float, float]] = []
        position = 0
        for piece in text.split("\r\n"):
            start, end = position, position + len(piece)
            position = end + 2
            content = piece.strip()
            if not content:
                continue
            first = start + (len(piece) - len(piece.lstrip()))
            last = start + len(piece.rstrip()) - 1
            box_a = textpage.get_charbox(first)
            box_b = textpage.get_charbox(last)
            left, right = min(box_a[0], box_b[0]), max(box_a[2], box_b[2])
            bottom, top = box_a[1], max(box_a[3], box_b[3])
            if rtl_page and not _RTL.search(content):
                # On a right-to-left page pdfium hands back left-to-right lines (the
                # running header, a Latin name) in reverse order: read them by position.
                content = _visual_order(textpage, start, end)
            raw.append((content, left, right, bottom, top))
    finally:
        textpage.close()
    return _with_signals(raw, number, rtl_page)


def _visual_order(textpage: pdfium.PdfTextPage, start: int, end: int) -> str:
    chars = []
    for index in range(start, end):
        box = textpage.get_charbox(index)
        chars.append((box[0], textpage.get_text_range(index, 1)))
    chars.sort(key=lambda c: c[0])
    return re.sub(r"\s+", " ", "".join(c for _, c in chars)).strip()


def _with_signals(
    raw: list[tuple[str, float, float, float, float]], page: int, rtl: bool
) -> list[Line]:
    if not raw:
        return []
    heights = [top - bottom for _, _, _, bottom, top in raw if top > bottom]
    em = statistics.median(heights) if heights else 10.0
    lefts = [round(left) for _, left, _, _, _ in raw]
    rights = [round(right) for _, _, right, _, _ in raw]
    # The body's text edge is the most common one; its far edge is the widest line's.
    if rtl:
        edge = statistics.mode(rights)
        far = min(left for _, left, _, _, _ in raw)
    else:
        edge = statistics.mode(lefts)
        far = max(right for _, _, right, _, _ in raw)
    steps = [raw[i - 1][3] - raw[i][3] for i in range(1, len(raw)) if raw[i - 1][3] - raw[i][3] > 0]
    step = statistics.median(steps) if steps else em * 1.2
    lines = []
    previous_bottom: float | None = None
    for content, left, right, bottom, _top in raw:
        indent = (edge - right) if rtl else (left - edge)
        slack = (left - far) if rtl else (far - right)
        gap = previous_bottom is not None and (previous_bottom - bottom) > step * 1.45
        lines.append(
            Line(
                text=content,
                indent=abs(indent) / em,
                gap=gap,
                short=slack > em * 3,
                page=page,
            )
        )
        previous_bottom = bottom
    return lines
