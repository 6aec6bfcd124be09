"""The wording compose writes with: every table fills every field with the same placeholders."""

from __future__ import annotations

import string

import pytest

from memberviews.core.wording import WORDINGS
from memberviews.core.wording.base import Wording


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


TEMPLATES = {
    "introduction_mandate": {
        "adopted",
        "resolution",
        "entitled",
        "paragraph",
        "subject",
        "session",
    },
    "introduction_title": {"title"},
    "introduction_subject": set(),
    "introduction_request": {"date", "replies"},
    "addendum_introduction": {"symbol"},
    "reissue_note": {"date"},
}


@pytest.mark.parametrize("code", sorted(WORDINGS))
def test_every_table_writes_every_part_of_the_introduction(code: str) -> None:
    wording: Wording = WORDINGS[code]
    for name, expected in TEMPLATES.items():
        template = getattr(wording, name)
        assert template.strip() and fields(template) == expected, (code, name)
    replies = wording.introduction_replies
    assert {key: fields(text) for key, text in replies.items()} == {
        "none": set(),
        "one": {"first"},
        "two": {"first", "second"},
    }
    assert wording.reply_order in WORDINGS


@pytest.mark.parametrize("code", sorted(WORDINGS))
def test_the_reissue_note_is_one_ingest_recognises(code: str) -> None:
    from datetime import date

    wording = WORDINGS[code]
    note = wording.reissue_note.format(date=wording.format_date(date(2012, 10, 23))).casefold()
    assert any(known.casefold() in note for known in wording.reissue_notes)
