"""Replies after the cut-off go into addenda, each in six languages with its own symbol."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consultation_samples import load, reply

from memberviews.compose import compose
from memberviews.core.languages import CODES


def test_replies_after_the_cut_off_go_into_add_1(tmp_path: Path) -> None:
    replies = [
        reply("CUB", "es", "2012-06-05"),
        reply("MEX", "es", "2012-07-20"),
        reply("NOR", "en", "2012-06-30"),  # on the cut-off: still in the report
    ]
    composition = compose(load(tmp_path, replies=replies))
    assert composition.symbols == ["A/67/131", "A/67/131/Add.1"]
    assert [(d.symbol, d.language) for d in composition.documents] == [
        (symbol, language) for symbol in composition.symbols for language in CODES
    ]
    report = composition.document("A/67/131", "en")
    addendum = composition.document("A/67/131/Add.1", "en")
    assert [r.heading for r in report.replies] == ["Cuba", "Norway"]
    assert [r.heading for r in addendum.replies] == ["Mexico"]
    assert report.original_languages == ["en", "es"]
    assert addendum.original_languages == ["es"]
    # An addendum not declared in advance has no date or job numbers yet.
    assert (addendum.date, addendum.job_number) == (None, None)
    assert (report.date, report.job_number) == (date(2012, 7, 9), "12-40988")
    assert addendum.session == report.session == 67
    assert addendum.mandate == report.mandate


def test_the_date_of_receipt_decides_not_the_date_of_the_reply(tmp_path: Path) -> None:
    late = reply("CUB", "es", "2012-06-28", received="2012-07-02")
    composition = compose(load(tmp_path, replies=[late, reply("NOR", "en", "2012-06-01")]))
    cuba = composition.document("A/67/131/Add.1", "es").replies[0]
    # The date printed under the heading stays the reply's own.
    assert (cuba.heading, cuba.date, cuba.date_of_receipt) == (
        "Cuba",
        date(2012, 6, 28),
        date(2012, 7, 2),
    )


def test_declared_addenda_take_their_batches_and_their_own_job_numbers(tmp_path: Path) -> None:
    addenda = [
        {"cut_off": "2012-08-31", "date": "2012-09-10", "job_numbers": {"en": "12-50001"}},
        {"cut_off": "2012-10-31", "date": "2012-11-05", "job_numbers": {"en": "12-60001"}},
    ]
    replies = [
        reply("CUB", "es", "2012-06-05"),
        reply("MEX", "es", "2012-07-20"),
        reply("PER", "es", "2012-09-15"),
        reply("CHL", "es", "2012-12-01"),
    ]
    composition = compose(load(tmp_path, replies=replies, addenda=addenda))
    assert composition.symbols == [
        "A/67/131", "A/67/131/Add.1", "A/67/131/Add.2", "A/67/131/Add.3",
    ]  # fmt: skip
    found = {
        symbol: (
            [r.heading for r in composition.document(symbol, "en").replies],
            composition.document(symbol, "en").job_number,
            composition.document(symbol, "en").date,
        )
        for symbol in composition.symbols
    }
    assert found == {
        "A/67/131": (["Cuba"], "12-40988", date(2012, 7, 9)),
        "A/67/131/Add.1": (["Mexico"], "12-50001", date(2012, 9, 10)),
        "A/67/131/Add.2": (["Peru"], "12-60001", date(2012, 11, 5)),
        # After the last declared cut-off: one more addendum, not yet dated or numbered.
        "A/67/131/Add.3": (["Chile"], None, None),
    }


def test_an_empty_declared_addendum_is_not_composed_but_reported(tmp_path: Path) -> None:
    addenda = [{"cut_off": "2012-08-31"}, {}]
    replies = [reply("CUB", "es", "2012-06-05"), reply("PER", "es", "2012-09-15")]
    composition = compose(load(tmp_path, replies=replies, addenda=addenda))
    assert composition.symbols == ["A/67/131", "A/67/131/Add.2"]
    assert composition.warnings == [
        "A/67/131/Add.1: no replies were received for it; it is not composed"
    ]


def test_addendum_sections_follow_its_own_replies(tmp_path: Path) -> None:
    replies = [
        reply("CUB", "es", "2012-06-05"),
        reply("EU", "en", "2012-07-20", organization=True),
    ]
    composition = compose(load(tmp_path, replies=replies))
    addendum = composition.document("A/67/131/Add.1", "en")
    assert [(s.number, s.heading) for s in addendum.sections] == [
        ("I", "Introduction"),
        ("II", "Replies received from international organizations"),
    ]
    report = composition.document("A/67/131", "en")
    assert [s.number for s in report.sections] == ["I", "II"]
