"""The model of a "views of Member States" document: a report or addendum and its replies.

Every part of memberviews speaks this model: ingest builds it from published files,
compose builds it from a consultation, render turns it into files. Unknown values are
``None``, never guessed. ``to_json`` writes the JSON contract of ``memberviews parse``;
:func:`document_from_json` reads it back (``document_from_json(d.to_json()) == d``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from memberviews.core import values as check
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind, classify_section


@dataclass(frozen=True)
class StateRef:
    """A State as named in a document, linked to the register when it could be identified."""

    name: str
    iso3: str | None = None
    m49: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"iso3": self.iso3, "m49": self.m49, "name": self.name}

    @classmethod
    def from_json(cls, data: Any, where: str = "state") -> StateRef:
        data = check.fields(data, where)
        return cls(
            name=check.text(data.get("name"), f"{where}.name"),
            iso3=check.optional_text(data.get("iso3"), f"{where}.iso3"),
            m49=check.optional_text(data.get("m49"), f"{where}.m49"),
        )


@dataclass(frozen=True)
class OrganizationRef:
    """An intergovernmental organization or UN body that replied (European Union, IAEA, ...)."""

    name: str
    acronym: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "acronym": self.acronym}

    @classmethod
    def from_json(cls, data: Any, where: str = "organization") -> OrganizationRef:
        data = check.fields(data, where)
        return cls(
            name=check.text(data.get("name"), f"{where}.name"),
            acronym=check.optional_text(data.get("acronym"), f"{where}.acronym"),
        )


@dataclass(frozen=True)
class Mandate:
    """The resolution paragraph that asks for the views and the session to report to."""

    resolution: str | None = None
    paragraph: int | None = None
    adopted: dt.date | None = None
    session: int | None = None
    #: The resolution's title as the document quotes it, in the document's language.
    title: str | None = None
    #: The body that adopted it, in English ("General Assembly", "Human Rights Council",
    #: "Commission on Human Rights"), where the text names it.
    body: str | None = None
    #: ``"resolution"`` or ``"decision"``, as the text calls it.
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``mandate`` of the JSON contract (without ``body`` and ``kind``, which
        :meth:`to_json_item` adds for the items of ``mandates``)."""
        return {
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "adopted": _iso(self.adopted),
            "session": self.session,
            "title": self.title,
        }

    def to_json_item(self) -> dict[str, Any]:
        """One item of ``mandates``: the ``mandate`` shape with ``body`` and ``kind``."""
        return {**self.to_json(), "body": self.body, "kind": self.kind}

    @classmethod
    def from_json(cls, data: Any, where: str = "mandate") -> Mandate:
        data = check.fields(data, where)
        return cls(
            resolution=check.optional_text(data.get("resolution"), f"{where}.resolution"),
            paragraph=check.optional_whole_number(data.get("paragraph"), f"{where}.paragraph"),
            adopted=check.iso_date(data.get("adopted"), f"{where}.adopted"),
            session=check.optional_whole_number(data.get("session"), f"{where}.session"),
            title=check.optional_text(data.get("title"), f"{where}.title"),
            body=check.optional_text(data.get("body"), f"{where}.body"),
            kind=check.optional_text(data.get("kind"), f"{where}.kind"),
        )


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
    #: What the section holds; when not given, what the heading says, in any of the six
    #: languages (None for a heading of no known kind).
    kind: SectionKind | None = None

    def __post_init__(self) -> None:
        if self.kind is None:
            object.__setattr__(self, "kind", classify_section(self.heading))

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "heading": self.heading, "kind": self.kind}

    @classmethod
    def from_json(cls, data: Any, where: str = "section") -> Section:
        data = check.fields(data, where)
        return cls(
            number=check.optional_text(data.get("number"), f"{where}.number"),
            heading=check.text(data.get("heading"), f"{where}.heading"),
            kind=check.optional_choice(data.get("kind"), f"{where}.kind", SectionKind),
        )


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
    #: The kind of section the reply stands in (governments or organizations).
    section: SectionKind | None = None
    paragraphs: list[str] = field(default_factory=list)
    #: The printed number of each paragraph ("1"), or None where it has none.
    paragraph_numbers: list[str | None] = field(default_factory=list)
    #: Whether the document printed an original tag (else the original was inferred).
    original_tagged: bool = False
    #: Where this language's text comes from (pending: there is none yet, and
    #: ``paragraphs`` is empty); None where the document does not say.
    provenance: Provenance | None = None

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
        out["provenance"] = self.provenance
        out["section"] = self.section
        out["original_tagged"] = self.original_tagged
        return out

    @classmethod
    def from_json(cls, data: Any, where: str = "reply") -> Reply:
        data = check.fields(data, where)
        state = organization = None
        if data.get("organization") is not None:
            organization = OrganizationRef.from_json(data["organization"], f"{where}.organization")
        elif data.get("state") is not None:
            state = StateRef.from_json(data["state"], f"{where}.state")
        paragraphs = check.texts(data.get("paragraphs", []), f"{where}.paragraphs")
        numbers = check.items(data.get("paragraph_numbers", []), f"{where}.paragraph_numbers")
        tagged = check.boolean(data.get("original_tagged", False), f"{where}.original_tagged")
        return cls(
            state=state,
            organization=organization,
            heading=check.optional_text(data.get("heading"), f"{where}.heading"),
            original_language=check.optional_text(
                data.get("original_language"), f"{where}.original_language"
            ),
            date=check.iso_date(data.get("date"), f"{where}.date"),
            date_of_receipt=check.iso_date(data.get("date_of_receipt"), f"{where}.date_of_receipt"),
            section=check.optional_choice(data.get("section"), f"{where}.section", SectionKind),
            paragraphs=paragraphs,
            paragraph_numbers=[
                check.optional_text(n, f"{where}.paragraph_numbers[{i}]")
                for i, n in enumerate(numbers)
            ],
            original_tagged=tagged,
            provenance=check.optional_choice(
                data.get("provenance"), f"{where}.provenance", Provenance
            ),
        )


@dataclass
class Document:
    """A report, addendum or corrigendum in one language version."""

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
    #: The document's own paragraphs outside the introduction, sections and replies: a
    #: corrigendum's corrections ("Paragraph 2, line 1", "For … read …"). Empty for a
    #: report or an addendum, and for a corrigendum whose text is pending in this language.
    body: list[str] = field(default_factory=list)
    #: The dates the first page's job-number footer prints (``260719 010819``): when the
    #: version was processed, and when it was reissued; None when not known.
    processed: dt.date | None = None
    reissued: dt.date | None = None
    #: Every mandating resolution (or decision) and paragraph the summary and introduction
    #: cite, one item per paragraph, in the order of the text; the first is ``mandate``
    #: with the body and kind the text gives it.
    mandates: list[Mandate] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Returns the document as the JSON contract of ``memberviews parse`` describes it."""
        request = self.request
        return {
            "symbol": self.symbol,
            "language": self.language,
            "title": self.title,
            "session": self.session,
            "agenda_item": self.agenda_item,
            "agenda_title": self.agenda_title,
            "preliminary_list": self.preliminary_list,
            "job_number": self.job_number,
            "date": _iso(self.date),
            "original_languages": list(self.original_languages),
            "footnotes": list(self.footnotes),
            "mandate": self.mandate.to_json() if self.mandate else None,
            "mandates": [m.to_json_item() for m in self.mandates],
            "request_date": _iso(request.date) if request else None,
            "request_reference": request.reference if request else None,
            "request_deadline": _iso(request.deadline) if request else None,
            "sections": [s.to_json() for s in self.sections],
            "introduction": list(self.introduction),
            "replies": [r.to_json() for r in self.replies],
            "body": list(self.body),
            "processed": _iso(self.processed),
            "reissued": _iso(self.reissued),
        }

    @classmethod
    def from_json(cls, data: Any) -> Document:
        """Rebuilds a document from :meth:`to_json` output (see :func:`document_from_json`)."""
        data = check.fields(data, "document")
        request = Request(
            date=check.iso_date(data.get("request_date"), "request_date"),
            reference=check.optional_text(data.get("request_reference"), "request_reference"),
            deadline=check.iso_date(data.get("request_deadline"), "request_deadline"),
        )
        preliminary = check.optional_boolean(data.get("preliminary_list"), "preliminary_list")
        mandate = Mandate.from_json(data["mandate"]) if data.get("mandate") is not None else None
        mandates = [
            Mandate.from_json(m, f"mandates[{i}]")
            for i, m in enumerate(check.items(data.get("mandates", []), "mandates"))
        ]
        sections = check.items(data.get("sections", []), "sections")
        replies = check.items(data.get("replies", []), "replies")
        return cls(
            symbol=check.optional_text(data.get("symbol"), "symbol"),
            language=check.optional_text(data.get("language"), "language"),
            title=check.optional_text(data.get("title"), "title"),
            session=check.optional_whole_number(data.get("session"), "session"),
            agenda_item=check.optional_text(data.get("agenda_item"), "agenda_item"),
            job_number=check.optional_text(data.get("job_number"), "job_number"),
            date=check.iso_date(data.get("date"), "date"),
            original_languages=check.texts(
                data.get("original_languages", []), "original_languages"
            ),
            mandate=mandate,
            request=request if request != Request() else None,
            sections=[Section.from_json(s, f"sections[{i}]") for i, s in enumerate(sections)],
            replies=[Reply.from_json(r, f"replies[{i}]") for i, r in enumerate(replies)],
            introduction=check.texts(data.get("introduction", []), "introduction"),
            agenda_title=check.optional_text(data.get("agenda_title"), "agenda_title"),
            preliminary_list=preliminary,
            footnotes=check.texts(data.get("footnotes", []), "footnotes"),
            body=check.texts(data.get("body", []), "body"),
            processed=check.iso_date(data.get("processed"), "processed"),
            reissued=check.iso_date(data.get("reissued"), "reissued"),
            mandates=mandates,
        )


def document_from_json(data: Mapping[str, Any]) -> Document:
    """Rebuilds a Document from the output of :meth:`Document.to_json`.

    Reads the JSON of ``memberviews parse`` (also as written before the keys added for
    composing existed: missing keys take their defaults) and of composed documents. Raises
    :class:`~memberviews.core.values.ValueProblem` (a ``ValueError``) naming the key when a
    value has the wrong type or a date is not ISO 8601.
    """
    return Document.from_json(data)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
