"""From the lines of an extracted page to the paragraphs a reader sees.

A PDF, or text extracted from one, is a sequence of lines: running headers and footers
between pages, line wraps inside paragraphs. This module removes the furniture (page
headers, footers, job numbers, page numbers), then decides for each line whether it starts
a new block, from whatever signals the source gives: a blank line or vertical gap, a
first-line indent, a short last line, trailing whitespace where the extractor marks
paragraph ends with it, and lines that must stand alone (headings, tags, State names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from memberviews.core.wording import WORDINGS
from memberviews.ingest.recognise import ARABIC, clean, pair_marks

#: A page header, footer or cover line that carries no text of the report.
_FURNITURE = [
    re.compile(p)
    for p in (
        # The symbol alone, perhaps with a page number: "A/67/131", "2 A/67/131/Add.1".
        r"^(?:\d{1,3}\s+)?[ASE](?:/[A-Z][A-Za-z0-9.]*)*/\d{1,4}(?:/[A-Za-z0-9.]+)*\*{0,2}"
        r"(?:\s+\d{1,3})?$",
        # The job number: "12-41312 (C)6", "12-39642* (E) 210912 231012", "2/5 16-11872 (E)",
        # "16-11872 (E) 120716 *1611872*" (with the barcode's text).
        r"^(?:\d{1,3}(?:\s*/\s*\d{1,3})?\s+)?\d{2}-\d{5}\s*\*{0,2}\s*(?:\([ACEFRS]\))?\s*"
        r"(?:\d{1,3}(?:\s*/\s*\d{1,3})?|\d{6}(?:\s+\d{6})*)?"
        r"(?:\s+\d{1,3}(?:\s*/\s*\d{1,3})?)?(?:\s+\*\d{7,8}\*)?$",
        r"^\*\d{7,8}\*$",  # the barcode's text on a cover page
        # The cover's footnotes naming the agenda: "* A/67/150.", "** A/67/50."
        r"^\*{1,3}\s*[ASE]/\d{1,3}/\d{1,4}\.?$",
        r"^\d{1,3}$",  # a page number
        r"^\d{1,3}\s*/\s*\d{1,3}$",  # "2/6"
        r"^Please recycle$",
    )
]

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
# What ends a sentence, a heading or a tag line ("[" too: right-to-left extraction mirrors).
_TERMINAL = tuple(".!?。！？:：;；”»\"')）][")
_SENTENCE_END = tuple(".!?。！？")
_LIST_START = re.compile(r"^(?:[–—•·▪●◦‒\-]\s+|\(?[a-z]{1,4}\)\s+|\(\d{1,2}\)\s+)")
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})(?:\.(?:\s+|(?=[^\d\s]))|\s+-\s+)(?=\S)")


@dataclass(slots=True)
class Line:
    """One extracted line and the layout signals the source could give for it."""

    text: str
    indent: float = 0.0
    trailing: bool = False
    gap: bool = False
    short: bool | None = None
    page: int = 0
    #: Set in a smaller size at the foot of its page, below the body: a footnote.
    footnote: bool = False


@dataclass(slots=True)
class Block:
    """A paragraph, heading or tag line, with its lines joined as the text was written."""

    text: str
    kind: str | None = None
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class Signals:
    """Which layout signals carry information in this document."""

    trailing: bool
    gap: bool
    indent: bool


# The pieces of a footer, which right-to-left layout may put in any order:
# "*1456789* 300614 (A) 14-56789", "(A) 14-56789 2/3".
_FOOTER_PIECE = re.compile(
    r"^(?:\d{2}-\d{5}\*{0,2}|\([ACEFRS]\)|\d{6}|\*\d{7,8}\*|\d{1,3}(?:/\d{1,3})?)$"
)
_JOB = re.compile(r"\d{2}-\d{5}")
_FOOTNOTE = re.compile(
    r"^[*.\s]*\*[*.\s]*[ASE]/\d{1,3}/\d{1,4}[.\s]*$|^[.\s]*[ASE]/\d{1,3}/\d{1,4}[.\s]*\*+$"
)


@cache
def _reissue_notes() -> tuple[str, ...]:
    return tuple(note.casefold() for w in WORDINGS.values() for note in w.reissue_notes)


def _is_reissue_note(text: str) -> bool:
    folded = text.casefold()
    return any(note in folded for note in _reissue_notes())


def is_furniture(text: str) -> bool:
    """Is this line a page header, footer, job number or page number?"""
    text = clean(text).strip()
    if any(p.match(text) for p in _FURNITURE) or _FOOTNOTE.match(text):
        return True
    if text.startswith("*") and len(text) < 160 and _is_reissue_note(text):
        return True
    pieces = text.split()
    return bool(_JOB.search(text)) and all(_FOOTER_PIECE.match(p) for p in pieces)


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
    for i, line in enumerate(all_lines):
        by_page.setdefault(line.page, []).append(i)
    edges: set[int] = set()
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


# A footnote begins with its number, spaced or not ("1 See", "1See"), or a mark.
NOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,3})(?=\s|$|[^\d\s.,/:-])")


def footnotes(lines: list[Line]) -> list[str]:
    """Joins footnote lines into footnotes: one begins with its number or mark."""
    notes: list[list[Line]] = []
    for line in lines:
        if not notes or NOTE_START.match(line.text):
            notes.append([line])
        else:
            notes[-1].append(line)
    return [join_lines(note) for note in notes]


def width(text: str) -> int:
    """The printed width of a line in half-width units (a Chinese character is two)."""
    return len(text) + len(_CJK.findall(text))


def detect_signals(lines: list[Line], *, measured: bool = False) -> Signals:
    """Decides which of the layout signals mark paragraph ends in this document.

    A signal counts only if it is neither rare nor on almost every line, and if the lines it
    marks really end sentences more often than the others do: an extractor that leaves a
    space at the end of every wrapped line, or a blank line between all lines, says nothing
    about paragraphs.
    """
    n = len(lines)
    if n < 3:
        return Signals(trailing=False, gap=False, indent=False)
    base = min(line.indent for line in lines)
    ends = [_looks_ended(line) for line in lines[:-1]]
    marks = {
        "trailing": [line.trailing for line in lines[:-1]],
        "gap": [line.gap for line in lines[1:]],
        "indent": [line.indent > base + 0.5 for line in lines[1:]],
    }
    informative = {}
    for name, marked in marks.items():
        count = sum(marked)
        if not 0.005 < count / len(marked) < 0.85:
            informative[name] = False
            continue
        if measured and name != "trailing":
            # Indents and gaps measured on the page are layout, not an extractor's habit.
            informative[name] = True
            continue
        hit = sum(e for e, m in zip(ends, marked, strict=True) if m) / count
        rest = len(marked) - count
        miss = sum(e for e, m in zip(ends, marked, strict=True) if not m) / rest if rest else 0
        informative[name] = hit >= 0.5 and hit > miss + 0.15
    return Signals(**informative)


def _looks_ended(line: Line) -> bool:
    return bool(line.short) or line.text.rstrip().endswith(_TERMINAL)


def mark_short(lines: list[Line]) -> None:
    """Marks lines that end well before the right margin, from the widths of the lines.

    Justified text fills its lines: the typical full width is a high percentile of the
    widths, and a line clearly narrower than that ends its paragraph (or is a heading).
    """
    widths = sorted(width(line.text) for line in lines if line.short is None)
    if not widths:
        return
    full = widths[int(len(widths) * 0.85)] if len(widths) > 4 else widths[-1]
    cjk_lines = sum(bool(_CJK.search(line.text)) for line in lines)
    ratio = 0.86 if cjk_lines > len(lines) / 2 else 0.75
    for line in lines:
        if line.short is None:
            line.short = width(line.text) < full * ratio


def segment(
    lines: list[Line],
    standalone: Callable[[str], str | None],
    *,
    measured: bool = False,
    heading_starts: frozenset[str] = frozenset(),
    heading_openers: tuple[str, ...] = (),
) -> list[Block]:
    """Groups lines into blocks.

    ``measured`` says the indents and gaps were measured on the page (a PDF);
    ``heading_starts`` are the characters a numbered heading can begin with, and
    ``heading_openers`` the words an unnumbered one can (in lower case). ``standalone``
    tells whether a line's text must stand alone (a heading, a tag line, a
    State's name) and returns its kind, or None for ordinary text.
    """
    signals = detect_signals(lines, measured=measured)
    # Text whose lines are not wrapped (a paragraph a line) needs no joining at all.
    unwrapped = not measured and _median_width(lines) > 150
    # The vocabulary only serves to undo hyphenation: build it only if a line ends in one.
    hyphenated = any(line.text.endswith(("-", "‐", "\u00ad")) for line in lines)
    words = vocabulary(lines) if hyphenated else frozenset()
    base = min((line.indent for line in lines), default=0.0)
    blocks: list[Block] = []
    current: list[Line] = []
    i = 0
    count = len(lines)
    while i < count:
        line = lines[i]
        text = line.text
        # Only a line that follows a paragraph's end can be a State's name.
        after_end = not current or _ends_paragraph(current[-1], signals)
        # Headings, tags and names never fill a line: only a short line, or one set apart
        # by a gap, is worth recognising; a long section heading can fill its line, so
        # a line that begins like one is looked at for a heading only.
        may_stand = 0 < len(text) <= 160
        candidate = may_stand and (
            line.short is not False or text[:1] in "[]" or (signals.gap and line.gap)
        )
        if candidate:
            kind = standalone(text)
        elif may_stand and (
            text[:1] in heading_starts or text.casefold().startswith(heading_openers)
        ):
            kind = "heading" if standalone(text) == "heading" else None
        else:
            kind = None
        if kind == "name" and not after_end:
            kind = None  # a State named on a line of its own inside a running sentence
        if (
            candidate
            and after_end
            and kind in (None, "name")
            and i + 1 < count
            and len(text) <= 60
            and not text.endswith(_TERMINAL)
        ):
            joined_line, extra = _wrapped_name(lines, i, standalone, words)
            if joined_line is not None:
                line, kind = joined_line, "name"
                i += extra
        if kind is not None:
            if current:
                blocks.append(_block(current, words))
                current = []
            blocks.append(Block(line.text, kind, [line]))
            i += 1
            continue
        if current and (unwrapped or _starts_paragraph(current[-1], line, signals, base)):
            blocks.append(_block(current, words))
            current = []
        current.append(line)
        i += 1
    if current:
        blocks.append(_block(current, words))
    return blocks


def _wrapped_name(
    lines: list[Line], i: int, standalone: Callable[[str], str | None], words: frozenset[str]
) -> tuple[Line | None, int]:
    """A long State name can wrap onto a second and third line; the longest name wins
    ("Соединенное Королевство" / "Великобритании и Северной" / "Ирландии")."""
    line = lines[i]
    for extra in (2, 1):
        following = lines[i + 1 : i + 1 + extra]
        if len(following) < extra or any(
            f.short is False or len(f.text) > 60 or f.text.endswith(_TERMINAL) for f in following
        ):
            continue
        joined = join_lines([line, *following], words)
        if standalone(joined) == "name":
            last = following[-1]
            return Line(joined, line.indent, last.trailing, line.gap, True, line.page), extra
    return None, 0


def _median_width(lines: list[Line]) -> float:
    widths = sorted(width(line.text) for line in lines)
    return float(widths[len(widths) // 2]) if widths else 0.0


def _may_stand_alone(text: str) -> bool:
    return 0 < len(text.strip()) <= 160


def _ends_paragraph(line: Line, signals: Signals) -> bool:
    text = line.text.rstrip()
    return bool((signals.trailing and line.trailing) or line.short or text.endswith(_TERMINAL))


def _starts_paragraph(previous: Line, line: Line, signals: Signals, base: float) -> bool:
    text = line.text.strip()
    prev = previous.text.rstrip()
    if signals.gap and line.gap:
        return True
    if signals.trailing and previous.trailing:
        return True
    ended = prev.endswith(_TERMINAL) or bool(previous.short)
    if (_LIST_START.match(text) or _NUMBERED.match(text)) and ended:
        return True
    if signals.indent and line.indent > base + 0.5 and ended:
        return True
    if (
        line.short
        and prev.endswith(_SENTENCE_END)
        and not text.endswith(_TERMINAL)
        and not text[:1].islower()
    ):
        return True  # a one-line subheading after a paragraph ("National measures")
    return bool(previous.short) and not prev.endswith(("-", "‐", ","))


def _block(lines: list[Line], words: frozenset[str]) -> Block:
    text = join_lines(lines, words)
    if ARABIC.search(text):
        text = pair_marks(text)
    return Block(text, None, list(lines))


_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-‐\u00ad]$")


def join_lines(lines: list[Line], words: frozenset[str] = frozenset()) -> str:
    """Joins wrapped lines as the text was written.

    No space is put between Chinese characters; a space joins words elsewhere; a word
    broken by a hyphen at the line end (soft, hard, or pdfium's mark for either) is joined
    again: without the hyphen when the document writes the word whole elsewhere, with it
    when the document writes it hyphenated elsewhere, and otherwise with it only after a
    prefix that keeps its hyphen ("non-").
    """
    out = ""
    previous_trailing = False
    for line in lines:
        text = clean(line.text).strip()
        if not text:
            continue
        if not out:
            out, previous_trailing = text, line.trailing
            continue
        soft = out.endswith(("\u00ad", "\ufffe"))
        if soft or (_HYPHENATED.search(out[-2:]) and text[:1].islower()):
            # pdfium reports a hyphenation point as U+FFFE, and a real hyphen that ends a
            # line as well: both are decided as a hard hyphen is.
            keep = text[:1].islower() and _keeps_hyphen(out[:-1], text, words)
            out = out[:-1] + ("-" if soft and keep else out[-1] if keep else "") + text
        elif _CJK.match(text[0]) or _CJK.match(out[-1]):
            # No space between Chinese characters; between Chinese and a number or a Latin
            # word, only where the source shows one at the line's end ("日本于 " / "2015").
            spaced = previous_trailing and (text[0].isascii() or out[-1].isascii())
            out = out + (" " if spaced else "") + text
        else:
            out = out + " " + text
        previous_trailing = line.trailing
    return re.sub(r"[ \t]{2,}", " ", out)


def _keeps_hyphen(before: str, after: str, words: frozenset[str]) -> bool:
    """Whether the hyphen between a line ending in ``before`` and the next, ``after``, is
    part of the word: the document's own spelling decides, else a prefix that keeps it."""
    word = re.search(r"([^\W\d_]+)$", before[-80:])
    rest = re.match(r"[^\W\d_]+", after)
    prefix = word.group(1).lower() if word else ""
    tail = rest.group(0).lower() if rest else ""
    if prefix + tail in words:
        return False
    if f"{prefix}-{tail}" in words:
        return True
    return prefix in _KEEP_HYPHEN


# Prefixes after which a line-end hyphen is a real hyphen ("non-proliferation").
_KEEP_HYPHEN = frozenset(["non", "self", "ex", "anti", "cross", "semi", "quasi", "long", "well"])
_WORDS = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")


def vocabulary(lines: list[Line]) -> frozenset[str]:
    """The words of the document, hyphenated compounds kept whole, in lower case."""
    return frozenset(w.lower() for line in lines for w in _WORDS.findall(line.text))
