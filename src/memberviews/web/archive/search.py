"""The archive's search: one interface, two engines.

:func:`search` reads the query (words, ``"phrases"``, ``OR``, ``-word``), widens each term to
its forms in the other languages through the term list, and asks the database's engine
(SQLite FTS5 by default, PostgreSQL full text when ``DATABASE_URL`` names one) for the
matching paragraphs, filtered and sorted. The views, the API and the exports call this and
nothing else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Sort = Literal["relevance", "date"]


@dataclass(frozen=True)
class Filters:
    """What a search may be narrowed to; an empty field narrows nothing."""

    #: States, by ISO 3166 alpha-3 code.
    states: tuple[str, ...] = ()
    #: United Nations regional groups (keys of :data:`memberviews.core.groups.GROUPS`).
    groups: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    sessions: tuple[int, ...] = ()
    #: A mandating resolution, as cited ("66/32").
    mandate: str | None = None
    #: A recurring question (:class:`~memberviews.web.archive.models.Series` id).
    series: int | None = None
    #: The language the reply was written in.
    original_languages: tuple[str, ...] = ()
    #: The language version searched.
    languages: tuple[str, ...] = ()
    #: Replies of States only, or of organizations only.
    author: Literal["state", "organization"] | None = None


@dataclass(frozen=True)
class Hit:
    """A paragraph found."""

    paragraph: int
    reply: int
    symbol: str
    language: str
    state: str
    organization: str
    date: dt.date | None
    year: int | None
    score: float
    #: The paragraph's text around what matched, as (text, matched) pieces.
    snippet: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    #: Give it back as ``cursor`` for the next page; None on the last page.
    next_cursor: str | None
    #: The terms searched in each language, the query's own and the term list's.
    searched: dict[str, list[str]] = field(default_factory=dict)


class QueryError(ValueError):
    """A query that cannot be read (an unclosed quote, nothing to search for)."""
