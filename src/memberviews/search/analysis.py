"""Words as the search index holds them.

The same analysis serves the index (what a paragraph's text becomes), the query (what a
typed word becomes) and the highlighting (which words of a paragraph matched): a word of
English, French, Spanish, Russian or Arabic text becomes its Snowball stem, without case
(and, in the Latin-script languages, without accents); Chinese text becomes jieba's words.
Which languages a typed term is searched in follows from its script."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import jieba
import snowballstemmer

# jieba announces the loading of its dictionary on stderr at its default level.
jieba.setLogLevel(logging.WARNING)

#: The six official languages, by ISO 639-1 code.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

_SNOWBALL = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
_LATIN = ("en", "fr", "es")

# A word: letters and digits, with the combining marks written on them (Arabic vowel signs
# are marks, not letters, and would otherwise cut a word in two).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489"  # Latin and Cyrillic combining marks
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Arabic
)
#: A word of any of the six languages' text (a run of Chinese characters is one): from a
#: letter or digit on, letters, digits, marks (and the rare underscore, for speed).
WORD = re.compile(rf"[^\W_][\w{_MARKS}]*")
_ARABIC_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]"
)


@dataclass(frozen=True)
class Word:
    """A word of a text, where it stands in it."""

    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """The words of ``text`` (runs of letters and digits), with their offsets. A run of
    Chinese characters is one word here; :func:`segment` cuts it."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def segment(text: str) -> list[str]:
    """The Chinese words of ``text`` (jieba's search mode: long words and their parts)."""
    return [w for w in jieba.cut_for_search(text) if w.strip()]


def chinese_words(text: str) -> list[str]:
    """The words the index holds for Chinese ``text``: jieba's words, without punctuation."""
    return [w for w in segment(text) if WORD.search(w)]


@cache
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(_SNOWBALL[language])


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The form under which the index holds ``word`` of a text in ``language``: its Snowball
    stem, without case; in English, French and Spanish also without accents ("désarmement"
    and "desarmement" are one word), in Russian with ё read as е, in Arabic without vowel
    signs and tatweel. Chinese words are held as they are."""
    folded = unicodedata.normalize("NFC", word).casefold()
    if language == "zh" or language not in _SNOWBALL:
        return folded
    if language == "ar":
        folded = _ARABIC_MARKS.sub("", folded)
    elif language == "ru":
        folded = folded.replace("ё", "е")
    stemmed: str = _stemmer(language).stemWord(folded)
    if language in _LATIN:
        stemmed = _without_accents(stemmed)
    return stemmed


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def terms(text: str, language: str) -> list[str]:
    """What the index holds for ``text`` in ``language``, in order: the stems of its words,
    or, for Chinese, jieba's words."""
    if language == "zh":
        return [w.casefold() for w in chinese_words(text)]
    return [stem(word, language) for word in WORD.findall(text)]


@cache
def stop_stems(language: str) -> frozenset[str]:
    """The stems of ``language``'s stop words ("on", "de", "по": words in most paragraphs,
    which a run of typed words leaves out); none for Arabic and Chinese. The lists are
    Snowball's, as PostgreSQL ships them (``core/data/STOPWORDS.md``)."""
    data = resources.files("memberviews.core") / "data" / f"stopwords-{language}.txt"
    if language not in _SNOWBALL or not data.is_file():
        return frozenset()
    listed = data.read_text(encoding="utf-8").split()
    return frozenset(stem(word, language) for word in listed)


def is_chinese(char: str) -> bool:
    """Whether ``char`` is a Chinese character (a CJK ideograph)."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FA1F
        or 0xF900 <= code <= 0xFAFF
    )


def script_languages(text: str) -> tuple[str, ...]:
    """The languages a typed term is searched in, by the script of its first letter:
    Chinese characters in Chinese, Arabic letters in Arabic, Cyrillic in Russian, Latin (and
    any other script) in English, French and Spanish; a term of digits only in all six."""
    for char in text:
        if not char.isalpha():
            continue
        if is_chinese(char):
            return ("zh",)
        name = unicodedata.name(char, "")
        if name.startswith("ARABIC"):
            return ("ar",)
        if name.startswith("CYRILLIC"):
            return ("ru",)
        return _LATIN
    return LANGUAGES if any(c.isdigit() for c in text) else ()
