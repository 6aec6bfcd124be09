"""The word-level comparison of two replies: what a reader sees struck out and added, in
Latin, Cyrillic, Arabic and Chinese text."""

from __future__ import annotations

import pytest

from memberviews.search.diff import Piece, diff_paragraphs, diff_words, tokens
from support.archive_corpus import LANGUAGES, SENTENCES


def _marked(pieces: list[Piece]) -> str:
    """The pieces as a reader sees them: [-deleted-] and {+inserted+}."""
    shown = {"same": "{}", "deleted": "[-{}-]", "inserted": "{{+{}+}}"}
    return "".join(shown[p.change].format(p.text) for p in pieces)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SENTENCES["cd"]["en"], "en"),
        ("Многосторонность остается — по-прежнему — основой.", "ru"),
        ("كَتَبَ الوَلَدُ الدَّرْسَ، ثم نام.", "ar"),
        (SENTENCES["norway_new"]["zh"], "zh"),
        ("  two  spaces\tand a tab ", "fr"),
    ],
)
def test_the_tokens_put_the_text_back_together(text: str, language: str) -> None:
    assert "".join(tokens(text, language)) == text


def test_an_arabic_word_keeps_its_vowel_signs_and_a_russian_word_its_endings() -> None:
    assert tokens("كَتَبَ الوَلَدُ", "ar") == ["كَتَبَ", " ", "الوَلَدُ"]
    assert tokens("разоружения.", "ru") == ["разоружения", "."]


def test_chinese_is_compared_word_by_word_not_character_by_character() -> None:
    assert tokens("裁军谈判会议应立即恢复实质性工作。", "zh") == [
        "裁军谈判",
        "会议",
        "应立即",
        "恢复",
        "实质性",
        "工作",
        "。",
    ]
    pieces = diff_words("裁军谈判会议应立即恢复工作。", "裁军谈判会议应立即恢复实质性工作。", "zh")
    assert _marked(pieces) == "裁军谈判会议应立即恢复{+实质性+}工作。"


def test_a_replaced_word_reads_as_one_deletion_then_one_insertion() -> None:
    pieces = diff_words(
        "The Conference should resume its work.", "The Conference must now resume its work.", "en"
    )
    assert _marked(pieces) == "The Conference [-should-]{+must now+} resume its work."


def test_the_spaces_between_two_changed_words_go_with_the_change() -> None:
    pieces = diff_words("We support a treaty.", "We oppose any treaty.", "en")
    assert _marked(pieces) == "We [-support a-]{+oppose any+} treaty."


def test_arabic_and_russian_words_are_compared_whole() -> None:
    arabic = diff_words("يجب إزالة جميع الأسلحة النووية", "يجب إزالة الأسلحة النووية كلها", "ar")
    assert _marked(arabic) == "يجب إزالة [-جميع -]الأسلحة النووية{+ كلها+}"
    russian = diff_words("переговоры о разоружении", "переговоры о нераспространении", "ru")
    assert _marked(russian) == "переговоры о [-разоружении-]{+нераспространении+}"


def test_the_same_text_is_one_unchanged_piece() -> None:
    text = SENTENCES["peace"]["fr"]
    assert diff_words(text, text, "fr") == [Piece("same", text)]


def test_norway_s_second_paragraph_is_shown_replaced_in_every_language() -> None:
    # Between the two cycles Norway kept its first paragraph and wrote a new second one.
    for language in LANGUAGES:
        before = [SENTENCES["cd"][language], SENTENCES["multilateralism"][language]]
        after = [SENTENCES["cd"][language], SENTENCES["norway_new"][language]]
        assert diff_paragraphs(before, after, language) == [
            [Piece("same", SENTENCES["cd"][language])],
            [Piece("deleted", SENTENCES["multilateralism"][language])],
            [Piece("inserted", SENTENCES["norway_new"][language])],
        ], language


def test_an_edited_paragraph_is_compared_word_by_word_and_an_added_one_is_inserted() -> None:
    before = ["Nuclear weapons must be eliminated.", "Peace depends on law."]
    after = [
        "Nuclear weapons must be eliminated under strict verification.",
        "Peace depends on law.",
        "A new paragraph.",
    ]
    shown = [_marked(p) for p in diff_paragraphs(before, after, "en")]
    assert shown == [
        "Nuclear weapons must be eliminated{+ under strict verification+}.",
        "Peace depends on law.",
        "{+A new paragraph.+}",
    ]


def test_a_paragraph_dropped_is_shown_deleted() -> None:
    shown = diff_paragraphs(["First.", "Second."], ["Second."], "es")
    assert shown == [[Piece("deleted", "First.")], [Piece("same", "Second.")]]
