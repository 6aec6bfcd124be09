"""Reading the written files back without ingest, to check the test material itself.

These helpers make no attempt at parsing: they drop page furniture and compare text with all
whitespace removed, which is enough to show that every expected paragraph is really in a
file, whole, and recoverable (a failing synthetic-report test is then about the parser).
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdfium2

from support.specimen import SyntheticReport

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SOFT_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[^\W\d_])")
_PAGE_NUMBER = re.compile(r"^\d+/\d+$")


def pages_of(path: Path, report: SyntheticReport) -> list[str]:
    """Returns the text of each page of a written file with the page furniture (headers,
    footers, cover footnotes, barcode) removed; a DOCX is one page of body text."""
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            raw = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
        raw = [page.replace("\r\n", "\n") for page in raw]
    elif path.suffix == ".docx":
        raw = ["\n".join(p.text for p in docx.Document(str(path)).paragraphs)]
    else:
        text = path.read_text(encoding="utf-8")
        raw = text.split("\f") if "\f" in text else _acrobat_pages(text, report)
    return ["\n".join(x for x in page.split("\n") if not is_furniture(x, report)) for page in raw]


def furniture_text(path: Path) -> str:
    """Returns what a file carries outside its body: a DOCX's headers and footers, or the
    whole text of any other file."""
    if path.suffix == ".docx":
        section = docx.Document(str(path)).sections[0]
        parts = [section.header, section.footer, section.first_page_header]
        parts.append(section.first_page_footer)
        return "\n".join(p.text for part in parts for p in part.paragraphs)
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    return path.read_text(encoding="utf-8")


def _acrobat_pages(text: str, report: SyntheticReport) -> list[str]:
    """Splits acrobat-style text after each page footer."""
    pages, current = [], []
    for line in text.split("\n"):
        current.append(line)
        bare = line.strip()
        if bare == report.barcode or re.fullmatch(re.escape(report.footer_job) + r"\d+", bare):
            pages.append("\n".join(current))
            current = []
    pages.append("\n".join(current))
    return pages


def rtl_symbol(symbol: str) -> str:
    """The symbol as pdfium gives it on a right-to-left page: ``/69/109A`` for ``A/69/109``."""
    return re.sub(r"^([A-Z]+)(/.*)$", r"\2\1", symbol)


def is_furniture(line: str, report: SyntheticReport) -> bool:
    """Whether a line of extracted text is page furniture rather than body text."""
    bare = _BIDI_MARKS.sub("", line).strip()
    if not bare:
        return False
    cover_notes = report.cover.footnotes if report.cover else ()
    exact = {report.running_symbol, rtl_symbol(report.running_symbol), report.barcode}
    return (
        bare in exact
        or bare in cover_notes
        or report.job_number in bare
        or _PAGE_NUMBER.match(bare) is not None
    )


def squeeze(text: str, rtl_pdf: bool = False) -> str:
    """Text with line-end hyphenation undone and every space removed; on a right-to-left PDF
    page only letters and digits are kept (pdfium mirrors brackets and moves punctuation
    there, a parser's business to undo)."""
    text = _BIDI_MARKS.sub("", text).replace("\ufffe", "")
    text = _SOFT_BREAK.sub("", text)
    if rtl_pdf:
        return "".join(ch for ch in text if ch.isalnum())
    return "".join(text.split())
