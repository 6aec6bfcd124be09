"""One way to check values: the same one-line messages from the document JSON and elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from memberviews.core import values as check
from memberviews.core.model import Document, Reply
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.values import ValueProblem


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"provenance": "robot"}, r"reply\.provenance: 'robot' is not one of original, human,"),
        ({"section": "annex"}, r"reply\.section: 'annex' is not one of introduction,"),
        ({"original_tagged": "yes"}, r"reply\.original_tagged: true or false was expected"),
        ({"paragraphs": ["one", 2]}, r"reply\.paragraphs\[1\]: a text was expected, not 2"),
        ({"date": "5 June 2012"}, r"reply\.date: an ISO 8601 date"),
    ],
)
def test_a_bad_reply_is_refused_naming_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueProblem, match=message) as caught:
        Reply.from_json(data)
    assert "\n" not in str(caught.value)


def test_vocabularies_read_back_as_their_members() -> None:
    reply = Reply.from_json({"provenance": "machine", "section": "organizations"})
    assert reply.provenance is Provenance.MACHINE
    assert reply.section is SectionKind.ORGANIZATIONS


def test_a_section_without_its_kind_in_the_json_takes_it_from_its_heading() -> None:
    document = Document.from_json(
        {"sections": [{"number": "II", "heading": "Réponses reçues des gouvernements"}]}
    )
    assert document.sections[0].kind is SectionKind.GOVERNMENTS


def test_the_consultation_checks_take_what_yaml_gives() -> None:
    assert check.date(dt.date(2012, 2, 13), "request.date") == dt.date(2012, 2, 13)
    assert check.whole_number("8", "mandate.paragraph", positive=True, digits=True) == 8
    assert check.text(2012, "request.reference", numbers=True) == "2012"
    with pytest.raises(ValueProblem, match=r"mandate\.paragraph: a whole number was expected"):
        check.whole_number(0, "mandate.paragraph", positive=True)
    with pytest.raises(ValueProblem, match=r"title\.EN: unknown field"):
        check.per_language({"EN": "Title"}, "title")
    with pytest.raises(ValueProblem, match="title: 'de' is not an official UN language"):
        check.per_language({"de": "Titel"}, "title")
