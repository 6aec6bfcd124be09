"""Akoma Ntoso 3.0 XML of a report or addendum, named as AKN4UN names UN documents.

One language version is one ``<doc>`` (:func:`akn_xml`); several versions of one symbol are
one ``<documentCollection>`` with a component per language (:func:`akn_document`). The
identifiers follow the Akoma Ntoso naming convention with the AKN4UN parts::

    work           /akn/un/doc/report/unsg/2012-07-05/A-67-131
    expression     /akn/un/doc/report/unsg/2012-07-05/A-67-131/zho@2012-07-05
    manifestation  /akn/un/doc/report/unsg/2012-07-05/A-67-131/zho@2012-07-05.xml

(``FRBRthis`` adds the component, ``/!main``). Addenda keep the subtype ``report`` and are
told apart by their number (``A-67-131-Add.1``) and by ``<doc name="addendum">``. The work
and the expression carry the version's title as printed on its masthead, in its language, as
``<FRBRalias name="title" xml:lang="zh-CN">`` (where other Akoma Ntoso tools, Laws.Africa's
``cobalt`` among them, read a title); a document without a title has no alias.

The dates in the identifiers are the document's own. A document without one (a report read
from text that starts below the masthead) is named by a date given for it (``date=``, the
``--date`` of ``memberviews render``); its preface still prints no date, as its pages do.

What is printed comes from :mod:`memberviews.render.common`, in the version's language.
What a machine needs beyond it sits in attributes: each reply's ``<hcontainer name="reply">``
refers to its sender's TLC (``refersTo="#CUB"``; the TLC carries ``mv:iso3`` and ``mv:m49``)
and carries ``mv:original_language``, ``mv:date``, ``mv:date_of_receipt`` and
``mv:provenance``; the job number, session, agenda item, mandate and request are in
``<proprietary>``. ``mv:`` names and values are those of the JSON contract of
``memberviews parse`` (ISO 639-1 ``es``); Akoma Ntoso's own fields use ISO 639-2 (``zho``).

Elements are built with lxml, never by pasting strings, and characters XML cannot hold
(form feeds and other C0 controls from PDF text) are dropped from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxml import etree

from memberviews.core.languages import LanguageError, get_language
from memberviews.core.model import Document
from memberviews.core.symbols import Symbol, SymbolError, parse_symbol, to_akn
from memberviews.render import common
from memberviews.render.common import Masthead, Printed, PrintedReply
from memberviews.render.errors import RenderError
from memberviews.render.schema import validate_akn

__all__ = [
    "AKN_LANGUAGES",
    "AKN_NAMESPACE",
    "MV_NAMESPACE",
    "Identifiers",
    "akn_document",
    "akn_identifiers",
    "akn_xml",
    "render_akn",
    "validate_akn",
]

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#: memberviews' own attributes and metadata, named and valued as the JSON contract of
#: ``memberviews parse`` (the schema admits other namespaces and leaves them unchecked).
MV_NAMESPACE = "urn:memberviews:akn:1"
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

#: ISO 639-2 codes of the six languages, as Akoma Ntoso IRIs and ``FRBRlanguage`` write them.
AKN_LANGUAGES = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}

# The IRI parts that do not vary: the document type, its subtype, and the actor that
# emanates a report of the Secretary-General.
_COUNTRY = "un"
_DOC_TYPE = "doc"
_SUBTYPE = "report"
_ACTOR = "unsg"
#: ``<doc name>`` by the symbol's suffix; the last suffix decides (an addendum's corrigendum
#: is a corrigendum).
_DOC_NAMES = {"Add": "addendum", "Corr": "corrigendum"}

_SOURCE = "memberviews"
_AUTHOR = "secretaryGeneral"
_ORGAN = "generalAssembly"
_DATE_OF_REPLY = "dateOfReply"

_ISO3 = re.compile(r"[A-Z]{3}")
_NOT_NAME = re.compile(r"[^A-Za-z0-9]")
#: The document's facts kept in ``<proprietary>``: its identity and what no cover prints.
_FACTS = (
    "symbol language job_number session agenda_item preliminary_list"
    " request_date request_reference request_deadline"
).split()
_NOTE_MARKER = re.compile(r"^(?P<marker>[*†‡]+)\s*")


@dataclass(frozen=True)
class Identifiers:
    """The FRBR IRIs of one language version (without the ``/!main`` component)."""

    work: str
    expression: str
    manifestation: str


@dataclass(frozen=True)
class _Version:
    """What a language version must have to be named: symbol, date and language."""

    document: Document
    symbol: Symbol
    date: dt.date
    language: str  # ISO 639-1
    ids: Identifiers

    @property
    def akn_language(self) -> str:
        return AKN_LANGUAGES[self.language]


@dataclass(frozen=True)
class _Sender:
    """A TLC for who sent a reply: a State (by ISO3) or an organization."""

    eid: str
    href: str
    name: str
    iso3: str | None = None
    m49: str | None = None
    acronym: str | None = None


def akn_identifiers(document: Document, *, date: dt.date | None = None) -> Identifiers:
    """Returns the work, expression and manifestation IRIs of a language version.

    ``date`` names a document that has no date of its own (see :func:`akn_xml`). Raises
    ``RenderError`` when the symbol, the date or the language is missing.
    """
    return _version(document, date).ids


def akn_xml(
    document: Document, *, generated: dt.date | None = None, date: dt.date | None = None
) -> bytes:
    """Returns one language version as an Akoma Ntoso ``<doc>``, UTF-8 encoded.

    ``generated`` is the manifestation's date (today by default). ``date`` is the work and
    expression date of a document that has none; a document's own date is its only date, so
    a ``date`` other than it is refused. Raises ``RenderError`` when the document cannot be
    named (no symbol, no date of its own nor given, no language) or ``date`` is not its date.
    """
    version = _version(document, date)
    root = _root()
    _doc(root, version, prefix="", generated=generated or dt.date.today(), references=True)
    return _serialise(root)


def akn_document(
    documents: list[Document], *, generated: dt.date | None = None, date: dt.date | None = None
) -> bytes:
    """Returns several language versions of one document as one ``<documentCollection>``.

    The collection is the multilingual expression (``mul``) of the work; each version is a
    component ``cmp_{language}`` holding its own ``<doc>`` with its own expression, its eIds
    prefixed with the component's. The TLCs (senders, authors) are the collection's, and so
    is every version's title, one alias each, in the versions' order. ``date`` names the
    versions that have no date (see :func:`akn_xml`). Raises ``RenderError`` for an empty
    list, two versions in one language, or versions of different works.
    """
    if not documents:
        raise RenderError("no language version to put in the Akoma Ntoso collection")
    versions = [_version(d, date) for d in documents]
    works = {v.ids.work for v in versions}
    if len(works) > 1:
        raise RenderError(f"the versions are not of one document: {', '.join(sorted(works))}")
    languages = [v.language for v in versions]
    if len(set(languages)) < len(languages):
        raise RenderError(f"two versions in one language: {', '.join(languages)}")
    first = versions[0]
    when = generated or dt.date.today()
    expression = f"{first.ids.work}/mul@{first.date.isoformat()}"
    ids = Identifiers(first.ids.work, expression, f"{expression}.xml")

    root = _root()
    collection = _el(root, "documentCollection", name=_doc_name(first.symbol))
    meta = _el(collection, "meta")
    _identification(meta, first, ids, [v.akn_language for v in versions], _titles(versions), when)
    senders = [s for v in versions for s in _senders(v.document)]
    _references(meta, first.document, _unique(senders))
    body = _el(collection, "collectionBody")
    for version in versions:
        eid = f"cmp_{version.akn_language}"
        component = _el(body, "component", eId=eid)
        _doc(component, version, prefix=f"{eid}__", generated=when, references=False)
    return _serialise(root)


def render_akn(document: Document, out: Path, *, date: dt.date | None = None) -> None:
    """Writes one language version as Akoma Ntoso XML to ``out``.

    ``date`` is the expression date of a document that has none (see :func:`akn_xml`).
    Raises RenderError when the document has no language, symbol or date, or ``date`` is
    not the document's own.
    """
    common.language_of(document)
    out.write_bytes(akn_xml(document, date=date))


# The document ------------------------------------------------------------------------------


def _version(document: Document, date: dt.date | None = None) -> _Version:
    """The version to name: by its own date, else by ``date``; RenderError if neither or
    if they differ."""
    if not document.symbol:
        raise RenderError("the document has no symbol: Akoma Ntoso names it by its symbol")
    try:
        symbol = parse_symbol(document.symbol)
    except SymbolError as error:
        raise RenderError(str(error)) from None
    issued = document.date or date
    if issued is None:
        raise RenderError(f"{symbol} has no date: its Akoma Ntoso identifiers need one")
    if date is not None and date != issued:
        raise RenderError(
            f"{symbol} is dated {issued.isoformat()}, not {date.isoformat()}:"
            " its Akoma Ntoso identifiers take its own date"
        )
    if document.language is None:
        raise RenderError(f"{symbol} has no language: say which version to render")
    try:
        language = get_language(document.language).code
    except LanguageError as error:
        raise RenderError(str(error)) from None
    day = issued.isoformat()
    work = f"/akn/{_COUNTRY}/{_DOC_TYPE}/{_SUBTYPE}/{_ACTOR}/{day}/{to_akn(symbol)}"
    expression = f"{work}/{AKN_LANGUAGES[language]}@{day}"
    ids = Identifiers(work, expression, f"{expression}.xml")
    return _Version(document, symbol, issued, language, ids)


def _doc(
    parent: etree._Element, version: _Version, *, prefix: str, generated: dt.date, references: bool
) -> None:
    document = version.document
    doc = _el(parent, "doc", name=_doc_name(version.symbol))
    meta = _el(doc, "meta")
    _identification(
        meta, version, version.ids, [version.akn_language], _titles([version]), generated
    )
    senders = _senders(document)
    if references:
        _references(meta, document, _unique(senders))
    _proprietary(meta, document)
    lang = get_language(version.language).bcp47
    session = document.session or version.symbol.session
    page = common.printed(document)
    preface = _el(doc, "preface", **{_xml("lang"): lang})
    if page.draft is not None:
        # A draft says so before anything else (the paged formats, on every page).
        _el(preface, "p", page.draft, **{"class": "draft"})
    _preface(preface, page.masthead, document, session, prefix)
    _main_body(_el(doc, "mainBody", **{_xml("lang"): lang}), page, senders, prefix)


def _printed(symbol: Symbol) -> str:
    """The symbol without reissue stars: a reissue is the same work (as in ``to_akn``)."""
    return str(replace(symbol, reissued=0))


def _doc_name(symbol: Symbol) -> str:
    return _DOC_NAMES.get(symbol.suffixes[-1].kind, "report") if symbol.suffixes else "report"


def _titles(versions: list[_Version]) -> list[tuple[str, str]]:
    """Each version's title as its masthead prints it, with its BCP 47 language; a version
    without a title gives none (no stand-in)."""
    found = []
    for version in versions:
        title = common.masthead(version.document).title
        if title:
            found.append((title, get_language(version.language).bcp47))
    return found


def _identification(
    meta: etree._Element,
    version: _Version,
    ids: Identifiers,
    languages: list[str],
    titles: list[tuple[str, str]],
    generated: dt.date,
) -> None:
    ident = _el(meta, "identification", source=f"#{_SOURCE}")
    date = version.date.isoformat()
    work = _el(ident, "FRBRWork")
    _el(work, "FRBRthis", value=f"{ids.work}/!main")
    _el(work, "FRBRuri", value=ids.work)
    _aliases(work, titles)
    _el(work, "FRBRdate", date=date, name="publication")
    _el(work, "FRBRauthor", href=f"#{_AUTHOR}")
    _el(work, "FRBRcountry", value=_COUNTRY)
    _el(work, "FRBRsubtype", value=_SUBTYPE)
    _el(work, "FRBRnumber", value=to_akn(version.symbol), showAs=_printed(version.symbol))
    expression = _el(ident, "FRBRExpression")
    _el(expression, "FRBRthis", value=f"{ids.expression}/!main")
    _el(expression, "FRBRuri", value=ids.expression)
    _aliases(expression, titles)
    _el(expression, "FRBRdate", date=date, name="publication")
    _el(expression, "FRBRauthor", href=f"#{_AUTHOR}")
    for language in languages:
        _el(expression, "FRBRlanguage", language=language)
    manifestation = _el(ident, "FRBRManifestation")
    _el(manifestation, "FRBRthis", value=f"{ids.expression}/!main.xml")
    _el(manifestation, "FRBRuri", value=ids.manifestation)
    _el(manifestation, "FRBRdate", date=generated.isoformat(), name="generation")
    _el(manifestation, "FRBRauthor", href=f"#{_SOURCE}")
    _el(manifestation, "FRBRformat", value="application/akn+xml")


def _aliases(frbr: etree._Element, titles: list[tuple[str, str]]) -> None:
    """The titles as ``FRBRalias name="title"``, after ``FRBRuri`` as the schema orders them."""
    for title, lang in titles:
        _el(frbr, "FRBRalias", value=title, name="title", **{_xml("lang"): lang})


def _references(meta: etree._Element, document: Document, senders: list[_Sender]) -> None:
    refs = _el(meta, "references", source=f"#{_SOURCE}")
    # showAs of the role and the concept label metadata, not printed text: the wording
    # tables have no word for either.
    fixed = (
        ("TLCOrganization", _SOURCE, "organization", _SOURCE),
        ("TLCOrganization", _ORGAN, "organization", common.wording(document).general_assembly),
        ("TLCRole", _AUTHOR, "role", "Secretary-General"),
        ("TLCConcept", _DATE_OF_REPLY, "concept", "Date printed under a reply's heading"),
    )
    for tag, eid, kind, label in fixed:
        _el(refs, tag, eId=eid, href=f"/akn/ontology/{kind}/{_COUNTRY}/{eid}", showAs=label)
    for sender in senders:
        tlc = _el(refs, "TLCOrganization", eId=sender.eid, href=sender.href, showAs=sender.name)
        _mv(tlc, iso3=sender.iso3, m49=sender.m49, acronym=sender.acronym)


def _unique(senders: list[_Sender | None]) -> list[_Sender]:
    """The senders once each, by eId (a State can be named twice), first naming kept."""
    found: dict[str, _Sender] = {}
    for sender in senders:
        if sender is not None:
            found.setdefault(sender.eid, sender)
    return list(found.values())


def _senders(document: Document) -> list[_Sender | None]:
    """The TLC of each reply's sender, in reply order; None where nobody is named."""
    found: list[_Sender | None] = []
    for n, reply in enumerate(document.replies, start=1):
        name = common.reply_heading(reply)
        if reply.organization is not None:
            acronym = reply.organization.acronym
            key = _NOT_NAME.sub("", acronym or "")
            eid = f"org_{key}" if key else f"sender_{n}"
            href = f"/akn/ontology/organization/{_COUNTRY}/{eid}"
            found.append(_Sender(eid, href, name, acronym=acronym))
        elif reply.state is not None:
            iso3 = reply.state.iso3 if _ISO3.fullmatch(reply.state.iso3 or "") else None
            eid = iso3 or f"sender_{n}"
            href = f"/akn/ontology/organization/{_COUNTRY}/state.{eid}"
            found.append(_Sender(eid, href, name, iso3, reply.state.m49))
        else:
            found.append(None)
    return found


def _proprietary(meta: etree._Element, document: Document) -> None:
    """What the cover does not print, named as in the JSON contract of ``memberviews parse``."""
    facts = document.to_json()
    proprietary = _el(meta, "proprietary", source=f"#{_SOURCE}")
    etree.SubElement(
        proprietary, f"{{{MV_NAMESPACE}}}document", _known({k: facts.get(k) for k in _FACTS})
    )
    if document.mandate is not None:
        etree.SubElement(proprietary, f"{{{MV_NAMESPACE}}}mandate", _known(facts["mandate"]))


# The printed text --------------------------------------------------------------------------


def _preface(
    preface: etree._Element, cover: Masthead, document: Document, session: int | None, prefix: str
) -> None:
    # The masthead lists the agenda's footnote first, then the document's own.
    agenda_notes = len(cover.footnotes) - len(document.footnotes)
    note_ids = (f"{prefix}authorialNote_{n}" for n in range(1, len(cover.footnotes) + 1))
    _el(preface, "p", cover.united_nations, **{"class": "unitedNations"})
    organ = _el(preface, "p", **{"class": "organ"})
    _el(organ, "docProponent", cover.organ, refersTo=f"#{_ORGAN}")
    symbol = _el(preface, "p", **{"class": "symbol"})
    _el(symbol, "docNumber", cover.symbol)
    own_notes = cover.footnotes[agenda_notes:]
    # The distribution block, in its own language (English in the Arabic, Chinese and
    # Russian versions).
    block = {_xml("lang"): _lang(cover.block_language)}
    _el(preface, "p", cover.distribution, **{"class": "distribution"}, **block)
    if cover.date is not None and document.date is not None:
        date = _el(preface, "p", **{"class": "date"}, **block)
        _runs(_el(date, "docDate", date=document.date.isoformat()), cover.date_runs)
    if cover.language:
        _el(preface, "p", cover.language, **{"class": "language"}, **block)
    if cover.original:
        _el(preface, "p", cover.original, **{"class": "original"}, **block)
    if cover.session and session is not None:
        line = _el(preface, "p", **{"class": "session"})
        _el(line, "session", cover.session, value=str(session))
    if cover.agenda:
        agenda = _el(preface, "p", cover.agenda, **{"class": "agenda"})
        if agenda_notes:
            agenda.text = _safe(cover.agenda.removesuffix("*"))
            for footnote in cover.footnotes[:agenda_notes]:
                _note(agenda, footnote, next(note_ids))
    for footnote in own_notes:
        _note(symbol, footnote, next(note_ids))
    if cover.agenda_title:
        _el(preface, "p", cover.agenda_title, **{"class": "agendaTitle"})
    if cover.title:
        title = _el(preface, "p", **{"class": "title"})
        _el(title, "docTitle", cover.title)
    report_of = _el(preface, "p", **{"class": "reportOf"})
    _el(report_of, "docType", cover.report_of)
    if cover.addendum:
        _el(preface, "p", cover.addendum, **{"class": "addendum"})
    if cover.corrigendum:
        _el(preface, "p", cover.corrigendum, **{"class": "corrigendum"})


def _lang(code: str) -> str:
    return get_language(code).bcp47


def _note(parent: etree._Element, footnote: str, eid: str) -> None:
    """A cover footnote (``* A/67/150.``) as an authorial note with its marker."""
    match = _NOTE_MARKER.match(footnote)
    marker = match.group("marker") if match else "*"
    note = _el(parent, "authorialNote", marker=marker, placement="bottom", eId=eid)
    _el(note, "p", footnote[match.end() :] if match else footnote)


def _main_body(
    body: etree._Element, page: Printed, senders: list[_Sender | None], prefix: str
) -> None:
    # A corrigendum's items: where (numbered when there are several), then the correction.
    for n, paragraph in enumerate(page.body, start=1):
        if paragraph.pending:
            _el(body, "p", paragraph.text, **{"class": "translationPending"})
        elif paragraph.number is not None:
            block = _el(body, "blockContainer", eId=f"{prefix}blockContainer_{n}")
            _el(block, "num", paragraph.number)
            _runs(_el(block, "p"), paragraph.runs)
        else:
            kind = {"class": "correction"} if paragraph.correction else {}
            _runs(_el(body, "p", **kind), paragraph.runs)
    sections = 0
    for part in page.sections:
        parent, inner = body, prefix
        if part.section is not None:
            sections += 1
            eid = f"{prefix}sec_{sections}"
            parent, inner = _el(body, "section", eId=eid), f"{eid}__"
            if part.number:
                _el(parent, "num", part.number)
            _el(parent, "heading", part.title)
        for n, paragraph in enumerate(part.paragraphs, start=1):
            element = _el(parent, "paragraph", eId=f"{inner}para_{n}")
            _el(element, "num", paragraph.number)
            _runs(_el(_el(element, "content"), "p"), paragraph.runs)
        for k, reply in enumerate(part.replies, start=1):
            _reply(parent, reply, senders[reply.index], f"{inner}hcontainer_{k}")
    if len(body) == 0:
        _el(body, "p")  # the schema wants a body; a document can be empty before compose


def _reply(parent: etree._Element, printed: PrintedReply, sender: _Sender | None, eid: str) -> None:
    reply = printed.reply
    element = _el(parent, "hcontainer", name="reply", eId=eid)
    if sender is not None:
        element.set("refersTo", f"#{sender.eid}")
    _mv(
        element,
        original_language=reply.original_language,
        original_tagged=reply.original_tagged,
        date=reply.date,
        date_of_receipt=reply.date_of_receipt,
        provenance=reply.provenance,
    )
    if printed.heading:
        _el(element, "heading", printed.heading)
    content = _el(element, "content")
    for tag in printed.tags:
        if tag.date is None:
            _el(content, "p", tag.text, **{"class": "originalTag"})
            continue
        # The brackets are punctuation; the <date> holds the date as printed.
        bracketed = tag.text.startswith("[") and tag.text.endswith("]")
        p = _el(content, "p", "[" if bracketed else None, **{"class": "dateTag"})
        runs = tag.runs or (common.Run(tag.text),)
        if bracketed:
            runs = _trimmed(runs)
        date = _el(p, "date", date=tag.date.isoformat(), refersTo=f"#{_DATE_OF_REPLY}")
        _runs(date, runs)
        date.tail = "]" if bracketed else None
    blocks = 0
    for paragraph in printed.paragraphs:
        if paragraph.pending:
            _el(content, "p", paragraph.text, **{"class": "translationPending"})
        elif paragraph.number is None:
            _el(content, "p", paragraph.text)
        else:
            blocks += 1
            block = _el(content, "blockContainer", eId=f"{eid}__blockContainer_{blocks}")
            _el(block, "num", paragraph.number)
            _runs(_el(block, "p"), paragraph.runs)


#: Akoma Ntoso's inline elements for the styles of :class:`common.Run`.
_STYLES = {common.ITALIC: "i", common.SUPERSCRIPT: "sup"}


def _runs(element: etree._Element, runs: tuple[common.Run, ...]) -> None:
    """Writes styled runs into ``element``: plain text, ``<i>`` and ``<sup>``."""
    last: etree._Element | None = None
    for run in runs:
        if run.style is None:
            if last is None:
                element.text = (element.text or "") + _safe(run.text)
            else:
                last.tail = (last.tail or "") + _safe(run.text)
        else:
            last = _el(element, _STYLES[run.style], run.text)


def _trimmed(runs: tuple[common.Run, ...]) -> tuple[common.Run, ...]:
    """The runs of a bracketed tag without its brackets."""
    first, *rest = runs
    out = [common.Run(first.text[1:], first.style), *rest]
    out[-1] = common.Run(out[-1].text[:-1], out[-1].style)
    return tuple(r for r in out if r.text)


# XML plumbing ------------------------------------------------------------------------------


def _root() -> etree._Element:
    # lxml-stubs type a namespace map as str → str; lxml takes None for the default namespace.
    nsmap: dict[Any, str] = {None: AKN_NAMESPACE, "mv": MV_NAMESPACE}
    return etree.Element(_akn("akomaNtoso"), nsmap=nsmap)


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _akn(tag: str) -> str:
    return f"{{{AKN_NAMESPACE}}}{tag}"


def _xml(name: str) -> str:
    return f"{{{_XML_NAMESPACE}}}{name}"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Appends an Akoma Ntoso element with its text and attributes, made safe for XML."""
    element = etree.SubElement(parent, _akn(tag), {k: _safe(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _safe(text)
    return element


def _mv(element: etree._Element, **values: object) -> None:
    """Sets memberviews attributes (``mv:name``) for the values that are known."""
    for name, text in _known(values).items():
        element.set(f"{{{MV_NAMESPACE}}}{name}", text)


def _known(values: dict[str, object]) -> dict[str, str]:
    """The known values as attribute text: None left out, dates ISO 8601, true/false."""
    out: dict[str, str] = {}
    for name, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            out[name] = "true" if value else "false"
        elif isinstance(value, dt.date):
            out[name] = value.isoformat()
        else:
            out[name] = _safe(str(value))
    return out


def _safe(text: str) -> str:
    return common.xml_text(text)
