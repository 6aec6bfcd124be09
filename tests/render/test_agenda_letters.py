"""The agenda line of each language version, rendered to PDF and DOCX and read back.

A document whose agenda item is ``94 (h)`` prints ``94 (h)`` in English, Chinese and
Russian, ``94 h)`` in French and Spanish and ``94 (ح)`` in Arabic (the abjad order: ح is the
eighth letter as h is); ingest gives back ``94 (h)`` from every one of these files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_formats_contract import file_text, language_version, reference_document, squeeze

from memberviews.core.model import Document
from memberviews.ingest import read_report
from memberviews.render import render
from support.versions import PLACEHOLDER

FORMATS = ("pdf", "docx")

#: The agenda line of the version as a reader sees it, with the agenda footnote's star.
PROVISIONAL = {
    "en": "Item 94 (h) of the provisional agenda*",
    "zh": "临时议程项目 94 (h)*",
    "ru": "Пункт 94 (h) предварительной повестки дня*",
    "fr": "Point 94 h) de l’ordre du jour provisoire*",
    "es": "Tema 94 h) del programa provisional*",
    "ar": "البند 94 (ح) من جدول الأعمال المؤقت*",
}
#: Forms of the same item that the version must not print.
NOT_PRINTED = {
    "en": ("94 h)", "(ح)"),
    "zh": ("94 h)", "(ح)"),
    "ru": ("94 h)", "(ح)"),
    "fr": ("(h)", "(ح)"),
    "es": ("(h)", "(ح)"),
    "ar": ("(h)", "h)"),
}


def _version(language: str, item: str, *, preliminary: bool = False) -> Document:
    """The reference report as the version in ``language`` (the reference is Chinese)."""
    document = language_version(reference_document(), language)
    if language in PLACEHOLDER:
        for reply in document.replies:
            reply.paragraphs = [PLACEHOLDER[language] for _ in reply.paragraphs]
    document.agenda_item = item
    document.preliminary_list = preliminary
    return document


def _rendered(document: Document, fmt: str, directory: Path) -> tuple[str, Document]:
    out = directory / f"A-67-131-{document.language}.{fmt}"
    render(document, fmt, out)
    return file_text(out), read_report(out)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", sorted(PROVISIONAL))
def test_the_agenda_line_prints_the_versions_letter_and_reads_back(
    language: str, fmt: str, tmp_path: Path
) -> None:
    text, found = _rendered(_version(language, "94 (h)"), fmt, tmp_path)
    agenda_lines = [line for line in text.splitlines() if "94" in line]
    assert [squeeze(line) for line in agenda_lines] == [squeeze(PROVISIONAL[language])]
    for other in NOT_PRINTED[language]:
        assert other not in agenda_lines[0]
    assert found.agenda_item == "94 (h)"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("language", "item", "line"),
    [
        ("fr", "96 (s)", "Point 96 s) de la liste préliminaire*"),
        ("es", "96 (s)", "Tema 96 s) de la lista preliminar*"),
        ("ar", "96 (s)", "البند 96 (ق) من القائمة الأولية*"),
        # The fifth Arabic letter is written with a tatweel: هـ.
        ("ar", "94 (e)", "البند 94 (هـ) من القائمة الأولية*"),
        ("ar", "94 (a)", "البند 94 (أ) من القائمة الأولية*"),
        ("ar", "94", "البند 94 من القائمة الأولية*"),
        ("en", "94", "Item 94 of the preliminary list*"),
    ],
)
def test_other_letters_on_the_preliminary_list(
    language: str, item: str, line: str, fmt: str, tmp_path: Path
) -> None:
    text, found = _rendered(_version(language, item, preliminary=True), fmt, tmp_path)
    number = item.split()[0]
    agenda_lines = [squeeze(t) for t in text.splitlines() if f"{number} " in t and "*" in t]
    assert agenda_lines == [squeeze(line)]
    assert found.agenda_item == item
