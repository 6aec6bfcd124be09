"""The search engines behind :func:`memberviews.web.archive.search.search`: SQLite FTS5 (the
embedded default) and PostgreSQL full text. :func:`current` gives the database's own.

An engine keeps its index in step with the paragraphs (:meth:`Engine.index`,
:meth:`Engine.remove`) and finds the paragraphs a :class:`~memberviews.search.plan.Plan`
matches, narrowed by filters on the paragraph table's own columns (:class:`Where`), in
relevance or date order, a page at a time: each :class:`Found` carries the engine's sort
key, and the next page starts after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from django.db import connection
from django.db.models import QuerySet

from memberviews.search.plan import Plan
from memberviews.web.archive.models import Paragraph

Order = Literal["relevance", "date"]
#: Where a page ends in the engine's order: (score or date, paragraph id).
Key = tuple[float | str, int]


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
    ) -> list[Found]:
        """The first ``limit`` paragraphs that match ``plan`` and ``where`` in ``order``
        (best first, or newest first), after ``after`` when it is given."""

    def bare(self, plan: Plan, limit: int = 20) -> Sequence[int]:
        """The engine's own query for ``plan`` and nothing else (no filters, no page, no
        text): the ids of the ``limit`` best matches. The benchmark's baseline."""


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
