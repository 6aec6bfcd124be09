"""When a session opens, and so when its reports are due."""

from __future__ import annotations

from datetime import date

import pytest

from memberviews.core.resolutions import report_due, session_opening


@pytest.mark.parametrize(
    ("session", "opened"),
    [
        (67, date(2012, 9, 18)),  # 1 September a Saturday: the first week starts on the 3rd
        (70, date(2015, 9, 15)),
        (76, date(2021, 9, 14)),
        (78, date(2023, 9, 5)),  # the second week, since the seventy-eighth session
        (79, date(2024, 9, 10)),  # 1 September a Sunday
    ],
)
def test_the_day_a_session_opened(session: int, opened: date) -> None:
    assert session_opening(session) == opened


def test_a_report_is_due_weeks_before_its_session() -> None:
    assert report_due(67, 10) == date(2012, 7, 10)
