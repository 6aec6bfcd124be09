"""Import benchmark: ``memberviews import`` throughput, in pages per second per core.

Run from the repository root, in one command:

    .venv/bin/python -m bench.import_bench            # 1,000 reports, SQLite
    .venv/bin/python -m bench.import_bench --reports 120 --postgres postgres://…/postgres

It first generates, untimed, ``--reports`` report PDFs (default 1,000): consultations of one
recurring question made up here (States, dates and sentences drawn at random from the test
corpus's six-language sentences, several sentences a paragraph), composed in the six
languages and rendered by typst, in as many processes as cores. Then it times, on a fresh
database:

(a) the import (:func:`memberviews.web.archive.importer.import_paths`, one reading process
    per core, each version stored as it arrives; on PostgreSQL through the task queue with
    as many local workers);
(b) the bare reading of the same files in the same number of processes (``read_report``
    only, nothing stored): the baseline, like with like.

It prints the pages per second per core of each, their ratio (what storing, linking and
indexing cost over reading), and the database's size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from support import archive_corpus  # noqa: E402 (after the path set-up above)
from support.archive_corpus import SENTENCES, Cycle  # noqa: E402

#: States drawn for the made-up replies (each with the language it writes in).
STATES = {
    "NOR": "en", "CUB": "es", "CHN": "zh", "FRA": "fr", "RUS": "ru", "EGY": "ar", "MEX": "es",
    "DEU": "en", "JPN": "en", "BRA": "en", "IND": "en", "SAU": "ar", "ARG": "es", "BLR": "ru",
    "SEN": "fr", "CAN": "en", "KAZ": "ru", "MAR": "fr", "COL": "es", "QAT": "ar",
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reports", type=int, default=1000, help="report PDFs to import")
    parser.add_argument("--postgres", help="a PostgreSQL URL: import into a scratch database")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the generated PDFs here")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="import-bench-") as scratch:
        folder = args.keep or Path(scratch) / "reports"
        files = generate(folder, args.reports, cores)
        pages = sum(_pages(f) for f in files)
        bare = _time(lambda: _read_only(files, cores))
        imported, size, outcome = _import(files, cores, Path(scratch), args.postgres)
    engine = "PostgreSQL" if args.postgres else "SQLite"
    print(f"{len(files)} reports, {pages} pages, {cores} processes, {engine}")
    print(outcome)
    print(f"{'':24}{'seconds':>10}{'pages/s/core':>14}")
    for label, seconds in (("bare reading", bare), ("import", imported)):
        print(f"{label:24}{seconds:10.1f}{pages / seconds / cores:14.2f}")
    print(f"import / bare reading: {imported / bare:.2f}x")
    print(f"database size: {size / 1e6:.1f} MB ({size / max(pages, 1) / 1e3:.1f} kB a page)")
    return 0


def generate(folder: Path, reports: int, cores: int) -> list[Path]:
    """Renders ``reports`` PDFs (six language versions of each consultation) into
    ``folder``; files already there are reused."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.pdf"))
    if len(existing) >= reports:
        return existing[:reports]
    rng = random.Random(1)
    jobs = [(folder, _cycle(n, rng)) for n in range((reports + 5) // 6)]
    with ProcessPoolExecutor(cores) as pool:
        list(pool.map(_render_cycle, jobs))
    return sorted(folder.glob("*.pdf"))[:reports]


def _cycle(n: int, rng: random.Random) -> Cycle:
    session = 50 + n % 30
    year = 1945 + session
    replies = []
    for state in rng.sample(sorted(STATES), rng.randint(6, 14)):
        keys = tuple(rng.choice(sorted(SENTENCES)) for _ in range(rng.randint(2, 6)))
        day = dt.date(year, rng.randint(3, 6), rng.randint(1, 28))
        replies.append((state, STATES[state], day, keys))
    return Cycle(
        symbol=f"A/{session}/{100 + n}",
        session=session,
        date=dt.date(year, 7, 10),
        resolution=f"{session - 1}/{20 + n % 60}",
        adopted=dt.date(year - 1, 12, 2),
        request=dt.date(year, 2, 10),
        cut_off=dt.date(year, 6, 30),
        replies=tuple(replies),
    )


def _render_cycle(job: tuple[Path, Cycle]) -> None:
    import yaml

    from memberviews.compose import compose, load_consultation
    from memberviews.render.formats import render

    folder, cycle = job
    data = archive_corpus.consultation(cycle)
    # Paragraphs of several sentences, as replies have.
    for reply in data["replies"]:
        reply["texts"] = {
            lang: [" ".join([p] * 4) for p in paragraphs]
            for lang, paragraphs in reply["texts"].items()
        }
    path = folder / f"{cycle.symbol.replace('/', '-')}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    for document in compose(load_consultation(path)).documents:
        name = f"{(document.symbol or '').replace('/', '-')}-{document.language}.pdf"
        render(document, "pdf", folder / name)
    path.unlink()


def _pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _time(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


def _read_one(path: Path) -> int:
    from memberviews.ingest import read_report
    from memberviews.ingest.pdf import PdfReader

    with PdfReader(helper=False) as reader:
        return len(read_report(path, pdf_reader=reader).replies)


def _read_only(files: list[Path], cores: int) -> int:
    with ProcessPoolExecutor(cores) as pool:
        return sum(pool.map(_read_one, files, chunksize=4))


def _import(
    files: list[Path], cores: int, scratch: Path, postgres: str | None
) -> tuple[float, int, str]:
    """Imports the files into a fresh database: (seconds, database bytes, summary line)."""
    os.environ["MEMBERVIEWS_DATA"] = str(scratch / "data")
    created = None
    if postgres:
        from support.databases import create_postgres_database

        os.environ["DATABASE_URL"], created = create_postgres_database(postgres, "import_bench")
    else:
        os.environ.pop("DATABASE_URL", None)
    from memberviews.web.run import setup

    setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    from memberviews.web.archive.importer import Outcome, import_paths

    start = time.perf_counter()
    summary = import_paths(files, processes=cores)
    seconds = time.perf_counter() - start
    kinds: tuple[Outcome, ...] = ("stored", "updated", "skipped", "refused")
    outcome = ", ".join(f"{summary.count(k)} {k}" for k in kinds)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            size = int(cursor.fetchone()[0])
        connection.close()
        if created and postgres:
            from support.databases import drop_postgres_database

            drop_postgres_database(postgres, created)
    else:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = (scratch / "data" / "memberviews.sqlite3").stat().st_size
    return seconds, size, outcome


if __name__ == "__main__":
    raise SystemExit(main())
