"""What changed between two texts, word by word, in any of the six languages.

A text is cut into tokens that put it back together exactly: words, runs of spaces, and each
other character (punctuation) alone. A word is a run of letters, digits and the marks that
go on them (Arabic vowel signs, Cyrillic stress marks), so Arabic, Cyrillic and Latin words
are whole; Chinese, written without spaces, is cut into words by jieba. The tokens are then
compared with :mod:`difflib`, and what changed comes back as pieces to show with
``<del>`` and ``<ins>``.

Replies are compared paragraph by paragraph: paragraphs are matched first (the same
paragraph in both is unchanged), then a changed paragraph is compared word by word with the
one that took its place, unless the two have too little in common to read as an edit, in
which case the one is shown deleted and the other inserted."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Change = Literal["same", "deleted", "inserted"]

#: Below this share of words in common, two paragraphs are shown as one deleted and another
#: inserted rather than as an edit of each other (a word-by-word diff of two unrelated
#: sentences is confetti that matches only "the" and "of").
REWRITTEN_BELOW = 0.4


@dataclass(frozen=True)
class Piece:
    """A stretch of text, unchanged, deleted (only in the earlier text) or inserted."""

    change: Change
    text: str


def tokens(text: str, language: str) -> list[str]:
    """The text's words, runs of spaces and other characters, in order: joined, they are
    the text. Chinese is cut into words by jieba (its precise mode, whose words do not
    overlap, unlike the search index's)."""
    if language.startswith("zh"):
        import jieba

        return [word for word in jieba.cut(text) if word]
    found: list[str] = []
    kind_before = ""
    for char in text:
        kind = _kind(char)
        if found and kind == kind_before and kind != "other":
            found[-1] += char
        else:
            found.append(char)
        kind_before = kind
    return found


def _kind(char: str) -> str:
    if char.isalnum() or unicodedata.category(char).startswith("M"):
        return "word"
    if char.isspace():
        return "space"
    return "other"


def diff_words(before: str, after: str, language: str) -> list[Piece]:
    """The pieces that turn ``before`` into ``after``: the unchanged, deleted and inserted
    stretches in reading order (a deletion before the insertion that replaces it)."""
    old, new = tokens(before, language), tokens(after, language)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in _without_lone_spaces(matcher.get_opcodes(), old):
        if op == "equal":
            _add(pieces, "same", "".join(old[i1:i2]))
            continue
        _add(pieces, "deleted", "".join(old[i1:i2]))
        _add(pieces, "inserted", "".join(new[j1:j2]))
    return pieces


def _without_lone_spaces(
    opcodes: Sequence[tuple[str, int, int, int, int]], old: list[str]
) -> list[tuple[str, int, int, int, int]]:
    """The opcodes with each unchanged run of mere spaces between two changes folded into
    them, so that "a b" → "c d" reads as one replacement, not two around a kept space."""
    merged: list[tuple[str, int, int, int, int]] = []
    for n, code in enumerate(opcodes):
        op, i1, i2, j1, j2 = code
        between = 0 < n < len(opcodes) - 1
        if op == "equal" and between and all(not t.strip() for t in old[i1:i2]):
            op = "replace"
        if merged and op != "equal" and merged[-1][0] != "equal":
            previous = merged.pop()
            merged.append(("replace", previous[1], i2, previous[3], j2))
        else:
            merged.append((op, i1, i2, j1, j2))
    return merged


def _add(pieces: list[Piece], change: Change, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].change == change:
        pieces[-1] = Piece(change, pieces[-1].text + text)
    else:
        pieces.append(Piece(change, text))


def diff_paragraphs(
    before: Sequence[str], after: Sequence[str], language: str
) -> list[list[Piece]]:
    """The paragraphs of the comparison, each as its pieces: unchanged paragraphs whole, a
    paragraph only in ``before`` deleted, only in ``after`` inserted, and an edited one word
    by word."""
    matcher = difflib.SequenceMatcher(None, list(before), list(after), autojunk=False)
    shown: list[list[Piece]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            shown.extend([Piece("same", text)] for text in before[i1:i2])
            continue
        old, new = list(before[i1:i2]), list(after[j1:j2])
        # Edited paragraphs are paired in order; what is left over was deleted or added.
        for first, second in zip(old, new, strict=False):
            shown.extend(_edited(first, second, language))
        shown.extend([Piece("deleted", text)] for text in old[len(new) :])
        shown.extend([Piece("inserted", text)] for text in new[len(old) :])
    return shown


def _edited(before: str, after: str, language: str) -> list[list[Piece]]:
    pieces = diff_words(before, after, language)
    if similarity(pieces, language) < REWRITTEN_BELOW:
        return [[Piece("deleted", before)], [Piece("inserted", after)]]
    return [pieces]


def similarity(pieces: Sequence[Piece], language: str) -> float:
    """The share of the words of both texts that the pieces keep unchanged (1.0 for the
    same text, 0.0 for texts with no word in common)."""
    kept = changed = 0
    for piece in pieces:
        words = sum(1 for t in tokens(piece.text, language) if _kind(t[0]) == "word")
        if piece.change == "same":
            kept += 2 * words
        else:
            changed += words
    total = kept + changed
    return kept / total if total else 1.0
