"""Synthetic reports as copies that lost their lines, and as copies read by OCR.

Made from the same :class:`~support.specimen.SyntheticReport` as the clean text files (laid
out by :func:`support.layout.build_blocks`), never from a real document:

- :func:`flatten` joins the lines the way text copied from a web page or a converter comes:
  ``collapsed`` (the whole report on one line, single spaces: paragraph ends are lost),
  ``spaced`` (every line break made a space, so a paragraph break leaves two), ``pages``
  (each page on one line), ``boilerplate`` (a download site's banner, page counter and file
  facts around and between pages) and ``old-headers`` (the running header of older reports,
  ``A/70/412 English Page 2``, and the footer ``15-11873 2/30``). Page headers and footers
  land where the page broke, often in the middle of a sentence.
- :func:`ocr_text` writes the pdftotext-style text with the errors recognition makes:
  ``l``/``I`` for ``1`` and ``O`` for ``0`` in the symbols, the dates and the resolution
  numbers, broken dot leaders (``••••``, ``~~~``) in the contents and a stray space in the
  running header's symbol.
"""

from __future__ import annotations

import random
import re

from support.layout import build_blocks
from support.specimen import SyntheticReport
from support.text_writer import render_pdftotext

FLAT_VARIANTS = ("collapsed", "spaced", "pages", "boilerplate", "old-headers")

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_LANGUAGE_NAMES = {
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}
#: A download site's furniture, as such sites print it (made up, not copied).
BANNERS = (
    "Total Page:{total}",
    "File Type:pdf, Size:1020Kb",
    "Vous êtes sur la page {page} sur {total}",
    "Download free PDF documents - www.example-docs.invalid",
)


def _join(lines: list[str]) -> str:
    """Joins lines with a space, none between two Chinese characters (a converter that
    drops line breaks in Chinese text leaves nothing there); an empty line leaves a space
    of its own, so a paragraph break leaves two."""
    out = ""
    for line in lines:
        if not line:
            out += " "
            continue
        if out and not (_CJK.match(out[-1]) and _CJK.match(line[0])):
            out += " "
        out += line
    return out


def _pages(report: SyntheticReport, variant: str) -> list[list[str]]:
    """The lines of each page, page header and footer included, empty strings where
    pdftotext leaves an empty line."""
    blocks = build_blocks(report, "pdftotext", seed="text")
    text = render_pdftotext(report, blocks)
    text = re.sub("[\u202a-\u202e]", "", text)  # the bidi marks pdftotext adds in Arabic
    pages = [page.split("\n") for page in text.split("\f") if page.strip()]
    if variant == "old-headers":
        total = len(pages)
        name = _LANGUAGE_NAMES[report.language]
        for number, lines in enumerate(pages, start=1):
            if number == 1:
                continue
            for i, line in enumerate(lines):
                if line == report.running_symbol:
                    lines[i] = f"{report.running_symbol} {name} Page {number}"
                elif line == report.footer_job:
                    lines[i] = f"{report.job_number} {number}/{total}"
                elif line == f"{number}/{total}":
                    lines[i] = ""
    return pages


def flatten(report: SyntheticReport, variant: str) -> str:
    """The report's text with its lines lost, in one of :data:`FLAT_VARIANTS`."""
    if variant not in FLAT_VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; use one of {FLAT_VARIANTS}")
    pages = _pages(report, variant)
    if variant == "spaced":
        return _join([line for page in pages for line in page]).strip() + "\n"
    flat = [re.sub(r"\s+", " ", _join([x for x in page if x])).strip() for page in pages]
    if variant == "pages":
        return "\n".join(flat) + "\n"
    if variant == "boilerplate":
        total = len(flat)
        rng = random.Random(report.key)
        parts = [BANNERS[3], BANNERS[0].format(total=total), BANNERS[1]]
        for number, page in enumerate(flat, start=1):
            parts.append(BANNERS[2].format(page=number, total=total))
            parts.append(page)
            if rng.random() < 0.5:
                parts.append(BANNERS[3])
        return "\n".join(parts) + "\n"
    return " ".join(flat) + "\n"


#: OCR's confusions: a digit and what recognition read for it.
_OCR_DIGITS = {"1": "l", "0": "O"}


def _misread(digits: str, rng: random.Random) -> str:
    """Digits with one or two read as letters (never all of them)."""
    places = [i for i, c in enumerate(digits) if c in _OCR_DIGITS]
    if not places:
        return digits
    chars = list(digits)
    for i in rng.sample(places, k=min(len(places), 2))[: max(1, len(digits) - 1)]:
        chars[i] = _OCR_DIGITS[chars[i]] if chars[i] != "1" or rng.random() < 0.7 else "I"
    return "".join(chars)


def ocr_text(report: SyntheticReport) -> str:
    """The pdftotext-style text of the report with OCR's errors (see the module's note)."""
    rng = random.Random(f"{report.key}/ocr")
    blocks = build_blocks(report, "pdftotext", seed="text")
    text = render_pdftotext(report, blocks)
    symbol = report.symbol.rstrip("*")
    organ, session, rest = symbol.split("/", 2)
    wrong = f"{organ}/{_misread(session, rng)}/{_misread(rest, rng)}"
    if wrong == symbol:
        wrong = f"{organ}/ {session}/{rest}"
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == report.running_symbol:
            # The running header: a stray space after the organ, or a misread digit.
            lines[i] = f"{organ}/ {session}/{rest}" if rng.random() < 0.5 else wrong
        elif line.startswith(report.cover.organization if report.cover else "\0"):
            lines[i] = line.replace(symbol, wrong)
        elif re.fullmatch(r"\d{1,2} \w+ \d{4}", line) and report.cover:
            lines[i] = line[:-4] + _misread(line[-4:], rng)
        else:
            # Dot leaders read as bullets or tildes.
            lines[i] = re.sub(
                r"\.{3,}", lambda m: ("•" if rng.random() < 0.5 else "~") * len(m.group(0)), line
            )
    out = "\n".join(lines)
    # The resolution numbers in the introduction: "70/42" read "7O/42".
    mandate = report.expected.mandate.resolution
    if mandate:
        session_digits, number = mandate.split("/")
        misread = f"{_misread(session_digits, rng)}/{_misread(number, rng)}"
        out = out.replace(mandate, misread, 1) if misread != mandate else out
    return out
