"""English wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_UNITS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_ORDINAL = (
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
)


def session_ordinals(n: int) -> tuple[str, ...]:
    """``67`` → ``("sixty-seventh",)``."""
    if n >= 100:
        rest = session_ordinals(n - 100) if n > 100 else ()
        return tuple(f"one hundred and {r}" for r in rest) or ("one hundredth",)
    if n < 10:
        return (_UNITS[n],)
    if n < 20:
        return (_TEENS[n - 10],)
    tens, unit = divmod(n, 10)
    if unit == 0:
        return (_TENS_ORDINAL[tens],)
    return (f"{_TENS[tens]}-{_UNITS[unit]}",)


def format_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


_MONTH_RE = "|".join(MONTHS)

WORDING = Wording(
    code="en",
    language_names={
        "ar": "Arabic",
        "zh": "Chinese",
        "en": "English",
        "fr": "French",
        "ru": "Russian",
        "es": "Spanish",
    },
    language_name_variants={},
    original_tag="[Original: {language}]",
    original_tag_pattern=r"Original\s*:\s*(?P<language>[^\]\[]+?)",
    months=MONTHS,
    date_pattern=(
        rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s*,?\s+(?P<year>\d{{4}})"
        rf"|(?P<month2>{_MONTH_RE})\s+(?P<day2>\d{{1,2}})\s*,\s*(?P<year2>\d{{4}}))"
    ),
    format_date=format_date,
    section_numerals=("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"),
    subsection_letters=("A", "B", "C", "D", "E", "F"),
    section_openers=("replies", "reply", "information received", "views received", "introduction"),
    section_heading="{number}. {title}",
    section_titles={
        "introduction": "Introduction",
        "governments": "Replies received from Governments",
        "organizations": "Replies received from international organizations",
    },
    section_keywords={
        "introduction": ("introduction", "background"),
        "governments": ("governments", "member states", "states"),
        "organizations": (
            "organizations",
            "organisations",
            "united nations system",
            "entities",
            "bodies",
            "agencies",
            "european union",
            "intergovernmental",
        ),
    },
    contents_titles=("Contents", "Table of contents"),
    session_ordinals=session_ordinals,
    session_pattern=r"(?P<ordinal>\d{1,3}\S{0,3}|[A-Za-z]+(?:[\s\-‑][A-Za-z]+)?)\s+(?:regular\s+)?session",
    agenda_pattern=r"Item\s+(?P<item>\d{1,3}(?:\s*\([a-z]\))?)\s+of\s+the\s+(?:provisional\s+agenda|preliminary\s+list)",
    paragraph_pattern=r"paragraphs?\s+(?P<number>\d{1,3})",
    deadline_before=r"\b(?:by|before|no later than|not later than|until|as at|as of)\s*$",
    deadline_after=r"",
    reissue_notes=("Reissued for technical reasons",),
    conjunctions=("and",),
    digit_ordinal_suffixes=("st", "nd", "rd", "th"),
    united_nations="United Nations",
    general_assembly="General Assembly",
    distribution="Distr.: General",
    original_line="Original: {languages}",
    masthead_language_names={},
    session_line="{Ordinal} session",
    provisional_agenda="Item {item} of the provisional agenda",
    preliminary_list="Item {item} of the preliminary list",
    addendum="Addendum",
    corrigendum="Corrigendum",
    translation_pending="[Translation pending]",
    note_verbale_words=("note verbale", "notes verbales", "note-verbale"),
    resolution_words=("resolution",),
    report_titles=("Report of the Secretary-General", "Note by the Secretary-General"),
    introduction_mandate=(
        "On {adopted}, the General Assembly adopted resolution {resolution}{entitled}. In"
        " paragraph {paragraph} of that resolution, the Assembly requested the Secretary-General"
        " to seek the views of Member States on {subject} and to submit a report to the General"
        " Assembly at its {session} session."
    ),
    introduction_title=", entitled “{title}”",
    introduction_subject="the issue",
    introduction_request=(
        "Pursuant to that request, on {date}, a note verbale was sent to Member States inviting"
        " them to provide information on the subject. {replies}"
    ),
    introduction_replies={
        "none": "No replies had been received as at the date of the present report. Any replies"
        " received will be issued as addenda to the present report.",
        "one": "The replies received are contained in section {first} below. Additional replies"
        " received will be issued as addenda to the present report.",
        "two": "The replies received are contained in sections {first} and {second} below."
        " Additional replies received will be issued as addenda to the present report.",
    },
    addendum_introduction=(
        "The present addendum contains the replies received after the issuance of the report of"
        " the Secretary-General ({symbol})."
    ),
    reissue_note="Reissued for technical reasons on {date}.",
    reply_order="en",
    masthead_block_language="en",
    masthead_version_line=False,
    note=NoteWording(
        office="Office for Disarmament Affairs",
        opening=(
            "The {office} of the United Nations Secretariat presents its compliments to the "
            "Permanent Missions of the Member States of the United Nations and has the honour to "
            "refer to General Assembly resolution {resolution} of {adopted}, entitled “{title}”, "
            "{paragraphs} of which reads as follows:"
        ),
        request=(
            "In this connection, the {office} would be grateful to receive the views of Member "
            "States on the matter, in any of the official languages of the United Nations, no "
            "later than {deadline}."
        ),
        closing=(
            "The {office} of the United Nations Secretariat avails itself of this opportunity to "
            "renew to the Permanent Missions of the Member States of the United Nations the "
            "assurances of its highest consideration."
        ),
        paragraph="paragraph {number}",
        paragraphs="paragraphs {numbers}",
        reference="Reference: {reference}",
        extension=(
            "The {office} of the United Nations Secretariat presents its compliments to the "
            "Permanent Missions of the Member States of the United Nations and, further to its "
            "note {reference} of {dated}, has the honour to inform them that the deadline for "
            "the submission of views has been extended to {deadline}."
        ),
        reminder=(
            "The {office} of the United Nations Secretariat presents its compliments to the "
            "Permanent Missions of the Member States of the United Nations and has the honour to "
            "recall its note {reference} of {dated}, seeking their views, and that replies are "
            "requested no later than {deadline}."
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"Secretary-General\s+to\s+(?:seek|solicit|obtain|collect|request|invite)"
            r"[^.;:]{0,60}?views",
            r"Member\s+States[^.;:]{0,80}?\bto\s+(?:inform|communicate|submit|provide|transmit)"
            r"[^.;:]{0,80}?views",
        ),
        subject=(
            r"views[^.;:]{0,140}?\s(?:on|regarding|concerning|with\s+regard\s+to|in\s+respect\s+of)\s+"
            r"(?P<subject>.+?)(?:,?\s+and\s+to\s+(?:submit|report|present)|;|\.\s|\.?$)",
        ),
        recurrence={
            "annual": (r"\bannually\b", r"\beach\s+year\b", r"\bevery\s+year\b"),
            "biennial": (r"\bbiennially\b", r"\bevery\s+two\s+years\b"),
            "triennial": (r"\btriennially\b", r"\bevery\s+three\s+years\b"),
            "quadrennial": (r"\bevery\s+four\s+years\b",),
        },
        invites={
            "observers": (r"\bobserver\s+States?\b", r"\bobservers\b"),
            "organizations": (
                r"\b(?:international|regional|relevant|intergovernmental)\s+organizations\b",
                r"\bUnited\s+Nations\s+system\b",
                r"\bspecialized\s+agencies\b",
            ),
            "civil_society": (r"\bcivil\s+society\b", r"\bnon-governmental\s+organizations\b"),
        },
        adopted=(r"Resolution\s+adopted\s+by\s+the\s+General\s+Assembly\s+on\s+",),
    ),
    stopwords=frozenset(
        "the of and to in that is for on with by as are be this its has have from which".split()
    ),
    mandate_citation=(
        rf"\b(?P<kind>resolutions?|decisions?)\s+(?P<numbers>{RESOLUTION_NUMBER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
        rf"{RESOLUTION_NUMBER})*)"
    ),
    mandate_decision=r"^decision",
    mandate_paragraphs=r"\bparagraphs?\s+(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*)",
    mandate_cues=(
        r"\brequest|\bpursuant\s+to\b|\bin\s+accordance\s+with\b|\bin\s+response\s+to\b"
        r"|\bsubmitted\s+(?:under|in\s+compliance\s+with)\b|\binvited\b|\bcalled\s+upon\b"
    ),
    mandate_bodies={
        "General Assembly": r"\bGeneral\s+Assembly\b|\bthe\s+Assembly\b",
        "Human Rights Council": r"\bHuman\s+Rights\s+Council\b",
        "Commission on Human Rights": r"\bCommission\s+on\s+Human\s+Rights\b",
        "Economic and Social Council": r"\bEconomic\s+and\s+Social\s+Council\b",
        "Security Council": r"\bSecurity\s+Council\b",
    },
    document_kinds={
        "resolution": (
            r"^Resolution\s+adopted\s+by\s+the\s+(?:General\s+Assembly|Human\s+Rights\s+Council|Security\s+Council|Economic\s+and\s+Social\s+Council)",
        ),
        "note_verbale": (r"\bpresents\s+(?:its|his|her)\s+compliments\b", r"^Note\s+verbale\b"),
        "letter": (r"^(?:Identical\s+l|L)etters?\s+dated\b.{0,300}?\baddressed\s+to\s+the\b",),
        "national_report": (r"^National\s+report\s+submitted\s+in\s+accordance\s+with\b",),
        "treaty_body_decision": (r"^(?:Views|Decision)\s+adopted\s+by\s+the\s+Committee\b",),
        "stakeholders_summary": (
            r"^Summary\s+(?:of\s+[Ss]takeholders[’']\s+submissions|prepared\s+by\s+the\s+Office\s+of\s+the\s+United\s+Nations\s+High\s+Commissioner\s+for\s+Human\s+Rights)",
        ),
    },
)
