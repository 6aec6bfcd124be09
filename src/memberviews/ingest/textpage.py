"""A page's characters as pdfium measures them: boxes, font boxes and sizes.

pypdfium2's ``get_charbox`` makes new ctypes buffers at every call; reading a long report
measures tens of thousands of characters, so these calls share a page's buffers. They make
the same pdfium calls and give the same numbers.
"""

from __future__ import annotations

import ctypes
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


class TextPage:
    """A pdfium text page's characters, by their index in the page's text. Not thread-safe
    (pdfium is not either): one per page being read."""

    __slots__ = ("_bottom", "_left", "_matrix", "_raw", "_rect", "_right", "_top", "textpage")

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage = textpage
        self._raw = textpage.raw
        self._left, self._right = ctypes.c_double(), ctypes.c_double()
        self._bottom, self._top = ctypes.c_double(), ctypes.c_double()
        self._rect = pdfium_c.FS_RECTF()
        self._matrix = pdfium_c.FS_MATRIX()

    def box(self, index: int) -> tuple[float, float, float, float]:
        """The character's ink: left, bottom, right, top (``get_charbox``)."""
        left, right, bottom, top = self._left, self._right, self._bottom, self._top
        if not pdfium_c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return left.value, bottom.value, right.value, top.value

    def font_box(self, index: int) -> tuple[float, float, float, float]:
        """The character's font box, where the pen stood: left, bottom, right, top
        (``get_charbox(loose=True)``)."""
        rect = self._rect
        if not pdfium_c.FPDFText_GetLooseCharBox(self._raw, index, rect):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return rect.left, rect.bottom, rect.right, rect.top

    def font_size(self, index: int) -> float:
        """The size a character is set in, in points: its font's size scaled as the text is
        (Word with Acrobat sets every font at size 1 and scales the text). Not its font
        box, which pdfium takes from the font's bounding box: an embedded subset's box is
        that of the glyphs it holds, so one size can measure 10 points in bold and 11.7 in
        a regular face that has an "É"."""
        size = float(pdfium_c.FPDFText_GetFontSize(self._raw, index))
        matrix = self._matrix
        if pdfium_c.FPDFText_GetMatrix(self._raw, index, matrix):
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        return size

    def text(self, index: int, count: int) -> str:
        """The page's text from character ``index``, ``count`` characters."""
        text: str = self.textpage.get_text_range(index, count)
        return text
