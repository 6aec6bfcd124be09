"""The exports of a search: every paragraph found, as CSV or JSON Lines, or the language
versions holding them as Akoma Ntoso files in a zip.

Each writer takes the search's hits as they come (:func:`memberviews.web.archive.queries.
search_all` walks the search's pages to the last) and yields the file a piece at a time, so
an export of the whole archive never sits in memory: the web app streams what they yield."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TypeVar

from memberviews.core.model import document_from_json
from memberviews.render import FORMATS, RenderError, output_name
from memberviews.render.akn import akn_xml
from memberviews.web.archive.models import Paragraph, Version
from memberviews.web.archive.search import Hit

T = TypeVar("T")

#: How many hits are read from the database at a time.
BATCH = 200

#: The name of the file in the zip that says which versions are not in it, and why.
NOTES = "NOTES.txt"


@dataclass(frozen=True)
class ExportRow:
    """One paragraph found, with the reply and the version it is in: a line of the CSV and
    of the JSON Lines."""

    symbol: str
    #: The language version the paragraph is in.
    language: str
    reply: int
    #: The State's ISO 3166 alpha-3 code; empty for an organization.
    state: str
    organization: str
    #: The author's name as the version prints it.
    name: str
    original_language: str
    date: dt.date | None
    year: int | None
    paragraph: int
    #: The paragraph's place in the reply's text in this version, from 0.
    position: int
    text: str


FIELDS = tuple(ExportRow.__dataclass_fields__)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def export_rows(hits: Iterable[Hit]) -> Iterator[ExportRow]:
    """The paragraphs of the hits, in the hits' order, with their whole text."""
    for batch in _batches(hits, BATCH):
        found = Paragraph.objects.select_related("text", "reply").in_bulk(
            [hit.paragraph for hit in batch]
        )
        for hit in batch:
            paragraph = found.get(hit.paragraph)
            if paragraph is None:  # replaced since the search read it
                continue
            yield ExportRow(
                symbol=hit.symbol,
                language=hit.language,
                reply=hit.reply,
                state=hit.state,
                organization=hit.organization,
                name=paragraph.text.name,
                original_language=paragraph.reply.original_language,
                date=hit.date,
                year=hit.year,
                paragraph=hit.paragraph,
                position=paragraph.position,
                text=paragraph.body,
            )


class _Pending:
    """A file-like sink that keeps what is written until it is taken."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes | str, /) -> int:
        self._parts.append(data.encode() if isinstance(data, str) else bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def csv_chunks(rows: Iterable[ExportRow]) -> Iterator[bytes]:
    """The rows as CSV (UTF-8, a header line, RFC 4180 quoting)."""
    pending = _Pending()
    writer = csv.writer(pending, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for batch in _batches(rows, BATCH):
        for row in batch:
            writer.writerow(["" if v is None else _value(v) for v in asdict(row).values()])
        yield pending.take()
    yield pending.take()


def jsonl_chunks(rows: Iterable[ExportRow]) -> Iterator[bytes]:
    """The rows as JSON Lines: one object a line, keys as the CSV's header."""
    for batch in _batches(rows, BATCH):
        yield b"".join(
            json.dumps({k: _value(v) for k, v in asdict(row).items()}, ensure_ascii=False).encode()
            + b"\n"
            for row in batch
        )


def akn_zip_chunks(hits: Iterable[Hit]) -> Iterator[bytes]:
    """A zip of Akoma Ntoso files, one per language version that holds a paragraph found,
    in the order the hits first name them. A version that cannot be named (it has no date)
    or rendered is left out and said so in ``NOTES.txt``."""
    pending = _Pending()
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    # Written to a sink that cannot seek: the zip puts each file's sizes after its data.
    with zipfile.ZipFile(pending, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for hit in hits:
            key = (hit.symbol, hit.language)
            if key in seen:
                continue
            seen.add(key)
            version = (
                Version.objects.filter(document__symbol=hit.symbol, language=hit.language)
                .only("date", "data", "language")
                .first()
            )
            if version is None:  # replaced since the search read it
                continue
            written = _akn_file(version, hit.symbol)
            if isinstance(written, str):
                notes.append(written)
                continue
            name, content = written
            archive.writestr(name, content)
            yield pending.take()
        if notes:
            archive.writestr(NOTES, "".join(f"{note}\n" for note in notes))
    yield pending.take()


def _akn_file(version: Version, symbol: str) -> tuple[str, bytes] | str:
    """The version's file name and Akoma Ntoso XML, or why it has none."""
    where = f"{symbol} ({version.language})"
    if version.date is None:
        return f"{where}: the version has no date, which Akoma Ntoso names it by; not included."
    try:
        document = document_from_json(version.data)
        return output_name(document, FORMATS["akn"]), akn_xml(document, date=version.date)
    except (RenderError, ValueError) as error:
        return f"{where}: {error}; not included."
