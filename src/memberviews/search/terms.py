"""The multilingual term list: the names of the same thing in the six languages, so that a
search for one finds the others ("Conference on Disarmament" finds 裁军谈判会议).

The list ships as ``memberviews/core/data/terms.csv`` (header ``en,fr,es,ru,zh,ar``, one
term a row, variants of a form separated by ``|``); the archive adds the terms its users
entered. A typed term or phrase names an entry when it reads, after analysis (stems without
case or accents; Chinese without spaces or punctuation), as one of the entry's forms in
a language of its script: "conferences on disarmament" and "Конференции по разоружению"
name the entry above."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from memberviews.core.states import read_data_csv
from memberviews.search.analysis import LANGUAGES, script_languages, terms, words

#: The columns of the term list, in its order.
COLUMNS = ("en", "fr", "es", "ru", "zh", "ar")
#: What separates the variants of a form in one cell ("NPT|Non-Proliferation Treaty").
VARIANTS = "|"


@dataclass(frozen=True, eq=False)
class Entry:
    """One term: its forms in each language that has any, variants first-written first."""

    forms: Mapping[str, tuple[str, ...]]


def key(text: str, language: str) -> tuple[str, ...]:
    """What ``text`` reads as in ``language`` for the term list: its stems, or for Chinese
    its characters without spaces or punctuation (as one piece)."""
    if language == "zh":
        joined = "".join(w.text for w in words(text)).casefold()
        return (joined,) if joined else ()
    return tuple(terms(text, language))


def read_terms(text: str) -> list[Entry]:
    """The entries of a term list in CSV (``en,fr,es,ru,zh,ar``), blank rows left out."""
    return entries(csv.DictReader(io.StringIO(text)))


def shipped_terms() -> list[Entry]:
    """The entries of the term list shipped with memberviews."""
    return entries(read_data_csv("terms.csv"))


def entries(rows: Iterable[Mapping[str, str | None]]) -> list[Entry]:
    """Entries made from rows keyed by language code (a CSV row, a database row): cells
    split into variants, blanks dropped; a row with no form at all is left out."""
    made: list[Entry] = []
    for row in rows:
        forms: dict[str, tuple[str, ...]] = {}
        for language in LANGUAGES:
            cell = row.get(language) or ""
            variants = tuple(
                dict.fromkeys(" ".join(v.split()) for v in cell.split(VARIANTS) if v.strip())
            )
            if variants:
                forms[language] = variants
        if forms:
            made.append(Entry(forms))
    return made


class TermList:
    """Entries looked up by what a typed term reads as."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        self._index: dict[str, dict[tuple[str, ...], list[Entry]]] = {
            language: {} for language in LANGUAGES
        }
        #: The most words a form has: a longer run of typed words names nothing.
        self.longest = 1
        for entry in self.entries:
            for language, variants in entry.forms.items():
                for variant in variants:
                    found = key(variant, language)
                    if not found:
                        continue
                    listed = self._index[language].setdefault(found, [])
                    if entry not in listed:
                        listed.append(entry)
                    # A Chinese form may be typed in as many pieces as it has characters.
                    size = len(found[0]) if language == "zh" else len(found)
                    self.longest = max(self.longest, size)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> list[Entry]:
        """The entries ``text`` names, in any language of its script."""
        found: list[Entry] = []
        for language in script_languages(text):
            for entry in self._index[language].get(key(text, language), ()):
                if entry not in found:
                    found.append(entry)
        return found
