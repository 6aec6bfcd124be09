"""Word counts, and the warning before a report passes the 8,500-word limit."""

from __future__ import annotations

from pathlib import Path

from consultation_samples import load, reply

from memberviews.compose import WORD_LIMIT, compose, count_words
from memberviews.core.model import Document, Reply, Section


def test_words_are_counted_as_a_reader_would() -> None:
    document = Document(
        title="Promoting multilateralism",
        introduction=["On 2 December 2011 – the Assembly adopted resolution 66/32."],
        sections=[Section("I", "Introduction")],
        replies=[Reply(heading="Cuba", paragraphs=["Non-proliferation matters."])],
    )
    # 2 + 9 (the dash is no word) + 1 + 1 + 2
    assert count_words(document) == 15


def test_chinese_counts_one_word_per_two_characters() -> None:
    document = Document(introduction=["多边主义是裁军谈判的核心原则。", "2012 年"])
    # 14 + 1 characters → 8 words (rounded up), and the number is a word of its own.
    assert count_words(document) == 9


def test_a_document_over_the_limit_is_warned_about(tmp_path: Path) -> None:
    long_english = ["word " * 1000] * 9
    long_chinese = ["多边主义" * 500] * 9  # 18,000 characters: 9,000 words
    short_chinese = ["多边主义" * 500] * 7  # 14,000 characters: 7,000 words
    replies = [
        reply("NOR", "en", "2012-06-01", {"en": long_english, "zh": short_chinese}),
        reply("CUB", "es", "2012-06-05", {"es": ["Corto."], "zh": long_chinese}),
    ]
    composition = compose(load(tmp_path, replies=replies))
    english = composition.word_counts["A/67/131", "en"]
    assert english > WORD_LIMIT
    assert composition.word_counts["A/67/131", "zh"] > 16_000
    assert composition.word_counts["A/67/131", "fr"] < 500
    assert composition.warnings == [
        f"A/67/131 (zh): {composition.word_counts['A/67/131', 'zh']:,} words, over the limit"
        " of 8,500 words of a report of the Secretary-General",
        f"A/67/131 (en): {english:,} words, over the limit of 8,500 words of a report of the"
        " Secretary-General",
    ]


def test_a_report_under_the_limit_has_no_warning(tmp_path: Path) -> None:
    replies = [reply("NOR", "en", "2012-06-01", {"en": ["word " * 8000]})]
    composition = compose(load(tmp_path, replies=replies))
    assert WORD_LIMIT - 500 < composition.word_counts["A/67/131", "en"] <= WORD_LIMIT
    assert composition.warnings == []
