"""Recognisers for the lines a report is built from, compiled from the wording tables.

Every language's patterns come from :mod:`memberviews.core.wording`; nothing here names a
language's words directly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from memberviews.core.sections import SectionKind, classify_section
from memberviews.core.wording import WORDINGS, Wording, normalize_words
from memberviews.core.wording.zh import parse_chinese_number

_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Arabic diacritics and tatweel, and the invisible direction marks extractors add.
_LAM_ALEF = re.compile("\u0627([\u0623\u0625\u0622])\u0644")
_KASHIDA_MARK = re.compile(r"(?<=[\u0620-\u064a])<+(?=[\u0620-\u064a])")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0640\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_ODD = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\u064b-\u0652\u0640\u200e\u200f\u061c"
    "\u00a0\u202f\u2009\u2007\u3000\t\u202a-\u202e\u2066-\u2069]"
)
_ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def clean(text: str) -> str:
    """Normalises what PDF extraction varies: Arabic-Indic digits, tatweel, marks, odd spaces.

    Some PDF producers also write the lam-alef ligature back to front ("األصل" for "الأصل":
    two alefs never meet in Arabic, so the order is certain) and justification's stray
    "<" between Arabic letters ("الس<<الح").
    """
    if text.isascii() and "\t" not in text:
        return text  # a tab is the only ASCII character this changes (the test is cheap)
    if "\u0627" in text:
        text = _LAM_ALEF.sub("\u0627\u0644\\1", text)
        text = _KASHIDA_MARK.sub("", text)
    if not _ODD.search(text):
        return text
    text = text.translate(_ARABIC_INDIC)
    text = _ARABIC_MARKS.sub("", text)
    return re.sub(r"[\u00a0\u202f\u2009\u2007\u3000\t]", " ", text)


_MIRRORED = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"))


def unmirror(text: str) -> str:
    """Swaps each kind of bracket whose first one in the line is a closing one.

    Right-to-left extraction can hand back "بوليفيا )دولة - المتعددة القوميات(".
    """
    for opening, closing in _MIRRORED:
        first = min((i for i in (text.find(opening), text.find(closing)) if i >= 0), default=-1)
        if first >= 0 and text[first] == closing:
            text = text.translate({ord(opening): closing, ord(closing): opening})
    return text


def pair_marks(text: str) -> str:
    """Pairs brackets and guillemets again where right-to-left extraction left them
    unpaired ("«تعزيز … الانتشار«", "(A/67/131(."): they open and close in turn."""
    for opening, closing in (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»")):
        marks = [c for c in text if c in (opening, closing)]
        depth, paired = 0, True
        for mark in marks:
            depth += 1 if mark == opening else -1
            paired = paired and depth >= 0
        if paired and depth == 0:
            continue
        out, open_next = [], True
        for char in text:
            if char in (opening, closing):
                out.append(opening if open_next else closing)
                open_next = not open_next
            else:
                out.append(char)
        text = "".join(out)
    return text


@dataclass(frozen=True)
class Tags:
    """What a tag line says: the original language(s) and the date, either may be missing."""

    languages: tuple[str, ...] = ()
    date: date | None = None
    is_original: bool = False


@dataclass(frozen=True)
class Heading:
    """A numbered section heading."""

    number: str | None
    title: str
    kind: SectionKind | None


class Recogniser:
    """Recognises tags, dates, headings and sessions in one language version."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.wording = WORDINGS[language]
        # The version's own language first, then the others: a tag or date is read in
        # whichever language it is written, but the version's wins a tie.
        self._wordings = [self.wording, *(w for w in WORDINGS.values() if w is not self.wording)]
        self._originals = [
            re.compile(rf"^\s*{w.original_tag_pattern}\s*[.]?\s*$", re.I) for w in self._wordings
        ]
        self._dates = [(w, re.compile(w.date_pattern, re.I)) for w in self._wordings]
        labels = (
            *self.wording.section_numerals,
            *self.wording.section_numeral_variants,
            *self.wording.subsection_letters,
        )
        self.heading_starts = frozenset("IVXL一二三四五六七八九十" + "".join(n[0] for n in labels))
        numerals = "|".join(sorted((re.escape(n) for n in labels), key=len, reverse=True))
        self._openers = tuple(normalize_words(o) for w in self._wordings for o in w.section_openers)
        #: The openers as written, in lower case, for a quick look at a line's start.
        self.openers = tuple(o.casefold() for w in self._wordings for o in w.section_openers)
        self._opener_initials = frozenset(o[:1] for o in (*self._openers, *self.openers))
        self._heading = re.compile(
            rf"^(?P<number>{numerals}|[IVXL]{{1,5}}|[一二三四五六七八九十]{{1,3}})"
            r"\s*[.．、\-–—:)]\s*(?P<title>\S.{0,150})$"
        )
        self._contents = {normalize_words(t) for w in WORDINGS.values() for t in w.contents_titles}

    # Tags -------------------------------------------------------------------------------

    def tags(self, text: str) -> Tags | None:
        """Reads a line made only of bracketed tags: ``[Original: English] [5 June 2012]``.

        Returns None when the line is anything else, so that text in brackets inside a
        reply is never taken for a tag.
        """
        text = _mirror_brackets(clean(text).strip())
        if not text.startswith("[") or not text.endswith("]"):
            return None
        groups = _BRACKETS.findall(text)
        if not groups or _BRACKETS.sub("", text).strip():
            return None
        languages: tuple[str, ...] = ()
        found_date: date | None = None
        is_original = False
        for group in groups:
            parts = [p for p in re.split(r"\s*[;]\s*", group) if p]
            for part in parts:
                langs = self.original_languages(part)
                if langs is not None:
                    languages, is_original = languages or langs, True
                    continue
                day = self.parse_date(part, whole=True)
                if day is not None:
                    found_date = found_date or day
                    continue
                return None
        return Tags(languages, found_date, is_original)

    def original_languages(self, text: str) -> tuple[str, ...] | None:
        """``Original: Spanish`` → ``("es",)``; None if the text is not an original tag."""
        for pattern in self._originals:
            match = pattern.match(text)
            if match:
                names = match.group("language")
                # "English, 5 June 2012": a date may share the tag.
                return tuple(c for c in (_language_code(n) for n in _split_names(names)) if c)
        return None

    # Dates ------------------------------------------------------------------------------

    def parse_date(self, text: str, *, whole: bool = False) -> date | None:
        """Reads a date in any of the six languages; with ``whole``, only if nothing else."""
        text = clean(text).strip()
        for wording, pattern in self._dates:
            match = pattern.fullmatch(text) if whole else pattern.search(text)
            if match:
                return _to_date(wording, match)
        return None

    def find_dates(self, text: str, *, deadlines: bool = True) -> list[tuple[int, date]]:
        """Returns every date in the text with its position, in the version's language.

        Without ``deadlines``, dates written as a deadline ("by 31 May 2016") are left out.
        """
        return [(start, value) for start, _end, value in self.date_spans(text, deadlines=deadlines)]

    def date_spans(self, text: str, *, deadlines: bool = True) -> list[tuple[int, int, date]]:
        """Every date in the text with where it starts and ends, as :meth:`find_dates`
        reads them (positions in ``clean(text)``: in ``text`` itself when it is clean)."""
        text = clean(text)
        found = []
        before = self.wording.deadline_before
        after = self.wording.deadline_after
        for match in self._dates[0][1].finditer(text):
            value = _to_date(self.wording, match)
            if value is None:
                continue
            if not deadlines and (
                (before and re.search(before, text[max(0, match.start() - 30) : match.start()]))
                or (after and re.match(after, text[match.end() :]))
            ):
                continue
            found.append((match.start(), match.end(), value))
        return found

    # Headings ---------------------------------------------------------------------------

    def heading(self, text: str) -> Heading | None:
        """Reads a numbered section heading (``II. Replies received from Governments``)."""
        text = clean(text).strip()
        if not text:
            return None
        match = self._heading.match(text) if text[0] in self.heading_starts else None
        if not match:
            return self._unnumbered_heading(text)
        number, title = match.group("number"), match.group("title").strip()
        number = self.wording.section_numeral_variants.get(number, number)
        if re.fullmatch(r"[IVXL]+", number) and not _ROMAN.match(number):
            return None
        if number in self.wording.subsection_letters and not normalize_words(title).startswith(
            self._openers
        ):
            return None  # "B. Nuclear-weapon States" inside a reply is no section
        kind = classify_section(title)
        if kind is None:
            return None
        return Heading(number, title, kind)

    def section_number(self, number: str | None) -> tuple[str | None, int]:
        """``"II"`` → ``("main", 2)``; ``"B"`` → ``("letter", 2)``; None → ``(None, 0)``."""
        if number is None:
            return None, 0
        if number in self.wording.section_numerals:
            return "main", self.wording.section_numerals.index(number) + 1
        if number in self.wording.subsection_letters:
            return "letter", self.wording.subsection_letters.index(number) + 1
        if _ROMAN.match(number):
            return "main", _roman_value(number)
        value = parse_chinese_number(number)
        return ("main", value) if value else (None, 0)

    def _unnumbered_heading(self, text: str) -> Heading | None:
        # "Replies received from Governments" standing alone, without a number.
        if len(text) > 100 or text[:1].casefold() not in self._opener_initials:
            return None
        folded = normalize_words(text)
        if not folded.startswith(self._openers):
            return None
        kind = classify_section(text)
        return Heading(None, text, kind) if kind else None

    def is_contents_title(self, text: str) -> bool:
        return normalize_words(clean(text)) in self._contents

    # Sessions and numbers ---------------------------------------------------------------

    def sessions(self, text: str) -> list[tuple[int, int]]:
        """Returns (position, session number) for every session named in the text."""
        found = []
        numbers = self.wording.session_numbers
        for match in re.finditer(self.wording.session_pattern, clean(text), re.I):
            words = normalize_words(match.group("ordinal").strip(".,،;:؛")).split(" ")
            for start in range(len(words)):
                candidate = " ".join(words[start:])
                n = numbers.get(candidate) or _digits(candidate)
                if n:
                    found.append((match.start(), n))
                    break
        return found


@cache
def _digit_suffixes() -> frozenset[str]:
    return frozenset(s for w in WORDINGS.values() for s in w.digit_ordinal_suffixes)


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, char in enumerate(numeral):
        value = values[char]
        following = values[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _digits(text: str) -> int | None:
    match = re.fullmatch(r"(\d{1,3})(\S*)", text)
    if match and (not match.group(2) or match.group(2) in _digit_suffixes()):
        return int(match.group(1))
    return (
        parse_chinese_number(text) if re.fullmatch(r"[一二三四五六七八九十百零]+", text) else None
    )


def _to_date(wording: Wording, match: re.Match[str]) -> date | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    day_text = groups.get("day") or groups.get("day2") or ""
    month_text = groups.get("month") or groups.get("month2") or ""
    year_text = groups.get("year") or groups.get("year2") or ""
    day = _number(re.sub(r"\s*er$", "", day_text))
    year = _number(year_text)
    month = wording.month_numbers.get(normalize_words(re.sub(r"\s*/\s*", "/", month_text)))
    if month is None:
        month = _number(month_text)
    if not (day and month and year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return parse_chinese_number(text)


def _mirror_brackets(text: str) -> str:
    # Right-to-left extraction can hand back "]الأصل: بالإسبانية[" with mirrored brackets.
    if text.startswith("]") and text.endswith("["):
        return "[" + text[1:-1].replace("[", "\0").replace("]", "[").replace("\0", "]") + "]"
    return text


@cache
def _name_split() -> re.Pattern[str]:
    words = sorted({c for w in WORDINGS.values() for c in w.conjunctions}, key=len, reverse=True)
    # "و" is written joined to the next word; the others stand alone.
    spelled = "|".join(
        rf"(?<!\w){re.escape(c)}(?!\w)" if c.isalpha() and c != "و" else rf"\s+{re.escape(c)}\s*"
        for c in words
    )
    return re.compile(rf"\s*(?:/|,|;|、|，|{spelled})\s*")


def _split_names(text: str) -> list[str]:
    return [n for n in _name_split().split(text.strip()) if n]


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for wording in WORDINGS.values():
        for code, name in wording.language_names.items():
            names[_fold_name(name)] = code
        for code, variants in wording.language_name_variants.items():
            for name in variants:
                names[_fold_name(name)] = code
    return names


def _fold_name(name: str) -> str:
    folded = normalize_words(unicodedata.normalize("NFC", name))
    # Arabic writes "in Spanish" (بالإسبانية) as well as "Spanish" (الإسبانية).
    return folded.removeprefix("بال").removeprefix("ال")


def _language_code(name: str) -> str | None:
    return _language_names().get(_fold_name(name.strip(" .:")))


def recogniser_for(language: str) -> Recogniser:
    return _recogniser(language)


@cache
def _recogniser(language: str) -> Recogniser:
    return Recogniser(language)
