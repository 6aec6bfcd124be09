"""The round trip is the test: the example consultation composed, rendered to PDF and DOCX in
every language version, and read back by ingest, gives back what was composed: the report,
its addendum and its corrigendum."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from memberviews.compose import Composition, compose, load_consultation
from memberviews.core.model import Document
from memberviews.core.symbols import to_akn
from memberviews.ingest import read_report
from memberviews.render import render

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"


@pytest.fixture(scope="module")
def composition() -> Composition:
    return compose(load_consultation(EXAMPLE))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("round-trip")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _replies(document: Document) -> list[tuple[str | None, str | None, object, int]]:
    return [
        (
            r.state.iso3 if r.state else (r.organization.name if r.organization else None),
            r.original_language,
            r.date,
            len(r.paragraphs),
        )
        for r in document.replies
    ]


def test_the_example_gives_the_report_its_addendum_and_corrigendum_in_six_languages(
    composition: Composition,
) -> None:
    assert composition.symbols == ["A/67/131", "A/67/131/Add.1", "A/67/131/Corr.1"]
    assert sorted((d.symbol, d.language) for d in composition.documents) == sorted(
        (s, lang) for s in composition.symbols for lang in ("ar", "zh", "en", "fr", "ru", "es")
    )
    chinese = composition.document("A/67/131", "zh")
    assert [r.state.iso3 for r in chinese.replies if r.state] == [
        "CUB", "NOR", "PAN", "QAT", "ESP", "TKM",
    ]  # fmt: skip
    spanish = composition.document("A/67/131", "es")
    # Spanish versions sort by the Spanish names: España comes before Noruega.
    assert [r.heading for r in spanish.replies] == sorted(
        (r.heading or "" for r in spanish.replies),
        key=lambda name: name.replace("É", "E").replace("á", "a"),
    )
    pending = {(i.symbol, i.language) for i in composition.incomplete}
    assert ("A/67/131", "en") in pending and ("A/67/131", "zh") not in pending


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["ar", "zh", "en", "fr", "ru", "es"])
@pytest.mark.parametrize("symbol", ["A/67/131", "A/67/131/Add.1"])
def test_rendered_and_read_back(
    composition: Composition, folder: Path, symbol: str, language: str, fmt: str
) -> None:
    sent = composition.document(symbol, language)
    path = render(sent, fmt, folder / f"{to_akn(symbol)}-{language}.{fmt}")
    _assert_read_back(sent, read_report(path), symbol)


@pytest.mark.parametrize("language", ["ar", "zh", "en", "fr", "ru", "es"])
@pytest.mark.parametrize("symbol", ["A/67/131", "A/67/131/Add.1"])
def test_a_table_of_contents_is_read_past(
    composition: Composition,
    folder: Path,
    symbol: str,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a table of contents (the example's report is too short to get one unasked),
    the PDF still gives back what was composed: the contents' lines are no text."""
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    sent = composition.document(symbol, language)
    path = render(sent, "pdf", folder / f"contents-{to_akn(symbol)}-{language}.pdf")
    found = read_report(path)
    assert found.sections and found.replies
    _assert_read_back(sent, found, symbol)


def _assert_read_back(sent: Document, found: Document, symbol: str) -> None:
    assert (found.symbol, found.language, found.job_number) == (
        sent.symbol,
        sent.language,
        sent.job_number,
    )
    # The cover: the distribution block (in English in the Arabic, Chinese and Russian
    # versions, with the version's language on a line of its own) gives its date and
    # originals; the job number's dates, the barcode and a draft's mark are no text.
    assert (found.date, found.title, found.agenda_item, found.session) == (
        sent.date,
        sent.title,
        sent.agenda_item,
        sent.session,
    )
    assert sorted(found.original_languages) == sorted(sent.original_languages)
    if "/Add." in symbol:
        # An addendum's introduction names the report, not the mandate: nothing to read.
        assert found.mandate is None and found.request is None
        assert "A/67/131" in found.introduction[0]
    else:
        assert found.mandate == sent.mandate
        assert found.request is not None and sent.request is not None
        assert found.request.date == sent.request.date
        # Ingest reads a non-breaking space (French « … ») as a plain space.
        assert found.introduction == [_plain(p) for p in sent.introduction]
    assert [(s.number, s.heading) for s in found.sections] == [
        (s.number, s.heading) for s in sent.sections
    ]
    assert [r.heading for r in found.replies] == [r.heading for r in sent.replies]
    # A pending translation prints one marker paragraph; every other text comes back whole.
    for got, expected in zip(found.replies, sent.replies, strict=True):
        if expected.provenance == "pending":
            assert len(got.paragraphs) == 1
        else:
            assert got.paragraphs == [_plain(p) for p in expected.paragraphs], got.heading
    assert [r[:3] for r in _replies(found)] == [r[:3] for r in _replies(sent)]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["ar", "zh", "en", "fr", "ru", "es"])
def test_the_corrigendum_rendered_and_read_back(
    composition: Composition, folder: Path, language: str, fmt: str
) -> None:
    sent = composition.document("A/67/131/Corr.1", language)
    path = render(sent, fmt, folder / f"A-67-131-Corr.1-{language}.{fmt}")
    found = read_report(path)
    assert (found.symbol, found.language, found.job_number) == (
        "A/67/131/Corr.1",
        language,
        sent.job_number,
    )
    assert (found.title, found.date, found.session) == (sent.title, sent.date, sent.session)
    assert (found.sections, found.replies, found.introduction) == ([], [], [])
    if sent.body:
        assert found.body == sent.body
    else:
        # The Arabic text is pending: the version prints the marker in its place.
        assert language == "ar" and len(found.body) == 1
