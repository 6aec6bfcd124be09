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
from collections.abc import Sequence
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
    reply_pages: Sequence[int | None] = (),
    origin: Origin = Origin.IMPORTED,
) -> Stored:
    """Stores one language version, in one transaction. The same symbol and language stored
    again replaces the version (its replies' text in that language with it); the same file
    (by ``digest``) stored again changes nothing. ``reply_pages`` gives the PDF page of each
    reply, in the order of ``parsed.replies``, where it is known. Raises :class:`Refused`
    for a document with no symbol or no language."""
    symbol, language = _identity(parsed)
    with transaction.atomic():
        # The versions of one document are stored one at a time (on PostgreSQL, workers
        # store its six versions at once): each sees the facts the others stored.
        Document.objects.get_or_create(symbol=symbol)
        locked = Document.objects.select_for_update().get(symbol=symbol)
        existing = (
            Version.objects.select_related("document")
            .filter(document__symbol=symbol, language=language)
            .first()
        )
        if existing is not None and existing.digest == digest:
            return Stored(symbol, language, "skipped", existing.reply_texts.count())
        facts = _facts(locked)  # before this version changes them
        document = _document(locked, parsed, language, origin)
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
        if _names_series(document, language):
            _link_series(document)
        if _facts(document) != facts:
            _copy_filters(document)
        count = _store_replies(document, version, parsed.replies, reply_pages)
        # A reply no version prints any more (the version that named it was replaced) goes.
        Reply.objects.filter(document=document, texts__isnull=True).delete()
        _index(Paragraph.objects.filter(text__version=version))
        return Stored(symbol, language, "updated" if existing else "stored", count)


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


def _document(document: Document, parsed: Parsed, language: str, origin: Origin) -> Document:
    symbol = document.symbol
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
        # A series named by another language's title until now: its mandates follow. It is
        # kept, empty, rather than deleted here: a version of another document, stored at
        # this moment by another worker, may be putting its paragraphs in it. The import
        # deletes it when it is done (:func:`drop_empty_series`).
        Mandate.objects.filter(series_id=old).update(series=series)


def drop_empty_series() -> int:
    """Deletes the series no document is in any more (left by a document that moved to the
    series of its English title); returns how many. Called when an import is done."""
    with transaction.atomic():
        deleted, _kinds = Series.objects.filter(documents__isnull=True).delete()
    return deleted


def series_key(title: str) -> str:
    """The key of a question's series: its title without case, accents, punctuation or the
    note that a report is an addendum ("Report of the Secretary-General")."""
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", " ", text).strip()
    return text[:300]


def _store_replies(
    document: Document,
    version: Version,
    parsed: list[ParsedReply],
    pages: Sequence[int | None],
) -> int:
    """Stores the version's replies: each State's (or organization's) reply is found or
    made once per document, and gets this version's text. Returns how many replies."""
    language = version.language
    replies = {(r.state, r.organization): r for r in Reply.objects.filter(document=document)}
    known = set(replies)
    texts: dict[tuple[str, str], tuple[ReplyText, list[str]]] = {}
    changed: list[Reply] = []
    for position, item in enumerate(parsed):
        key = _author(item, language)
        reply = replies.get(key)
        if reply is None:
            group = (group_of(key[0]) or "") if key[0] else ""
            reply = Reply(document=document, state=key[0], organization=key[1], group=group)
            replies[key] = reply
        before = (reply.original_language, reply.date, reply.position)
        if item.original_language and not reply.original_language:
            reply.original_language = item.original_language
        if item.date and (reply.date is None or language == "en"):
            reply.date = item.date
        if language == "en" or key not in known:
            reply.position = position
        if key in known and (reply.original_language, reply.date, reply.position) != before:
            changed.append(reply)
        printed = item.state or item.organization
        if key in texts:  # named twice in one version: one text, its paragraphs in order
            texts[key][1].extend(item.paragraphs)
            continue
        text = ReplyText(
            reply=reply,
            version=version,
            language=language,
            heading=item.heading or "",
            name=printed.name if printed else "",
            page=pages[position] if position < len(pages) else None,
        )
        texts[key] = (text, list(item.paragraphs))
    Reply.objects.bulk_create([r for key, r in replies.items() if key not in known])
    if changed:
        Reply.objects.bulk_update(changed, ["original_language", "date", "position"])
        for reply in changed:
            Paragraph.objects.filter(reply=reply).update(
                original_language=reply.original_language, date=reply.date
            )
    for text, _paragraphs in texts.values():
        text.reply_id = text.reply.pk
    ReplyText.objects.bulk_create([text for text, _paragraphs in texts.values()])
    Paragraph.objects.bulk_create(
        Paragraph(
            text=text,
            position=n,
            body=body,
            segmented=engines.segmented(body, language),
            language=language,
            reply=text.reply,
            document=document,
            state=text.reply.state,
            organization=not text.reply.state,
            group=text.reply.group,
            original_language=text.reply.original_language,
            date=text.reply.date,
            year=document.year,
            session=document.session,
            mandate_id=document.mandate_id,
            series_id=document.series_id,
        )
        for text, paragraphs in texts.values()
        for n, body in enumerate(paragraphs)
        if body.strip()
    )
    return len(texts)


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


def _facts(document: Document) -> tuple[object, ...]:
    """The document's facts that its paragraphs carry for the search's filters."""
    return (document.year, document.session, document.mandate_id, document.series_id)


def _names_series(document: Document, language: str) -> bool:
    """Whether this version may name (or rename) the document's series: none is named yet,
    or no version read so far is in a more preferred language."""
    if document.series_id is None:
        return True
    languages = set(document.versions.values_list("language", flat=True))
    rank = _TITLE_LANGUAGES.index(language) if language in _TITLE_LANGUAGES else 99
    return all(_TITLE_LANGUAGES.index(other) >= rank for other in languages & set(_TITLE_LANGUAGES))


def _copy_filters(document: Document) -> None:
    """Copies the document's facts onto its paragraphs, which the search's filters read."""
    document.refresh_from_db(fields=["series"])
    Paragraph.objects.filter(document=document).update(
        year=document.year,
        session=document.session,
        mandate=document.mandate,
        series=document.series,
    )


def _index(paragraphs: object) -> None:
    engines.current().index(paragraphs)  # type: ignore[arg-type]


def _unindex(paragraphs: object) -> None:
    engines.current().remove(paragraphs)  # type: ignore[arg-type]
