"""The archive as a researcher meets it: published reports in six languages imported from
their PDFs, then found through the search page and the API — a word in each language, a
Chinese two-character word, a stemmed form, and a term written in another language. Run on
SQLite and, with ``DATABASE_URL``, on PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from memberviews.web.archive.importer import import_paths
from support import archive_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both cycles' reports and the addendum, six languages each: eighteen PDFs."""
    folder = tmp_path_factory.mktemp("reports")
    archive_corpus.write_files(folder)
    return folder


@pytest.fixture
def client(reports: Path) -> Client:
    summary = import_paths([reports], queue=False)
    assert summary.count("stored") == 18, summary.refused
    return Client()


def _api(client: Client, **params: Any) -> list[dict[str, Any]]:
    answer = client.get("/api/search", params)
    assert answer.status_code == 200, answer.content
    hits: list[dict[str, Any]] = answer.json()["hits"]
    return hits


def _found(hits: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(State, language) of each paragraph found."""
    return {(hit["state"], hit["language"]) for hit in hits}


def _marked(client: Client, query: str, **params: str) -> list[str]:
    """The words the search page marks in its results."""
    page = client.get("/archive/search/", {"q": query, **params})
    assert page.status_code == 200
    return re.findall(r"<mark>(.*?)</mark>", page.content.decode())


# One word each language's versions print in a known reply, and that reply.
WORDS = [
    ("en", "verification", "CUB", "nuclear"),
    ("fr", "nucléaires", "FRA", "nuclear"),
    ("es", "desarme", "RUS", "multilateralism"),
    ("ru", "переговоров", "NOR", "multilateralism"),
    ("zh", "核武器", "EGY", "nuclear"),
    ("ar", "السلام", "CHN", "peace"),
]


@pytest.mark.parametrize(("language", "word", "state", "sentence"), WORDS)
def test_a_word_is_found_in_each_language(
    client: Client, language: str, word: str, state: str, sentence: str
) -> None:
    assert word in archive_corpus.SENTENCES[sentence][language]
    hits = _api(client, q=word, languages=language, limit=100)
    assert (state, language) in _found(hits)
    assert all(hit["language"] == language for hit in hits)
    assert word in _marked(client, word, language=language)


def test_a_chinese_two_character_word_is_found(client: Client) -> None:
    # 和平 (peace) inside 国际和平与安全取决于法治: China's and Cuba's paragraphs, among others.
    hits = _api(client, q="和平", languages="zh", limit=100)
    assert {("CHN", "zh"), ("CUB", "zh"), ("MEX", "zh")} <= _found(hits)
    assert all("和平" in "".join(p["text"] for p in hit["snippet"]) for hit in hits)
    assert "和平" in _marked(client, "和平", language="zh")


def test_a_stemmed_form_finds_the_inflected_one(client: Client) -> None:
    # The French versions print "armes"; a search for "arme" finds them.
    french = _api(client, q="arme", languages="fr", limit=100)
    assert ("FRA", "fr") in _found(french)
    assert "armes" in _marked(client, "arme", language="fr")
    # The Russian versions print "разоружения" (genitive); the nominative finds it.
    russian = _api(client, q="разоружение", languages="ru", limit=100)
    assert ("RUS", "ru") in _found(russian)
    assert "разоружения" in _marked(client, "разоружение", language="ru")


def test_a_term_in_one_language_finds_it_written_in_the_others(client: Client) -> None:
    hits = _api(client, q='"Conference on Disarmament"', limit=100)
    # Norway's first paragraph is about the Conference, in each of the six versions.
    assert {("NOR", lang) for lang in archive_corpus.LANGUAGES} <= _found(hits)
    chinese = [h for h in hits if h["language"] == "zh"]
    assert all("裁军谈判会议" in "".join(p["text"] for p in h["snippet"]) for h in chinese)
    assert "裁军谈判会议" in _marked(client, '"Conference on Disarmament"', language="zh")
