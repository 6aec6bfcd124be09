"""The six official languages of the United Nations and what the documents need of each.

Each language's wording (tags, section titles, month names, number words) lives in its own
table in :mod:`memberviews.core.wording`; ingest reads those tables and render writes from
them, so a pattern added there works in both directions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["ltr", "rtl"]

#: ISO 639-1 codes of the six official languages, in the order the UN lists them.
CODES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")


@dataclass(frozen=True)
class Language:
    """One official language: its code, the letter of its job-number suffix, its direction."""

    code: str
    job_letter: str
    direction: Direction
    english_name: str
    bcp47: str

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


LANGUAGES: dict[str, Language] = {
    "ar": Language("ar", "A", "rtl", "Arabic", "ar"),
    "zh": Language("zh", "C", "ltr", "Chinese", "zh-CN"),
    "en": Language("en", "E", "ltr", "English", "en"),
    "fr": Language("fr", "F", "ltr", "French", "fr"),
    "ru": Language("ru", "R", "ltr", "Russian", "ru"),
    "es": Language("es", "S", "ltr", "Spanish", "es"),
}

_BY_LETTER = {lang.job_letter: lang for lang in LANGUAGES.values()}


class LanguageError(ValueError):
    """A language code or job-number letter that is not one of the six."""


def get_language(code: str) -> Language:
    """Returns the language for an ISO 639-1 code (``"zh"``; ``"zh-CN"`` is accepted too)."""
    key = code.strip().lower().split("-")[0].split("_")[0]
    try:
        return LANGUAGES[key]
    except KeyError:
        raise LanguageError(
            f"{code!r} is not an official UN language (one of {', '.join(CODES)})"
        ) from None


def language_for_job_letter(letter: str) -> Language:
    """Returns the language a job-number letter names (``C`` in ``12-41312 (C)`` is Chinese)."""
    try:
        return _BY_LETTER[letter.strip().upper()]
    except KeyError:
        raise LanguageError(
            f"{letter!r} is not a job-number language letter (A C E F R S)"
        ) from None
