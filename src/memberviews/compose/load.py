"""Reading a consultation file (YAML or JSON), or the JSON of a parsed report, and checking it.

Every problem raises :class:`ConsultationError` with one line naming the file, the place in it
(``replies[2].texts.zh``) and what is wrong; a consultation is returned whole or not at all.
The values are checked with :mod:`memberviews.core.values`, as the document JSON is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from memberviews.compose.consultation import ConsultationError
from memberviews.compose.from_document import consultation_of
from memberviews.core import values as check
from memberviews.core.consultation import (
    Consultation,
    DeclaredAddendum,
    DeclaredCorrigendum,
    ReceivedReply,
    Reissue,
    Sender,
    Text,
)
from memberviews.core.job_numbers import is_job_number
from memberviews.core.languages import CODES
from memberviews.core.model import Document, Mandate, Request, document_from_json
from memberviews.core.organizations import find_organization, organization_by_acronym
from memberviews.core.provenance import TEXT_PROVENANCES, Provenance
from memberviews.core.states import state_by_iso3
from memberviews.core.symbols import Symbol, SymbolError, parse_symbol
from memberviews.core.values import ValueProblem, fail

#: Consultation files hold text, not media: anything larger is refused before parsing.
MAX_BYTES = 20_000_000

_RESOLUTION = re.compile(r"\d{1,3}/\d{1,4}(?: ?[A-Z]{1,2})?")


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
    except ValueProblem as problem:
        raise ConsultationError(f"{path}: {problem}") from None


def load_document(path: Path) -> Document:
    """Reads a document's JSON (``memberviews parse --json`` output, or a composed one).

    Raises :class:`ConsultationError` (one line) for a file that cannot be read, is not
    JSON, or is not a memberviews document.
    """
    text = _read_text(path)
    try:
        data = json.loads(text)
    except RecursionError:
        raise ConsultationError(f"{path}: not a JSON document (nested too deeply)") from None
    except ValueError as error:
        # Not JSON, or a number too long to read.
        raise ConsultationError(f"{path}: not a JSON document ({_one_line(str(error))})") from None
    if not isinstance(data, dict):
        raise ConsultationError(f"{path}: not a JSON document (expected an object)")
    try:
        return document_from_json(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ConsultationError(f"{path}: not a memberviews document ({error})") from None


# --- Reading ---------------------------------------------------------------------------------


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases, which a consultation never needs: refusing them
    keeps a small file from expanding into a huge structure."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("YAML aliases (*name) are not accepted in a consultation")
        return super().compose_node(parent, index)


def _read_text(path: Path) -> str:
    """The file's text; refused unread when it is larger than a consultation or document is."""
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
    return text


def _read(path: Path) -> Any:
    text = _read_text(path)
    kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        if kind == "JSON":
            return json.loads(text)
        return yaml.load(text, Loader=_NoAliasLoader)
    except json.JSONDecodeError as error:
        raise ConsultationError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConsultationError(f"{path}: not valid YAML ({where}{error.problem})") from None
    except yaml.YAMLError as error:
        raise ConsultationError(f"{path}: not valid YAML ({_one_line(str(error))})") from None
    except RecursionError:
        raise ConsultationError(f"{path}: not valid {kind} (nested too deeply)") from None
    except ValueError as error:
        # What YAML reads as a date or a number but is none: 2012-02-30, 0000-01-01, or a
        # number of thousands of digits.
        raise ConsultationError(f"{path}: not valid {kind} ({_one_line(str(error))})") from None


def _from_document(data: Mapping[str, Any]) -> Consultation:
    try:
        document = document_from_json(data)
    except ValueError as error:
        fail("", f"not a document of memberviews parse ({error})")
    return consultation_of(document)


# --- The consultation format -----------------------------------------------------------------

_TOP = {
    "symbol",
    "mandate",
    "request",
    "date",
    "job_numbers",
    "processed",
    "agenda",
    "title",
    "cut_off",
    "addenda",
    "reissue",
    "replies",
    "corrigenda",
}


def _consultation(data: Any) -> Consultation:
    top = check.fields(data, "", _TOP)
    symbol = _report_symbol(check.required(top, "symbol", ""), "symbol")
    mandate_data = check.fields(check.required(top, "mandate", ""), "mandate", _MANDATE)
    mandate, titles, subjects = _mandate(mandate_data, symbol)
    agenda = check.fields(top.get("agenda") or {}, "agenda", {"item", "title", "preliminary_list"})
    cut_off = check.date(check.required(top, "cut_off", ""), "cut_off")
    addenda = tuple(
        _addendum(item, f"addenda[{i}]") for i, item in enumerate(_list(top, "addenda"))
    )
    _check_cut_offs(cut_off, addenda)
    replies_data = check.required(top, "replies", "")
    if not isinstance(replies_data, list):
        fail("replies", "a list of replies was expected")
    return Consultation(
        symbol=symbol,
        mandate=mandate,
        request=_request(check.required(top, "request", ""), "request"),
        replies=tuple(_reply(item, f"replies[{i}]") for i, item in enumerate(replies_data)),
        cut_off=cut_off,
        resolution_titles=titles,
        subjects=subjects,
        date=check.optional_date(top.get("date"), "date"),
        job_numbers=_job_numbers(top.get("job_numbers"), "job_numbers"),
        processed=check.optional_date(top.get("processed"), "processed"),
        agenda_item=_optional_text(agenda.get("item"), "agenda.item"),
        agenda_titles=check.per_language(agenda.get("title"), "agenda.title"),
        preliminary_list=check.optional_boolean(
            agenda.get("preliminary_list"), "agenda.preliminary_list"
        ),
        titles=check.per_language(top.get("title"), "title"),
        addenda=addenda,
        reissue=_reissue(top.get("reissue"), "reissue"),
        corrigenda=_corrigenda(_list(top, "corrigenda"), symbol),
    )


_MANDATE = {"resolution", "paragraph", "adopted", "session", "title", "subject"}


def _mandate(
    data: Mapping[str, Any], symbol: Symbol
) -> tuple[Mandate, dict[str, str], dict[str, str]]:
    resolution = _text(check.required(data, "resolution", "mandate"), "mandate.resolution")
    if not _RESOLUTION.fullmatch(resolution):
        fail("mandate.resolution", f"{resolution!r} is not a resolution number like 66/32")
    paragraph = _number(check.required(data, "paragraph", "mandate"), "mandate.paragraph")
    session = data.get("session")
    if session is None:
        session = symbol.session
    else:
        session = _number(session, "mandate.session")
        if symbol.session is not None and session != symbol.session:
            fail("mandate.session", f"{session} is not the session of {symbol} ({symbol.session})")
    mandate = Mandate(
        resolution=resolution,
        paragraph=paragraph,
        adopted=check.date(check.required(data, "adopted", "mandate"), "mandate.adopted"),
        session=session,
    )
    titles = check.per_language(data.get("title"), "mandate.title")
    subjects = check.per_language(data.get("subject"), "mandate.subject")
    return mandate, titles, subjects


def _request(data: Any, where: str) -> Request:
    request = check.fields(data, where, {"date", "reference", "deadline"})
    return Request(
        date=check.date(check.required(request, "date", where), f"{where}.date"),
        reference=_optional_text(request.get("reference"), f"{where}.reference"),
        deadline=check.optional_date(request.get("deadline"), f"{where}.deadline"),
    )


def _addendum(data: Any, where: str) -> DeclaredAddendum:
    keys = {"cut_off", "date", "job_numbers", "processed", "reissue"}
    item = check.fields(data, where, keys)
    return DeclaredAddendum(
        cut_off=check.optional_date(item.get("cut_off"), f"{where}.cut_off"),
        date=check.optional_date(item.get("date"), f"{where}.date"),
        job_numbers=_job_numbers(item.get("job_numbers"), f"{where}.job_numbers"),
        reissue=_reissue(item.get("reissue"), f"{where}.reissue"),
        processed=check.optional_date(item.get("processed"), f"{where}.processed"),
    )


def _corrigenda(items: list[Any], report: Symbol) -> tuple[DeclaredCorrigendum, ...]:
    found: list[DeclaredCorrigendum] = []
    for i, data in enumerate(items):
        found.append(_corrigendum(data, f"corrigenda[{i}]", report, found))
    return tuple(found)


def _corrigendum(
    data: Any, where: str, report: Symbol, before: list[DeclaredCorrigendum]
) -> DeclaredCorrigendum:
    keys = {"of", "number", "date", "job_numbers", "processed", "original_language", "texts"}
    item = check.fields(data, where, keys)
    of = _symbol(_text(check.required(item, "of", where), f"{where}.of"), f"{where}.of")
    if replace(of, suffixes=()) != report or [s.kind for s in of.suffixes] not in ([], ["Add"]):
        fail(f"{where}.of", f"{of} is neither {report} nor one of its addenda ({report}/Add.n)")
    taken = [c.number for c in before if c.of == of]
    given = item.get("number")
    number = max(taken, default=0) + 1 if given is None else _number(given, f"{where}.number")
    if number in taken:
        fail(f"{where}.number", f"{of.with_suffix('Corr', number)} is declared twice")
    return DeclaredCorrigendum(
        of=of,
        number=number,
        date=check.optional_date(item.get("date"), f"{where}.date"),
        job_numbers=_job_numbers(item.get("job_numbers"), f"{where}.job_numbers"),
        texts=_corrigendum_texts(item.get("texts"), f"{where}.texts"),
        processed=check.optional_date(item.get("processed"), f"{where}.processed"),
        original_language=_original_language(item.get("original_language"), where),
    )


def _original_language(value: Any, where: str) -> str:
    """A corrigendum's own original language: an official language's code, English when
    not said."""
    if value is None:
        return "en"
    if value not in CODES:
        fail(f"{where}.original_language", f"{value!r} is not one of {' '.join(CODES)}")
    return str(value)


def _corrigendum_texts(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    texts: dict[str, tuple[str, ...]] = {}
    for code, paragraphs in check.language_fields(value or {}, where).items():
        at = f"{where}.{code}"
        if paragraphs is None:
            continue  # pending, as if left out
        if not isinstance(paragraphs, list) or not paragraphs:
            fail(at, "a list of paragraphs was expected (leave the language out while pending)")
        texts[code] = tuple(_paragraph(p, f"{at}[{j}]") for j, p in enumerate(paragraphs))
    return {code: texts[code] for code in CODES if code in texts}


def _check_cut_offs(cut_off: date, addenda: tuple[DeclaredAddendum, ...]) -> None:
    previous = cut_off
    for i, addendum in enumerate(addenda):
        if addendum.cut_off is None:
            if i != len(addenda) - 1:
                fail(f"addenda[{i}].cut_off", "only the last addendum may omit its cut-off")
            continue
        if addendum.cut_off <= previous:
            fail(f"addenda[{i}].cut_off", f"{addendum.cut_off} is not after {previous}")
        previous = addendum.cut_off


def _reissue(data: Any, where: str) -> Reissue | None:
    if data is None:
        return None
    item = check.fields(data, where, {"date", "languages"})
    languages = item.get("languages")
    if languages is None:
        codes = CODES
    else:
        if not isinstance(languages, list) or not languages:
            fail(f"{where}.languages", "a list of language codes was expected")
        codes = tuple(
            check.language(code, f"{where}.languages[{i}]") for i, code in enumerate(languages)
        )
    return Reissue(
        date=check.date(check.required(item, "date", where), f"{where}.date"), languages=codes
    )


_REPLY = {"state", "organization", "original_language", "date", "date_of_receipt", "texts"}


def _reply(data: Any, where: str) -> ReceivedReply:
    item = check.fields(data, where, _REPLY)
    original = check.language(
        check.required(item, "original_language", where), f"{where}.original_language"
    )
    texts_data = check.language_fields(item.get("texts") or {}, f"{where}.texts")
    texts = {
        code: _text_of(value, code, original, f"{where}.texts.{code}")
        for code, value in texts_data.items()
    }
    return ReceivedReply(
        sender=_sender(item, where),
        original_language=original,
        date=check.date(check.required(item, "date", where), f"{where}.date"),
        date_of_receipt=check.optional_date(
            item.get("date_of_receipt"), f"{where}.date_of_receipt"
        ),
        texts={code: texts[code] for code in CODES if code in texts},
    )


def _sender(item: Mapping[str, Any], where: str) -> Sender:
    has_state, has_organization = "state" in item, "organization" in item
    if has_state == has_organization:
        fail(where, "a reply names either a state or an organization")
    if has_state:
        code = _text(item["state"], f"{where}.state")
        state = state_by_iso3(code)
        if state is None or len(code.strip()) != 3:
            fail(f"{where}.state", f"{code!r} is not the ISO 3166 alpha-3 code of a State")
        return Sender(state=state)
    value = item["organization"]
    if isinstance(value, Mapping):
        names = check.per_language(value, f"{where}.organization")
        if not names:
            fail(f"{where}.organization", "no name is given")
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
        provenance = Provenance.ORIGINAL if language == original else Provenance.HUMAN
        paragraphs, at, about = value, where, where
    else:
        item = check.fields(value, where, {"provenance", "paragraphs"})
        given = _text(check.required(item, "provenance", where), f"{where}.provenance")
        if given not in TEXT_PROVENANCES:
            names = ", ".join(TEXT_PROVENANCES)
            fail(f"{where}.provenance", f"{given!r} is not one of {names}")
        provenance = Provenance(given)
        paragraphs = check.required(item, "paragraphs", where)
        at, about = f"{where}.paragraphs", f"{where}.provenance"
        if not isinstance(paragraphs, list):
            fail(at, "a list of paragraphs was expected")
    if provenance == Provenance.ORIGINAL and language != original:
        fail(about, f"only the {original} text can be the original")
    if provenance != Provenance.ORIGINAL and language == original:
        fail(about, f"the {language} text is the original, not a {provenance} translation")
    if not paragraphs:
        fail(at, "no paragraphs (leave the language out while its text is pending)")
    return Text(
        paragraphs=tuple(_paragraph(p, f"{at}[{i}]") for i, p in enumerate(paragraphs)),
        provenance=provenance,
    )


def _paragraph(value: Any, where: str) -> str:
    text = _text(value, where).strip()
    if not text:
        fail(where, "an empty paragraph")
    if "\n" in text or "\r" in text:
        fail(where, "a paragraph holds no line break (one list item per paragraph)")
    return text


# --- Values the consultation format reads its own way ----------------------------------------


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return [] if value is None else check.items(value, key)


def _text(value: Any, where: str) -> str:
    # YAML reads a bare 2012 or 8 as a number: a text field takes its digits.
    return check.text(value, where, numbers=True)


def _optional_text(value: Any, where: str) -> str | None:
    return check.optional_text(value, where, strip=True, numbers=True)


def _number(value: Any, where: str) -> int:
    return check.whole_number(value, where, positive=True, digits=True)


def _job_numbers(value: Any, where: str) -> dict[str, str]:
    numbers = check.per_language(value, where)
    for code, number in numbers.items():
        if not is_job_number(number):
            fail(f"{where}.{code}", f"{number!r} is not a job number like 12-41312")
    return numbers


def _symbol(value: str, where: str) -> Symbol:
    try:
        return parse_symbol(value)
    except SymbolError as error:
        fail(where, str(error))


def _report_symbol(value: Any, where: str) -> Symbol:
    symbol = _symbol(_text(value, where), where)
    if symbol.suffixes or symbol.reissued:
        fail(where, f"{symbol} is not a report's symbol (addenda and reissues are composed)")
    if symbol.session is None:
        fail(where, f"{symbol} names no session")
    return symbol


def _one_line(text: str) -> str:
    return " ".join(text.split())
