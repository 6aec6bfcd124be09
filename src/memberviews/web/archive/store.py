"""Storing a language version of a published document in the archive.

:func:`store_version` is the one way in: the import (``memberviews import``), its background
tasks on PostgreSQL and the publication of a report here all call it. It links as it stores:
the language versions of one symbol are one :class:`Document`; a State's reply is one
:class:`Reply` with its text in each version; an addendum, corrigendum or revision points to
what it amends; a document points to its mandates, and a report to the :class:`Series` of its
question."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from django.db import transaction

from memberviews.core.groups import group_of
from memberviews.core.model import Document as Parsed
from memberviews.core.model import Reply as ParsedReply
from memberviews.core.organizations import find_organization
from memberviews.core.symbols import SymbolError, format_symbol, parse_symbol
from memberviews.web.archive import engines
from memberviews.web.archive.models import (
    Document,
    DocumentKind,
    Mandate,
    Origin,
    Paragraph,
    Reply,
    ReplyText,
    Series,
    Version,
)

#: The languages whose title names a series, most preferred first: a series is named by its
#: English title when one was read, so that the six versions of a report share it.
_TITLE_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


#: What a document is, by its symbol's last suffix (A/67/131/Add.1/Corr.1 is a corrigendum).
_KINDS = {
    "Add": DocumentKind.ADDENDUM,
    "Corr": DocumentKind.CORRIGENDUM,
    "Rev": DocumentKind.REVISION,
}


class Refused(ValueError):
    """A document the archive cannot hold (no symbol, no language): nothing was stored."""


@dataclass(frozen=True)
class Stored:
    symbol: str
    language: str
    outcome: Literal["stored", "updated", "skipped"]
    replies: int


def store_version(
    parsed: Parsed,
    *,
    digest: str,
    filename: str = "",
    pdf: bytes | None = None,
    pages: int | None = None,
    origin: Origin = Origin.IMPORTED,
) -> Stored:
    """Stores one language version, in one transaction. The same symbol and language stored
    again replaces the version (its replies' text in that language with it); the same file
    (by ``digest``) stored again changes nothing. Raises :class:`Refused` for a document with
    no symbol or no language."""
    symbol, language = _identity(parsed)
    with transaction.atomic():
        existing = (
            Version.objects.select_related("document")
            .filter(document__symbol=symbol, language=language)
            .first()
        )
        if existing is not None and existing.digest == digest:
            return Stored(symbol, language, "skipped", existing.reply_texts.count())
        document = _document(symbol, parsed, language, origin)
        version = existing or Version(document=document, language=language)
        if existing is not None:
            _unindex(Paragraph.objects.filter(text__version=existing))
            existing.reply_texts.all().delete()
        version.title = parsed.title or ""
        version.date = parsed.date
        version.digest = digest
        version.filename = filename
        version.pdf = pdf
        version.pages = pages
        version.data = parsed.to_json()
        version.save()
        _link_series(document)
        replies = [
            _store_reply(document, version, reply, n) for n, reply in enumerate(parsed.replies)
        ]
        # A reply no version prints any more (the version that named it was replaced) goes.
        Reply.objects.filter(document=document, texts__isnull=True).delete()
        _copy_filters(document)
        _index(Paragraph.objects.filter(text__version=version))
        return Stored(symbol, language, "updated" if existing else "stored", len(replies))


def _identity(parsed: Parsed) -> tuple[str, str]:
    if not parsed.symbol:
        raise Refused("no document symbol was found")
    if not parsed.language:
        raise Refused(f"{parsed.symbol}: the document's language was not recognised")
    try:
        symbol = format_symbol(parse_symbol(parsed.symbol))
    except SymbolError:
        symbol = parsed.symbol
    return symbol, parsed.language


def _document(symbol: str, parsed: Parsed, language: str, origin: Origin) -> Document:
    document, _created = Document.objects.get_or_create(symbol=symbol)
    try:
        parsed_symbol = parse_symbol(symbol)
    except SymbolError:
        parsed_symbol = None
    if parsed_symbol is not None:
        last = parsed_symbol.suffixes[-1].kind if parsed_symbol.suffixes else None
        document.kind = _KINDS.get(last, DocumentKind.REPORT) if last else DocumentKind.REPORT
        parent = parsed_symbol.parent
        document.amends_symbol = format_symbol(parent) if parent else ""
    if document.amends_symbol:
        document.amends = Document.objects.filter(symbol=document.amends_symbol).first()
    if origin == Origin.PUBLISHED:
        document.origin = origin
    # The English version's facts win; the others fill what is still unknown.
    preferred = language == "en"
    if parsed.session is not None and (preferred or document.session is None):
        document.session = parsed.session
    if parsed.date is not None and (preferred or document.date is None):
        document.date = parsed.date
        document.year = parsed.date.year
    if parsed.title and (preferred or not document.title):
        document.title = parsed.title
    mandates = [_mandate(m.resolution, m.body, m.adopted, m.title) for m in _cited(parsed)]
    if mandates and (preferred or document.mandate is None):
        document.mandate = mandates[0]
    document.save()
    if mandates:
        document.mandates.add(*mandates)
    # What amends this document, stored before it, now finds it.
    Document.objects.filter(amends_symbol=symbol, amends__isnull=True).update(amends=document)
    return document


def _cited(parsed: Parsed) -> list:  # type: ignore[type-arg]
    cited = parsed.mandates or ([parsed.mandate] if parsed.mandate else [])
    return [m for m in cited if m.resolution]


def _mandate(
    resolution: str | None, body: str | None, adopted: object, title: str | None
) -> Mandate:
    mandate, _created = Mandate.objects.get_or_create(resolution=resolution or "", body=body or "")
    changed = False
    if adopted and mandate.adopted is None:
        mandate.adopted = adopted  # type: ignore[assignment]
        changed = True
    if title and not mandate.title:
        mandate.title = title
        changed = True
    if changed:
        mandate.save()
    return mandate


def _link_series(document: Document) -> None:
    """Puts a report (and what amends it) in the series of its question, named by its title
    in the most preferred language read so far."""
    root = document
    while root.amends is not None and root.amends_id != root.pk:
        root = root.amends
    titles = dict(root.versions.values_list("language", "title"))
    title = next((titles[lang] for lang in _TITLE_LANGUAGES if titles.get(lang)), "")
    if not title:
        return
    key = series_key(title)
    series, _created = Series.objects.get_or_create(key=key, defaults={"title": title})
    old = root.series_id
    members = [root.pk, *Document.objects.filter(amends=root).values_list("pk", flat=True)]
    Document.objects.filter(pk__in=members).update(series=series)
    if root.mandate_id is not None:
        Mandate.objects.filter(pk=root.mandate_id, series__isnull=True).update(series=series)
    document.refresh_from_db(fields=["series"])
    if old and old != series.pk:
        Series.objects.filter(pk=old, documents__isnull=True).delete()


def series_key(title: str) -> str:
    """The key of a question's series: its title without case, accents, punctuation or the
    note that a report is an addendum ("Report of the Secretary-General")."""
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", " ", text).strip()
    return text[:300]


def _store_reply(document: Document, version: Version, parsed: ParsedReply, position: int) -> Reply:
    state, organization = _author(parsed, version.language)
    reply, _created = Reply.objects.get_or_create(
        document=document,
        state=state,
        organization=organization,
        defaults={"position": position, "group": group_of(state) or "" if state else ""},
    )
    if parsed.original_language and not reply.original_language:
        reply.original_language = parsed.original_language
    if parsed.date and (reply.date is None or version.language == "en"):
        reply.date = parsed.date
    if version.language == "en":
        reply.position = position
    reply.save()
    name = (
        parsed.state.name
        if parsed.state
        else parsed.organization.name
        if parsed.organization
        else ""
    )
    text = ReplyText.objects.create(
        reply=reply,
        version=version,
        language=version.language,
        heading=parsed.heading or "",
        name=name,
    )
    Paragraph.objects.bulk_create(
        Paragraph(
            text=text,
            position=n,
            body=body,
            segmented=engines.segmented(body, version.language),
            language=version.language,
            reply=reply,
            document=document,
            state=reply.state,
            organization=not reply.state,
        )
        for n, body in enumerate(parsed.paragraphs)
        if body.strip()
    )
    return reply


def _author(parsed: ParsedReply, language: str) -> tuple[str, str]:
    """The reply's key: today's State's code (a former name was resolved by the reader), or
    the organization's acronym, or, for an author not identified, the name as printed."""
    if parsed.state is not None:
        if parsed.state.iso3:
            return parsed.state.iso3, ""
        return "", parsed.state.name
    if parsed.organization is not None:
        known = find_organization(parsed.organization.name, language)
        if known is not None:
            return "", known.acronym
        return "", parsed.organization.acronym or parsed.organization.name
    return "", parsed.heading or "?"


def _copy_filters(document: Document) -> None:
    """Copies the document's and the replies' facts onto their paragraphs, which the
    search's filters read."""
    Paragraph.objects.filter(document=document).update(
        year=document.year,
        session=document.session,
        mandate=document.mandate,
        series=document.series,
    )
    for reply in Reply.objects.filter(document=document):
        Paragraph.objects.filter(reply=reply).update(
            group=reply.group, original_language=reply.original_language, date=reply.date
        )


def _index(paragraphs: object) -> None:
    engines.current().index(paragraphs)  # type: ignore[arg-type]


def _unindex(paragraphs: object) -> None:
    engines.current().remove(paragraphs)  # type: ignore[arg-type]
