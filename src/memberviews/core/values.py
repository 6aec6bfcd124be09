"""Checking values read from JSON, YAML or a form: one error type, one-line messages.

Every checker takes the value and ``where`` it stands (``replies[2].date``) and returns the
value in its Python type, or raises :class:`ValueProblem` whose message is one line:
``replies[2].date: '2012-02-30' is not a date (YYYY-MM-DD)``. The JSON of the document
model (:mod:`memberviews.core.model`) and consultation files (:mod:`memberviews.compose.load`)
are both read with these, and so will the web app's forms be.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from memberviews.core.display import one_line
from memberviews.core.languages import CODES

Choice = TypeVar("Choice", bound=StrEnum)

_SURROGATE = re.compile("[\ud800-\udfff]")


class ValueProblem(ValueError):
    """A value that is not what its place needs. ``str()`` is ``"where: problem"``."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(one_line(f"{where}: {problem}" if where else problem))
        self.where = where
        self.problem = problem


def fail(where: str, problem: str) -> NoReturn:
    """Raises :class:`ValueProblem` for the value at ``where``."""
    raise ValueProblem(where, problem)


def required(data: Mapping[str, Any], key: str, where: str) -> Any:
    """Returns ``data[key]``; a problem at ``where.key`` when it is missing or null."""
    value = data.get(key)
    if value is None:
        fail(f"{where}.{key}" if where else key, "missing (required)")
    return value


def fields(value: Any, where: str, known: Collection[str] | None = None) -> Mapping[str, Any]:
    """Returns a mapping; with ``known``, a key outside it is a problem ("unknown field")."""
    if not isinstance(value, Mapping):
        fail(where or "the file", "a mapping of fields was expected")
    if known is not None:
        for key in value:
            if not isinstance(key, str) or key not in known:
                inside = f"{where}." if where else ""
                expected = ", ".join(sorted(known))
                fail(f"{inside}{key}", f"unknown field (expected one of {expected})")
    return value


def items(value: Any, where: str) -> list[Any]:
    """Returns a list."""
    if not isinstance(value, list):
        fail(where, "a list was expected")
    return value


def text(value: Any, where: str, *, numbers: bool = False) -> str:
    """Returns a string; with ``numbers``, a whole number is taken as its digits (YAML reads
    ``reference: 2012`` as a number)."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            fail(where, "a text with a lone surrogate (\\ud800–\\udfff), which is no character")
        return value
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    fail(where, f"a text was expected, not {value!r}")


def optional_text(
    value: Any, where: str, *, strip: bool = False, numbers: bool = False
) -> str | None:
    """Returns a string or None; with ``strip``, surrounding space is dropped and an empty
    text is None."""
    if value is None:
        return None
    found = text(value, where, numbers=numbers)
    return (found.strip() or None) if strip else found


def texts(value: Any, where: str) -> list[str]:
    """Returns a list of strings."""
    return [text(v, f"{where}[{i}]") for i, v in enumerate(items(value, where))]


def whole_number(value: Any, where: str, *, positive: bool = False, digits: bool = False) -> int:
    """Returns an int; ``positive`` refuses 0 and less, ``digits`` takes ``"8"`` for 8."""
    if digits and isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or (positive and value < 1):
        fail(where, f"a whole number was expected, not {value!r}")
    return value


def optional_whole_number(value: Any, where: str) -> int | None:
    """Returns an int or None."""
    return None if value is None else whole_number(value, where)


def boolean(value: Any, where: str) -> bool:
    """Returns true or false."""
    if not isinstance(value, bool):
        fail(where, f"true or false was expected, not {value!r}")
    return value


def optional_boolean(value: Any, where: str) -> bool | None:
    """Returns true, false or None."""
    if value is not None and not isinstance(value, bool):
        fail(where, f"true, false or null was expected, not {value!r}")
    return value


def optional_choice(value: Any, where: str, choices: type[Choice]) -> Choice | None:
    """Returns the member of a vocabulary (:class:`~enum.StrEnum`) a text names, or None."""
    name = optional_text(value, where)
    if name is None:
        return None
    try:
        return choices(name)
    except ValueError:
        fail(where, f"{name!r} is not one of {', '.join(choices)}")


def date(value: Any, where: str) -> dt.date:
    """Returns a date from ``YYYY-MM-DD`` (or a date YAML has read already); a date with a
    time, an impossible date or another form is a problem."""
    if isinstance(value, dt.datetime):
        fail(where, f"a date without a time was expected, not {value.isoformat()}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    fail(where, f"{value!r} is not a date (YYYY-MM-DD)")


def optional_date(value: Any, where: str) -> dt.date | None:
    """Returns a date or None (see :func:`date`)."""
    return None if value is None else date(value, where)


def iso_date(value: Any, where: str) -> dt.date | None:
    """Returns a date or None from the JSON contract, which writes dates as ISO 8601 text."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    fail(where, f"an ISO 8601 date (YYYY-MM-DD) was expected, not {value!r}")


def language(value: Any, where: str) -> str:
    """Returns the ISO 639-1 code of an official language (``"es"``; ``" ES "`` too)."""
    if not isinstance(value, str) or value.strip().lower() not in CODES:
        fail(where, f"{value!r} is not an official UN language (one of {', '.join(CODES)})")
    return value.strip().lower()


def per_language(value: Any, where: str) -> dict[str, str]:
    """Returns a text per language code, in the UN's order of the languages, leaving out
    languages whose text is empty or null."""
    if value is None:
        return {}
    if isinstance(value, str):
        fail(where, "a text per language was expected, e.g. {en: …, zh: …}")
    data = language_fields(value, where)
    found = {
        code: optional_text(t, f"{where}.{code}", strip=True, numbers=True)
        for code, t in data.items()
    }
    return {code: found[code] or "" for code in CODES if found.get(code)}


def language_fields(value: Any, where: str) -> Mapping[str, Any]:
    """Returns a mapping keyed by language codes; another key is a problem naming it."""
    data = fields(value, where)
    for key in data:
        if not isinstance(key, str) or key not in CODES:
            language(key, where)  # names the problem when the key is no language at all
            fail(f"{where}.{key}", f"unknown field (expected one of {', '.join(sorted(CODES))})")
    return data
