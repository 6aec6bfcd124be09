"""Reading the search's query language: words, phrases, OR, exclusions, and the queries it
refuses with a reason."""

from __future__ import annotations

import pytest

from memberviews.search.query import MAX_TERMS, Query, QueryError, Term, parse_query


def test_words_are_all_required() -> None:
    assert parse_query("nuclear  weapons") == Query(((Term("nuclear"),), (Term("weapons"),)))


@pytest.mark.parametrize(
    "text",
    [
        '"Conference on Disarmament"',
        "“Conference on Disarmament”",
        "«Conference on Disarmament»",
        '"Conference   on\tDisarmament"',
    ],
)
def test_a_quoted_phrase_is_one_term_whatever_the_quotation_marks(text: str) -> None:
    assert parse_query(text) == Query(((Term("Conference on Disarmament", quoted=True),),))


def test_a_chinese_phrase_between_corner_brackets() -> None:
    assert parse_query("「裁军谈判会议」 和平").clauses == (
        (Term("裁军谈判会议", quoted=True),),
        (Term("和平"),),
    )


def test_or_joins_the_terms_on_each_side_into_one_clause() -> None:
    query = parse_query('treaty OR convention "nuclear weapons" OR arms | weapons')
    assert query.clauses == (
        (Term("treaty"), Term("convention")),
        (Term("nuclear weapons", quoted=True), Term("arms"), Term("weapons")),
    )


def test_lowercase_or_and_is_a_word_and_and_changes_nothing() -> None:
    assert parse_query("war or peace").clauses == ((Term("war"),), (Term("or"),), (Term("peace"),))
    assert parse_query("war AND peace") == parse_query("war peace")


@pytest.mark.parametrize(
    "text", ['weapons -nuclear -"small arms"', 'weapons NOT nuclear NOT "small arms"']
)
def test_a_dash_or_not_excludes_a_term(text: str) -> None:
    assert parse_query(text) == Query(
        ((Term("weapons"),),), (Term("nuclear"), Term("small arms", quoted=True))
    )


def test_a_dash_inside_a_word_is_part_of_it() -> None:
    assert parse_query("non-proliferation - treaty").clauses == (
        (Term("non-proliferation"),),
        (Term("treaty"),),
    )


def test_punctuation_alone_is_no_term() -> None:
    assert parse_query("peace , ; security !").clauses == ((Term("peace"),), (Term("security"),))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('"Conference on Disarmament', "quotation mark is not closed"),
        ("peace “security", "quotation mark is not closed"),
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ('" " ; !', "nothing to search for"),
        ("-nuclear NOT weapons", "at least one term that is not excluded"),
        ("OR peace", "OR needs a term on each side"),
        ("peace OR", "OR needs a term on each side"),
        ("peace OR OR war", "OR needs a term on each side"),
        ("peace NOT", "NOT needs a term after it"),
        ("peace OR -war", "excluded term cannot be one side of an OR"),
        ("-war OR peace", "excluded term cannot be one side of an OR"),
        (" ".join(["word"] * (MAX_TERMS + 1)), "too many terms"),
        ("x" * 1001, "too long"),
    ],
)
def test_a_query_that_cannot_be_read_is_refused_with_its_reason(text: str, reason: str) -> None:
    with pytest.raises(QueryError, match=reason):
        parse_query(text)
