"""The term list's forms of several words, held by the SQLite index as one token each."""

from __future__ import annotations

import importlib
import pkgutil

import memberviews.web.archive.migrations as archive_migrations
from memberviews.search.analysis import terms
from memberviews.search.phrases import PREFIX, Phrases, shipped_phrases
from memberviews.search.terms import read_terms

PHRASES = Phrases(
    read_terms(
        "en,fr,es,ru,zh,ar\n"
        "Conference on Disarmament|CD,Conférence du désarmement,,,裁军谈判会议,\n"
        "Disarmament,désarmement,,,,\n"
    )
)


def stems(text: str, language: str = "en") -> list[str]:
    return terms(text, language)


def test_each_place_a_form_stands_gives_its_token() -> None:
    text = "The Conference on Disarmament met; the conferences on disarmament met again."
    found = PHRASES.tokens(stems(text), "en")
    token = PHRASES.token("en", tuple(stems("Conference on Disarmament")))
    assert token is not None and token.startswith(PREFIX)
    # Both places, the plural one too: the stems are what is compared.
    assert found == [token, token]


def test_the_words_apart_or_in_another_order_give_no_token() -> None:
    token = PHRASES.token("en", tuple(stems("Conference on Disarmament")))
    # Punctuation does not part words, as it does not in an FTS5 phrase.
    assert PHRASES.tokens(stems("a conference, on disarmament"), "en") == [token]
    assert PHRASES.tokens(stems("disarmament on the Conference"), "en") == []
    assert PHRASES.tokens(stems("a conference on nuclear disarmament"), "en") == []


def test_a_form_is_held_in_its_own_language_only() -> None:
    french = PHRASES.token("fr", tuple(stems("Conférence du désarmement", "fr")))
    assert french is not None
    assert french != PHRASES.token("en", tuple(stems("Conference on Disarmament")))
    assert PHRASES.tokens(stems("Conférence du désarmement", "fr"), "en") == []
    assert PHRASES.tokens(stems("Conférence du désarmement", "fr"), "fr") == [french]


def test_single_words_and_chinese_are_not_phrases() -> None:
    assert PHRASES.token("en", ("disarma",)) is None
    assert PHRASES.token("en", ("cd",)) is None
    assert PHRASES.token("zh", ("裁军谈判会议",)) is None
    assert PHRASES.token("en", ("confer", "on")) is None  # a part of a form is no form


def test_the_shipped_forms_are_those_the_latest_index_migration_indexed() -> None:
    # Changing the shipped term list's forms of several words changes the tokens the
    # SQLite index must hold: add a migration like archive.0004_phrase_tokens, which indexes
    # the paragraphs again, with PHRASES set to the new digest.
    recorded = [
        module.PHRASES
        for info in sorted(pkgutil.iter_modules(archive_migrations.__path__), key=lambda i: i.name)
        if hasattr(
            module := importlib.import_module(f"{archive_migrations.__name__}.{info.name}"),
            "PHRASES",
        )
    ]
    assert recorded, "no migration records the phrases indexed"
    assert recorded[-1] == shipped_phrases().digest()
