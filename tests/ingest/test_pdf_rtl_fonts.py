"""Arabic PDFs whose brackets, slashes and dashes come from a fallback face.

LibreOffice sets the example's Arabic DOCX in Noto Naskh Arabic, which has no "(", ")", "[",
"]", "/", "*" or "-": it draws those from another face, as text objects of their own, and
pdfium hands them back where the object comes, not where they stand ("البند 94 ح من القائمة
الأولية ( ) *"). Ingest reads such a line by position. The lines expected are written from
the wording table and the consultation, as a reader sees them on the page; the typst PDF of
the same documents, which pdfium reads in order, must give the same lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from memberviews.compose import Composition, compose, load_consultation
from memberviews.core.wording import WORDINGS
from memberviews.ingest.pdf import read_pdf_lines
from memberviews.render import render
from support.libreoffice import OFFICE, convert_to_pdf

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
SYMBOLS = ("A/67/131", "A/67/131/Add.1")
AR = WORDINGS["ar"]


def _file_name(symbol: str) -> str:
    return symbol.replace("/", "-") + "-ar"


@pytest.fixture(scope="module")
def composition() -> Composition:
    return compose(load_consultation(EXAMPLE))


@pytest.fixture(scope="module", params=["libreoffice", "typst"])
def pdfs(
    request: pytest.FixtureRequest,
    composition: Composition,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    """The Arabic report and its addendum as PDFs, from LibreOffice (by way of the DOCX) or
    from the product's own PDF renderer."""
    folder = tmp_path_factory.mktemp(f"rtl-{request.param}")
    made = {symbol: folder / f"{_file_name(symbol)}.pdf" for symbol in SYMBOLS}
    if request.param == "typst":
        for symbol, path in made.items():
            render(composition.document(symbol, "ar"), "pdf", path)
        return made
    if OFFICE is None:
        pytest.skip("LibreOffice is not installed")
    documents = [folder / f"{_file_name(symbol)}.docx" for symbol in SYMBOLS]
    for symbol, path in zip(SYMBOLS, documents, strict=True):
        render(composition.document(symbol, "ar"), "docx", path)
    convert_to_pdf(documents, folder, home=folder)
    return made


def _lines(path: Path) -> list[str]:
    return [line.text for line in read_pdf_lines(path)]


def _agenda_item(item: str) -> str:
    """The example's "94 (h)" as the Arabic version numbers it: "94 (ح)"."""
    number, letter = item.split()
    return f"{number} ({AR.agenda_letters[ord(letter.strip('()')) - ord('a')]})"


def test_the_agenda_line_has_its_letter_in_brackets_and_its_mark_at_the_end(
    pdfs: dict[str, Path], composition: Composition
) -> None:
    sent = composition.document("A/67/131", "ar")
    assert sent.agenda_item is not None
    line = AR.preliminary_list.format(item=_agenda_item(sent.agenda_item)) + "*"
    assert line == "البند 94 (ح) من القائمة الأولية*"
    for path in pdfs.values():
        assert line in _lines(path)


def test_section_headings_read_numeral_dash_title(pdfs: dict[str, Path]) -> None:
    first = AR.section_heading.format(
        number=AR.section_numerals[0], title=AR.section_titles["introduction"]
    )
    second = AR.section_heading.format(
        number=AR.section_numerals[1], title=AR.section_titles["governments"]
    )
    assert first == "أولا - مقدمة"
    lines = _lines(pdfs["A/67/131"])
    assert first in lines and second in lines
    assert not any(line.startswith("- ") for line in lines)


def test_the_introduction_has_the_date_and_the_resolution_in_place(
    pdfs: dict[str, Path], composition: Composition
) -> None:
    mandate = composition.document("A/67/131", "ar").mandate
    assert mandate is not None and mandate.adopted is not None
    adopted = AR.format_date(mandate.adopted)
    assert adopted == "2 كانون الأول/ديسمبر 2011"
    # The sentence as the wording table writes it, up to the resolution's title.
    opening = AR.introduction_mandate.split("{entitled}")[0]
    expected = "1 - " + opening.format(adopted=adopted, resolution=mandate.resolution)
    assert expected.endswith("القرار 66/32")
    text = " ".join(_lines(pdfs["A/67/131"]))
    assert expected in text
    request = composition.document("A/67/131", "ar").request
    assert request is not None and request.date is not None
    sent = AR.introduction_request.split("{date}")[0] + AR.format_date(request.date)
    assert sent.endswith("13 شباط/فبراير 2012")
    assert f"2 - {sent} مذكرة شفوية" in text


def test_reply_tags_read_as_bracketed_lines(
    pdfs: dict[str, Path], composition: Composition
) -> None:
    sent = composition.document("A/67/131", "ar")
    lines = _lines(pdfs["A/67/131"])
    tags = [line for line in lines if line.startswith("[")]
    expected = []
    for reply in sent.replies:
        assert reply.original_language is not None and reply.date is not None
        expected += [
            AR.original_tag.format(language=AR.language_names[reply.original_language]),
            f"[{AR.format_date(reply.date)}]",
            AR.translation_pending,
        ]
    assert expected[:2] == ["[الأصل: بالإسبانية]", "[26 آذار/مارس 2012]"]
    assert tags == expected


def test_a_symbol_in_brackets_stays_in_its_sentence(pdfs: dict[str, Path]) -> None:
    expected = "1 - " + AR.addendum_introduction.format(symbol="A/67/131")
    assert expected.endswith("(A/67/131).")
    assert expected in " ".join(_lines(pdfs["A/67/131/Add.1"]))
