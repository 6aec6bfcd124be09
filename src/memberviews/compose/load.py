"""Reading a consultation file (YAML or JSON), or the JSON of a parsed report, and checking it.

Every problem raises :class:`ConsultationError` with one line naming the file, the place in it
(``replies[2].texts.zh``) and what is wrong; a consultation is returned whole or not at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import yaml

from memberviews.compose.consultation import (
    PROVENANCES,
    Consultation,
    ConsultationError,
    DeclaredAddendum,
    DeclaredCorrigendum,
    Provenance,
    ReceivedReply,
    Reissue,
    Sender,
    Text,
)
from memberviews.core.languages import CODES
from memberviews.core.model import Document, Mandate, Reply, Request, document_from_json
from memberviews.core.organizations import find_organization, organization_by_acronym
from memberviews.core.states import state_by_iso3
from memberviews.core.symbols import Symbol, SymbolError, parse_symbol
from memberviews.ingest.front import read_mandate
from memberviews.ingest.recognise import recogniser_for

#: Consultation files hold text, not media: anything larger is refused before parsing.
MAX_BYTES = 20_000_000

_RESOLUTION = re.compile(r"\d{1,3}/\d{1,4}(?: ?[A-Z]{1,2})?")
_JOB_NUMBER = re.compile(r"\d{2}-\d{5}")


class _Problem(Exception):
    """A problem at a place in the file; load_consultation adds the file's name."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)


def load_consultation(path: Path) -> Consultation:
    """Reads and checks a consultation file, or the JSON ``memberviews parse`` prints.

    Raises :class:`ConsultationError` (one line: the file and the problem) for a file that
    cannot be read, is not YAML or JSON, or holds an unknown State code, an unknown language,
    a bad date, a missing required field or a field the format does not know.
    """
    data = _read(path)
    try:
        if isinstance(data, Mapping) and "language" in data:
            return _from_document(data)
        return _consultation(data)
    except _Problem as problem:
        raise ConsultationError(f"{path}: {problem}") from None


def consultation_from_document(document: Document, source: str | None = None) -> Consultation:
    """Returns the consultation a parsed (or composed) document stands for.

    Its replies carry that document's language only: ``original`` where the reply was
    written in it, else the document's own provenance for the reply when it says ``machine``,
    else ``human``. There is no cut-off: every reply belongs to the report. Raises
    :class:`ConsultationError` when the document lacks what composing needs; its message
    begins with ``source`` (a file name) when given.
    """
    try:
        return _consultation_from_document(document)
    except _Problem as problem:
        raise ConsultationError(f"{source}: {problem}" if source else str(problem)) from None


# --- Reading ---------------------------------------------------------------------------------


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases, which a consultation never needs: refusing them
    keeps a small file from expanding into a huge structure."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("YAML aliases (*name) are not accepted in a consultation")
        return super().compose_node(parent, index)


def _read(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ConsultationError(f"{path}: larger than {MAX_BYTES:,} bytes")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConsultationError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ConsultationError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise ConsultationError(f"{path}: cannot be read ({error.strerror})") from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ConsultationError(
                f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
            ) from None
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConsultationError(f"{path}: not valid YAML ({where}{error.problem})") from None
    except yaml.YAMLError as error:
        raise ConsultationError(f"{path}: not valid YAML ({_one_line(str(error))})") from None


# --- The consultation format -----------------------------------------------------------------

_TOP = {
    "symbol",
    "mandate",
    "request",
    "date",
    "job_numbers",
    "agenda",
    "title",
    "cut_off",
    "addenda",
    "reissue",
    "replies",
    "corrigenda",
}


def _consultation(data: Any) -> Consultation:
    top = _mapping(data, "", _TOP)
    symbol = _report_symbol(_required(top, "symbol", ""), "symbol")
    mandate_data = _mapping(_required(top, "mandate", ""), "mandate", _MANDATE)
    mandate, titles, subjects = _mandate(mandate_data, symbol)
    agenda = _mapping(top.get("agenda") or {}, "agenda", {"item", "title", "preliminary_list"})
    cut_off = _date(_required(top, "cut_off", ""), "cut_off")
    addenda = tuple(
        _addendum(item, f"addenda[{i}]") for i, item in enumerate(_list(top, "addenda"))
    )
    _check_cut_offs(cut_off, addenda)
    replies_data = _required(top, "replies", "")
    if not isinstance(replies_data, list):
        _fail("replies", "a list of replies was expected")
    return Consultation(
        symbol=symbol,
        mandate=mandate,
        request=_request(_required(top, "request", ""), "request"),
        replies=tuple(_reply(item, f"replies[{i}]") for i, item in enumerate(replies_data)),
        cut_off=cut_off,
        resolution_titles=titles,
        subjects=subjects,
        date=_optional_date(top.get("date"), "date"),
        job_numbers=_job_numbers(top.get("job_numbers"), "job_numbers"),
        agenda_item=_optional_text(agenda.get("item"), "agenda.item"),
        agenda_titles=_per_language(agenda.get("title"), "agenda.title"),
        preliminary_list=_optional_bool(agenda.get("preliminary_list"), "agenda.preliminary_list"),
        titles=_per_language(top.get("title"), "title"),
        addenda=addenda,
        reissue=_reissue(top.get("reissue"), "reissue"),
        corrigenda=_corrigenda(_list(top, "corrigenda"), symbol),
    )


_MANDATE = {"resolution", "paragraph", "adopted", "session", "title", "subject"}


def _mandate(
    data: Mapping[str, Any], symbol: Symbol
) -> tuple[Mandate, dict[str, str], dict[str, str]]:
    resolution = _text(_required(data, "resolution", "mandate"), "mandate.resolution")
    if not _RESOLUTION.fullmatch(resolution):
        _fail("mandate.resolution", f"{resolution!r} is not a resolution number like 66/32")
    paragraph = _integer(_required(data, "paragraph", "mandate"), "mandate.paragraph")
    session = data.get("session")
    if session is None:
        session = symbol.session
    else:
        session = _integer(session, "mandate.session")
        if symbol.session is not None and session != symbol.session:
            _fail("mandate.session", f"{session} is not the session of {symbol} ({symbol.session})")
    mandate = Mandate(
        resolution=resolution,
        paragraph=paragraph,
        adopted=_date(_required(data, "adopted", "mandate"), "mandate.adopted"),
        session=session,
    )
    titles = _per_language(data.get("title"), "mandate.title")
    subjects = _per_language(data.get("subject"), "mandate.subject")
    return mandate, titles, subjects


def _request(data: Any, where: str) -> Request:
    request = _mapping(data, where, {"date", "reference", "deadline"})
    return Request(
        date=_date(_required(request, "date", where), f"{where}.date"),
        reference=_optional_text(request.get("reference"), f"{where}.reference"),
        deadline=_optional_date(request.get("deadline"), f"{where}.deadline"),
    )


def _addendum(data: Any, where: str) -> DeclaredAddendum:
    item = _mapping(data, where, {"cut_off", "date", "job_numbers", "reissue"})
    return DeclaredAddendum(
        cut_off=_optional_date(item.get("cut_off"), f"{where}.cut_off"),
        date=_optional_date(item.get("date"), f"{where}.date"),
        job_numbers=_job_numbers(item.get("job_numbers"), f"{where}.job_numbers"),
        reissue=_reissue(item.get("reissue"), f"{where}.reissue"),
    )


def _corrigenda(items: list[Any], report: Symbol) -> tuple[DeclaredCorrigendum, ...]:
    found: list[DeclaredCorrigendum] = []
    for i, data in enumerate(items):
        found.append(_corrigendum(data, f"corrigenda[{i}]", report, found))
    return tuple(found)


def _corrigendum(
    data: Any, where: str, report: Symbol, before: list[DeclaredCorrigendum]
) -> DeclaredCorrigendum:
    item = _mapping(data, where, {"of", "number", "date", "job_numbers", "texts"})
    of = _symbol(_text(_required(item, "of", where), f"{where}.of"), f"{where}.of")
    if replace(of, suffixes=()) != report or [s.kind for s in of.suffixes] not in ([], ["Add"]):
        _fail(f"{where}.of", f"{of} is neither {report} nor one of its addenda ({report}/Add.n)")
    taken = [c.number for c in before if c.of == of]
    given = item.get("number")
    number = max(taken, default=0) + 1 if given is None else _integer(given, f"{where}.number")
    if number in taken:
        _fail(f"{where}.number", f"{of.with_suffix('Corr', number)} is declared twice")
    return DeclaredCorrigendum(
        of=of,
        number=number,
        date=_optional_date(item.get("date"), f"{where}.date"),
        job_numbers=_job_numbers(item.get("job_numbers"), f"{where}.job_numbers"),
        texts=_corrigendum_texts(item.get("texts"), f"{where}.texts"),
    )


def _corrigendum_texts(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    texts: dict[str, tuple[str, ...]] = {}
    for code, paragraphs in _mapping(value or {}, where, set(CODES), languages=True).items():
        at = f"{where}.{code}"
        if paragraphs is None:
            continue  # pending, as if left out
        if not isinstance(paragraphs, list) or not paragraphs:
            _fail(at, "a list of paragraphs was expected (leave the language out while pending)")
        texts[code] = tuple(_paragraph(p, f"{at}[{j}]") for j, p in enumerate(paragraphs))
    return {code: texts[code] for code in CODES if code in texts}


def _check_cut_offs(cut_off: date, addenda: tuple[DeclaredAddendum, ...]) -> None:
    previous = cut_off
    for i, addendum in enumerate(addenda):
        if addendum.cut_off is None:
            if i != len(addenda) - 1:
                _fail(f"addenda[{i}].cut_off", "only the last addendum may omit its cut-off")
            continue
        if addendum.cut_off <= previous:
            _fail(f"addenda[{i}].cut_off", f"{addendum.cut_off} is not after {previous}")
        previous = addendum.cut_off


def _reissue(data: Any, where: str) -> Reissue | None:
    if data is None:
        return None
    item = _mapping(data, where, {"date", "languages"})
    languages = item.get("languages")
    if languages is None:
        codes = CODES
    else:
        if not isinstance(languages, list) or not languages:
            _fail(f"{where}.languages", "a list of language codes was expected")
        codes = tuple(
            _language(code, f"{where}.languages[{i}]") for i, code in enumerate(languages)
        )
    return Reissue(date=_date(_required(item, "date", where), f"{where}.date"), languages=codes)


_REPLY = {"state", "organization", "original_language", "date", "date_of_receipt", "texts"}


def _reply(data: Any, where: str) -> ReceivedReply:
    item = _mapping(data, where, _REPLY)
    original = _language(_required(item, "original_language", where), f"{where}.original_language")
    texts_data = _mapping(item.get("texts") or {}, f"{where}.texts", set(CODES), languages=True)
    texts = {
        code: _text_of(value, code, original, f"{where}.texts.{code}")
        for code, value in texts_data.items()
    }
    return ReceivedReply(
        sender=_sender(item, where),
        original_language=original,
        date=_date(_required(item, "date", where), f"{where}.date"),
        date_of_receipt=_optional_date(item.get("date_of_receipt"), f"{where}.date_of_receipt"),
        texts={code: texts[code] for code in CODES if code in texts},
    )


def _sender(item: Mapping[str, Any], where: str) -> Sender:
    has_state, has_organization = "state" in item, "organization" in item
    if has_state == has_organization:
        _fail(where, "a reply names either a state or an organization")
    if has_state:
        code = _text(item["state"], f"{where}.state")
        state = state_by_iso3(code)
        if state is None or len(code.strip()) != 3:
            _fail(f"{where}.state", f"{code!r} is not the ISO 3166 alpha-3 code of a State")
        return Sender(state=state)
    value = item["organization"]
    if isinstance(value, Mapping):
        names = _per_language(value, f"{where}.organization")
        if not names:
            _fail(f"{where}.organization", "no name is given")
        known = find_organization(names.get("en") or next(iter(names.values())))
        return Sender(organization=known, names=names)
    name = _text(value, f"{where}.organization")
    known = organization_by_acronym(name) or find_organization(name)
    if known is not None:
        return Sender(organization=known)
    return Sender(names={"en": name})


def _text_of(value: Any, language: str, original: str, where: str) -> Text:
    provenance: Provenance
    if isinstance(value, list):
        provenance = "original" if language == original else "human"
        paragraphs, at, about = value, where, where
    else:
        item = _mapping(value, where, {"provenance", "paragraphs"})
        given = _text(_required(item, "provenance", where), f"{where}.provenance")
        if given not in PROVENANCES:
            _fail(f"{where}.provenance", f"{given!r} is not one of {', '.join(PROVENANCES)}")
        provenance = PROVENANCES[PROVENANCES.index(given)]
        paragraphs = _required(item, "paragraphs", where)
        at, about = f"{where}.paragraphs", f"{where}.provenance"
        if not isinstance(paragraphs, list):
            _fail(at, "a list of paragraphs was expected")
    if provenance == "original" and language != original:
        _fail(about, f"only the {original} text can be the original")
    if provenance != "original" and language == original:
        _fail(about, f"the {language} text is the original, not a {provenance} translation")
    if not paragraphs:
        _fail(at, "no paragraphs (leave the language out while its text is pending)")
    return Text(
        paragraphs=tuple(_paragraph(p, f"{at}[{i}]") for i, p in enumerate(paragraphs)),
        provenance=provenance,
    )


def _paragraph(value: Any, where: str) -> str:
    text = _text(value, where).strip()
    if not text:
        _fail(where, "an empty paragraph")
    if "\n" in text or "\r" in text:
        _fail(where, "a paragraph holds no line break (one list item per paragraph)")
    return text


# --- The JSON of a parsed report -------------------------------------------------------------


def _from_document(data: Mapping[str, Any]) -> Consultation:
    try:
        document = document_from_json(data)
    except ValueError as error:
        raise _Problem("", f"not a document of memberviews parse ({error})") from None
    return _consultation_from_document(document)


def _consultation_from_document(document: Document) -> Consultation:
    language = _language(document.language, "language")
    if document.symbol is None:
        _fail("symbol", "the document names no symbol")
    symbol = _symbol(document.symbol, "symbol")
    if symbol.suffixes:
        _fail("symbol", f"{symbol} is not a report: compose from the report's consultation")
    symbol = replace(symbol, reissued=0)
    mandate = document.mandate or Mandate()
    resolution, paragraph, adopted = mandate.resolution, mandate.paragraph, mandate.adopted
    if resolution is None or paragraph is None or adopted is None:
        _fail("mandate", "the resolution, its paragraph and its date of adoption are needed")
    session = mandate.session or document.session or symbol.session
    if session is None:
        _fail("mandate.session", "the session to report to is not known")
    if document.request is None or document.request.date is None:
        _fail("request_date", "the date of the note verbale is needed")
    replies = tuple(
        _reply_from_document(reply, language, f"replies[{i}]")
        for i, reply in enumerate(document.replies)
    )
    title = _resolution_title(document, language)
    return Consultation(
        symbol=symbol,
        mandate=Mandate(resolution, paragraph, adopted, session),
        request=document.request,
        replies=replies,
        cut_off=None,
        resolution_titles={language: title} if title else {},
        date=document.date,
        job_numbers={language: document.job_number} if document.job_number else {},
        agenda_item=document.agenda_item,
        agenda_titles={language: document.agenda_title} if document.agenda_title else {},
        preliminary_list=document.preliminary_list,
        titles={language: document.title} if document.title else {},
    )


def _reply_from_document(reply: Reply, language: str, where: str) -> ReceivedReply:
    sender: Sender
    if reply.organization is not None:
        name = reply.organization.name
        known = find_organization(name, language)
        if known is None and reply.organization.acronym:
            known = organization_by_acronym(reply.organization.acronym)
        sender = Sender(organization=known) if known else Sender(names={language: name})
    else:
        iso3 = reply.state.iso3 if reply.state is not None else None
        state = state_by_iso3(iso3) if iso3 else None
        if state is None:
            shown = reply.heading or (reply.state.name if reply.state else "")
            _fail(f"{where}.state", f"no State of the register is known for {shown!r}")
        sender = Sender(state=state)
    if reply.original_language is None:
        _fail(f"{where}.original_language", "the original language is not known")
    original = _language(reply.original_language, f"{where}.original_language")
    if reply.date is None:
        _fail(f"{where}.date", "the date of the reply is not known")
    texts: dict[str, Text] = {}
    if reply.paragraphs:
        provenance: Provenance = "human"
        if original == language:
            provenance = "original"
        elif reply.provenance == "machine":
            provenance = "machine"
        texts[language] = Text(tuple(reply.paragraphs), provenance)
    return ReceivedReply(sender, original, reply.date, reply.date_of_receipt, texts)


def _resolution_title(document: Document, language: str) -> str | None:
    """The resolution's title as the introduction quotes it, read as ingest reads it."""
    _mandate, title = read_mandate(document.introduction, recogniser_for(language))
    return title


# --- Values ----------------------------------------------------------------------------------


def _fail(where: str, message: str) -> NoReturn:
    raise _Problem(where, message)


def _required(data: Mapping[str, Any], key: str, where: str) -> Any:
    value = data.get(key)
    if value is None:
        _fail(f"{where}.{key}" if where else key, "missing (required)")
    return value


def _mapping(
    data: Any, where: str, keys: set[str], *, languages: bool = False
) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        _fail(where or "the file", "a mapping of fields was expected")
    for key in data:
        if not isinstance(key, str) or key not in keys:
            if languages:
                _language(key, where)
            inside = f"{where}." if where else ""
            _fail(f"{inside}{key}", f"unknown field (expected one of {', '.join(sorted(keys))})")
    return data


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        _fail(key, "a list was expected")
    return value


def _text(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        _fail(where, f"a text was expected, not {value!r}")
    return str(value)


def _optional_text(value: Any, where: str) -> str | None:
    return None if value is None else _text(value, where).strip() or None


def _integer(value: Any, where: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        _fail(where, f"a whole number was expected, not {value!r}")
    return value


def _optional_bool(value: Any, where: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    _fail(where, f"true or false was expected, not {value!r}")


def _date(value: Any, where: str) -> date:
    if isinstance(value, datetime):
        _fail(where, f"a date without a time was expected, not {value.isoformat()}")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    _fail(where, f"{value!r} is not a date (YYYY-MM-DD)")


def _optional_date(value: Any, where: str) -> date | None:
    return None if value is None else _date(value, where)


def _language(value: Any, where: str) -> str:
    if not isinstance(value, str) or value.strip().lower() not in CODES:
        _fail(where, f"{value!r} is not an official UN language (one of {', '.join(CODES)})")
    return value.strip().lower()


def _per_language(value: Any, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        _fail(where, "a text per language was expected, e.g. {en: …, zh: …}")
    data = _mapping(value, where, set(CODES), languages=True)
    texts = {code: _optional_text(text, f"{where}.{code}") for code, text in data.items()}
    return {code: texts[code] or "" for code in CODES if texts.get(code)}


def _job_numbers(value: Any, where: str) -> dict[str, str]:
    numbers = _per_language(value, where)
    for code, number in numbers.items():
        if not _JOB_NUMBER.fullmatch(number):
            _fail(f"{where}.{code}", f"{number!r} is not a job number like 12-41312")
    return numbers


def _symbol(value: str, where: str) -> Symbol:
    try:
        return parse_symbol(value)
    except SymbolError as error:
        _fail(where, str(error))


def _report_symbol(value: Any, where: str) -> Symbol:
    symbol = _symbol(_text(value, where), where)
    if symbol.suffixes or symbol.reissued:
        _fail(where, f"{symbol} is not a report's symbol (addenda and reissues are composed)")
    if symbol.session is None:
        _fail(where, f"{symbol} names no session")
    return symbol


def _one_line(text: str) -> str:
    return " ".join(text.split())
