"""The archive's search: one interface, two engines.

:func:`search` reads the query (words, ``"phrases"``, ``OR``, ``-word``), widens each term to
its forms in the other languages through the term list, and asks the database's engine
(SQLite FTS5 by default, PostgreSQL full text when ``DATABASE_URL`` names one) for the
matching paragraphs, filtered and sorted. The views, the API and the exports call this and
nothing else."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from memberviews.search import query as parsing
from memberviews.search.analysis import LANGUAGES
from memberviews.search.plan import Plan, make_plan
from memberviews.search.snippets import snippet
from memberviews.search.terms import COLUMNS, Entry, TermList, entries, shipped_terms
from memberviews.web.archive import engines
from memberviews.web.archive.models import Term

Sort = Literal["relevance", "date"]

#: The most hits a page holds.
MAX_LIMIT = 1000


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
    #: Whether the hits were ranked a window at a time: more paragraphs match than
    #: :data:`~memberviews.web.archive.engines.WINDOW`, and the best of those stored last
    #: come first (see :mod:`memberviews.web.archive.engines`).
    windowed: bool = False


class QueryError(ValueError):
    """A query that cannot be read (an unclosed quote, nothing to search for)."""


def search(
    text: str,
    filters: Filters = Filters(),
    *,
    sort: Sort = "relevance",
    limit: int = 20,
    cursor: str | None = None,
) -> Results:
    """The paragraphs that match ``text`` in the languages ``filters`` allow, narrowed by
    ``filters``, best first (``sort="relevance"``) or newest first (``"date"``), ``limit``
    at a time (at most :data:`MAX_LIMIT`); ``cursor`` (a page's ``next_cursor``) asks for
    the page after. Raises :class:`QueryError` for a query that cannot be read, or a cursor
    that another search gave."""
    if sort not in ("relevance", "date"):
        raise QueryError(f"unknown order {sort!r}: relevance or date")
    plan = make_search_plan(text, filters)
    after = _read_cursor(cursor, _fingerprint(text, filters, sort), sort) if cursor else None
    limit = max(1, min(limit, MAX_LIMIT))
    found = engines.current().find(plan, _where(filters), order=sort, limit=limit + 1, after=after)
    page = found.found[:limit]
    next_cursor = None
    if len(found.found) > limit:
        next_cursor = _write_cursor(page[-1].key, _fingerprint(text, filters, sort))
    return Results(_hits(page, plan), next_cursor, plan.searched, found.windowed)


def make_search_plan(text: str, filters: Filters = Filters()) -> Plan:
    """What :func:`search` looks for in each language: the query read, widened by the term
    list (shipped and users'), in the languages ``filters`` allow. Raises
    :class:`QueryError` for a query that cannot be read."""
    try:
        query = parsing.parse_query(text)
    except parsing.QueryError as error:
        raise QueryError(str(error)) from error
    languages = [c for c in LANGUAGES if not filters.languages or c in filters.languages]
    return make_plan(query, term_list(), languages)


# Filters -------------------------------------------------------------------------------

#: A resolution as cited, without the symbol's prefix ("A/RES/69/50" is "69/50").
_RESOLUTION_PREFIX = re.compile(r"^\s*A/RES/", re.IGNORECASE)


def _where(filters: Filters) -> engines.Where:
    """The filters as a condition on the paragraph table's own columns."""
    conditions: list[str] = []
    params: list[Any] = []

    def among(column: str, values: tuple[Any, ...]) -> None:
        if values:
            conditions.append(f"{column} IN ({', '.join('%s' for _ in values)})")
            params.extend(values)

    among("p.state", filters.states)
    among('p."group"', filters.groups)
    among("p.session", filters.sessions)
    among("p.original_language", filters.original_languages)
    if filters.year_from is not None:
        conditions.append("p.year >= %s")
        params.append(filters.year_from)
    if filters.year_to is not None:
        conditions.append("p.year <= %s")
        params.append(filters.year_to)
    if filters.mandate:
        conditions.append("p.mandate_id IN (SELECT id FROM archive_mandate WHERE resolution = %s)")
        params.append(_RESOLUTION_PREFIX.sub("", filters.mandate).strip())
    if filters.series is not None:
        conditions.append("p.series_id = %s")
        params.append(filters.series)
    if filters.author is not None:
        conditions.append("p.organization = %s")
        params.append(filters.author == "organization")
    return engines.Where(" AND ".join(conditions), tuple(params))


# Hits ----------------------------------------------------------------------------------


def _hits(found: list[engines.Found], plan: Plan) -> list[Hit]:
    if not found:
        return []
    ids = [f.paragraph for f in found]
    with connection.cursor() as cursor:
        # One query, by primary keys, the symbol and the organization looked up for each
        # row (the ORM's default ordering would join four tables; a join may read them all).
        cursor.execute(
            "SELECT p.id, p.reply_id,"
            " (SELECT d.symbol FROM archive_document d WHERE d.id = p.document_id),"
            " p.language, p.state,"
            " (SELECT r.organization FROM archive_reply r WHERE r.id = p.reply_id),"
            " p.date, p.year, p.body FROM archive_paragraph p"
            f" WHERE p.id IN ({', '.join('%s' for _ in ids)})",
            ids,
        )
        rows = {row[0]: row for row in cursor.fetchall()}
    forms = {lp.language: lp.forms() for lp in plan.languages}
    hits: list[Hit] = []
    for one in found:
        row = rows.get(one.paragraph)
        if row is None:  # taken out of the archive since the engine found it
            continue
        paragraph, reply, symbol, language, state, organization, date, year, body = row
        hits.append(
            Hit(
                paragraph=paragraph,
                reply=reply,
                symbol=symbol,
                language=language,
                state=state,
                organization=organization,
                # SQLite gives the date as text.
                date=dt.date.fromisoformat(date) if isinstance(date, str) else date,
                year=year,
                score=one.score,
                snippet=snippet(body, language, forms.get(language, [])),
            )
        )
    return hits


# Cursors -------------------------------------------------------------------------------


def _fingerprint(text: str, filters: Filters, sort: str) -> str:
    """What ties a cursor to its search."""
    described = json.dumps([text, dataclasses.asdict(filters), sort], sort_keys=True)
    return hashlib.sha256(described.encode()).hexdigest()[:16]


def _write_cursor(key: engines.Key, fingerprint: str) -> str:
    payload = json.dumps({"k": list(key), "f": fingerprint}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def _read_cursor(cursor: str, fingerprint: str, sort: Sort) -> engines.Key:
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        key = payload["k"]
        if payload["f"] != fingerprint:
            raise QueryError("the cursor belongs to another search")
        # By relevance (window's bound, score, id); by date (date, id).
        if not isinstance(key, list) or len(key) != (3 if sort == "relevance" else 2):
            raise TypeError(cursor)
        if not isinstance(key[-1], int) or isinstance(key[-1], bool):
            raise TypeError(cursor)
        if len(key) == 3:
            bound, score, paragraph = key
            if not (bound is None or isinstance(bound, int)) or not isinstance(score, float | int):
                raise TypeError(cursor)
            return (bound, float(score), paragraph)
        day, paragraph = key
        if not isinstance(day, str):
            raise TypeError(cursor)
        if day:  # SQLite's paragraphs with no date sort as ''
            dt.date.fromisoformat(day)
        return (day, paragraph)
    except (binascii.Error, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        if isinstance(error, QueryError):
            raise
        raise QueryError("the cursor cannot be read") from error


# The term list -------------------------------------------------------------------------

#: How long another process's change to the users' terms may go unseen here, in seconds
#: (a change made in this process is seen at once).
TERMS_FRESH = 60.0

_terms_lock = threading.Lock()


@dataclass
class _Cached:
    terms: TermList
    #: (how many users' terms, the highest id) when read: a term added or removed since,
    #: here or in another process, changes it.
    state: tuple[int, int | None]
    at: float


_terms: list[_Cached] = []


@cache
def _shipped() -> tuple[Entry, ...]:
    return tuple(shipped_terms())


def term_list() -> TermList:
    """The term list: the shipped one and the users' terms, read again when a term is
    added, changed or removed."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), max(id) FROM archive_term")
        count, last = cursor.fetchone()
    state = (int(count), None if last is None else int(last))
    now = time.monotonic()
    with _terms_lock:
        if _terms and _terms[0].state == state and now - _terms[0].at < TERMS_FRESH:
            return _terms[0].terms
    rows = list(Term.objects.order_by("id").values(*COLUMNS))
    made = TermList([*_shipped(), *entries(rows)])
    with _terms_lock:
        _terms[:] = [_Cached(made, state, now)]
    return made


@receiver(post_save, sender=Term)
@receiver(post_delete, sender=Term)
def _forget_terms(**kwargs: object) -> None:
    with _terms_lock:
        _terms.clear()
