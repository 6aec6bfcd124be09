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
import html
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
    return html.unescape(path.read_text(encoding="utf-8"))


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
