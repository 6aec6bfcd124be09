"""Render benchmark: PDF rendering against typst alone, and the whole composed set.

Run from the repository root, in one command:

    .venv/bin/python -m bench.render_bench

It builds, untimed, a long report (the reference report's introduction, 193 replies: every
Member State, about three paragraphs each, about 150 pages in English), then measures in the
same run, each a few times (median):

(a) ``render_pdf`` on it against typst compiling the same template and inputs alone
    (``typst.compile`` with ``pdf_source(document)``): the ratio, target at most 1.1;
(b) the whole set of the example consultation, six languages × four formats, as the one
    command a reporting officer runs (``memberviews compose … --out DIR``): seconds, target
    under 15;
(c) where LibreOffice is installed, converting the long report's DOCX to PDF with it: the
    route a user would otherwise take, against ours.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import typst

from bench.timing import median_seconds
from memberviews.core.model import Document, Reply, StateRef
from memberviews.core.states import member_states
from memberviews.ingest import read_report
from memberviews.render.docx import render_docx
from memberviews.render.pdf import pdf_source, render_pdf

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "corpus" / "A-67-131-zh.txt"
EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
TARGET_RATIO = 1.1
TARGET_SET_SECONDS = 15.0

_PARAGRAPHS = [
    "The Government considers that multilateralism is the core principle of negotiations in "
    "the area of disarmament and non-proliferation, and that lasting solutions to the problems "
    "of international security can be found only through the collective action of States, in "
    "accordance with the purposes and principles of the Charter of the United Nations.",
    "Disarmament and arms control agreements negotiated and implemented within a truly "
    "multilateral, effective and non-discriminatory framework provide the appropriate mechanism "
    "for States parties to consult one another and cooperate in solving any problem that may "
    "arise in relation to the objective of, or in the application of, the provisions of those "
    "agreements. The machinery established by the first special session of the General Assembly "
    "devoted to disarmament remains the framework for that work.",
    "The Government reiterates its support for the work of the Conference on Disarmament, which "
    "should resume its substantive work without further delay, and calls upon all States to "
    "participate constructively in the deliberations of the Disarmament Commission and of the "
    "First Committee of the General Assembly.",
]


def long_report() -> Document:
    """The reference report in English with a reply from every Member State."""
    document = read_report(REFERENCE)
    start = document.request.date if document.request and document.request.date else None
    replies = []
    for i, state in enumerate(member_states()):
        replies.append(
            Reply(
                state=StateRef(state.short_name("en"), state.iso3, state.m49),
                heading=state.short_name("en"),
                original_language=("en", "es", "fr", "ru", "ar", "zh")[i % 6],
                date=start + timedelta(days=30 + i % 90) if start else None,
                # Five paragraphs a reply: about 150 pages in all, as the issue asks.
                paragraphs=[*_PARAGRAPHS, *_PARAGRAPHS[:2]],
            )
        )
    return replace(
        document,
        language="en",
        replies=replies,
        agenda_item="94 (h)",
        agenda_title="General and complete disarmament",
        title="Promoting multilateralism in the area of disarmament and non-proliferation",
    )


def alternating(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Times two runs in turn, so that neither gains from going second; returns medians."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for run, into in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            run()
            into.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement")
    args = parser.parse_args(argv)
    document = long_report()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        pdf = work / "long.pdf"
        render_pdf(document, pdf)
        from pypdfium2 import PdfDocument

        pages = len(PdfDocument(str(pdf)))
        source = pdf_source(document)
        ours, alone = alternating(
            lambda: render_pdf(document, pdf),
            lambda: typst.compile(**source.compile_kwargs()),
            args.repeat,
        )
        command = [sys.executable, "-m", "memberviews", "compose", str(EXAMPLE)]
        whole = median_seconds(
            lambda: subprocess.run(
                [*command, "--out", str(work / "set")], check=True, capture_output=True
            ),
            max(1, args.repeat - 1),
        )
        files = len(list((work / "set").iterdir()))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        office_seconds = None
        if office:
            docx = work / "long.docx"
            render_docx(document, docx)
            office_seconds = median_seconds(
                lambda: subprocess.run(
                    [office, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo"),
                     str(docx)],
                    check=True, capture_output=True, env={"HOME": str(work), "PATH": "/usr/bin"},
                ),
                1,
            )  # fmt: skip
    print(f"render benchmark: median of {args.repeat} runs")
    print(f"long report: {len(document.replies)} replies, {pages} pages (English)")
    verdict = "ok" if ours / alone <= TARGET_RATIO else f"> {TARGET_RATIO}"
    ratio = ours / alone
    print(f"  render_pdf {ours:.2f} s, typst alone {alone:.2f} s: ratio {ratio:.2f} ({verdict})")
    verdict = "ok" if whole <= TARGET_SET_SECONDS else f"> {TARGET_SET_SECONDS:.0f} s"
    print(f"whole set (memberviews compose, {files} files): {whole:.1f} s ({verdict})")
    if office_seconds is not None:
        print(
            f"  LibreOffice DOCX→PDF of the long report: {office_seconds:.1f} s, ours {ours:.2f} s"
        )
    else:
        print("  LibreOffice not installed: DOCX→PDF comparison skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
