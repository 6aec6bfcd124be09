"""Files made from a synthetic report the way published reports really come: text extracted
from a PDF (two styles), the PDF itself, and the DOCX.

- :func:`write_text`: ``style="acrobat"`` (the reference extraction) or ``"pdftotext"``;
  see :mod:`support.text_writer`.
- :func:`write_pdf`: typst, A4, UN-like layout; see :mod:`support.pdf_writer`.
- :func:`write_docx`: python-docx, masthead and page furniture in headers and footers; see
  :mod:`support.docx_writer`.
"""

from __future__ import annotations

from pathlib import Path

from support.docx_writer import write_docx
from support.pdf_writer import FONT_PATHS, compile_typst, write_pdf
from support.specimen import SyntheticReport
from support.text_writer import STYLES, write_text

__all__ = [
    "FONT_PATHS",
    "FORMATS",
    "STYLES",
    "compile_typst",
    "write",
    "write_docx",
    "write_pdf",
    "write_text",
]

#: Every format a synthetic report is written to, as used in test ids.
FORMATS = ("txt-acrobat", "txt-pdftotext", "pdf", "docx")


def write(report: SyntheticReport, fmt: str, directory: Path) -> Path:
    """Writes ``report`` in format ``fmt`` (one of :data:`FORMATS`) into ``directory`` and
    returns the file's path (named after the report and format)."""
    if fmt.startswith("txt-"):
        style = fmt.removeprefix("txt-")
        return write_text(report, directory / f"{report.key}.{style}.txt", style)
    if fmt == "pdf":
        return write_pdf(report, directory / f"{report.key}.pdf")
    if fmt == "docx":
        return write_docx(report, directory / f"{report.key}.docx")
    raise ValueError(f"unknown format {fmt!r}; use one of {FORMATS}")
