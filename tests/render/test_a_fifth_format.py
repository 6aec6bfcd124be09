"""Adding an output format is one module and one registration: the format is then listed,
chosen by name, named on disk and written like the built-in ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from memberviews.compose import compose, load_consultation
from memberviews.ingest import read_report
from memberviews.render import FORMATS, Format, RenderError, outputs, parse_formats, register_format

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
PLAIN = Format(
    "plain",
    ".txt",
    "text/plain",
    "plain text, as a PDF's text extraction gives it",
    "support.plain_format:render_plain",
)


@pytest.fixture
def plain() -> Iterator[Format]:
    register_format(PLAIN)
    try:
        yield PLAIN
    finally:
        del FORMATS[PLAIN.name]


def test_a_registered_format_is_chosen_named_and_written(plain: Format, tmp_path: Path) -> None:
    assert list(FORMATS) == ["pdf", "docx", "html", "akn", "plain"]
    composition = compose(load_consultation(EXAMPLE))
    report = [d for d in composition.documents if d.symbol == "A/67/131"]
    files = outputs(report, parse_formats("html,plain"), tmp_path)
    written = sorted(path.name for path in (f.write() for f in files))
    assert written == sorted(
        f"A-67-131-{lang}{suffix}" for lang in ("ar", "zh", "en", "fr", "ru", "es")
        for suffix in (".html", ".txt")
    )  # fmt: skip
    # The plain text holds what every format prints: ingest reads the report back from it.
    for document in report:
        found = read_report(tmp_path / f"A-67-131-{document.language}.txt")
        assert found.symbol == "A/67/131" and found.language == document.language
        assert found.job_number == document.job_number
        assert [r.state.iso3 if r.state else None for r in found.replies] == [
            r.state.iso3 if r.state else None for r in document.replies
        ]


def test_a_name_is_registered_once(plain: Format) -> None:
    with pytest.raises(ValueError, match="registered already"):
        register_format(plain)


def test_an_unregistered_format_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(RenderError, match=r"unknown format plain \(one of pdf, docx, html, akn\)"):
        parse_formats("pdf,plain")
