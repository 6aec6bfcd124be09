"""The public JSON API (``/api/``): the archive's documents, replies, States and mandates,
its search and the search's exports, described at ``/api/openapi.json`` (OpenAPI 3.1) and
``/api/docs``.

Views here only read the request and shape the answer; what they show comes from
:mod:`memberviews.web.archive.queries` and :mod:`memberviews.web.archive.exports`. Every
refusal is JSON with a one-line ``detail``: 400 for parameters or a query that cannot be read,
404 for what the archive does not hold, 429 past the rate limit. The API is read-only
(:mod:`memberviews.web.archive.cors` refuses other methods)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI, Path, Query
from ninja.errors import Throttled, ValidationError
from ninja.operation import Operation
from ninja.throttling import SimpleRateThrottle

from memberviews.web.access import public_view
from memberviews.web.archive import exports, queries
from memberviews.web.archive.api_schemas import (
    DocumentDetail,
    DocumentPage,
    DocumentParams,
    DocumentSummary,
    Error,
    Id,
    MandateDetail,
    MandateOut,
    MandatePage,
    PageParams,
    ReplyDetail,
    ReplyPage,
    ReplyParams,
    ReplySummary,
    SearchPage,
    SearchParams,
    StateDetail,
    StateOut,
    StatePage,
    Text,
)
from memberviews.web.archive.search import Hit, QueryError


class ClientRateThrottle(SimpleRateThrottle):
    """At most ``settings.MEMBERVIEWS_API_RATE`` requests ("120/min") per client address,
    counted in Django's cache; an empty setting lifts the limit. The address is the
    connection's, or the one a trusted proxy forwarded (``NINJA_NUM_PROXIES``)."""

    scope = "client"

    def __init__(self) -> None:
        super().__init__(rate="1/s")  # read again from the settings on each request

    def allow_request(self, request: HttpRequest) -> bool:
        rate = getattr(settings, "MEMBERVIEWS_API_RATE", "")
        if not rate:
            return True
        self.rate = rate
        self.num_requests, self.duration = self.parse_rate(rate)
        return super().allow_request(request)

    def get_cache_key(self, request: HttpRequest) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class _Api(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        """The view's name (``list_documents``), which the description's readers see."""
        return operation.view_func.__name__

    @property
    def urls(self) -> tuple[list[URLResolver | URLPattern], str, str]:
        """The API's URLs, each view marked public (it shows published material only)."""
        patterns, app_name, namespace = super().urls
        for pattern in patterns:
            if isinstance(pattern, URLPattern):
                public_view(pattern.callback)
        return patterns, app_name, namespace


api = _Api(
    title="memberviews",
    version="1",
    description=(
        "The archive of the views of Member States: the reports that compiled them, each "
        "State's replies in the six official languages, the mandates that asked for them, "
        "and a search across years and languages with exports of its results. Read-only; "
        "lists are read page by page with an opaque cursor."
    ),
    urls_namespace="api",
    throttle=[ClientRateThrottle()],
)

#: The answers every operation may give besides its own.
_REFUSED: dict[int, Any] = {400: Error, 429: Error}
_MISSING: dict[int, Any] = {400: Error, 404: Error, 429: Error}


def _refuse(request: HttpRequest, error: Exception, *, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": str(error)}, status=status)


def _invalid(request: HttpRequest, error: Exception | type[Exception]) -> HttpResponse:
    """A parameter that does not validate: the first problem, in one line."""
    problems = error.errors if isinstance(error, ValidationError) else []
    first = problems[0] if problems else {}
    where = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
    message = str(first.get("msg", "invalid request")).splitlines()[0]
    return api.create_response(request, {"detail": f"{where}: {message}"}, status=400)


def _throttled(request: HttpRequest, error: Exception | type[Exception]) -> HttpResponse:
    rate = getattr(settings, "MEMBERVIEWS_API_RATE", "")
    return api.create_response(
        request, {"detail": f"Too many requests: the limit is {rate} per client."}, status=429
    )


api.add_exception_handler(ValidationError, _invalid)
api.add_exception_handler(Throttled, _throttled)
api.add_exception_handler(queries.NotFound, partial(_refuse, status=404))
api.add_exception_handler(queries.BadCursor, partial(_refuse, status=400))
api.add_exception_handler(QueryError, partial(_refuse, status=400))


# Documents -------------------------------------------------------------------------------


@api.get("/documents", response={200: DocumentPage, **_REFUSED}, tags=["documents"])
def list_documents(request: HttpRequest, params: Query[DocumentParams]) -> DocumentPage:
    """The documents (reports, addenda, corrigenda), in the order the archive stored them."""
    page = queries.documents(
        session=params.session,
        year=params.year,
        kind=params.kind,
        mandate=params.mandate,
        series=params.series,
        language=params.language,
        cursor=params.cursor,
        limit=params.limit,
    )
    return DocumentPage(
        items=[DocumentSummary.of(d) for d in page.items], next_cursor=page.next_cursor
    )


@api.get("/documents/{path:symbol}", response={200: DocumentDetail, **_MISSING}, tags=["documents"])
def get_document(request: HttpRequest, symbol: Path[Text]) -> DocumentDetail:
    """A document by its symbol (A/70/120/Add.1): its language versions, its replies, the
    document it amends and those that amend it, its mandate and its series."""
    return DocumentDetail.of(queries.document(symbol))


# Replies ---------------------------------------------------------------------------------


@api.get("/replies", response={200: ReplyPage, **_REFUSED}, tags=["replies"])
def list_replies(request: HttpRequest, params: Query[ReplyParams]) -> ReplyPage:
    """The replies, in the order the archive stored them, narrowed by the search's filters."""
    page = queries.replies(
        params.filters(), document=params.document, cursor=params.cursor, limit=params.limit
    )
    return ReplyPage(items=[ReplySummary.of(r) for r in page.items], next_cursor=page.next_cursor)


@api.get("/replies/{int:reply_id}", response={200: ReplyDetail, **_MISSING}, tags=["replies"])
def get_reply(request: HttpRequest, reply_id: Path[Id]) -> ReplyDetail:
    """A reply with its text in every language version of its document."""
    return ReplyDetail.of_versions(*queries.reply(reply_id))


# States ----------------------------------------------------------------------------------


@api.get("/states", response={200: StatePage, **_REFUSED}, tags=["states"])
def list_states(request: HttpRequest, params: Query[PageParams]) -> StatePage:
    """The States that replied, by code, with their counts of replies."""
    page = queries.states(cursor=params.cursor, limit=params.limit)
    return StatePage(items=[StateOut.of(s) for s in page.items], next_cursor=page.next_cursor)


@api.get("/states/{iso3}", response={200: StateDetail, **_MISSING}, tags=["states"])
def get_state(request: HttpRequest, iso3: Path[Text]) -> StateDetail:
    """A State (by ISO 3166 alpha-3 code) and all its replies, oldest first."""
    return StateDetail.of_replies(*queries.state(iso3.upper()))


# Mandates --------------------------------------------------------------------------------


@api.get("/mandates", response={200: MandatePage, **_REFUSED}, tags=["mandates"])
def list_mandates(request: HttpRequest, params: Query[PageParams]) -> MandatePage:
    """The resolutions that asked for views, as the reports cite them."""
    page = queries.mandates(cursor=params.cursor, limit=params.limit)
    return MandatePage(
        items=[MandateOut.of_counted(m) for m in page.items], next_cursor=page.next_cursor
    )


@api.get("/mandates/{int:mandate_id}", response={200: MandateDetail, **_MISSING}, tags=["mandates"])
def get_mandate(request: HttpRequest, mandate_id: Path[Id]) -> MandateDetail:
    """A mandate and its cycles: the reports on its question, each with its count of
    replies."""
    return MandateDetail.of_cycles(*queries.mandate(mandate_id))


# Search ----------------------------------------------------------------------------------


@api.get("/search", response={200: SearchPage, **_REFUSED}, tags=["search"])
def search(
    request: HttpRequest, params: Query[SearchParams], page: Query[PageParams]
) -> SearchPage:
    """Paragraphs of replies that match a query, across the six languages (a term is also
    searched as the term list writes it in the others), with the text around each match."""
    results = queries.search_page(
        params.q, params.filters(), sort=params.sort, cursor=page.cursor, limit=page.limit
    )
    return SearchPage.of(results)


def _exported(media_type: str, description: str) -> dict[str, Any]:
    return {
        "responses": {
            200: {
                "description": description,
                "content": {media_type: {"schema": {"type": "string"}}},
            }
        }
    }


def _checked_hits(params: SearchParams) -> Iterator[Hit]:
    """Every hit of the search, its first page read now: a query that cannot be read
    raises here, before the answer starts."""
    hits = queries.search_all(params.q, params.filters(), sort=params.sort)
    first = next(hits, None)

    def walk() -> Iterator[Hit]:
        if first is not None:
            yield first
            yield from hits

    return walk()


@api.get(
    "/export/csv",
    response=_REFUSED,
    tags=["search"],
    openapi_extra=_exported("text/csv", "Every paragraph found, one a line, with a header."),
)
def export_csv(request: HttpRequest, params: Query[SearchParams]) -> StreamingHttpResponse:
    """Every paragraph the search finds (all its pages), as CSV."""
    chunks = exports.csv_chunks(exports.export_rows(_checked_hits(params)))
    return _stream(chunks, "text/csv; charset=utf-8", "memberviews-search.csv")


@api.get(
    "/export/jsonl",
    response=_REFUSED,
    tags=["search"],
    openapi_extra=_exported("application/jsonl", "Every paragraph found, one JSON object a line."),
)
def export_jsonl(request: HttpRequest, params: Query[SearchParams]) -> StreamingHttpResponse:
    """Every paragraph the search finds (all its pages), as JSON Lines."""
    chunks = exports.jsonl_chunks(exports.export_rows(_checked_hits(params)))
    return _stream(chunks, "application/jsonl; charset=utf-8", "memberviews-search.jsonl")


@api.get(
    "/export/akn",
    response=_REFUSED,
    tags=["search"],
    openapi_extra=_exported(
        "application/zip",
        "A zip of Akoma Ntoso XML files, one per language version holding a paragraph found.",
    ),
)
def export_akn(request: HttpRequest, params: Query[SearchParams]) -> StreamingHttpResponse:
    """The language versions that hold a paragraph the search finds, as Akoma Ntoso XML
    files in a zip (an undated version is named in NOTES.txt instead)."""
    chunks = exports.akn_zip_chunks(_checked_hits(params))
    return _stream(chunks, "application/zip", "memberviews-search-akn.zip")


def _stream(chunks: Iterator[bytes], media_type: str, name: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(chunks, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
