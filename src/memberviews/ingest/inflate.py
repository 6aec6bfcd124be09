"""What a PDF's compressed streams inflate to, bounded before pdfium reads them.

pdfium inflates a page's content stream, its fonts and object streams whole, in memory: a
stream of a few megabytes that inflates to gigabytes (a "stream bomb") would take that much
memory. Every stream in the file that is compressed with zlib (``/FlateDecode``, by far the
commonest filter) is inflated here first, piece by piece and discarding what it gives, and
the file is refused as soon as one stream passes :data:`MAX_STREAM_BYTES`. Images are passed
over: reading text never decodes them, and a scanned page's image may be large. So is a
stream too short to reach the limit: deflate expands at most 1,032 times, so one of under
130 KB compressed never does (its length: the larger of its ``/Length`` and the distance to
its ``endstream``, which are what pdfium reads; where ``/Length`` is not given directly, the
rest of the file).

Other filters are left to pdfium: LZW (rare since PDF 1.2) grows at most some thousands of
times, run-length at most 128 times, and the image filters are not decoded for text.
"""

from __future__ import annotations

import mmap
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

#: A stream that inflates to more than this is refused (a page's content runs to kilobytes,
#: an embedded font to tens of megabytes). pdfium's peak is about twice the largest stream
#: it inflates: 285 MB for a content stream of 128 MB, 548 MB for one of 256 MB; one of
#: 1 GB kept it busy for more than ten minutes.
MAX_STREAM_BYTES = 128 * 2**20

_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")
#: The most deflate expands: 258 bytes from a code of two bits, less the block overhead.
_MOST_EXPANSION = 1032
_READ = 2**16
_WRITE = 2**20


def largest_stream_over(path: Path, limit: int = MAX_STREAM_BYTES) -> bool:
    """True when a zlib-compressed stream of the PDF at ``path`` inflates past ``limit``."""
    with path.open("rb") as file:
        if not path.stat().st_size:
            return False
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for keyword, start in _streams(data):
                if not _is_zlib(data, start):
                    continue
                dictionary = _dictionary(data, keyword)
                if _IMAGE.search(dictionary):
                    continue
                if _compressed_length(data, start, dictionary) * _MOST_EXPANSION <= limit:
                    continue
                if _inflates_past(data, start, limit):
                    return True
            return False


def _is_zlib(data: mmap.mmap, start: int) -> bool:
    header = data[start : start + 2]
    return len(header) == 2 and header[0] & 0x0F == 8 and (header[0] << 8 | header[1]) % 31 == 0


def _streams(data: mmap.mmap) -> Iterator[tuple[int, int]]:
    """(where the ``stream`` keyword stands, where its data starts), for every stream; found
    with ``find``, which is many times faster over binary data than a regular expression."""
    at = data.find(b"stream")
    while at >= 0:
        after = at + len(b"stream")
        # The keyword ends its line with LF or CR LF (a lone CR too, which readers accept).
        if data[max(0, at - 3) : at] != b"end":
            if data[after : after + 2] == b"\r\n":
                yield at, after + 2
            elif data[after : after + 1] in (b"\n", b"\r"):
                yield at, after + 1
        at = data.find(b"stream", after)


def _dictionary(data: mmap.mmap, keyword: int) -> bytes:
    """The stream's dictionary: what lies between its object's "obj" and the keyword."""
    window = data[max(0, keyword - 4096) : keyword]
    return window[window.rfind(b"obj") + 3 :] if b"obj" in window else window


def _compressed_length(data: mmap.mmap, start: int, dictionary: bytes) -> int:
    length = _LENGTH.search(dictionary)
    if length is None or length.group(2):  # none, or an indirect object: assume the most
        return len(data) - start
    end = data.find(b"endstream", start)
    return max(int(length.group(1)), (end if end >= 0 else len(data)) - start)


def _inflates_past(data: mmap.mmap, start: int, limit: int) -> bool:
    inflater = zlib.decompressobj()
    inflated = 0
    position = start
    try:
        while not inflater.eof and position < len(data):
            pending = data[position : position + _READ]
            position += len(pending)
            while pending:
                inflated += len(inflater.decompress(pending, _WRITE))
                if inflated > limit:
                    return True
                pending = inflater.unconsumed_tail
    except zlib.error:
        return False  # not zlib after all, or damaged: pdfium will say what it makes of it
    return False
