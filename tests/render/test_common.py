"""The layout every format shares: which section holds what, and how numbers are printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import lxml.html
import pytest
from test_formats_contract import LANGUAGES

from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.core.wording import wording_for
from memberviews.render.common import outline, paragraph_number
from memberviews.render.html import render_html
from memberviews.render.pdf import report_data


def _reply(name: str, section: str | None, *, organization: bool = False) -> Reply:
    return Reply(
        state=None if organization else StateRef(name),
        organization=OrganizationRef(name) if organization else None,
        heading=name,
        original_language="en",
        date=dt.date(2012, 6, 1),
        section=SectionKind(section) if section else None,
        paragraphs=[f"The view of {name}."],
        provenance=Provenance.ORIGINAL,
    )


def _report(sections: list[str], replies: list[Reply]) -> Document:
    words = wording_for("en")
    return Document(
        symbol="A/67/131",
        language="en",
        date=dt.date(2012, 7, 5),
        introduction=["The introduction."],
        sections=[
            Section(words.section_numerals[i], words.section_titles[kind])
            for i, kind in enumerate(sections)
        ],
        replies=replies,
    )


def test_a_reply_goes_under_the_section_of_its_kind_in_every_format(tmp_path: Path) -> None:
    # Organizations listed before Governments, the replies the other way round.
    document = _report(
        ["introduction", "organizations", "governments"],
        [
            _reply("Cuba", "governments"),
            _reply("European Union", "organizations", organization=True),
        ],
    )
    parts = outline(document)
    assert [
        (p.section.number if p.section else None, [r.heading for r in p.replies]) for p in parts
    ] == [
        ("I", []),
        ("II", ["European Union"]),
        ("III", ["Cuba"]),
    ]
    assert parts[0].introduction == ["The introduction."]
    printed = [
        item["text"]
        for item in report_data(document)["body"]
        if item["kind"] in ("section", "reply")
    ]
    assert printed == [
        "I. Introduction",
        "II. Replies received from international organizations",
        "European Union",
        "III. Replies received from Governments",
        "Cuba",
    ]
    render_html(document, tmp_path / "page.html")
    root = lxml.html.parse(str(tmp_path / "page.html")).getroot()
    assert [" ".join(h.text_content().split()) for h in root.iter("h2", "h3")] == printed


def test_without_sections_the_introduction_and_replies_stand_alone() -> None:
    document = _report([], [_reply("Cuba", None)])
    assert [
        (p.section, p.introduction, [r.heading for r in p.replies]) for p in outline(document)
    ] == [(None, ["The introduction."], ["Cuba"])]
    assert [item["kind"] for item in report_data(document)["body"]] == [
        "para",
        "reply",
        "tag",
        "para",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_paragraph_numbers_take_the_form_of_section_numbers(language: str) -> None:
    document = Document(language=language)
    expected = {"ar": "2 -"}.get(language, "2.")
    assert paragraph_number(2, document) == paragraph_number("2", document) == expected
