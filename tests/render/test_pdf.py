"""The PDF renderer, tested by reading its PDFs back with ingest.

The reference report (Chinese A/67/131) is parsed, rendered to PDF and parsed again: the
symbol, job number, mandate, request and every reply with its paragraphs must come back
as they were. The same report in the five other languages (section titles and State names
from the wording tables and the register, reply texts as placeholders in that language)
must give back its replies and its section headings. One more English document holds
what a report rarely has: markup characters, an addendum symbol, numbered reply
paragraphs, an organization and a reply whose translation is pending.

Each PDF is rendered once per test session.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from memberviews.compose import consultation_from_document, write_introduction
from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.states import state_by_iso3
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.render import RenderError, render
from memberviews.render.common import masthead, section_heading
from memberviews.render.pdf import pdf_source, render_pdf

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "A-67-131-zh.txt"
OTHER_LANGUAGES = ("ar", "en", "fr", "ru", "es")

#: A sentence in each language, repeated to make the placeholder paragraphs.
PLACEHOLDER = {
    "ar": "لا تزال تعددية الأطراف المبدأ الأساسي للمفاوضات في مجال نزع السلاح وعدم الانتشار،"
    " وتؤكد الحكومة من جديد التزامها بهذا المبدأ.",
    "en": "Multilateralism remains the core principle of negotiations in the area of"
    " disarmament and non-proliferation, and the Government reaffirms its commitment to it.",
    "fr": "Le multilatéralisme demeure le principe fondamental des négociations dans le domaine"
    " du désarmement et de la non-prolifération, et le Gouvernement réaffirme son attachement.",
    "ru": "Многосторонний подход остается основным принципом переговоров в области разоружения"
    " и нераспространения, и правительство вновь подтверждает свою приверженность ему.",
    "es": "El multilateralismo sigue siendo el principio fundamental de las negociaciones en"
    " materia de desarme y no proliferación, y el Gobierno reafirma su compromiso con él.",
}

#: Text that typst markup would read as markup if it were spliced into the source.
MARKUP = (
    "Costs of $5 and $7 rose by 10 %; see #heading, *bold*, _emphasis_, `raw`, <label>, "
    "@reference, a back\\slash, \\#escaped, // not a comment, /* nor this */, ~tilde~, "
    "--- dashes ---, \"quotes\" and 'apostrophes', {braces} = (parentheses) + [brackets]."
)


@dataclass
class Version:
    """A document, the PDF rendered from it and what ingest reads back from that PDF."""

    document: Document
    pdf: Path
    parsed: Document


def _reference() -> Document:
    document = read_report(REFERENCE)
    # The extracted reference starts after its cover: give it one (values for the test).
    document.date = dt.date(2012, 7, 10)
    document.agenda_item = "94 (u)"
    document.agenda_title = "全面彻底裁军"
    document.title = "促进裁军和不扩散领域的多边主义"
    document.original_languages = ["en", "ru", "es"]
    return document


def _translated(reference: Document, language: str) -> Document:
    """The reference as another language version: introduction, headings and names in that
    language, reply texts as placeholders of about the same length (list items kept)."""
    document = copy.deepcopy(reference)
    document.language = language
    words = wording_for(language)
    document.sections = [
        Section(words.section_numerals[0], words.section_titles["introduction"]),
        Section(words.section_numerals[1], words.section_titles["governments"]),
    ]
    document.introduction = write_introduction(
        consultation_from_document(reference), language, [words.section_numerals[1]]
    )
    document.title = None
    document.agenda_title = None
    # The resolution's title is quoted in the Chinese introduction only.
    if document.mandate is not None:
        document.mandate = dataclasses.replace(document.mandate, title=None)
    for reply in document.replies:
        assert reply.state is not None and reply.state.iso3 is not None
        state = state_by_iso3(reply.state.iso3)
        assert state is not None
        reply.heading = state.short_name(language)
        reply.state = StateRef(reply.heading, state.iso3, state.m49)
        reply.paragraphs = [_placeholder(p, language) for p in reply.paragraphs]
    return document


def _placeholder(paragraph: str, language: str) -> str:
    if paragraph.startswith("– "):
        return "– " + PLACEHOLDER[language]
    return " ".join([PLACEHOLDER[language]] * (1 + len(paragraph) // 60))


def _edge_cases() -> Document:
    """An English addendum with markup characters, numbers, an organization, a pending reply."""
    words = wording_for("en")
    return Document(
        symbol="A/67/131/Add.1",
        language="en",
        job_number="12-45678",
        date=dt.date(2012, 9, 3),
        original_languages=["en", "fr"],
        agenda_item="94 (u)",
        agenda_title="General and complete disarmament",
        title="Promoting multilateralism in the area of disarmament and non-proliferation",
        sections=[
            Section("I", words.section_titles["governments"]),
            Section("II", words.section_titles["organizations"]),
        ],
        replies=[
            Reply(
                state=StateRef("Mexico", "MEX", "484"),
                heading="Mexico",
                original_language="es",
                date=dt.date(2012, 7, 2),
                section=SectionKind.GOVERNMENTS,
                paragraphs=[MARKUP, "Mexico supports the work of the Conference on Disarmament."],
                paragraph_numbers=["1", "2"],
            ),
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                heading="Japan",
                original_language="en",
                date=dt.date(2012, 7, 20),
                section=SectionKind.GOVERNMENTS,
                provenance=Provenance.PENDING,
            ),
            Reply(
                organization=OrganizationRef("European Union", "EU"),
                heading="European Union",
                original_language="en",
                date=dt.date(2012, 8, 1),
                section=SectionKind.ORGANIZATIONS,
                paragraphs=["The European Union remains committed to effective multilateralism."],
            ),
        ],
    )


@pytest.fixture(scope="session")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Version]:
    """The reference in its six languages and the edge-case addendum, rendered and read."""
    folder = tmp_path_factory.mktemp("pdf")
    reference = _reference()
    documents = {"zh": reference, "edge": _edge_cases()}
    documents.update((lang, _translated(reference, lang)) for lang in OTHER_LANGUAGES)
    out = {}
    for key, document in documents.items():
        pdf = folder / f"{key}.pdf"
        render_pdf(document, pdf)
        out[key] = Version(document, pdf, read_report(pdf))
    return out


def _replies(document: Document) -> list[tuple[str | None, str | None, dt.date | None, int]]:
    return [
        (r.state.iso3 if r.state else None, r.original_language, r.date, len(r.paragraphs))
        for r in document.replies
    ]


# ---- the reference, in Chinese ----


def test_reference_comes_back_whole(versions: dict[str, Version]) -> None:
    sent, found = versions["zh"].document, versions["zh"].parsed
    assert found.language == "zh"
    assert found.symbol == "A/67/131"
    assert found.job_number == "12-41312"
    assert found.mandate == sent.mandate
    assert found.request is not None and sent.request is not None
    assert found.request.date == sent.request.date == dt.date(2012, 2, 13)
    assert found.sections == sent.sections
    assert found.introduction == sent.introduction
    assert [r.state.iso3 if r.state else None for r in found.replies] == [
        "CUB",
        "NOR",
        "PAN",
        "QAT",
        "ESP",
        "TKM",
    ]
    assert _replies(found) == _replies(sent)
    for got, expected in zip(found.replies, sent.replies, strict=True):
        assert got.paragraphs == expected.paragraphs, got.heading


def test_all_of_spains_list_comes_back(versions: dict[str, Version]) -> None:
    spain = versions["zh"].parsed.replies[4]
    assert len(spain.paragraphs) == 29
    items = [p for p in spain.paragraphs if p.startswith("– ")]
    assert len(items) == 12
    assert items[0] == "– 寻求全面政治解决办法，避免、威慑或阻止大规模毁灭性武器或常规武器扩散；"


def test_masthead_comes_back(versions: dict[str, Version]) -> None:
    found = versions["zh"].parsed
    assert found.date == dt.date(2012, 7, 10)
    assert found.session == 67
    assert found.agenda_item == "94 (u)"
    assert sorted(found.original_languages) == ["en", "es", "ru"]


def test_first_page_prints_the_cover_and_its_footnote(versions: dict[str, Version]) -> None:
    lines = _page_lines(versions["zh"].pdf, 0)
    text = " ".join(lines)
    for expected in (
        "联合国",
        "大会",
        "Distr.: General",
        "2012 年 7 月 10 日",
        "原文：俄文/英文/西班牙文",
        "第六十七届会议",
        "临时议程项目 94 (u)*",
        "全面彻底裁军",
        "促进裁军和不扩散领域的多边主义",
        "秘书长的报告",
    ):
        assert expected in text
    # The agenda footnote, then the job number with the version's letter, end the page.
    assert lines[-2:] == ["* A/67/150.", "12-41312 (C)"]


def test_following_pages_carry_symbol_job_number_and_page(versions: dict[str, Version]) -> None:
    pdf = versions["zh"].pdf
    total = _page_count(pdf)
    assert total > 2
    for index in (1, 2):
        lines = _page_lines(pdf, index)
        assert lines[0] == "A/67/131"
        assert f"{index + 1}/{total}" in lines[-1] and "12-41312 (C)" in lines[-1]


def test_running_header_alternates_sides(versions: dict[str, Version]) -> None:
    pdf = versions["en"].pdf
    even_left, even_right = _box(pdf, 1, "A/67/131")
    odd_left, odd_right = _box(pdf, 2, "A/67/131")
    assert even_left < 100 < 500 < odd_right  # points on an A4 page 595 wide
    assert even_right < odd_left


def test_chinese_is_set_in_simplified_chinese_forms(versions: dict[str, Version]) -> None:
    """Chinese text, in the Chinese version or quoted in another, never takes the Japanese,
    Korean or traditional forms of a CJK font."""
    assert any("NotoSerifCJKsc" in name for name in _fonts(versions["zh"].pdf))
    for key, version in versions.items():
        fonts = _fonts(version.pdf)
        assert not any(re.search("CJKjp|CJKkr|CJKtc|CJKhk", name) for name in fonts), key


def test_every_font_is_embedded(versions: dict[str, Version]) -> None:
    for key in ("zh", "ar", "ru"):
        fonts = _fonts(versions[key].pdf)
        assert fonts and all(fonts.values()), (key, fonts)
    assert any("NotoNaskhArabic" in name for name in _fonts(versions["ar"].pdf))


def test_pdf_is_pdf_a_2b(versions: dict[str, Version]) -> None:
    for key in ("zh", "ar"):
        xmp = _xmp(versions[key].pdf.read_bytes())
        assert re.search(r"pdfaid:part(?:>|=\")2", xmp), xmp
        assert re.search(r"pdfaid:conformance(?:>|=\")B", xmp), xmp


# ---- the other five languages ----


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_language_version_comes_back(versions: dict[str, Version], language: str) -> None:
    sent, found = versions[language].document, versions[language].parsed
    assert found.language == language
    assert found.symbol == "A/67/131"
    assert found.job_number == "12-41312"
    assert found.mandate == sent.mandate
    assert found.request is not None and found.request.date == dt.date(2012, 2, 13)
    assert found.introduction == sent.introduction
    assert [(s.number, s.heading) for s in found.sections] == [
        (s.number, s.heading) for s in sent.sections
    ]
    assert _replies(found) == _replies(sent)
    assert [r.heading for r in found.replies] == [r.heading for r in sent.replies]
    for got, expected in zip(found.replies, sent.replies, strict=True):
        assert got.paragraphs == expected.paragraphs, got.heading


def test_arabic_full_stop_after_a_number(versions: dict[str, Version]) -> None:
    assert versions["ar"].parsed.introduction == versions["ar"].document.introduction


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_language_version_prints_its_masthead(versions: dict[str, Version], language: str) -> None:
    document = versions[language].document
    head = masthead(document)
    text = " ".join(_page_lines(versions[language].pdf, 0))
    for expected in (head.united_nations, head.organ, head.date, head.original, head.session):
        assert expected is not None and expected in text
    pdf = versions[language].pdf
    pages = [" ".join(_page_lines(pdf, i)) for i in range(_page_count(pdf))]
    assert any(section_heading(document.sections[1], document) in page for page in pages)


def test_arabic_pages_mirror_the_layout(versions: dict[str, Version]) -> None:
    """The English cover has "United Nations" left and the symbol right, the Arabic one the
    other way round; tags sit at the end of the line: right in English, left in Arabic."""
    for key, name, tag in (
        ("en", "United Nations", "[Original: Spanish]"),
        # (pdfium hands back the brackets of right-to-left text mirrored)
        ("ar", wording_for("ar").united_nations, "الأصل: بالإسبانية"),
    ):
        pdf = versions[key].pdf
        left, right = _halves(pdf, 0, name)
        assert ("131" in right) == (key == "en") and ("131" in left) == (key == "ar")
        tag_left, tag_right = _halves(pdf, 0, tag)
        assert (tag_right.strip() != "") == (key == "en") and (tag_left.strip() != "") == (
            key == "ar"
        )
        assert name in (left if key == "en" else right)


# ---- markup characters, an addendum, numbers, an organization, a pending translation ----


def test_markup_characters_print_as_written(versions: dict[str, Version]) -> None:
    found = versions["edge"].parsed
    mexico = found.replies[0]
    assert mexico.paragraphs[0] == MARKUP
    assert mexico.paragraph_numbers == ["1", "2"]


def test_addendum_organization_and_pending_translation(versions: dict[str, Version]) -> None:
    found = versions["edge"].parsed
    assert found.symbol == "A/67/131/Add.1"
    assert "Addendum" in _page_lines(versions["edge"].pdf, 0)
    assert [(s.number, s.heading) for s in found.sections] == [
        ("I", "Replies received from Governments"),
        ("II", "Replies received from international organizations"),
    ]
    japan, union = found.replies[1], found.replies[2]
    assert japan.state is not None and japan.state.iso3 == "JPN"
    assert japan.paragraphs == ["[Translation pending]"]
    assert union.organization is not None and union.organization.acronym == "EU"
    assert union.paragraphs == versions["edge"].document.replies[2].paragraphs


def test_source_holds_the_text_as_data_only() -> None:
    document = _edge_cases()
    source = pdf_source(document)
    data = json.loads(source.inputs["report"])
    assert MARKUP in [item["text"] for item in data["body"]]
    assert b"Mexico" not in source.template
    kwargs = source.compile_kwargs()
    assert kwargs["pdf_standards"] == ["a-2b"] and kwargs["ignore_system_fonts"] is True


def test_a_character_no_font_has_is_a_clear_error(tmp_path: Path) -> None:
    document = Document(language="en", symbol="A/67/131", introduction=["Thanks \U0001f642"])
    with pytest.raises(RenderError, match=r"A/67/131: .*could not be displayed"):
        render_pdf(document, tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_registered_as_the_pdf_format(tmp_path: Path) -> None:
    document = Document(language="fr", symbol="A/67/131", job_number="12-41312")
    out = render(document, "pdf", tmp_path / "report.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Nations Unies" in " ".join(_page_lines(out, 0))


# ---- reading the PDFs ----


def _page_count(pdf: Path) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def _page_lines(pdf: Path, index: int) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        text = document[index].get_textpage().get_text_range()
    finally:
        document.close()
    return [line.strip() for line in text.split("\r\n") if line.strip()]


def _box(pdf: Path, index: int, text: str) -> tuple[float, float]:
    """The left and right edges, in points, of where ``text`` is printed on a page."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[index].get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} not on page {index + 1}"
        start, count = found
        boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
        return min(b[0] for b in boxes), max(b[2] for b in boxes)
    finally:
        document.close()


def _halves(pdf: Path, index: int, text: str) -> tuple[str, str]:
    """The text of the left and of the right half of the page on the line of ``text``."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        textpage = page.get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} not on page {index + 1}"
        box = textpage.get_charbox(found[0])
        middle = page.get_width() / 2
        bottom, top = box[1] - 2, box[3] + 2
        return (
            textpage.get_text_bounded(0, bottom, middle, top),
            textpage.get_text_bounded(middle, bottom, page.get_width(), top),
        )
    finally:
        document.close()


def _fonts(pdf: Path) -> dict[str, bool]:
    """Every font that prints text in the PDF, with whether it is embedded."""
    document = pdfium.PdfDocument(str(pdf))
    fonts: dict[str, bool] = {}
    try:
        for page in document:
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,)):
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = (pdfium_c.c_char * size)()
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
                name = bytes(buffer).rstrip(b"\0").decode("latin-1")
                fonts[name] = bool(pdfium_c.FPDFFont_GetIsEmbedded(font))
    finally:
        document.close()
    return fonts


def _xmp(data: bytes) -> str:
    """The XMP metadata packet of a PDF, whether or not its stream is compressed."""
    if b"pdfaid" in data:
        start = data.index(b"<x:xmpmeta")
        return data[start : data.index(b"</x:xmpmeta>", start)].decode("utf-8")
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            text = zlib.decompress(data[match.end() : end])
        except zlib.error:
            continue
        if b"pdfaid" in text:
            return text.decode("utf-8")
    return ""
