"""The DOCX renderer, tested by reading its files back with ingest and by looking inside them.

The reference report (Chinese A/67/131) is parsed, rendered to DOCX and parsed again: the
symbol, job number, mandate, request, cover and every reply with its paragraphs must come
back as they were. The same report in the five other languages gives back its replies.
Inside the files: real named styles, Chinese marked ``zh-CN``, Arabic right to left, the
masthead in the first page's header. LibreOffice, where installed, must open the file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pypdfium2 as pdfium
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from test_formats_contract import language_version, reference_document

from memberviews.core.model import Document, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.render.common import job_footer, masthead, reply_tags, section_heading
from memberviews.render.docx import STYLES, render_docx

OTHER_LANGUAGES = ("ar", "en", "fr", "ru", "es")

#: A sentence in each language, for the replies of the other language versions.
PLACEHOLDER = {
    "ar": "لا تزال تعددية الأطراف المبدأ الأساسي للمفاوضات في مجال نزع السلاح وعدم الانتشار.",
    "en": "Multilateralism remains the core principle of negotiations on disarmament.",
    "fr": "Le multilatéralisme demeure le principe fondamental des négociations.",
    "ru": "Многосторонний подход остается основным принципом переговоров о разоружении.",
    "es": "El multilateralismo sigue siendo el principio fundamental de las negociaciones.",
}
_ARABIC = re.compile("[\u0600-\u06ff]")


def translated(language: str) -> Document:
    """The reference in another language, its reply texts placeholders in that language
    (list items kept as list items)."""
    version = language_version(reference_document(), language)
    for reply in version.replies:
        reply.paragraphs = [
            ("– " if p.startswith("– ") else "") + PLACEHOLDER[language] for p in reply.paragraphs
        ]
    return version


@pytest.fixture(scope="module")
def chinese(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    document = reference_document()
    path = tmp_path_factory.mktemp("docx") / "A-67-131-zh.docx"
    render_docx(document, path)
    return document, path


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Path]:
    document = translated("ar")
    path = tmp_path_factory.mktemp("docx") / "A-67-131-ar.docx"
    render_docx(document, path)
    return document, path


def replies_of(document: Document) -> list[tuple[str | None, str | None, dt.date | None, int]]:
    return [
        (r.state.iso3 if r.state else None, r.original_language, r.date, len(r.paragraphs))
        for r in document.replies
    ]


def test_the_reference_comes_back_whole(chinese: tuple[Document, Path]) -> None:
    sent, path = chinese
    found = read_report(path)
    assert (found.symbol, found.job_number, found.language) == ("A/67/131", "12-41312", "zh")
    assert found.mandate == sent.mandate
    assert found.request is not None and sent.request is not None
    assert found.request.date == sent.request.date == dt.date(2012, 2, 13)
    assert found.sections == sent.sections
    assert found.introduction == sent.introduction
    assert replies_of(found) == replies_of(sent)
    for back, reply in zip(found.replies, sent.replies, strict=True):
        assert back.heading == reply.heading
        assert back.paragraphs == reply.paragraphs
    # The cover, read from the first page's header and the body's first lines.
    assert (found.session, found.agenda_item, found.date) == (67, "94", sent.date)
    assert found.title == sent.title
    assert sorted(found.original_languages) == sorted(sent.original_languages)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_language_version_gives_back_its_replies(language: str, tmp_path: Path) -> None:
    sent = translated(language)
    path = tmp_path / f"A-67-131-{language}.docx"
    render_docx(sent, path)
    found = read_report(path)
    assert (found.symbol, found.job_number, found.language) == ("A/67/131", "12-41312", language)
    assert replies_of(found) == replies_of(sent)
    assert [r.paragraphs for r in found.replies] == [r.paragraphs for r in sent.replies]
    assert [r.heading for r in found.replies] == [r.heading for r in sent.replies]
    assert found.sections == sent.sections


def _body_styles(path: Path) -> dict[str, str]:
    """Each body paragraph's text → its style's name."""
    return {p.text: _style_name(p) for p in docx.Document(str(path)).paragraphs}


def _style_name(paragraph: Any) -> str:
    return str(paragraph.style.name)


def _xpath(element: Any, path: str) -> Any:
    """python-docx elements answer XPath with the ``w:`` prefix bound."""
    return element.xpath(path)


def test_every_paragraph_has_its_named_style(chinese: tuple[Document, Path]) -> None:
    document, path = chinese
    styles = _body_styles(path)
    for section in document.sections:
        assert styles[section_heading(section, document)] == "UN Section Heading"
    assert styles[f"1.\t{document.introduction[0]}"] == "UN Numbered Paragraph"
    cover = masthead(document)
    assert styles[cover.report_of] == "UN Subtitle"
    assert styles[document.title or ""] == "UN Title"
    for reply in document.replies:
        assert styles[reply.heading or ""] == "UN Reply Heading"
        for tag in reply_tags(reply, document):
            assert styles[tag] == "UN Tag"
    spain = document.replies[4]
    items = [p for p in spain.paragraphs if p.startswith("– ")]
    assert len(items) == 12
    assert styles[items[0].replace("– ", "–\t", 1)] == "UN List Item"
    assert styles[spain.paragraphs[0]] == "UN Paragraph"


def test_the_styles_are_real_styles_and_the_runs_are_unformatted(
    chinese: tuple[Document, Path],
) -> None:
    _, path = chinese
    opened = docx.Document(str(path))
    names = {style.name for style in opened.styles}
    assert {spec.name for spec in STYLES} <= names
    tag = opened.styles["UN Tag"]
    assert tag.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert tag.base_style.name == "Normal"
    heading = opened.styles["UN Section Heading"]
    assert heading.font.bold and heading.paragraph_format.keep_with_next
    assert opened.styles["UN Reply Heading"].font.bold
    # Everything the reader sees as layout lives in the styles: a run holds only its
    # language (and its direction in Arabic).
    for part in _parts(opened):
        for paragraph in part.paragraphs:
            assert paragraph.style.name.startswith("UN "), paragraph.text
            for run in paragraph.runs:
                properties = run._r.rPr
                tags = {child.tag for child in properties} if properties is not None else set()
                assert tags <= {qn("w:lang"), qn("w:rtl")}, paragraph.text


def test_chinese_is_marked_zh_cn_and_set_in_simsun(chinese: tuple[Document, Path]) -> None:
    _, path = chinese
    opened = docx.Document(str(path))
    for spec in STYLES:
        element = opened.styles[spec.name].element
        assert _xpath(element, "string(w:rPr/w:rFonts/@w:eastAsia)") == "SimSun"
        assert _xpath(element, "string(w:rPr/w:lang/@w:eastAsia)") == "zh-CN"
    runs = [run for paragraph in opened.paragraphs for run in paragraph.runs]
    assert runs
    for run in runs:
        assert _xpath(run._r, "string(w:rPr/w:lang/@w:eastAsia)") == "zh-CN"
    theme = opened.settings.element.find(qn("w:themeFontLang"))
    assert theme is not None and theme.get(qn("w:eastAsia")) == "zh-CN"
    # The template's Japanese default is gone from every part Word reads.
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                assert b"ja-JP" not in archive.read(name), name


def test_arabic_is_right_to_left(arabic: tuple[Document, Path]) -> None:
    _, path = arabic
    opened = docx.Document(str(path))
    body = opened.paragraphs
    assert body
    for paragraph in body:
        assert _xpath(paragraph._p, "w:pPr/w:bidi"), paragraph.text
        for run in paragraph.runs:
            if _ARABIC.search(run.text):
                assert _xpath(run._r, "w:rPr/w:rtl"), run.text
    style = opened.styles["UN Paragraph"].element
    assert _xpath(style, "w:pPr/w:bidi")
    assert _xpath(style, "string(w:rPr/w:rFonts/@w:cs)") == "Simplified Arabic"
    assert _xpath(style, "string(w:rPr/w:lang/@w:bidi)") == "ar-SA"
    section = opened.sections[0]
    assert _xpath(section._sectPr, "w:bidi")
    assert _xpath(section.first_page_header.tables[0]._tbl, "w:tblPr/w:bidiVisual")
    # The job number is a left-to-right line: "12-41312 (A)", not "(A) 12-41312".
    for paragraph in section.footer.paragraphs + section.first_page_footer.paragraphs:
        assert not _xpath(paragraph._p, "w:pPr/w:bidi"), paragraph.text


def test_the_masthead_is_in_the_first_page_header(chinese: tuple[Document, Path]) -> None:
    document, path = chinese
    section = docx.Document(str(path)).sections[0]
    assert section.different_first_page_header_footer
    cover = masthead(document)
    header_cells = [c.text for row in section.first_page_header.tables[0].rows for c in row.cells]
    for line in (cover.united_nations, cover.organ, cover.symbol, cover.distribution):
        assert line in header_cells
    assert cover.date in header_cells and cover.original in header_cells
    first_footer = [p.text for p in section.first_page_footer.paragraphs]
    assert first_footer == ["* A/67/150.", "12-41312 (C)"]
    assert [p.text for p in section.header.paragraphs] == ["A/67/131"]
    running = section.footer.paragraphs
    assert running[0].text.startswith("12-41312 (C)")
    page = running[0]._p.find(qn("w:fldSimple"))
    assert page is not None and page.get(qn("w:instr")) == "PAGE"
    body = [p.text for p in docx.Document(str(path)).paragraphs[:4]]
    assert body == ["第六十七届会议", "临时议程项目 94*", document.title, cover.report_of]


def test_numbers_markup_and_pending_translations(tmp_path: Path) -> None:
    markup = 'Tom & Jerry <b>"bold"</b> ]]> <!-- not a comment --> \x0b'
    document = Document(
        symbol="A/67/131/Add.1",
        language="en",
        job_number="12-51234",
        date=dt.date(2012, 9, 14),
        sections=[Section("I", "Introduction"), Section("II", "Replies received from Governments")],
        introduction=["The present addendum contains the replies received since."],
        replies=[
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                original_language="en",
                date=dt.date(2012, 8, 1),
                section=SectionKind.GOVERNMENTS,
                paragraphs=["Japan supports multilateralism.", markup, "(a) An item."],
                paragraph_numbers=["1", None, None],
            ),
            Reply(
                state=StateRef("Mexico", "MEX", "484"),
                original_language="es",
                date=dt.date(2012, 8, 2),
                section=SectionKind.GOVERNMENTS,
                provenance=Provenance.PENDING,
            ),
        ],
    )
    path = tmp_path / "addendum.docx"
    render_docx(document, path)
    found = read_report(path)
    assert found.symbol == "A/67/131/Add.1"
    japan, mexico = found.replies
    assert japan.paragraphs == [
        "Japan supports multilateralism.",
        markup.replace(" \x0b", ""),
        "(a) An item.",
    ]
    assert japan.paragraph_numbers == ["1", None, None]
    assert mexico.state is not None and mexico.state.iso3 == "MEX"
    assert mexico.paragraphs == [wording_for("en").translation_pending]
    styles = _body_styles(path)
    assert styles["1.\tJapan supports multilateralism."] == "UN Numbered Paragraph"
    assert styles["(a)\tAn item."] == "UN List Item"


def _parts(opened: Any) -> list[Any]:
    section = opened.sections[0]
    parts = [opened, section.header, section.footer]
    parts += [section.first_page_header, section.first_page_footer]
    cells = [c for part in parts for t in part.tables for row in t.rows for c in row.cells]
    return parts + cells


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    _soffice() is None,
    reason="LibreOffice is not installed (Debian: apt-get install --no-install-recommends "
    "libreoffice-writer-nogui, about 260 MB)",
)
def test_libreoffice_opens_it(
    chinese: tuple[Document, Path], arabic: tuple[Document, Path], tmp_path: Path
) -> None:
    soffice = _soffice()
    assert soffice is not None
    environment = {**os.environ, "HOME": str(tmp_path / "home")}
    pdfs = []
    for document, path in (chinese, arabic):
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
            check=True,
            capture_output=True,
            env=environment,
            timeout=300,
        )
        pdf_path = tmp_path / f"{path.stem}.pdf"
        pdfs.append(pdf_path)
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            text = "".join(page.get_textpage().get_text_range() for page in pdf)
            pages = len(pdf)
        finally:
            pdf.close()
        found = _squeeze(text)
        assert pages >= 3, path.name
        assert "A/67/131" in found and _squeeze(job_footer(document) or "") in found
        words = wording_for(document.language or "")
        for reply in document.replies:
            assert _squeeze(reply.heading or "") in found, reply.heading
            assert reply.date is not None
            assert _squeeze(words.format_date(reply.date)) in found, reply.heading
    # LibreOffice's Chinese PDF reads back as the same report. (Its Arabic text layer
    # maps lam-alef ligatures and justification kashidas to other characters, so the
    # Arabic paragraphs cannot be compared as text.)
    sent, found_report = chinese[0], read_report(pdfs[0])
    assert [r[:3] for r in replies_of(found_report)] == [r[:3] for r in replies_of(sent)]
    for back, reply in zip(found_report.replies, sent.replies, strict=True):
        assert back.paragraphs[0] == reply.paragraphs[0]


def _squeeze(text: str) -> str:
    # Lines break anywhere; right-to-left runs come wrapped in direction marks.
    return re.sub(r"[\s\u0640\u200e\u200f\u202a-\u202e]+", "", text)
