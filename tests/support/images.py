"""Small images made in the tests: a stand-in for the emblem (the UN's own is not to be
copied into tests)."""

from __future__ import annotations

import struct
import zlib


def png(width: int, height: int) -> bytes:
    """An opaque PNG of that size, UN blue (8-bit RGB)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = (b"\x00" + b"\x00\x5b\x92" * width) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
