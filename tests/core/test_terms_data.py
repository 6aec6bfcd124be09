"""The shipped term list ``memberviews/core/data/terms.csv``: its form, not its search.

The list is described in ``memberviews/core/data/TERMS.md``: one concept a row, the UN's own
rendering of it in the six languages (header ``en,fr,es,ru,zh,ar``), variants of one language
separated by ``|``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from importlib import resources

import pytest

from memberviews.core.scripts import ARABIC_CHARACTER, CYRILLIC_CHARACTER, HAN_CHARACTER

HEADER = ["en", "fr", "es", "ru", "zh", "ar"]
FIRST_ROW = [
    "Conference on Disarmament",
    "Conférence du désarmement",
    "Conferencia de Desarme",
    "Конференция по разоружению",
    "裁军谈判会议",
    "مؤتمر نزع السلاح",
]


def text() -> str:
    return (resources.files("memberviews.core") / "data" / "terms.csv").read_text(encoding="utf-8")


def table() -> list[list[str]]:
    return list(csv.reader(io.StringIO(text())))


def rows() -> list[dict[str, str]]:
    return [dict(zip(HEADER, row, strict=True)) for row in table()[1:]]


def variants(cell: str) -> list[str]:
    return cell.split("|")


def test_the_header_is_exactly_the_six_languages() -> None:
    assert text().splitlines()[0] == "en,fr,es,ru,zh,ar"
    assert table()[0] == HEADER


def test_the_first_row_is_the_conference_on_disarmament() -> None:
    assert table()[1] == FIRST_ROW


def test_there_are_at_least_300_rows() -> None:
    assert len(rows()) >= 300


def test_every_row_has_six_non_empty_languages() -> None:
    for number, row in enumerate(table()[1:], start=2):
        assert len(row) == len(HEADER), (number, row)
        for language, cell in zip(HEADER, row, strict=True):
            assert cell.strip(), (number, language)
            for variant in variants(cell):
                assert variant.strip(), (number, language, cell)
                assert variant == variant.strip(), (number, language, cell)
                assert "  " not in variant, (number, language, cell)


def test_no_english_term_is_listed_twice() -> None:
    counts = Counter(variant.casefold() for row in rows() for variant in variants(row["en"]))
    assert [term for term, n in counts.items() if n > 1] == []


def test_no_form_names_two_concepts_in_one_language() -> None:
    for language in HEADER:
        counts = Counter(
            variant.casefold() for row in rows() for variant in variants(row[language])
        )
        assert [form for form, n in counts.items() if n > 1] == [], language


@pytest.mark.parametrize(
    ("language", "script"),
    [("zh", HAN_CHARACTER), ("ru", CYRILLIC_CHARACTER), ("ar", ARABIC_CHARACTER)],
)
def test_each_language_is_written_in_its_script(language: str, script: re.Pattern[str]) -> None:
    for row in rows():
        for variant in variants(row[language]):
            assert script.search(variant), (language, variant)


def test_the_latin_languages_hold_no_other_script() -> None:
    for row in rows():
        for language in ("en", "fr", "es"):
            cell = row[language]
            for script in (HAN_CHARACTER, CYRILLIC_CHARACTER, ARABIC_CHARACTER):
                assert not script.search(cell), (language, cell)


def test_the_arabic_forms_hold_no_latin_letters() -> None:
    for row in rows():
        assert not any("a" <= c.casefold() <= "z" for c in row["ar"]), row["ar"]


def test_acronyms_are_variants_not_names() -> None:
    """An acronym stands after the full name, as in ``Treaty on the Non-Proliferation of
    Nuclear Weapons|NPT``, so the first variant of a row is the name a reader knows."""
    by_english = {variants(row["en"])[0]: row for row in rows()}
    npt = by_english["Treaty on the Non-Proliferation of Nuclear Weapons"]
    assert variants(npt["en"])[1] == "NPT"
    assert "TNP" in variants(npt["fr"])
    assert "ДНЯО" in variants(npt["ru"])
    assert "不扩散条约" in variants(npt["zh"])
