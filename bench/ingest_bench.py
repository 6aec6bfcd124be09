"""Ingest benchmark: text parse throughput, and PDF ingest time against bare pdfium.

Run from the repository root, in one command:

    .venv/bin/python -m bench.ingest_bench

(``.venv/bin/python bench/ingest_bench.py`` does the same; ``--repeat N`` sets the number of
timed runs, ``--keep DIR`` keeps the generated files there.)

It first generates, untimed, two long reports (about 200 pages each: English and Chinese,
190 replies each, State names from ``../shared/data/country-codes.csv``, text recombined from
the synthetic reports of ``tests/support``) with the test writers, as Acrobat-style text and
as a typst PDF, in a temporary directory. Then it measures, each a few times, taking the
median:

(a) ``read_report`` on the ``.txt``: throughput in MB/s;
(b) ``read_report`` on the ``.pdf`` against bare pypdfium2 extraction of the same PDF (open,
    ``get_textpage().get_text_range()`` for each page), like with like: ingest with its
    helper process (two processes) against bare extraction in two processes (each half of
    the pages), and ingest kept to one process against bare extraction in one. The ratios,
    target at most 1.3 each; and the per-core throughput (pages per second per process),
    which is what a bulk import of thousands of reports, one per core, depends on.

and prints a table. The replies found are counted too, so a parser that is fast because it
gave up shows. ``--profile`` prints where ingest's time goes in one process (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import multiprocessing
import pstats
import re
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pypdfium2

# The synthetic reports and their writers live with the tests (tests/support), which are not
# an installed package: put them on the path before importing them.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))  # for bench.timing when run as a script

from bench.timing import median_seconds  # noqa: E402 (after the path set-up above)
from memberviews.core.model import Document  # noqa: E402
from memberviews.ingest import read_report  # noqa: E402
from memberviews.ingest.pdf import PdfReader  # noqa: E402
from support.specimen import (  # noqa: E402
    Expected,
    ExpectedReply,
    Para,
    Reply,
    SyntheticReport,
)
from support.synthetic import REPORTS  # noqa: E402
from support.writers import write_pdf, write_text  # noqa: E402

COUNTRY_CODES = ROOT.parent / "shared" / "data" / "country-codes.csv"
TARGET_RATIO = 1.3
REPLIES = 190

_TAGS = {
    "en": ("[Original: Spanish]", "[Original: French]", None, "[Original: Russian]"),
    "zh": ("[原件：西班牙文]", "[原件：英文]", "[原件：法文]", "[原件：俄文]"),
}
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument(
        "--profile", action="store_true", help="print where one-process ingest spends its time"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        rows = [measure(language, folder, args.repeat) for language in ("en", "zh")]
        if args.profile:
            for language in ("en", "zh"):
                profile(folder / f"bench-{language}.pdf")
    print_table(rows, args.repeat)
    return 0


def profile(pdf: Path) -> None:
    """Prints the functions where one-process ingest of ``pdf`` spends its time."""
    with PdfReader(helper=False) as reader:
        profiler = cProfile.Profile()
        profiler.enable()
        read_report(pdf, pdf_reader=reader)
        profiler.disable()
    print(f"\nwhere ingest's time goes, {pdf.name}, one process (cumulative, then own):")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(18)
    stats.sort_stats("tottime").print_stats(12)


def long_report(
    language: str, replies: int = REPLIES, per_reply: int | None = None
) -> SyntheticReport:
    """Returns a report of ``replies`` replies in ``language`` (en or zh), about 200 pages
    with the default ``per_reply`` paragraphs, built from the synthetic reports of that
    language."""
    samples = [r for r in REPORTS if r.language == language and r.cover is not None]
    base = samples[0]
    pool = [p for r in samples for reply in r.all_replies() for p in reply.paragraphs]
    pool = [p for p in pool if p.number is None and p.marker is None and len(p.text) > 60]
    names = _state_names(language)[:replies]
    if per_reply is None:
        per_reply = 10 if language == "en" else 16
    built: list[Reply] = []
    for i, name in enumerate(names):
        when = date(2016, 2, 15) + timedelta(days=i % 120)
        tag = _TAGS[language][i % 4]
        paras = tuple(Para(pool[(i * 5 + k) % len(pool)].text) for k in range(per_reply))
        built.append(Reply(name, ((tag,) if tag else ()) + (_date_tag(when, language),), paras))
    section = replace(base.sections[0], replies=tuple(built))
    expected = Expected(
        symbol=base.expected.symbol,
        language=language,
        job_number=base.expected.job_number,
        mandate=base.expected.mandate,
        request_date=base.expected.request_date,
        sections=base.expected.sections[:2],
        replies=tuple(
            ExpectedReply("en", date(2016, 1, 1), per_reply, "", "") for _ in range(replies)
        ),
    )
    return replace(base, key=f"bench-{language}", sections=(section,), toc=None, expected=expected)


def _state_names(language: str) -> list[str]:
    column = {"en": "UNTERM English Short", "zh": "UNTERM Chinese Short"}[language]
    with COUNTRY_CODES.open(encoding="utf-8") as handle:
        names = [row[column] for row in csv.DictReader(handle) if row[column]]
    # UNTERM writes English articles in brackets ("Netherlands (the)"); headings drop them.
    return [re.sub(r" \((the)\)$", "", name) for name in names]


def _date_tag(when: date, language: str) -> str:
    if language == "zh":
        return f"[{when.year} 年 {when.month} 月 {when.day} 日]"
    return f"[{when.day} {_MONTHS_EN[when.month - 1]} {when.year}]"


def bare_pdfium(path: Path, start: int = 0, stop: int | None = None) -> int:
    """Extracts the text of pages ``start`` to ``stop`` (all by default) with pypdfium2 and
    nothing else; returns the characters."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        total = 0
        for i in range(start, len(pdf) if stop is None else stop):
            page = pdf[i]
            total += len(page.get_textpage().get_text_range())
        return total
    finally:
        pdf.close()


def bare_pdfium_parallel(pool: multiprocessing.pool.Pool, path: Path, pages: int) -> int:
    """Bare extraction as ingest parallelises it: the later half of the pages in the other
    process, the first half here."""
    middle = pages // 2
    later = pool.apply_async(bare_pdfium, (path, middle, pages))
    return bare_pdfium(path, 0, middle) + later.get()


def measure(language: str, folder: Path, repeat: int) -> dict[str, object]:
    """Generates the long report in ``language`` and times ingest on its text and PDF."""
    report = long_report(language)
    text = write_text(report, folder / f"{report.key}.txt", "acrobat")
    pdf = write_pdf(report, folder / f"{report.key}.pdf")
    pages = len(pypdfium2.PdfDocument(str(pdf)))
    parsed: list[Document] = []

    def parse_text() -> None:
        parsed.append(read_report(text))

    text_seconds = median_seconds(parse_text, repeat)
    from_pdf: list[Document] = []
    with PdfReader() as reader:
        pdf_seconds = median_seconds(
            lambda: from_pdf.append(read_report(pdf, pdf_reader=reader)), repeat
        )
    bare_seconds = median_seconds(lambda: bare_pdfium(pdf), repeat)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.apply(bare_pdfium, (pdf, 0, 1))  # started before the clock, as ingest's helper is
        bare_parallel = median_seconds(lambda: bare_pdfium_parallel(pool, pdf, pages), repeat)
    # The same ingest kept to one process, for comparison with the one-process baseline.
    with PdfReader(helper=False) as serial:
        serial_seconds = median_seconds(lambda: read_report(pdf, pdf_reader=serial), repeat)
    megabytes = text.stat().st_size / 1_000_000
    return {
        "language": language,
        "pages": pages,
        "replies txt": f"{len(parsed[-1].replies)}/{len(report.all_replies())}",
        "replies pdf": f"{len(from_pdf[-1].replies)}/{len(report.all_replies())}",
        "text MB": f"{megabytes:.2f}",
        "text s": f"{text_seconds:.3f}",
        "text MB/s": f"{megabytes / text_seconds:.2f}",
        "2 processes: ingest s": f"{pdf_seconds:.3f}",
        "bare s": f"{bare_parallel:.3f}",
        "ratio": _verdict(pdf_seconds / bare_parallel),
        "1 process: ingest s": f"{serial_seconds:.3f}",
        "bare s ": f"{bare_seconds:.3f}",
        "ratio ": _verdict(serial_seconds / bare_seconds),
        "pages/s/core": f"{pages / serial_seconds:.0f}",
    }


def _verdict(ratio: float) -> str:
    return f"{ratio:.2f}" + ("" if ratio <= TARGET_RATIO else " (>)")


def print_table(rows: list[dict[str, object]], repeat: int) -> None:
    headers = list(rows[0])
    cells = [[str(row[h]) for h in headers] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print(
        f"ingest benchmark: median of {repeat} runs; ingest/bare at equal parallelism,"
        f" target <= {TARGET_RATIO}; pages/s/core: one-process ingest"
    )
    print("  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True)))
    for row in cells:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
