"""The PostgreSQL engine: full text with PostgreSQL's own dictionaries.

Migration ``archive.0002_search`` gives the paragraph table a generated column,
``search_vector``: the body through the text search configuration of its language
(english, french, spanish, russian, arabic; jieba's words through ``simple`` for Chinese),
under a GIN index; and a pg_trgm GIN index on the Chinese paragraphs' body, which finds a
Chinese form of three characters or more as it is written (``ILIKE``). PostgreSQL keeps
both up to date itself: :meth:`PostgresEngine.index` and :meth:`~PostgresEngine.remove`
have nothing to do.

A query asks each language for its own forms, analysed by that language's configuration
(``p.language = 'fr' AND p.search_vector @@ phraseto_tsquery('french', ...)``), and ranks
by ``ts_rank``."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.utils import CursorWrapper
from django.db.models import QuerySet

from memberviews.search.analysis import segment
from memberviews.search.plan import Alternative, Form, LanguagePlan, Plan
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

#: The text search configuration of each language's paragraphs (Chinese: its jieba words).
CONFIGURATIONS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ru": "russian",
    "ar": "arabic",
    "zh": "simple",
}


class PostgresEngine:
    def __init__(self, using: str = DEFAULT_DB_ALIAS) -> None:
        self.using = using

    def index(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Nothing to do: the generated column and its indexes follow the table."""

    def remove(self, paragraphs: QuerySet[Paragraph]) -> None:
        """Nothing to do: the generated column and its indexes follow the table."""

    def find(
        self,
        plan: Plan,
        where: Where,
        *,
        order: Order,
        limit: int,
        after: Key | None = None,
    ) -> Page:
        query = _Query(plan)
        if not query.matches:
            return Page()
        conditions = [query.matches]
        args: list[Any] = [*query.match_params]
        if where.sql:
            conditions.append(where.sql)
            args += where.params
        if order == "relevance":
            return by_windows(
                lambda below, size: self._window(query, where, below, size),
                limit,
                after,
            )
        sql = (
            "SELECT p.id, coalesce(p.date, '0001-01-01'::date) AS day FROM archive_paragraph p"
            f" WHERE {' AND '.join(f'({c})' for c in conditions)}"
        )
        sql = f"SELECT m.id, m.day FROM ({sql}) AS m"
        if after is not None:
            sql += " WHERE (m.day, m.id) < (%s::date, %s)"
            args = [*args, *after]
        sql += " ORDER BY m.day DESC, m.id DESC LIMIT %s"
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, [*args, limit])
            rows = cursor.fetchall()
        return Page([Found(i, 0.0, (day.isoformat(), i)) for i, day in rows])

    def _window(
        self, query: _Query, where: Where, below: int | None, size: int
    ) -> list[tuple[int, float]]:
        """The ``size`` matches with the highest ids below ``below``, ranked."""
        narrowing = [where.sql] if where.sql else []
        narrowing_args = [*where.params]
        if below is not None:
            narrowing.append("p.id < %s")
            narrowing_args.append(below)
        with connections[self.using].cursor() as cursor:
            # Read backwards by id, each row tested, until the window is full (reads
            # size / share rows: right when many match), or found by the text index and
            # the last sorted out (reads every row the index gives: right when few do).
            # The planner's guess of the rows the index gives decides; alone, it reads
            # backwards whenever it expects to fill the window soon, and may read most of
            # the table for a word in one paragraph in two hundred.
            plain = " AND ".join(f"({c})" for c in [query.plain, *narrowing])
            expected = self._rows_expected(cursor, plain, [*query.plain_params, *narrowing_args])
            few = expected < self._crossing(cursor, size)
            matches = " AND ".join(f"({c})" for c in [query.matches, *narrowing])
            sql = (
                # float8: a real's text form does not read back as the same number, and
                # the next page starts after the score read.
                # Ranked outside: only the window's rows (the outer alias is p too, as the
                # rank expression names it).
                f"SELECT p.id, coalesce(ts_rank(p.search_vector, {query.rank}), 0)::float8"
                " FROM (SELECT p.id, p.language, p.search_vector FROM archive_paragraph p"
                f" WHERE {matches}"
                # "+ 0": the order is not the primary key's, so not read by it.
                f" ORDER BY p.id{' + 0' if few else ''} DESC LIMIT %s) AS p"
            )
            args = [*query.rank_params, *query.match_params, *narrowing_args, size]
            cursor.execute(sql, args)
            return [(i, score) for i, score in cursor.fetchall()]

    @staticmethod
    def _rows_expected(cursor: CursorWrapper, where: str, args: list[Any]) -> float:
        explain = "EXPLAIN (FORMAT JSON) SELECT 1 FROM archive_paragraph p WHERE "
        cursor.execute(explain + where, args)
        (plan,) = cursor.fetchone()
        return float(plan[0]["Plan"]["Plan Rows"])

    @staticmethod
    def _crossing(cursor: CursorWrapper, size: int) -> float:
        """How many matches make both ways read as many rows: a share s of the table's n
        rows match when reading backwards takes size / s rows and the index s * n."""
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'archive_paragraph'")
        (rows,) = cursor.fetchone()
        return math.sqrt(size * max(float(rows), 1.0))

    def bare(self, plan: Plan, limit: int = 20, window: int | None = None) -> Sequence[int]:
        query = _Query(plan)
        if not query.matches:
            return []
        rows = f"archive_paragraph p WHERE {query.plain}"
        if window is not None:
            rows = (
                "(SELECT p.id, p.language, p.search_vector FROM archive_paragraph p"
                f" WHERE {query.plain} ORDER BY p.id DESC LIMIT {int(window)}) AS p"
            )
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"SELECT p.id FROM {rows}"
                f" ORDER BY ts_rank(p.search_vector, {query.rank}) DESC LIMIT %s",
                [*query.plain_params, *query.rank_params, limit],
            )
            return [i for (i,) in cursor.fetchall()]


class _Query:
    """A plan as PostgreSQL conditions: ``plain``, the text search with the languages not
    told apart (one GIN index scan; the benchmark's baseline); ``matches``, the same
    narrowed to each language's own forms; ``rank``, a tsquery of the forms looked for in
    the row's language."""

    def __init__(self, plan: Plan) -> None:
        self.matches = ""
        self.match_params: list[Any] = []
        self.plain = ""
        self.plain_params: list[Any] = []
        self.rank = ""
        self.rank_params: list[Any] = []
        queries: list[str] = []
        query_params: list[Any] = []
        chinese: list[str] = []
        chinese_params: list[Any] = []
        cases: list[str] = []
        case_params: list[Any] = []
        ranks: list[str] = []
        for language in plan.languages:
            code = language.language
            if code == "zh" and any(
                by_trigrams(code, f.tokens)
                for f in [*language.forms(), *(f for a in language.excluded for f in a)]
            ):
                condition, params = _chinese(language)
                chinese.append(f"p.language = 'zh' AND {condition}")
                chinese_params += params
            else:
                tsquery, params = _tsquery(language)
                queries.append(f"({tsquery})")
                query_params += params
                condition = f"p.search_vector @@ ({tsquery})"
            cases.append(f"WHEN '{code}' THEN {condition}")
            case_params += params
            # Each paragraph is ranked by its own language's forms only: a smaller query
            # for ts_rank to walk for each row.
            forms = [
                _form_tsquery(code, f, self.rank_params, ranking=True) for f in language.forms()
            ]
            ranks.append(f"WHEN '{code}' THEN {' || '.join(forms)}")
        if not cases:
            return
        searched = [f"p.search_vector @@ ({' || '.join(queries)})"] if queries else []
        self.plain = " OR ".join(f"({c})" for c in [*searched, *chinese])
        self.plain_params = query_params + chinese_params
        # The index finds the rows for the plain search; each row is then held to its own
        # language's forms (a CASE, which no index answers: the planner does not combine
        # the text index with the language's B-tree for each language).
        self.matches = f"({self.plain}) AND CASE p.language {' '.join(cases)} ELSE false END"
        self.match_params = [*self.plain_params, *case_params]
        self.rank = f"CASE p.language {' '.join(ranks)} END"


def _form_tsquery(language: str, form: Form, params: list[Any], *, ranking: bool = False) -> str:
    """A tsquery of one form: its words in a row, as the language's configuration reads
    them. A Chinese form is ranked by its jieba words."""
    if language == "zh" and ranking:
        params.append(" ".join(segment(form.text)))
        return "plainto_tsquery('simple', %s)"
    params.append(form.text)
    return f"phraseto_tsquery('{CONFIGURATIONS[language]}', %s)"


def _tsquery(plan: LanguagePlan) -> tuple[str, list[Any]]:
    """One language's plan as one tsquery."""
    params: list[Any] = []

    def alternative(forms: Alternative) -> str:
        return "(" + " && ".join(_form_tsquery(plan.language, f, params) for f in forms) + ")"

    required = " && ".join(
        "(" + " || ".join(alternative(a) for a in clause) + ")" for clause in plan.clauses
    )
    if plan.excluded:
        excluded = " || ".join(alternative(a) for a in plan.excluded)
        required = f"{required} && !!({excluded})"
    return required, params


def _chinese(plan: LanguagePlan) -> tuple[str, list[Any]]:
    """The Chinese plan as an SQL condition when some of its forms need the trigram index:
    a short form among jieba's words, a longer one as written."""
    params: list[Any] = []

    def form(f: Form) -> str:
        if by_trigrams("zh", f.tokens):
            params.append("%" + _escaped(f.tokens[0]) + "%")
            return "p.body ILIKE %s"
        params.append(f.tokens[0])
        return "p.search_vector @@ phraseto_tsquery('simple', %s)"

    def alternative(forms: Alternative) -> str:
        return "(" + " AND ".join(form(f) for f in forms) + ")"

    condition = " AND ".join(
        "(" + " OR ".join(alternative(a) for a in clause) + ")" for clause in plan.clauses
    )
    if plan.excluded:
        condition += " AND NOT (" + " OR ".join(alternative(a) for a in plan.excluded) + ")"
    return condition, params


def _escaped(text: str) -> str:
    """``text`` matched literally by LIKE."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
