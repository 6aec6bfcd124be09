"""Scale benchmark: time per page and peak memory of ingest at 100, 400 and 1,600 pages.

Generates English reports of 190 replies with more or fewer paragraphs each, as PDF (typst)
and as extracted text, then reads each in a fresh process (one process, no helper: what one
import worker does) and prints the seconds per page and the peak resident memory. Time per
page should stay flat as the report grows; memory should stay bounded.

    .venv/bin/python -m bench.scale_bench [--sizes 100,400,1600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from bench.ingest_bench import long_report  # noqa: E402 (after the path set-up above)
from support.writers import write_pdf, write_text  # noqa: E402

#: Paragraphs per reply that give about 200 pages (see bench.ingest_bench).
_PER_REPLY_FOR_200 = 10

_MEASURE = """
import json, sys, time
from memberviews.ingest import read_report
from memberviews.ingest.pdf import PdfReader
start = time.perf_counter()
with PdfReader(helper=False) as reader:
    document = read_report(sys.argv[1], pdf_reader=reader)
seconds = time.perf_counter() - start
# VmHWM, not ru_maxrss: the latter is inherited from the parent across fork and exec.
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) * 1024
print(json.dumps({"seconds": seconds, "peak": peak, "replies": len(document.replies)}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,400,1600", help="pages, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per file (median)")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    print("scale benchmark: one process, median of", args.repeat, "runs")
    print(f"{'form':>5} {'pages':>6} {'replies':>8} {'ms/page':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            per_reply = max(1, round(_PER_REPLY_FOR_200 * size / 200))
            report = long_report("en", per_reply=per_reply)
            pdf = write_pdf(report, folder / f"scale-{size}.pdf")
            text = write_text(report, folder / f"scale-{size}.txt", "acrobat")
            pages = len(pypdfium2.PdfDocument(str(pdf)))
            for form, path in (("pdf", pdf), ("txt", text)):
                runs = [_measure(path) for _ in range(args.repeat)]
                seconds = statistics.median(r["seconds"] for r in runs)
                peak = max(r["peak"] for r in runs)
                print(
                    f"{form:>5} {pages:>6} {runs[0]['replies']:>8}"
                    f" {seconds / pages * 1000:>8.2f} {peak / 2**20:>8.0f}"
                )
    return 0


def _measure(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured: dict[str, float] = json.loads(out.stdout)
    return measured


if __name__ == "__main__":
    raise SystemExit(main())
