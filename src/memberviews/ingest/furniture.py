"""Page furniture: the lines of a page that carry no text of the report.

Running headers with the symbol, job-number footers (with the processing dates and the
barcode's text, in any order right-to-left layout gives them), page numbers, the cover's
footnotes naming the agenda, a technical reissue's note, and the word a draft carries
across every page ("Draft", "Projet", "مسودة"). They are kept apart, not
thrown away: the symbol and the job number are read from them.

For a PDF, pages are known, so only a page's first and last three lines are looked at; in
text without page breaks every line is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from memberviews.core.job_numbers import JOB_NUMBER, LETTERS, NUMBER
from memberviews.core.wording import WORDINGS
from memberviews.ingest.lines import Line
from memberviews.ingest.recognise import clean

#: A page header, footer or cover line that carries no text of the report.
_FURNITURE = [
    re.compile(p)
    for p in (
        # The symbol alone, perhaps with a page number: "A/67/131", "2 A/67/131/Add.1"; a
        # page number beside the symbol or the job number may run to four digits.
        r"^(?:\d{1,4}\s+)?[ASE](?:/[A-Z][A-Za-z0-9.]*)*/\d{1,4}(?:/[A-Za-z0-9.]+)*\*{0,2}"
        r"(?:\s+\d{1,4})?$",
        # The job number: "12-41312 (C)6", "12-39642* (E) 210912 231012", "2/5 16-11872 (E)",
        # "16-11872 (E) 120716 *1611872*" (with the barcode's text), "16-11872 (E)1026".
        rf"^(?:\d{{1,4}}(?:\s*/\s*\d{{1,4}})?\s+)?(?:GE\.)?{NUMBER}\s*\*{{0,2}}\s*(?:\([{LETTERS}]\))?\s*"
        r"(?:\d{1,4}(?:\s*/\s*\d{1,4})?|\d{6}(?:\s+\d{6})*)?"
        r"(?:\s+\d{1,4}(?:\s*/\s*\d{1,4})?)?(?:\s+\*\d{7,8}\*)?$",
        r"^\*\d{7,8}\*$",  # the barcode's text on a cover page
        # The cover's footnotes naming the agenda: "* A/67/150.", "** A/67/50."
        r"^\*{1,3}\s*[ASE]/\d{1,3}/\d{1,4}\.?$",
        r"^\d{1,3}$",  # a page number
        r"^Page \d{1,4}$",  # the older Geneva header's page number, under the symbol
        r"^\d{1,4}\s*/\s*\d{1,4}$",  # "2/6", "1026/1463"
        r"^Please recycle$",
        r"^[-_–—]{3,}$",  # the rule that ends a document
    )
]

# The pieces of a footer, which right-to-left layout may put in any order:
# "*1456789* 300614 (A) 14-56789", "(A) 14-56789 2/3".
_FOOTER_PIECE = re.compile(
    rf"^(?:(?:GE\.)?{NUMBER}\*{{0,2}}|\([{LETTERS}]\)|\d{{6}}|\*\d{{7,8}}\*|\d{{1,4}}(?:/\d{{1,4}})?)$"
)
# A cover's agenda footnote as extraction or OCR may leave it: the mark after the symbol
# (right-to-left), a full stop read as a comma of either width ("* A/67/150，"), the
# symbol's second slash lost ("* A/67150.").
_FOOTNOTE = re.compile(
    r"^[*.\s]*\*[*.\s]*[ASE]/\d{1,3}/?\d{1,4}[.,，。\s]*$"
    r"|^[.\s]*[ASE]/\d{1,3}/\d{1,4}[.\s]*\*+$"
)


@cache
def _reissue_notes() -> tuple[str, ...]:
    return tuple(note.casefold() for w in WORDINGS.values() for note in w.reissue_notes)


@cache
def _draft_words() -> frozenset[str]:
    return frozenset(w.draft for w in WORDINGS.values())


def _is_draft_mark(text: str) -> bool:
    """Is this line the word a draft carries across its pages, alone?"""
    return clean(text).strip() in _draft_words()


def _is_reissue_note(text: str) -> bool:
    folded = text.casefold()
    return any(note in folded for note in _reissue_notes())


def is_furniture(text: str) -> bool:
    """Is this line a page header, footer, job number or page number?"""
    text = clean(text).strip()
    if any(p.match(text) for p in _FURNITURE) or _FOOTNOTE.match(text):
        return True
    if _is_draft_mark(text):
        return True
    if text.startswith("*") and len(text) < 160 and _is_reissue_note(text):
        return True
    pieces = text.split()
    return bool(JOB_NUMBER.search(text)) and all(_FOOTER_PIECE.match(p) for p in pieces)


def split_furniture(
    lines: Iterable[Line], *, edges_only: bool = False
) -> tuple[list[Line], list[str]]:
    """Separates page furniture from the body; returns (body lines, furniture texts).

    With ``edges_only`` (pages are known), only the first and last three lines of a page
    are candidates, so that a number inside the text is never lost.
    """
    body: list[Line] = []
    furniture: list[str] = []
    all_lines = list(lines)
    by_page: dict[int, list[int]] = {}
    edges: set[int] = set()
    for i, line in enumerate(all_lines):
        if _is_draft_mark(line.text):
            # The draft's word stands anywhere in a page's text (drawn over the page, it
            # comes last); it takes no place among the page's first and last lines.
            edges.add(i)
        else:
            by_page.setdefault(line.page, []).append(i)
    for indices in by_page.values():
        edges.update(indices[:3])
        edges.update(indices[-3:])
    after_furniture = False
    for i, line in enumerate(all_lines):
        if (not edges_only or i in edges) and is_furniture(line.text):
            furniture.append(line.text.strip())
            after_furniture = True
            continue
        if after_furniture or (body and body[-1].page != line.page):
            # The space around a running header or footer is no paragraph break.
            line.gap = False
        after_furniture = False
        body.append(line)
    return body, furniture
