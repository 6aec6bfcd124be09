"""Reading replies: a reply in each of its language versions side by side, with the versions
of the document it is printed in and their PDFs; and two replies of a State compared word by
word (:mod:`memberviews.search.diff`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, Q

from memberviews.core.languages import CODES, LANGUAGES
from memberviews.search.diff import Piece, diff_paragraphs
from memberviews.web.archive.models import Document, Paragraph, Reply, ReplyText, Version
from memberviews.web.archive.pages import (
    Question,
    ReplyLink,
    author_name,
    question_of_series,
    reply_link,
)


@dataclass(frozen=True)
class Column:
    """The reply as one language version prints it."""

    language: str
    bcp47: str
    direction: str
    heading: str
    #: (paragraph id, text)
    paragraphs: tuple[tuple[int, str], ...]
    original: bool


@dataclass(frozen=True)
class VersionFile:
    """A language version of the document the reply is printed in."""

    id: int
    language: str
    title: str
    date: Any
    has_pdf: bool
    pages: int | None
    #: The PDF page the reply starts on, where it is known.
    reply_page: int | None


@dataclass(frozen=True)
class Other:
    """The same State's reply in another cycle, and the comparison's two replies, the
    earlier first."""

    reply: ReplyLink
    before: int
    after: int


@dataclass(frozen=True)
class ReplyDetail:
    reply: Reply
    author: str
    document: Document
    question: Question | None
    columns: tuple[Column, ...]
    versions: tuple[VersionFile, ...]
    #: The same State's replies in the other cycles of the question, for comparison.
    others: tuple[Other, ...]


def reply_detail(reply: Reply, language: str, shown: Sequence[str] = CODES) -> ReplyDetail:
    """The reply in each language version found (of ``shown``, in the UN's order of the
    languages), with the versions of its document and their PDFs."""
    texts = {t.language: t for t in ReplyText.objects.filter(reply=reply)}
    paragraphs: dict[str, list[tuple[int, str]]] = {}
    for row in Paragraph.objects.filter(reply=reply).order_by("position"):
        paragraphs.setdefault(row.language, []).append((row.pk, row.body))
    columns = tuple(
        Column(
            language=code,
            bcp47=LANGUAGES[code].bcp47,
            direction=LANGUAGES[code].direction,
            heading=texts[code].heading or texts[code].name,
            paragraphs=tuple(paragraphs.get(code, [])),
            original=code == reply.original_language,
        )
        for code in CODES
        if code in texts and code in shown
    )
    document = reply.document
    root = document.amends or document
    question = question_of_series(root.series, language) if root.series else None
    return ReplyDetail(
        reply=reply,
        author=author_name(reply.state, reply.organization, language),
        document=document,
        question=question,
        columns=columns,
        versions=_version_files(document, reply),
        others=_others(reply, question),
    )


def _others(reply: Reply, question: Question | None) -> tuple[Other, ...]:
    """The State's replies in the question's other cycles, each with the pair to compare in
    the order of the cycles."""
    if question is None or not reply.state:
        return ()
    found = [cycle.reply_of(reply.state) for cycle in question.cycles]
    here = next((n for n, r in enumerate(found) if r is not None and r.id == reply.pk), 0)
    return tuple(
        Other(other, *((other.id, reply.pk) if n < here else (reply.pk, other.id)))
        for n, other in enumerate(found)
        if other is not None and other.id != reply.pk
    )


def _order(language: str) -> int:
    """A language's place in the UN's order of the six (another comes last)."""
    return CODES.index(language) if language in CODES else len(CODES)


def _version_files(document: Document, reply: Reply) -> tuple[VersionFile, ...]:
    # The PDFs' bytes stay in the database: whether there is one is all this page needs.
    versions = document.versions.defer("pdf").annotate(
        has_pdf=ExpressionWrapper(Q(pdf__isnull=False), output_field=BooleanField())
    )
    files = []
    for version in versions:
        has_pdf = bool(getattr(version, "has_pdf", False))
        files.append(
            VersionFile(
                id=version.pk,
                language=version.language,
                title=version.title,
                date=version.date,
                has_pdf=has_pdf,
                pages=version.pages,
                reply_page=recorded_page(version, reply) if has_pdf else None,
            )
        )
    return tuple(sorted(files, key=lambda f: _order(f.language)))


def recorded_page(version: Version, reply: Reply) -> int | None:
    """The page of the version's PDF the reply starts on, where it is known: the one page
    of a one-page PDF, or the page the import found its heading on. Nothing is guessed:
    where the heading was not found, the page says the page is not known."""
    if version.pages == 1:
        return 1
    return reply.texts.filter(version=version).values_list("page", flat=True).first()


# Two replies compared ---------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    before: ReplyLink
    after: ReplyLink
    #: The language compared ("" when the replies have none in common).
    language: str
    #: The languages both replies are printed in, in the UN's order.
    languages: tuple[str, ...]
    paragraphs: tuple[tuple[Piece, ...], ...]
    #: Whether both replies answer the same question (are in the same series).
    same_question: bool

    @property
    def bcp47(self) -> str:
        return LANGUAGES[self.language].bcp47 if self.language in LANGUAGES else ""

    @property
    def direction(self) -> str:
        return LANGUAGES[self.language].direction if self.language in LANGUAGES else "ltr"


def compare_replies(before: Reply, after: Reply, language: str | None, page: str) -> Comparison:
    """The two replies compared in ``language`` when both are printed in it; else in the
    page's language ``page``, or the later reply's original, or the first both have."""
    theirs = [set(r.texts.values_list("language", flat=True)) for r in (before, after)]
    common = tuple(code for code in CODES if all(code in langs for langs in theirs))
    preferred = (language, page, after.original_language, *common)
    chosen = next((code for code in preferred if code and code in common), "")

    def bodies(reply: Reply) -> list[str]:
        rows = Paragraph.objects.filter(reply=reply, language=chosen).order_by("position")
        return list(rows.values_list("body", flat=True))

    paragraphs = diff_paragraphs(bodies(before), bodies(after), chosen) if chosen else []
    return Comparison(
        before=reply_link(before, page),
        after=reply_link(after, page),
        language=chosen,
        languages=common,
        paragraphs=tuple(tuple(p) for p in paragraphs),
        same_question=_series_of(before) == _series_of(after),
    )


def _series_of(reply: Reply) -> int | None:
    document = reply.document
    return document.series_id or (document.amends.series_id if document.amends else None)


def replies_of(state: str, language: str) -> list[ReplyLink]:
    """A State's replies, oldest first, to choose two of for a comparison."""
    replies = Reply.objects.filter(state=state).select_related("document")
    links = [reply_link(r, language) for r in replies]
    return sorted(links, key=lambda r: (str(r.date or ""), r.symbol))
