"""PDFs made the way the UN makes them: from Word, with Acrobat.

The two real ones in the shared corpus (A/HRC/WG.6/7/ITA/1 in English and French, Italy's
national report of 2009, the older Geneva masthead) are read end to end and checked against
golden files read line by line against the pages; synthetic ones with the same traits
(masthead blocks written out of order, raised footnote numbers inside lines, headings that
wrap, the distribution block in English in the Arabic, Chinese and Russian versions) are
made in six languages.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import GOLDEN, SHARED
from memberviews.core.model import Document
from memberviews.ingest import read_report
from support.word_pdfs import REPORTS, write_national_pdf

CORPUS = SHARED / "corpus"
TITLES = {
    "en": "NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO "
    "HUMAN RIGHTS COUNCIL RESOLUTION 5/1",
    "fr": "Rapport national présenté conformément au paragraphe 15 a) de l’annexe à la "
    "résolution 5/1 du Conseil des droits de l’homme",
}
_READ: dict[str, Document] = {}


def _real(language: str) -> Document:
    if language not in _READ:
        _READ[language] = read_report(CORPUS / f"A-HRC-WG.6-7-ITA-1-{language}.pdf")
    return _READ[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_real_front_matter(language: str) -> None:
    document = _real(language)
    assert document.symbol == "A/HRC/WG.6/7/ITA/1"
    assert document.language == language
    assert document.date == date(2009, 11, 16)
    assert document.title == TITLES[language]
    assert document.original_languages == ["en"]
    assert document.replies == []  # a national report: no replies are invented


@pytest.mark.parametrize("language", ["en", "fr"])
def test_real_sections_and_paragraphs(language: str) -> None:
    document = _real(language)
    numbers = [s.number for s in document.sections]
    # I, II (A–K, the numbered 1–4 under I), III (A, B, 1–10 with a)–d)), IV (A–D), V (A–D)
    assert [n for n in numbers if n in ("I", "II", "III", "IV", "V")][:2] == ["I", "II"]
    assert numbers.count("III") == numbers.count("IV") == numbers.count("V") == 1
    assert "K" in numbers and "J" in numbers and "a" in numbers and "10" in numbers
    assert None in numbers  # the unnumbered subheading before paragraph 75
    # The 138 numbered paragraphs, each whole, and nothing else.
    assert len(document.introduction) == 138
    assert all(p[:1].isupper() or p[:1] in "«“" for p in document.introduction)
    # Headings that wrap over two lines are read whole.
    headings = [s.heading for s in document.sections]
    if language == "fr":
        assert (
            "Le pouvoir judiciaire, l’indépendance des magistrats, le Conseil supérieur "
            "de la magistrature" in headings
        )
        assert (
            "Politique relative à l’établissement des rapports et aux invitations permanentes"
            in headings
        )
        # The raised "o" of "no" and the text after it on the same line stay in the paragraph.
        assert any("Convention no 143 de l’OIT" in p for p in document.introduction)
    else:
        assert any("(Friuli-Venezia Giulia" in p for p in document.introduction)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_real_matches_golden_json(language: str, update_goldens: bool) -> None:
    golden = GOLDEN / f"A-HRC-WG.6-7-ITA-1-{language}.json"
    produced = json.dumps(_real(language).to_json(), ensure_ascii=False, indent=2) + "\n"
    if update_goldens:
        golden.write_text(produced, encoding="utf-8")
    assert produced == Path(golden).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    folder = tmp_path_factory.mktemp("word-pdfs")
    return {
        language: read_report(write_national_pdf(report, folder / f"{language}.pdf"))
        for language, report in REPORTS.items()
    }


@pytest.mark.parametrize("language", list(REPORTS))
def test_synthetic_word_pdf(synthetic: dict[str, Document], language: str) -> None:
    report = REPORTS[language]
    document = synthetic[language]
    assert (document.symbol, document.language) == (report.symbol, language)
    assert document.date == report.date
    assert document.original_languages == ["en"]
    assert document.title == report.title
    assert [(s.number, s.heading) for s in document.sections] == [
        (number, heading) for number, heading, _ in report.sections
    ]
    # Each paragraph whole, its footnote's raised number kept after its word.
    assert document.introduction == report.paragraphs()
    assert document.replies == []
    # The footnotes at the page's foot are kept apart, after the cover's note.
    notes = [n.lstrip("0123456789 ") for n in document.footnotes[1:]]
    assert notes == report.notes()


def test_a_geneva_job_number_is_read_without_its_office() -> None:
    from memberviews.ingest.front import find_job_number

    # The English version's first page ends with "GE.09-17087", the French one's "09-17088".
    assert find_job_number(["GE.09-17087"]) == ("09-17087", None)
    assert find_job_number(["GE. 09-17087"]) == ("09-17087", None)
    assert find_job_number(["EGE.09-17087"]) == (None, None)
