"""The contract every output format keeps, checked for each format in ``FORMATS``.

For the reference report in each of the six languages a format writes a non-empty file
whose text holds the symbol and every reply's heading; a document with no language (or an
unknown one) is refused with RenderError and no file, by ``render`` and by the format's own
function alike. A format whose module cannot be imported yet (still being written) is
skipped, with the import error as the reason.

:func:`reference_document` and :func:`language_version` are used by the other render tests.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from memberviews.core.model import Document, Section, StateRef
from memberviews.core.states import state_by_iso3
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.ingest.pdf import read_pdf_lines
from memberviews.render import FORMATS, RenderError, render, renderer
from memberviews.render.common import reply_heading

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "A-67-131-zh.txt"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


@cache
def _parsed_reference() -> Document:
    return read_report(REFERENCE)


def reference_document() -> Document:
    """The reference report (Chinese A/67/131) with the cover its extracted text lacks.

    The text starts below the masthead; the cover values here are the test's own.
    """
    document = copy.deepcopy(_parsed_reference())
    document.date = dt.date(2012, 7, 5)
    document.agenda_item = "94"
    document.title = "促进裁军和不扩散领域的多边主义"
    document.original_languages = ["en", "ru", "es"]
    return document


def language_version(document: Document, language: str) -> Document:
    """The document as another language version: section titles from the wording tables,
    State headings from the register; the reply texts are kept as they are."""
    version = copy.deepcopy(document)
    if language == document.language:
        return version
    version.language = language
    words = wording_for(language)
    version.sections = [
        Section(words.section_numerals[0], words.section_titles["introduction"]),
        Section(words.section_numerals[1], words.section_titles["governments"]),
    ]
    version.title = None
    for reply in version.replies:
        assert reply.state is not None and reply.state.iso3 is not None
        state = state_by_iso3(reply.state.iso3)
        assert state is not None
        reply.heading = state.short_name(language)
        reply.state = StateRef(reply.heading, state.iso3, state.m49)
    return version


def file_text(path: Path) -> str:
    """The text a reader of the file sees: PDF lines, DOCX body with headers and footers,
    HTML and XML with their character references resolved."""
    suffix = path.suffix
    if suffix == ".pdf":
        # Ingest's pypdfium2 reader: it re-reads Latin lines of right-to-left pages by
        # position, where pdfium's own order gives "/67/131A" for "A/67/131".
        return "\n".join(line.text for line in read_pdf_lines(path))
    if suffix == ".docx":
        return docx_text(path)
    return markup_text(path)


def markup_text(path: Path) -> str:
    """The text of an HTML or XML file without its markup (an ``<i>`` inside a sentence
    splits nothing a reader sees), style sheets left out."""
    from lxml import etree

    parser = etree.HTMLParser() if path.suffix == ".html" else etree.XMLParser()
    root = etree.fromstring(path.read_bytes(), parser)
    for hidden in root.iter("{*}style", "style"):
        hidden.text = None
    return "\n".join(str(x) for x in root.itertext())


def docx_text(path: Path) -> str:
    """Every paragraph of a DOCX: body, tables, and every header and footer."""
    import docx

    opened = docx.Document(str(path))
    parts: list[Any] = [opened]
    for section in opened.sections:
        parts.extend(
            (section.header, section.first_page_header, section.footer, section.first_page_footer)
        )
    lines: list[str] = []
    for part in parts:
        lines.extend(p.text for p in part.paragraphs)
        for table in part.tables:
            lines.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(lines)


def squeeze(text: str) -> str:
    """Folds presentation forms and drops all white space: line breaks fall anywhere."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _formats() -> list[object]:
    params: list[object] = []
    for name, fmt in FORMATS.items():
        module = fmt.module
        try:
            importlib.import_module(module)
        except ImportError as error:
            reason = f"{name}: {module} cannot be imported yet ({error})"
            params.append(pytest.param(name, marks=pytest.mark.skip(reason=reason), id=name))
        else:
            params.append(pytest.param(name, id=name))
    return params


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", _formats())
def test_the_file_holds_the_symbol_and_every_reply(
    name: str, language: str, tmp_path: Path
) -> None:
    document = language_version(reference_document(), language)
    out = tmp_path / f"A-67-131-{language}{FORMATS[name].suffix}"
    assert render(document, name, out) == out
    assert out.stat().st_size > 0
    found = squeeze(file_text(out))
    assert squeeze("A/67/131") in found
    for reply in document.replies:
        assert squeeze(reply_heading(reply)) in found, f"{name} {language}: {reply.heading}"


@pytest.mark.parametrize(
    ("language", "message"),
    [(None, "no language"), ("de", "not an official UN language")],
    ids=["no-language", "unknown-language"],
)
@pytest.mark.parametrize("name", _formats())
def test_each_renderer_refuses_a_document_without_its_language(
    name: str, language: str | None, message: str, tmp_path: Path
) -> None:
    """The format's own function (render_pdf, render_docx…), not only ``render``, refuses."""
    document = reference_document()
    document.language = language
    out = tmp_path / f"A-67-131{FORMATS[name].suffix}"
    with pytest.raises(RenderError, match=message):
        renderer(name)(document, out)
    assert not out.exists()


@pytest.mark.parametrize("name", _formats())
def test_a_document_without_language_is_refused(name: str, tmp_path: Path) -> None:
    document = reference_document()
    document.language = None
    out = tmp_path / f"A-67-131{FORMATS[name].suffix}"
    with pytest.raises(RenderError, match="language"):
        render(document, name, out)
    assert not out.exists()


# -- What a documents editor checks, in every format -----------------------------------------
#
# Each test renders through ``render`` in every registered format and reads the file as a
# reader would (``file_text``). Akoma Ntoso has no pages: it carries the draft mark, the
# block and the corrigendum's items, but no first-page barcode.

PAGED = ("pdf", "docx", "html")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "A-67-131.consultation.yaml"


@cache
def _example() -> Any:
    from memberviews.compose import compose, load_consultation

    return compose(load_consultation(EXAMPLE))


def _final(document: Document) -> Document:
    """The version with every reply's text official (as the reference's Chinese texts are)."""
    from memberviews.core.provenance import Provenance

    final = copy.deepcopy(document)
    for reply in final.replies:
        reply.provenance = Provenance.HUMAN
    return final


def _rendered(document: Document, name: str, tmp_path: Path) -> str:
    """The text a reader of the file sees."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / f"{document.language}{FORMATS[name].suffix}"
    render(document, name, out)
    return file_text(out)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", _formats())
def test_a_draft_says_so_and_a_final_version_does_not(
    name: str, language: str, tmp_path: Path
) -> None:
    from memberviews.core.provenance import Provenance

    final = _final(language_version(reference_document(), language))
    draft = copy.deepcopy(final)
    draft.replies[1].provenance = Provenance.MACHINE
    word = wording_for(language).draft
    assert squeeze(word) in squeeze(_rendered(draft, name, tmp_path / "draft"))
    assert squeeze(word) not in squeeze(_rendered(final, name, tmp_path / "final"))


@pytest.mark.parametrize("name", _formats())
def test_a_draft_pdf_is_marked_on_every_page(name: str, tmp_path: Path) -> None:
    if name != "pdf":
        pytest.skip("pages are counted in the PDF")
    from memberviews.core.provenance import Provenance

    document = _final(language_version(reference_document(), "en"))
    document.replies[0].provenance = Provenance.PENDING
    out = tmp_path / "draft.pdf"
    render(document, "pdf", out)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(out))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(pages) > 1
    assert all("Draft" in page for page in pages)


#: The distribution block as the UN prints it: English in the Arabic, Chinese and Russian
#: versions, the version's language in the French and Spanish ones (docs/conventions.md).
BLOCKS = {
    "ar": ["Distr.: General", "5 July 2012", "Arabic", "Original: English/Russian/Spanish"],
    "zh": ["Distr.: General", "5 July 2012", "Chinese", "Original: English/Russian/Spanish"],
    "en": ["Distr.: General", "5 July 2012", "Original: English/Russian/Spanish"],
    "fr": ["Distr. générale", "5 juillet 2012", "Français", "Original : anglais/espagnol/russe"],
    "ru": ["Distr.: General", "5 July 2012", "Russian", "Original: English/Russian/Spanish"],
    "es": ["Distr. general", "5 de julio de 2012", "Español", "Original: español/inglés/ruso"],
}


#: The reference document's originals (see reference_document).
BLOCK_ORIGINALS = ("en", "ru", "es")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", _formats())
def test_the_distribution_block_in_its_language(name: str, language: str, tmp_path: Path) -> None:
    found = squeeze(_rendered(language_version(reference_document(), language), name, tmp_path))
    for line in BLOCKS[language]:
        assert squeeze(line) in found, f"{name} {language}: {line}"
    if language in ("ar", "zh", "ru"):
        # Not in the version's language: no "Подлинный текст: английский" (the tags under the
        # replies do name languages in the version's own words, and stay so).
        own = wording_for(language)
        names = [
            own.masthead_language_names.get(c) or own.language_names[c] for c in BLOCK_ORIGINALS
        ]
        for name in names:
            # Where a tag names one language as the masthead would ("الأصل: بالإنكليزية"),
            # the masthead's line of three is what must be missing.
            line = own.original_line.format(languages=name)
            if squeeze(f"[{line}]") not in found:
                assert squeeze(line) not in found
        assert squeeze("/".join(sorted(names))) not in found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGED)
def test_the_first_page_carries_job_number_dates_and_barcode(
    name: str, language: str, tmp_path: Path
) -> None:
    from memberviews.core.languages import get_language

    document = language_version(reference_document(), language)
    document.job_number = "12-41312"
    document.processed = dt.date(2012, 7, 3)
    found = squeeze(_rendered(document, name, tmp_path))
    letter = get_language(language).job_letter
    assert squeeze(f"12-41312 ({letter})") in found
    assert "030712" in found
    assert "*1241312*" in found


#: Item 94 (h) as each version prints it (docs/conventions.md): the Arabic letters in the
#: abjad order, h the eighth (أ ب ج د هـ و ز ح).
AGENDA = {"ar": "94 (ح)", "zh": "94 (h)", "en": "94 (h)", "fr": "94 h)", "ru": "94 (h)"}
AGENDA["es"] = "94 h)"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", _formats())
def test_agenda_item_letters_per_language(name: str, language: str, tmp_path: Path) -> None:
    document = language_version(reference_document(), language)
    document.agenda_item = "94 (h)"
    found = squeeze(_rendered(document, name, tmp_path))
    wanted = squeeze(AGENDA[language])
    if language == "ar" and name == "pdf":
        # pdfium gives the brackets of a right-to-left line mirrored and moved.
        assert "94" in found and "ح" in found and "(h)" not in found
    else:
        assert wanted in found, f"{name} {language}"


@pytest.mark.parametrize("language", ["ar", "ru", "zh", "fr"])
@pytest.mark.parametrize("name", _formats())
def test_replies_in_each_versions_order(name: str, language: str, tmp_path: Path) -> None:
    from memberviews.compose import sort_key

    document = _example().document("A/67/131", language)
    found = squeeze(_rendered(document, name, tmp_path))
    headings = [squeeze(reply_heading(r)) for r in document.replies]
    # Each heading after the one before it (a name may also stand in a reply's text).
    at = 0
    for heading in headings:
        assert heading in found[at:], f"{name} {language}: {heading} out of order"
        at = found.index(heading, at) + len(heading)
    english = [_english_name(r.state.iso3) for r in document.replies if r.state and r.state.iso3]
    if language == "zh":
        assert english == sorted(english)  # the English order
    else:
        assert headings == sorted(headings, key=sort_key)


def _english_name(iso3: str) -> str:
    state = state_by_iso3(iso3)
    assert state is not None
    return state.short_name("en")


#: The example's corrigendum: two items, each where and then "For … read …".
CORRECTIONS = {
    "en": ("Paragraph 2, line 1", "Section II, Panama", "For"),
    "fr": ("Paragraphe 2, ligne 1", "Section II, Panama", "Au lieu de"),
    "es": ("Párrafo 2, línea 1", "Sección II, Panamá", "Donde dice"),
    "ru": ("Пункт 2, строка 1", "Раздел II, Панама", "Вместо"),
    "zh": ("第2段第1行", "第二节，巴拿马", "将"),
}


@pytest.mark.parametrize("language", list(CORRECTIONS))
@pytest.mark.parametrize("name", _formats())
def test_corrigendum_items_are_numbered(name: str, language: str, tmp_path: Path) -> None:
    document = _example().document("A/67/131/Corr.1", language)
    found = squeeze(_rendered(document, name, tmp_path))
    first, second, opener = CORRECTIONS[language]
    number = wording_for(language).section_heading.partition("{title}")[0]
    one, two = (squeeze(number.format(number=n)) for n in (1, 2))
    assert one + squeeze(first) in found, f"{name} {language}: item 1"
    assert two + squeeze(second) in found, f"{name} {language}: item 2"
    assert found.index(squeeze(first)) < found.index(squeeze(second))
    assert found.count(squeeze(opener)) >= 2
    # The corrigendum's own Original line: written in English, not the report's originals.
    english = wording_for(wording_for(language).masthead_block_language).language_names["en"]
    block = wording_for(wording_for(language).masthead_block_language)
    assert squeeze(block.original_line.format(languages=english)) in found
