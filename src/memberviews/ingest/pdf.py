"""Reading a PDF with pypdfium2: each line's text and where it sits on the page.

The position of a line's first and last characters gives the layout signals that plain
text loses: first-line indents and hanging paragraph numbers, short last lines, and the
vertical gaps between paragraphs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import multiprocessing
import multiprocessing.pool
import os
import re
import statistics
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium

from memberviews.core.scripts import CJK_CHARACTER, RIGHT_TO_LEFT, has_right_to_left
from memberviews.ingest import inflate
from memberviews.ingest.errors import ReportError
from memberviews.ingest.furniture import is_furniture
from memberviews.ingest.lines import NOTE_START, Line
from memberviews.ingest.recognise import pair_marks, unmirror
from memberviews.ingest.textpage import TextPage

_NUMBER_COMMA = re.compile(r"(\s)([،؛,.])(\d+(?:/\d+)*)(?![\d/])")
# A line: its text, left, right, bottom and top, its page, and the size of its font.
_Raw = tuple[str, float, float, float, float, int, float]


#: A PDF with more pages is refused (the longest reports of replies run to a few hundred).
MAX_PAGES = 5_000

#: From this many pages on, a reader with a helper process has it read half of them
#: (pdfium is not thread-safe, so processes, not threads).
PARALLEL_FROM_PAGES = 24

#: pdfium is given the document afresh every so many pages (see :func:`_read_pages`).
PAGES_PER_OPENING = 100


class PdfReader:
    """Reads PDFs into lines, a long one's later half in a helper process.

    The helper is started (with ``fork``) on the first long PDF and kept for the next ones,
    until :meth:`close`; use the reader as a context manager. Whoever reads many PDFs owns
    its reader: the CLI one per command, a bulk import one per worker, a web server one per
    worker process. ``PdfReader(helper=False)`` reads everything in the calling process.
    One reader serves one call at a time (calls from several threads wait their turn:
    pdfium is not thread-safe).
    """

    def __init__(
        self,
        *,
        helper: bool = True,
        parallel_from_pages: int = PARALLEL_FROM_PAGES,
        ocr: bool = True,
        on_ocr_page: Callable[[int, int], None] | None = None,
    ):
        # ocr: a PDF without a text layer (a scan) is read by OCR (see ingest.ocr), a page
        # at a time, on_ocr_page(done, total) after each; without it, it gives no lines.
        self.ocr, self.on_ocr_page = ocr, on_ocr_page
        self._helper_wanted = helper and _can_fork()
        self._parallel_from = parallel_from_pages
        self._pool: multiprocessing.pool.Pool | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> PdfReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Stops the helper process, if one was started. The reader can still read, in the
        calling process only."""
        with self._lock:
            if self._pool is not None:
                self._pool.terminate()
                self._pool.join()
                self._pool = None
            self._helper_wanted = False

    def read_lines(self, path: Path) -> list[Line]:
        """Returns the lines of every page, with indent, gap and short-line signals.

        Raises ReportError (one line) for a file pdfium cannot read.
        """
        with self._lock:
            raw = self._read(path)
            if self.ocr and _scanned(raw, path):
                raw = _ocr_pages(path, self.on_ocr_page)
            return _with_signals(raw)

    def _read(self, path: Path) -> _Pages:
        try:
            limit = inflate.MAX_STREAM_BYTES
            if inflate.largest_stream_over(path, limit):
                raise ReportError(
                    f"{path.name}: a compressed stream inflates to more than {limit:,} bytes"
                )
            document = pdfium.PdfDocument(str(path))
        except OSError as error:
            raise ReportError(f"{path.name}: cannot be read ({error.strerror})") from None
        except pdfium.PdfiumError as error:
            if "password" in str(error).lower():
                raise ReportError(f"{path.name}: the PDF is locked with a password") from None
            raise ReportError(f"{path.name}: not a readable PDF ({error})") from None
        try:
            count = len(document)
            if count > MAX_PAGES:
                raise ReportError(
                    f"{path.name}: {count:,} pages, more than a report has ({MAX_PAGES:,})"
                )
            pool = self._helper() if count >= self._parallel_from else None
            if pool is None:
                return _read_pages(document, str(path), 0, count)
            middle = count // 2
            later = pool.apply_async(_read_pages_of_file, (str(path), middle, count))
            raw = _read_pages(document, str(path), 0, middle)
            raw.extend(later.get())
            return raw
        except pdfium.PdfiumError as error:
            raise ReportError(f"{path.name}: not a readable PDF ({error})") from None
        finally:
            document.close()

    def _helper(self) -> multiprocessing.pool.Pool | None:
        if self._pool is None and self._helper_wanted:
            try:
                self._pool = multiprocessing.get_context("fork").Pool(1)
            except OSError:
                self._helper_wanted = False
        return self._pool


#: Fewer letters than this a page (on average) is no text layer: a scan, perhaps stamped.
SCANNED_BELOW = 40


def _scanned(raw: _Pages, path: Path) -> bool:
    """Whether the PDF has no text layer to speak of (a scanned one)."""
    letters = 0
    for text in raw.texts:
        letters += len(text.strip())
        if letters >= SCANNED_BELOW * MAX_PAGES:
            return False
    if letters == 0:
        return True
    document = pdfium.PdfDocument(str(path))
    try:
        return letters < SCANNED_BELOW * len(document)
    finally:
        document.close()


def _ocr_pages(path: Path, on_page: Callable[[int, int], None] | None) -> _Pages:
    """The lines of a scanned PDF, read by OCR."""
    from memberviews.ingest.ocr import ocr_pdf

    raw = _Pages()
    for line in ocr_pdf(path, on_page=on_page).lines:
        raw.append((*line, line[4] - line[3]))  # a scan's letters are measured as they stand
    if not raw:
        raise ReportError(f"{path.name}: no text found, by OCR either (a scan of blank pages?)")
    return raw


def read_pdf_lines(path: Path, reader: PdfReader | None = None) -> list[Line]:
    """Returns the lines of every page of a PDF, read by ``reader`` (else in this process)."""
    if reader is not None:
        return reader.read_lines(path)
    with PdfReader(helper=False) as own:
        return own.read_lines(path)


def _can_fork() -> bool:
    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def _read_pages_of_file(path: str, start: int, stop: int) -> _Pages:
    return _read_pages(pdfium.PdfDocument(path), path, start, stop)


def _read_pages(document: pdfium.PdfDocument, path: str, start: int, stop: int) -> _Pages:
    """The lines of pages ``start`` to ``stop``; closes ``document`` when done. pdfium keeps
    every object it has parsed until the document is closed: it is opened afresh every
    :data:`PAGES_PER_OPENING` pages, so that its memory stays flat however long the PDF."""
    raw = _Pages()
    try:
        for number in range(start, stop):
            if number > start and (number - start) % PAGES_PER_OPENING == 0:
                document.close()
                document = pdfium.PdfDocument(path)
            page = document[number]
            try:
                for line in _page_lines(page, number):
                    raw.append(line)
            finally:
                page.close()
    finally:
        document.close()
    return raw


class _Pages:
    """Lines as pdfium gives them, kept compactly (a text and six numbers per line)."""

    __slots__ = ("numbers", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.numbers = array("d")  # left, right, bottom, top, page, font size

    def append(self, line: _Raw) -> None:
        self.texts.append(line[0])
        self.numbers.extend(line[1:])

    def extend(self, other: _Pages) -> None:
        self.texts.extend(other.texts)
        self.numbers.extend(other.numbers)

    def __len__(self) -> int:
        return len(self.texts)


def _page_lines(page: pdfium.PdfPage, number: int) -> list[_Raw]:
    textpage = page.get_textpage()
    measure = TextPage(textpage)
    try:
        text = textpage.get_text_range()
        rtl_page = has_right_to_left(text)
        raw: list[_Raw] = []
        position = 0
        last = 0  # where the last line's last character is in the page's text
        for piece in text.split("\r\n"):
            start = position
            position += len(piece) + 2
            # pdfium marks a hyphenation point with U+FFFE and may run the next line on
            # without a break: split there, and leave a soft hyphen for the joiner.
            first = True
            for part in _split_hyphenated(piece):
                if part.strip():
                    line = _line(measure, part, start, number, rtl_page)
                    begin = start + len(part) - len(part.lstrip())
                    if first and raw and _runs_on(raw[-1], line, rtl_page):
                        spaced = _pens_apart(measure, last, begin) if rtl_page else None
                        raw[-1] = _joined(raw[-1], line, spaced)
                    else:
                        raw.append(line)
                    first = False
                    last = start + len(part.rstrip()) - 1
                start += len(part)
    finally:
        textpage.close()
    return _in_page_order(raw)


def _in_page_order(raw: list[_Raw]) -> list[_Raw]:
    """The page's lines in the order they stand, where the PDF gives its text objects in
    another. Word with Acrobat writes a masthead's blocks in any order (the footer first, the
    distribution block last): the lines are cut into runs that go down the page, and the runs
    put in order of where each begins, top first, so that no line of a run moves. A run is
    cut only where the text goes back up by more than a line: a raised footnote number, or
    a piece of the same line, does not cut it."""
    if len(raw) < 2:
        return raw
    runs: list[list[_Raw]] = [[raw[0]]]
    for line in raw[1:]:
        previous = runs[-1][-1]
        height = max(previous[4] - previous[3], line[4] - line[3], 1.0)
        if line[3] > previous[4] + height * 0.25:
            runs.append([line])
        else:
            runs[-1].append(line)
    if len(runs) == 1:
        return raw
    ordered = sorted(runs, key=lambda run: -max(line[4] for line in run[:2]))
    return [line for run in ordered for line in run]


def _runs_on(previous: _Raw, line: _Raw, rtl_page: bool = False) -> bool:
    """Whether pdfium broke a line where the text runs on: ``line`` starts where
    ``previous`` ends, on the same line of the page (to its left on a right-to-left page).
    pdfium breaks at a raised or lowered run ("1" and "er août 2012" of a French "1er", its
    "er" raised; "المنظمات" and the raised "1" of a footnote after it)."""
    if previous[0].endswith(("\ufffe", "\u00ad")):
        return False
    height = min(previous[4] - previous[3], line[4] - line[3])
    overlap = min(previous[4], line[4]) - max(previous[3], line[3])
    gap = previous[1] - line[2] if rtl_page else line[1] - previous[2]
    # After a raised run ("XVIIIe", a footnote's number "государств1") the line may run on
    # after a word space.
    return height > 0 and overlap >= height * 0.5 and -0.5 <= gap < height * 0.8


def _pens_apart(measure: TextPage, before: int, after: int) -> bool:
    """Whether a word space stands between a right-to-left line's character ``before`` and
    the one ``after`` it, to its left: between where the pen stood (their font boxes), not
    their ink, as in :func:`_right_to_left_by_position`."""
    size = max(measure.font_size(before), measure.font_size(after))
    left: float = measure.font_box(before)[0]
    right: float = measure.font_box(after)[2]
    return left - right > size * 0.12


def _joined(previous: _Raw, line: _Raw, spaced: bool | None = None) -> _Raw:
    """The two pieces as one line, where the first stands (its bottom and top), a space
    between them where they stand a word space apart (``spaced``, where the caller has
    measured it)."""
    height = min(previous[4] - previous[3], line[4] - line[3])
    if spaced is not None:
        # pdfium may end a right-to-left piece with a space of its own, where a raised
        # number follows the word at once ("المنظمات1").
        text = previous[0].rstrip() + (" " if spaced else "") + line[0]
    else:
        spaced = line[1] - previous[2] > height * 0.15 and not previous[0].endswith(" ")
        text = previous[0] + (" " if spaced else "") + line[0]
    left, right = min(previous[1], line[1]), max(previous[2], line[2])
    return (text, left, right, previous[3], previous[4], previous[5], previous[6])


def _split_hyphenated(piece: str) -> list[str]:
    if "\ufffe" not in piece and "\x02" not in piece:
        return [piece]
    # Some PDFs give pdfium's hyphenation mark as U+0002 rather than U+FFFE.
    parts = piece.replace("\x02", "\ufffe").split("\ufffe")
    return [p + "\ufffe" for p in parts[:-1]] + [parts[-1]] if len(parts) > 1 else parts


def _line(measure: TextPage, piece: str, start: int, page: int, rtl_page: bool) -> _Raw:
    end = start + len(piece)
    content = piece.strip()
    first = start + (len(piece) - len(piece.lstrip()))
    last = start + len(piece.rstrip()) - 1
    box_a = measure.box(first)
    box_b = measure.box(last)
    left, right = min(box_a[0], box_b[0]), max(box_a[2], box_b[2])
    # The font's box, not the glyph's, for the vertical position: a bullet or a letter
    # with a descender would otherwise move the line by a fraction of its height.
    # The font's box, not the glyph's, for the vertical position and size: a bullet or a
    # letter with a descender would otherwise move the line by a fraction of its height.
    loose = measure.font_box(first)
    bottom, top = loose[1], loose[3]
    size = measure.font_size(first)
    if rtl_page:
        # In mixed-direction lines the first and last characters need not sit at the
        # ends: a number or Latin run at either end is laid out left to right.
        ends = [*range(first, min(first + 6, last + 1)), *range(max(first, last - 5), last + 1)]
        boxes = [measure.box(i) for i in ends]
        left = min(b[0] for b in boxes if b[2] > b[0]) if any(b[2] > b[0] for b in boxes) else left
        right = max(b[2] for b in boxes)
    if rtl_page and not has_right_to_left(content):
        # On a right-to-left page pdfium hands back left-to-right lines (the running
        # header, a Latin name) reversed, with brackets mirrored: read them by position
        # and pair the brackets again.
        content, left, right = _visual_order(measure, start, end)
        content = pair_marks(content)
    elif rtl_page and _out_of_place(measure, first, content):
        content, left, right = _right_to_left_by_position(measure, first, content)
        content = pair_marks(unmirror(content))
    elif rtl_page:
        # A Latin run inside an Arabic line (a symbol) comes back scrambled
        # ("Add/67/131/A1."): read such runs by position.
        offset = first - start
        content = _LATIN_RUN.sub(
            lambda m: _run_by_position(measure, start + offset + m.start(), m.group()), content
        )
        # Bidi reordering moves a comma after a number to before it ("ديسمبر ،2011") and
        # hands back brackets and quotes mirrored ("بوليفيا )دولة - المتعددة القوميات(").
        content = unmirror(_NUMBER_COMMA.sub(r"\1\3\2", content))
    content = content.replace("\ufffe", "\u00ad")
    if piece != piece.rstrip():
        content += " "  # kept for the joiner: "日本于 " + "2015 年" keeps its space
    return (content, left, right, bottom, top, page, size)


# How pdfium's order of a right-to-left line can go wrong. A producer may draw characters
# the Arabic face lacks ("(", "/", "-", "*") from a fallback face, as text objects of their
# own, and pdfium hands those back where the object comes, not where it stands:
# "البند 94 ح من القائمة الأولية ) ( *" for "البند 94 (ح) من القائمة الأولية*".
_RTL, _LTR, _NEUTRAL = "R", "L", "N"


@functools.cache
def _direction(char: str) -> str:
    """A character's direction: a right-to-left letter (or mark), a left-to-right one (a
    Latin letter; a digit, as numbers are laid out left to right), or neutral."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL", "NSM"):
        return _RTL
    if kind in ("L", "EN", "AN"):
        return _LTR
    return _NEUTRAL


def _rtl_letters() -> str:
    """The right-to-left letters and marks of the right-to-left blocks, as the inside of a
    character class (Arabic punctuation and digits are not: they are neutral, or numbers)."""
    letters = [
        code
        for low, high in re.findall(r"(.)-(.)", RIGHT_TO_LEFT)
        for code in range(ord(low), ord(high) + 1)
        if _direction(chr(code)) == _RTL
    ]
    ranges: list[list[int]] = []
    for code in letters:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(chr(low) if low == high else f"{chr(low)}-{chr(high)}" for low, high in ranges)


# A character other than a space or a right-to-left letter (or mark).
_NOT_RTL_LETTER = re.compile(rf"[^\s{_rtl_letters()}]")


def _out_of_place(measure: TextPage, first: int, content: str) -> bool:
    """Whether pdfium's order of a right-to-left line's characters is not a reading of where
    they stand. Read right to left, each character stands to the left of the one before it,
    except inside a left-to-right run (a number, a symbol: "66/32", "A/67/131"), which is
    read left to right and whose neutrals ("/", ".") are read with it; a neutral before a
    number may stand at its left ("ديسمبر ،2011", put right by ``_NUMBER_COMMA``). So: a
    neutral after a right-to-left letter, or a right-to-left letter after anything else,
    standing to the right of the one before; or a left-to-right character after another
    standing to its left (a run handed back in pieces in the wrong order). Only the pairs
    that can tell are measured: two Arabic letters in a row come from one text object, a
    line of Arabic letters alone is taken as pdfium gives it, and a row of neutrals (a
    contents line's leader dots) is measured at its ends."""
    others = [m.start() for m in _NOT_RTL_LETTER.finditer(content)]
    if not others:
        return False
    boxes: dict[int, tuple[float, float]] = {}

    def box(offset: int) -> tuple[float, float]:
        found = boxes.get(offset)
        if found is None:
            b = measure.box(first + offset)
            found = boxes[offset] = (b[0], b[2])
        return found

    def jumps(a: int, b: int) -> bool:
        kind_a, kind_b = _direction(content[a]), _direction(content[b])
        if kind_b == _LTR:
            if kind_a != _LTR:
                return False
            rightward = False
        elif kind_b == _NEUTRAL:
            if kind_a != _RTL:
                return False
            rightward = True
        elif kind_a == _RTL:
            return False
        else:
            rightward = True
        left_a, right_a = box(a)
        left_b, right_b = box(b)
        if right_a <= left_a or right_b <= left_b:
            return False  # a character without ink (pdfium's own, or a zero-width mark)
        middle = (left_b + right_b) / 2
        return middle > right_a if rightward else middle < left_a

    last = len(content) - 1
    for offset in others:
        before = offset - 1
        while before >= 0 and content[before].isspace():
            before -= 1
        if before >= 0 and jumps(before, offset):
            return True
        after = offset + 1
        while after <= last and content[after].isspace():
            after += 1
        # A pair of two such characters is measured from the second.
        if after <= last and _direction(content[after]) == _RTL and jumps(offset, after):
            return True
    return False


# A character of a line: its offset in the line's text, the character, the left and right of
# its ink, its direction, and the left and right of its font's box (where the pen stood
# before and after it: two letters in a row touch, a space stands between two words).
_Glyph = tuple[int, str, float, float, str, float, float]


def _right_to_left_by_position(
    measure: TextPage, first: int, content: str
) -> tuple[str, float, float]:
    """A right-to-left line read by position, for a line :func:`_out_of_place` finds pdfium
    gives out of order. The Arabic letters keep pdfium's order within each stretch it gives
    right to left (the parts of a ligature can overlap, and a letter's place within a word is
    best known from the text), the stretches are put where they stand, and every other
    character goes where it stands among them; left-to-right runs (digits and Latin letters,
    with the neutrals between them) read left to right. Spaces between two Arabic letters
    are pdfium's where it gives the two in a row; elsewhere they go where two characters
    stand apart, measured between their font boxes (where the pen stood), not their ink as
    in :func:`_visual_order`: a "1" has wide side bearings, and in "2011" its ink stands as
    far from the next digit's as a word space."""
    glyphs: list[_Glyph] = []
    sizes = []
    trailing = ""
    for offset, char in enumerate(content):
        if char.isspace():
            continue
        b = measure.box(first + offset)
        if b[2] <= b[0]:
            if char == "\ufffe" and offset == len(content) - 1:
                trailing = char  # pdfium's hyphenation mark stays at the end
            continue  # pdfium's own characters have no ink
        loose = measure.font_box(first + offset)
        glyphs.append((offset, char, b[0], b[2], _direction(char), loose[0], loose[2]))
        sizes.append(loose[3] - loose[1])
    if not glyphs:
        return content, 0.0, 0.0
    left, right = min(g[2] for g in glyphs), max(g[3] for g in glyphs)
    # Stretches of Arabic letters pdfium gives right to left, put in their places.
    stretches: list[list[_Glyph]] = []
    for glyph in (g for g in glyphs if g[4] == _RTL):
        if stretches and (glyph[2] + glyph[3]) / 2 <= stretches[-1][-1][3]:
            stretches[-1].append(glyph)
        else:
            stretches.append([glyph])
    stretches.sort(key=lambda s: -max(g[3] for g in s))
    others = sorted((g for g in glyphs if g[4] != _RTL), key=lambda g: -(g[2] + g[3]))
    ordered: list[_Glyph] = []  # right to left, as they stand
    pending = 0
    for glyph in itertools.chain.from_iterable(stretches):
        while pending < len(others) and others[pending][2] + others[pending][3] > (
            glyph[2] + glyph[3]
        ):
            ordered.append(others[pending])
            pending += 1
        ordered.append(glyph)
    ordered.extend(others[pending:])
    size = statistics.median(sizes)
    # Right to left: each character, and before it a space where one stands.
    pieces: list[str] = []
    for index, glyph in enumerate(ordered):
        if index:
            before = ordered[index - 1]
            between = content[before[0] + 1 : glyph[0]]
            if before[4] == glyph[4] == _RTL and before[0] < glyph[0] and not between.strip():
                spaced = bool(between)
            else:
                spaced = before[5] - glyph[6] > size * 0.12
            pieces.append(" " if spaced else "")
        pieces.append(glyph[1])
    # Left-to-right runs: from a left-to-right character to the last one before the next
    # right-to-left letter, neutrals between them included, read the other way.
    kinds = [g[4] for g in ordered]
    index = 0
    while index < len(ordered):
        if kinds[index] != _LTR:
            index += 1
            continue
        end = index
        for later in range(index + 1, len(ordered)):
            if kinds[later] == _RTL:
                break
            if kinds[later] == _LTR:
                end = later
        # pieces: glyph k at 2k, the space before it at 2k - 1
        pieces[2 * index : 2 * end + 1] = pieces[2 * index : 2 * end + 1][::-1]
        index = end + 1
    return "".join(pieces) + trailing, left, right


# A run of Latin letters, digits and the punctuation of a symbol, with at least one letter.
_LATIN_RUN = re.compile(r"[A-Za-z0-9/.*\-]*[A-Za-z][A-Za-z0-9/.*\-]*")


def _run_by_position(measure: TextPage, index: int, run: str) -> str:
    if len(run) < 3 or "/" not in run:
        return run
    chars = []
    for i, char in enumerate(run):
        box = measure.box(index + i)
        chars.append((box[0], char))
    ordered = "".join(c for _, c in sorted(chars))
    # The run's trailing full stop belongs to the sentence, not to the symbol.
    return ordered[1:] + "." if ordered.startswith(".") else ordered


def _visual_order(measure: TextPage, start: int, end: int) -> tuple[str, float, float]:
    """A left-to-right line of a right-to-left page read by position. In Latin text, the
    spaces go where the letters stand apart, not where pdfium puts them: it places a space
    it adds between runs after the run it comes to first, which on such a line need not be
    where the space stands ("12-41312 (A )*1241312*"). Chinese text (which puts no space
    between words, and a full-width mark stands apart by its own half em) keeps pdfium's.
    A note's mark raised at the line's left end is read last: on a right-to-left page it
    follows the run it marks ("16/21*", the end of a title, its star at the left)."""
    chars = []
    for index in range(start, end):
        box = measure.box(index)
        chars.append((box[0], box[2], measure.text(index, 1), index))
    chars.sort(key=lambda c: c[0])
    inked = [c for c in chars if c[2].strip()]
    if not inked:
        return "", 0.0, 0.0
    left, right = inked[0][0], max(c[1] for c in inked)
    if any(CJK_CHARACTER.match(c[2]) for c in inked):
        return re.sub(r"\s+", " ", "".join(c[2] for c in chars)).strip(), left, right
    # Sizes, not font boxes: a line may mix faces whose boxes differ by half (the Latin
    # face's letters and the Arabic face's digits in "3 May 2021").
    sizes = [measure.font_size(c[3]) for c in inked]
    size = statistics.median(sizes)
    pens = [measure.font_box(c[3]) for c in inked]
    out = [inked[0][2]]
    for k in range(1, len(inked)):
        # A word space stands between where the pen stood after one letter and before the
        # next (not their ink: a "1" has wide side bearings); letters touch.
        if pens[k][0] - pens[k - 1][2] > size * 0.12:
            out.append(" ")
        out.append(inked[k][2])
    text = "".join(out)
    mark = inked[0][2]
    if (
        len(inked) > 1
        and sizes[0] < size * 0.8
        and (mark in "*†‡§" or (mark.isdigit() and not any(c.isalpha() for c in text)))
    ):
        text = text[1:].lstrip() + mark
    return text, left, right


def _right_margin(rights: Sequence[float]) -> int:
    """The right edge of the text. Justified text: full lines share it, and right-aligned
    tags end there, so the commonest right edge (to a point either way) is the margin, when
    fewer lines reach beyond it than share it (the masthead, running headers and footers
    do). Lines that end at one place by chance on a page of a few short lines (a
    corrigendum) make no margin: as many lines reach beyond them, and the outermost edge is
    taken."""
    values = [round(right) for right in rights]
    counts = Counter(values)  # in the order the edges first come (ties go to the first)
    near = {value: counts[value - 1] + counts[value] + counts[value + 1] for value in counts}
    ordered = sorted(values)
    for value in sorted(near, key=lambda v: -near[v]):
        if near[value] < 2:
            break
        beyond = len(ordered) - bisect.bisect_right(ordered, value + 3)
        if beyond < near[value]:
            return value
    return ordered[-1]


def _edges_by_parity(
    lefts: Sequence[float],
    rights: Sequence[float],
    pages: list[int],
    whole: tuple[float, float],
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The left and right edges of the text on even and on odd pages: the document's, unless
    both kinds of page have lines enough to tell and their edges differ by more than a few
    points (mirrored margins)."""
    found: list[tuple[float, float]] = []
    for parity in (0, 1):
        chosen = [i for i, page in enumerate(pages) if page % 2 == parity]
        if len(chosen) < 40:
            return whole, whole
        left = statistics.mode(round(lefts[i]) for i in chosen)
        found.append((float(left), float(_right_margin([rights[i] for i in chosen]))))
    even, odd = found
    if abs(even[0] - odd[0]) <= 3 and abs(even[1] - odd[1]) <= 3:
        return whole, whole
    return even, odd


def _body_size(sizes: Sequence[float], pages: list[int]) -> tuple[float, bool]:
    """The size the body is set in (the commonest, measured without the cover page, which
    sets its masthead in many sizes) and whether most lines are set in it."""
    measured = [size for size in sizes if size > 0]
    later = [size for size, page in zip(sizes, pages, strict=True) if size > 0 and page > pages[0]]
    if len(later) >= 10:
        measured = later
    if not measured:
        return 0.0, False
    body = statistics.median(measured)
    return body, sum(abs(size - body) <= body * 0.05 for size in measured) >= len(measured) * 0.7


def _with_signals(raw: _Pages) -> list[Line]:
    if not raw:
        return []
    # Column by column (array slices in C): the lines are read many times over below.
    texts = raw.texts
    lefts, rights = raw.numbers[0::6], raw.numbers[1::6]
    bottoms, tops = raw.numbers[2::6], raw.numbers[3::6]
    pages = [int(page) for page in raw.numbers[4::6]]
    sizes = raw.numbers[5::6]
    count = len(texts)
    heights = [top - bottom for bottom, top in zip(bottoms, tops, strict=True) if top > bottom]
    # A cover page sets its masthead in many sizes: the body's size is measured without it.
    later = [
        top - bottom
        for bottom, top, page in zip(bottoms, tops, pages, strict=True)
        if top > bottom and page > pages[0]
    ]
    if len(later) >= 10:
        heights = later
    em = statistics.median(heights) if heights else 10.0
    # Justified text: full lines share both edges, so the commonest edges are the margins.
    # Word sets odd and even pages apart (mirrored margins): each kind its own edges.
    whole = (float(statistics.mode(round(left) for left in lefts)), float(_right_margin(rights)))
    edges = _edges_by_parity(lefts, rights, pages, whole)
    steps = [
        bottoms[i - 1] - bottoms[i]
        for i in range(1, count)
        if pages[i - 1] == pages[i] and bottoms[i - 1] > bottoms[i]
    ]
    step = statistics.median(steps) if steps else em * 1.2
    # Footnotes: lines in a smaller size below the last line of body size on their page,
    # where most lines are set in one size. Sizes, not heights: a line's height is its
    # font's box, which varies with the font (and the glyphs a subset of it holds).
    body_size, steady = _body_size(sizes, pages)
    last_body: dict[int, int] = {}
    if steady:
        # Walk each page from its foot: the first line of body size that is not a footer.
        for i in range(count - 1, -1, -1):
            page = pages[i]
            if (
                page not in last_body
                and sizes[i] >= body_size * 0.95
                and not is_furniture(texts[i])
            ):
                last_body[page] = i
    lines = []
    for i in range(count):
        content, left, right, bottom, page = texts[i], lefts[i], rights[i], bottoms[i], pages[i]
        left_edge, right_edge = edges[page % 2]
        if not content.isascii() and has_right_to_left(content):
            indent, slack = right_edge - right, left - left_edge
        else:
            indent, slack = left - left_edge, right_edge - right
        gap = i > 0 and pages[i - 1] == page and bottoms[i - 1] - bottom > step * 1.3
        lines.append(
            Line(
                text=content.rstrip(),
                indent=abs(indent) / em,
                trailing=content.endswith(" "),
                gap=gap,
                short=slack > em * 2.5,
                page=page,
                footnote=steady and i > last_body.get(page, i) and sizes[i] < body_size * 0.9,
            )
        )
    # Sizes vary with the producer: only a block that begins with a note's number or mark is
    # taken for footnotes ("1See A/66/123 …"); anything else stays text.
    first_note: dict[int, Line] = {}
    for line in lines:
        if line.footnote:
            first_note.setdefault(line.page, line)
    for line in lines:
        if line.footnote and not NOTE_START.match(first_note[line.page].text):
            line.footnote = False
    return lines
