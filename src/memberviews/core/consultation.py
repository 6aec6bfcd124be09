"""A consultation: what a reporting officer knows of one mandate, its request and its replies.

These are the types a report and its addenda are composed from
(:func:`memberviews.compose.compose`). They hold checked values only: consultation files
are read into them by :mod:`memberviews.compose.load`, a parsed report by
:mod:`memberviews.compose.from_document`, and the web application builds them from its
records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from memberviews.core.model import Mandate, Request
from memberviews.core.organizations import Organization
from memberviews.core.provenance import Provenance
from memberviews.core.states import State
from memberviews.core.symbols import Symbol

__all__ = [
    "Consultation",
    "DeclaredAddendum",
    "DeclaredCorrigendum",
    "ReceivedReply",
    "Reissue",
    "Sender",
    "Text",
]


@dataclass(frozen=True)
class Text:
    """A reply's text in one language and where it comes from."""

    paragraphs: tuple[str, ...]
    #: Original, or a human or machine translation; never pending (a pending text is absent).
    provenance: Provenance


@dataclass(frozen=True)
class Sender:
    """Who replied: a State of the register, or an organization.

    An organization of the register has its United Nations names in the six languages;
    ``names`` holds the names given in the consultation for any other organization.
    """

    state: State | None = None
    organization: Organization | None = None
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_state(self) -> bool:
        return self.state is not None

    def name(self, language: str) -> str:
        """Returns the name a heading in ``language`` prints."""
        if self.state is not None:
            return self.state.short_name(language)
        if language in self.names:
            return self.names[language]
        if self.organization is not None:
            return self.organization.name(language)
        return self.names.get("en") or next(iter(self.names.values()))

    def has_name(self, language: str) -> bool:
        """Whether the name in ``language`` is known (else another language's is printed)."""
        return self.state is not None or self.organization is not None or language in self.names

    @property
    def label(self) -> str:
        """The English name, for messages and lists."""
        return self.name("en")


@dataclass(frozen=True)
class ReceivedReply:
    """One reply as the consultation records it, with its texts in each language."""

    sender: Sender
    original_language: str
    date: dt.date
    date_of_receipt: dt.date | None
    texts: Mapping[str, Text]

    @property
    def received(self) -> dt.date:
        """The date the cut-off compares: the date of receipt, else the date of the reply."""
        return self.date_of_receipt or self.date


@dataclass(frozen=True)
class Reissue:
    """A technical reissue of some language versions of a document."""

    date: dt.date
    languages: tuple[str, ...]


@dataclass(frozen=True)
class DeclaredAddendum:
    """An addendum declared in advance: its cut-off, date and job numbers."""

    cut_off: dt.date | None = None
    date: dt.date | None = None
    job_numbers: Mapping[str, str] = field(default_factory=dict)
    reissue: Reissue | None = None
    #: The day the documents service processed it (the first page's footer prints it).
    processed: dt.date | None = None


@dataclass(frozen=True)
class DeclaredCorrigendum:
    """A corrigendum of the report or of an addendum, with its text in each language."""

    #: The symbol corrected: the report's or an addendum's.
    of: Symbol
    number: int
    date: dt.date | None = None
    job_numbers: Mapping[str, str] = field(default_factory=dict)
    processed: dt.date | None = None
    #: The language the corrigendum itself was written in (its masthead's Original line).
    original_language: str = "en"
    #: Per language, the paragraphs as printed; a missing language is pending.
    texts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def symbol(self) -> Symbol:
        """``A/67/131/Corr.1``; ``A/67/131/Add.1/Corr.1`` for a corrigendum of an addendum."""
        return self.of.with_suffix("Corr", self.number)


@dataclass(frozen=True)
class Consultation:
    """Everything a report and its addenda are composed from."""

    symbol: Symbol
    #: Resolution, paragraph, date of adoption and the session to report to, all known
    #: (its ``title`` is the one a parsed document quotes; composing takes each language's
    #: from ``resolution_titles``).
    mandate: Mandate
    request: Request
    replies: tuple[ReceivedReply, ...]
    cut_off: dt.date | None = None
    resolution_titles: Mapping[str, str] = field(default_factory=dict)
    subjects: Mapping[str, str] = field(default_factory=dict)
    date: dt.date | None = None
    job_numbers: Mapping[str, str] = field(default_factory=dict)
    #: The day the documents service processed the report (the first page's footer).
    processed: dt.date | None = None
    agenda_item: str | None = None
    agenda_titles: Mapping[str, str] = field(default_factory=dict)
    preliminary_list: bool | None = None
    titles: Mapping[str, str] = field(default_factory=dict)
    addenda: tuple[DeclaredAddendum, ...] = ()
    reissue: Reissue | None = None
    corrigenda: tuple[DeclaredCorrigendum, ...] = ()
