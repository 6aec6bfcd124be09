"""Reading a PDF with pypdfium2: each line's text and where it sits on the page.

The position of a line's first and last characters gives the layout signals that plain
text loses: first-line indents and hanging paragraph numbers, short last lines, and the
vertical gaps between paragraphs.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import re
import statistics
import threading
from array import array
from pathlib import Path

import pypdfium2 as pdfium

from memberviews.core.scripts import has_right_to_left
from memberviews.ingest import inflate
from memberviews.ingest.errors import ReportError
from memberviews.ingest.furniture import is_furniture
from memberviews.ingest.lines import NOTE_START, Line
from memberviews.ingest.recognise import pair_marks, unmirror

_NUMBER_COMMA = re.compile(r"(\s)([،؛,.])(\d+(?:/\d+)*)(?![\d/])")
_Raw = tuple[str, float, float, float, float, int]


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

    def __init__(self, *, helper: bool = True, parallel_from_pages: int = PARALLEL_FROM_PAGES):
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
            return _with_signals(self._read(path))

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
    """Lines as pdfium gives them, kept compactly (a text and five numbers per line)."""

    __slots__ = ("numbers", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.numbers = array("d")  # left, right, bottom, top, page

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
    try:
        text = textpage.get_text_range()
        rtl_page = has_right_to_left(text)
        raw: list[_Raw] = []
        position = 0
        for piece in text.split("\r\n"):
            start = position
            position += len(piece) + 2
            # pdfium marks a hyphenation point with U+FFFE and may run the next line on
            # without a break: split there, and leave a soft hyphen for the joiner.
            for part in _split_hyphenated(piece):
                if part.strip():
                    raw.append(_line(textpage, part, start, number, rtl_page))
                start += len(part)
    finally:
        textpage.close()
    return raw


def _split_hyphenated(piece: str) -> list[str]:
    if "\ufffe" not in piece and "\x02" not in piece:
        return [piece]
    # Some PDFs give pdfium's hyphenation mark as U+0002 rather than U+FFFE.
    parts = piece.replace("\x02", "\ufffe").split("\ufffe")
    return [p + "\ufffe" for p in parts[:-1]] + [parts[-1]] if len(parts) > 1 else parts


def _line(textpage: pdfium.PdfTextPage, piece: str, start: int, page: int, rtl_page: bool) -> _Raw:
    end = start + len(piece)
    content = piece.strip()
    first = start + (len(piece) - len(piece.lstrip()))
    last = start + len(piece.rstrip()) - 1
    box_a = textpage.get_charbox(first)
    box_b = textpage.get_charbox(last)
    left, right = min(box_a[0], box_b[0]), max(box_a[2], box_b[2])
    # The font's box, not the glyph's, for the vertical position: a bullet or a letter
    # with a descender would otherwise move the line by a fraction of its height.
    # The font's box, not the glyph's, for the vertical position and size: a bullet or a
    # letter with a descender would otherwise move the line by a fraction of its height.
    loose = textpage.get_charbox(first, loose=True)
    bottom, top = loose[1], loose[3]
    if rtl_page:
        # In mixed-direction lines the first and last characters need not sit at the
        # ends: a number or Latin run at either end is laid out left to right.
        ends = [*range(first, min(first + 6, last + 1)), *range(max(first, last - 5), last + 1)]
        boxes = [textpage.get_charbox(i) for i in ends]
        left = min(b[0] for b in boxes if b[2] > b[0]) if any(b[2] > b[0] for b in boxes) else left
        right = max(b[2] for b in boxes)
    if rtl_page and not has_right_to_left(content):
        # On a right-to-left page pdfium hands back left-to-right lines (the running
        # header, a Latin name) reversed, with brackets mirrored: read them by position
        # and pair the brackets again.
        content, left, right = _visual_order(textpage, start, end)
        content = pair_marks(content)
    elif rtl_page:
        # A Latin run inside an Arabic line (a symbol) comes back scrambled
        # ("Add/67/131/A1."): read such runs by position.
        offset = first - start
        content = _LATIN_RUN.sub(
            lambda m: _run_by_position(textpage, start + offset + m.start(), m.group()), content
        )
        # Bidi reordering moves a comma after a number to before it ("ديسمبر ،2011") and
        # hands back brackets and quotes mirrored ("بوليفيا )دولة - المتعددة القوميات(").
        content = unmirror(_NUMBER_COMMA.sub(r"\1\3\2", content))
    content = content.replace("\ufffe", "\u00ad")
    if piece != piece.rstrip():
        content += " "  # kept for the joiner: "日本于 " + "2015 年" keeps its space
    return (content, left, right, bottom, top, page)


# A run of Latin letters, digits and the punctuation of a symbol, with at least one letter.
_LATIN_RUN = re.compile(r"[A-Za-z0-9/.*\-]*[A-Za-z][A-Za-z0-9/.*\-]*")


def _run_by_position(textpage: pdfium.PdfTextPage, index: int, run: str) -> str:
    if len(run) < 3 or "/" not in run:
        return run
    chars = []
    for i, char in enumerate(run):
        box = textpage.get_charbox(index + i)
        chars.append((box[0], char))
    ordered = "".join(c for _, c in sorted(chars))
    # The run's trailing full stop belongs to the sentence, not to the symbol.
    return ordered[1:] + "." if ordered.startswith(".") else ordered


def _visual_order(textpage: pdfium.PdfTextPage, start: int, end: int) -> tuple[str, float, float]:
    chars = []
    for index in range(start, end):
        box = textpage.get_charbox(index)
        chars.append((box[0], box[2], textpage.get_text_range(index, 1)))
    chars.sort(key=lambda c: c[0])
    inked = [c for c in chars if c[2].strip()]
    left = inked[0][0] if inked else 0.0
    right = max((c[1] for c in inked), default=0.0)
    return re.sub(r"\s+", " ", "".join(c for _, _, c in chars)).strip(), left, right


def _with_signals(raw: _Pages) -> list[Line]:
    if not raw:
        return []
    # Column by column (array slices in C): the lines are read many times over below.
    texts = raw.texts
    lefts, rights = raw.numbers[0::5], raw.numbers[1::5]
    bottoms, tops = raw.numbers[2::5], raw.numbers[3::5]
    pages = [int(page) for page in raw.numbers[4::5]]
    count = len(texts)
    heights = [top - bottom for bottom, top in zip(bottoms, tops, strict=True) if top > bottom]
    em = statistics.median(heights) if heights else 10.0
    # Justified text: full lines share both edges, so the commonest edges are the margins.
    left_edge = statistics.mode(round(left) for left in lefts)
    right_edge = statistics.mode(round(right) for right in rights)
    steps = [
        bottoms[i - 1] - bottoms[i]
        for i in range(1, count)
        if pages[i - 1] == pages[i] and bottoms[i - 1] > bottoms[i]
    ]
    step = statistics.median(steps) if steps else em * 1.2
    # Footnotes: lines in a smaller size below the last line of body size on their page;
    # only where the producer gives lines of one size one height (LibreOffice does not).
    steady = sum(abs(h - em) <= em * 0.05 for h in heights) >= len(heights) * 0.7
    last_body: dict[int, int] = {}
    if steady:
        # Walk each page from its foot: the first line of body size that is not a footer.
        for i in range(count - 1, -1, -1):
            page = pages[i]
            if (
                page not in last_body
                and tops[i] - bottoms[i] >= em * 0.95
                and not is_furniture(texts[i])
            ):
                last_body[page] = i
    lines = []
    for i in range(count):
        content, left, right, bottom, page = texts[i], lefts[i], rights[i], bottoms[i], pages[i]
        if has_right_to_left(content):
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
                footnote=steady and i > last_body.get(page, i) and tops[i] - bottom < em * 0.9,
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
