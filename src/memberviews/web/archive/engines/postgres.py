"""Placeholder until the search engine lands: indexes nothing."""

from __future__ import annotations

from django.db.models import QuerySet

from memberviews.web.archive.models import Paragraph


class PostgresEngine:
    def index(self, paragraphs: QuerySet[Paragraph]) -> None:
        pass

    def remove(self, paragraphs: QuerySet[Paragraph]) -> None:
        pass
