"""What a mandate is: the request for views a resolution makes, and how often it recurs.
Also when a session of the General Assembly opens, and so when its reports are due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class Recurrence(StrEnum):
    """How often the resolution asks for the report (None where it does not say)."""

    ANNUAL = "annual"
    BIENNIAL = "biennial"
    TRIENNIAL = "triennial"
    QUADRENNIAL = "quadrennial"

    @property
    def years(self) -> int:
        return list(Recurrence).index(self) + 1

    @property
    def label(self) -> str:
        return {"annual": "Annually", "biennial": "Every two years"}.get(
            self.value, f"Every {self.years} years"
        )


@dataclass
class RequestForViews:
    """A resolution's request for views, as read from its text; every field None (or empty)
    where the text does not say."""

    language: str
    resolution: str | None = None
    title: str | None = None
    adopted: date | None = None
    #: The numbers of the operative paragraphs that ask for views.
    paragraphs: list[int] = field(default_factory=list)
    #: Those paragraphs' text, as given.
    operative_text: str = ""
    subject: str | None = None
    session: int | None = None
    recurrence: Recurrence | None = None
    invites_observers: bool | None = None
    invites_organizations: bool | None = None
    invites_civil_society: bool | None = None

    @property
    def adopting_session(self) -> int | None:
        """The session that adopted the resolution: 66 for resolution 66/32."""
        return int(self.resolution.split("/")[0]) if self.resolution else None


def session_year(session: int) -> int:
    """The year a regular session opens: the first in 1946, the sixty-seventh in 2012."""
    return 1945 + session


#: From which session on the Assembly opens in which week of September (rule 1 of its rules
#: of procedure): the third until the seventy-seventh, the second since the seventy-eighth.
_OPENING_WEEK = ((78, 2), (1, 3))


def session_opening(session: int) -> date:
    """The day a regular session opens: the Tuesday of the second (before the seventy-eighth
    session, the third) week of September, counting from the first week with at least one
    working day."""
    first = date(session_year(session), 9, 1)
    monday = first - timedelta(days=first.weekday())
    if first.weekday() >= 5:  # 1 September on a weekend: the first week starts after it
        monday += timedelta(days=7)
    week = next(week for since, week in _OPENING_WEEK if session >= since)
    return monday + timedelta(weeks=week - 1, days=1)


def report_due(session: int, weeks_before: int) -> date:
    """When a pre-session report is due: ``weeks_before`` the session opens."""
    return session_opening(session) - timedelta(weeks=weeks_before)
