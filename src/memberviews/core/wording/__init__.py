"""One wording table per official language, read by ingest and (later) by render.

A table holds everything a report says in its language: how the ``[Original: …]`` tag
names each language, the month names and date form, the section numbers and titles, the
words for a session ("sixty-seventh session"), and the words that introduce a mandate and a
note verbale. Variation between languages is data here, never a branch in the parser.
"""

from __future__ import annotations

from memberviews.core.wording import ar, en, es, fr, ru, zh
from memberviews.core.wording.base import Wording, normalize_words

__all__ = ["WORDINGS", "Wording", "normalize_words", "wording_for"]

WORDINGS: dict[str, Wording] = {
    w.code: w for w in (ar.WORDING, zh.WORDING, en.WORDING, fr.WORDING, ru.WORDING, es.WORDING)
}


def wording_for(code: str) -> Wording:
    """Returns the wording table of a language code (``en``, ``zh``…)."""
    return WORDINGS[code]
