"""Reading text extracted from a PDF (``.txt``)."""

from __future__ import annotations

import re
from pathlib import Path

from memberviews.core.scripts import ARABIC_CHARACTER
from memberviews.ingest.errors import ReportError
from memberviews.ingest.lines import Line
from memberviews.ingest.recognise import clean, unmirror
from memberviews.ingest.repair import repair
from memberviews.ingest.unflatten import is_flattened, unflatten

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

#: Larger than any report; a guard against reading a disk image as text.
MAX_BYTES = 50 * 1024 * 1024
#: More lines than any report has (a 1,600-page report has about 80,000): each line read
#: costs memory, so a file of millions of short lines is refused before they are made.
MAX_LINES = 1_000_000


def decode(data: bytes, name: str) -> str:
    """Decodes the bytes of a text file, refusing what is not text.

    UTF-8 first; UTF-16 with its byte-order mark (Windows "Unicode text"); then Windows-1252,
    which is what text saved from a PDF on Windows in English, French or Spanish often is.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportError(f"{name}: not readable UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise ReportError(f"{name}: not a text file (it holds binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReportError(f"{name}: not text in UTF-8, UTF-16 or Windows-1252") from None
    # Many control characters (beyond line breaks, tabs, form feeds) mean bytes, not text;
    # a few (an extractor's soft hyphens as U+0002) are tolerated.
    sample = text[:65536]
    if sum(ord(c) < 32 and c not in "\r\n\t\f" for c in sample) > max(20, len(sample) // 20):
        raise ReportError(f"{name}: not a text file (it holds binary data)")
    return text


def read_text_lines(path: Path) -> list[Line]:
    """Returns the lines of a text file with the signals the text carries.

    A form feed starts a new page; a blank line marks a gap before the next line; leading
    and trailing spaces are kept as indent and trailing flags.
    """
    # The size is known before a byte is read: a sparse disk image is never loaded.
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ReportError(f"{path.name}: too large for a report ({size // 2**20} MB)")
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:  # grew while being read
        raise ReportError(f"{path.name}: too large for a report")
    return text_lines(decode(data, path.name), path.name)


def text_lines(text: str, name: str = "<text>") -> list[Line]:
    """Splits decoded text into lines with their layout signals; ReportError beyond
    :data:`MAX_LINES` lines."""
    # OCR's certain errors first (a symbol's digits, broken leaders), so that the markers
    # below are found in scanned copies too.
    text = repair(text)
    flattened = is_flattened(text)
    if flattened:
        # Text that lost its lines: the breaks are put back first; each line is then a
        # paragraph, a heading, a tag line or a name, never a wrapped piece of one.
        text = unflatten(text)
    count = max(text.count("\n"), text.count("\r"))
    if count > MAX_LINES:
        raise ReportError(f"{name}: {count:,} lines, more than a report has ({MAX_LINES:,})")
    lines: list[Line] = []
    for page, page_text in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f")):
        gap = False
        for raw in page_text.split("\n"):
            # An extractor's hyphenation mark (U+0002) at a line's end is a soft hyphen;
            # other control characters are dropped.
            raw = _CONTROL.sub("", raw.rstrip("\x02") + "\u00ad" if raw.endswith("\x02") else raw)
            raw = clean(raw.expandtabs(4))
            if ARABIC_CHARACTER.search(raw):
                raw = unmirror(raw)
            stripped = raw.strip()
            if not stripped:
                gap = True
                continue
            lines.append(
                Line(
                    text=stripped,
                    indent=float(len(raw) - len(raw.lstrip())),
                    trailing=raw != raw.rstrip(),
                    gap=gap,
                    page=page,
                    short=True if flattened else None,
                )
            )
            gap = False
    return lines
