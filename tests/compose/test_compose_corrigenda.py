"""Corrigenda: of the report or of an addendum, in six languages, with their parent's masthead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from consultation_samples import load, reply

from memberviews.compose import ConsultationError, Incomplete, compose
from memberviews.core.languages import CODES
from memberviews.core.model import document_from_json
from memberviews.render.common import body_paragraphs

ENGLISH = ["Paragraph 2, line 1", "For 13 February 2012 read 14 February 2012"]
FRENCH = ["Paragraphe 2, ligne 1", "Au lieu de 13 février 2012 lire 14 février 2012"]
REPLIES = [
    reply("NOR", "en", "2012-06-01", {"en": ["Norway's view."]}),
    reply("CUB", "es", "2012-07-20", received="2012-07-23"),  # late: A/67/131/Add.1
]


def corrigendum(of: str, **fields: Any) -> dict[str, Any]:
    return {"of": of, "texts": {"en": ENGLISH, "fr": FRENCH}, **fields}


def test_the_symbols_follow_the_document_corrected(tmp_path: Path) -> None:
    corrigenda = [
        corrigendum("A/67/131", number=1),
        corrigendum("A/67/131/Add.1"),
        corrigendum("A/67/131"),  # numbered after the report's first
    ]
    composition = compose(load(tmp_path, replies=REPLIES, corrigenda=corrigenda))
    assert composition.symbols == [
        "A/67/131",
        "A/67/131/Add.1",
        "A/67/131/Corr.1",
        "A/67/131/Add.1/Corr.1",
        "A/67/131/Corr.2",
    ]
    assert [d.language for d in composition.documents[-6:]] == list(CODES)


def test_a_corrigendum_has_its_parents_masthead_and_its_own_text(tmp_path: Path) -> None:
    corrigenda = [
        corrigendum(
            "A/67/131/Add.1", date="2012-10-01", job_numbers={"en": "12-45000", "fr": "12-45001"}
        )
    ]
    composition = compose(load(tmp_path, replies=REPLIES, corrigenda=corrigenda))
    addendum = composition.document("A/67/131/Add.1", "fr")
    french = composition.document("A/67/131/Add.1/Corr.1", "fr")
    assert (french.title, french.session, french.agenda_item, french.preliminary_list) == (
        addendum.title,
        addendum.session,
        addendum.agenda_item,
        addendum.preliminary_list,
    )
    # Its Original line is its own (written in English unless said), not the addendum's
    # (Cuba's Spanish).
    assert addendum.original_languages == ["es"]
    assert french.original_languages == ["en"]
    assert (french.date.isoformat() if french.date else None, french.job_number) == (
        "2012-10-01",
        "12-45001",
    )
    assert (french.introduction, french.sections, french.replies) == ([], [], [])
    assert french.body == FRENCH
    assert composition.document("A/67/131/Add.1/Corr.1", "en").body == ENGLISH
    # The body is part of the JSON and comes back from it.
    assert document_from_json(french.to_json()) == french


def test_a_corrigendum_written_in_french_says_so_in_every_version(tmp_path: Path) -> None:
    corrigenda = [corrigendum("A/67/131", original_language="fr")]
    composition = compose(load(tmp_path, replies=REPLIES, corrigenda=corrigenda))
    for language in CODES:
        assert composition.document("A/67/131/Corr.1", language).original_languages == ["fr"]
    with pytest.raises(ConsultationError, match=r"corrigenda\[0\]\.original_language"):
        load(
            tmp_path, replies=REPLIES, corrigenda=[corrigendum("A/67/131", original_language="de")]
        )


def test_a_language_without_text_is_pending_and_listed(tmp_path: Path) -> None:
    composition = compose(load(tmp_path, replies=REPLIES, corrigenda=[corrigendum("A/67/131")]))
    missing = [i for i in composition.incomplete if i.symbol == "A/67/131/Corr.1"]
    assert missing == [
        Incomplete("A/67/131/Corr.1", language, None) for language in ("ar", "zh", "ru", "es")
    ]
    spanish = composition.document("A/67/131/Corr.1", "es")
    assert spanish.body == []  # never another language's text
    assert body_paragraphs(spanish) == ["[Traducción pendiente]"]
    assert body_paragraphs(composition.document("A/67/131/Corr.1", "en")) == ENGLISH


def test_a_corrigendum_of_an_addendum_not_composed_is_not_composed(tmp_path: Path) -> None:
    composition = compose(
        load(tmp_path, replies=REPLIES[:1], corrigenda=[corrigendum("A/67/131/Add.1")])
    )
    assert composition.symbols == ["A/67/131"]
    assert composition.warnings == [
        "A/67/131/Add.1/Corr.1: A/67/131/Add.1 is not composed, so neither is its corrigendum"
    ]
