"""What a PDF's compressed streams inflate to, bounded before pdfium reads them.

pdfium inflates a page's content stream, its fonts and object streams whole, in memory: a
stream of a few megabytes that inflates to gigabytes (a "stream bomb") would take that much
memory. Every stream in the file that is compressed with zlib (``/FlateDecode``, by far the
commonest filter) is inflated here first, piece by piece and discarding what it gives, and
the file is refused as soon as one stream passes :data:`MAX_STREAM_BYTES`. Images are passed
over: reading text never decodes them, and a scanned page's image may be large.

Other filters are left to pdfium: LZW (rare since PDF 1.2) grows at most some thousands of
times, run-length at most 128 times, and the image filters are not decoded for text.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

#: A stream that inflates to more than this is refused (a page's content runs to kilobytes,
#: an embedded font to tens of megabytes). pdfium's peak is about twice the largest stream
#: it inflates: 285 MB for a content stream of 128 MB, 548 MB for one of 256 MB; one of
#: 1 GB kept it busy for more than ten minutes.
MAX_STREAM_BYTES = 128 * 2**20

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_OBJECT = re.compile(rb"\bobj\b")
_READ = 2**16
_WRITE = 2**20


def largest_stream_over(path: Path, limit: int = MAX_STREAM_BYTES) -> bool:
    """True when a zlib-compressed stream of the PDF at ``path`` inflates past ``limit``."""
    with path.open("rb") as file:
        if not path.stat().st_size:
            return False
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return any(
                _inflates_past(data, match.end(), limit)
                for match in _STREAM.finditer(data)
                if _is_zlib(data, match.end()) and not _is_image(data, match.start())
            )


def _is_zlib(data: mmap.mmap, start: int) -> bool:
    header = data[start : start + 2]
    return len(header) == 2 and header[0] & 0x0F == 8 and (header[0] << 8 | header[1]) % 31 == 0


def _is_image(data: mmap.mmap, keyword: int) -> bool:
    # The stream's dictionary lies between its object's "obj" and the keyword.
    window = data[max(0, keyword - 4096) : keyword]
    objects = list(_OBJECT.finditer(window))
    dictionary = window[objects[-1].end() :] if objects else window
    return _IMAGE.search(dictionary) is not None


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
