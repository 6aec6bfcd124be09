"""The shape of a wording table, and the folding that reading compares words with."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache


@dataclass(frozen=True, eq=False)
class ResolutionWording:
    """How a resolution asks for the views of States, in one language: each entry is a list
    of regular expressions, matched case-insensitively against one operative paragraph."""

    #: The request for views ("Requests the Secretary-General to seek the views of Member
    #: States", "Invites Member States to inform the Secretary-General of their views").
    requests: tuple[str, ...] = ()
    #: What the views are sought on: the group ``subject``, read after the request.
    subject: tuple[str, ...] = ()
    #: Recurrence by its name in :class:`memberviews.core.resolutions.Recurrence`.
    recurrence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Who else is invited: ``observers``, ``organizations``, ``civil_society``.
    invites: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The header's "Resolution adopted by the General Assembly on {date}".
    adopted: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class NoteWording:
    """The note verbale that asks for views, in one language. Fields in braces: ``{office}``
    (the office's name in this language), ``{resolution}``, ``{adopted}`` (a date),
    ``{title}``, ``{paragraphs}`` ("paragraph 8"), ``{deadline}`` (a date)."""

    #: The office that sends the notes: "Office for Disarmament Affairs".
    office: str = ""
    #: "The {office} … presents its compliments to the Permanent Missions … and has the
    #: honour to refer to resolution {resolution} …, {paragraphs} of which reads as follows:".
    opening: str = ""
    #: The request itself, with the deadline.
    request: str = ""
    #: "The {office} avails itself of this opportunity to renew … the assurances of its
    #: highest consideration."
    closing: str = ""
    #: "paragraph {number}" and "paragraphs {numbers}".
    paragraph: str = ""
    paragraphs: str = ""
    #: The reference line: "Reference: {reference}".
    reference: str = ""
    #: An extension of the deadline: "{office} … informs … that the deadline … of {dated}
    #: ({reference}) has been extended to {deadline}."
    extension: str = ""
    #: A reminder: "… recalls its note {reference} of {dated} … by {deadline}."
    reminder: str = ""
    #: The marks a quotation opens and closes with: "“", "”" (« » in French and Russian).
    quotes: tuple[str, str] = ("“", "”")


# eq=False: tables are compared (and cached) by identity; they hold dicts.
@dataclass(frozen=True, eq=False)
class Wording:
    """What a report says, and how, in one language."""

    code: str
    #: How tags and mastheads name each language, e.g. ``{"es": "Spanish"}``.
    language_names: Mapping[str, str]
    #: Further spellings accepted when reading (``بالانكليزية`` beside ``بالإنكليزية``).
    language_name_variants: Mapping[str, tuple[str, ...]]
    #: ``[Original: {language}]`` as the language writes it.
    original_tag: str
    #: Regex for the inside of the original tag; the group ``language`` holds the name(s).
    original_tag_pattern: str
    #: Month names as dates write them (genitive in Russian), January first.
    months: tuple[str, ...]
    #: Regex for a date; named groups ``day``, ``month``, ``year``.
    date_pattern: str
    #: Writes a date as the language's reports print it.
    format_date: Callable[[date], str]
    #: Section numbers: ``I``, ``II``… or ``一``, ``二``… or ``أولا``, ``ثانيا``….
    section_numerals: tuple[str, ...]
    #: Letters of subsections (``A. Member States``): ``A``, ``B``… or ``ألف``, ``باء``….
    subsection_letters: tuple[str, ...]
    #: How an unnumbered section heading can begin ("Replies", "Réponses", "从"…).
    section_openers: tuple[str, ...]
    #: How a numbered section heading is written: ``{number}. {title}``.
    section_heading: str
    #: Preferred section titles by kind: ``introduction``, ``governments``, ``organizations``.
    section_titles: Mapping[str, str]
    #: Words that classify a section heading when reading, by kind.
    section_keywords: Mapping[str, tuple[str, ...]]
    #: Titles of a table of contents.
    contents_titles: tuple[str, ...]
    #: Ordinal words for a session number, preferred form first.
    session_ordinals: Callable[[int], tuple[str, ...]]
    #: Regex for a session mention; group ``ordinal`` holds the ordinal words or digits.
    session_pattern: str
    #: Regex for the masthead's agenda line; group ``item`` ("98 (c)").
    agenda_pattern: str
    #: Regex for "paragraph N" as the introduction writes it; group ``number``.
    paragraph_pattern: str
    #: Regex for the words just before a date that make it a deadline ("by", "d'ici au").
    deadline_before: str
    #: Regex for the words just after a date that make it a deadline (Chinese "之前").
    deadline_after: str
    #: The footnote of a technical reissue ("* Reissued for technical reasons on …").
    reissue_notes: tuple[str, ...]
    #: The word for "and" between two languages in an original tag.
    conjunctions: tuple[str, ...]
    #: What follows a session number written in digits ("67th", "67e", "67.º").
    digit_ordinal_suffixes: tuple[str, ...]
    #: The masthead: "United Nations", the organ, the distribution line.
    united_nations: str
    general_assembly: str
    distribution: str
    #: The masthead's originals line, ``{languages}`` joined with "/".
    original_line: str
    #: Language names as the masthead writes them, where they differ from the tag's
    #: (Russian nominative "английский" against the tag's "на английском языке").
    masthead_language_names: Mapping[str, str]
    #: The session line: ``{Ordinal}`` is the capitalised ordinal, ``{ordinal}`` as is.
    session_line: str
    #: The agenda line, before and after the provisional agenda exists.
    provisional_agenda: str
    preliminary_list: str
    #: The words set under the title of an addendum and of a corrigendum.
    addendum: str
    corrigendum: str
    #: Shown where the translation of a reply into this language is not there yet.
    translation_pending: str
    #: Words naming a note verbale (the request).
    note_verbale_words: tuple[str, ...]
    #: Words naming a resolution.
    resolution_words: tuple[str, ...]
    #: "Report of the Secretary-General" and its variants.
    report_titles: tuple[str, ...]
    #: The introduction's first paragraph, written from the mandate. Fields: ``{adopted}``
    #: (a date), ``{resolution}`` ("66/32"), ``{entitled}`` (``introduction_title`` filled in,
    #: or empty when the title is not known in this language), ``{paragraph}``, ``{subject}``
    #: and ``{session}`` (the session's ordinal, first of ``session_ordinals``).
    introduction_mandate: str
    #: The resolution's title as the first paragraph quotes it: ``, entitled “{title}”``.
    introduction_title: str
    #: What the views are sought on when the consultation does not say ("the issue").
    introduction_subject: str
    #: The introduction's second paragraph, written from the request: ``{date}`` of the
    #: note verbale, then ``{replies}``, one of ``introduction_replies``.
    introduction_request: str
    #: Where the replies are and that later ones become addenda, by how many reply sections
    #: the report has: ``none``, ``one`` (``{first}``), ``two`` (``{first}``, ``{second}``).
    introduction_replies: Mapping[str, str]
    #: An addendum's introduction; ``{symbol}`` is the main report's symbol.
    addendum_introduction: str
    #: The cover footnote of a technical reissue, after its ``*``; ``{date}`` of the reissue.
    reissue_note: str
    #: The language whose State and organization names set the order of the replies in this
    #: version: its own code to sort by its own names, ``"en"`` to keep the English order.
    reply_order: str
    #: Frequent short words, used to tell Latin-script languages apart.
    stopwords: frozenset[str] = field(default_factory=frozenset)
    #: Section numbers as some PDF producers extract them, with the number they stand for
    #: (a lam-alef ligature written back to front: "أوال" for "أولا").
    section_numeral_variants: Mapping[str, str] = field(default_factory=dict)
    #: Further month spellings accepted when reading, with their month number.
    month_variants: Mapping[str, int] = field(default_factory=dict)
    #: How a resolution asks for views (read by the mandate reader).
    resolution: ResolutionWording = field(default_factory=ResolutionWording)
    #: The note verbale that asks for views.
    note: NoteWording = field(default_factory=NoteWording)
    #: The language the masthead's distribution block (``Distr.: General``, the date, the
    #: version's language, ``Original: …``) is written in: English in the Arabic, Chinese and
    #: Russian versions, the version's own in the English, French and Spanish ones.
    masthead_block_language: str = "en"
    #: Whether the block names the version's language ("Russian", "Français"): every
    #: version but the English, whose block goes from the date to "Original: …".
    masthead_version_line: bool = True
    #: The mark set on every page of a draft version (a translation still pending or not
    #: revised): "Draft".
    draft: str = "Draft"
    #: The heading of the page-number column of a table of contents ("Page").
    contents_page: str = "Page"
    #: A corrigendum's correction line: the words it opens with ("For") and the word between
    #: the old and the new text ("read"); :attr:`corrigendum_italic` sets both in italics.
    corrigendum_for: str = "For"
    corrigendum_read: str = "read"
    corrigendum_italic: bool = True
    #: Regex of what a date or a text sets as a superscript (the French ``1er``): the group
    #: ``raised`` is raised.
    superscript_pattern: str = ""
    #: How the agenda line prints a sub-item's letter after the number: ``({letter})``
    #: ("94 (h)"), ``{letter})`` in French and Spanish ("94 h)"). See
    #: :mod:`memberviews.core.agenda`.
    agenda_letter: str = "({letter})"
    #: The letters of sub-items in order: Latin ``a``–``z``; the abjad order in Arabic
    #: (أ ب ج د هـ …), so that the eighth, (h), is ح.
    agenda_letters: tuple[str, ...] = tuple("abcdefghijklmnopqrstuvwxyz")
    #: Regex for a citation of one or more mandating resolutions or decisions ("resolutions
    #: 70/31 and 70/237", "第70/31号决议"): group ``kind`` (the word) and group ``numbers``
    #: (the list; each number is matched by :data:`RESOLUTION_NUMBER`).
    mandate_citation: str = ""
    #: Regex matched against the ``kind`` group that makes the citation a decision.
    mandate_decision: str = ""
    #: Regex for "paragraphs 2 and 3" (one or more paragraph numbers): group ``numbers``.
    mandate_paragraphs: str = ""
    #: Regex of the words that make a sentence a mandate ("requested", "pursuant to").
    mandate_cues: str = ""
    #: The bodies that adopt mandates, by their English name: regex of how the text names
    #: them ("Human Rights Council": "Conseil des droits de l[’']homme").
    mandate_bodies: Mapping[str, str] = field(default_factory=dict)
    #: What a document of another kind says at its start, by kind (``resolution``,
    #: ``note_verbale``, ``letter``, ``national_report``, ``treaty_body_decision``,
    #: ``stakeholders_summary``): regexes matched against its first paragraphs.
    document_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def month_numbers(self) -> dict[str, int]:
        return _month_numbers(self)

    @property
    def session_numbers(self) -> dict[str, int]:
        return _session_numbers(self)


@cache
def _month_numbers(wording: Wording) -> dict[str, int]:
    numbers = {normalize_words(m): i for i, m in enumerate(wording.months, start=1)}
    numbers.update((normalize_words(m), i) for m, i in wording.month_variants.items())
    return numbers


@cache
def _session_numbers(wording: Wording) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for n in range(1, 121):
        for form in wording.session_ordinals(n):
            numbers.setdefault(normalize_words(form), n)
    return numbers


#: A resolution's or decision's number as a citation writes it: "70/31", "2004/21", "35/46 C",
#: "S-27/2", "A/RES/70/31" (case-sensitive, whatever the flags of the pattern around it).
RESOLUTION_NUMBER = (
    r"(?-i:(?<![\d/])(?:[AE]/RES/)?(?:E?S-)?\d{1,4}/\d{1,3}(?![\d/])"
    r"(?:\s?[A-Z]{1,2}(?![A-Za-z])|\s(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء)(?!\S))?)"
)

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\-‐‑–]+")


def normalize_words(text: str) -> str:
    """Folds case, hyphens and spaces so that "Sixty-seventh" matches "sixty seventh"."""
    text = text.casefold().replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    text = text.replace("ё", "е").replace("ـ", "")
    return _SPACES.sub(" ", text).strip()
