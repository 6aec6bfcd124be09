"""The PDF renderer, tested by reading its PDFs back with ingest.

The reference report (Chinese A/67/131) is parsed, rendered to PDF and parsed again: the
symbol, job number, mandate, request and every reply with its paragraphs must come back
as they were. The same report in the five other languages (section titles and State names
from the wording tables and the register, reply texts as placeholders in that language)
must give back its replies and its section headings. One more English document holds
what a report rarely has: markup characters, an addendum symbol, numbered reply
paragraphs, an organization and a reply whose translation is pending. Corrigenda in
English and French, a Russian draft and a cover with an emblem show the rest of the
layout: the draft's mark, the distribution block, the first page's marks and barcode, the
table of contents, styled runs, the Arabic and Chinese typesetting.

Each PDF is rendered once per test session, with a table of contents always.
"""

from __future__ import annotations

import copy
import ctypes
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
from memberviews.ingest.pdf import read_pdf_lines
from memberviews.render import RenderError, render
from memberviews.render import pdf as pdf_module
from memberviews.render.common import masthead, section_heading
from memberviews.render.pdf import pdf_source, render_pdf
from support.images import png
from support.versions import DRAFT_WORDS

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
    # ILLUSTRATIVE: the day the documents service processed it, printed after the job number.
    document.processed = dt.date(2012, 7, 5)
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


def _corrigendum(language: str) -> Document:
    """A corrigendum of two items, each with its correction line, dated the first of a
    month (French prints "1er")."""
    words = wording_for(language)
    place = {"en": ("Paragraph 2, line 1", "Section II, Panama"),
             "fr": ("Paragraphe 2, ligne 1", "Section II, Panama")}[language]  # fmt: skip
    months = {"en": ("13 February 2012", "14 February 2012"),
              "fr": ("13 février 2012", "14 février 2012")}[language]  # fmt: skip
    read = words.corrigendum_read
    return Document(
        symbol="A/67/131/Corr.1",
        language=language,
        job_number="12-45000",
        date=dt.date(2012, 8, 1),
        processed=dt.date(2012, 7, 30),
        original_languages=["en"],
        agenda_item="94 (h)",
        title="Promoting multilateralism" if language == "en" else "Promotion du multilatéralisme",
        body=[
            place[0],
            f"{words.corrigendum_for} {months[0]} {read} {months[1]}",
            place[1],
            f"{words.corrigendum_for} [23 May 2012] {read} [24 May 2012]",
        ],
    )


def _draft(reference: Document) -> Document:
    """The Russian version with one reply in an unrevised machine translation: a draft."""
    document = _translated(reference, "ru")
    document.replies[1].provenance = Provenance.MACHINE
    return document


@pytest.fixture(scope="session")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Version]:
    """The reference in its six languages, the edge-case addendum, two corrigenda, a
    Russian draft and an English cover with an emblem, rendered (each with a table of
    contents, whatever its length) and read."""
    folder = tmp_path_factory.mktemp("pdf")
    reference = _reference()
    documents = {"zh": reference, "edge": _edge_cases()}
    documents.update((lang, _translated(reference, lang)) for lang in OTHER_LANGUAGES)
    documents.update({"corr-en": _corrigendum("en"), "corr-fr": _corrigendum("fr")})
    documents["ru-draft"] = _draft(reference)
    emblem = folder / "emblem.png"
    emblem.write_bytes(png(32, 32))
    documents["emblem"] = dataclasses.replace(_edge_cases(), symbol="A/67/131")
    out = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEMBERVIEWS_CONTENTS", "always")
        for key, document in documents.items():
            if key == "emblem":
                patch.setenv("MEMBERVIEWS_EMBLEM", str(emblem))
            else:
                patch.delenv("MEMBERVIEWS_EMBLEM", raising=False)
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
        # The distribution block of a Chinese version is in English (A/57/270).
        "Distr.: General",
        "10 July 2012",
        "Chinese",
        "Original: English/Russian/Spanish",
        "第六十七届会议",
        "临时议程项目 94 (u)*",
        "全面彻底裁军",
        "促进裁军和不扩散领域的多边主义",
        "秘书长的报告",
    ):
        assert expected in text
    # The agenda footnote, then the job number with the version's letter, the processing
    # date and the barcode's text end the page.
    assert lines[-2] == "* A/67/150."
    assert lines[-1].split() == ["12-41312", "(C)", "050712", "*1241312*"]


def test_following_pages_carry_symbol_job_number_and_page(versions: dict[str, Version]) -> None:
    pdf = versions["zh"].pdf
    total = _page_count(pdf)
    assert total > 2
    for index in (1, 2):
        lines = _page_lines(pdf, index)
        assert lines[0] == "A/67/131"
        assert f"{index + 1}/{total}" in lines[-1] and "12-41312 (C)" in lines[-1]
        # The dates and the barcode are the first page's only.
        assert "050712" not in lines[-1] and "*1241312*" not in " ".join(lines)


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
    # Read as ingest reads it: an English block on an Arabic page comes back in order.
    text = " ".join(_read_lines(versions[language].pdf, 0)).replace("\xa0", " ")
    for expected in (head.united_nations, head.organ, head.date, head.original, head.session):
        assert expected is not None and expected.replace("\xa0", " ") in text
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
        tag_left, tag_right = _halves(pdf, _page_of(pdf, tag), tag)
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


# ---- the draft's mark ----


#: Every language's word for a draft, as the conventions choose them (docs/conventions.md).


def test_a_draft_carries_its_word_on_every_page(versions: dict[str, Version]) -> None:
    for key, word in (("ru-draft", "Проект"), ("edge", "Draft")):
        pdf = versions[key].pdf
        count = _page_count(pdf)
        assert key == "edge" or count > 2
        for index in range(count):
            assert word in _page_lines(pdf, index), (key, index)
            # Large and across the page: its letters run diagonally over most of it.
            left, bottom, right, top = _extent(pdf, index, word)
            assert right - left > 250 and top - bottom > 300, (key, index)


def test_a_final_version_carries_no_draft_word(versions: dict[str, Version]) -> None:
    for key in ("zh", "ru", "corr-en"):
        pdf = versions[key].pdf
        for index in range(_page_count(pdf)):
            assert not set(DRAFT_WORDS.values()) & set(_page_lines(pdf, index)), (key, index)


def test_the_draft_mark_is_dropped_when_read_back(versions: dict[str, Version]) -> None:
    draft, final = versions["ru-draft"].parsed, versions["ru"].parsed
    assert (draft.symbol, draft.job_number) == (final.symbol, final.job_number)
    assert draft.introduction == final.introduction
    assert [(r.heading, r.date, r.paragraphs) for r in draft.replies] == [
        (r.heading, r.date, r.paragraphs) for r in final.replies
    ]


# ---- the distribution block ----


@pytest.mark.parametrize(
    ("key", "lines"),
    [
        # In English in the Arabic, Chinese and Russian versions, naming the version's
        # language in English (CERD/C/ARE/CO/18-21, A/57/270); in French in the French one
        # (A/53/250).
        ("ru", ["Distr.: General", "10 July 2012", "Russian", "Original: English/Russian/Spanish"]),
        ("zh", ["Distr.: General", "10 July 2012", "Chinese", "Original: English/Russian/Spanish"]),
        ("ar", ["Distr.: General", "10 July 2012", "Arabic", "Original: English/Russian/Spanish"]),
        (
            "fr",
            ["Distr. générale", "10 juillet 2012", "Français", "Original : anglais/espagnol/russe"],
        ),
    ],
)
def test_the_distribution_block_in_its_language(
    versions: dict[str, Version], key: str, lines: list[str]
) -> None:
    read = [line.replace("\xa0", " ") for line in _read_lines(versions[key].pdf, 0)]
    # The first line shares the organ's line; the others stand alone, in order.
    first = next(i for i, line in enumerate(read) if line.endswith(lines[0]))
    assert read[first + 1 : first + len(lines)] == lines[1:]


def test_an_english_block_stands_left_to_right_at_the_left_margin_in_arabic(
    versions: dict[str, Version],
) -> None:
    margin = 2.2 / 2.54 * 72  # the page's side margin, 2.2 cm
    for key, inside in (("ar", False), ("ru", True)):
        pdf = versions[key].pdf
        for word in ("Distr", "Original"):
            left, _ = _box(pdf, 0, word)
            if inside:  # beside the organ, right of the page's middle
                assert left > 297, (key, word)
            else:  # the mirrored place, flush with the left margin
                assert abs(left - margin) < 1.5, (key, word, left)
    # Read in order, not mirrored: "10 July 2012", not "2012 July 10".
    assert "10 July 2012" in _read_lines(versions["ar"].pdf, 0)


def test_the_french_date_raises_er(versions: dict[str, Version]) -> None:
    """ "1er août 2012" in the French block, "[1er juin 2012]" in a French tag: the "er" is
    raised above the digit's baseline and set smaller."""
    for key, text, index in (("corr-fr", "1er août 2012", 0), ("fr", "1er juin 2012", None)):
        pdf = versions[key].pdf
        page = _page_of(pdf, text[1:]) if index is None else index
        one, e, r = _raised(pdf, page, text[1:])
        assert e[1] > one[1] + 1.5 and r[1] > one[1] + 1.5, (key, one, e)
        assert e[3] - e[1] < (one[3] - one[1]) * 0.8
    assert versions["corr-fr"].parsed.date == dt.date(2012, 8, 1)


# ---- the first page's marks ----

#: Code 39, from its specification: each character's nine elements (bar, space, bar…),
#: narrow (n) or wide (w).
CODE39 = {
    "0": "nnnwwnwnn", "1": "wnnwnnnnw", "2": "nnwwnnnnw", "3": "wnwwnnnnn",
    "4": "nnnwwnnnw", "5": "wnnwwnnnn", "6": "nnwwwnnnn", "7": "nnnwnnwnw",
    "8": "wnnwnnwnn", "9": "nnwwnnwnn", "*": "nwnnwnwnn",
}  # fmt: skip


def test_the_first_page_ends_with_job_number_dates_and_barcode(
    versions: dict[str, Version],
) -> None:
    pdf = versions["zh"].pdf
    foot = 2.6 / 2.54 * 72  # the bottom margin
    places = [_extent(pdf, 0, text) for text in ("12-41312 (C)", "050712", "*1241312*")]
    assert all(top < foot for _, _, _, top in places)
    # In that order, left to right, as UN documents print them.
    assert places[0][2] < places[1][0] and places[1][2] < places[2][0]
    assert "050712" not in " ".join(_page_lines(pdf, 1))


def test_the_barcode_is_drawn_in_code_39(versions: dict[str, Version]) -> None:
    for key, code in (("zh", "*1241312*"), ("corr-en", "*1245000*")):
        pdf = versions[key].pdf
        bars = _bars(pdf, 0)
        # Five bars a character, the start and stop stars included.
        assert len(bars) == len(code) * 5, key
        assert _decoded_elements(bars) == _code39_elements(code), key
        left, right = bars[0][0], bars[-1][1]
        assert 3 * 72 / 2.54 <= right - left <= 4 * 72 / 2.54  # 3 to 4 cm
        height = bars[0][3] - bars[0][2]
        assert abs(height - 0.8 * 72 / 2.54) < 1
        # Its text stands under it, centred.
        text_left, _, text_right, text_top = _extent(pdf, 0, code)
        assert text_top <= bars[0][2]
        assert abs((text_left + text_right) / 2 - (left + right) / 2) < 2
    assert not _bars(versions["zh"].pdf, 1)


def test_a_version_without_job_number_has_no_marks(
    versions: dict[str, Version],
) -> None:
    document = dataclasses.replace(versions["en"].document, job_number=None)
    source = json.loads(pdf_source(document).inputs["report"])
    assert source["marks"] is None


# ---- the table of contents ----


@pytest.mark.parametrize("key", ["zh", "en", "edge"])
def test_the_contents_give_the_page_of_each_heading(versions: dict[str, Version], key: str) -> None:
    pdf = versions[key].pdf
    pages = [_page_lines(pdf, i) for i in range(_page_count(pdf))]
    entries = [
        (match.group(1), int(match.group(2)))
        for line in pages[0]
        if (match := re.match(r"^(.*?)\s*(?:\.\s*){3,}(\d+)$", line))
    ]
    document = versions[key].document
    names = [r.heading for r in document.replies]
    assert [title for title, _ in entries if title in names] == names
    assert len(entries) == len(names) + sum(1 for s in document.sections if s.heading)
    for title, page in entries:
        # Where the heading stands: a line of its own, after the contents.
        found = [
            i + 1
            for i, lines in enumerate(pages)
            for n, line in enumerate(lines)
            if line == title and (i > 0 or n > pages[0].index(_last_entry(pages[0])))
        ]
        assert found and found[0] == page, (title, page, found)
    assert any(page > 1 for _, page in entries) or key == "edge"


def _last_entry(lines: list[str]) -> str:
    return [line for line in lines if re.search(r"(?:\.\s*){3,}\d+$", line)][-1]


# ---- the end of the document ----


@pytest.mark.parametrize("key", ["zh", "ar", "corr-en"])
def test_a_short_centred_rule_ends_the_document(versions: dict[str, Version], key: str) -> None:
    pdf = versions[key].pdf
    last = _page_count(pdf) - 1
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[last]
        width = page.get_width()
        rules = [
            bounds
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=5)
            if (bounds := obj.get_bounds())[3] - bounds[1] < 2
            and 3 * 72 / 2.54 <= bounds[2] - bounds[0] <= 4 * 72 / 2.54
        ]
        textpage = page.get_textpage()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    finally:
        document.close()
    assert len(rules) == 1, rules
    left, bottom, right, top = rules[0]
    assert abs((left + right) / 2 - width / 2) < 1
    # After the last line of text: below it, only the first page's footnote and the
    # footer, at the page's foot (the bottom margin and some 1.5 cm above it).
    assert any(box[1] > top for box in boxes)
    assert all(box[3] < (2.6 + 1.5) / 2.54 * 72 for box in boxes if box[1] < bottom)


# ---- the emblem ----


def test_the_emblem_stands_beside_the_organ(versions: dict[str, Version]) -> None:
    pdf = versions["emblem"].pdf
    document = pdfium.PdfDocument(str(pdf))
    try:
        images = [
            obj.get_bounds()
            for obj in document[0].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=5)
        ]
    finally:
        document.close()
    assert len(images) == 1
    left, bottom, right, top = images[0]
    assert abs((top - bottom) - 1.2 * 72 / 2.54) < 1  # 1.2 cm high
    organ_left, organ_bottom, _, organ_top = _extent(pdf, 0, "General Assembly")
    assert right < organ_left and bottom < organ_bottom < organ_top < top
    assert abs(left - 2.2 / 2.54 * 72) < 1.5  # at the margin
    assert not _images(versions["edge"].pdf, 0)  # none unless a deployment sets one


def test_an_emblem_that_is_no_image_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "emblem.txt"
    text.write_text("no image")
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(text))
    with pytest.raises(RenderError, match="MEMBERVIEWS_EMBLEM"):
        render_pdf(_edge_cases(), tmp_path / "report.pdf")


# ---- styled runs: a corrigendum ----


@pytest.mark.parametrize(
    ("key", "item", "correction", "italic"),
    [
        ("corr-en", "Paragraph 2, line 1", "For 13 February 2012 read 14 February 2012",
         ("For", "read")),
        ("corr-fr", "Paragraphe 2, ligne 1", "Au lieu de 13 février 2012 lire 14 février 2012",
         ("Au lieu de", "lire")),
    ],
)  # fmt: skip
def test_a_corrigendum_numbers_its_items_and_indents_its_corrections(
    versions: dict[str, Version], key: str, item: str, correction: str, italic: tuple[str, str]
) -> None:
    pdf = versions[key].pdf
    lines = _page_lines(pdf, 0)
    assert f"1. {item}" in lines and correction in lines
    assert any(line.startswith("2. Section II") for line in lines)
    # The correction line starts under its item's text, not under its number.
    number_left, _ = _box(pdf, 0, f"1. {item}")
    item_left, _ = _box(pdf, 0, item)
    correction_left, _ = _box(pdf, 0, correction)
    assert number_left < item_left - 10 and abs(correction_left - item_left) < 1
    # Its two words in italics, the rest upright.
    fonts = _char_fonts(pdf, 0, correction)
    first, second = italic
    start = correction.index(f" {second} ") + 1
    assert all("Italic" in f for f in fonts[: len(first)])
    assert all("Italic" in f for f in fonts[start : start + len(second)])
    assert not any("Italic" in f for f in fonts[len(first) + 1 : start - 1])


# ---- Arabic and Chinese typesetting ----


def test_arabic_latin_runs_are_set_in_one_face(versions: dict[str, Version]) -> None:
    """The symbol in the masthead and the running header, "66/32" in the text: every
    Latin run of an Arabic page in the Latin face, its digits and slashes too."""
    pdf = versions["ar"].pdf
    checked = 0
    for index in (0, 1, 2):
        document = pdfium.PdfDocument(str(pdf))
        try:
            textpage = document[index].get_textpage()
            text = textpage.get_text_range()
            for match in re.finditer(r"[A-Za-z0-9/]{2,}", text):
                fonts = {_font_at(textpage, i) for i in range(match.start(), match.end())}
                assert len(fonts) == 1 and "NotoSerif-" in fonts.pop(), (index, match.group())
                checked += 1
        finally:
            document.close()
    assert checked > 10
    for index in (0, 2):
        assert "A/67/131" in " ".join(_read_lines(pdf, index))


def test_chinese_quotation_marks_keep_their_full_width(versions: dict[str, Version]) -> None:
    pdf = versions["zh"].pdf
    size = 10.5  # the Chinese body size, an em
    gaps = []
    for index in range(_page_count(pdf)):
        document = pdfium.PdfDocument(str(pdf))
        try:
            textpage = document[index].get_textpage()
            text = textpage.get_text_range()
            for i, char in enumerate(text[1:-1], start=1):
                if char in "“”《》" and _is_han(text[i - 1]) and _is_han(text[i + 1]):
                    before, after = textpage.get_charbox(i - 1), textpage.get_charbox(i + 1)
                    gaps.append(after[0] - before[2])
        finally:
            document.close()
    assert len(gaps) > 5
    # A full-width mark takes an em between its neighbours; squeezed, about half of one.
    assert min(gaps) > size * 0.95, gaps


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_fewer_hyphens_than_typst_would_set(
    versions: dict[str, Version], language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hyphen costs more in French, Spanish and Russian than typst's default: the version
    breaks fewer words than with the default costs."""
    ours = _hyphenated(versions[language].pdf)
    default = dataclasses.replace(pdf_module.STYLES[language], hyphenation=100, runt=100)
    monkeypatch.setitem(pdf_module.STYLES, language, default)
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    render_pdf(versions[language].document, tmp_path / "default.pdf")
    assert ours < _hyphenated(tmp_path / "default.pdf")


def _hyphenated(pdf: Path) -> int:
    return sum(1 for line in read_pdf_lines(pdf) if line.text.endswith("\u00ad"))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


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
    boxes = _char_boxes(pdf, index, text)
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


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


def _read_lines(pdf: Path, index: int) -> list[str]:
    """A page's lines as ingest reads them (in reading order on a right-to-left page)."""
    return [line.text for line in read_pdf_lines(pdf) if line.page == index]


def _page_of(pdf: Path, text: str) -> int:
    """The first page that prints ``text``."""
    for index in range(_page_count(pdf)):
        if text in "\n".join(_page_lines(pdf, index)):
            return index
    raise AssertionError(f"{text!r} is on no page")


def _char_boxes(pdf: Path, index: int, text: str) -> list[tuple[float, float, float, float]]:
    """The box (left, bottom, right, top) of each character where ``text`` is printed."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[index].get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} not on page {index + 1}"
        start, count = found
        return [textpage.get_charbox(i) for i in range(start, start + count)]
    finally:
        document.close()


def _raised(pdf: Path, index: int, text: str) -> list[tuple[float, float, float, float]]:
    """The boxes of the digit before ``text`` ("er août 2012") and of its first two
    characters; the digit may stand on a line of its own in pdfium's text, the raised
    letters moving the line."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[index].get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} not on page {index + 1}"
        start = found[0]
        digit = start - 1
        while textpage.get_text_range(digit, 1).isspace():
            digit -= 1
        assert textpage.get_text_range(digit, 1) == "1"
        return [textpage.get_charbox(i) for i in (digit, start, start + 1)]
    finally:
        document.close()


def _extent(pdf: Path, index: int, text: str) -> tuple[float, float, float, float]:
    """Where ``text`` is printed: left, bottom, right and top, in points."""
    boxes = [b for b in _char_boxes(pdf, index, text) if b[2] > b[0]]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _font_at(textpage: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, 256, ctypes.byref(flags))
    return buffer.value.decode("latin-1")


def _char_fonts(pdf: Path, index: int, text: str) -> list[str]:
    """The font of each character where ``text`` is printed."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[index].get_textpage()
        found = textpage.search(text).get_next()
        assert found is not None, f"{text!r} not on page {index + 1}"
        start, count = found
        return [_font_at(textpage, i) for i in range(start, start + count)]
    finally:
        document.close()


def _bars(pdf: Path, index: int) -> list[tuple[float, float, float, float]]:
    """The barcode's bars on a page (left, right, bottom, top), left to right: the filled
    rectangles between 0.5 and 1.2 cm high and under 3 points wide."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        bars = []
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=5):
            left, bottom, right, top = obj.get_bounds()
            if 0.5 * 72 / 2.54 < top - bottom < 1.2 * 72 / 2.54 and right - left < 3:
                bars.append((left, right, bottom, top))
    finally:
        document.close()
    return sorted(bars)


def _decoded_elements(bars: list[tuple[float, float, float, float]]) -> str:
    """The bars and the spaces between them as narrow (n) and wide (w) elements."""
    widths = []
    for i, (left, right, _, _) in enumerate(bars):
        widths.append(right - left)
        if i + 1 < len(bars):
            widths.append(bars[i + 1][0] - right)
    middle = (min(widths) + max(widths)) / 2
    return "".join("w" if width > middle else "n" for width in widths)


def _code39_elements(code: str) -> str:
    """``code`` (with its stars) in Code 39: characters apart by a narrow space."""
    return "n".join(CODE39[char] for char in code)


def _images(pdf: Path, index: int) -> int:
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        return len(list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=5)))
    finally:
        document.close()
