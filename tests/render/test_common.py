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
    # The report's headings (the table of contents above them has its own).
    headings = root.xpath("//main//section/h2 | //main//section/h3")
    assert [" ".join(h.text_content().split()) for h in headings] == printed


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


# -- Marks, drafts, contents and styled runs, as every format receives them -------------------


def test_code39_draws_each_character_as_five_bars_and_four_spaces() -> None:
    from memberviews.render.common import code39

    bars = code39("1241312")
    characters = len("*1241312*")
    # Nine elements a character (three wide), a narrow gap between characters.
    assert len(bars) == characters * 9 + (characters - 1)
    assert sum(bars) == characters * (6 * 1 + 3 * 3) + (characters - 1)
    # "*" is narrow-wide-narrow-narrow-wide-narrow-wide-narrow-narrow (Code 39's table).
    assert bars[:9] == (1, 3, 1, 1, 3, 1, 3, 1, 1)
    assert bars[-9:] == (1, 3, 1, 1, 3, 1, 3, 1, 1)


def test_code39_refuses_letters_it_is_not_given() -> None:
    from memberviews.render.common import code39
    from memberviews.render.errors import RenderError

    with pytest.raises(RenderError, match="Code 39"):
        code39("12A41")


def test_the_first_page_marks_date_the_processing_and_the_reissue() -> None:
    from memberviews.render.common import marks

    document = _report(["introduction"], [])
    assert marks(document) is None  # no job number, no marks
    document.job_number = "19-10580"
    document.language = "zh"
    document.processed = dt.date(2019, 7, 26)
    found = marks(document)
    assert found is not None
    assert (found.job, found.dates, found.barcode) == ("19-10580 (C)", "260719", "*1910580*")
    document.symbol, document.reissued = "A/67/131*", dt.date(2019, 8, 1)
    found = marks(document)
    assert found is not None
    assert (found.job, found.dates) == ("19-10580* (C)", "260719 010819")


def test_a_version_with_a_machine_translation_or_a_pending_one_is_a_draft() -> None:
    from memberviews.core.drafts import unfinished
    from memberviews.render.common import printed

    cuba, norway = _reply("Cuba", None), _reply("Norway", None)
    document = _report(["introduction", "governments"], [cuba, norway])
    assert (unfinished(document), printed(document).draft) == ([], None)
    norway.provenance = Provenance.MACHINE
    cuba.provenance, cuba.paragraphs = Provenance.PENDING, []
    assert unfinished(document) == [
        "Cuba: translation pending",
        "Norway: machine translation, not revised",
    ]
    assert printed(document).draft == "Draft"
    document.language = "ru"
    assert printed(document).draft == "Проект"


def test_contents_when_there_are_two_reply_sections_or_many_pages() -> None:
    from memberviews.render.common import Settings, printed

    state, organization = _reply("Cuba", None), _reply("EU", None, organization=True)
    two = _report(["introduction", "governments", "organizations"], [state, organization])
    kinds = ("introduction", "governments", "organizations")
    two.sections = [
        Section(s.number, s.heading, SectionKind(kind))
        for s, kind in zip(two.sections, kinds, strict=True)
    ]
    organization.section = SectionKind.ORGANIZATIONS
    found = printed(two, Settings())
    assert [(e.level, e.number, e.title, e.target) for e in found.contents] == [
        (1, "I.", "Introduction", "section-1"),
        (1, "II.", "Replies received from Governments", "section-2"),
        (2, None, "Cuba", "reply-1"),
        (1, "III.", "Replies received from international organizations", "section-3"),
        (2, None, "EU", "reply-2"),
    ]
    assert (found.contents_title, found.contents_page) == ("Contents", "Page")
    one = _report(["introduction", "governments"], [_reply("Cuba", None)])
    assert printed(one, Settings()).contents == ()
    assert printed(one, Settings(contents="always")).contents != ()
    assert printed(two, Settings(contents="never")).contents == ()
    # About twenty pages of text in one section of replies.
    long = _reply("Cuba", None)
    long.paragraphs = ["A view of some length, worded at length. " * 40] * 40
    assert printed(_report(["introduction", "governments"], [long]), Settings()).contents


def test_settings_refuse_what_they_cannot_use(monkeypatch: pytest.MonkeyPatch) -> None:
    from memberviews.render.common import Settings
    from memberviews.render.errors import RenderError

    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "sometimes")
    with pytest.raises(RenderError, match="MEMBERVIEWS_CONTENTS"):
        Settings.from_environment()
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", "/nonexistent/emblem.png")
    with pytest.raises(RenderError, match="MEMBERVIEWS_EMBLEM"):
        Settings.from_environment()


def test_french_raises_the_er_of_a_first_of_the_month() -> None:
    from memberviews.render.common import SUPERSCRIPT, Run, runs

    words = wording_for("fr")
    assert runs("[1er juin 2012]", words) == (
        Run("[1"),
        Run("er", SUPERSCRIPT),
        Run(" juin 2012]"),
    )
    assert runs("[11 juin 2012]", words) == (Run("[11 juin 2012]"),)
    assert runs("le 21er", words) == (Run("le 21er"),)  # no ordinal of 21 is written so
    assert runs("[1er juin 2012]", wording_for("en")) == (Run("[1er juin 2012]"),)


def test_a_corrigendum_numbers_its_items_and_sets_for_and_read_in_italics() -> None:
    from memberviews.render.common import ITALIC, printed

    document = _report([], [])
    document.symbol = "A/67/131/Corr.1"
    document.introduction = []
    document.body = [
        "Paragraph 2, line 1",
        "For 13 February 2012 read 14 February 2012",
        "Section II, Panama",
        "For [23 May 2012] read [24 May 2012]",
    ]
    body = printed(document).body
    assert [(p.number, p.correction) for p in body] == [
        ("1.", False),
        (None, True),
        ("2.", False),
        (None, True),
    ]
    italic = [r.text for r in body[1].runs if r.style == ITALIC]
    assert italic == ["For", "read"]
    document.body = document.body[:2]  # one item: not numbered
    assert [p.number for p in printed(document).body] == [None, None]
    document.language = "zh"
    document.body = ["第2段第1行", "将“2012年2月13日”改为“2012年2月14日”"]
    body = printed(document).body
    assert body[1].correction and all(r.style is None for r in body[1].runs)


def test_missing_parts_are_named_one_each() -> None:
    from memberviews.render.common import missing_parts

    document = Document(symbol="A/67/131", language="zh")
    assert missing_parts(document) == [
        "A/67/131 (zh) has no date",
        "A/67/131 (zh) has no title",
        "A/67/131 (zh) has no agenda item",
        "A/67/131 (zh) has no Original line (the languages of the originals)",
    ]
