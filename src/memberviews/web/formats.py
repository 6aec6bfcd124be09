"""Dates, times and numbers as each language writes them (Babel), in the active language.

English dates are written the UN's way, day first ("30 November 2026"); Arabic keeps
Western digits, as UN Arabic documents do."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from django.utils.translation import get_language

_LOCALES = {"en": "en_GB", "zh": "zh_Hans_CN", "ar": "ar", "fr": "fr", "ru": "ru", "es": "es"}


def locale_of(language: str | None = None) -> str:
    """Babel's locale for a pages' language code (the active one by default)."""
    code = (language or get_language() or "en").lower()
    return _LOCALES.get(code[:2], "en_GB")


def day(value: date | None, language: str | None = None) -> str:
    """A date written out ("30 November 2026", "2026年11月30日")."""
    if value is None:
        return ""
    return format_date(value, "long", locale=locale_of(language))


def moment(value: datetime | None, zone: str = "UTC", language: str | None = None) -> str:
    """A date and time in the time zone ``zone``, with the zone's name."""
    if value is None:
        return ""
    tz = ZoneInfo(zone)
    shown = format_datetime(value, "medium", tzinfo=tz, locale=locale_of(language))
    return f"{shown} ({zone})"


def number(value: float | int, language: str | None = None) -> str:
    return format_decimal(value, locale=locale_of(language), numbering_system="latn")
