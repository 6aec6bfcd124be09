"""The archive's search on the two-cycle test archive (tests/support/archive_corpus.py), on
the database in use (SQLite FTS5, or PostgreSQL when DATABASE_URL names one): what a user
finds in each language, across languages through the term list, narrowed by each filter,
with the matched words marked, a page at a time."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection

from memberviews.core.model import Document as ParsedDocument
from memberviews.core.model import Reply as ParsedReply
from memberviews.web.archive import engines
from memberviews.web.archive.models import Document, Mandate, Paragraph, Series, Term
from memberviews.web.archive.search import Filters, Hit, QueryError, Results, Sort, search
from memberviews.web.archive.store import store_version
from support import archive_corpus
from support.archive_corpus import CYCLES, SENTENCES

pytestmark = pytest.mark.django_db

ALL = 1000


@pytest.fixture(scope="module", autouse=True)
def archive(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The test archive, stored once for the module (each test's changes are undone)."""
    with django_db_blocker.unblock():
        archive_corpus.load()
    yield
    with django_db_blocker.unblock():
        engines.current().remove(Paragraph.objects.all())
        Document.objects.all().delete()
        Mandate.objects.all().delete()
        Series.objects.all().delete()


def replies_with(sentence: str, **only: Any) -> set[tuple[str, str]]:
    """(symbol, State) of the replies of the test archive that hold ``sentence``; ``only``
    narrows by the cycle's fields (``session=70``) or the State's (``state="NOR"``)."""
    found = set()
    for cycle in CYCLES:
        if any(getattr(cycle, name) != value for name, value in only.items() if name != "state"):
            continue
        for state, _original, date, keys in cycle.replies:
            if sentence not in keys or only.get("state", state) != state:
                continue
            late = date > cycle.cut_off
            found.add((f"{cycle.symbol}/Add.1" if late else cycle.symbol, state))
    return found


def found(results: Results, language: str | None = None) -> set[tuple[str, str]]:
    return {(h.symbol, h.state) for h in results.hits if language in (None, h.language)}


def marked(hit: Hit) -> list[str]:
    """The pieces of the hit's snippet shown as matches."""
    return [text for text, matched in hit.snippet if matched]


def languages_of(results: Results) -> set[str]:
    return {h.language for h in results.hits}


# Each language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "query", "sentences", "word"),
    [
        ("en", "verification", ("nuclear",), "verification"),
        ("fr", "négociation", ("multilateralism", "norway_new"), "négociations"),
        ("es", "regiones", ("small_arms",), "regiones"),
        ("ru", "контроль", ("nuclear",), "контролем"),
        ("zh", "核查", ("nuclear",), "核查"),
        # The article is not part of the word: سلام finds السلام.
        ("ar", "سلام", ("peace",), "السلام"),
    ],
)
def test_a_word_is_found_in_its_language_in_every_reply_that_holds_it(
    language: str, query: str, sentences: tuple[str, ...], word: str
) -> None:
    results = search(query, Filters(languages=(language,)), limit=ALL)
    assert found(results) == set().union(*(replies_with(s) for s in sentences))
    assert all(marked(hit) == [word] for hit in results.hits)
    assert results.searched[language][0] == query


def test_a_two_character_chinese_word_is_found_inside_a_sentence() -> None:
    results = search("和平", Filters(languages=("zh",)), limit=ALL)
    assert found(results) == replies_with("peace")
    hit = results.hits[0]
    assert "".join(text for text, _ in hit.snippet) == SENTENCES["peace"]["zh"]
    assert marked(hit) == ["和平"]


def test_a_longer_chinese_form_is_found_as_written() -> None:
    results = search("严格的国际核查", limit=ALL)
    assert found(results) == replies_with("nuclear")
    assert marked(results.hits[0]) == ["严格的国际核查"]
    # Two words: both must be there, of two characters or longer.
    assert found(search("和平 法治", limit=ALL), "zh") == replies_with("peace")
    assert found(search("核查 严格的国际", limit=ALL), "zh") == replies_with("nuclear")
    assert found(search("和平 严格的国际", limit=ALL), "zh") == set()


def test_a_french_singular_finds_the_plural_and_the_plural_the_singular() -> None:
    singular, plural = search("arme", limit=ALL), search("armes", limit=ALL)
    expected = replies_with("nuclear") | replies_with("small_arms")
    assert found(singular, "fr") == found(plural, "fr") == expected
    french = [h for h in singular.hits if h.language == "fr"]
    assert {tuple(marked(h)) for h in french} == {("armes",)}


def test_a_russian_nominative_finds_the_genitive_and_the_dative() -> None:
    results = search("разоружение", Filters(languages=("ru",)), limit=ALL)
    assert found(results) == replies_with("multilateralism") | replies_with("cd")
    words = {word for hit in results.hits for word in marked(hit)}
    assert words == {"разоружения", "разоружению"}


# Across languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Conference on Disarmament",
        '"conference on disarmament"',
        "Конференции по разоружению",
        "裁军谈判会议",
        "مؤتمر نزع السلاح",
    ],
)
def test_a_term_of_the_term_list_is_found_in_all_six_languages(query: str) -> None:
    results = search(query, limit=ALL)
    expected = replies_with("cd")
    for language in archive_corpus.LANGUAGES:
        assert found(results, language) == expected, language
    zh = next(h for h in results.hits if h.language == "zh")
    assert marked(zh) == ["裁军谈判会议"]
    ru = next(h for h in results.hits if h.language == "ru")
    # The phrase as one piece (typed words are marked wherever they are, too).
    assert marked(ru)[0] == "Конференция по разоружению"
    ar = next(h for h in results.hits if h.language == "ar")
    assert marked(ar) == ["مؤتمر نزع السلاح"]
    assert "裁军谈判会议" in results.searched["zh"]
    assert "Conférence du désarmement" in results.searched["fr"]
    assert "Конференция по разоружению" in results.searched["ru"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite index's own tokens")
def test_the_term_list_s_phrases_are_found_by_their_tokens_as_by_their_words() -> None:
    from memberviews.search.analysis import terms
    from memberviews.search.phrases import shipped_phrases
    from memberviews.web.archive.engines.sqlite import WORDS

    def matched(expression: str) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH %s", [expression])
            return {i for (i,) in cursor.fetchall()}

    forms = {
        "en": "Conference on Disarmament",
        "fr": "Conférence du désarmement",
        "es": "Conferencia de Desarme",
        "ru": "Конференция по разоружению",
        "ar": "مؤتمر نزع السلاح",
    }
    for language, form in forms.items():
        stems = tuple(terms(form, language))
        token = shipped_phrases().token(language, stems)
        assert token is not None, form
        by_words = matched(f'{language} : "{" ".join(stems)}"')
        assert by_words, form
        assert matched(f'{language} : "{token}"') == by_words


def test_a_term_list_entry_inside_a_longer_query_is_widened_too() -> None:
    results = search("Conference on Disarmament resume", limit=ALL)
    assert found(results, "en") == replies_with("cd")
    assert found(results, "zh") == set()  # "resume" is not searched in Chinese


def test_a_term_added_by_a_user_is_found_in_the_other_languages() -> None:
    assert found(search("substantive work", limit=ALL), "zh") == set()
    term = Term.objects.create(en="substantive work|core work", zh="实质性工作", ru="работу")
    results = search("substantive work", limit=ALL)
    assert found(results, "zh") == replies_with("cd")
    assert found(results, "ru") == replies_with("cd")
    assert found(search('"core work"', limit=ALL), "zh") == replies_with("cd")
    assert "实质性工作" in results.searched["zh"]
    term.delete()
    assert found(search("substantive work", limit=ALL), "zh") == set()


# The query language ------------------------------------------------------------------


def test_a_phrase_needs_its_words_in_a_row_and_words_do_not() -> None:
    english = Filters(languages=("en",))
    assert found(search("nuclear verification", english, limit=ALL)) == replies_with("nuclear")
    assert search('"nuclear verification"', english, limit=ALL).hits == []
    phrase = search('"nuclear weapons"', english, limit=ALL)
    assert found(phrase) == replies_with("nuclear")
    assert marked(phrase.hits[0]) == ["nuclear weapons"]


def test_or_accepts_either_word() -> None:
    either = search("verification OR regions", limit=ALL)
    assert found(either, "en") == replies_with("nuclear") | replies_with("small_arms")
    assert found(search("verification regions", limit=ALL), "en") == set()


@pytest.mark.parametrize("query", ["weapons -nuclear", "weapons NOT nuclear"])
def test_an_excluded_word_leaves_out_the_paragraphs_that_hold_it(query: str) -> None:
    assert found(search(query, limit=ALL), "en") == replies_with("small_arms")


def test_an_excluded_phrase_leaves_out_only_that_phrase() -> None:
    results = search('weapons -"light weapons"', limit=ALL)
    assert found(results, "en") == replies_with("nuclear")
    assert found(search("weapons -light", limit=ALL), "en") == replies_with("nuclear")
    assert found(search("和平 -法治", limit=ALL), "zh") == set()
    assert found(search("核查 -严格的国际", limit=ALL), "zh") == set()
    assert found(search("国际 -严格的国际", limit=ALL), "zh") == replies_with("peace")


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ('"Conference on', "not closed"),
        ("", "nothing to search for"),
        ("  !!  ", "nothing to search for"),
        ("-nuclear", "not excluded"),
        ("OR nuclear", "OR needs"),
        ("nuclear OR -weapons", "excluded term"),
    ],
)
def test_a_query_that_cannot_be_read_says_why(query: str, reason: str) -> None:
    with pytest.raises(QueryError, match=reason):
        search(query)


# Filters -----------------------------------------------------------------------------

CD = "Conference on Disarmament"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(states=("NOR", "EGY")), replies_with("cd", state="NOR") | {("A/70/120", "EGY")}),
        (Filters(groups=("african",)), {("A/70/120", "EGY")}),
        (
            Filters(groups=("eastern_european", "african")),
            {("A/70/120", "EGY"), ("A/70/120", "RUS")},
        ),
        (Filters(year_from=2016), replies_with("cd", session=71)),
        (Filters(year_to=2015), replies_with("cd", session=70)),
        (Filters(year_from=2015, year_to=2015), replies_with("cd", session=70)),
        (Filters(year_from=2017), set()),
        (Filters(sessions=(71,)), replies_with("cd", session=71)),
        (Filters(mandate="69/50"), replies_with("cd", session=70)),
        (Filters(mandate="A/RES/70/40"), replies_with("cd", session=71)),
        (Filters(original_languages=("ru", "ar")), {("A/70/120", "RUS"), ("A/70/120", "EGY")}),
        (Filters(author="state"), replies_with("cd")),
        (Filters(author="organization"), set()),
    ],
)
def test_each_filter_narrows_the_hits(
    filters: Filters, expected: set[tuple[str, str]], window: int
) -> None:
    results = search(CD, filters, limit=ALL)
    assert found(results) == expected
    # In every language: a filter narrows the replies, not the languages.
    if expected:
        assert languages_of(results) == set(archive_corpus.LANGUAGES)


def test_the_series_filter_keeps_the_question_s_cycles() -> None:
    series = Series.objects.get()
    assert found(search(CD, Filters(series=series.pk), limit=ALL)) == replies_with("cd")
    assert search(CD, Filters(series=series.pk + 1), limit=ALL).hits == []


def test_the_language_filter_searches_those_versions_only() -> None:
    results = search(CD, Filters(languages=("fr", "zh")), limit=ALL)
    assert languages_of(results) == {"fr", "zh"}
    assert found(results, "fr") == replies_with("cd")
    assert set(results.searched) == {"fr", "zh"}


# Hits, order and pages ---------------------------------------------------------------


def test_a_hit_says_where_the_paragraph_is() -> None:
    results = search("substantive", Filters(states=("DEU",), languages=("en",)))
    (hit,) = results.hits
    assert (hit.symbol, hit.language, hit.state, hit.organization) == ("A/71/130", "en", "DEU", "")
    assert str(hit.date) == "2016-06-03" and hit.year == 2016
    paragraph = Paragraph.objects.get(pk=hit.paragraph)
    assert paragraph.reply_id == hit.reply
    assert paragraph.body == SENTENCES["cd"]["en"]
    assert marked(hit) == ["substantive"]


def test_the_best_match_comes_first() -> None:
    # A paragraph holding both words ranks above those holding one.
    results = search("weapons OR nuclear", Filters(languages=("en",)), limit=ALL)
    assert marked(results.hits[0]) == ["nuclear", "weapons"]
    scores = [h.score for h in results.hits]
    assert scores == sorted(scores, reverse=True)


def test_sorted_by_date_the_newest_come_first() -> None:
    results = search(CD, sort="date", limit=ALL)
    dates = [h.date for h in results.hits if h.date is not None]
    assert len(dates) == len(results.hits)
    assert dates == sorted(dates, reverse=True)
    assert results.hits[0].symbol == "A/71/130"


@pytest.fixture(params=[1000, 5], ids=["one window", "windows of 5"])
def window(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """The matches ranked together: all of the test archive's, or five at a time (as a
    common word's are in a large archive)."""
    monkeypatch.setattr(engines, "WINDOW", request.param)
    return int(request.param)


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_cursor_walks_every_page_once(sort: Sort, window: int) -> None:
    everything = search(CD, sort=sort, limit=ALL)
    assert everything.next_cursor is None
    pages: list[list[int]] = []
    cursor = None
    while len(pages) < 20:  # a cursor that never ends fails here, not by hanging
        page = search(CD, sort=sort, limit=4, cursor=cursor)
        pages.append([h.paragraph for h in page.hits])
        cursor = page.next_cursor
        if cursor is None:
            break
    seen = [paragraph for page_ids in pages for paragraph in page_ids]
    assert seen == [h.paragraph for h in everything.hits]
    assert len(set(seen)) == len(seen) == 36
    assert [len(page_ids) for page_ids in pages] == [4] * 9


def test_many_matches_are_ranked_a_window_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    together = search(CD, limit=ALL)
    assert not together.windowed
    monkeypatch.setattr(engines, "WINDOW", 5)
    windowed = search(CD, limit=ALL)
    assert windowed.windowed
    # Every match still, each once; the 5 stored last first, best first, then the 5 before.
    assert sorted(h.paragraph for h in windowed.hits) == sorted(h.paragraph for h in together.hits)
    newest = sorted((h.paragraph for h in together.hits), reverse=True)
    for start in range(0, 36, 5):
        chunk = windowed.hits[start : start + 5]
        assert {h.paragraph for h in chunk} == set(newest[start : start + 5])
        assert [h.score for h in chunk] == sorted((h.score for h in chunk), reverse=True)
    # The same paragraph scores the same, ranked in a window or with all the others.
    scores = {h.paragraph: h.score for h in together.hits}
    assert all(h.score == pytest.approx(scores[h.paragraph]) for h in windowed.hits)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's two ways")
@pytest.mark.parametrize("filters", [Filters(), Filters(states=("NOR", "CUB"))])
def test_a_window_read_backwards_or_by_the_index_holds_the_same_hits(
    monkeypatch: pytest.MonkeyPatch, filters: Filters
) -> None:
    from memberviews.web.archive.engines.postgres import PostgresEngine

    monkeypatch.setattr(engines, "WINDOW", 5)
    ways = []
    for crossing in (0.0, 1e12):  # read backwards by id always; by the index always
        monkeypatch.setattr(PostgresEngine, "_crossing", staticmethod(lambda *_, c=crossing: c))
        ways.append([(h.paragraph, h.score) for h in search(CD, filters, limit=ALL).hits])
    assert ways[0] == ways[1]
    assert len(ways[0]) > 5


def test_by_date_many_matches_come_in_the_same_order_as_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Few matches are sorted once found; many are read in date order until the page is full.
    few = search(CD, Filters(states=("NOR", "CUB", "CHN")), sort="date", limit=ALL)
    monkeypatch.setattr(engines, "WINDOW", 5)
    many = search(CD, Filters(states=("NOR", "CUB", "CHN")), sort="date", limit=ALL)
    assert [h.paragraph for h in many.hits] == [h.paragraph for h in few.hits]
    assert len(few.hits) > 5


def test_a_cursor_of_another_search_is_refused() -> None:
    cursor = search(CD, limit=2).next_cursor
    assert cursor is not None
    with pytest.raises(QueryError, match="another search"):
        search("nuclear", limit=2, cursor=cursor)
    with pytest.raises(QueryError, match="cannot be read"):
        search(CD, cursor="not-a-cursor")
    # A cursor of this search, but with no place in it.
    fingerprint = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["f"]
    for key in ([], [1], [None, 1.0, 2, 3], [None, "x", 2], ["2016-05-09", 2]):
        made = json.dumps({"k": key, "f": fingerprint}).encode()
        with pytest.raises(QueryError, match="cannot be read"):
            search(CD, cursor=base64.urlsafe_b64encode(made).decode())
    by_date = search(CD, sort="date", limit=2).next_cursor
    assert by_date is not None
    fingerprint = json.loads(base64.urlsafe_b64decode(by_date + "=" * (-len(by_date) % 4)))["f"]
    for wrong in (["not a date", 2], [None, 1.0, 2], [None, 2]):
        made = json.dumps({"k": wrong, "f": fingerprint}).encode()
        with pytest.raises(QueryError, match="cannot be read"):
            search(CD, sort="date", cursor=base64.urlsafe_b64encode(made).decode())


# The index follows the archive -------------------------------------------------------


def norway(document: ParsedDocument) -> ParsedReply:
    return next(r for r in document.replies if r.state is not None and r.state.iso3 == "NOR")


def test_a_replaced_version_is_found_by_its_new_text_only() -> None:
    english = next(
        d for d in archive_corpus.documents() if d.symbol == "A/71/130" and d.language == "en"
    )
    norway(english).paragraphs[0] = "A corrected paragraph about verification regimes."
    assert store_version(english, digest="corrected").outcome == "updated"
    assert found(search("corrected regimes", limit=ALL), "en") == {("A/71/130", "NOR")}
    assert found(search("substantive", Filters(languages=("en",)), limit=ALL)) == (
        replies_with("cd") - {("A/71/130", "NOR")}
    )
    chinese = next(
        d for d in archive_corpus.documents() if d.symbol == "A/71/130" and d.language == "zh"
    )
    norway(chinese).paragraphs[0] = "挪威支持全面禁止核试验。"
    store_version(chinese, digest="corrected-zh")
    assert found(search("全面禁止核试验", limit=ALL), "zh") == {("A/71/130", "NOR")}
    assert found(search("裁军谈判会议", Filters(languages=("zh",)), limit=ALL)) == (
        replies_with("cd") - {("A/71/130", "NOR")}
    )
