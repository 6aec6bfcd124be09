"""What the public API reads and writes, as typed schemas (they make its OpenAPI
description).

The parameters are checked here, so that a request the archive cannot answer is refused with
a message before any query runs: codes from the controlled vocabularies (languages, regional
groups), numbers within what the database holds, text without control characters. Each
output schema is made from what :mod:`memberviews.web.archive.queries` returns by its
``of`` constructor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import AfterValidator, StringConstraints, WithJsonSchema

from memberviews.core.groups import GROUPS
from memberviews.core.languages import CODES
from memberviews.web.archive.models import Document, DocumentKind, Mandate, Reply, Version
from memberviews.web.archive.queries import Cycle, ReplyVersion, StateCount
from memberviews.web.archive.search import Filters, Hit, Results

#: Text as a parameter: no control characters (PostgreSQL holds no NUL), a sensible length.
Text = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]
#: A search query.
QueryText = Annotated[str, StringConstraints(max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")]
#: A State's ISO 3166 alpha-3 code.
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
#: Ids and numbers within what the database's integer columns hold.
Id = Annotated[int, Field(ge=1, le=2**62)]
Year = Annotated[int, Field(ge=1900, le=2200)]
SessionNumber = Annotated[int, Field(ge=1, le=1000)]
Limit = Annotated[int, Field(ge=1, le=100)]
Cursor = Annotated[str, StringConstraints(max_length=200, pattern=r"^[A-Za-z0-9_=-]*$")]


def _one_of(name: str, known: tuple[str, ...]) -> object:
    def check(value: str) -> str:
        if value not in known:
            raise ValueError(f"not a {name} ({', '.join(known)})")
        return value

    return AfterValidator(check)


#: One of the six languages, by ISO 639-1 code.
Language = Annotated[
    str, _one_of("language", CODES), WithJsonSchema({"type": "string", "enum": list(CODES)})
]
#: A United Nations regional group's key.
Group = Annotated[
    str,
    _one_of("regional group", tuple(GROUPS)),
    WithJsonSchema({"type": "string", "enum": list(GROUPS)}),
]
Kind = Annotated[
    str,
    _one_of("kind of document", tuple(DocumentKind.values)),
    WithJsonSchema({"type": "string", "enum": list(DocumentKind.values)}),
]


class Error(Schema):
    """What every refusal answers."""

    detail: str = Field(description="What was wrong, in one line.")


# Parameters ------------------------------------------------------------------------------


class PageParams(Schema):
    cursor: Cursor | None = Field(None, description="The next_cursor of the page before.")
    limit: Limit = Field(20, description="How many items a page holds (at most 100).")


class FilterParams(Schema):
    """The search's filters (:class:`memberviews.web.archive.search.Filters`)."""

    states: list[StateCode] = Field([], description="States, by ISO 3166 alpha-3 code.")
    groups: list[Group] = Field([], description="United Nations regional groups.")
    year_from: Year | None = None
    year_to: Year | None = None
    sessions: list[SessionNumber] = Field([], description="General Assembly sessions.")
    mandate: Text | None = Field(None, description='A mandating resolution, as cited ("69/50").')
    series: Id | None = Field(None, description="A recurring question (its id).")
    original_languages: list[Language] = Field([], description="The language replied in.")
    languages: list[Language] = Field([], description="The language versions searched.")
    author: Literal["state", "organization"] | None = Field(
        None, description="Replies of States only, or of organizations only."
    )

    def filters(self) -> Filters:
        return Filters(
            states=tuple(self.states),
            groups=tuple(self.groups),
            year_from=self.year_from,
            year_to=self.year_to,
            sessions=tuple(self.sessions),
            mandate=self.mandate or None,
            series=self.series,
            original_languages=tuple(self.original_languages),
            languages=tuple(self.languages),
            author=self.author,
        )


class SearchParams(FilterParams):
    q: QueryText = Field(
        description='Words, "a phrase", OR between alternatives, -word to leave out.',
        # One "example", not "examples": ninja copies the keyword to the parameter, where
        # OpenAPI wants examples as a map, not JSON Schema's list.
        json_schema_extra={"example": '"Conference on Disarmament" OR 和平 -trade'},
    )
    sort: Literal["relevance", "date"] = "relevance"


class ReplyParams(FilterParams, PageParams):
    document: Text | None = Field(None, description="One document's replies, by its symbol.")


class DocumentParams(PageParams):
    session: SessionNumber | None = None
    year: Year | None = None
    kind: Kind | None = None
    mandate: Text | None = Field(None, description='A mandating resolution, as cited ("69/50").')
    series: Id | None = Field(None, description="A recurring question (its id).")
    language: Language | None = Field(None, description="Documents with a version in it.")


# Records ---------------------------------------------------------------------------------


class SeriesRef(Schema):
    id: int
    title: str


class MandateRef(Schema):
    id: int
    resolution: str
    body: str
    adopted: dt.date | None

    @classmethod
    def of(cls, mandate: Mandate) -> MandateRef:
        return cls(
            id=mandate.pk,
            resolution=mandate.resolution,
            body=mandate.body,
            adopted=mandate.adopted,
        )


class DocumentRef(Schema):
    symbol: str
    kind: str
    title: str
    date: dt.date | None

    @classmethod
    def of(cls, document: Document) -> DocumentRef:
        return cls(
            symbol=document.symbol, kind=document.kind, title=document.title, date=document.date
        )


class DocumentSummary(Schema):
    symbol: str
    kind: str
    title: str
    session: int | None
    date: dt.date | None
    year: int | None
    amends: str | None = Field(description="The symbol of the document this one amends.")
    mandate: MandateRef | None
    series: SeriesRef | None

    @classmethod
    def of(cls, document: Document) -> DocumentSummary:
        return cls(
            symbol=document.symbol,
            kind=document.kind,
            title=document.title,
            session=document.session,
            date=document.date,
            year=document.year,
            amends=document.amends_symbol or None,
            mandate=MandateRef.of(document.mandate) if document.mandate else None,
            series=_series(document),
        )


def _series(document: Document) -> SeriesRef | None:
    series = document.series
    return SeriesRef(id=series.pk, title=series.title) if series else None


class VersionOut(Schema):
    language: str
    title: str
    date: dt.date | None
    pages: int | None

    @classmethod
    def of(cls, version: Version) -> VersionOut:
        return cls(
            language=version.language, title=version.title, date=version.date, pages=version.pages
        )


class ReplySummary(Schema):
    id: int
    symbol: str = Field(description="The document the reply is in.")
    state: str = Field(description="The State's ISO 3166 alpha-3 code; empty for others.")
    organization: str = Field(description="The organization's key, when not a State.")
    group: str
    original_language: str
    date: dt.date | None
    year: int | None

    @classmethod
    def of(cls, reply: Reply) -> ReplySummary:
        return cls(
            id=reply.pk,
            symbol=reply.document.symbol,
            state=reply.state,
            organization=reply.organization,
            group=reply.group,
            original_language=reply.original_language,
            date=reply.date,
            year=reply.document.year,
        )


class DocumentDetail(DocumentSummary):
    amends_document: DocumentRef | None = Field(
        description="The document this one amends, when it is in the archive."
    )
    amendments: list[DocumentRef] = Field(description="Its addenda, corrigenda, revisions.")
    versions: list[VersionOut]
    replies: list[ReplySummary]

    @classmethod
    def of(cls, document: Document) -> DocumentDetail:
        summary = DocumentSummary.of(document)
        return cls(
            **summary.model_dump(),
            amends_document=DocumentRef.of(document.amends) if document.amends else None,
            amendments=[DocumentRef.of(d) for d in document.amendments.all()],
            versions=[VersionOut.of(v) for v in _in_language_order(document.versions.all())],
            replies=[ReplySummary.of(r) for r in document.replies.all()],
        )


def _in_language_order(versions: Iterable[Version]) -> list[Version]:
    order = {code: n for n, code in enumerate(CODES)}
    return sorted(versions, key=lambda v: order.get(v.language, len(order)))


class ReplyText(Schema):
    language: str
    heading: str
    name: str = Field(description="The author's name as this version prints it.")
    paragraphs: list[str]


class ReplyDetail(ReplySummary):
    document: DocumentRef
    texts: list[ReplyText] = Field(description="The reply in every language version found.")

    @classmethod
    def of_versions(cls, reply: Reply, versions: list[ReplyVersion]) -> ReplyDetail:
        return cls(
            **ReplySummary.of(reply).model_dump(),
            document=DocumentRef.of(reply.document),
            texts=[
                ReplyText(
                    language=v.language, heading=v.heading, name=v.name, paragraphs=v.paragraphs
                )
                for v in versions
            ],
        )


class StateOut(Schema):
    code: str = Field(description="ISO 3166 alpha-3.")
    names: dict[str, str] = Field(description="Its short name in each language.")
    group: str | None = Field(description="Its United Nations regional group.")
    reply_count: int = Field(description="How many replies of it the archive holds.")
    document_count: int = Field(description="In how many documents.")
    first_year: int | None
    last_year: int | None

    @classmethod
    def of(cls, state: StateCount) -> StateOut:
        return cls(
            code=state.code,
            names=state.names,
            group=state.group,
            reply_count=state.replies,
            document_count=state.documents,
            first_year=state.first_year,
            last_year=state.last_year,
        )


class StateDetail(StateOut):
    replies: list[ReplySummary] = Field(description="Its replies, oldest first.")

    @classmethod
    def of_replies(cls, state: StateCount, replies: list[Reply]) -> StateDetail:
        return cls(**StateOut.of(state).model_dump(), replies=[ReplySummary.of(r) for r in replies])


class MandateOut(MandateRef):
    title: str
    series: SeriesRef | None
    document_count: int = Field(description="How many documents it mandated.")

    @classmethod
    def of_counted(cls, mandate: Mandate) -> MandateOut:
        series = mandate.series
        return cls(
            **MandateRef.of(mandate).model_dump(),
            title=mandate.title,
            series=SeriesRef(id=series.pk, title=series.title) if series else None,
            document_count=mandate.documents_count,  # type: ignore[attr-defined]
        )


class CycleOut(DocumentSummary):
    reply_count: int = Field(description="How many replies it holds.")

    @classmethod
    def of_cycle(cls, cycle: Cycle) -> CycleOut:
        return cls(**DocumentSummary.of(cycle.document).model_dump(), reply_count=cycle.replies)


class MandateDetail(MandateRef):
    title: str
    series: SeriesRef | None
    cycles: list[CycleOut] = Field(
        description="The documents of its question's series (or its own), by date."
    )

    @classmethod
    def of_cycles(cls, mandate: Mandate, cycles: list[Cycle]) -> MandateDetail:
        series = mandate.series
        return cls(
            **MandateRef.of(mandate).model_dump(),
            title=mandate.title,
            series=SeriesRef(id=series.pk, title=series.title) if series else None,
            cycles=[CycleOut.of_cycle(c) for c in cycles],
        )


# Pages -----------------------------------------------------------------------------------


class DocumentPage(Schema):
    items: list[DocumentSummary]
    next_cursor: str | None


class ReplyPage(Schema):
    items: list[ReplySummary]
    next_cursor: str | None


class StatePage(Schema):
    items: list[StateOut]
    next_cursor: str | None


class MandatePage(Schema):
    items: list[MandateOut]
    next_cursor: str | None


class SnippetPiece(Schema):
    text: str
    matched: bool


class HitOut(Schema):
    paragraph: int
    reply: int
    symbol: str
    language: str = Field(description="The language version the paragraph is in.")
    state: str
    organization: str
    date: dt.date | None
    year: int | None
    score: float
    snippet: list[SnippetPiece] = Field(description="The text around what matched, in pieces.")

    @classmethod
    def of(cls, hit: Hit) -> HitOut:
        return cls(
            paragraph=hit.paragraph,
            reply=hit.reply,
            symbol=hit.symbol,
            language=hit.language,
            state=hit.state,
            organization=hit.organization,
            date=hit.date,
            year=hit.year,
            score=hit.score,
            snippet=[SnippetPiece(text=text, matched=matched) for text, matched in hit.snippet],
        )


class SearchPage(Schema):
    hits: list[HitOut]
    next_cursor: str | None
    searched: dict[str, list[str]] = Field(
        description="The terms searched in each language, the query's and the term list's."
    )
    windowed: bool = Field(
        description="Whether the hits are ranked a window at a time: more paragraphs match"
        " than are ranked together, and the best of those stored last come first, then the"
        " best of the ones before them (narrow the search to rank all its matches together)."
    )

    @classmethod
    def of(cls, results: Results) -> SearchPage:
        return cls(
            hits=[HitOut.of(hit) for hit in results.hits],
            next_cursor=results.next_cursor,
            searched=results.searched,
            windowed=results.windowed,
        )
