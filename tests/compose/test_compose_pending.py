"""A missing translation is marked pending and listed; no version borrows another's text."""

from __future__ import annotations

import json
from pathlib import Path

from consultation_samples import load, reply

from memberviews.compose import Incomplete, compose
from memberviews.render.common import reply_paragraphs

SPANISH = ["El multilateralismo es el principio básico de las negociaciones de desarme."]
CHINESE = ["多边主义是裁军谈判的核心原则。"]
ENGLISH = ["Multilateralism is the core principle of disarmament negotiations."]


def test_missing_translations_are_pending_and_listed(tmp_path: Path) -> None:
    replies = [
        reply("CUB", "es", "2012-06-05", {"es": SPANISH, "zh": CHINESE}),
        reply("NOR", "en", "2012-06-01", {"en": ENGLISH}),
    ]
    composition = compose(load(tmp_path, replies=replies))
    chinese = composition.document("A/67/131", "zh")
    assert [(r.heading, r.provenance, r.paragraphs) for r in chinese.replies] == [
        ("古巴", "human", CHINESE),
        ("挪威", "pending", []),
    ]
    spanish = composition.document("A/67/131", "es")
    assert [(r.provenance, r.paragraphs) for r in spanish.replies] == [
        ("original", SPANISH),
        ("pending", []),
    ]
    # Render prints the table's marker where a text is pending.
    assert reply_paragraphs(spanish.replies[1], spanish) == ["[Traducción pendiente]"]
    assert composition.incomplete == [
        Incomplete("A/67/131", "ar", "Cuba"),
        Incomplete("A/67/131", "ar", "Norway"),
        Incomplete("A/67/131", "zh", "Norway"),
        Incomplete("A/67/131", "en", "Cuba"),
        Incomplete("A/67/131", "fr", "Cuba"),
        Incomplete("A/67/131", "fr", "Norway"),
        Incomplete("A/67/131", "ru", "Cuba"),
        Incomplete("A/67/131", "ru", "Norway"),
        Incomplete("A/67/131", "es", "Norway"),
    ]


def test_no_version_carries_another_languages_text(tmp_path: Path) -> None:
    replies = [
        reply("CUB", "es", "2012-06-05", {"es": SPANISH, "zh": CHINESE}),
        reply("NOR", "en", "2012-06-01", {"en": ENGLISH}),
    ]
    composition = compose(load(tmp_path, replies=replies))
    texts = {"es": SPANISH[0], "zh": CHINESE[0], "en": ENGLISH[0]}
    for document in composition.documents:
        printed = json.dumps(document.to_json(), ensure_ascii=False)
        for language, text in texts.items():
            assert (text in printed) == (language == document.language), document.language


def test_a_machine_translation_is_used_and_says_so(tmp_path: Path) -> None:
    machine = {"provenance": "machine", "paragraphs": ["Le multilatéralisme est essentiel."]}
    replies = [reply("NOR", "en", "2012-06-01", {"en": ENGLISH, "fr": machine})]
    composition = compose(load(tmp_path, replies=replies))
    norway = composition.document("A/67/131", "fr").replies[0]
    assert (norway.provenance, norway.paragraphs) == (
        "machine",
        ["Le multilatéralisme est essentiel."],
    )
    assert Incomplete("A/67/131", "fr", "Norway") not in composition.incomplete
