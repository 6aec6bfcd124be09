"""OCR's errors: repaired where the pattern leaves no doubt, the text kept as found otherwise.

Each synthetic report is written as pdftotext text with OCR's errors (``support.flattened.
ocr_text``: misread digits in the symbol, the cover's date and the mandate's resolution,
broken dot leaders, a stray space in the running header); it must read as the clean text.
"""

from __future__ import annotations

import pytest

from memberviews.ingest import read_text
from memberviews.ingest.repair import repair
from support.flattened import ocr_text
from support.specimen import SyntheticReport
from support.synthetic import REPORTS

# As in test_synthetic_reports: pdftotext's layout leaves this paragraph end unknowable.
_LIMITS = {"zh-A-68-156": "Cuba's first paragraph ends on a full line at a page's end"}


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(
            r,
            id=r.key,
            marks=[pytest.mark.xfail(strict=True, reason=_LIMITS[r.key])]
            if r.key in _LIMITS
            else [],
        )
        for r in REPORTS
    ],
)
def test_a_scanned_copy_reads_as_the_clean_text(report: SyntheticReport) -> None:
    text = ocr_text(report)
    document = read_text(text, f"{report.key}-ocr.txt")
    expected = report.expected
    assert (document.symbol, document.language, document.job_number) == (
        expected.symbol,
        expected.language,
        expected.job_number,
    )
    assert document.mandate is not None
    assert document.mandate.resolution == expected.mandate.resolution
    assert document.sections == list(expected.sections)
    found = [(r.original_language, r.date, len(r.paragraphs)) for r in document.replies]
    assert found == [(r.original_language, r.date, r.paragraphs) for r in expected.replies]


@pytest.mark.parametrize(
    ("found", "repaired"),
    [
        ("A/36/l92", "A/36/192"),
        ("A/ 36/192", "A/36/192"),
        ("A/3O/192/Add.l", "A/30/192/Add.1"),
        ("the resolution 35/l56 of", "the resolution 35/156 of"),
        ("résolution 7O/42", "résolution 70/42"),
        ("第 7O/237 号决议", "第 70/237 号决议"),
        ("on 2O May 2Ol6,", "on 20 May 2016,"),
        ("I. Introduction •••••••• 3", "I. Introduction ........ 3"),
        ("II. Replies ~~~~~~~~~ 4", "II. Replies ......... 4"),
    ],
)
def test_certain_errors_are_repaired(found: str, repaired: str) -> None:
    assert repair(found) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "resolutlon 35/l56",  # the word is misread too: the number is not certain
        "A/36/INF/1 and A/C.1/36/L.5",  # letters that belong to the symbol
        "on 3l Ju1y 2016",  # the month's name is misread
        "Item IO of the list",  # no real digit
        "Il y a lO ans",
        "Nuclear Weapons • and • more",
    ],
)
def test_the_rest_is_kept_as_found(text: str) -> None:
    assert repair(text) == text
