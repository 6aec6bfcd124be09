"""The multilingual term list: read from its CSV, looked up by any form in any language (after
stemming), and the query widened to the forms of the entries it names."""

# ruff: noqa: E501 -- the term list's CSV rows stay on one line, as in the file.

from __future__ import annotations

import pytest

from memberviews.search.plan import Form, make_plan
from memberviews.search.query import parse_query
from memberviews.search.terms import TermList, entries, read_terms, shipped_terms

CSV = """en,fr,es,ru,zh,ar
Conference on Disarmament,Conférence du désarmement,Conferencia de Desarme,Конференция по разоружению,裁军谈判会议,مؤتمر نزع السلاح
Treaty on the Non-Proliferation of Nuclear Weapons|NPT| Non-Proliferation Treaty ,Traité sur la non-prolifération des armes nucléaires|TNP,,,不扩散核武器条约,
,,,,,
peace,paix,paz,мир,和平,السلام
"""

TERMS = TermList(read_terms(CSV))


def test_the_csv_is_read_into_entries_with_their_variants() -> None:
    entries_read = read_terms(CSV)
    assert len(entries_read) == 3  # the blank row is left out
    npt = entries_read[1].forms
    assert npt["en"] == (
        "Treaty on the Non-Proliferation of Nuclear Weapons",
        "NPT",
        "Non-Proliferation Treaty",
    )
    assert npt["fr"] == ("Traité sur la non-prolifération des armes nucléaires", "TNP")
    assert "es" not in npt and "ar" not in npt


def test_the_shipped_list_names_the_conference_on_disarmament_in_six_languages() -> None:
    shipped = shipped_terms()
    first = shipped[0].forms
    assert first["en"] == ("Conference on Disarmament",)
    assert first["zh"] == ("裁军谈判会议",)
    assert set(first) == {"en", "fr", "es", "ru", "zh", "ar"}
    assert TermList(shipped).find("conference on disarmament")[0] is shipped[0]


@pytest.mark.parametrize(
    "text",
    [
        "Conference on Disarmament",
        "conferences on disarmament",
        "Conferencia de Desarme",
        "Conférence du désarmement",
        "conference du desarmement",
        "Конференции по разоружению",
        "裁军谈判会议",
        "مؤتمر نزع السلاح",
    ],
)
def test_an_entry_is_found_by_any_form_in_any_language_once_stemmed(text: str) -> None:
    (entry,) = TERMS.find(text)
    assert entry.forms["zh"] == ("裁军谈判会议",)


def test_a_variant_finds_its_entry_and_other_words_find_none() -> None:
    assert TERMS.find("npt")[0].forms["zh"] == ("不扩散核武器条约",)
    assert TERMS.find("non-proliferation treaties")[0].forms["zh"] == ("不扩散核武器条约",)
    assert TERMS.find("Conference") == []
    assert TERMS.find("Disarmament Conference") == []


def test_rows_from_the_database_with_empty_cells_are_entries_too() -> None:
    made = entries([{"en": "small arms", "fr": "", "zh": "小武器", "ar": None}])
    assert [dict(e.forms) for e in made] == [{"en": ("small arms",), "zh": ("小武器",)}]


def _forms(text: str, language: str) -> list[str]:
    plan = make_plan(parse_query(text), TERMS).language(language)
    return [f.text for f in plan.forms()] if plan else []


def test_a_typed_run_of_words_naming_an_entry_is_searched_in_every_language() -> None:
    plan = make_plan(parse_query("Conference on Disarmament"), TERMS)
    assert plan.searched == {
        "ar": ["مؤتمر نزع السلاح"],
        "zh": ["裁军谈判会议"],
        "en": ["Conference on Disarmament"],
        "fr": ["Conference on Disarmament", "Conférence du désarmement"],
        "ru": ["Конференция по разоружению"],
        "es": ["Conference on Disarmament", "Conferencia de Desarme"],
    }
    russian = plan.language("ru")
    assert russian is not None
    (clause,) = russian.clauses
    assert clause == ((Form("Конференция по разоружению", ("конференц", "по", "разоружен")),),)


def test_the_typed_words_stay_words_and_the_rest_of_the_query_stays() -> None:
    plan = make_plan(parse_query("the Conference on Disarmament resumed -NPT"), TERMS)
    english = plan.language("en")
    assert english is not None
    assert len(english.clauses) == 2  # the entry, resumed ("the" is a stop word)
    words, phrase = english.clauses[0]
    assert [f.text for f in words] == ["Conference", "Disarmament"]  # "on" is one too
    assert [f.text for f in phrase] == ["Conference on Disarmament"]
    assert [a[0].text for a in english.excluded] == [
        "NPT",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
        "Non-Proliferation Treaty",
    ]
    # "the" and "resumed" are not searched in Chinese: no Chinese paragraph can match.
    assert plan.language("zh") is None


def test_a_word_is_searched_in_the_languages_of_its_script_only() -> None:
    plan = make_plan(parse_query("verification"), TERMS)
    assert [p.language for p in plan.languages] == ["en", "fr", "es"]
    assert plan.searched["fr"] == ["verification"]
    chinese = make_plan(parse_query("核查"), TERMS)
    assert [p.language for p in chinese.languages] == ["zh"]


def test_or_keeps_the_entries_of_each_side() -> None:
    assert _forms("paix OR NPT", "zh") == ["和平", "不扩散核武器条约"]


def test_the_languages_asked_for_are_the_only_ones_planned() -> None:
    plan = make_plan(parse_query("peace"), TERMS, languages=("zh", "ar"))
    assert [p.language for p in plan.languages] == ["ar", "zh"]
    assert plan.searched == {"ar": ["السلام"], "zh": ["和平"]}


def test_stop_words_typed_among_others_are_left_out_and_kept_when_quoted_or_alone() -> None:
    def english(query: str) -> list[list[list[str]]]:
        plan = make_plan(parse_query(query), TERMS, ["en"])
        language = plan.language("en")
        assert language is not None
        return [[[f.text for f in a] for a in clause] for clause in language.clauses]

    assert english("peace and security") == [[["peace"]], [["security"]]]
    assert english("the") == [[["the"]]]  # nothing else asked: kept
    assert english('"peace and security"') == [[["peace and security"]]]  # a phrase keeps it
    assert english('peace "and"') == [[["peace"]], [["and"]]]  # quoted, it is asked for
    # A language's own: "de" is one in French, not in English.
    plan = make_plan(parse_query("droits de l'homme"), TERMS, ["en", "fr"])
    # droits, de, l'homme in English; droits, l'homme in French.
    assert [len(p.clauses) for p in plan.languages] == [3, 2]
