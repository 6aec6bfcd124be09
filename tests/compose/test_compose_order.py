"""The order of the replies in each language version, as real documents show it."""

from __future__ import annotations

from pathlib import Path

from consultation_samples import load, reply

from memberviews.compose import compose, sort_key
from memberviews.core.wording import WORDINGS

# Given out of order on purpose: the consultation's order must not matter.
STATES = ["IRQ", "ESP", "SLV", "ECU", "EGY"]


def headings(tmp_path: Path, codes: list[str], language: str) -> list[str]:
    replies = [reply(code, "en", "2012-05-01") for code in codes]
    document = compose(load(tmp_path, replies=replies)).document("A/67/131", language)
    return [r.heading or "" for r in document.replies]


def test_spanish_sorts_by_the_spanish_names(tmp_path: Path) -> None:
    # A real Spanish report lists España between Ecuador and Iraq.
    assert headings(tmp_path, STATES, "es") == [
        "Ecuador", "Egipto", "El Salvador", "España", "Iraq",
    ]  # fmt: skip


def test_english_sorts_by_the_english_names(tmp_path: Path) -> None:
    assert headings(tmp_path, STATES, "en") == [
        "Ecuador", "Egypt", "El Salvador", "Iraq", "Spain",
    ]  # fmt: skip


def test_french_sorts_accented_names_with_their_letter(tmp_path: Path) -> None:
    # Égypte and Équateur sort under E, not after Iraq as their code points would.
    assert headings(tmp_path, STATES, "fr") == [
        "Égypte", "El Salvador", "Équateur", "Espagne", "Iraq",
    ]  # fmt: skip


def test_chinese_keeps_the_english_order(tmp_path: Path) -> None:
    assert headings(tmp_path, STATES, "zh") == ["厄瓜多尔", "埃及", "萨尔瓦多", "伊拉克", "西班牙"]


def test_russian_sorts_by_the_russian_names(tmp_path: Path) -> None:
    # The Editorial Manual's rule: each version in its own alphabetical order.
    assert headings(tmp_path, STATES, "ru") == [
        "Египет", "Ирак", "Испания", "Сальвадор", "Эквадор",
    ]  # fmt: skip


def test_arabic_sorts_by_the_arabic_names_without_their_article(tmp_path: Path) -> None:
    # ا (إسبانيا before إكوادور: س before ك), then السلفادور under س, العراق under ع, مصر.
    assert headings(tmp_path, STATES, "ar") == [
        "إسبانيا", "إكوادور", "السلفادور", "العراق", "مصر",
    ]  # fmt: skip
    # As the UN's Arabic list of Member States runs: Argentina between Azerbaijan and Jordan.
    names = ["الأردن", "الأرجنتين", "أذربيجان", "الاتحاد الروسي", "إثيوبيا"]
    assert sorted(names, key=sort_key) == [
        "الاتحاد الروسي", "إثيوبيا", "أذربيجان", "الأرجنتين", "الأردن",
    ]  # fmt: skip


def test_the_reference_order_in_chinese_and_spanish(tmp_path: Path) -> None:
    codes = ["TKM", "QAT", "CUB", "ESP", "PAN", "NOR"]
    # The reference document, A/67/131 in Chinese: Cuba, Norway, Panama, Qatar, Spain,
    # Turkmenistan.
    assert headings(tmp_path, codes, "zh") == [
        "古巴",
        "挪威",
        "巴拿马",
        "卡塔尔",
        "西班牙",
        "土库曼斯坦",
    ]
    assert headings(tmp_path, codes, "es") == [
        "Cuba", "España", "Noruega", "Panamá", "Qatar", "Turkmenistán",
    ]  # fmt: skip


def test_organizations_come_after_states_in_their_own_section(tmp_path: Path) -> None:
    replies = [
        reply("IAEA", "en", "2012-05-01", organization=True),
        reply("ESP", "es", "2012-05-01"),
        reply("EU", "en", "2012-05-01", organization=True),
        reply("CUB", "es", "2012-05-01"),
    ]
    composition = compose(load(tmp_path, replies=replies))
    english = composition.document("A/67/131", "en")
    assert [(r.heading, r.section) for r in english.replies] == [
        ("Cuba", "governments"),
        ("Spain", "governments"),
        ("European Union", "organizations"),
        ("International Atomic Energy Agency", "organizations"),
    ]
    assert english.replies[2].organization is not None
    assert english.replies[2].organization.acronym == "EU"
    french = composition.document("A/67/131", "fr")
    assert [r.heading for r in french.replies] == [
        "Cuba", "Espagne", "Agence internationale de l'énergie atomique", "Union européenne",
    ]  # fmt: skip


def test_reply_order_is_a_setting_of_each_table() -> None:
    assert {code: w.reply_order for code, w in WORDINGS.items()} == {
        "ar": "ar", "zh": "en", "en": "en", "fr": "fr", "ru": "ru", "es": "es",
    }  # fmt: skip


def test_sort_key_ignores_accents_and_case() -> None:
    assert sort_key("Équateur") == sort_key("equateur")
    assert sort_key("España") == "espana"
    assert sorted(["Iraq", "Égypte", "Eswatini"], key=sort_key) == ["Égypte", "Eswatini", "Iraq"]


def test_an_organization_outside_the_register_is_printed_as_named(tmp_path: Path) -> None:
    names = {
        "en": "Group of Friends of Multilateralism",
        "fr": "Groupe des amis du multilatéralisme",
    }
    replies = [reply(names, "en", "2012-05-01", {"en": ["Text."]}, organization=True)]
    composition = compose(load(tmp_path, replies=replies))
    assert composition.document("A/67/131", "fr").replies[0].heading == names["fr"]
    assert composition.document("A/67/131", "zh").replies[0].heading == names["en"]
    assert composition.warnings == [
        "organization 'Group of Friends of Multilateralism' is not in the register and has no"
        " name in ar, zh, ru, es: those versions print 'Group of Friends of Multilateralism'"
    ]
