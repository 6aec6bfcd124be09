"""Snippets: the paragraph's own words marked where the index matched stems or Chinese words,
in the six languages, and a long paragraph shown around its first match."""

from __future__ import annotations

import pytest

from memberviews.search.plan import Form, make_plan
from memberviews.search.query import parse_query
from memberviews.search.snippets import Snippet, snippet
from memberviews.search.terms import TermList
from support.archive_corpus import SENTENCES

NO_TERMS = TermList([])


def _snippet(query: str, text: str, language: str, width: int = 240) -> Snippet:
    plan = make_plan(parse_query(query), NO_TERMS).language(language)
    forms: list[Form] = plan.forms() if plan else []
    return snippet(text, language, forms, width)


def _marked(pieces: Snippet) -> str:
    return "".join(f"[{text}]" if matched else text for text, matched in pieces)


@pytest.mark.parametrize(
    ("language", "query", "sentence", "expected"),
    [
        (
            "en",
            "weapon eliminate",
            "nuclear",
            "All nuclear [weapons] must be [eliminated] under strict international verification.",
        ),
        (
            "fr",
            '"arme nucléaire"',
            "nuclear",
            "Toutes les [armes nucléaires] doivent être éliminées sous un contrôle"
            " international strict.",
        ),
        (
            "es",
            "conflicto",
            "small_arms",
            "El tráfico ilícito de armas pequeñas y ligeras alimenta los [conflictos] en"
            " muchas regiones.",
        ),
        (
            "ru",
            "разоружение",
            "multilateralism",
            "Многосторонность остается основополагающим принципом переговоров в области"
            " [разоружения].",
        ),
        (
            "zh",
            "和平 法治",
            "peace",
            "国际[和平]与安全取决于[法治]。",
        ),
        (
            "ar",
            '"نزع السلاح"',
            "cd",
            "ينبغي أن يستأنف مؤتمر [نزع السلاح] عمله الموضوعي دون تأخير.",
        ),
    ],
)
def test_the_matched_words_are_marked_in_each_language(
    language: str, query: str, sentence: str, expected: str
) -> None:
    assert _marked(_snippet(query, SENTENCES[sentence][language], language)) == expected


def test_a_phrase_is_marked_only_where_its_words_are_in_a_row() -> None:
    text = "Weapons of every kind; nuclear arms and nuclear weapons alike."
    assert _marked(_snippet('"nuclear weapons"', text, "en")) == (
        "Weapons of every kind; nuclear arms and [nuclear weapons] alike."
    )


def test_an_excluded_word_is_not_marked() -> None:
    text = SENTENCES["small_arms"]["en"]
    assert _marked(_snippet("weapons -nuclear", text, "en")).count("[") == 1


def test_a_long_paragraph_is_shown_around_its_first_match() -> None:
    text = " ".join(["Filler words before the point."] * 20)
    text += " Here the Conference on Disarmament is named. " + " ".join(["After."] * 40)
    pieces = _snippet('"Conference on Disarmament"', text, "en", width=120)
    shown = "".join(t for t, _ in pieces)
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 122
    assert [t for t, m in pieces if m] == ["Conference on Disarmament"]
    # Cut at word boundaries: each end of the shown text is a whole word.
    assert shown[1:].split()[0] in text.split() and shown[:-1].split()[-1] in text.split()


def test_a_paragraph_with_no_match_found_is_shown_from_its_start() -> None:
    text = SENTENCES["peace"]["en"]
    assert _snippet("unrelated", text, "en") == ((text, False),)
