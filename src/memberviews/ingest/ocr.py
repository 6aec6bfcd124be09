"""Reading a scanned PDF (pages that are pictures, no text layer) with Tesseract OCR.

Each page is rendered with pdfium to a grey-scale picture and read by the ``tesseract``
program (Debian: tesseract-ocr and its ara, chi-sim, eng, fra, rus, spa packs), which gives
every word with its box. The words are put back together into lines with their place on the
page, in points as pdfium gives a text layer's, so that the PDF reader measures indents, gaps
and short lines on them as it does on text. A slight skew of the scan is measured on the
lines and taken out of the positions.

The language is the one given, else told from the first page: its script (Tesseract's
orientation and script detection), and for the Latin script the commonest short words.
Nothing is printed: a caller that shows progress passes ``on_page(done, total)``.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from memberviews.core.scripts import CJK_CHARACTER, has_right_to_left
from memberviews.ingest.detect import detect_language
from memberviews.ingest.errors import ReportError
from memberviews.ingest.recognise import pair_marks

#: The resolution pages are rendered at for Tesseract (it reads best at about 300 dpi).
DPI = 300
#: Seconds one Tesseract call may take (a page takes one or two).
PAGE_TIMEOUT = 180
#: Tesseract's page segmentation: a single column of text of varying sizes (the cover's
#: symbol, title and small print); Chinese pages read best as one block of text (with the
#: cover's lines of two sizes, the Latin distribution block is otherwise lost).
PSM = "4"
_PSM = {"chi_sim": "6"}
#: A dark stretch of a row at least this share of an inch long is a rule, not a letter
#: (an em dash at 12 points is a sixth of an inch); small gaps (specks) are bridged.
RULE_INCHES = 1 / 3

#: The Tesseract languages for each language version. The covers of the Arabic, Chinese and
#: Russian versions carry the symbol and distribution block in Latin letters (and a Russian
#: "A/67/131" must not come back in Cyrillic): English is read with them.
TESSERACT_LANGUAGES = {
    "ar": "ara+eng",
    "zh": "chi_sim",
    "en": "eng",
    "fr": "fra",
    "ru": "rus+eng",
    "es": "spa",
}
#: The Debian package of each Tesseract language.
_PACKAGES = {
    "ara": "tesseract-ocr-ara",
    "chi_sim": "tesseract-ocr-chi-sim",
    "eng": "tesseract-ocr-eng",
    "fra": "tesseract-ocr-fra",
    "rus": "tesseract-ocr-rus",
    "spa": "tesseract-ocr-spa",
    "osd": "tesseract-ocr-osd",
}
_INSTALL = (
    "install Tesseract: apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-chi-sim"
    " tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-rus tesseract-ocr-spa"
)
#: Tesseract's script (orientation and script detection) to the language it is read in.
_SCRIPTS = {"Arabic": "ar", "Han": "zh", "HanS": "zh", "HanT": "zh", "Cyrillic": "ru"}
_SCRIPT_LINE = re.compile(r"^Script:\s*(\S+)", re.MULTILINE)

# A line as the PDF reader keeps one: text, left, right, bottom, top (points, from the
# page's foot, as pdfium gives them) and the page's number.
RawLine = tuple[str, float, float, float, float, int]
OnPage = Callable[[int, int], None]


@dataclass
class OcrResult:
    """The lines read from a scanned PDF and the language they were read in."""

    lines: list[RawLine] = field(default_factory=list)
    language: str | None = None
    pages: int = 0

    def text(self) -> str:
        """The text, a line a line, pages separated by form feeds."""
        pages: list[list[str]] = [[] for _ in range(self.pages)]
        for line in self.lines:
            pages[line[5]].append(line[0])
        return "\f".join("\n".join(page) for page in pages)


def ocr_pdf(
    path: Path,
    *,
    language: str | None = None,
    on_page: OnPage | None = None,
    dpi: int = DPI,
    workers: int | None = None,
) -> OcrResult:
    """Reads every page of a PDF by OCR, a page at a time (``on_page(done, total)`` after
    each). ``language`` (ar zh en fr ru es) is told from the first page when not given.
    Raises ReportError (one line) when Tesseract or a language pack is missing, or a page
    cannot be read."""
    tesseract = _tesseract()
    if language is not None and language not in TESSERACT_LANGUAGES:
        raise ReportError(f"no OCR language {language!r}: one of ar zh en fr ru es")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise ReportError(f"{path.name}: not a readable PDF ({error})") from None
    result = OcrResult()
    try:
        total = len(document)
        result.pages = total
        if total == 0:
            return result
        with tempfile.TemporaryDirectory(prefix="memberviews-ocr-") as folder:
            pictures = _Pictures(document, Path(folder), dpi)
            # Pages with nothing drawn on them are not rendered, nor read.
            start = next((n for n in range(total) if not pictures.blank(n)), None)
            if start is None:
                return result
            first = pictures.page(start)
            if language is None:
                language, lines = _first_page(tesseract, first, dpi)
            else:
                lines = _read_page(tesseract, first, TESSERACT_LANGUAGES[language], dpi)
            _check_languages(tesseract, TESSERACT_LANGUAGES[language])
            result.language = language
            result.lines.extend(_placed(lines, first, start, dpi))
            first.path.unlink()
            done = 1
            if on_page is not None:
                on_page(done, total)
            for number, picture, words in _read_rest(
                tesseract, pictures, TESSERACT_LANGUAGES[language], dpi, total, start, workers
            ):
                if picture is not None:
                    result.lines.extend(_placed(words, picture, number, dpi))
                    picture.path.unlink()
                done += 1
                if on_page is not None:
                    on_page(done, total)
    except pdfium.PdfiumError as error:
        raise ReportError(f"{path.name}: not a readable PDF ({error})") from None
    finally:
        document.close()
    return result


# --- Tesseract ---------------------------------------------------------------------------


@functools.cache
def _tesseract_path() -> str | None:
    return shutil.which("tesseract")


def _tesseract() -> str:
    found = _tesseract_path()
    if found is None:
        raise ReportError(f"a scanned PDF is read by OCR, and Tesseract is missing: {_INSTALL}")
    return found


@functools.cache
def _installed_languages(tesseract: str) -> frozenset[str]:
    try:
        done = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def _check_languages(tesseract: str, languages: str) -> None:
    installed = _installed_languages(tesseract)
    missing = [name for name in languages.split("+") if name not in installed]
    if missing:
        packages = " ".join(_PACKAGES.get(name, name) for name in missing)
        raise ReportError(f"Tesseract lacks the language packs for OCR: apt-get install {packages}")


def _run(tesseract: str, arguments: list[str]) -> str:
    # One thread per call: pages are read side by side, a call each.
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [tesseract, *arguments],
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ReportError(f"OCR of a page took more than {PAGE_TIMEOUT} s: given up") from None
    except OSError as error:
        raise ReportError(f"Tesseract could not be run ({error.strerror}): {_INSTALL}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReportError(f"OCR failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


# --- Pictures of the pages ---------------------------------------------------------------


@dataclass
class _Picture:
    path: Path
    width: int  # pixels
    height: int
    ink: bool = True  # something dark on it: a page all white is not read


class _Pictures:
    """Renders the pages to grey-scale PGM files, in the calling thread (pdfium is not
    thread-safe)."""

    def __init__(self, document: pdfium.PdfDocument, folder: Path, dpi: int):
        self.document, self.folder, self.dpi = document, folder, dpi

    def blank(self, number: int) -> bool:
        """Whether nothing is drawn on the page (no text, picture or path)."""
        page = self.document[number]
        try:
            return bool(pdfium.raw.FPDFPage_CountObjects(page) == 0)
        finally:
            page.close()

    def page(self, number: int) -> _Picture:
        page = self.document[number]
        try:
            bitmap = page.render(scale=self.dpi / 72, grayscale=True)
            try:
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                data = bytes(bitmap.buffer)
            finally:
                bitmap.close()
        finally:
            page.close()
        if stride != width:
            data = b"".join(data[row * stride : row * stride + width] for row in range(height))
        path = self.folder / f"page-{number + 1}.pgm"
        path.write_bytes(b"P5 %d %d 255\n" % (width, height) + _without_rules(data, self.dpi))
        return _Picture(path, width, height, ink=bool(data) and min(data) < 0xC0)


def _without_rules(data: bytes, dpi: int) -> bytes:
    """The picture with the rules (the cover's, a footnote's) painted white: Tesseract would
    read a rule touching the symbol as part of it ("AN 7/131" for "A/67/131")."""
    rule = re.compile(rb"(?:[\x00-\xbf]|[\xc0-\xff](?=[\x00-\xbf])){%d,}" % int(dpi * RULE_INCHES))
    spans = [match.span() for match in rule.finditer(data)]
    if not spans:
        return data
    out = bytearray(data)
    for start, end in spans:
        out[start:end] = b"\xff" * (end - start)
    return bytes(out)


# --- Reading the pages -------------------------------------------------------------------


@dataclass
class _Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int
    conf: float


_Line = list[_Word]


def _read_page(tesseract: str, picture: _Picture, languages: str, dpi: int) -> list[_Line]:
    if not picture.ink:
        return []
    tsv = _run(
        tesseract,
        [
            *(str(picture.path), "stdout", "-l", languages),
            *("--psm", _PSM.get(languages, PSM), "--dpi", str(dpi), "tsv"),
        ],
    )
    return _tsv_lines(tsv)


def _tsv_lines(tsv: str) -> list[_Line]:
    """Tesseract's words, line by line, in its reading order."""
    lines: dict[tuple[str, str, str, str], _Line] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        text = _word_text(cells[11].strip())
        if not text:
            continue
        left, top, width, height = (int(cells[i]) for i in range(6, 10))
        word = _Word(text, left, top, left + width, top + height, float(cells[10]))
        lines.setdefault((cells[1], cells[2], cells[3], cells[4]), []).append(word)
    return [line for line in lines.values() if _is_text(line)]


# What is left of a rule or a fold before a symbol ("_A/67/131"), or stands alone ("|").
_RULE_LEFT = re.compile(r"^[_|¦]+|^[-—–~](?=[A-Z]{1,2}/)|[_|¦]+$")
# The direction marks Tesseract puts around right-to-left words.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A section's number misread: "IL.", "Il.", "1I.", and in Cyrillic "П." (II), "Г." (I).
_NUMERAL = re.compile(r"^([IVXlL1|ГПШ]{1,5})\.(?=\s+\w)")
_NUMERAL_LETTERS = str.maketrans({"l": "I", "L": "I", "1": "I", "|": "I", "Г": "I"})
_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _word_text(text: str) -> str:
    return _RULE_LEFT.sub("", _BIDI_CONTROLS.sub("", text))


def _numeral(text: str) -> str:
    """A line's leading section number read right ("IL. Replies" is "II. Replies")."""
    match = _NUMERAL.match(text)
    if match is None or match.group(1).isdigit():
        return text
    numeral = match.group(1).translate(_NUMERAL_LETTERS).replace("П", "II").replace("Ш", "III")
    if not _ROMAN.fullmatch(numeral):
        return text
    return numeral + text[match.end(1) :]


def _is_text(line: _Line) -> bool:
    """Not specks of noise or the ruins of a rule: some word read with confidence, with a
    letter or digit in it."""
    return any(word.conf >= 40 and any(c.isalnum() for c in word.text) for word in line)


def _first_page(tesseract: str, picture: _Picture, dpi: int) -> tuple[str, list[_Line]]:
    """The language of the first page, and its lines read in that language."""
    language = _script_language(tesseract, picture, dpi)
    if language is not None:
        _check_languages(tesseract, TESSERACT_LANGUAGES[language])
        return language, _read_page(tesseract, picture, TESSERACT_LANGUAGES[language], dpi)
    # Latin letters (or a script not told): read in English, and tell English, French and
    # Spanish apart by their short words; read again in French or Spanish.
    _check_languages(tesseract, "eng")
    lines = _read_page(tesseract, picture, "eng", dpi)
    told = detect_language(" ".join(_line_text(line) for line in lines))
    if told in (None, "en") or told not in TESSERACT_LANGUAGES:
        return "en", lines
    _check_languages(tesseract, TESSERACT_LANGUAGES[told])
    return told, _read_page(tesseract, picture, TESSERACT_LANGUAGES[told], dpi)


def _script_language(tesseract: str, picture: _Picture, dpi: int) -> str | None:
    """ar, zh or ru from Tesseract's script detection; None for Latin or when it cannot
    tell (too few letters, no osd pack)."""
    if not picture.ink or "osd" not in _installed_languages(tesseract):
        return None
    try:
        found = _run(tesseract, [str(picture.path), "stdout", "--psm", "0", "--dpi", str(dpi)])
    except ReportError:
        return None  # "Too few characters": the words will tell
    match = _SCRIPT_LINE.search(found)
    return _SCRIPTS.get(match.group(1)) if match else None


def _read_rest(
    tesseract: str,
    pictures: _Pictures,
    languages: str,
    dpi: int,
    total: int,
    first: int,
    workers: int | None,
) -> Iterator[tuple[int, _Picture | None, list[_Line]]]:
    """The pages other than the first read, by Tesseract side by side (a process a core), in
    page order; a blank page (nothing drawn) as None, not rendered."""
    count = max(1, workers if workers is not None else min(os.cpu_count() or 1, 4))
    with ThreadPoolExecutor(max_workers=count) as pool:
        pending: list[tuple[int, _Picture, Future[list[_Line]]]] = []
        try:
            for number in range(total):
                if number == first:
                    continue
                if pictures.blank(number):
                    # In page order: after the pages before it.
                    while pending:
                        done_number, done_picture, future = pending.pop(0)
                        yield done_number, done_picture, future.result()
                    yield number, None, []
                    continue
                picture = pictures.page(number)
                pending.append(
                    (number, picture, pool.submit(_read_page, tesseract, picture, languages, dpi))
                )
                # Rendered pages wait on disk: no more than two a worker.
                while len(pending) >= count * 2:
                    done_number, done_picture, future = pending.pop(0)
                    yield done_number, done_picture, future.result()
            while pending:
                done_number, done_picture, future = pending.pop(0)
                yield done_number, done_picture, future.result()
        finally:
            for _, _, future in pending:
                future.cancel()


# --- Lines with their places -------------------------------------------------------------


def _line_text(line: _Line) -> str:
    """The words joined with spaces, except between two Chinese characters (Tesseract
    gives each its own box)."""
    out = line[0].text
    for before, word in itertools.pairwise(line):
        joined = CJK_CHARACTER.match(before.text[-1]) and CJK_CHARACTER.match(word.text[0])
        out += word.text if joined else " " + word.text
    # Right-to-left lines come with brackets unpaired ("[20 تموز/يوليه 2012[").
    return pair_marks(_numeral(out))


def _skew(lines: list[_Line]) -> float:
    """How much the lines climb (negative) or fall across the page: the median slope of
    the long lines' word feet, in pixels down per pixel across."""
    slopes = []
    for line in lines:
        if len(line) < 4:
            continue
        xs = [(w.left + w.right) / 2 for w in line]
        ys = [float(w.bottom) for w in line]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread <= 0:
            continue
        moment = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
        slopes.append(moment / spread)
    if len(slopes) < 3:
        return 0.0
    slope = statistics.median(slopes)
    return slope if abs(slope) < 0.1 else 0.0  # beyond 6° it is no skew but something else


_MARKS = ("*", "**", "†", "‡")


def _by_script(line: _Line) -> list[_Line]:
    """A line Tesseract joined across a wide space, one side right-to-left and the other
    not (the Arabic cover's title and its distribution block), as two."""
    if len(line) < 2:
        return [line]
    size = statistics.median(word.bottom - word.top for word in line)
    ordered = sorted(line, key=lambda word: word.left)
    for before, after in itertools.pairwise(ordered):
        if after.left - before.right > size * 3 and has_right_to_left(
            " ".join(w.text for w in ordered if w.left <= before.left)
        ) != has_right_to_left(" ".join(w.text for w in ordered if w.left >= after.left)):
            left = {id(w) for w in ordered if w.left <= before.left}
            return [
                [w for w in line if id(w) not in left],
                [w for w in line if id(w) in left],
            ]
    return [line]


def _placed(lines: list[_Line], picture: _Picture, page: int, dpi: int) -> list[RawLine]:
    """Each line's text and box in points from the page's foot, the skew taken out."""
    slope = _skew(lines)
    scale = 72 / dpi
    height = picture.height
    words = [word for line in lines for word in line]
    rtl_page = sum(has_right_to_left(word.text) for word in words) > len(words) * 0.3
    placed: list[RawLine] = []
    for part in (part for whole in lines for part in _by_script(whole)):
        line = part
        if (
            rtl_page
            and len(line) > 1
            and line[-1].text in _MARKS
            and not any(has_right_to_left(word.text) for word in line)
        ):
            # On a right-to-left page a Latin line's footnote mark stands to its right:
            # "* A/67/50." is read first ("A/67/50 *" is how Tesseract gives it).
            line = [line[-1], *line[:-1]]
        # Each word's box turned back by the skew about the page's top left corner.
        lefts, rights, bottoms, tops = [], [], [], []
        for word in line:
            middle_x = (word.left + word.right) / 2
            middle_y = (word.top + word.bottom) / 2
            lefts.append(word.left + slope * middle_y)
            rights.append(word.right + slope * middle_y)
            bottoms.append(word.bottom - slope * middle_x)
            tops.append(word.top - slope * middle_x)
        # The feet of most words stand on the baseline (descenders are fewer).
        bottom = statistics.median(bottoms)
        size = statistics.median(b - t for b, t in zip(bottoms, tops, strict=True))
        placed.append(
            (
                _line_text(line),
                min(lefts) * scale,
                max(rights) * scale,
                (height - bottom) * scale,
                (height - bottom + size) * scale,
                page,
            )
        )
    return placed
