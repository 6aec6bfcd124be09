"""Page furniture in long reports: footers whose page number runs to four digits."""

from __future__ import annotations

import pytest

from conftest import REFERENCE
from memberviews.ingest import read_text
from memberviews.ingest.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "16-11872 (E)1026",
        "1026/1463",
        "A/71/137 1026",
        "1026 16-11872 (E)",
        "(A) 14-56789 1026/1463",
    ],
)
def test_a_footer_of_page_1000_and_more_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["2012", "The year 2012/13 was", "In 1026 cases"])
def test_numbers_in_the_text_are_not(line: str) -> None:
    assert not is_furniture(line)


def test_a_footer_after_page_999_is_no_reply_heading() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    # The reference's own footer, as a 1,000-page report's page 1026 would print it.
    long = text.replace("12-41312 (C)", "12-41312 (C)1026")
    assert long != text
    document = read_text(long)
    assert [r.state.iso3 if r.state else None for r in document.replies] == [
        "CUB", "NOR", "PAN", "QAT", "ESP", "TKM"
    ]  # fmt: skip


@pytest.mark.parametrize("line", ["* A/67/150.", "** A/67/50.", "* A/67/150，", "* A/67150."])
def test_the_covers_agenda_footnote_is_furniture_as_ocr_leaves_it(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["* See A/67/150.", "A/67/150, paragraph 3", "*A/67/150 and"])
def test_a_sentence_citing_a_symbol_is_not(line: str) -> None:
    assert not is_furniture(line)
