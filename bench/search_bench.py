"""Search benchmark: latency of the archive's search against the engine's bare query, and
the size of the database.

    .venv/bin/python -m bench.search_bench [--paragraphs 1000000] [--postgres URL]

Runs on a scratch database: an SQLite file in a temporary folder, or, when ``--postgres``
(or ``DATABASE_URL``) names a server, a PostgreSQL database of its own, created there and
dropped at the end.

It generates ``--paragraphs`` reply paragraphs (default 1,000,000), a sixth in each language,
from vocabularies built here: the words of the synthetic reports and the test archive
(``tests/support``), the State names and the term list's forms, ranked by frequency and
followed by a tail of made-up rarer words, drawn with Zipf-like frequencies (one paragraph in
twenty names a term of the term list). The paragraphs, with their replies, language versions
and documents (sessions 50 to 79, the filter columns filled), go in in bulk (executemany into
SQLite, indexed by the SQLite engine as they go; COPY into PostgreSQL, its text search indexes
made after), untimed.

Then a mixed set of queries in the six languages (words of middling and high frequency, two
words, OR, an exclusion, a phrase, a term of the term list widened to six languages, Chinese
by jieba's words and by trigrams, a filtered search, a search by date) runs ``--rounds``
times, after a warm-up: each through :func:`memberviews.web.archive.search.search` (a page of
20 hits with their snippets) and through the engine's bare queries for the same plan
(:meth:`Engine.bare`: FTS5 MATCH or PostgreSQL ``@@``, best 20 ids, nothing else), one after
the other: ranking all the matches (the baseline of the targets), and ranking the
:data:`~memberviews.web.archive.engines.WINDOW` stored last, as search() ranks its first
window (what search() adds to the same engine work). It prints p50/p95/p99 of each, their
ratios (targets: search p95 < 20 ms, within 1.5x of bare), per kind of query, and the
database's size per million paragraphs.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, islice, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from memberviews.web.archive.search import Filters, Sort

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
#: Made-up rarer words after the real ones, per language: a vocabulary the size of a real
#: archive's, so that the index's lists are as long as real ones.
TAIL = 30_000
#: Words per paragraph, on average (Chinese: jieba's words).
MEAN_WORDS = 60
#: One paragraph in this many names a term of the term list.
TERM_EVERY = 20
PARAGRAPHS_PER_REPLY_TEXT = 6
REPLIES_PER_DOCUMENT = 15
TARGET_P95_MS = 20.0
TARGET_RATIO = 1.5
COUNTRY_CODES = ROOT.parent / "shared" / "data" / "country-codes.csv"
REFERENCE = ROOT.parent / "shared" / "corpus" / "A-67-131-zh.txt"
_BATCH = 5000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the SQLite database in this folder, and reuse it when it is there already"
        " (not on PostgreSQL)",
    )
    parser.add_argument(
        "--keep-database",
        metavar="NAME",
        help="on PostgreSQL: use the database NAME, loaded if it is new, and keep it",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="search-bench-") as scratch:
        folder = str(args.keep or scratch)
        database = _fresh_database(args.postgres, args.keep_database)
        try:
            _setup_django(folder)
            return run(args.paragraphs, args.rounds, args.seed)
        finally:
            _drop_database(database)


def _fresh_database(url: str | None, kept: str | None = None) -> str | None:
    """Points ``DATABASE_URL`` at a new PostgreSQL database on the server of ``url`` (None:
    SQLite), or at database ``kept`` (made if it is not there); returns the name of the one
    to drop at the end (None: none)."""
    os.environ.pop("DATABASE_URL", None)
    if not url:
        return None
    from support.databases import create_postgres_database, on_database

    if kept:
        os.environ["DATABASE_URL"] = on_database(url, kept, create=True)
        return None

    os.environ["DATABASE_URL"], name = create_postgres_database(url, "memberviews_search_bench")
    return name


def _drop_database(name: str | None) -> None:
    if name is not None:
        from django.db import connections

        connections.close_all()
        from support.databases import drop_postgres_database

        drop_postgres_database(os.environ["DATABASE_URL"], name)


def _setup_django(folder: str) -> None:
    os.environ["MEMBERVIEWS_DATA"] = str(Path(folder) / "data")
    os.environ["DJANGO_SETTINGS_MODULE"] = "memberviews.web.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


# The vocabularies ----------------------------------------------------------------------


@dataclass
class Vocabulary:
    """A language's words, most frequent first, drawn with Zipf-like frequencies."""

    language: str
    words: list[str]
    #: The real words (the rest are made up), and phrases of two words seen in real text.
    real: int
    phrases: list[str]
    terms: list[str]
    cumulative: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cumulative = list(accumulate(1.0 / (rank + 2.7) for rank in range(len(self.words))))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)


def _source_texts() -> dict[str, list[str]]:
    """Real-looking text in each language: the synthetic reports' paragraphs, the test
    archive's sentences, the reference Chinese report, the State names."""
    from support.archive_corpus import SENTENCES
    from support.synthetic import REPORTS

    texts: dict[str, list[str]] = collections.defaultdict(list)
    for report in REPORTS:
        for reply in report.all_replies():
            texts[report.language].extend(p.text for p in reply.paragraphs)
    for sentence in SENTENCES.values():
        for language, text in sentence.items():
            texts[language].append(text)
    if REFERENCE.exists():
        texts["zh"].extend(REFERENCE.read_text(encoding="utf-8").splitlines())
    columns = {
        "en": "English",
        "fr": "French",
        "es": "Spanish",
        "ru": "Russian",
        "zh": "Chinese",
        "ar": "Arabic",
    }
    with COUNTRY_CODES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for language, name in columns.items():
                if value := row.get(f"UNTERM {name} Short"):
                    texts[language].append(value)
    return texts


def vocabularies(rng: random.Random) -> dict[str, Vocabulary]:
    """Each language's vocabulary: the real words by frequency, then made-up ones."""
    from memberviews.search.analysis import words
    from memberviews.search.terms import shipped_terms

    terms: dict[str, list[str]] = collections.defaultdict(list)
    for entry in shipped_terms():
        for language, variants in entry.forms.items():
            terms[language].append(variants[0])
    made: dict[str, Vocabulary] = {}
    for language, texts in _source_texts().items():
        if language not in LANGUAGES:
            continue
        counts: collections.Counter[str] = collections.Counter()
        phrases: list[str] = []
        for text in texts:
            found = _words_of(text, language, words)
            counts.update(found)
            joiner = "" if language == "zh" else " "
            phrases += [f"{a}{joiner}{b}" for a, b in pairwise(found)]
        for text in terms[language]:
            counts.update(dict.fromkeys(_words_of(text, language, words), 1))
        real = [w for w, _ in counts.most_common()]
        made[language] = Vocabulary(
            language,
            real + _made_up(real, language, rng),
            len(real),
            phrases,
            terms[language],
        )
    return made


def _words_of(text: str, language: str, words: Any) -> list[str]:
    if language == "zh":
        import jieba

        return [w for w in jieba.cut(text) if words(w)]
    return [w.text.lower() for w in words(text)]


def _made_up(real: list[str], language: str, rng: random.Random) -> list[str]:
    """Rarer words: halves of two real words joined (two characters, in Chinese)."""
    if language == "zh":
        characters = sorted({c for w in real for c in w if "\u4e00" <= c <= "\u9fff"})
        return ["".join(rng.sample(characters, 2)) for _ in range(TAIL)]
    long = [w for w in real if len(w) >= 4]
    made: set[str] = set()
    while len(made) < TAIL:
        first, second = rng.choice(long), rng.choice(long)
        made.add(first[: len(first) // 2] + second[len(second) // 2 :])
    return sorted(made - set(real))


def paragraph(vocabulary: Vocabulary, rng: random.Random) -> str:
    """A paragraph of about :data:`MEAN_WORDS` words."""
    count = max(8, int(rng.lognormvariate(0, 0.5) * MEAN_WORDS * 0.88))
    drawn = vocabulary.draw(rng, count)
    if rng.randrange(TERM_EVERY) == 0 and vocabulary.terms:
        drawn.insert(rng.randrange(len(drawn)), rng.choice(vocabulary.terms))
    if vocabulary.language == "zh":
        pieces = ["".join(drawn[i : i + 9]) for i in range(0, len(drawn), 9)]
        return "，".join(pieces) + "。"
    pieces = [" ".join(drawn[i : i + 12]) for i in range(0, len(drawn), 12)]
    text = ", ".join(pieces) + "."
    return text[0].upper() + text[1:]


# The database --------------------------------------------------------------------------


def load(count: int, vocabulary: dict[str, Vocabulary], rng: random.Random) -> float:
    """Stores ``count`` paragraphs with their documents, replies and texts; returns the
    seconds taken."""
    from django.db import connection

    start = time.perf_counter()
    texts = _skeleton(count, rng)
    columns = (
        "id, text_id, position, body, segmented, language, reply_id, document_id, state,"
        ' organization, "group", original_language, year, session, date, mandate_id, series_id'
    )
    if connection.vendor == "postgresql":
        _load_postgres(columns, _rows(count, texts, vocabulary, rng))
    else:
        _load_sqlite(columns, _rows(count, texts, vocabulary, rng))
    return time.perf_counter() - start


@dataclass(frozen=True)
class _Text:
    id: int
    language: str
    reply: int
    document: int
    state: str
    organization: bool
    group: str
    original: str
    session: int
    date: dt.date
    mandate: int
    series: int


def _skeleton(count: int, rng: random.Random) -> list[_Text]:
    """The documents, versions, replies and reply texts the paragraphs belong to."""
    from memberviews.core.groups import group_of
    from memberviews.web.archive.models import (
        Document,
        Mandate,
        Reply,
        ReplyText,
        Series,
        Version,
    )

    with COUNTRY_CODES.open(encoding="utf-8") as handle:
        states = [r["ISO3166-1-Alpha-3"] for r in csv.DictReader(handle)]
    states = [s for s in states if s and group_of(s)] or ["NOR"]
    texts_needed = max(6, count // PARAGRAPHS_PER_REPLY_TEXT)
    documents = max(1, texts_needed // (6 * REPLIES_PER_DOCUMENT))
    series = Series.objects.bulk_create(
        Series(key=f"question {n}", title=f"Question {n}") for n in range(40)
    )
    made = []
    for n in range(documents):
        session = 50 + n % 30
        made.append(
            Document(
                symbol=f"A/{session}/{100 + n}",
                session=session,
                year=1945 + session,
                date=dt.date(1945 + session, 1 + n % 12, 1 + n % 28),
                series=series[n % len(series)],
            )
        )
    saved = Document.objects.bulk_create(made, batch_size=2000)
    mandates = Mandate.objects.bulk_create(
        (Mandate(resolution=f"{(d.session or 51) - 1}/{n + 1}") for n, d in enumerate(saved)),
        batch_size=2000,
    )
    Version.objects.bulk_create(
        (
            Version(document=d, language=lang, digest=f"{d.pk}{lang}", data={})
            for d in saved
            for lang in LANGUAGES
        ),
        batch_size=2000,
    )
    versions = {(v.document_id, v.language): v.pk for v in Version.objects.all()}
    replies = Reply.objects.bulk_create(
        (
            Reply(
                document=d,
                state=state,
                group=group_of(state) or "",
                original_language=rng.choice(LANGUAGES),
                date=d.date,
                position=k,
            )
            for d in saved
            for k, state in enumerate(rng.sample(states, REPLIES_PER_DOCUMENT))
        ),
        batch_size=2000,
    )
    reply_texts = ReplyText.objects.bulk_create(
        (
            ReplyText(reply=r, version_id=versions[(r.document_id, lang)], language=lang)
            for r in replies
            for lang in LANGUAGES
        ),
        batch_size=2000,
    )
    by_document = {d.pk: (d, m) for d, m in zip(saved, mandates, strict=True)}
    by_reply = {r.pk: r for r in replies}
    texts = []
    for text in reply_texts:
        reply = by_reply[text.reply_id]
        document, mandate = by_document[reply.document_id]
        assert document.session is not None and document.date is not None
        texts.append(
            _Text(
                text.pk,
                text.language,
                reply.pk,
                document.pk,
                reply.state,
                False,
                reply.group,
                reply.original_language,
                document.session,
                document.date,
                mandate.pk,
                document.series_id or 0,
            )
        )
    return texts


def _rows(
    count: int, texts: list[_Text], vocabulary: dict[str, Vocabulary], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    """The paragraph rows, spread over the texts in turn."""
    from memberviews.web.archive.engines import segmented

    for n in range(count):
        text = texts[n % len(texts)]
        body = paragraph(vocabulary[text.language], rng)
        yield (
            n + 1,
            text.id,
            n // len(texts),
            body,
            segmented(body, text.language),
            text.language,
            text.reply,
            text.document,
            text.state,
            text.organization,
            text.group,
            text.original,
            text.date.year,
            text.session,
            text.date,
            text.mandate,
            text.series,
        )


def _load_sqlite(columns: str, rows: Iterator[tuple[Any, ...]]) -> None:
    from django.db import connection, transaction

    from memberviews.web.archive.engines.sqlite import SqliteEngine

    engine = SqliteEngine()
    marks = ", ".join("%s" for _ in columns.split(","))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous = OFF")  # a scratch database: speed over safety
    while batch := list(islice(rows, _BATCH)):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO archive_paragraph ({columns}) VALUES ({marks})", batch)
            engine.index_rows(((r[0], r[5], r[3], r[4]) for r in batch), fresh=True)
    with connection.cursor() as cursor:
        for table in ("archive_paragraph_words", "archive_paragraph_trigrams"):
            # Merges the index's segments, as a quiet night would.
            cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        cursor.execute("ANALYZE")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _load_postgres(columns: str, rows: Iterator[tuple[Any, ...]]) -> None:
    from django.db import connection

    # The text search indexes of migration archive.0002_search.
    indexes = [
        "archive_paragraph_search ON archive_paragraph USING gin (search_vector)",
        "archive_paragraph_zh_trigrams ON archive_paragraph USING gin (body gin_trgm_ops)"
        " WHERE language = 'zh'",
    ]
    with connection.cursor() as cursor:
        # Made after the rows are in, as a bulk import into an empty table would.
        for index in indexes:
            cursor.execute(f"DROP INDEX {index.split()[0]}")
        with cursor.cursor.copy(f"COPY archive_paragraph ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        for index in indexes:
            cursor.execute(f"CREATE INDEX {index}")
        cursor.execute("VACUUM ANALYZE")


def sizes() -> tuple[int, dict[str, int]]:
    """The database's size in bytes, and its main parts."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            total = cursor.fetchone()[0]
            cursor.execute(
                "SELECT pg_table_size('archive_paragraph'),"
                " pg_indexes_size('archive_paragraph'),"
                " pg_relation_size('archive_paragraph_search'),"
                " pg_relation_size('archive_paragraph_zh_trigrams')"
            )
            table, indexes, words, trigrams = cursor.fetchone()
            parts = {
                "paragraph table (with TOAST, the tsvector column)": table,
                "paragraph table's B-tree indexes": indexes - words - trigrams,
                "tsvector GIN index": words,
                "Chinese trigram GIN index": trigrams,
            }
            return total, parts
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        total = pages * cursor.fetchone()[0]
        cursor.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        parts = collections.Counter[str]()
        for name, size in cursor.fetchall():
            if name.startswith("archive_paragraph_words"):
                parts["FTS5 words (stems, jieba)"] += size
            elif name.startswith("archive_paragraph_trigrams"):
                parts["FTS5 Chinese trigrams"] += size
            elif name == "archive_paragraph":
                parts["paragraph table"] += size
            elif name.startswith("archive_paragraph_"):
                parts["paragraph table's B-tree indexes"] += size
        return total, dict(parts)


# The queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    kind: str
    language: str
    text: str
    filters: Filters
    sort: Sort


def query_mix(vocabulary: dict[str, Vocabulary], rng: random.Random) -> list[Query]:
    """The queries timed: in each language, words of middling and high frequency, two words,
    OR, an exclusion, a phrase, a term of the term list, a filtered search and one by date;
    in Chinese also a form found by trigrams."""
    from memberviews.web.archive.search import Filters

    mix: list[Query] = []
    for language in LANGUAGES:
        v = vocabulary[language]

        def word(low: int, high: int, v: Vocabulary = v) -> str:
            """A real word of rank ``low`` to ``high`` (Chinese: of two characters, found by
            jieba's words; the others: of five letters or more, not a little word)."""
            fit = [
                w
                for w in v.words[low : min(high, v.real)]
                if (len(w) == 2 if v.language == "zh" else len(w) >= 5)
            ]
            return rng.choice(fit or v.words[low:high])

        common, a, b, c = word(5, 40), word(40, 400), word(40, 400), word(40, 400)
        phrase = rng.choice([p for p in v.phrases if len(p) >= (4 if language == "zh" else 9)])
        term = next(t for t in v.terms if t) if v.terms else a
        mixed = [
            ("word", a, Filters(), "relevance"),
            ("word", b, Filters(), "relevance"),
            ("common word", common, Filters(), "relevance"),
            ("two words", f"{a} {b}", Filters(), "relevance"),
            ("OR", f"{b} OR {c}", Filters(), "relevance"),
            ("exclusion", f"{common} -{a}", Filters(), "relevance"),
            ("phrase", f'"{phrase}"', Filters(), "relevance"),
            ("term list", term, Filters(), "relevance"),
            (
                "filtered",
                a,
                Filters(groups=("african", "asia_pacific"), year_from=2000, year_to=2015),
                "relevance",
            ),
            ("by date", a, Filters(), "date"),
        ]
        if language == "zh":
            long = rng.choice([w for w in v.words[: v.real] if len(w) >= 3])
            mixed.append(("zh trigrams", long, Filters(), "relevance"))
            mixed.append(("zh words+trigrams", f"{a} {long}", Filters(), "relevance"))
        mix += [Query(kind, language, text, f, s) for kind, text, f, s in mixed]  # type: ignore[arg-type]
    return mix


@dataclass
class Timings:
    search: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    windowed: list[float] = field(default_factory=list)
    hits: list[int] = field(default_factory=list)


def measure(mix: list[Query], rounds: int) -> dict[str, Timings]:
    """Times each query through search() and through the bare engine queries (all matches
    ranked, and a window's), ``rounds`` times after a warm-up, by kind."""
    from memberviews.web.archive import engines
    from memberviews.web.archive.search import make_search_plan, search

    engine = engines.current()
    plans = [make_search_plan(q.text, q.filters) for q in mix]
    for query, plan in zip(mix, plans, strict=True):  # warm-up: caches, pages read
        search(query.text, query.filters, sort=query.sort)
        engine.bare(plan)
        engine.bare(plan, window=engines.WINDOW)
    by_kind: dict[str, Timings] = collections.defaultdict(Timings)
    for _ in range(rounds):
        for query, plan in zip(mix, plans, strict=True):
            timings = by_kind[query.kind]
            start = time.perf_counter()
            results = search(query.text, query.filters, sort=query.sort)
            middle = time.perf_counter()
            engine.bare(plan)
            end = time.perf_counter()
            engine.bare(plan, window=engines.WINDOW)
            timings.windowed.append(time.perf_counter() - end)
            timings.search.append(middle - start)
            timings.bare.append(end - middle)
            timings.hits.append(len(results.hits))
    return by_kind


def percentiles(values: list[float]) -> tuple[float, float, float]:
    """p50, p95, p99 in milliseconds."""
    if len(values) < 2:
        return values[0] * 1000, values[0] * 1000, values[0] * 1000
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def run(count: int, rounds: int, seed: int) -> int:
    import sqlite3

    from django.db import connection

    from memberviews.web.archive import engines

    engine = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    if engine == "PostgreSQL":
        number = connection.cursor().connection.info.server_version
        version = f"PostgreSQL {number // 10000}.{number % 100}"
    else:
        version = f"SQLite {sqlite3.sqlite_version}"
    print(f"search benchmark on {version}: {count:,} paragraphs, six languages")
    rng = random.Random(seed)
    vocabulary = vocabularies(rng)
    print(
        "vocabulary (real + made-up words): "
        + ", ".join(f"{lang} {vocabulary[lang].real}+{TAIL}" for lang in LANGUAGES)
    )
    from memberviews.web.archive.models import Paragraph

    held = Paragraph.objects.count()
    if held:
        count = held
        print(f"reusing the {held:,} paragraphs of the kept database")
    else:
        seconds = load(count, vocabulary, rng)
        print(f"loaded in {seconds:.0f} s ({count / seconds:,.0f} paragraphs/s, untimed below)")
    total, parts = sizes()
    per_million = 1_000_000 / count / 2**20
    print(
        f"database: {total / 2**20:,.0f} MB, {total * per_million:,.0f} MB per million paragraphs"
    )
    for label, size in parts.items():
        print(f"    {label}: {size * per_million:,.0f} MB per million")
    # Drawn with a generator of their own: the same queries on a kept database as on a new one.
    mix = query_mix(vocabulary, random.Random(seed + 1))
    by_kind = measure(mix, rounds)
    every = Timings()
    plain = Timings()
    for kind, timings in by_kind.items():
        every.search += timings.search
        every.bare += timings.bare
        every.windowed += timings.windowed
        if kind not in ("filtered", "by date"):
            plain.search += timings.search
            plain.bare += timings.bare
    print(f"\n{len(mix)} queries x {rounds} rounds; milliseconds")
    print(f"{'':<26}{'p50':>8}{'p95':>8}{'p99':>8}")
    rows = [
        ("search()", every.search),
        ("bare, all ranked", every.bare),
        (f"bare, last {engines.WINDOW:,} ranked", every.windowed),
    ]
    for label, values in rows:
        print(f"{label:<26}" + "".join(f"{v:>8.2f}" for v in percentiles(values)))
    ratio = [s / b for s, b in zip(percentiles(every.search), percentiles(every.bare), strict=True)]
    print(f"{'ratio to all ranked':<26}" + "".join(f"{r:>8.2f}" for r in ratio))
    windowed = [
        s / b for s, b in zip(percentiles(every.search), percentiles(every.windowed), strict=True)
    ]
    print(f"{'ratio to a window ranked':<26}" + "".join(f"{r:>8.2f}" for r in windowed))
    plain_ratio = [
        s / b for s, b in zip(percentiles(plain.search), percentiles(plain.bare), strict=True)
    ]
    print(f"{'ratio, unfiltered':<26}" + "".join(f"{r:>8.2f}" for r in plain_ratio))
    print(
        f"\nby kind{'':<19}{'p95 search':>12}{'p95 bare':>10}{'p95 window':>12}{'median hits':>13}"
    )
    for kind, timings in by_kind.items():
        p95s = [percentiles(t)[1] for t in (timings.search, timings.bare, timings.windowed)]
        hits = statistics.median(timings.hits)
        print(f"  {kind:<24}{p95s[0]:>12.2f}{p95s[1]:>10.2f}{p95s[2]:>12.2f}{hits:>13.0f}")
    p95 = percentiles(every.search)[1]
    print(
        f"\ntarget p95 < {TARGET_P95_MS:.0f} ms: {'met' if p95 < TARGET_P95_MS else 'MISSED'}"
        f" ({p95:.1f} ms); within {TARGET_RATIO}x of bare at p95:"
        f" {'met' if ratio[1] <= TARGET_RATIO else 'MISSED'} ({ratio[1]:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
