"""The search engines behind :func:`memberviews.web.archive.search.search`: SQLite FTS5 (the
embedded default) and PostgreSQL full text. :func:`current` gives the database's own.

An engine keeps its index in step with the paragraphs (:meth:`Engine.index`,
:meth:`Engine.remove`) and finds the paragraphs a :class:`~memberviews.search.plan.Plan`
matches, narrowed by filters on the paragraph table's own columns (:class:`Where`), in
relevance or date order, a page at a time: each :class:`Found` carries the engine's sort
key, and the next page starts after it.

Relevance is ranked a window at a time (:func:`by_windows`): the best of the
:data:`WINDOW` matches stored last, then the best of the :data:`WINDOW` before them, and so
on. Ranking every match of a word found in a hundred thousand paragraphs would take the
time of scoring them all for each page (a quarter of a second at a million paragraphs);
a window is scored in a few milliseconds, whatever the archive's size, and every match is
still reached, page after page. A search whose matches fit in one window (most, and any
narrowed by a few words or filters) is ranked exactly."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from django.db import connection
from django.db.models import QuerySet

from memberviews.search.plan import Plan
from memberviews.web.archive.models import Paragraph

Order = Literal["relevance", "date"]
#: Where a page ends in the engine's order: by relevance, (the window's bound, relevance,
#: paragraph id), the bound being the paragraph id the window's matches are below (None:
#: the first window); by date, (date, paragraph id).
Key = tuple[int | float | str | None, ...]

#: How many matches a window of relevance ranking holds.
WINDOW = 2000


@dataclass(frozen=True)
class Where:
    """A condition on the paragraph table (aliased ``p``) and its parameters; ``%s``
    placeholders, as Django's cursors take them on both databases."""

    sql: str = ""
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Found:
    """A paragraph that matched: its id, its relevance (higher is better, comparable within
    one search) and its place in the order asked for."""

    paragraph: int
    score: float
    key: Key


@dataclass(frozen=True)
class Page:
    """What :meth:`Engine.find` found."""

    found: list[Found] = field(default_factory=list)
    #: Whether relevance was ranked a window at a time (more matches than one window).
    windowed: bool = False


#: An engine's window: the matches (id, relevance, higher better) with the highest ids
#: below a bound (None: any), at most ``size`` of them.
Window = Callable[[int | None, int], list[tuple[int, float]]]


def by_windows(window: Window, limit: int, after: Key | None) -> Page:
    """The first ``limit`` matches in relevance order, window after window, after ``after``
    (a key of this order)."""
    size = WINDOW
    below: int | None = None
    last: tuple[float, int] | None = None
    if after is not None:
        bound, score, paragraph = after
        below = bound if isinstance(bound, int) else None
        last = (-float(score or 0), int(paragraph or 0))
    found: list[Found] = []
    windowed = below is not None
    while True:
        rows = window(below, size)
        keyed = ((-score, paragraph) for paragraph, score in rows)
        if last is not None:
            keyed = (k for k in keyed if k > last)
        # The best few of the window (a page of a window of thousands: no full sort).
        ranked = heapq.nsmallest(limit - len(found), keyed)
        found += [Found(i, -s, (below, -s, i)) for s, i in ranked]
        if len(rows) < size:
            return Page(found, windowed)
        windowed = True
        if len(found) >= limit:
            return Page(found, windowed)
        below, last = min(i for i, _ in rows), None


class Engine(Protocol):
    def index(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Adds the paragraphs (stored already) to the index."""

    def remove(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Takes the paragraphs (still stored) out of the index."""

    def find(
        self,
        plan: Plan,
        where: Where,
        *,
        order: Order,
        limit: int,
        after: Key | None = None,
    ) -> Page:
        """The first ``limit`` paragraphs that match ``plan`` and ``where`` in ``order``
        (best first, window by window, or newest first), after ``after`` when it is
        given."""

    def bare(self, plan: Plan, limit: int = 20, window: int | None = None) -> Sequence[int]:
        """The engine's own query for ``plan`` and nothing else (no filters, no page, no
        text): the ids of the ``limit`` best matches, of all of them, or of the ``window``
        stored last. The benchmark's baselines."""


def current() -> Engine:
    """The engine of the database in use."""
    if connection.vendor == "postgresql":
        from memberviews.web.archive.engines.postgres import PostgresEngine

        return PostgresEngine()
    from memberviews.web.archive.engines.sqlite import SqliteEngine

    return SqliteEngine()


def segmented(body: str, language: str) -> str:
    """What :attr:`Paragraph.segmented` holds: the Chinese words, space-separated; empty for
    the other languages."""
    if language != "zh":
        return ""
    from memberviews.search.analysis import segment

    return " ".join(segment(body))


#: A Chinese form of this many characters or more is found by trigrams (as written); a
#: shorter one among jieba's words (trigrams cannot find two characters).
TRIGRAM_LENGTH = 3


def by_trigrams(language: str, tokens: tuple[str, ...]) -> bool:
    """Whether a form is found by the trigram index: a Chinese one of three characters or
    more."""
    return language == "zh" and len(tokens[0]) >= TRIGRAM_LENGTH
