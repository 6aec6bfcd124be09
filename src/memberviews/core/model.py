"""The model of a "views of Member States" document: a report or addendum and its replies.

Every part of memberviews speaks this model: ingest builds it from published files,
compose builds it from a consultation, render turns it into files. Unknown values are
``None``, never guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class StateRef:
    """A State as named in a document, linked to the register when it could be identified."""

    name: str
    iso3: str | None = None
    m49: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"iso3": self.iso3, "m49": self.m49, "name": self.name}


@dataclass(frozen=True)
class OrganizationRef:
    """An intergovernmental organization or UN body that replied (European Union, IAEA, ...)."""

    name: str
    acronym: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "acronym": self.acronym}


@dataclass(frozen=True)
class Mandate:
    """The resolution paragraph that asks for the views and the session to report to."""

    resolution: str | None = None
    paragraph: int | None = None
    adopted: dt.date | None = None
    session: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "adopted": _iso(self.adopted),
            "session": self.session,
        }


@dataclass(frozen=True)
class Request:
    """The note verbale that asked Member States for their views."""

    date: dt.date | None = None
    reference: str | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class Section:
    """A numbered section of the report (``I. Introduction``; ``二. 从各国政府收到的答复``)."""

    number: str | None
    heading: str

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "heading": self.heading}


@dataclass
class Reply:
    """One reply: who sent it, in which original language, when, and what it said.

    ``date`` is the date printed under the heading. Whether that is the date of the
    reply or of its receipt is not settled across reports, so both are kept;
    ``date_of_receipt`` is filled only where a document or the portal says so.
    """

    state: StateRef | None = None
    organization: OrganizationRef | None = None
    heading: str | None = None
    original_language: str | None = None
    date: dt.date | None = None
    date_of_receipt: dt.date | None = None
    section: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    #: The printed number of each paragraph ("1"), or None where it has none.
    paragraph_numbers: list[str | None] = field(default_factory=list)
    #: Whether the document printed an original tag (else the original was inferred).
    original_tagged: bool = False
    #: Where this language's text comes from: "original", "human" or "machine"
    #: translation, or "pending" when there is none yet (then ``paragraphs`` is empty).
    provenance: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.organization is not None:
            out["organization"] = self.organization.to_json()
        else:
            out["state"] = self.state.to_json() if self.state else None
        out["heading"] = self.heading
        out["original_language"] = self.original_language
        out["date"] = _iso(self.date)
        out["date_of_receipt"] = _iso(self.date_of_receipt)
        out["paragraphs"] = list(self.paragraphs)
        out["paragraph_numbers"] = list(self.paragraph_numbers)
        return out


@dataclass
class Document:
    """A report or addendum in one language version."""

    symbol: str | None = None
    language: str | None = None
    title: str | None = None
    session: int | None = None
    agenda_item: str | None = None
    job_number: str | None = None
    date: dt.date | None = None
    original_languages: list[str] = field(default_factory=list)
    mandate: Mandate | None = None
    request: Request | None = None
    sections: list[Section] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    introduction: list[str] = field(default_factory=list)
    #: The agenda item's own title ("General and complete disarmament"), above the title.
    agenda_title: str | None = None
    #: Whether the agenda is still the preliminary list (footnote ``A/67/50``) rather than
    #: the provisional agenda (``A/67/150``); None when unknown.
    preliminary_list: bool | None = None
    #: Footnotes of the cover page beyond the agenda's (a technical reissue's date…).
    footnotes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Returns the document as the JSON contract of ``memberviews parse`` describes it."""
        return {
            "symbol": self.symbol,
            "language": self.language,
            "title": self.title,
            "session": self.session,
            "agenda_item": self.agenda_item,
            "job_number": self.job_number,
            "date": _iso(self.date),
            "original_languages": list(self.original_languages),
            "mandate": self.mandate.to_json() if self.mandate else None,
            "request_date": _iso(self.request.date) if self.request else None,
            "sections": [s.to_json() for s in self.sections],
            "introduction": list(self.introduction),
            "replies": [r.to_json() for r in self.replies],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
