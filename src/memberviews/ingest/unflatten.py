"""Text that lost its lines: the line breaks put back before the markers reports are built of.

Copies of reports circulate with every line break gone (a page, or the whole report, on one
line) and with a download site's furniture around them. The structure can still be read
from the markers the wording tables and the core registers know: the masthead's fields, the
contents with their dot leaders, the numbered section headings, a State's name directly
followed by its ``[Original: …]`` and ``[date]`` tags, numbered paragraphs counting on, list
items after a colon or semicolon. Running headers and footers found in the middle of a
sentence (``A/70/412 English Page 2``, ``15-11873 2/30``, the barcode's ``*1511873*``) are
cut out and kept as lines of their own (put before the text), which the furniture reader
takes as it does in clean text.

Only text that lost its lines is touched (:func:`is_flattened`); clean text never comes
here. Paragraphs that are neither numbered nor list items cannot be told apart when the
break between them is gone; where the copy kept it as a run of spaces (line breaks made
spaces, so that a paragraph's empty line leaves two), the run is read as the break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from memberviews.core.job_numbers import LETTERS, NUMBER
from memberviews.core.scripts import CJK_CHARACTER
from memberviews.core.symbols import find_symbols
from memberviews.core.wording import WORDINGS
from memberviews.ingest.detect import detect_language
from memberviews.ingest.recognise import Recogniser, clean, recogniser_for
from memberviews.ingest.structure import Classifier

#: A line at least this long may be a page (a short one: an addendum's) or a report that
#: lost its lines.
LONG_LINE = 500

#: A download site's furniture, cut wherever it stands (whole lines or pieces of a line).
BOILERPLATE = tuple(
    re.compile(p, re.I)
    for p in (
        r"Total\s+Pages?\s*:\s*\d+",
        r"File\s+Type\s*:\s*\w+\s*,\s*Size\s*:\s*[\d.,]+\s*[KMG]?B\b",
        r"Vous\s+êtes\s+sur\s+la\s+page\s+\d+\s+sur\s+\d+",
        r"You\s+are\s+(?:on|viewing)\s+page\s+\d+\s+of\s+\d+",
        r"Está\s+(?:usted\s+)?en\s+la\s+página\s+\d+\s+de\s+\d+",
        r"Вы\s+находитесь\s+на\s+странице\s+\d+\s+из\s+\d+",
        r"Download\s+(?:free\s+)?(?:PDF|DOC)\s+documents?\s*-?\s*(?:www\.\S+)?",
        r"(?:Posted|Uploaded)\s+by\s+\S+\s+on\s+\S+\s+\S+",
        r"Powered\s+by\s+(?:vBulletin|phpBB)\S*(?:\s+Version\s+[\d.]+)?",
    )
)

#: The words between the symbol and the page number of older running headers
#: ("A/70/412 English Page 2"): a language name, then the word for page.
_PAGE_WORDS = r"(?:Page|Página|Pagina|Стр\.|Страница|页次|第\s*\d+\s*页|الصفحة)"

_SENTENCE_END = ".!?。！？:;；：”»\"')]）"
_TAG_RUN = re.compile(r"\[[^\[\]\n]{1,120}\](?:\s*\[[^\[\]\n]{1,120}\])*")
_NUMBERED = re.compile(r"(?:(?<=\s)|(?<=[。；：]))(\d{1,3})(?:\.\s*(?=[^\d\s.,/])|\s+-\s+)")
_LIST_ITEM = re.compile(r"(?<=[:;：；])\s+(\([a-z]{1,4}\)|[–•])\s+(?=\S)")
_LEADERS = r"(?:[.·…•~_]\s*){3,}"
_CONTENTS_ENTRY = re.compile(rf"\S.{{0,200}}?\s*{_LEADERS}\s*\d{{1,3}}(?!\d)")
_BARCODE = r"\*\d{7,8}\*"
_JOB_FOOTER = re.compile(
    rf"(?:\d{{1,4}}/\d{{1,4}}\s+)?{NUMBER}\*{{0,2}}\s*"
    rf"(?:\([{LETTERS}]\)(?:\s*\d{{6}}){{0,2}}(?:\s*\d{{1,4}}(?:/\d{{1,4}})?(?![\d/]))?"
    rf"|\s\d{{1,4}}/\d{{1,4}}(?![\d/]))(?:\s*{_BARCODE})?"
)
_COVER_NOTE = re.compile(r"(?<=\s)\*{1,3}\s?[ASE]/\d{1,3}/\d{1,4}[.。](?=\s|$)")


def is_flattened(text: str) -> bool:
    """Whether the text lost its lines: very long lines holding, between them, two markers
    that stand on lines of their own in a report (tags after text, the masthead's
    distribution line, a contents entry, a job-number footer, the barcode)."""
    found = 0
    for line in text.splitlines():
        if len(line) >= LONG_LINE:
            found += _markers(line)
            if found >= 2:
                return True
    return False


def _markers(line: str) -> int:
    found = 0
    if re.search(r"\S\s*\[[^\[\]]{3,60}\]\s*\[[^\[\]]{3,40}\]", line):
        found += 1
    if any(w.distribution in line for w in WORDINGS.values()):
        found += 1
    if re.search(rf"{_LEADERS}\s*\d{{1,3}}\s+\S", line):
        found += 1
    if _JOB_FOOTER.search(line) and re.search(rf"{NUMBER}\*{{0,2}}\s*\([{LETTERS}]\)", line):
        found += 1
    if re.search(_BARCODE, line):
        found += 1
    return found


def unflatten(text: str) -> str:
    """Puts the line breaks back into text that lost them (see the module's note); the page
    furniture cut out of the text follows it, a line each."""
    text = "\n".join(_without_boilerplate(line) for line in text.splitlines())
    flat = " ".join(line.strip() for line in text.split("\n") if line.strip())
    language = detect_language(flat) or "en"
    recogniser = recogniser_for(language)
    flat, furniture = _cut_furniture(flat)
    splitter = _Splitter(flat, recogniser)
    lines = splitter.lines()
    # The furniture goes first, among the cover's lines, where a piece the furniture reader
    # does not take can do no harm to the body.
    return "\n".join([*furniture, *lines]) + "\n"


def _without_boilerplate(line: str) -> str:
    for pattern in BOILERPLATE:
        line = pattern.sub(" ", line)
    return line


def _joint(before: str, after: str) -> str:
    """What joins two pieces of text a cut left apart: nothing between Chinese characters,
    else a space."""
    if before and after and CJK_CHARACTER.match(before[-1]) and CJK_CHARACTER.match(after[0]):
        return ""
    return " "


def _cut(text: str, pattern: re.Pattern[str], keep: list[str], *, skip_first: bool = False) -> str:
    out: list[str] = []
    last = 0
    for i, match in enumerate(pattern.finditer(text)):
        if skip_first and i == 0:
            continue
        before = text[last : match.start()].rstrip()
        out.append(before)
        keep.append(re.sub(r"\s+", " ", match.group(0)).strip())
        rest = text[match.end() :].lstrip()
        out.append(_joint("".join(out)[-1:], rest[:1]))
        last = match.end()
        while last < len(text) and text[last] == " ":
            last += 1
    out.append(text[last:])
    return "".join(out)


def _cut_furniture(text: str) -> tuple[str, list[str]]:
    """Cuts running headers, footers, the barcode and the cover's footnote out of the text;
    returns the text and the pieces cut, as furniture lines."""
    furniture: list[str] = []
    symbols = find_symbols(clean(text[:3000]))
    text = _cut(text, _COVER_NOTE, furniture)
    text = _cut(text, _JOB_FOOTER, furniture)
    text = _cut(text, re.compile(rf"(?<!\S){_BARCODE}(?!\S)"), furniture)
    if symbols:
        own = re.escape(str(symbols[0]).rstrip("*")).replace("/", r"/\s?")
        header = re.compile(
            rf"(?:(?<=\s)\d{{1,4}}\s+)?(?<![\w/(])\s?{own}\*{{0,2}}(?![\w/])"
            rf"(?:\s+[^\W\d_]+\s+{_PAGE_WORDS}\s*\d{{1,4}}|\s+\d{{1,4}}(?=\s+\D))?"
        )
        pieces: list[str] = []
        text = _cut(text, header, pieces, skip_first=True)
        furniture += [str(find_symbols(p)[0]) if find_symbols(p) else p for p in pieces]
    return text, furniture


@dataclass(frozen=True)
class _Field:
    start: int
    end: int


class _Splitter:
    """Finds where the lines of a flattened text begin."""

    def __init__(self, text: str, recogniser: Recogniser) -> None:
        self.text = text
        self.recogniser = recogniser
        self.classifier = Classifier(recogniser)
        self.breaks: set[int] = set()
        self.taken: list[_Field] = []  # spans no other marker may break into

    def lines(self) -> list[str]:
        body = self._contents()
        masthead_end = body if body is not None else self._first_heading()
        self._masthead(masthead_end)
        self._headings(masthead_end)
        self._tags()
        self._numbered()
        self._list_items()
        self._spaces()
        cuts = sorted(b for b in self.breaks if 0 < b < len(self.text))
        pieces = [self.text[a:b] for a, b in zip([0, *cuts], [*cuts, len(self.text)], strict=True)]
        return [p.strip() for p in pieces if p.strip()]

    def _mark(self, start: int, end: int) -> None:
        self.breaks.update((start, end))
        self.taken.append(_Field(start, end))

    def _inside(self, position: int) -> bool:
        return any(f.start < position < f.end for f in self.taken)

    # The masthead ------------------------------------------------------------------------

    def _masthead(self, end: int) -> None:
        head = self.text[:end]
        fields: list[_Field] = []
        for pattern in _masthead_patterns(self.recogniser.language):
            match = pattern.search(head)
            if match:
                fields.append(_Field(match.start(), match.end()))
        for symbol in find_symbols(clean(head))[:1]:
            at = head.find(str(symbol).rstrip("*"))
            if at >= 0:
                fields.append(_Field(at, at + len(str(symbol))))
        after_original = max(
            (f.end for f in fields if "riginal" in head[f.start : f.end]), default=0
        )
        for r in (self.recogniser, recogniser_for("en")):
            found = r.find_dates(head)
            if found:
                start = found[0][0]
                match = re.compile(r.wording.date_pattern, re.I).match(head, start)
                if match:
                    fields.append(_Field(match.start(), match.end()))
                break
        sessions = [(p, n) for p, n in self.recogniser.sessions(head[after_original:])]
        if sessions:
            start = after_original + sessions[0][0]
            match = re.compile(self.recogniser.wording.session_pattern, re.I).match(head, start)
            if match:
                fields.append(_Field(match.start(), match.end()))
        for item in fields:
            if not any(o.start < item.start < o.end for o in fields if o is not item):
                self.breaks.update((item.start, item.end))

    def _first_heading(self) -> int:
        for match in self._heading_matches(0):
            return match[0]
        return len(self.text)

    # The contents -------------------------------------------------------------------------

    def _contents(self) -> int | None:
        """Marks the contents' title, its page label and each entry; returns where the
        contents end (None when there are none)."""
        titles = {t for w in WORDINGS.values() for t in w.contents_titles}
        pattern = _words_pattern(sorted(titles, key=len, reverse=True))
        match = re.search(pattern, self.text[: len(self.text) // 2 + 1000])
        if match is None:
            return None
        start = match.start()
        position = match.end()
        self._mark(start, position)
        labels = {w.contents_page for w in WORDINGS.values()}
        label = re.match(
            rf"\s*({_words_pattern(sorted(labels, key=len, reverse=True))})", self.text[position:]
        )
        if label:
            self._mark(position + label.start(1), position + label.end(1))
            position += label.end()
        end = None
        while True:
            entry = _CONTENTS_ENTRY.match(self.text, _skip_spaces(self.text, position))
            if entry is None:
                break
            self._mark(entry.start(), entry.end())
            position = end = entry.end()
        return end

    # Section headings ---------------------------------------------------------------------

    def _heading_matches(self, start: int) -> Iterable[tuple[int, int]]:
        """The numbered section headings from ``start``, counting on: (start, end)."""
        recogniser = self.recogniser
        wording = recogniser.wording
        numerals = sorted(
            {*wording.section_numerals, *wording.section_numeral_variants}, key=len, reverse=True
        )
        titles = sorted(
            {t for w in WORDINGS.values() for t in w.section_titles.values()},
            key=len,
            reverse=True,
        )
        pattern = re.compile(
            rf"(?:(?<=\s)|(?<=[。；：！？）”])|^)({'|'.join(map(re.escape, numerals))})"
            r"\s*[.．、\-–—:)]\s*"
            rf"({_words_pattern(titles)})",
            re.I,
        )
        last = 0
        for match in pattern.finditer(self.text, start):
            if self._inside(match.start()):
                continue
            heading = recogniser.heading(match.group(0))
            if heading is None:
                continue
            _, value = recogniser.section_number(heading.number)
            if value != last + 1 and not (last == 0 and value <= 2):
                continue
            last = value
            yield match.start(), match.end()

    def _headings(self, start: int) -> None:
        for begin, end in self._heading_matches(start):
            self._mark(begin, end)

    # Replies: tags and the name before them ------------------------------------------------

    def _tags(self) -> None:
        for match in _TAG_RUN.finditer(self.text):
            if self._inside(match.start()) or self.recogniser.tags(match.group(0)) is None:
                continue
            self._mark(match.start(), match.end())
            name = self._name_before(match.start())
            if name is not None:
                self._mark(name, match.start())

    def _name_before(self, end: int) -> int | None:
        """Where the State's or organization's name that ends at ``end`` begins: the
        longest name the registers know, after the last break or sentence end."""
        floor = max((b for b in self.breaks if b < end), default=0)
        window = self.text[max(floor, end - 110) : end]
        offset = end - len(window)
        before = window.rstrip()
        best: int | None = None
        for i in range(len(before)):
            if i and not (before[i - 1] == " " or CJK_CHARACTER.match(before[i])):
                continue
            if before[i] == " ":
                continue
            candidate = before[i:]
            if self.classifier.sender(candidate) is not None:
                best = offset + i
                break
        return best

    # Paragraphs -----------------------------------------------------------------------------

    def _numbered(self) -> None:
        last = 0
        for match in _NUMBERED.finditer(self.text):
            number = int(match.group(1))
            if self._inside(match.start()) or number not in (last + 1, 1):
                continue
            before = self.text[: match.start()].rstrip()
            if before and not (before.endswith(tuple(_SENTENCE_END)) or len(before) in self.breaks):
                continue
            last = number
            self.breaks.add(match.start())
            if number == 1 and len(before) not in self.breaks:
                name = self._name_before(len(before))
                if (
                    name is not None
                    and name > 0
                    and self.text[:name].rstrip().endswith(tuple(_SENTENCE_END))
                ):
                    self._mark(name, len(before))

    def _list_items(self) -> None:
        for match in _LIST_ITEM.finditer(self.text):
            if not self._inside(match.start(1)):
                self.breaks.add(match.start(1))

    def _spaces(self) -> None:
        """Runs of two spaces or more, where the copy made each line break a space: the
        empty line that ended a paragraph."""
        runs = [m.start() for m in re.finditer(r"\S {2,}(?=\S)", self.text)]
        words = len(self.text.split())
        if len(runs) < 3 or len(runs) > words / 8:
            return
        for at in runs:
            if not self._inside(at + 1):
                self.breaks.add(at + 1)


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def _words_pattern(words: Iterable[str]) -> str:
    """A regex for any of ``words``, with any run of spaces where they have one (and where
    a Chinese one may have one: "联 合 国"), standing alone where it is made of letters."""
    parts = []
    for word in words:
        chars = []
        for char in word:
            if char.isspace():
                chars.append(r"\s+")
            elif CJK_CHARACTER.match(char):
                chars.append(re.escape(char) + r"\s*")
            else:
                chars.append(re.escape(char))
        pattern = "".join(chars).removesuffix(r"\s*")
        # A word of letters stands alone; a Chinese one has no spaces to stand between.
        if not CJK_CHARACTER.match(word[0]):
            pattern = r"(?<!\w)" + pattern
        if not CJK_CHARACTER.match(word[-1]):
            pattern += r"(?!\w)"
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


@cache
def _masthead_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The masthead's fields in this version: "United Nations", the organ, the distribution
    line, the original line, the agenda line (with its star), the report's title words, the
    addendum's word, and the names of the version's language the block prints."""
    wordings = [WORDINGS[language], WORDINGS[WORDINGS[language].masthead_block_language]]
    patterns: list[re.Pattern[str]] = []
    for words in (
        [w.united_nations for w in wordings],
        [w.general_assembly for w in wordings],
        [w.distribution for w in wordings],
        [t for w in wordings for t in w.report_titles],
        [w.addendum for w in wordings] + [w.corrigendum for w in wordings],
    ):
        ordered = sorted(set(words), key=len, reverse=True)
        patterns.append(re.compile(_words_pattern(ordered)))
    names = sorted(
        {
            n
            for w in wordings
            for n in (*w.language_names.values(), *w.masthead_language_names.values())
        },
        key=len,
        reverse=True,
    )
    name = _words_pattern(names)
    for w in wordings:
        original = w.original_line.replace("{languages}", "\0")
        prefix = r"\s*".join(re.escape(part) for part in original.split("\0")[0].split())
        conjunctions = "|".join(re.escape(c) for c in w.conjunctions)
        patterns.append(
            re.compile(rf"{prefix}\s*{name}(?:\s*(?:/|,|\s(?:{conjunctions})\s)\s*{name})*", re.I)
        )
    patterns.append(re.compile(rf"{WORDINGS[language].agenda_pattern}\s*\*{{0,3}}", re.I))
    if WORDINGS[language].masthead_version_line:
        version = WORDINGS[language].masthead_language_names.get(language) or wordings[
            -1
        ].language_names.get(language, "")
        if version:
            patterns.append(re.compile(_words_pattern([version])))
    return tuple(patterns)
