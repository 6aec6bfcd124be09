"""From the lines of an extracted page to the paragraphs a reader sees.

A PDF, or text extracted from one, is a sequence of lines: running headers and footers
between pages (removed first, by :mod:`memberviews.ingest.furniture`), line wraps inside
paragraphs. This module decides for each line whether it starts a new block, from whatever
signals the source gives: a blank line or vertical gap, a first-line indent, a short last
line, trailing whitespace where the extractor marks paragraph ends with it, and lines that
must stand alone (headings, tags, State names).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from memberviews.core.list_markers import LIST_MARKER
from memberviews.core.scripts import ARABIC_CHARACTER, CJK_CHARACTER
from memberviews.ingest.recognise import clean, pair_marks

# What ends a sentence, a heading or a tag line ("[" too: right-to-left extraction mirrors).
_TERMINAL = tuple(".!?。！？:：;；”»\"')）][")
_SENTENCE_END = tuple(".!?。！？")
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
    if text.isascii():
        return len(text)
    return len(text) + CJK_CHARACTER.subn("", text)[1]


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
    unmarked = [(line, width(line.text)) for line in lines if line.short is None]
    widths = sorted(measured for _, measured in unmarked)
    if not widths:
        return
    full = widths[int(len(widths) * 0.85)] if len(widths) > 4 else widths[-1]
    cjk_lines = sum(
        not line.text.isascii() and bool(CJK_CHARACTER.search(line.text)) for line in lines
    )
    ratio = 0.86 if cjk_lines > len(lines) / 2 else 0.75
    for line, measured in unmarked:
        line.short = measured < full * ratio


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
    rules = _Rules(
        signals=signals,
        standalone=standalone,
        heading_starts=heading_starts,
        heading_openers=heading_openers,
        words=Vocabulary(lines),
        # Text whose lines are not wrapped (a paragraph a line) needs no joining at all.
        unwrapped=not measured and _median_width(lines) > 150,
        base=min((line.indent for line in lines), default=0.0),
        ragged=measured and signals.gap and _ragged(lines),
    )
    blocks: list[Block] = []
    current: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # Only a line that follows a paragraph's end can be a State's name.
        after_end = not current or _ends_paragraph(current[-1], signals)
        candidate, kind = rules.stands_alone(line, after_end=after_end)
        if candidate and after_end and kind in (None, "name") and rules.may_wrap(lines, i):
            joined, extra = _wrapped_name(lines, i, standalone, rules.words)
            if joined is not None:
                line, kind = joined, "name"
                i += extra
        i += 1
        if kind is not None:
            if current:
                blocks.append(_block(current, rules.words))
                current = []
            blocks.append(Block(line.text, kind, [line]))
        elif current and (rules.unwrapped or _starts_paragraph(current[-1], line, rules)):
            blocks.append(_block(current, rules.words))
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(_block(current, rules.words))
    return blocks


@dataclass(frozen=True)
class _Rules:
    """The decisions :func:`segment` makes for each line, with what they depend on."""

    signals: Signals
    standalone: Callable[[str], str | None]
    heading_starts: frozenset[str]
    heading_openers: tuple[str, ...]
    words: Vocabulary
    unwrapped: bool
    base: float
    #: Paragraphs set apart by space, their lines ragged at the right (Word's).
    ragged: bool = False

    def stands_alone(self, line: Line, *, after_end: bool) -> tuple[bool, str | None]:
        """Whether the line is worth recognising as a heading, tag line or name, and the
        kind it is (None for text).

        Headings, tags and names never fill a line: only a short line, or one set apart by a
        gap, is a candidate; a long section heading can fill its line, so a line that begins
        like one is looked at for a heading only. A State named on a line of its own inside
        a running sentence is text.
        """
        text = line.text
        if not 0 < len(text) <= 160:
            return False, None
        if line.short is not False or text[:1] in "[]" or (self.signals.gap and line.gap):
            kind = self.standalone(text)
            return True, None if kind == "name" and not after_end else kind
        if text[:1] in self.heading_starts or text.casefold().startswith(self.heading_openers):
            return False, "heading" if self.standalone(text) == "heading" else None
        return False, None

    def may_wrap(self, lines: list[Line], i: int) -> bool:
        """Whether the line can be the first of a State's name wrapped over several lines."""
        text = lines[i].text
        return i + 1 < len(lines) and len(text) <= 60 and not text.endswith(_TERMINAL)


def _wrapped_name(
    lines: list[Line], i: int, standalone: Callable[[str], str | None], words: Vocabulary
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


def _ragged(lines: list[Line]) -> bool:
    """Whether the text is set ragged right: many lines followed, on their page, by a line
    with no gap end short of the margin in mid-sentence (the next line going on in small
    letters). Justified text ends short only at a paragraph's end, a heading or a masthead
    line."""
    inside = [
        (line, after)
        for line, after in itertools.pairwise(lines)
        if not after.gap and after.page == line.page and line.indent <= after.indent + 0.5
    ]
    broken = sum(
        bool(line.short) and not line.text.endswith(_TERMINAL) and after.text[:1].islower()
        for line, after in inside
    )
    return len(inside) >= 20 and broken > max(len(inside) * 0.08, 5)


def _median_width(lines: list[Line]) -> float:
    widths = sorted(width(line.text) for line in lines)
    return float(widths[len(widths) // 2]) if widths else 0.0


def _ends_paragraph(line: Line, signals: Signals) -> bool:
    text = line.text.rstrip()
    return bool((signals.trailing and line.trailing) or line.short or text.endswith(_TERMINAL))


def _starts_paragraph(previous: Line, line: Line, rules: _Rules) -> bool:
    """Whether ``line`` begins a new paragraph after ``previous``."""
    signals, base = rules.signals, rules.base
    text = line.text.strip()
    prev = previous.text.rstrip()
    if signals.gap and line.gap:
        return True
    if signals.trailing and previous.trailing:
        return True
    ended = prev.endswith(_TERMINAL) or bool(previous.short)
    if ended and (LIST_MARKER.match(text) or _NUMBERED.match(text)):
        return True
    if signals.indent and line.indent > base + 0.5 and ended:
        return True
    if (
        rules.ragged
        and not line.gap
        and line.indent <= base + 0.5
        and previous.indent <= base + 0.5
        and not (line.page != previous.page and prev.endswith(_SENTENCE_END))
    ):
        # Paragraphs set apart by space on the page: a short line of the text's column
        # without a gap after it is a line of ragged-right text (Word's), not a paragraph's
        # end. A page's first line has no gap to show: after a sentence's end it may begin.
        return False
    if (
        line.short
        and prev.endswith(_SENTENCE_END)
        and not text.endswith(_TERMINAL)
        and not text[:1].islower()
        and not (rules.ragged and not line.gap)
    ):
        return True  # a one-line subheading after a paragraph ("National measures")
    return bool(previous.short) and not prev.endswith(("-", "‐", ","))


def _block(lines: list[Line], words: Vocabulary) -> Block:
    text = join_lines(lines, words)
    if ARABIC_CHARACTER.search(text):
        text = pair_marks(text)
    return Block(text, None, list(lines))


_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-‐\u00ad]$")
_BLANKS = re.compile(r"[ \t]{2,}")


def join_lines(lines: list[Line], words: Vocabulary | None = None) -> str:
    """Joins wrapped lines as the text was written.

    No space is put between Chinese characters; a space joins words elsewhere; a word
    broken by a hyphen at the line end (soft, hard, or pdfium's mark for either) is joined
    again: without the hyphen when the document writes the word whole elsewhere, with it
    when the document writes it hyphenated elsewhere, and otherwise with it only after a
    prefix that keeps its hyphen ("non-").
    """
    # The pieces are joined once at the end (joining line by line is quadratic in a
    # paragraph of many lines); ``tail`` keeps the last characters, which decide the joins.
    parts: list[str] = []
    tail = ""
    previous_trailing = False
    for line in lines:
        text = clean(line.text).strip()
        if not text:
            continue
        soft = tail.endswith(("\u00ad", "\ufffe"))
        if not parts:
            joint = ""
        elif soft or (text[:1].islower() and _HYPHENATED.search(tail[-2:])):
            # pdfium reports a hyphenation point as U+FFFE, and a real hyphen that ends a
            # line as well: both are decided as a hard hyphen is.
            # No word is broken before a capital: "Friuli-" / "Venezia" keeps its hyphen.
            keep = (soft and text[:1].isupper()) or (
                text[:1].islower() and _keeps_hyphen(tail[:-1], text, words or _NO_WORDS)
            )
            hyphen = ("-" if soft else tail[-1]) if keep else ""
            parts[-1] = parts[-1][:-1] + hyphen
            tail = tail[:-1] + hyphen
            joint = ""
        elif CJK_CHARACTER.match(text[0]) or CJK_CHARACTER.match(tail[-1]):
            # No space between Chinese characters; between Chinese and a number or a Latin
            # word, only where the source shows one at the line's end ("日本于 " / "2015").
            spaced = previous_trailing and (text[0].isascii() or tail[-1].isascii())
            joint = " " if spaced else ""
        else:
            joint = " "
        parts.append(joint + text)
        tail = (tail + joint + text)[-_TAIL:]
        previous_trailing = line.trailing
    joined = "".join(parts)
    # Only a text with two spaces in a row or a tab has a run of them to close up.
    return _BLANKS.sub(" ", joined) if "  " in joined or "\t" in joined else joined


# How much of the text before a line end decides how the next line is joined to it.
_TAIL = 80


def _keeps_hyphen(before: str, after: str, words: Vocabulary) -> bool:
    """Whether the hyphen between a line ending in ``before`` and the next, ``after``, is
    part of the word: never where the document writes the word whole elsewhere; else where
    it writes it hyphenated elsewhere, or the part before is a prefix that keeps it."""
    word = re.search(r"([^\W\d_]+)$", before[-_TAIL:])
    rest = re.match(r"[^\W\d_]+", after)
    prefix = word.group(1).lower() if word else ""
    tail = rest.group(0).lower() if rest else ""
    if f"{prefix}-{tail}" not in words.compounds and prefix not in _KEEP_HYPHEN:
        return False
    return prefix + tail not in words.words


# Prefixes after which a line-end hyphen is a real hyphen ("non-proliferation").
_KEEP_HYPHEN = frozenset(["non", "self", "ex", "anti", "cross", "semi", "quasi", "long", "well"])
_WORDS = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
# A word with at least one hyphen inside; a run of letters is tried once, not at each letter.
_COMPOUNDS = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:[-‐][^\W\d_]+)+")


class Vocabulary:
    """The words of the document, in lower case, hyphenated compounds kept whole.

    Built when first asked for: most line-end hyphens are decided from the compounds alone
    (a few lines hold one), and the whole vocabulary is read only where a compound or a
    prefix that keeps its hyphen leaves the question open.
    """

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._words: frozenset[str] | None = None
        self._compounds: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(
                w.lower() for line in self._lines for w in _WORDS.findall(line.text)
            )
        return self._words

    @property
    def compounds(self) -> frozenset[str]:
        """The words written with a hyphen ("non-proliferation")."""
        if self._compounds is None:
            hyphenated = "\n".join(
                line.text for line in self._lines if "-" in line.text or "‐" in line.text
            )
            self._compounds = frozenset(w.lower() for w in _COMPOUNDS.findall(hyphenated))
        return self._compounds


_NO_WORDS = Vocabulary([])
