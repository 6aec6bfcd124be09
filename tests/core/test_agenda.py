"""Agenda item letters: the model's ``94 (h)``, printed ``94 h)`` in French and Spanish and
``94 (ح)`` in Arabic (abjad order), and read back from every form by ingest."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from memberviews.core.agenda import canonical_item, printed_item
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.ingest.front import read_masthead
from memberviews.ingest.recognise import recogniser_for
from support.synthetic import report
from support.writers import FORMATS, write

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

#: The Latin letter of a sub-item and the Arabic letter UN Arabic documents give it: the
#: abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), letter by letter.
ABJAD = {
    "a": "أ",
    "b": "ب",
    "c": "ج",
    "d": "د",
    "e": "هـ",
    "f": "و",
    "g": "ز",
    "h": "ح",
    "i": "ط",
    "j": "ي",
    "k": "ك",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "o": "س",
    "p": "ع",
    "q": "ف",
    "r": "ص",
    "s": "ق",
    "t": "ر",
    "u": "ش",
    "v": "ت",
    "w": "ث",
    "x": "خ",
    "y": "ذ",
    "z": "ض",
}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("94", "94"),
        ("94 (h)", "94 (h)"),  # English, Chinese, Russian
        ("94(h)", "94 (h)"),
        ("94  (h)", "94 (h)"),
        (" 94 (h) ", "94 (h)"),
        ("94 h)", "94 (h)"),  # French, Spanish
        ("94h)", "94 (h)"),
        ("94 (H)", "94 (h)"),
        ("94（h）", "94 (h)"),  # full-width brackets
        ("94 (ح)", "94 (h)"),  # Arabic
        ("96 (ق)", "96 (s)"),
        ("94 (أ)", "94 (a)"),
        ("94 (ا)", "94 (a)"),  # alef written without its hamza
        ("94 (هـ)", "94 (e)"),
        ("94 (ه)", "94 (e)"),  # the tatweel lost in extraction
        ("٩٤ (ح)", "94 (h)"),  # Arabic-Indic digits
        ("7", "7"),
        ("120 (b)", "120 (b)"),
    ],
)
def test_every_printed_form_is_read_as_the_model_keeps_it(text: str, item: str) -> None:
    assert canonical_item(text) == item


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "h",
        "(h)",
        "Item 94 (h)",
        "94 (h",
        "94 h",
        "94 (hh)",
        "94 (1)",
        "1234",
        "94/95",
        "A/67/150",
    ],
)
def test_what_is_no_agenda_item_is_refused(text: str) -> None:
    assert canonical_item(text) is None


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("94 (ظ)", "94 (ظ)"),  # the 27th and 28th Arabic letters have no Latin one
        ("94 (غ)", "94 (غ)"),
        ("94 (ж)", "94 (ж)"),  # a Cyrillic letter: kept as found
        ("94 ж)", "94 (ж)"),
    ],
)
def test_a_letter_of_no_sequence_is_kept_as_found(text: str, item: str) -> None:
    assert canonical_item(text) == item


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "94 (h)"),
        ("zh", "94 (h)"),
        ("ru", "94 (h)"),
        ("fr", "94 h)"),
        ("es", "94 h)"),
        ("ar", "94 (ح)"),
    ],
)
def test_each_version_prints_the_letter_its_way(language: str, printed: str) -> None:
    assert printed_item("94 (h)", language) == printed
    # An item without a letter is the same number everywhere.
    assert printed_item("94", language) == "94"


@pytest.mark.parametrize(("latin", "arabic"), ABJAD.items())
def test_arabic_letters_follow_the_abjad_order(latin: str, arabic: str) -> None:
    assert printed_item(f"96 ({latin})", "ar") == f"96 ({arabic})"
    assert canonical_item(f"96 ({arabic})") == f"96 ({latin})"


def test_the_arabic_sequence_has_the_28_letters_in_abjad_order() -> None:
    letters = wording_for("ar").agenda_letters
    assert letters == (*ABJAD.values(), "ظ", "غ")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter", string.ascii_lowercase)
def test_every_printed_item_reads_back(language: str, letter: str) -> None:
    item = f"94 ({letter})"
    assert canonical_item(printed_item(item, language)) == item


@pytest.mark.parametrize("language", LANGUAGES)
def test_any_form_is_printed_in_the_versions_form(language: str) -> None:
    expected = printed_item("94 (h)", language)
    for form in ("94 h)", "94(h)", "94 (ح)", "94 (H)"):
        assert printed_item(form, language) == expected


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("item", ["94 (ظ)", "94 (ж)", "Item 94", "94 (hh)", "", "ninety-four"])
def test_what_has_no_place_in_the_sequence_is_printed_unchanged(language: str, item: str) -> None:
    assert printed_item(item, language) == item


# The agenda line of each version, as ingest meets it in a masthead.
@pytest.mark.parametrize(
    ("language", "line", "item"),
    [
        ("en", "Item 94 (h) of the provisional agenda*", "94 (h)"),
        ("en", "Item 94(h) of the preliminary list*", "94 (h)"),
        ("fr", "Point 94 h) de l’ordre du jour provisoire*", "94 (h)"),
        ("fr", "Point 94 (h) de l’ordre du jour provisoire*", "94 (h)"),
        ("fr", "Point 96 s) de la liste préliminaire*", "96 (s)"),
        ("es", "Tema 94 h) del programa provisional*", "94 (h)"),
        ("es", "Tema 94 (h) del programa provisional*", "94 (h)"),
        ("es", "Tema 96 s) de la lista preliminar*", "96 (s)"),
        ("ru", "Пункт 94 (h) предварительной повестки дня*", "94 (h)"),
        ("zh", "临时议程项目 94 (h)*", "94 (h)"),
        ("ar", "البند 94 (ح) من جدول الأعمال المؤقت*", "94 (h)"),
        ("ar", "البند 96 (ق) من جدول الأعمال المؤقت*", "96 (s)"),
        ("ar", "البند 94 (هـ) من القائمة الأولية*", "94 (e)"),
        ("ar", "البند 94 (أ) من جدول الأعمال المؤقت*", "94 (a)"),
        ("ar", "البند 94 (h) من جدول الأعمال المؤقت*", "94 (h)"),
        ("en", "Item 94 of the provisional agenda*", "94"),
        ("fr", "Point 94 de l’ordre du jour provisoire*", "94"),
        ("ar", "البند 94 من جدول الأعمال المؤقت*", "94"),
    ],
)
def test_the_masthead_reader_keeps_the_models_form(language: str, line: str, item: str) -> None:
    cover = read_masthead([line], recogniser_for(language))
    assert cover.agenda_item == item


@pytest.fixture(scope="module")
def arabic_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("agenda-ar")
    return {fmt: write(report("ar-A-69-109"), fmt, directory) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_arabic_report_gives_the_latin_letter(arabic_files: dict[str, Path], fmt: str) -> None:
    # The synthetic Arabic report prints "البند 96 (ق) من جدول الأعمال المؤقت*": ق is the
    # 19th letter of the abjad order, s the 19th of the Latin alphabet.
    assert read_report(arabic_files[fmt]).agenda_item == "96 (s)"
