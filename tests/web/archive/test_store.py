"""Storing published reports in the archive: the language versions of a symbol are one
document, a State's reply is one reply with its text in each version, addenda point to their
report, reports to their mandate and their question's series; storing the same file again
changes nothing."""

from __future__ import annotations

import pytest

from memberviews.web.archive.models import Document, Paragraph, Reply, ReplyText, Series, Version
from memberviews.web.archive.store import Refused, store_version
from support import archive_corpus

pytestmark = pytest.mark.django_db


def test_six_versions_of_a_symbol_are_one_document_with_one_reply_per_state() -> None:
    archive_corpus.load()
    report = Document.objects.get(symbol="A/70/120")
    assert sorted(report.versions.values_list("language", flat=True)) == sorted(
        archive_corpus.LANGUAGES
    )
    states = sorted(report.replies.values_list("state", flat=True))
    assert states == ["CHN", "CUB", "EGY", "FRA", "NOR", "RUS"]
    norway = report.replies.get(state="NOR")
    assert norway.original_language == "en"
    assert str(norway.date) == "2015-05-04"
    assert norway.group == "western_european_other"
    texts = {t.language: t for t in norway.texts.all()}
    assert set(texts) == set(archive_corpus.LANGUAGES)
    assert texts["fr"].name == "Norvège"
    french = [p.body for p in Paragraph.objects.filter(text=texts["fr"]).order_by("position")]
    assert french[0].startswith("La Conférence du désarmement")


def test_an_addendum_points_to_its_report_and_both_to_their_mandate_and_series() -> None:
    archive_corpus.load()
    addendum = Document.objects.get(symbol="A/70/120/Add.1")
    assert addendum.kind == "addendum"
    assert addendum.amends is not None and addendum.amends.symbol == "A/70/120"
    assert list(addendum.replies.values_list("state", flat=True)) == ["MEX"]
    first, second = Document.objects.get(symbol="A/70/120"), Document.objects.get(symbol="A/71/130")
    assert first.mandate is not None and first.mandate.resolution == "69/50"
    assert second.mandate is not None and second.mandate.resolution == "70/40"
    assert first.year == 2015 and second.year == 2016 and first.session == 70
    # The two cycles of the question are one series; the addendum is in it too.
    assert Series.objects.count() == 1
    assert first.series == second.series == addendum.series
    assert first.series is not None and first.series.title == archive_corpus.TITLE["en"]


def test_the_same_file_again_changes_nothing_and_a_new_file_replaces_its_version() -> None:
    documents = archive_corpus.documents()
    english = next(d for d in documents if d.symbol == "A/71/130" and d.language == "en")
    digest = archive_corpus.digest(english)
    assert store_version(english, digest=digest).outcome == "stored"
    counts = (Reply.objects.count(), ReplyText.objects.count(), Paragraph.objects.count())
    assert store_version(english, digest=digest).outcome == "skipped"
    assert (Reply.objects.count(), ReplyText.objects.count(), Paragraph.objects.count()) == counts
    # A corrected file of the same version: its replies' text is replaced, not added to.
    english.replies[0].paragraphs[0] = "A corrected first paragraph."
    assert store_version(english, digest="another").outcome == "updated"
    assert Paragraph.objects.count() == counts[2]
    assert Paragraph.objects.filter(body="A corrected first paragraph.").count() == 1
    assert Version.objects.count() == 1


def test_a_document_with_no_symbol_is_refused_and_nothing_is_stored() -> None:
    english = next(d for d in archive_corpus.documents() if d.language == "en")
    english.symbol = None
    with pytest.raises(Refused, match="no document symbol"):
        store_version(english, digest="x")
    assert not Document.objects.exists()


def test_facts_learnt_from_a_later_version_reach_the_paragraphs_read_before() -> None:
    documents = [d for d in archive_corpus.documents() if d.symbol == "A/71/130"]
    chinese = next(d for d in documents if d.language == "zh")
    english = next(d for d in documents if d.language == "en")
    chinese.date = None  # a version read without its masthead date
    store_version(chinese, digest="zh")
    assert set(Paragraph.objects.values_list("year", flat=True)) == {None}
    store_version(english, digest="en")
    assert set(Paragraph.objects.filter(language="zh").values_list("year", flat=True)) == {2016}
