"""Reading the archive: the lists and records the public API and the archive's pages show.

Every list is a :class:`Page` read by keyset (after the last row's id, or a State's code), so
a page costs the same at the start of the list as at its end and a row stored meanwhile is
neither skipped nor repeated. The cursor is opaque to the reader: :func:`encode_cursor`
writes it, :func:`decode_cursor` refuses one made for another list. The search and its
exports go through :func:`search_page` and :func:`search_all`, the one place that calls
:func:`memberviews.web.archive.search.search`."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db.models import Count, Exists, F, Max, Min, Model, OuterRef, Prefetch, Q, QuerySet

from memberviews.core.groups import group_of
from memberviews.core.languages import CODES
from memberviews.core.states import state_by_iso3
from memberviews.web.archive import search as archive_search
from memberviews.web.archive.models import (
    Document,
    Mandate,
    Paragraph,
    Reply,
    ReplyText,
)
from memberviews.web.archive.search import Filters, Hit, Results, Sort

T = TypeVar("T")
M = TypeVar("M", bound=Model)

#: A search narrowed by nothing.
NO_FILTERS = Filters()

#: How many hits :func:`search_all` asks the search for at a time.
SEARCH_BATCH = 200


class NotFound(LookupError):
    """No such record in the archive; ``str(error)`` says which, in one line."""


class BadCursor(ValueError):
    """A cursor this list did not give."""


class SearchLoop(RuntimeError):
    """The search's pages walked in a circle (a fault of the engine, never of the query)."""


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    #: Give it back as ``cursor`` for the next page; None on the last page.
    next_cursor: str | None


def encode_cursor(scope: str, key: int | str) -> str:
    """An opaque cursor: the list it belongs to and the key of the last row shown."""
    return base64.urlsafe_b64encode(f"{scope}:{key}".encode()).decode().rstrip("=")


def decode_cursor(scope: str, cursor: str) -> str:
    """The key a cursor of list ``scope`` holds; :class:`BadCursor` for any other text."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadCursor("the cursor is not one this list gave") from None
    found, _, key = text.partition(":")
    if found != scope or not key:
        raise BadCursor("the cursor is not one this list gave")
    return key


def _id_after(scope: str, cursor: str | None) -> int | None:
    if not cursor:  # none, or empty: from the start
        return None
    key = decode_cursor(scope, cursor)
    if not key.isdigit():
        raise BadCursor("the cursor is not one this list gave")
    return int(key)


def _page(scope: str, rows: QuerySet[Any, T], limit: int, key: Callable[[T], int | str]) -> Page[T]:
    """The first ``limit`` rows, and a cursor after the last if there are more."""
    items = list(rows[: limit + 1])
    if len(items) <= limit:
        return Page(items, None)
    items = items[:limit]
    return Page(items, encode_cursor(scope, key(items[-1])))


def _by_id(scope: str, rows: QuerySet[M], cursor: str | None, limit: int) -> Page[M]:
    after = _id_after(scope, cursor)
    if after is not None:
        rows = rows.filter(pk__gt=after)
    return _page(scope, rows.order_by("pk"), limit, lambda row: row.pk)


# Documents -------------------------------------------------------------------------------


def documents(
    *,
    session: int | None = None,
    year: int | None = None,
    kind: str | None = None,
    mandate: str | None = None,
    series: int | None = None,
    language: str | None = None,
    cursor: str | None = None,
    limit: int = 20,
) -> Page[Document]:
    """The documents, in the order they were stored, narrowed by what is given: a session,
    a year, a kind (report, addendum, …), a mandating resolution ("69/50"), a series, a
    language version held."""
    rows = Document.objects.select_related("mandate", "series", "amends")
    if session is not None:
        rows = rows.filter(session=session)
    if year is not None:
        rows = rows.filter(year=year)
    if kind:
        rows = rows.filter(kind=kind)
    if mandate:
        rows = rows.filter(mandate__resolution=mandate)
    if series is not None:
        rows = rows.filter(series_id=series)
    if language:
        rows = rows.filter(versions__language=language)
    return _by_id("documents", rows, cursor, limit)


def document(symbol: str) -> Document:
    """The document of ``symbol`` with its versions, what amends it and its replies
    prefetched."""
    found = (
        Document.objects.select_related("mandate", "series", "amends")
        .prefetch_related(
            Prefetch("versions"),
            Prefetch("amendments", queryset=Document.objects.order_by("symbol")),
            Prefetch("replies", queryset=Reply.objects.select_related("document")),
        )
        .filter(symbol=symbol)
        .first()
    )
    if found is None:
        raise NotFound(f"no document {symbol!r} in the archive")
    return found


# Replies ---------------------------------------------------------------------------------


def _filtered_replies(filters: Filters) -> QuerySet[Reply]:
    """The replies a search with ``filters`` would look in (the same fields, read from the
    reply and its document instead of the paragraphs' copies)."""
    rows = Reply.objects.select_related("document")
    if filters.states:
        rows = rows.filter(state__in=filters.states)
    if filters.groups:
        rows = rows.filter(group__in=filters.groups)
    if filters.year_from is not None:
        rows = rows.filter(document__year__gte=filters.year_from)
    if filters.year_to is not None:
        rows = rows.filter(document__year__lte=filters.year_to)
    if filters.sessions:
        rows = rows.filter(document__session__in=filters.sessions)
    if filters.mandate:
        rows = rows.filter(document__mandate__resolution=filters.mandate)
    if filters.series is not None:
        rows = rows.filter(document__series_id=filters.series)
    if filters.original_languages:
        rows = rows.filter(original_language__in=filters.original_languages)
    if filters.languages:
        texts = ReplyText.objects.filter(reply=OuterRef("pk"), language__in=filters.languages)
        rows = rows.filter(Exists(texts))
    if filters.author == "state":
        rows = rows.exclude(state="")
    elif filters.author == "organization":
        rows = rows.filter(state="")
    return rows


def replies(
    filters: Filters = NO_FILTERS,
    *,
    document: str | None = None,
    cursor: str | None = None,
    limit: int = 20,
) -> Page[Reply]:
    """The replies, in the order they were stored, narrowed as a search is (and to one
    document's, by its symbol)."""
    rows = _filtered_replies(filters)
    if document:
        rows = rows.filter(document__symbol=document)
    return _by_id("replies", rows, cursor, limit)


@dataclass(frozen=True)
class ReplyVersion:
    """A reply as one language version prints it."""

    language: str
    heading: str
    name: str
    paragraphs: list[str]


def reply(pk: int) -> tuple[Reply, list[ReplyVersion]]:
    """A reply and its text in every language version found, in the six languages' order."""
    found = Reply.objects.select_related("document").filter(pk=pk).first()
    if found is None:
        raise NotFound(f"no reply {pk} in the archive")
    texts = ReplyText.objects.filter(reply=found).prefetch_related(
        Prefetch("paragraphs", queryset=Paragraph.objects.order_by("position"))
    )
    versions = [
        ReplyVersion(t.language, t.heading, t.name, [p.body for p in t.paragraphs.all()])
        for t in texts
    ]
    order = {code: n for n, code in enumerate(CODES)}
    versions.sort(key=lambda v: order.get(v.language, len(order)))
    return found, versions


# States ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateCount:
    """A State that replied, and how often."""

    code: str
    #: The State's short name in each language (its code alone where the register lacks it).
    names: dict[str, str]
    group: str | None
    replies: int
    documents: int
    first_year: int | None
    last_year: int | None


def _names(code: str) -> dict[str, str]:
    state = state_by_iso3(code)
    if state is None:
        return {}
    return {language: state.short_name(language) for language in CODES}


def _state_counts(rows: QuerySet[Reply]) -> QuerySet[Reply, dict[str, Any]]:
    return (
        rows.exclude(state="")
        .values("state")
        .annotate(
            replies=Count("pk"),
            documents=Count("document", distinct=True),
            first_year=Min("document__year"),
            last_year=Max("document__year"),
        )
        .order_by("state")
    )


def _state_count(row: dict[str, Any]) -> StateCount:
    code = str(row["state"])
    return StateCount(
        code=code,
        names=_names(code),
        group=group_of(code),
        replies=int(row["replies"]),
        documents=int(row["documents"]),
        first_year=row["first_year"],
        last_year=row["last_year"],
    )


def states(*, cursor: str | None = None, limit: int = 20) -> Page[StateCount]:
    """The States that replied, by code, each with its count of replies."""
    rows = _state_counts(Reply.objects.all())
    if cursor:
        rows = rows.filter(state__gt=decode_cursor("states", cursor))
    page = _page("states", rows, limit, lambda row: str(row["state"]))
    return Page([_state_count(row) for row in page.items], page.next_cursor)


def state(code: str) -> tuple[StateCount, list[Reply]]:
    """A State that replied, and its replies, oldest first."""
    found = _state_counts(Reply.objects.filter(state=code)).first()
    if found is None:
        raise NotFound(f"no reply of a State {code!r} in the archive")
    rows = (
        Reply.objects.filter(state=code)
        .select_related("document")
        .order_by(F("document__date").asc(nulls_last=True), "document__symbol")
    )
    return _state_count(found), list(rows)


# Mandates --------------------------------------------------------------------------------


def mandates(*, cursor: str | None = None, limit: int = 20) -> Page[Mandate]:
    """The mandates reports cite, in the order they were stored, each annotated with the
    count of documents it mandated (``documents_count``)."""
    rows = Mandate.objects.select_related("series").annotate(documents_count=Count("documents"))
    return _by_id("mandates", rows, cursor, limit)


@dataclass(frozen=True)
class Cycle:
    """A document of a mandate's question, with its count of replies."""

    document: Document
    replies: int


def mandate(pk: int) -> tuple[Mandate, list[Cycle]]:
    """A mandate and its cycles: the documents of its series (of the question it asked
    about), or the documents it mandated where it has no series, by date."""
    found = Mandate.objects.select_related("series").filter(pk=pk).first()
    if found is None:
        raise NotFound(f"no mandate {pk} in the archive")
    rows = Document.objects.select_related("mandate", "series", "amends")
    if found.series_id is not None:
        rows = rows.filter(Q(series_id=found.series_id) | Q(mandate=found))
    else:
        rows = rows.filter(mandate=found)
    rows = rows.annotate(replies_count=Count("replies")).order_by(
        F("date").asc(nulls_last=True), "symbol"
    )
    return found, [Cycle(d, d.replies_count) for d in rows]


# Search ----------------------------------------------------------------------------------


def search_page(
    query: str,
    filters: Filters = NO_FILTERS,
    *,
    sort: Sort = "relevance",
    cursor: str | None = None,
    limit: int = 20,
) -> Results:
    """One page of the search's hits. Raises
    :class:`~memberviews.web.archive.search.QueryError` for a query it cannot read."""
    return archive_search.search(query, filters, sort=sort, cursor=cursor, limit=limit)


def search_all(
    query: str, filters: Filters = NO_FILTERS, *, sort: Sort = "relevance"
) -> Iterator[Hit]:
    """Every hit of a search, page after page to the last: what the exports hold. Raises
    :class:`SearchLoop` rather than give a page twice."""
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        results = search_page(query, filters, sort=sort, cursor=cursor, limit=SEARCH_BATCH)
        following = results.next_cursor
        if following is not None and (following == cursor or following in seen):
            raise SearchLoop(f"the search for {query!r} gave the cursor of a page before")
        yield from results.hits
        if following is None:
            return
        seen.add(following)
        cursor = following
