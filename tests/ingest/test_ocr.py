"""Scanned PDFs read by OCR: the example's addendum rendered in each language, rasterised
(pdftoppm) at 300 or 150 dpi, turned by a slight skew, specked with noise and put back into
a PDF of pictures alone, is read back: its symbol, the States that replied, their tags
(original language and date) and how many paragraphs each reply has."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from memberviews.cli import app
from memberviews.core.model import Document
from memberviews.ingest import ReportError, read_report
from memberviews.ingest import ocr as ocr_module
from memberviews.ingest.pdf import PdfReader
from support import scans

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not scans.have_tools(), reason="needs pdftoppm and tesseract"),
]

ADDENDUM = "A/67/131/Add.1"
# The resolution and noise of each language's scan (300 dpi reads best; Spanish is read at 150);
# at 150 dpi a speck is as wide as a stroke, so those scans are specked more lightly.
SCANS = {
    "ar": (300, 0.002),
    "zh": (300, 0.002),
    "en": (300, 0.002),
    "fr": (300, 0.002),
    "ru": (300, 0.002),
    "es": (150, 0.0005),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("scans")


@functools.cache
def _scanned(language: str, folder: Path) -> Path:
    dpi, noise = SCANS[language]
    pdf = scans.rendered(ADDENDUM, language, folder)
    return scans.scan(pdf, dpi, folder / f"scan-{language}-{dpi}.pdf", degrees=0.6, noise=noise)


@functools.cache
def _read(language: str, folder: Path) -> Document:
    return read_report(_scanned(language, folder))


def _replies(document: Document) -> list[tuple[str | None, str | None, object]]:
    return [
        (r.state.iso3 if r.state else None, r.original_language, r.date) for r in document.replies
    ]


@pytest.mark.parametrize("language", list(SCANS))
def test_a_scan_gives_its_symbol_states_tags_and_dates(language: str, folder: Path) -> None:
    sent = scans.report(ADDENDUM, language)
    found = _read(language, folder)
    assert (found.symbol, found.language) == (ADDENDUM, language)
    assert _replies(found) == _replies(sent)


@pytest.mark.parametrize("language", list(SCANS))
def test_a_scan_gives_each_reply_its_paragraphs(language: str, folder: Path) -> None:
    sent = scans.report(ADDENDUM, language)
    found = _read(language, folder)
    expected = [1 if r.provenance == "pending" else len(r.paragraphs) for r in sent.replies]
    assert [len(r.paragraphs) for r in found.replies] == expected


def test_pages_are_reported_one_at_a_time(folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    with PdfReader(on_ocr_page=lambda done, total: seen.append((done, total))) as reader:
        read_report(_scanned("es", folder), pdf_reader=reader)
    assert seen == [(1, 1)]


def test_no_ocr_refuses_a_scan_in_one_line(folder: Path) -> None:
    with PdfReader(ocr=False) as reader, pytest.raises(ReportError, match="needs OCR"):
        read_report(_scanned("en", folder), pdf_reader=reader)
    result = CliRunner().invoke(app, ["parse", "--no-ocr", str(_scanned("en", folder))])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "needs OCR" in result.output


def test_without_tesseract_the_error_says_what_to_install(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_module, "_tesseract_path", lambda: None)
    with pytest.raises(ReportError, match="apt-get install tesseract-ocr") as caught:
        read_report(_scanned("en", folder))
    assert "\n" not in str(caught.value)


def test_section_numbers_misread_are_put_right() -> None:
    assert ocr_module._numeral("IL. Replies received") == "II. Replies received"
    assert ocr_module._numeral("П. Ответы") == "II. Ответы"
    assert ocr_module._numeral("1. The present addendum") == "1. The present addendum"
    assert ocr_module._numeral("Il. Introducción") == "II. Introducción"
