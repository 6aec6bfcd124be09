"""The DOCX renderer, tested by reading its files back with ingest and by looking inside them.

The reference report (Chinese A/67/131) is parsed, rendered to DOCX and parsed again: the
symbol, job number, mandate, request, cover and every reply with its paragraphs must come
back as they were. The same report in the five other languages gives back its replies.
Inside the files: real named styles, Chinese marked ``zh-CN``, Arabic right to left and not
justified, a font table naming the fonts used and what stands in for them, the masthead in
the first page's header with the PDF's type sizes and rules, the cover lines kept together.
LibreOffice, where installed, must open the file, set its Chinese in the Simplified Chinese
forms and its Arabic in an Arabic face.
"""

from __future__ import annotations

import copy
import ctypes
import datetime as dt
import itertools
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from importlib.resources import files
from pathlib import Path
from typing import Any

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from test_formats_contract import language_version, reference_document

from memberviews.core.model import Document, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.render import RenderError
from memberviews.render.common import job_footer, masthead, reply_tags, section_heading
from memberviews.render.docx import (
    ARABIC_FONT,
    EAST_ASIAN_FONT,
    LATIN_FONT,
    STYLES,
    render_docx,
)
from memberviews.render.pdf import FONT_PATHS
from support.images import png
from support.libreoffice import OFFICE, convert_to_pdf
from support.versions import DRAFT_WORDS, PLACEHOLDER

#: The PDF's layout, whose masthead sizes and rules the DOCX's must be.
TEMPLATE = files("memberviews.render") / "templates" / "report.typ"

OTHER_LANGUAGES = ("ar", "en", "fr", "ru", "es")

_ARABIC = re.compile("[\u0600-\u06ff]")
_CHINESE = re.compile("[\u4e00-\u9fff]")


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
    # language (and its direction in Arabic), and perhaps a character style of ours.
    for part in _parts(opened):
        for paragraph in part.paragraphs:
            assert paragraph.style.name.startswith("UN "), paragraph.text
            for run in paragraph.runs:
                properties = run._r.rPr
                tags = {child.tag for child in properties} if properties is not None else set()
                assert tags <= {qn("w:lang"), qn("w:rtl"), qn("w:rStyle")}, paragraph.text
                if qn("w:rStyle") in tags:
                    assert run.style.type == WD_STYLE_TYPE.CHARACTER
                    assert run.style.name.startswith("UN "), run.style.name


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
    # Where SimSun is missing, Word looks for it by its Chinese name, then for a GB2312
    # (Simplified Chinese, Windows charset 134 = 0x86) font.
    fonts = _font_table(path)
    assert set(fonts) == _style_fonts(path) >= {LATIN_FONT, EAST_ASIAN_FONT}
    assert fonts[EAST_ASIAN_FONT] == {"altName": "宋体", "charset": f"{134:02X}"}


def _font_table(path: Path) -> dict[str, dict[str, str]]:
    """The fonts the file's font table lists → their alternative names and character set."""
    with zipfile.ZipFile(path) as archive:
        table = docx.oxml.parse_xml(archive.read("word/fontTable.xml"))
    return {
        font.get(qn("w:name")): {
            child.tag.rsplit("}", 1)[1]: child.get(qn("w:val"))
            for child in font
            if child.tag in (qn("w:altName"), qn("w:charset"))
        }
        for font in table.iterchildren(qn("w:font"))
    }


def _style_fonts(path: Path) -> set[str]:
    """Every font the styles part names (not through the theme)."""
    with zipfile.ZipFile(path) as archive:
        styles = docx.oxml.parse_xml(archive.read("word/styles.xml"))
    return {
        name
        for fonts in styles.iter(qn("w:rFonts"))
        for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
        if (name := fonts.get(qn(script)))
    }


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
    assert _xpath(style, "string(w:rPr/w:rFonts/@w:cs)") == "Noto Naskh Arabic"
    assert _xpath(style, "string(w:rPr/w:lang/@w:bidi)") == "ar-SA"
    # Word, which seldom has Noto Naskh Arabic, is told to take Simplified Arabic, or else
    # an Arabic (Windows charset 178 = 0xB2) font.
    fonts = _font_table(path)
    assert set(fonts) == _style_fonts(path) >= {LATIN_FONT, EAST_ASIAN_FONT, ARABIC_FONT}
    assert fonts[ARABIC_FONT] == {"altName": "Simplified Arabic", "charset": f"{178:02X}"}
    section = opened.sections[0]
    assert _xpath(section._sectPr, "w:bidi")
    assert _xpath(section.first_page_header.tables[0]._tbl, "w:tblPr/w:bidiVisual")
    # The job number is a left-to-right line: "12-41312 (A)", not "(A) 12-41312"; so are the
    # first page's marks. A cover footnote, "* A/67/150.", is right to left like the page
    # around it, though it begins with a Latin symbol: it stands at the right.
    first_footer = section.first_page_footer
    marks = [p for t in first_footer.tables for c in t._cells for p in c.paragraphs]
    footnotes = [p for p in first_footer.paragraphs if p.text.startswith("*") and "/" in p.text]
    assert [p.text for p in footnotes] == ["* A/67/150."]
    for paragraph in section.footer.paragraphs + first_footer.paragraphs + marks:
        right_to_left = bool(_xpath(paragraph._p, "w:pPr/w:bidi"))
        assert right_to_left == (paragraph._p in [n._p for n in footnotes]), paragraph.text


def test_the_masthead_is_in_the_first_page_header(chinese: tuple[Document, Path]) -> None:
    document, path = chinese
    section = docx.Document(str(path)).sections[0]
    assert section.different_first_page_header_footer
    cover = masthead(document)
    # "United Nations" and the symbol above the thin rule, the organ and the distribution
    # block (a paragraph to a line) below it.
    rows = [
        [[p.text for p in cell.paragraphs] for cell in row.cells]
        for row in section.first_page_header.tables[0].rows
    ]
    assert rows == [
        [[cover.united_nations], [cover.symbol]],
        [[cover.organ], list(cover.block)],
    ]
    # The cover footnote, the first page's marks (in a table: the job number beside the
    # barcode), then the barcode's text.
    first_footer = [p.text for p in section.first_page_footer.paragraphs]
    assert first_footer == ["* A/67/150.", "*1241312*"]
    (marks,) = section.first_page_footer.tables
    assert [c.text for c in marks._cells] == ["12-41312 (C)", ""]
    assert [p.text for p in section.header.paragraphs] == ["A/67/131"]
    running = section.footer.paragraphs
    assert running[0].text.startswith("12-41312 (C)")
    page = running[0]._p.find(qn("w:fldSimple"))
    assert page is not None and page.get(qn("w:instr")) == "PAGE"
    body = [p.text for p in docx.Document(str(path)).paragraphs[:4]]
    assert body == ["第六十七届会议", "临时议程项目 94*", document.title, cover.report_of]


def _template_masthead() -> tuple[dict[str, float], list[float]]:
    """The PDF's masthead: its type sizes and its rules (top to bottom), in points, as the
    typst template sets them."""
    template = TEMPLATE.read_text(encoding="utf-8")

    def points(pattern: str) -> float:
        found = re.search(pattern, template)
        assert found is not None, pattern
        return float(found[1])

    sizes = {
        "united_nations": points(r"text\(size: ([\d.]+)pt, m\.united_nations\)"),
        "symbol": points(r"let wanted = text\(size: ([\d.]+)pt"),
        "organ": points(r'text\(size: ([\d.]+)pt, weight: "bold", m\.organ\)'),
        "block": points(r"set text\(size: ([\d.]+)pt, hyphenate: false"),
    }
    rules = [float(x) for x in re.findall(r"grid\.hline\(stroke: ([\d.]+)pt\)", template)]
    return sizes, rules


def _points(paragraph: Any) -> tuple[float, float, bool]:
    """The Latin and complex-script sizes (points) and the weight a paragraph's style sets."""
    properties = paragraph.style.element.rPr
    sizes = [_xpath(properties, f"number(w:{tag}/@w:val)") / 2 for tag in ("sz", "szCs")]
    return sizes[0], sizes[1], bool(_xpath(properties, "w:b"))


@pytest.mark.parametrize("language", ["zh", "ar"])
def test_the_masthead_has_the_pdfs_sizes_and_rules(
    language: str, chinese: tuple[Document, Path], arabic: tuple[Document, Path]
) -> None:
    document, path = chinese if language == "zh" else arabic
    cover = masthead(document)
    sizes, rules = _template_masthead()
    table = docx.Document(str(path)).sections[0].first_page_header.tables[0]
    paragraphs = {p.text: p for cell in table._cells for p in cell.paragraphs}
    expected = {
        cover.united_nations: (sizes["united_nations"], False),
        cover.symbol: (sizes["symbol"], True),
        cover.organ: (sizes["organ"], True),
        **dict.fromkeys(cover.block, (sizes["block"], False)),
    }
    for line, (size, bold) in expected.items():
        assert _points(paragraphs[line]) == (size, size, bold), line
    # The thin rule under the first row, the thick one under the table (w:sz counts
    # eighths of a point: 0.6 pt is as near as 5/8).
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    found = [
        int(borders.find(qn(f"w:{edge}")).get(qn("w:sz"))) / 8 for edge in ("insideH", "bottom")
    ]
    assert found == pytest.approx(rules, abs=1 / 16)
    assert len(table.rows) == 2


def test_a_long_symbol_is_set_smaller(tmp_path: Path) -> None:
    """The PDF shrinks a symbol that would not hold on one line at its size in the
    masthead's end column; so does the DOCX (LibreOffice's line is checked below)."""
    sizes = {}
    for symbol in ("A/67/131", "A/67/131/Add.1/Corr.1"):
        document = translated("en")
        document.symbol = symbol
        path = tmp_path / "long.docx"
        render_docx(document, path)
        header = docx.Document(str(path)).sections[0].first_page_header
        (cell,) = [c for c in header.tables[0]._cells if c.text == symbol]
        sizes[symbol] = _points(cell.paragraphs[0])[0]
    symbol_size = _template_masthead()[0]["symbol"]
    assert sizes["A/67/131"] == symbol_size
    assert 0.75 * symbol_size < sizes["A/67/131/Add.1/Corr.1"] < symbol_size


def _keeps_with_next(paragraph: Any) -> bool:
    own = paragraph.paragraph_format.keep_with_next
    return bool(paragraph.style.paragraph_format.keep_with_next if own is None else own)


def test_the_agenda_title_is_kept_with_its_item_line(tmp_path: Path) -> None:
    """The session, agenda item and agenda title lines, and the title block after them,
    never part at a page break: each keeps with the next."""
    document = reference_document()
    document.agenda_title = "全面彻底裁军"
    path = tmp_path / "A-67-131-zh.docx"
    render_docx(document, path)
    cover = masthead(document)
    lines = [cover.session, cover.agenda, cover.agenda_title, cover.title, cover.report_of]
    paragraphs = docx.Document(str(path)).paragraphs[: len(lines)]
    assert [p.text for p in paragraphs] == lines
    assert [_keeps_with_next(p) for p in paragraphs] == [True] * len(lines)
    # The agenda title sits with the item line, at the margin, in bold, as in the PDF.
    agenda, agenda_title = paragraphs[1:3]
    assert agenda_title.style.font.bold and not agenda.style.font.bold
    for paragraph in (agenda, agenda_title):
        indent = paragraph.style.paragraph_format.left_indent
        assert not indent and not paragraph.style.paragraph_format.space_before


def test_arabic_lines_are_not_stretched_to_the_margin(
    arabic: tuple[Document, Path], tmp_path: Path
) -> None:
    """LibreOffice justifies an Arabic line by stretching the joins between its letters
    (kashida), and knows no alignment of Word's that justifies Arabic without: the Arabic
    version aligns its paragraphs at their start. The other versions stay justified."""
    _, path = arabic
    english = tmp_path / "A-67-131-en.docx"
    render_docx(translated("en"), english)

    def alignments(path: Path) -> set[Any]:
        return {
            p.paragraph_format.alignment or p.style.paragraph_format.alignment
            for p in docx.Document(str(path)).paragraphs
        }

    assert WD_ALIGN_PARAGRAPH.JUSTIFY in alignments(english)
    assert not alignments(path) & {
        WD_ALIGN_PARAGRAPH.JUSTIFY,
        WD_ALIGN_PARAGRAPH.DISTRIBUTE,
        WD_ALIGN_PARAGRAPH.JUSTIFY_LOW,
        WD_ALIGN_PARAGRAPH.JUSTIFY_MED,
        WD_ALIGN_PARAGRAPH.JUSTIFY_HI,
    }


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


_NEEDS_LIBREOFFICE = pytest.mark.skipif(
    OFFICE is None,
    reason="LibreOffice is not installed (Debian: apt-get install --no-install-recommends "
    "libreoffice-writer-nogui, about 260 MB)",
)

#: A symbol too long for the masthead's end column at the PDF's size.
LONG_SYMBOL = "A/67/131/Add.1/Corr.1"
#: The keys of the converted English report with a table of contents, and of the Chinese
#: one with quotation marks after digits and symbols.
CONTENTS = "contents"
QUOTES = "quotes"


def quoted_chinese() -> Document:
    """The reference, its first reply opening with paragraphs whose quotation marks, dashes
    and ellipses stand at a paragraph's start and after digits and Latin letters."""
    document = reference_document()
    document.replies[0].paragraphs = [*QUOTED, *document.replies[0].paragraphs]
    return document


QUOTED = [
    "“多边主义”是谈判的核心原则。",
    "第 2012“年度”报告……以及——破折号。",
    "见 A/67/131“增编”。",
]


@pytest.fixture(scope="module")
def converted(
    chinese: tuple[Document, Path],
    arabic: tuple[Document, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    """The Chinese and Arabic files, an English one with a long symbol, an English one with
    a table of contents (:data:`CONTENTS`) and a Chinese one with quotation marks after Latin
    text (:data:`QUOTES`), as LibreOffice prints them to PDF (its own profile in a fresh
    home)."""
    folder = tmp_path_factory.mktemp("libreoffice")
    english = translated("en")
    english.symbol = LONG_SYMBOL
    long_symbol = folder / "A-67-131-Add.1-Corr.1-en.docx"
    render_docx(english, long_symbol)
    with_contents = folder / "contents-en.docx"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEMBERVIEWS_CONTENTS", "always")
        render_docx(translated("en"), with_contents)
    quotes = folder / "quotes-zh.docx"
    render_docx(quoted_chinese(), quotes)
    sources = {
        "zh": chinese[1],
        "ar": arabic[1],
        LONG_SYMBOL: long_symbol,
        CONTENTS: with_contents,
        QUOTES: quotes,
    }
    pdfs = convert_to_pdf(list(sources.values()), folder, home=folder / "home")
    return dict(zip(sources, pdfs, strict=True))


@pytest.mark.slow
@_NEEDS_LIBREOFFICE
def test_libreoffice_opens_it(
    chinese: tuple[Document, Path], arabic: tuple[Document, Path], converted: dict[str, Path]
) -> None:
    for document, _ in (chinese, arabic):
        pdf = pdfium.PdfDocument(str(converted[document.language or ""]))
        try:
            text = "".join(page.get_textpage().get_text_range() for page in pdf)
            pages = len(pdf)
        finally:
            pdf.close()
        found = _squeeze(text)
        assert pages >= 3, document.language
        assert "A/67/131" in found and _squeeze(job_footer(document) or "") in found
        words = wording_for(document.language or "")
        for reply in document.replies:
            assert reply.date is not None
            for line in (reply.heading or "", words.format_date(reply.date)):
                assert _unpunctuated(line) in _unpunctuated(found), reply.heading
    # LibreOffice's Chinese PDF reads back as the same report. (Its Arabic text layer
    # maps lam-alef ligatures to other characters, so the Arabic paragraphs cannot be
    # compared as text.)
    sent, found_report = chinese[0], read_report(converted["zh"])
    assert [r[:3] for r in replies_of(found_report)] == [r[:3] for r in replies_of(sent)]
    for back, reply in zip(found_report.replies, sent.replies, strict=True):
        assert back.paragraphs[0] == reply.paragraphs[0]
    # The long symbol holds on one line.
    pdf = pdfium.PdfDocument(str(converted[LONG_SYMBOL]))
    try:
        first_page = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert any(LONG_SYMBOL in line for line in first_page.splitlines())


@pytest.mark.slow
@_NEEDS_LIBREOFFICE
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is missing")
def test_libreoffice_sets_chinese_as_simplified_chinese_and_arabic_in_an_arabic_face(
    converted: dict[str, Path],
) -> None:
    """What LibreOffice puts in its PDFs for the fonts the DOCX names.

    Arabic: Noto Naskh Arabic, named by the DOCX, sets every Arabic letter (a name
    LibreOffice lacks, such as Simplified Arabic, would get DejaVu Sans's Arabic here);
    only punctuation it lacks (brackets, slashes) comes from another font.

    Chinese: SimSun is missing, and the ``zh-CN`` text gets Noto CJK, but ``pdffonts``
    cannot tell which of its faces: every face of the collection shares one CFF table,
    whose name LibreOffice writes (``NotoSerifCJKjp-Regular``). The glyphs tell: each
    Chinese character must be the glyph the Simplified Chinese face maps it to, never the
    Japanese face's where the two differ (直, 关, 化…).
    """
    arabic_fonts = _pdffonts(converted["ar"])
    arabic_face = ARABIC_FONT.replace(" ", "")
    assert any(name.startswith(arabic_face) for name in arabic_fonts), arabic_fonts
    for name, (text, _) in _fonts_in(converted["ar"]).items():
        if _ARABIC_LETTER.search(text):
            assert name.startswith(arabic_face), (name, text[:40])

    chinese_fonts = _pdffonts(converted["zh"])
    checked = 0
    for name, (text, programs) in _fonts_in(converted["zh"]).items():
        characters = {c for c in text if _CHINESE.match(c)}
        if not characters:
            continue
        assert name in chinese_fonts
        cjk = re.match(r"(Noto(?:Serif|Sans)CJK)(\w\w)-(\w+)", name)
        assert cjk is not None, f"Chinese set in {name}, not in a Simplified Chinese face"
        family, weight = cjk[1], cjk[3].split("-")[0]
        faces = _collection_with(f"{family}sc-{weight}")
        simplified, japanese = faces[f"{family}sc-{weight}"], faces[f"{family}jp-{weight}"]
        glyphs = {int(g) for program in programs for g in re.findall(rb"/cid(\d+) ", program)}
        assert {simplified[ord(c)] for c in characters} <= glyphs, name
        japanese_forms = {japanese[ord(c)] for c in characters} - set(simplified.values())
        assert not glyphs & japanese_forms, name
        checked += len(characters)
    assert checked > 100


_ARABIC_LETTER = re.compile("[\u0620-\u064a]")


def _pdffonts(pdf: Path) -> list[str]:
    """The fonts ``pdffonts`` lists for a PDF, without their subset tags."""
    listing = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    return [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line]


def _fonts_in(pdf_path: Path) -> dict[str, tuple[str, set[bytes]]]:
    """Each font a PDF sets text in (without its subset tag) → that text, and the font
    programs embedded under that name (a large font comes in several subsets)."""
    fonts: dict[str, tuple[str, set[bytes]]] = {}
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page in pdf:
            text_page = page.get_textpage()
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                name = ctypes.create_string_buffer(size)
                pdfium_c.FPDFFont_GetBaseFontName(font, name, size)
                size = pdfium_c.FPDFTextObj_GetText(obj.raw, text_page.raw, None, 0)
                utf16 = (ctypes.c_ushort * size)()
                pdfium_c.FPDFTextObj_GetText(obj.raw, text_page.raw, utf16, size)
                length = ctypes.c_size_t()
                pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(length))
                data = (ctypes.c_ubyte * length.value)()
                pdfium_c.FPDFFont_GetFontData(font, data, length.value, ctypes.byref(length))
                key = name.value.decode().split("+")[-1]
                text, programs = fonts.get(key, ("", set()))
                fonts[key] = (
                    text + bytes(utf16).decode("utf-16-le").rstrip("\0"),
                    programs | {bytes(data)},
                )
    finally:
        pdf.close()
    return fonts


def _collection_with(face: str) -> dict[str, dict[int, int]]:
    """The faces of the installed font collection (``.ttc``) that holds ``face``, by
    PostScript name, each with its character map."""
    for folder in FONT_PATHS:
        for path in sorted(folder.glob("*.ttc")):
            faces = _collection_cmaps(path.read_bytes())
            if face in faces:
                return faces
    raise AssertionError(f"no installed font collection holds {face}")


def _collection_cmaps(data: bytes) -> dict[str, dict[int, int]]:
    """An OpenType collection's faces: PostScript name → code point → glyph (read from
    the name table and the cmap's format 12 subtable)."""
    (count,) = struct.unpack_from(">I", data, 8)
    faces = {}
    for offset in struct.unpack_from(f">{count}I", data, 12):
        (tables,) = struct.unpack_from(">H", data, offset + 4)
        where = {}
        for i in range(tables):
            tag, _, start, _ = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
            where[tag] = start
        faces[_postscript_name(data, where[b"name"])] = _cmap(data, where[b"cmap"])
    return faces


def _postscript_name(data: bytes, table: int) -> str:
    _, count, strings = struct.unpack_from(">HHH", data, table)
    for i in range(count):
        platform, _, _, name_id, length, offset = struct.unpack_from(
            ">6H", data, table + 6 + 12 * i
        )
        if name_id == 6 and platform == 3:
            start = table + strings + offset
            return data[start : start + length].decode("utf-16-be")
    raise AssertionError("a face without a PostScript name")


def _cmap(data: bytes, table: int) -> dict[int, int]:
    (count,) = struct.unpack_from(">H", data, table + 2)
    for i in range(count):
        (offset,) = struct.unpack_from(">I", data, table + 8 + 8 * i)
        subtable = table + offset
        if struct.unpack_from(">H", data, subtable)[0] == 12:
            (groups,) = struct.unpack_from(">I", data, subtable + 12)
            mapping: dict[int, int] = {}
            for group in range(groups):
                first, last, glyph = struct.unpack_from(">III", data, subtable + 16 + 12 * group)
                mapping.update((code, glyph + code - first) for code in range(first, last + 1))
            return mapping
    raise AssertionError("a face without a format 12 character map")


def _squeeze(text: str) -> str:
    # Lines break anywhere; right-to-left runs come wrapped in direction marks.
    return re.sub(r"[\s\u0640\u200e\u200f\u202a-\u202e]+", "", text)


def _unpunctuated(text: str) -> str:
    """The text squeezed, without the punctuation Noto Naskh Arabic lacks: LibreOffice takes
    that from another font, and pdfium gives those characters back apart from their words
    ("5 / حزيران يونيه 2012")."""
    return re.sub(r"[()\[\]/*-]", "", _squeeze(text))


# -- Drafts, the first page's marks, contents, styled runs, corrigenda, the end ------------

_VML = "urn:schemas-microsoft-com:vml"


def _headers(opened: Any) -> list[Any]:
    """Every header the pages show: the first page's and the others' (odd and even pages
    share one, as Word's settings say)."""
    assert opened.settings.element.find(qn("w:evenAndOddHeaders")) is None
    section = opened.sections[0]
    assert section.different_first_page_header_footer
    return [section.first_page_header, section.header]


@pytest.mark.parametrize("language", list(DRAFT_WORDS))
def test_a_draft_has_its_word_in_every_header_and_a_final_version_none(
    language: str, tmp_path: Path
) -> None:
    word = DRAFT_WORDS[language]
    final = reference_document() if language == "zh" else translated(language)
    for reply in final.replies:
        reply.provenance = Provenance.HUMAN
    draft = copy.deepcopy(final)
    draft.replies[2].provenance = Provenance.MACHINE
    paths = {name: tmp_path / f"{name}.docx" for name in ("final", "draft")}
    render_docx(final, paths["final"])
    render_docx(draft, paths["draft"])

    opened = docx.Document(str(paths["draft"]))
    for header in _headers(opened):
        # The header's first line: the word alone, in bold grey.
        first = header.paragraphs[0]
        assert first._p is header._element[0]
        assert (first.text, _style_name(first)) == (word, "UN Draft")
        # Behind the text, the word as a watermark (Word's VML text path).
        shapes = header._element.findall(f".//{{{_VML}}}shape/{{{_VML}}}textpath")
        assert [shape.get("string") for shape in shapes] == [word]
    style = opened.styles["UN Draft"]
    assert style.font.bold
    colour = style.font.color.rgb
    assert colour is not None and len({colour[0], colour[1], colour[2]}) == 1  # a grey
    assert 0x60 <= colour[0] <= 0xC0

    opened = docx.Document(str(paths["final"]))
    for header in _headers(opened):
        assert word not in "".join(p.text for p in header.paragraphs)
        assert not [p for p in header.paragraphs if _style_name(p) == "UN Draft"]
        assert not header._element.findall(f".//{{{_VML}}}shape")


#: Code 39 (the standard's table): a character's nine elements, bar and space by turn from
#: a bar; b and w narrow, B and W wide. Characters are parted by a narrow space.
CODE_39 = {
    "*": "bWbwBwBwb",
    "1": "BwbWbwbwB",
    "2": "bwBWbwbwB",
    "3": "BwBWbwbwb",
    "4": "bwbWBwbwB",
}


def _code_39_widths(text: str) -> list[int]:
    """The widths of the bars and spaces of ``text``, a wide element three narrow ones."""
    elements = "w".join(CODE_39[c] for c in text)
    return [3 if e.isupper() else 1 for e in elements]


def _png_first_row(data: bytes) -> list[bool]:
    """The first row of a 1-bit greyscale PNG, True for black."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, _, depth, colour = struct.unpack(">IIBB", header[:10])
    assert (depth, colour) == (1, 0)
    raw = zlib.decompress(idat)
    assert raw[0] == 0  # no filter
    bits = [(byte >> (7 - i)) & 1 for byte in raw[1 : 1 + (width + 7) // 8] for i in range(8)]
    return [bit == 0 for bit in bits[:width]]


def _runs_of(columns: list[bool]) -> list[int]:
    """The lengths of the runs of equal pixels."""
    out = [1]
    for before, pixel in itertools.pairwise(columns):
        if pixel == before:
            out[-1] += 1
        else:
            out.append(1)
    return out


def test_the_first_page_footer_has_the_job_number_dates_and_barcode(tmp_path: Path) -> None:
    document = translated("en")
    document.processed = dt.date(2012, 7, 3)
    document.reissued = dt.date(2012, 7, 9)
    path = tmp_path / "A-67-131-en.docx"
    render_docx(document, path)
    opened = docx.Document(str(path))
    section = opened.sections[0]
    footer = section.first_page_footer
    (marks,) = footer.tables
    job, barcode = marks._cells
    # The job number with the version's letter, then the processing and reissue dates.
    assert job.text == "12-41312 (E)\t030712 090712"
    assert job.text.split()[:2] == ["12-41312", "(E)"]
    # The barcode: a picture of about 3.5 cm by 0.8 cm, its text under it.
    (inline,) = barcode._element.findall(f".//{qn('wp:inline')}")
    extent = inline.find(qn("wp:extent"))
    size = [int(extent.get(side)) / 360000 for side in ("cx", "cy")]
    assert size == pytest.approx([3.5, 0.8], abs=0.2)
    assert [p.text for p in footer.paragraphs][-1] == "*1241312*"
    # The picture draws *1241312* in Code 39: its first row of pixels, bar by space.
    (blip,) = inline.findall(f".//{qn('a:blip')}")
    image = footer.part.related_parts[blip.get(qn("r:embed"))]
    assert image.content_type == "image/png"
    columns = _png_first_row(image.blob)
    assert columns[0] and columns[-1]  # from a bar to a bar: no margin drawn in
    widths = _runs_of(columns)
    unit = min(widths)
    assert all(w % unit == 0 for w in widths)
    assert [w // unit for w in widths] == _code_39_widths("*1241312*")
    # The other pages keep the job number, beside the page number.
    assert section.footer.paragraphs[0].text.startswith("12-41312 (E)\t")


def test_no_marks_without_a_job_number(tmp_path: Path) -> None:
    document = translated("en")
    document.job_number = None
    path = tmp_path / "A-67-131-en.docx"
    render_docx(document, path)
    footer = docx.Document(str(path)).sections[0].first_page_footer
    assert not footer.tables
    assert [p.text for p in footer.paragraphs] == ["* A/67/150."]


def _bookmarks(opened: Any) -> dict[str, Any]:
    """Each bookmark of the body → the paragraph it is set on (it must end there too)."""
    found = {}
    for paragraph in opened.paragraphs:
        p = paragraph._p
        for start in p.findall(qn("w:bookmarkStart")):
            ident = start.get(qn("w:id"))
            ends = [e for e in p.findall(qn("w:bookmarkEnd")) if e.get(qn("w:id")) == ident]
            assert ends, start.get(qn("w:name"))
            found[start.get(qn("w:name"))] = paragraph
    return found


def test_the_contents_point_to_the_headings_by_page_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = translated("en")
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    path = tmp_path / "contents.docx"
    render_docx(document, path)
    opened = docx.Document(str(path))
    body = opened.paragraphs
    styles = [_style_name(p) for p in body]
    title = styles.index("UN Contents Title")
    assert (body[title].text, body[title + 1].text) == ("Contents", "Page")
    assert _style_name(body[title + 1]) == "UN Contents Page"
    # After the cover, before the first section.
    assert title > styles.index("UN Subtitle")
    assert title < styles.index("UN Section Heading")
    entries = [p for p in body if _style_name(p).startswith("UN Contents ")][2:]
    # The sections, each with its number, then the replies under the second, indented.
    headings = {"I.\tIntroduction": "I. Introduction"}
    headings["II.\tReplies received from Governments"] = "II. Replies received from Governments"
    headings.update({r.heading or "": r.heading or "" for r in document.replies})
    bookmarks = _bookmarks(opened)
    lines = []
    for entry in entries:
        (field,) = entry._p.findall(qn("w:fldSimple"))
        instruction = field.get(qn("w:instr")).split()
        assert instruction[0] == "PAGEREF" and "\\h" in instruction[2:]
        name = instruction[1]
        # Word's bookmark names: a letter or an underscore first, no hyphen, at most 40.
        assert re.fullmatch(r"[A-Za-z_]\w{0,39}", name), name
        page = "".join(t.text for t in field.iter(qn("w:t")))
        assert page.isdigit()
        text = entry.text.removesuffix(page).rstrip("\t").lstrip("\t")
        lines.append((_style_name(entry), text))
        heading = bookmarks[name]
        assert heading.text == headings[text]
        wanted = (
            "UN Section Heading" if entry.text.startswith(("I.", "II.")) else "UN Reply Heading"
        )
        assert _style_name(heading) == wanted
    assert lines == [
        ("UN Contents 1", "I.\tIntroduction"),
        ("UN Contents 1", "II.\tReplies received from Governments"),
        *[("UN Contents 2", r.heading or "") for r in document.replies],
    ]
    # Dots lead to the page number at the margin.
    for name in ("UN Contents 1", "UN Contents 2"):
        stops = opened.styles[name].element.findall(f".//{qn('w:tab')}")
        assert any(t.get(qn("w:leader")) == "dot" and t.get(qn("w:val")) == "right" for t in stops)
    # Word updates the fields on opening.
    update = opened.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"

    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "never")
    render_docx(document, path)
    opened = docx.Document(str(path))
    assert not [p for p in opened.paragraphs if _style_name(p).startswith("UN Contents")]
    assert opened.settings.element.find(qn("w:updateFields")) is None


def _run_styles(paragraph: Any) -> list[tuple[str, str | None]]:
    """Each run's text and the name of its character style (None for none)."""
    return [
        (
            run.text,
            run.style.name if run._r.rPr is not None and run._r.rPr.rStyle is not None else None,
        )
        for run in paragraph.runs
    ]


def test_the_french_first_is_raised(tmp_path: Path) -> None:
    document = translated("fr")
    document.date = dt.date(2012, 8, 1)
    document.replies[0].date = dt.date(2012, 6, 1)
    path = tmp_path / "A-67-131-fr.docx"
    render_docx(document, path)
    opened = docx.Document(str(path))
    raised = [("1", None), ("er", "UN Superscript")]
    # Norway's reply is dated 1 June 2012 too.
    tags = [p for p in opened.paragraphs if p.text == "[1er juin 2012]"]
    assert len(tags) == 2
    for tag in tags:
        assert _run_styles(tag) == [("[1", None), *raised[1:], (" juin 2012]", None)]
    block = opened.sections[0].first_page_header.tables[0].rows[1].cells[1]
    (date,) = [p for p in block.paragraphs if p.text == "1er août 2012"]
    assert _run_styles(date) == [*raised, (" août 2012", None)]
    style = opened.styles["UN Superscript"].element
    assert _xpath(style, "string(w:rPr/w:vertAlign/@w:val)") == "superscript"


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "A-67-131.consultation.yaml"


@pytest.mark.parametrize(
    ("language", "items", "italics"),
    [
        ("en", ["Paragraph 2, line 1", "Section II, Panama"], ["For", "read"]),
        ("fr", ["Paragraphe 2, ligne 1", "Section II, Panama"], ["Au lieu de", "lire"]),
        ("zh", ["第2段第1行", "第二节，巴拿马"], []),
    ],
)
def test_a_corrigendum_numbers_its_items_and_sets_for_and_read_in_italics(
    language: str, items: list[str], italics: list[str], tmp_path: Path
) -> None:
    from memberviews.compose import compose, load_consultation

    document = compose(load_consultation(EXAMPLE)).document("A/67/131/Corr.1", language)
    path = tmp_path / f"Corr.1-{language}.docx"
    render_docx(document, path)
    opened = docx.Document(str(path))
    body = [
        p for p in opened.paragraphs if _style_name(p) in ("UN Numbered Paragraph", "UN Correction")
    ]
    numbers = ("1.", "2.")
    # Each numbered item, then its correction line.
    assert [_style_name(p) for p in body] == ["UN Numbered Paragraph", "UN Correction"] * 2
    assert [body[0].text, body[2].text] == [
        f"{n}\t{item}" for n, item in zip(numbers, items, strict=True)
    ]
    for correction in (body[1], body[3]):
        italic = [text for text, style in _run_styles(correction) if style == "UN Italic"]
        assert italic == italics
    assert _xpath(opened.styles["UN Italic"].element, "w:rPr/w:i")
    # The correction line starts under its item's text: at the numbered paragraphs' tab.
    numbered = opened.styles["UN Numbered Paragraph"].element
    (stop,) = numbered.findall(f".//{qn('w:tab')}")
    indent = opened.styles["UN Correction"].paragraph_format.left_indent
    assert indent == int(stop.get(qn("w:pos"))) * 635  # twips to EMU


def test_the_report_ends_with_a_short_centred_rule(tmp_path: Path) -> None:
    path = tmp_path / "A-67-131-en.docx"
    render_docx(translated("en"), path)
    opened = docx.Document(str(path))
    last = opened.paragraphs[-1]
    assert (last.text, _style_name(last)) == ("", "UN End Rule")
    style = opened.styles["UN End Rule"]
    assert _xpath(style.element, "string(w:pPr/w:pBdr/w:top/@w:val)") == "single"
    section = opened.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    left, right = style.paragraph_format.left_indent, style.paragraph_format.right_indent
    assert left == pytest.approx(right, abs=20)
    assert (text_width - left - right) / 360000 == pytest.approx(3.5, abs=0.1)


def test_the_emblem_stands_before_the_organ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emblem = tmp_path / "emblem.png"
    emblem.write_bytes(png(40, 20))
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(emblem))
    path = tmp_path / "A-67-131-en.docx"
    render_docx(translated("en"), path)
    header = docx.Document(str(path)).sections[0].first_page_header
    organ = header.tables[0].rows[1].cells[0].paragraphs[0]
    assert organ.text.strip() == "General Assembly"
    runs = organ._p.findall(qn("w:r"))
    (blip,) = runs[0].findall(f".//{qn('a:blip')}")
    assert header.part.related_parts[blip.get(qn("r:embed"))].blob == emblem.read_bytes()
    extent = runs[0].find(f".//{qn('wp:extent')}")
    width, height = (int(extent.get(side)) / 360000 for side in ("cx", "cy"))
    assert width == pytest.approx(2 * height)  # the picture's proportions
    assert 0.5 <= height <= 1.5


def test_an_svg_emblem_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    emblem = tmp_path / "emblem.svg"
    emblem.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>')
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(emblem))
    path = tmp_path / "A-67-131-en.docx"
    with pytest.raises(RenderError, match="PNG"):
        render_docx(translated("en"), path)
    assert not path.exists()


def test_chinese_quotation_marks_are_set_in_the_chinese_face(tmp_path: Path) -> None:
    path = tmp_path / "quotes-zh.docx"
    render_docx(quoted_chinese(), path)
    opened = docx.Document(str(path))
    marks = "“”‘’—…"
    found = 0
    for paragraph in opened.paragraphs:
        for text, style in _run_styles(paragraph):
            if any(c in marks for c in text):
                assert style == "UN CJK Punctuation" and set(text) <= set(marks), text
                found += 1
    assert found >= 8
    style = opened.styles["UN CJK Punctuation"].element
    fonts = _xpath(style, "w:rPr/w:rFonts")[0]
    assert fonts.get(qn("w:hint")) == "eastAsia"
    assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "eastAsia")} == {EAST_ASIAN_FONT}
    # Not in the other versions: an English “quotation” stays in the Latin face.
    english = tmp_path / "quotes-en.docx"
    render_docx(translated("en"), english)
    assert not [
        run
        for p in docx.Document(str(english)).paragraphs
        for run in _run_styles(p)
        if run[1] == "UN CJK Punctuation"
    ]


@pytest.mark.parametrize("language", ["fr", "es", "ru"])
def test_no_automatic_hyphenation(language: str, tmp_path: Path) -> None:
    """No word is broken at the end of a line, so no syllable stands alone on a last line."""
    path = tmp_path / f"A-67-131-{language}.docx"
    render_docx(translated(language), path)
    hyphenation = docx.Document(str(path)).settings.element.find(qn("w:autoHyphenation"))
    assert hyphenation is None or hyphenation.get(qn("w:val")) in ("false", "0")


@pytest.mark.slow
@_NEEDS_LIBREOFFICE
def test_libreoffice_prints_the_pages_of_the_headings_in_the_contents(
    converted: dict[str, Path],
) -> None:
    document = translated("en")
    pdf = pdfium.PdfDocument(str(converted[CONTENTS]))
    try:
        pages = [
            [" ".join(line.split()) for line in page.get_textpage().get_text_range().splitlines()]
            for page in pdf
        ]
    finally:
        pdf.close()
    assert len(pages) >= 3
    headings = ["I. Introduction", "II. Replies received from Governments"]
    headings += [r.heading or "" for r in document.replies]
    listed = {}
    for line in pages[0]:
        found = re.fullmatch(r"(.+?)\s*\.{3,}\s*(\d+)", line)
        if found:
            listed[found[1]] = int(found[2])
    assert list(listed) == headings
    for heading, page in listed.items():
        where = [n for n, lines in enumerate(pages, start=1) if heading in lines]
        assert where, heading
        assert page == where[0], heading
    # Not all on one page: the numbers were laid out, not left as written.
    assert len(set(listed.values())) > 1


@pytest.mark.slow
@_NEEDS_LIBREOFFICE
def test_libreoffice_sets_chinese_quotation_marks_full_width(converted: dict[str, Path]) -> None:
    """Each quotation mark, also at a paragraph's start and after digits or Latin letters,
    comes from a Chinese face (full width), none from a Latin one."""
    checked = 0
    for name, (text, _) in _fonts_in(converted[QUOTES]).items():
        marks = [c for c in text if c in "“”"]
        if marks:
            assert "CJK" in name, (name, "".join(marks))
            checked += len(marks)
    assert checked >= 6
