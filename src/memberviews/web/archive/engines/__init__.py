"""The search engines behind :func:`memberviews.web.archive.search.search`: SQLite FTS5 (the
embedded default) and PostgreSQL full text. :func:`current` gives the database's own."""

from __future__ import annotations

from typing import Protocol

from django.db import connection
from django.db.models import QuerySet

from memberviews.web.archive.models import Paragraph


class Engine(Protocol):
    def index(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Adds the paragraphs (stored already) to the index."""

    def remove(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Takes the paragraphs (still stored) out of the index."""


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
