"""How ingest reads the structure of a report: small texts written from the conventions."""

from __future__ import annotations

from datetime import date

from memberviews.core.model import Document
from memberviews.ingest import read_text

HEADER = "A/70/100\n\n"


def _who(document: Document) -> list[str | None]:
    return [
        r.organization.name if r.organization else (r.state.iso3 if r.state else None)
        for r in document.replies
    ]


def test_a_replys_own_numbered_headings_stay_in_the_reply() -> None:
    document = read_text(
        HEADER + "I. Introduction\n\n"
        "1. On 7 December 2015, the General Assembly adopted resolution 70/42.\n\n"
        "II. Replies received from Governments\n\n"
        "Cuba\n\n[Original: Spanish]\n[5 June 2016]\n\n"
        "I. Introduction\n\nCuba has always supported multilateralism.\n\n"
        "II. National measures\n\nCuba has adopted laws.\n\n"
        "Norway\n\n[Original: English]\n[1 June 2016]\n\nNorway agrees.\n"
    )
    assert [s.heading for s in document.sections] == [
        "Introduction",
        "Replies received from Governments",
    ]
    assert _who(document) == ["CUB", "NOR"]
    assert document.replies[0].paragraphs == [
        "I. Introduction",
        "Cuba has always supported multilateralism.",
        "II. National measures",
        "Cuba has adopted laws.",
    ]


def test_lettered_subsections_tell_organizations_from_states() -> None:
    document = read_text(
        HEADER + "II. Replies received\n\n"
        "A. Replies received from Member States\n\n"
        "Peru\n\n[Original: Spanish]\n[2 May 2016]\n\nPeru supports the resolution.\n\n"
        "B. Replies received from intergovernmental organizations\n\n"
        "Secretariat of the Pacific Regional Environment Programme\n\n"
        "[Original: English]\n[3 May 2016]\n\nThe secretariat supports it too.\n"
    )
    assert _who(document) == ["PER", "Secretariat of the Pacific Regional Environment Programme"]
    organization = document.replies[1].organization
    assert organization is not None and organization.acronym is None
    assert document.replies[1].state is None


def test_unnumbered_section_heading_and_tags_on_one_line() -> None:
    document = read_text(
        HEADER + "Replies received from Governments\n\n"
        "Japan\n\n[Original: English] [30 April 2016]\n\nJapan welcomes the report.\n"
    )
    assert document.sections[0].number is None
    reply = document.replies[0]
    assert (reply.state and reply.state.iso3, reply.original_language, reply.date) == (
        "JPN",
        "en",
        date(2016, 4, 30),
    )


def test_a_reply_with_no_heading_has_no_state() -> None:
    document = read_text(
        HEADER + "II. Replies received from Governments\n\n"
        "[Original: French]\n[1 September 2015]\n\nThe Government of Japan considers that "
        "disarmament and development are linked.\n"
    )
    assert len(document.replies) == 1
    reply = document.replies[0]
    assert reply.state is None and reply.organization is None
    assert reply.original_language == "fr"


def test_a_deadline_is_not_the_date_of_the_note_verbale() -> None:
    document = read_text(
        HEADER + "I. Introduction\n\n"
        "1. In paragraph 5 of its resolution 70/42 of 7 December 2015, the Assembly requested "
        "the Secretary-General to report at its seventy-first session.\n"
        "2. A note verbale was sent on 12 February 2016, inviting Member States to reply by "
        "31 May 2016.\n"
    )
    assert document.request is not None and document.request.date == date(2016, 2, 12)
    assert document.mandate is not None
    assert (document.mandate.resolution, document.mandate.paragraph) == ("70/42", 5)
    assert document.mandate.adopted == date(2015, 12, 7)
    assert document.mandate.session == 71


def test_line_end_hyphens_are_undone_unless_the_word_keeps_them() -> None:
    lines = [
        "II. Replies received from Governments",
        "",
        "Chile",
        "",
        "[Original: Spanish]",
        "[8 May 2016]",
        "",
        " Chile believes that multi-",
        "lateralism and non-",
        "proliferation go together, as non-proliferation needs all States to take part in it.",
    ]
    document = read_text(HEADER + "\n".join(lines) + "\n")
    assert document.replies[0].paragraphs == [
        "Chile believes that multilateralism and non-proliferation go together, as "
        "non-proliferation needs all States to take part in it."
    ]


def test_arabic_text_with_mirrored_brackets_and_dash_numbers() -> None:
    document = read_text(
        "A/69/109\n\n"
        "أولا - مقدمة\n\n"
        "1 - في الفقرة 6 من القرار 68/38 المؤرخ 5 كانون الأول/ديسمبر 2013، طلبت الجمعية العامة "
        "إلى الأمين العام أن يقدم تقريرا في دورتها التاسعة والستين.\n\n"
        "ثانيا - الردود الواردة من الحكومات\n\n"
        "بوليفيا )دولة - المتعددة القوميات(\n\n"
        "]الأصل: بالإسبانية[\n\n"
        "]26 أيار/مايو 2014[\n\n"
        "تؤكد بوليفيا أن تعددية الأطراف هي المبدأ الأساسي.\n"
    )
    assert document.language == "ar"
    assert document.introduction[0].startswith("في الفقرة 6")
    assert document.mandate is not None and document.mandate.session == 69
    reply = document.replies[0]
    assert reply.state is not None and reply.state.iso3 == "BOL"
    assert reply.state.name == "بوليفيا (دولة - المتعددة القوميات)"
    assert (reply.original_language, reply.date) == ("es", date(2014, 5, 26))
