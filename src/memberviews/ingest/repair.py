"""OCR's errors, repaired where the pattern leaves no doubt; the text kept as found otherwise.

Older reports were scanned and recognised: "l" or "I" for "1" and "O" for "0" ("A/36/l92"),
dot leaders read as bullets or tildes ("••••", "~~~"), a stray space inside a symbol
("A/ 36/192"). What is repaired, and why it is certain:

- A symbol's session and number, ``A/36/l92``: after an organ's letter and a slash, the
  components are numbers; a component is repaired only when it mixes real digits with the
  letters OCR reads for them (``l``, ``I``, ``O``), so "A/36/INF" or "A/C.1" never are.
  A suffix's number (``Add.l``) is repaired even alone: after ``Add.`` only a number
  stands. Spaces after the slashes are dropped.
- A resolution's number, ``7O/42``: only right after (or, in Chinese, right before) a word
  the wording tables give for a resolution, and only with a real digit in each half. A
  misrecognised word ("resolutlon") is not one of those words, and is left as found with
  its number: one letter wrong in a word is a guess, not a certainty.
- A date, ``2O May 2Ol6``: where a wording table's date pattern matches once its digits may
  be those letters, each number is repaired only when it holds a real digit; the month
  name must be right as written.
- Dot leaders: a run of bullets, tildes, middle dots or ellipses (mixed or not) before a
  page number at a line's end becomes dots.

Nothing else is touched: words, names and figures in the text stay as found.
"""

from __future__ import annotations

import re
from functools import cache

from memberviews.core.wording import WORDINGS

#: The letters OCR reads for a digit, and the digit.
OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0"})
_D = r"[\dlIO]"

_SYMBOL = re.compile(
    rf"(?<![\w/])(?P<organ>[ASE])/\s?(?P<session>{_D}{{1,3}})/\s?(?P<number>{_D}{{1,4}})"
    r"(?![\w])"
)
_SUFFIX = re.compile(r"(?<=/)(?P<kind>Add|Corr|Rev)\.(?P<number>[\dlIO]{1,2})(?!\w)")
_LEADER_RUN = re.compile(r"(?:[.·•~…_]\s?){3,}(?=\s*\d{1,3}\s*$)", re.M)


def repair(text: str) -> str:
    """The text with the OCR errors above repaired (the same text when it has none)."""
    if not _SUSPECT.search(text) and "/ " not in text and not _ODD_LEADER.search(text):
        return text
    text = _SYMBOL.sub(_symbol, text)
    text = _SUFFIX.sub(
        lambda m: f"{m.group('kind')}.{m.group('number').translate(OCR_DIGITS)}", text
    )
    for pattern in _resolution_patterns():
        text = pattern.sub(_numbers, text)
    for pattern in _date_patterns():
        text = pattern.sub(_numbers, text)
    return _LEADER_RUN.sub(_leaders, text)


# A digit next to one of the letters: the only text worth a closer look.
_SUSPECT = re.compile(r"\d[lIO]|[lIO]\d|(?<=/)[lIO]|Add\.[lIO]")
_ODD_LEADER = re.compile(r"[•~·…_]{3,}")


def _digits(text: str) -> str:
    """Letters read for digits made digits, when the text holds a real digit."""
    if not any(c.isdigit() for c in text) or not all(c.isdigit() or c in "lIO" for c in text):
        return text
    return text.translate(OCR_DIGITS)


def _symbol(match: re.Match[str]) -> str:
    return (
        f"{match.group('organ')}/{_digits(match.group('session'))}/{_digits(match.group('number'))}"
    )


def _numbers(match: re.Match[str]) -> str:
    """The match with each of its named number groups repaired."""
    text = match.group(0)
    start = match.start()
    out, last = [], 0
    for name in sorted(match.groupdict(), key=lambda n: match.start(n)):
        if not name.startswith("n_") or match.group(name) is None:
            continue
        out.append(text[last : match.start(name) - start])
        out.append(_digits(match.group(name)))
        last = match.end(name) - start
    out.append(text[last:])
    return "".join(out)


@cache
def _resolution_patterns() -> tuple[re.Pattern[str], ...]:
    words = sorted({w for wording in WORDINGS.values() for w in wording.resolution_words})
    word = "|".join(re.escape(w) for w in words)
    number = rf"(?P<n_session>{_D}{{2,3}})/(?P<n_number>{_D}{{1,3}})(?![\w/])"
    return (
        re.compile(rf"(?:{word})\w{{0,3}}\s+(?:A/RES/)?{number}", re.I),
        re.compile(rf"(?<![\w/]){number}\s*号?\s*(?:{word})"),
    )


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    patterns = []
    for wording in WORDINGS.values():
        tolerant = wording.date_pattern.replace(r"\d", _D)
        # Name the groups so that only the numbers are repaired, never the month's name.
        tolerant = re.sub(r"\(\?P<(day2?|year2?)>", lambda m: f"(?P<n_{m.group(1)}>", tolerant)
        patterns.append(re.compile(tolerant, re.I))
    return tuple(patterns)


def _leaders(match: re.Match[str]) -> str:
    run = match.group(0)
    return "." * len(run.rstrip()) + run[len(run.rstrip()) :]
