"""The SQLite engine: FTS5 tables beside the paragraph table, rowid = paragraph id.

``archive_paragraph_words`` holds what :mod:`memberviews.search.analysis` makes of each
paragraph (the stems of its words; jieba's words for Chinese) in the column of its
language, so one MATCH expression asks each language for its own forms
(``en : (...) OR fr : (...)``). ``archive_paragraph_trigrams`` holds the Chinese
paragraphs' text, cut into trigrams by FTS5, for Chinese forms of three characters or more.
Both are contentless (the text is in the paragraph table already): a row is taken out with
FTS5's ``delete`` command and the values it was indexed with, made again from the
paragraph, or by a plain DELETE where SQLite is recent enough for ``contentless_delete``.
The tables are made by migration ``archive.0002_search``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.utils import CursorWrapper
from django.db.models import QuerySet

from memberviews.search.analysis import segment, terms
from memberviews.search.plan import Alternative, LanguagePlan, Plan
from memberviews.web.archive.engines import Found, Key, Order, Where, by_trigrams
from memberviews.web.archive.models import Paragraph

WORDS = "archive_paragraph_words"
TRIGRAMS = "archive_paragraph_trigrams"
#: The words table's columns: one per language.
COLUMNS = ("en", "fr", "es", "ru", "ar", "zh")
_BATCH = 2000

#: (id, language, body, segmented): what the index is made from.
Row = tuple[int, str, str, str]


def indexed_values(language: str, body: str, segmented: str) -> tuple[str | None, ...]:
    """The words table's values for a paragraph: its analysed text in its language's
    column, nothing in the others."""
    column = language if language in COLUMNS else "en"
    # Chinese: jieba's words, as the paragraph stores them; the others: the stems.
    text = (
        (segmented or " ".join(segment(body))) if column == "zh" else " ".join(terms(body, column))
    )
    return tuple(text if c == column else None for c in COLUMNS)


class SqliteEngine:
    def __init__(self, using: str = DEFAULT_DB_ALIAS) -> None:
        self.using = using

    # The index -------------------------------------------------------------------------

    def index(self, paragraphs: QuerySet[Paragraph]) -> None:
        rows = paragraphs.values_list("id", "language", "body", "segmented")
        self.index_rows(rows.iterator(chunk_size=_BATCH))

    def remove(self, paragraphs: QuerySet[Paragraph]) -> None:
        rows = paragraphs.values_list("id", "language", "body", "segmented")
        self.remove_rows(rows.iterator(chunk_size=_BATCH))

    def index_rows(self, rows: Iterable[Row], *, fresh: bool = False) -> None:
        """Indexes paragraphs given as rows; one indexed already is indexed again, unless
        ``fresh`` says none is (a bulk load into empty tables)."""
        with connections[self.using].cursor() as cursor:
            for batch in _batches(rows):
                if not fresh:
                    self._remove(cursor, batch)
                cursor.executemany(
                    f"INSERT INTO {WORDS} (rowid, {', '.join(COLUMNS)})"
                    f" VALUES (%s, {', '.join('%s' for _ in COLUMNS)})",
                    [(r[0], *indexed_values(r[1], r[2], r[3])) for r in batch],
                )
                cursor.executemany(
                    f"INSERT INTO {TRIGRAMS} (rowid, body) VALUES (%s, %s)",
                    [(r[0], r[2]) for r in batch if r[1] == "zh"],
                )

    def remove_rows(self, rows: Iterable[Row]) -> None:
        """Takes paragraphs given as rows out of the index; those not in it are left."""
        with connections[self.using].cursor() as cursor:
            for batch in _batches(rows):
                self._remove(cursor, batch)

    def _remove(self, cursor: CursorWrapper, rows: list[Row]) -> None:
        ids = [r[0] for r in rows]
        marks = ", ".join("%s" for _ in ids)
        # Only rows the index holds: a contentless table told to delete what it never held
        # would subtract words it does not have.
        cursor.execute(f"SELECT id FROM {WORDS}_docsize WHERE id IN ({marks})", ids)
        held = {i for (i,) in cursor.fetchall()}
        cursor.execute(f"SELECT id FROM {TRIGRAMS}_docsize WHERE id IN ({marks})", ids)
        held_zh = {i for (i,) in cursor.fetchall()}
        if not held and not held_zh:
            return
        if self._deletes(cursor):
            for table, found in ((WORDS, held), (TRIGRAMS, held_zh)):
                cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [(i,) for i in found])
            return
        cursor.executemany(
            f"INSERT INTO {WORDS} ({WORDS}, rowid, {', '.join(COLUMNS)})"
            f" VALUES ('delete', %s, {', '.join('%s' for _ in COLUMNS)})",
            [(r[0], *indexed_values(r[1], r[2], r[3])) for r in rows if r[0] in held],
        )
        cursor.executemany(
            f"INSERT INTO {TRIGRAMS} ({TRIGRAMS}, rowid, body) VALUES ('delete', %s, %s)",
            [(r[0], r[2]) for r in rows if r[0] in held_zh],
        )

    def _deletes(self, cursor: CursorWrapper) -> bool:
        """Whether the tables were made with ``contentless_delete`` (plain DELETE works)."""
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [WORDS])
        made = cursor.fetchone()
        return made is not None and "contentless_delete" in made[0]

    def rebuild(self) -> None:
        """Empties the index and indexes every paragraph again (after a change in how text
        is analysed)."""
        with connections[self.using].cursor() as cursor:
            for table in (WORDS, TRIGRAMS):
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        self.index_rows(
            Paragraph.objects.using(self.using)
            .values_list("id", "language", "body", "segmented")
            .iterator(chunk_size=_BATCH),
            fresh=True,
        )

    # Searching -------------------------------------------------------------------------

    def find(
        self,
        plan: Plan,
        where: Where,
        *,
        order: Order,
        limit: int,
        after: Key | None = None,
    ) -> list[Found]:
        matched, params = _matched(plan)
        if not matched:
            return []
        if order == "relevance" and not where.sql:
            # Nothing to read from the paragraph table: the index alone orders the page.
            sql = f"SELECT m.id, m.score, NULL FROM ({matched}) AS m"
        else:
            sql = f"SELECT m.id, m.score, p.date FROM ({matched}) AS m"
            sql += " JOIN archive_paragraph p ON p.id = m.id"
        conditions = [where.sql] if where.sql else []
        args = [*params, *where.params]
        if order == "relevance":
            if after is not None:
                conditions.append("(m.score, m.id) > (%s, %s)")
                args += list(after)
            ordering = "m.score, m.id"
        else:
            if after is not None:
                conditions.append("(coalesce(p.date, ''), m.id) < (%s, %s)")
                args += list(after)
            ordering = "coalesce(p.date, '') DESC, m.id DESC"
        if conditions:
            sql += " WHERE " + " AND ".join(f"({c})" for c in conditions)
        sql += f" ORDER BY {ordering} LIMIT %s"
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, [*args, limit])
            rows = cursor.fetchall()
        if order == "relevance":
            return [Found(i, -score, (score, i)) for i, score, _date in rows]
        return [Found(i, -score, (str(date or ""), i)) for i, score, date in rows]

    def bare(self, plan: Plan, limit: int = 20) -> Sequence[int]:
        matched, params = _matched(plan)
        if not matched:
            return []
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"{matched} ORDER BY score LIMIT %s", [*params, limit])
            return [i for i, _score in cursor.fetchall()]


def _matched(plan: Plan) -> tuple[str, list[Any]]:
    """A query of (id, score) for the paragraphs ``plan`` matches, score being FTS5's bm25
    (lower is better); empty when it can match nothing."""
    in_words: list[str] = []
    parts: list[tuple[str, list[Any]]] = []
    for language in plan.languages:
        forms = language.forms() + [f for a in language.excluded for f in a]
        trigram = [by_trigrams(language.language, f.tokens) for f in forms]
        if any(trigram):
            parts.append(_chinese(language, all(trigram)))
        else:
            in_words.append(f"{language.language} : ({_expression(language)})")
    if in_words:
        parts.insert(
            0,
            (
                f"SELECT rowid AS id, bm25({WORDS}) AS score FROM {WORDS} WHERE {WORDS} MATCH %s",
                [" OR ".join(in_words)],
            ),
        )
    sql = " UNION ALL ".join(p[0] for p in parts)
    return sql, [param for p in parts for param in p[1]]


def _phrase(tokens: tuple[str, ...]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _expression(plan: LanguagePlan) -> str:
    """The FTS5 expression of one language's plan, without its column."""

    def alternative(forms: Alternative) -> str:
        return " AND ".join(_phrase(f.tokens) for f in forms)

    required = " AND ".join(
        "(" + " OR ".join(alternative(a) for a in clause) + ")" for clause in plan.clauses
    )
    if not plan.excluded:
        return required
    return f"({required}) NOT ({' OR '.join(f'({alternative(a)})' for a in plan.excluded)})"


def _chinese(plan: LanguagePlan, only_trigrams: bool) -> tuple[str, list[Any]]:
    """The Chinese part when some forms need the trigram table: one MATCH on it when all
    do; otherwise the sets of both tables combined, ranked by the trigram table."""
    if only_trigrams:
        return (
            f"SELECT rowid AS id, bm25({TRIGRAMS}) AS score FROM {TRIGRAMS}"
            f" WHERE {TRIGRAMS} MATCH %s",
            [_expression(plan)],
        )
    params: list[Any] = []

    def form_set(tokens: tuple[str, ...]) -> str:
        if by_trigrams("zh", tokens):
            params.append(_phrase(tokens))
            return f"SELECT rowid AS id FROM {TRIGRAMS} WHERE {TRIGRAMS} MATCH %s"
        params.append(f"zh : {_phrase(tokens)}")
        return f"SELECT rowid AS id FROM {WORDS} WHERE {WORDS} MATCH %s"

    def any_of(alternatives: Iterable[Alternative]) -> str:
        return " UNION ".join(
            "SELECT id FROM (" + " INTERSECT ".join(form_set(f.tokens) for f in a) + ")"
            for a in alternatives
        )

    chosen = " INTERSECT ".join(f"SELECT id FROM ({any_of(c)})" for c in plan.clauses)
    if plan.excluded:
        chosen += f" EXCEPT SELECT id FROM ({any_of(plan.excluded)})"
    ranked = [f for f in plan.forms() if by_trigrams("zh", f.tokens)]
    rank_table = TRIGRAMS if ranked else WORDS
    rank_query = " OR ".join(_phrase(f.tokens) for f in ranked or plan.forms())
    params.append(rank_query if ranked else f"zh : ({rank_query})")
    return (
        f"SELECT s.id AS id, coalesce(r.score, 0.0) AS score FROM ({chosen}) AS s"
        f" LEFT JOIN (SELECT rowid AS id, bm25({rank_table}) AS score FROM {rank_table}"
        f" WHERE {rank_table} MATCH %s) AS r ON r.id = s.id",
        params,
    )


def _batches(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, _BATCH)):
        yield batch
