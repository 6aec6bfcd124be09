"""Telling which language version a document is."""

from __future__ import annotations

import re
from collections import Counter

from memberviews.core.scripts import ARABIC_CHARACTER, CYRILLIC_CHARACTER, HAN_CHARACTER
from memberviews.core.wording import WORDINGS

_SCRIPTS = {
    "zh": HAN_CHARACTER,
    "ar": ARABIC_CHARACTER,
    "ru": CYRILLIC_CHARACTER,
}
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORD = re.compile(r"[a-záéíóúñàâçèêëîïôûüœ]+")


def detect_language(text: str) -> str | None:
    """Returns the language code of the text, or None when it has no letters to go on.

    The script decides Chinese, Arabic and Russian; the commonest short words decide
    between English, French and Spanish.
    """
    sample = text[:20_000]
    counts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS.items()}
    latin = len(_LATIN.findall(sample))
    total = sum(counts.values()) + latin
    if total == 0:
        return None
    # Chinese characters carry a word each; weigh them up against letters.
    weighted = {code: n * (3 if code == "zh" else 1) for code, n in counts.items()}
    best = max(weighted, key=lambda c: weighted[c])
    if weighted[best] > latin * 0.5:
        return best
    words = Counter(_WORD.findall(sample.lower()))
    scores = {code: sum(words[w] for w in WORDINGS[code].stopwords) for code in ("en", "fr", "es")}
    best_latin = max(scores, key=lambda c: scores[c])
    return best_latin if scores[best_latin] > 0 else None
