"""PDFs from another producer: the composed example's DOCX files turned into PDFs by
LibreOffice (as a user without memberviews would make them), read back by ingest.

LibreOffice lays the text out differently from typst (no first-line indents, its own
spacing) and writes Arabic ligatures back to front; ingest must still find every reply.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
from memberviews.compose import Composition, compose, load_consultation
from memberviews.ingest import read_report
from memberviews.render import render
from support.libreoffice import OFFICE, convert_to_pdf

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

pytestmark = pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Composition, Path]:
    folder = tmp_path_factory.mktemp("libreoffice")
    composition = compose(load_consultation(EXAMPLE))
    documents = [folder / f"A-67-131-{lang}.docx" for lang in LANGUAGES]
    for path, language in zip(documents, LANGUAGES, strict=True):
        render(composition.document("A/67/131", language), "docx", path)
    convert_to_pdf(documents, folder, home=folder)
    return composition, folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_replies_come_back_from_a_libreoffice_pdf(
    converted: tuple[Composition, Path], language: str
) -> None:
    composition, folder = converted
    sent = composition.document("A/67/131", language)
    found = read_report(folder / f"A-67-131-{language}.pdf")
    assert found.symbol == "A/67/131" and found.language == language
    assert found.mandate is not None and sent.mandate is not None
    assert replace(found.mandate, title=None) == replace(sent.mandate, title=None)
    assert _lam_alef_folded(found.mandate.title) == _lam_alef_folded(sent.mandate.title)
    assert found.request is not None and sent.request is not None
    assert found.request.date == sent.request.date
    assert [(r.state and r.state.iso3, r.original_language, r.date) for r in found.replies] == [
        (r.state and r.state.iso3, r.original_language, r.date) for r in sent.replies
    ]
    # Pending translations print one marker paragraph each.
    assert [len(r.paragraphs) for r in found.replies] == [
        len(r.paragraphs) or 1 for r in sent.replies
    ]


def _lam_alef_folded(text: str | None) -> str | None:
    """The text with every lam-alef written alef-lam: LibreOffice writes the bare ligature back
    to front, which cannot be told from a real alef-lam (a known limit of reading its PDFs)."""
    return text.replace("\u0644\u0627", "\u0627\u0644") if text else text
