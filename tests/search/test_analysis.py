"""Words as the index holds them: stems in five languages, jieba's words in Chinese, and the
languages a typed term is searched in."""

from __future__ import annotations

import subprocess
import sys

import pytest

from memberviews.search.analysis import script_languages, stem, terms, words


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", ["weapon", "weapons", "Weapons"]),
        ("fr", ["arme", "armes", "Armes"]),
        ("fr", ["désarmement", "desarmement", "DÉSARMEMENT"]),
        ("es", ["verificación", "verificacion", "Verificación"]),
        ("ru", ["разоружение", "разоружения", "разоружению", "Разоружением"]),
        ("ru", ["ёлка", "елка"]),
        ("ar", ["السلاح", "سلاح"]),
        # Vowel signs and the tatweel do not change the word.
        ("ar", ["سلاح", "سِلَاح", "سـلاح"]),
    ],
)
def test_the_forms_of_a_word_have_one_stem(language: str, forms: list[str]) -> None:
    assert len({stem(form, language) for form in forms}) == 1


def test_different_words_keep_different_stems() -> None:
    assert stem("armes", "fr") != stem("larmes", "fr")
    assert stem("peace", "en") != stem("piece", "en")


def test_an_arabic_word_with_vowel_signs_is_one_word() -> None:
    assert [w.text for w in words("نَزْع السِّلاح")] == ["نَزْع", "السِّلاح"]


def test_words_keep_their_place_in_the_text() -> None:
    text = "L'état de droit, non-prolifération."
    assert [(w.start, w.end, text[w.start : w.end]) for w in words(text)] == [
        (0, 1, "L"),
        (2, 6, "état"),
        (7, 9, "de"),
        (10, 15, "droit"),
        (17, 20, "non"),
        (21, 34, "prolifération"),
    ]


def test_chinese_is_cut_into_jieba_words_with_their_parts() -> None:
    held = terms("国际和平与安全取决于法治。", "zh")
    assert "和平" in held and "安全" in held and "法治" in held
    assert "。" not in held
    # Search mode keeps a long word and its parts: 裁军谈判 and 裁军.
    assert {"裁军谈判", "裁军", "谈判"} <= set(terms("裁军谈判会议", "zh"))


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("disarmament", ("en", "fr", "es")),
        ("désarmement", ("en", "fr", "es")),
        ("разоружение", ("ru",)),
        ("نزع", ("ar",)),
        ("裁军", ("zh",)),
        ("1540", ("ar", "zh", "en", "fr", "ru", "es")),
        ("«", ()),
    ],
)
def test_a_term_is_searched_in_the_languages_of_its_script(
    text: str, languages: tuple[str, ...]
) -> None:
    assert script_languages(text) == languages


def test_segmenting_prints_nothing() -> None:
    """jieba announces its dictionary on stderr unless told not to."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from memberviews.search.analysis import segment; segment('国际和平与安全')",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stderr == "" and run.stdout == ""
