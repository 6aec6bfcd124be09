"""The shape of a synthetic "views of Member States" report and of its expected parse result.

A :class:`SyntheticReport` holds everything that is printed, as printed, in the version's
language (cover, contents, section headings, State headings, tags, paragraphs); the writers
only lay it out. Its :class:`Expected` is written by hand, apart from the printed strings, and
says what ``read_report`` must find in any file made from it.

Conventions the expectations follow (decided here, for every format):

- A paragraph number (``1.``; Arabic ``1 -``) is structure, not text: expected paragraphs hold
  the text without it. A list marker (``–``, ``•``, ``(a)``, ``a)``, ``(أ)``) is text: expected
  paragraphs keep it, followed by one space.
- A reply printed without an original tag was written in the version's language: its expected
  ``original_language`` is the version's language.
- A reply printed without a heading has ``state`` and ``organization`` both ``None``, even when
  its text names the State: nothing is guessed.
- The symbol keeps the reissue star as the masthead prints it (``A/67/145*``); the job number
  does not (``12-41870``), since its star marks the reissue, not the job.
- Non-breaking spaces (U+00A0, U+202F) and plain spaces compare equal: pdftotext turns the
  former into the latter. Nothing else is normalised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from memberviews.core import model
from memberviews.core.model import Mandate, Section

#: How a section number and a paragraph number are printed before the text, per language.
SECTION_SEPARATOR = {"ar": " - "}
PARAGRAPH_NUMBER = {"ar": "{n} - "}
#: The letter of each language version in the job number footer: ``16-11872 (E)``.
VERSION_LETTER = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}


@dataclass(frozen=True)
class Para:
    """A paragraph as printed: an optional paragraph number or list marker, then its text."""

    text: str
    number: int | None = None
    marker: str | None = None

    def printed(self, language: str) -> str:
        """Returns the paragraph as it appears on the page, number or marker included."""
        if self.number is not None:
            return PARAGRAPH_NUMBER.get(language, "{n}. ").format(n=self.number) + self.text
        if self.marker is not None:
            return f"{self.marker} {self.text}"
        return self.text

    def expected(self) -> str:
        """Returns the paragraph as a parser must give it: marker kept, number dropped."""
        return f"{self.marker} {self.text}" if self.marker is not None else self.text


def P(text: str) -> Para:
    """An unnumbered paragraph."""
    return Para(text)


def N(number: int, text: str) -> Para:
    """A numbered paragraph (``1. text``)."""
    return Para(text, number=number)


def L(marker: str, text: str) -> Para:
    """A list item that is a paragraph of its own (``– text``, ``(a) text``)."""
    return Para(text, marker=marker)


@dataclass(frozen=True)
class SectionHead:
    """A numbered section heading: ``I. Introduction``, ``二. 从各国政府收到的答复``."""

    number: str
    heading: str

    def printed(self, language: str) -> str:
        return self.number + SECTION_SEPARATOR.get(language, ". ") + self.heading


@dataclass(frozen=True)
class Reply:
    """One reply as printed: heading (``None`` when the document lacks it), tags, text."""

    heading: str | None
    tags: tuple[str, ...]
    paragraphs: tuple[Para, ...]
    tags_on_one_line: bool = False


@dataclass(frozen=True)
class ReplySection:
    head: SectionHead
    replies: tuple[Reply, ...]


@dataclass(frozen=True)
class Cover:
    """The masthead and title block of the first page, each line as printed."""

    organization: str
    organ: str
    distribution: str
    date: str
    original: str
    session: str
    agenda_item: str
    agenda_title: str
    title: str
    report_of: str
    footnotes: tuple[str, ...]
    version_name: str | None = None
    addendum: str | None = None


@dataclass(frozen=True)
class Toc:
    """A table of contents; its entries come from the section and reply headings."""

    title: str
    page_label: str


@dataclass(frozen=True)
class ExpectedReply:
    """What a parser must find for one reply, in document order."""

    original_language: str
    date: date
    paragraphs: int
    first: str
    last: str
    iso3: str | None = None
    organization: str | None = None
    heading: str | None = None


@dataclass(frozen=True)
class Expected:
    """What a parser must find in a report, in every format it is written to."""

    symbol: str
    language: str
    job_number: str
    mandate: Mandate
    request_date: date | None
    sections: tuple[Section, ...]
    replies: tuple[ExpectedReply, ...]


@dataclass(frozen=True)
class SyntheticReport:
    """A hand-written report in one language version, and what parsing it must give."""

    key: str
    language: str
    symbol: str
    running_symbol: str
    job_number: str
    processing_date: str
    introduction_head: SectionHead
    introduction: tuple[Para, ...]
    sections: tuple[ReplySection, ...]
    expected: Expected
    variations: tuple[str, ...]
    cover: Cover | None = None
    toc: Toc | None = None
    job_mark: str = ""
    reissue_date: str | None = None

    @property
    def version_letter(self) -> str:
        return VERSION_LETTER[self.language]

    @property
    def footer_job(self) -> str:
        """The job number with its version letter, as the footers print it: ``16-11872 (E)``."""
        return f"{self.job_number} ({self.version_letter})"

    @property
    def first_footer(self) -> str:
        """The first page's footer: ``12-41870* (E)    100712    030812``."""
        dates = [self.processing_date] + ([self.reissue_date] if self.reissue_date else [])
        return f"{self.job_number}{self.job_mark} ({self.version_letter})    " + "    ".join(dates)

    @property
    def barcode(self) -> str:
        """The barcode line under the first footer, as text extraction gives it."""
        return "*" + self.job_number.replace("-", "") + "*"

    @property
    def is_cjk(self) -> bool:
        return self.language == "zh"

    @property
    def is_rtl(self) -> bool:
        return self.language == "ar"

    def all_replies(self) -> list[Reply]:
        return [reply for section in self.sections for reply in section.replies]


def who(reply: model.Reply) -> tuple[str, str | None]:
    """Who sent a reply read from a report: ("state", ISO3), ("organization", its name)."""
    if reply.organization is not None:
        return ("organization", reply.organization.name)
    if reply.state is not None:
        return ("state", reply.state.iso3)
    return ("nobody", None)


def expected_who(reply: ExpectedReply) -> tuple[str, str | None]:
    """Who a synthetic report says sent a reply, in the form of :func:`who`."""
    if reply.organization is not None:
        return ("organization", reply.organization)
    if reply.iso3 is not None:
        return ("state", reply.iso3)
    return ("nobody", None)
