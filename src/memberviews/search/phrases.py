"""The term list's forms of several words, held by the SQLite index as one token each.

A phrase whose words are each common ("Conference on Disarmament": "on" is in most English
paragraphs) costs FTS5 a read of every word's positions in each paragraph that holds them
all: tens of milliseconds in a million paragraphs, for each language a term is widened to.
The forms of the shipped term list are known before any paragraph is indexed, so the index
holds, after a paragraph's stems, one more token for each place such a form stands in it
(:meth:`Phrases.tokens`), and a search asks for that token instead of the phrase
(:meth:`Phrases.token`): one short list to read, and the same paragraphs found.

Forms added by users are searched as phrases: the paragraphs indexed before them do not
hold their token. A change to the shipped forms changes what the index must hold, so it
comes with a migration that indexes the paragraphs again: ``tests/search/test_phrases.py``
fails until the latest such migration's ``PHRASES`` is the shipped forms' digest."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

from memberviews.search.terms import Entry, key, shipped_terms

#: What a phrase's token starts with: no stem does (stems are words of a text).
PREFIX = "zzphrase"


class Phrases:
    """Forms of two words or more, by language (Chinese is left out: its forms are found
    as written, by trigrams)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._forms: dict[str, set[tuple[str, ...]]] = {}
        #: The forms by their first stem, longest first.
        self._starting: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for entry in entries:
            for language, variants in entry.forms.items():
                if language == "zh":
                    continue
                for variant in variants:
                    form = key(variant, language)
                    if len(form) < 2 or form in self._forms.setdefault(language, set()):
                        continue
                    self._forms[language].add(form)
                    starting = self._starting.setdefault(language, {})
                    starting.setdefault(form[0], []).append(form)
        for starting in self._starting.values():
            for forms in starting.values():
                forms.sort(key=len, reverse=True)

    def token(self, language: str, stems: tuple[str, ...]) -> str | None:
        """The token the index holds for the form ``stems`` in ``language``; None when it is
        not one of these forms (it is searched as a phrase)."""
        if stems not in self._forms.get(language, ()):
            return None
        return _token(language, stems)

    def tokens(self, stems: list[str], language: str) -> list[str]:
        """The tokens of the forms that stand in ``stems`` (a paragraph's, in order), one
        for each place a form starts."""
        starting = self._starting.get(language)
        if not starting:
            return []
        found: list[str] = []
        for start, first in enumerate(stems):
            for form in starting.get(first, ()):
                if tuple(stems[start : start + len(form)]) == form:
                    found.append(_token(language, form))
        return found

    def digest(self) -> str:
        """What tells these forms from others: a migration records it."""
        listed = sorted(
            f"{language} {' '.join(form)}"
            for language, forms in self._forms.items()
            for form in forms
        )
        return hashlib.sha256("\n".join(listed).encode()).hexdigest()[:16]


def _token(language: str, stems: tuple[str, ...]) -> str:
    described = f"{language} {' '.join(stems)}".encode()
    return PREFIX + hashlib.blake2b(described, digest_size=8).hexdigest()


@cache
def shipped_phrases() -> Phrases:
    """The shipped term list's forms of several words."""
    return Phrases(shipped_terms())
