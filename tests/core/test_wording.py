"""The per-language wording tables: what a reader of each language version sees."""

from __future__ import annotations

from datetime import date

import pytest

from memberviews.core.languages import (
    LANGUAGES,
    LanguageError,
    get_language,
    language_for_job_letter,
)
from memberviews.core.wording import WORDINGS
from memberviews.ingest.recognise import recogniser_for


@pytest.mark.parametrize(
    ("code", "letter", "direction"),
    [("ar", "A", "rtl"), ("zh", "C", "ltr"), ("en", "E", "ltr"), ("fr", "F", "ltr"),
     ("ru", "R", "ltr"), ("es", "S", "ltr")],
)  # fmt: skip
def test_six_languages(code: str, letter: str, direction: str) -> None:
    language = get_language(code)
    assert (language.job_letter, language.direction) == (letter, direction)
    assert language_for_job_letter(letter) is language


def test_unknown_language_is_refused() -> None:
    with pytest.raises(LanguageError, match="not an official UN language"):
        get_language("de")
    assert get_language("zh-CN") is LANGUAGES["zh"]


@pytest.mark.parametrize(
    ("code", "text", "session"),
    [
        ("en", "at its sixty-seventh session", 67),
        ("en", "Seventy-first session", 71),
        ("fr", "à sa soixante et onzième session", 71),
        ("fr", "Soixante-septième session", 67),
        ("fr", "à sa quatre-vingtième session", 80),
        ("es", "en su septuagésimo primer período de sesiones", 71),
        ("es", "Sexagésimo séptimo período de sesiones", 67),
        ("ru", "на ее шестьдесят седьмой сессии", 67),
        ("ru", "Семьдесят первая сессия", 71),
        ("ar", "في دورتها السابعة والستين", 67),
        ("ar", "الدورة الحادية والسبعون", 71),
        ("zh", "向大会第六十七届会议提出报告", 67),
        ("zh", "第七十一届会议", 71),
    ],
)
def test_session_ordinals_are_read(code: str, text: str, session: int) -> None:
    assert [n for _, n in recogniser_for(code).sessions(text)] == [session]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "[5 June 2012]", date(2012, 6, 5)),
        ("fr", "[1er juin 2012]", date(2012, 6, 1)),
        ("es", "[11 de junio de 2009]", date(2009, 6, 11)),
        ("ru", "[5 июня 2012 года]", date(2012, 6, 5)),
        ("ar", "[5 حزيران/يونيه 2012]", date(2012, 6, 5)),
        ("zh", "[2012 年 6 月 5 日]", date(2012, 6, 5)),
        ("zh", "[二〇一二年六月五日]", date(2012, 6, 5)),
    ],
)
def test_date_tags_are_read(code: str, text: str, expected: date) -> None:
    tags = recogniser_for(code).tags(text)
    assert tags is not None and tags.date == expected and not tags.is_original


@pytest.mark.parametrize(
    ("code", "text", "languages"),
    [
        ("en", "[Original: Spanish]", ("es",)),
        ("en", "[Original: Arabic and English]", ("ar", "en")),
        ("fr", "[Original\u00a0: anglais]", ("en",)),
        ("es", "[Original: inglés]", ("en",)),
        ("ru", "[Подлинный текст на испанском языке]", ("es",)),
        ("ar", "[الأصل: بالإسبانية]", ("es",)),
        ("zh", "[原件：西班牙文]", ("es",)),
    ],
)
def test_original_tags_are_read(code: str, text: str, languages: tuple[str, ...]) -> None:
    tags = recogniser_for(code).tags(text)
    assert tags is not None and tags.is_original and tags.languages == languages


def test_text_in_brackets_is_not_a_tag() -> None:
    assert recogniser_for("en").tags("[t]he total elimination of nuclear weapons") is None
    assert recogniser_for("en").tags("[Original: Klingon]") is not None  # a tag, language unknown
    assert recogniser_for("en").tags("[see annex]") is None


@pytest.mark.parametrize("code", sorted(WORDINGS))
def test_every_table_writes_what_it_reads(code: str) -> None:
    wording = WORDINGS[code]
    recogniser = recogniser_for(code)
    day = date(2012, 6, 1)
    assert recogniser.parse_date(wording.format_date(day), whole=True) == day
    for n in (1, 11, 21, 60, 67, 71, 80, 99):
        assert wording.session_numbers[_fold(wording.session_ordinals(n)[0])] == n
    for language, name in wording.language_names.items():
        tag = wording.original_tag.format(language=name)
        found = recogniser.tags(tag)
        assert found is not None and found.languages == (language,)


def _fold(text: str) -> str:
    from memberviews.core.wording import normalize_words

    return normalize_words(text)
