"""Reports whose copies lost their lines (a page or the whole report on one line, a download
site's furniture around them, running headers in the middle of sentences) read as clean text.

Each synthetic report of ``support.synthetic`` is flattened in every variant of
``support.flattened``; what is read must match the report's hand-written expectation:
symbol, language, job number, mandate, request date, sections, and every reply with its
sender, original language and date. Paragraphs that are neither numbered nor list items
cannot be told apart once their break is gone (only the ``spaced`` variant keeps it), so a
reply's text is checked to begin with its first expected paragraph and end with its last.
The masthead facts must be those the clean text gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from memberviews.core.model import Document
from memberviews.ingest import read_report, read_text
from memberviews.ingest.unflatten import is_flattened, unflatten
from support.flattened import FLAT_VARIANTS, flatten
from support.specimen import SyntheticReport, expected_who, who
from support.synthetic import REPORTS
from support.writers import write_text

CASES = [pytest.param(r, v, id=f"{r.key}-{v}") for r in REPORTS for v in FLAT_VARIANTS]
_NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})
# A word hyphenated at a line's end keeps its hyphen and a space when the line break is
# lost ("conte- ngan"): which hyphens were the line's is not decided (see the report).
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])- (?=[^\W\d_])")
_DOCUMENTS: dict[tuple[str, str], Document] = {}


def _read(report: SyntheticReport, variant: str) -> Document:
    key = (report.key, variant)
    if key not in _DOCUMENTS:
        _DOCUMENTS[key] = read_text(flatten(report, variant), f"{report.key}-{variant}.txt")
    return _DOCUMENTS[key]


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_front_matter(report: SyntheticReport, variant: str) -> None:
    document = _read(report, variant)
    expected = report.expected
    found = (document.symbol, document.language, document.job_number)
    assert found == (expected.symbol, expected.language, expected.job_number)


@pytest.mark.parametrize("report", REPORTS, ids=[r.key for r in REPORTS])
def test_masthead_facts_as_in_clean_text(report: SyntheticReport, tmp_path: Path) -> None:
    clean = read_report(write_text(report, tmp_path / "clean.txt", "pdftotext"))
    facts = (clean.date, clean.session, clean.agenda_item, clean.original_languages)
    for variant in FLAT_VARIANTS:
        document = _read(report, variant)
        found = (document.date, document.session, document.agenda_item)
        assert (*found, document.original_languages) == facts, variant


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_mandate_and_request(report: SyntheticReport, variant: str) -> None:
    document = _read(report, variant)
    mandate, expected = document.mandate, report.expected.mandate
    assert mandate is not None
    found = (mandate.resolution, mandate.paragraph, mandate.adopted, mandate.session)
    assert found == (expected.resolution, expected.paragraph, expected.adopted, expected.session)
    assert mandate.title == expected.title
    request_date = document.request.date if document.request else None
    assert request_date == report.expected.request_date


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_sections(report: SyntheticReport, variant: str) -> None:
    assert _read(report, variant).sections == list(report.expected.sections)


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_replies_with_their_tags(report: SyntheticReport, variant: str) -> None:
    document = _read(report, variant)
    found = [(who(r), r.original_language, r.date) for r in document.replies]
    expected = [(expected_who(r), r.original_language, r.date) for r in report.expected.replies]
    assert found == expected


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_reply_text_begins_and_ends_as_expected(report: SyntheticReport, variant: str) -> None:
    document = _read(report, variant)
    for reply, expected in zip(document.replies, report.expected.replies, strict=True):
        paragraphs = [_LINE_HYPHEN.sub("", p.translate(_NBSP)) for p in reply.paragraphs]
        assert paragraphs, expected
        first = expected.first.translate(_NBSP).replace("-", "")
        last = expected.last.translate(_NBSP).replace("-", "")
        assert paragraphs[0].replace("-", "").startswith(first[:60])
        assert paragraphs[-1].replace("-", "").endswith(last[-60:])
        if variant == "spaced" or expected.paragraphs == 1:
            assert len(paragraphs) <= expected.paragraphs


@pytest.mark.parametrize(("report", "variant"), CASES)
def test_no_furniture_or_boilerplate_in_the_text(report: SyntheticReport, variant: str) -> None:
    document = _read(report, variant)
    text = " ".join(p for r in document.replies for p in r.paragraphs)
    for piece in (report.footer_job, report.barcode, "Total Page", "File Type", "Vous êtes"):
        assert piece not in text
    assert report.running_symbol not in text.replace(f"({report.running_symbol})", "")


def test_numbered_paragraphs_count_on() -> None:
    """A number after a sentence's end starts a paragraph only when it counts on:
    "resolution 66/32. In" and "paragraph 1. The" are text."""
    body = (
        "I. Introduction 1. In paragraph 3 of its resolution 66/32. In that resolution the"
        " Assembly asked for views, as set out in paragraph 1. The note verbale was sent."
        " 2. Replies were received. II. Replies received from Governments Mexico"
        " [Original: Spanish] [20 May 2016] 1. Mexico supports it. 2. It said so in"
        " resolution 70/33. 7. Seven is no paragraph here."
    )
    text = "United Nations A/70/412 General Assembly Distr.: General 9 July 2015 " + body
    text = text + " " + "Filler sentence. " * 80
    assert is_flattened(text)
    lines = unflatten(text).splitlines()
    assert "I. Introduction" in lines
    assert any(
        line.startswith("1. In paragraph 3 of its resolution 66/32. In that") for line in lines
    )
    assert any(line.startswith("2. Replies were received.") for line in lines)
    assert "Mexico" in lines and "[Original: Spanish] [20 May 2016]" in lines
    assert any(line.startswith("2. It said so in resolution 70/33. 7. Seven") for line in lines)


def test_clean_text_is_not_flattened(tmp_path: Path) -> None:
    for report in REPORTS:
        for style in ("acrobat", "pdftotext"):
            path = write_text(report, tmp_path / f"{report.key}.{style}.txt", style)
            assert not is_flattened(path.read_text(encoding="utf-8"))


def test_a_long_paragraph_on_one_line_is_not_flattened() -> None:
    paragraph = "The Government reaffirms its commitment to multilateralism. " * 40
    assert not is_flattened(f"Mexico\n[Original: Spanish]\n{paragraph}\n")
