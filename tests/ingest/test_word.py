"""Reading a DOCX whose masthead is a table in the first page's header, as UN Word files and
the DOCX renderer lay it out: every paragraph of a cell is a line of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.shared import Cm

from memberviews.ingest import read_report
from memberviews.ingest.word import read_docx

BODY = [
    "Sixty-seventh session",
    "Item 94 (h) of the provisional agenda*",
    "Promoting multilateralism in the area of disarmament and non-proliferation",
    "Report of the Secretary-General",
    "I. Introduction",
    "1. The General Assembly, in paragraph 8 of its resolution 66/32 of 2 December 2011,"
    " requested the Secretary-General to seek the views of Member States.",
    "II. Replies received from Governments",
    "Norway",
    "[1 June 2012]",
    "Norway considers that effective multilateral institutions are essential.",
]


def _masthead_in_a_table(path: Path) -> Path:
    """A DOCX with the masthead in a two-column table of the first page's header, several
    paragraphs to a cell, and the job number in the first page's footer."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    table = section.first_page_header.add_table(rows=1, cols=2, width=Cm(16))
    start, end = table.rows[0].cells
    start.paragraphs[0].text = "United Nations"
    start.add_paragraph("General Assembly")
    end.paragraphs[0].text = "A/67/131"
    for line in ("Distr.: General", "5 July 2012", "Original: English"):
        end.add_paragraph(line)
    section.first_page_footer.paragraphs[0].text = "12-41000 (E)"
    for text in BODY:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_each_paragraph_of_a_header_cell_is_a_line(tmp_path: Path) -> None:
    _, furniture = read_docx(_masthead_in_a_table(tmp_path / "report.docx"))
    for line in (
        "United Nations",
        "General Assembly",
        "A/67/131",
        "Distr.: General",
        "5 July 2012",
        "Original: English",
    ):
        assert line in furniture
    assert not any("\n" in line for line in furniture)


def test_the_masthead_in_a_header_table_is_read(tmp_path: Path) -> None:
    found = read_report(_masthead_in_a_table(tmp_path / "report.docx"))
    assert (found.symbol, found.language, found.job_number) == ("A/67/131", "en", "12-41000")
    # The date and the originals share a cell with "Distr.: General": each is read alone.
    assert found.date == dt.date(2012, 7, 5)
    assert found.original_languages == ["en"]
    assert [r.heading for r in found.replies] == ["Norway"]
