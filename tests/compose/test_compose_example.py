"""The example consultation: A/67/131, its addendum and its (illustrative) corrigendum in six
languages, the reference inside."""

from __future__ import annotations

import pytest
from consultation_samples import EXAMPLE

from conftest import REFERENCE
from memberviews.compose import Composition, Incomplete, compose, load_consultation
from memberviews.core.languages import CODES
from memberviews.core.model import Document
from memberviews.ingest import read_report


@pytest.fixture(scope="module")
def composition() -> Composition:
    return compose(load_consultation(EXAMPLE))


@pytest.fixture(scope="module")
def reference() -> Document:
    return read_report(REFERENCE)


def test_report_addendum_and_corrigendum_in_six_languages(composition: Composition) -> None:
    assert [(d.symbol, d.language) for d in composition.documents] == [
        (symbol, language)
        for symbol in ("A/67/131", "A/67/131/Add.1", "A/67/131/Corr.1")
        for language in CODES
    ]
    assert composition.warnings == []


def test_the_chinese_report_is_the_reference(composition: Composition, reference: Document) -> None:
    chinese = composition.document("A/67/131", "zh")
    assert [(r.state, r.heading, r.original_language, r.date) for r in chinese.replies] == [
        (r.state, r.heading, r.original_language, r.date) for r in reference.replies
    ]
    assert [r.paragraphs for r in chinese.replies] == [r.paragraphs for r in reference.replies]
    assert {r.provenance for r in chinese.replies} == {"human"}
    assert chinese.sections == reference.sections
    assert (chinese.job_number, chinese.mandate, chinese.request) == (
        reference.job_number,
        reference.mandate,
        reference.request,
    )
    assert chinese.original_languages == ["en", "ru", "es"]


def test_the_late_reply_is_in_the_addendum(composition: Composition) -> None:
    for language in CODES:
        report = composition.document("A/67/131", language)
        addendum = composition.document("A/67/131/Add.1", language)
        assert len(report.replies) == 6
        assert [r.state.iso3 if r.state else None for r in addendum.replies] == ["MEX"]
    mexico = composition.document("A/67/131/Add.1", "en").replies[0]
    assert (mexico.heading, mexico.provenance) == ("Mexico", "machine")
    assert composition.document("A/67/131/Add.1", "zh").replies[0].provenance == "pending"


def test_each_version_has_its_originals_and_waits_for_the_rest(composition: Composition) -> None:
    english = composition.document("A/67/131", "en")
    assert [(r.heading, r.provenance) for r in english.replies] == [
        ("Cuba", "pending"), ("Norway", "original"), ("Panama", "pending"),
        ("Qatar", "original"), ("Spain", "pending"), ("Turkmenistan", "pending"),
    ]  # fmt: skip
    spanish = composition.document("A/67/131", "es")
    assert [(r.heading, r.provenance) for r in spanish.replies] == [
        ("Cuba", "original"), ("España", "original"), ("Noruega", "pending"),
        ("Panamá", "original"), ("Qatar", "pending"), ("Turkmenistán", "pending"),
    ]  # fmt: skip
    arabic = [i for i in composition.incomplete if i.language == "ar"]
    # Nothing of the example is in Arabic yet: six replies, Mexico's, the corrigendum's text.
    assert len(arabic) == 8
    assert Incomplete("A/67/131/Corr.1", "ar", None) in arabic
