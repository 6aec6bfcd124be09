"""Showing text that came from outside (a file name, a value) safely on one line."""

from __future__ import annotations

import unicodedata


def one_line(text: str) -> str:
    """Returns the text with what would break or garble a line escaped.

    Control characters and line separators become ``\\n``, ``\\x1b``, ``\\u2028``; bytes of a
    file name that are not UTF-8 (which Python carries as lone surrogates) become ``\\xff``;
    any other lone surrogate ``\\udxxx``. Everything else is kept as it is, Arabic and Chinese
    included.
    """
    if text.isprintable():
        return text
    return "".join(_escaped(c) for c in text)


def _escaped(char: str) -> str:
    if char.isprintable() or char == " ":
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")
    if unicodedata.category(char) in ("Cf", "Mn", "Me", "Co", "Cn") and code < 0xD800:
        return char  # format characters (directional marks) and marks are text, not breaks
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
