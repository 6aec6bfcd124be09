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
from memberviews.search.phrases import shipped_phrases
from memberviews.search.plan import Alternative, LanguagePlan, Plan
from memberviews.web.archive import engines
from memberviews.web.archive.engines import (
    Found,
    Key,
    Order,
    Page,
    Where,
    by_trigrams,
    by_windows,
)
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
    if column == "zh":
        # jieba's words, as the paragraph stores them.
        text = segmented or " ".join(segment(body))
    else:
        # The stems, then a token for each term list form of several words among them.
        stems = terms(body, column)
        text = " ".join([*stems, *shipped_phrases().tokens(stems, column)])
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

    def rebuild(self, rows: Iterable[Row] | None = None) -> None:
        """Empties the index and indexes every paragraph (or ``rows``: all of them) again,
        after a change in how text is analysed."""
        with connections[self.using].cursor() as cursor:
            for table in (WORDS, TRIGRAMS):
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        if rows is None:
            rows = (
                Paragraph.objects.using(self.using)
                .values_list("id", "language", "body", "segmented")
                .iterator(chunk_size=_BATCH)
            )
        self.index_rows(rows, fresh=True)

    # Searching -------------------------------------------------------------------------

    def find(
        self,
        plan: Plan,
        where: Where,
        *,
        order: Order,
        limit: int,
        after: Key | None = None,
    ) -> Page:
        parts = _matched(plan)
        if not parts:
            return Page()
        if order == "relevance":
            return by_windows(
                lambda below, size: self._window(parts, where, below, size), limit, after
            )
        matched, params = _union(_matched(plan, scored=False))
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM ({matched}) LIMIT %s)",
                [*params, engines.WINDOW],
            )
            (many,) = cursor.fetchone()
        conditions = [where.sql] if where.sql else []
        args = [*where.params]
        if many >= engines.WINDOW:
            # Many matches: the paragraphs read newest first by the date index, each kept if
            # it is among the matches (their ids gathered once), until the page is full.
            sql = f"SELECT p.id, p.date FROM archive_paragraph p INDEXED BY {_date_index()}"
            conditions.insert(0, f"p.id IN (SELECT id FROM ({matched}))")
        else:
            # Few: each looked up and the lot sorted.
            sql = (
                f"SELECT p.id, p.date FROM ({matched}) AS m JOIN archive_paragraph p ON p.id = m.id"
            )
        args = [*params, *args]
        if after is not None:
            day, paragraph = after
            # Paragraphs with no date come last (NULL is the least of values in SQLite).
            if day:
                conditions.append("p.date < %s OR (p.date = %s AND p.id < %s) OR p.date IS NULL")
                args += [day, day, paragraph]
            else:
                conditions.append("p.date IS NULL AND p.id < %s")
                args.append(paragraph)
        if conditions:
            sql += " WHERE " + " AND ".join(f"({c})" for c in conditions)
        sql += " ORDER BY p.date DESC, p.id DESC LIMIT %s"
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, [*args, limit])
            rows = cursor.fetchall()
        return Page([Found(i, 0.0, (str(date or ""), i)) for i, date in rows])

    def _window(
        self, parts: list[Part], where: Where, below: int | None, size: int
    ) -> list[tuple[int, float]]:
        """The ``size`` matches with the highest ids below ``below``: each part's, read in
        the index's own order (descending rowid) and stopped there, then the parts'
        together."""
        arms: list[str] = []
        args: list[Any] = []
        for matched, params in parts:
            # bm25 is lower for better matches: negated, higher is better.
            sql = f"SELECT m.id, -m.score FROM ({matched}) AS m"
            conditions = [where.sql] if where.sql else []
            if where.sql:
                sql += " JOIN archive_paragraph p ON p.id = m.id"
            if below is not None:
                conditions.append("m.id < %s")
            if conditions:
                sql += " WHERE " + " AND ".join(f"({c})" for c in conditions)
            arms.append(f"SELECT * FROM ({sql} ORDER BY m.id DESC LIMIT %s)")
            args += [*params, *where.params, *([below] if below is not None else []), size]
        sql = " UNION ALL ".join(arms)
        if len(arms) > 1:
            sql = f"SELECT * FROM ({sql}) ORDER BY 1 DESC LIMIT %s"
            args.append(size)
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, args)
            rows: list[tuple[int, float]] = cursor.fetchall()
            return rows

    def bare(self, plan: Plan, limit: int = 20, window: int | None = None) -> Sequence[int]:
        parts = _matched(plan)
        if not parts:
            return []
        if window is not None:
            # Each part read in descending id (rowid) order and stopped, as a window is.
            parts = [
                (f"SELECT * FROM ({sql} ORDER BY id DESC LIMIT {int(window)})", params)
                for sql, params in parts
            ]
        matched, params = _union(parts)
        if window is not None and len(parts) > 1:
            matched = f"SELECT * FROM ({matched}) ORDER BY id DESC LIMIT {int(window)}"
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT * FROM ({matched}) ORDER BY score LIMIT %s", [*params, limit])
            return [i for i, _score in cursor.fetchall()]


#: A query of (id, score) and its parameters.
Part = tuple[str, list[Any]]


def _union(parts: list[Part]) -> Part:
    return " UNION ALL ".join(p[0] for p in parts), [param for p in parts for param in p[1]]


def _date_index() -> str:
    """The name of the paragraph table's index on its date."""
    return next(str(i.name) for i in Paragraph._meta.indexes if list(i.fields) == ["date"])


def _matched(plan: Plan, *, scored: bool = True) -> list[Part]:
    """Queries of (id, score) for the paragraphs ``plan`` matches, score being FTS5's bm25
    (lower is better; 0 when not ``scored``), one for the words table and one for Chinese
    by trigrams, where there is something to ask each; none when it can match nothing."""
    in_words: list[str] = []
    parts: list[Part] = []
    for language in plan.languages:
        forms = language.forms() + [f for a in language.excluded for f in a]
        trigram = [by_trigrams(language.language, f.tokens) for f in forms]
        if any(trigram):
            parts.append(_chinese(language, all(trigram), scored))
        else:
            in_words.append(f"{language.language} : ({_expression(language)})")
    if in_words:
        parts.insert(
            0,
            (
                f"SELECT rowid AS id, {_score(WORDS, scored)} AS score FROM {WORDS}"
                f" WHERE {WORDS} MATCH %s",
                [" OR ".join(in_words)],
            ),
        )
    return parts


def _phrase(tokens: tuple[str, ...]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _expression(plan: LanguagePlan) -> str:
    """The FTS5 expression of one language's plan, without its column; a form of the term
    list of several words is asked for by its token."""
    phrases = shipped_phrases()

    def form(tokens: tuple[str, ...]) -> str:
        token = phrases.token(plan.language, tokens) if len(tokens) > 1 else None
        return _phrase((token,)) if token else _phrase(tokens)

    def alternative(forms: Alternative) -> str:
        return " AND ".join(form(f.tokens) for f in forms)

    required = " AND ".join(
        "(" + " OR ".join(alternative(a) for a in clause) + ")" for clause in plan.clauses
    )
    if not plan.excluded:
        return required
    return f"({required}) NOT ({' OR '.join(f'({alternative(a)})' for a in plan.excluded)})"


def _score(table: str, scored: bool) -> str:
    return f"bm25({table})" if scored else "0.0"


def _chinese(plan: LanguagePlan, only_trigrams: bool, scored: bool) -> Part:
    """The Chinese part when some forms need the trigram table: one MATCH on it when all
    do; otherwise the sets of both tables combined, ranked by the trigram table."""
    if only_trigrams:
        return (
            f"SELECT rowid AS id, {_score(TRIGRAMS, scored)} AS score FROM {TRIGRAMS}"
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
