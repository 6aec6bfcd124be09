"""The Unicode script classes the documents need: Chinese, Cyrillic, Arabic, right to left.

Each class is written once, here, as the inside of a regular-expression character class, so
that patterns elsewhere can combine it (``rf"\\s(?=[{CJK}])"``), and compiled once for the
common searches. The typst template gets :data:`CJK_LETTERS` as data, not a copy of its own.
"""

from __future__ import annotations

import re

#: Han ideographs: the unified ideographs, extension A and the compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The letters of the East Asian scripts that write words without spaces: Han, kana, Hangul.
CJK_LETTERS = HAN + "\u3040-\u30ff\uac00-\ud7af"
#: Everything set full width and written without spaces between words: the letters above,
#: radicals, CJK punctuation ("。", "、") and the fullwidth forms ("（", "："), Hangul too.
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af"
#: The Cyrillic block.
CYRILLIC = "\u0400-\u04ff"
#: The Arabic block: Arabic letters, digits, marks and punctuation.
ARABIC = "\u0600-\u06ff"
#: The right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"

HAN_CHARACTER = re.compile(f"[{HAN}]")
CJK_LETTER = re.compile(f"[{CJK_LETTERS}]")
CJK_CHARACTER = re.compile(f"[{CJK}]")
CYRILLIC_CHARACTER = re.compile(f"[{CYRILLIC}]")
ARABIC_CHARACTER = re.compile(f"[{ARABIC}]")
RIGHT_TO_LEFT_CHARACTER = re.compile(f"[{RIGHT_TO_LEFT}]")


def has_right_to_left(text: str) -> bool:
    """Whether the text holds a letter of a right-to-left script."""
    return RIGHT_TO_LEFT_CHARACTER.search(text) is not None
