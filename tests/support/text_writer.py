"""Text as extracted from a report's PDF, in the two styles published text files come in.

``acrobat`` follows the reference extraction (``shared/corpus/A-67-131-zh.txt``): an empty
line after every line, a leading space on a paragraph's first line (none before a paragraph
number or list marker), trailing spaces on its last line, page header and footer inserted
between lines at each page break, even inside a paragraph, and now and then the empty line
before a paragraph missing (its first line then has one more leading space).

``pdftotext`` follows ``pdftotext`` without ``-layout``: wrapped lines, one empty line between
paragraphs (none where the next one plainly starts a new paragraph), a form feed ending each
page, the page's header before and footer after its text, non-breaking spaces made plain and,
in Arabic, the bidi embedding marks pdftotext puts around lines and left-to-right runs.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from support.layout import Block, build_blocks, cells, measures
from support.specimen import SyntheticReport

STYLES = ("acrobat", "pdftotext")

_RLE, _LRE, _PDF = "\u202b", "\u202a", "\u202c"
_LTR_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z/.\-:*]*")
_SENTENCE_END = tuple(".:;。；：")


def write_text(report: SyntheticReport, path: Path, style: str = "acrobat") -> Path:
    """Writes ``report`` as text extracted from its PDF in the given style; returns ``path``."""
    if style not in STYLES:
        raise ValueError(f"unknown text style {style!r}; use one of {STYLES}")
    blocks = build_blocks(report, style, seed="text")
    text = (
        render_acrobat(report, blocks) if style == "acrobat" else render_pdftotext(report, blocks)
    )
    path.write_text(text, encoding="utf-8")
    return path


def render_acrobat(report: SyntheticReport, blocks: list[Block]) -> str:
    """Returns the text of ``blocks`` in the reference's extraction style."""
    rng = random.Random(f"{report.key}/acrobat-quirks")
    total = blocks[-1].pages[-1]
    out: list[str] = []
    page = 1
    page_start = True
    previous = ""
    for block in blocks:
        for i, line in enumerate(block.lines):
            if block.pages[i] != page:
                out += _acrobat_furniture(report, page)
                page, page_start = block.pages[i], True
            first, last = i == 0, i == len(block.lines) - 1
            text = line
            if first:
                text = _ACROBAT_LEAD.get(block.kind, "") + text
                glued = (
                    block.kind in ("para", "heading")
                    and previous in ("para", "item")
                    and not page_start
                    and rng.random() < 0.12
                )
                if glued:
                    # As in the reference: the empty line before the new paragraph or
                    # heading is missing, and its first line has one more leading space.
                    out.pop()
                    text = " " + text
                elif block.gap_before >= 2 and not page_start and previous not in _HEADINGS:
                    out += [" ", ""]
            if last:
                text += " " * (1 if block.kind != "para" else rng.choice((1, 1, 1, 1, 2, 3)))
            out.append(text)
            if last and block.kind == "section":
                out += [" ", " ", ""]
            elif last and block.kind == "heading":
                out += [" ", ""]
            else:
                out.append("")
            page_start = False
        previous = block.kind
    out += _acrobat_furniture(report, page)
    assert page == total
    return "\n".join(out) + "\n"


_HEADINGS = ("section", "heading")
_ACROBAT_LEAD = {"para": " ", "heading": "  ", "section": " ", "cover": " "}


def _acrobat_furniture(report: SyntheticReport, page: int) -> list[str]:
    """The page's header and footer as Acrobat extracts them, between two lines of body."""
    if page == 1 and report.cover is not None:
        lines = ["", ""]
        for footnote in report.cover.footnotes:
            lines += [footnote + " ", " ", ""]
        return [*lines, report.first_footer + " ", " ", "", report.barcode + " ", " ", ""]
    return ["", "", report.running_symbol + "  ", " ", "", f"{report.footer_job}{page} ", " ", ""]


def render_pdftotext(report: SyntheticReport, blocks: list[Block]) -> str:
    """Returns the text of ``blocks`` as ``pdftotext`` (without ``-layout``) gives it."""
    rng = random.Random(f"{report.key}/pdftotext-gaps")
    width = measures(report.language, "pdftotext").width
    total = blocks[-1].pages[-1]
    pages: list[list[str]] = [_pdftotext_header(report, 1)]
    page = 1
    previous: Block | None = None
    for block in blocks:
        for i, line in enumerate(block.lines):
            if block.pages[i] != page:
                pages[-1] += _pdftotext_footer(report, page, total)
                page = block.pages[i]
                pages.append(_pdftotext_header(report, page))
            at_top = len(pages[-1]) <= 2 and page > 1
            if (
                i == 0
                and previous is not None
                and not at_top
                and block.gap_before
                and not _may_run_on(previous, block, width, rng)
            ):
                pages[-1].append("")
            pages[-1].append(line)
        previous = block
    pages[-1] += _pdftotext_footer(report, page, total)
    return "".join("\n".join(_plain(x, report.language) for x in lines) + "\n\f" for lines in pages)


def _may_run_on(previous: Block, block: Block, width: int, rng: random.Random) -> bool:
    """Whether pdftotext may leave out the empty line between two paragraphs here: only
    where the new paragraph plainly starts (a number or marker, or after a short line that
    ends a sentence)."""
    if previous.kind not in ("para", "item") or block.kind not in ("para", "item"):
        return False
    last = previous.lines[-1]
    short = (
        cells(last) < width * 0.6 if any(ord(c) > 0x2E80 for c in last) else len(last) < width * 0.6
    )
    plain_start = block.kind == "item" or (short and last.rstrip().endswith(_SENTENCE_END))
    return plain_start and rng.random() < 0.35


def _pdftotext_header(report: SyntheticReport, page: int) -> list[str]:
    if page == 1 and report.cover is not None:
        return []
    return [report.running_symbol, ""]


def _pdftotext_footer(report: SyntheticReport, page: int, total: int) -> list[str]:
    if page == 1 and report.cover is not None:
        return ["", *report.cover.footnotes, "", report.first_footer, "", report.barcode]
    return ["", report.footer_job, "", f"{page}/{total}"]


def _plain(line: str, language: str) -> str:
    if not line:
        return line
    line = line.replace("\u00a0", " ").replace("\u202f", " ")
    if language != "ar":
        return line
    return _RLE + _LTR_RUN.sub(lambda m: _LRE + m.group(0) + _PDF, line) + _PDF
