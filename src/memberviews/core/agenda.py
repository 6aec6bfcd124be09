"""Agenda items: ``94 (h)`` as the document model keeps it, and as each version prints it.

The model keeps an item in its English form, a number and an optional Latin letter: ``94``
or ``94 (h)``. Each version prints the letter its own way, as its wording table says
(:attr:`~memberviews.core.wording.base.Wording.agenda_letter` and
:attr:`~memberviews.core.wording.base.Wording.agenda_letters`): ``94 (h)`` in English, Chinese
and Russian, ``94 h)`` in French and Spanish, ``94 (ح)`` in Arabic, whose sub-items are
lettered in the abjad order (أ ب ج د هـ و ز ح …: (h), the eighth letter, is ح, the eighth).
:func:`printed_item` writes an item as a version prints it; :func:`canonical_item` reads any
of these forms back.
"""

from __future__ import annotations

import re
from functools import cache

from memberviews.core.wording import WORDINGS, wording_for

#: The version whose letters the model keeps.
CANONICAL = "en"

#: An item as a version prints it: a number, then maybe a letter closed by a bracket and
#: opened by one or not: ``94``, ``94 (h)``, ``94(h)``, ``94 h)``, ``94（h）``, ``94 (هـ)``.
_ITEM = re.compile(
    r"\s*(?P<number>\d{1,3})(?:\s*(?:[(（]\s*)?(?P<letter>[^\W\d_]\u0640?)\s*[)）])?\s*"
)
_TATWEEL = "\u0640"


def canonical_item(text: str) -> str | None:
    """``"94 h)"``, ``"94 (ح)"``, ``"94(h)"`` → ``"94 (h)"``; ``"94"`` → ``"94"``.

    A letter of some version's sequence becomes the Latin letter at its place (``ح`` and
    ``h`` are both the eighth); a letter of no sequence (a Cyrillic one, the Arabic 27th and
    28th) is kept as found. Returns None for text that is no agenda item.
    """
    match = _ITEM.fullmatch(text)
    if match is None:
        return None
    number = str(int(match.group("number")))
    found = match.group("letter")
    if found is None:
        return number
    letter = _letters().get(_fold(found), found.replace(_TATWEEL, ""))
    return f"{number} ({letter})"


def printed_item(item: str, language: str) -> str:
    """The item as the version in ``language`` prints it: ``"94 (h)"`` → ``"94 h)"`` in
    French, ``"94 (ح)"`` in Arabic.

    An item that is no agenda item, or whose letter has no place in the version's sequence,
    is returned unchanged.
    """
    canonical = canonical_item(item)
    if canonical is None:
        return item
    number, _, bracketed = canonical.partition(" ")
    if not bracketed:
        return number
    latin = wording_for(CANONICAL).agenda_letters
    words = wording_for(language)
    letter = bracketed[1:-1]
    if letter not in latin or latin.index(letter) >= len(words.agenda_letters):
        return item
    own = words.agenda_letters[latin.index(letter)]
    return f"{number} {words.agenda_letter.format(letter=own)}"


def _fold(letter: str) -> str:
    """Folds what writing varies: case, tatweel (``هـ`` and ``ه``), the hamza of alef."""
    folded = letter.casefold().replace(_TATWEEL, "")
    return folded.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


@cache
def _letters() -> dict[str, str]:
    """Every version's letters, folded, to the canonical letter at the same place."""
    latin = wording_for(CANONICAL).agenda_letters
    letters: dict[str, str] = {}
    for words in (wording_for(CANONICAL), *WORDINGS.values()):
        for own, letter in zip(words.agenda_letters, latin, strict=False):
            letters.setdefault(_fold(own), letter)
    return letters
