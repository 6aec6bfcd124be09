"""OCR benchmark: character error rate and pages per second on scanned reports.

Run from the repository root:

    .venv/bin/python -m bench.ocr_bench

(``--languages en,fr`` and ``--dpi 150,300`` choose the scans, ``--symbol`` the report,
``--keep DIR`` keeps the generated files.)

The example's report (A/67/131, two to five pages) is rendered in each language, rasterised
with pdftoppm at each resolution, turned by 0.6° and specked with noise (0.2 % of the pixels
at 300 dpi, 0.05 % at 150 dpi, as ``tests/ingest/test_ocr.py`` does), and put back into a PDF
of pictures alone. :func:`memberviews.ingest.ocr.ocr_pdf` reads it; the character error rate
is the edit distance between its text and the source PDF's text layer (as pdfium gives it),
page by page, over the source's length, white space left out of both (Chinese is written
without it, and Tesseract's spacing is no error). Pages per second is the whole OCR: the
language told from the first page, the pages rendered and read side by side.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from memberviews.ingest.ocr import ocr_pdf  # noqa: E402
from support import scans  # noqa: E402

NOISE = {150: 0.0005, 300: 0.002}
_SPACE = re.compile(r"\s+")


def source_pages(pdf: Path) -> list[str]:
    """The text layer of each page, as pdfium gives it."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def error_rate(source: list[str], read: list[str]) -> float:
    errors = length = 0
    for number, page in enumerate(source):
        expected = _SPACE.sub("", page.replace("\ufffe", "").replace("\u00ad", ""))
        got = _SPACE.sub("", read[number] if number < len(read) else "")
        errors += distance(expected, got)
        length += len(expected)
    return errors / max(1, length)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default=",".join(scans.LANGUAGES))
    parser.add_argument("--dpi", default="300,150")
    parser.add_argument("--symbol", default="A/67/131")
    parser.add_argument("--keep", type=Path)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"OCR of scans of {options.symbol} (skew 0.6°, noise), {os.cpu_count()} cores")
        print(f"{'lang':<5}{'dpi':>5}{'pages':>7}{'found':>7}{'CER %':>8}{'s':>8}{'pages/s':>9}")
        total_pages, total_seconds = 0, 0.0
        for language in options.languages.split(","):
            pdf = scans.rendered(options.symbol, language, folder)
            source = source_pages(pdf)
            for dpi in (int(d) for d in options.dpi.split(",")):
                scan = scans.scan(
                    pdf, dpi, folder / f"scan-{language}-{dpi}.pdf", noise=NOISE.get(dpi, 0.001)
                )
                start = time.perf_counter()
                result = ocr_pdf(scan)
                seconds = time.perf_counter() - start
                rate = error_rate(source, result.text().split("\f"))
                total_pages += result.pages
                total_seconds += seconds
                print(
                    f"{language:<5}{dpi:>5}{result.pages:>7}{result.language or '?':>7}"
                    f"{rate * 100:>8.1f}{seconds:>8.1f}{result.pages / seconds:>9.2f}"
                )
        print(f"all: {total_pages} pages in {total_seconds:.1f} s, ", end="")
        print(f"{total_pages / total_seconds:.2f} pages/s")


if __name__ == "__main__":
    main()
