"""The register of States: the 193 Member States and the observer States, with their UN names.

The UNTERM short and formal names in the six languages, the ISO 3166 alpha-3 codes and the M49
codes come from ``data/country-codes.csv`` (the ``datasets/country-codes`` data package, public
domain; see ``data/COUNTRY-CODES-LICENSE.md``). In its UNTERM columns a trailing ``*`` marks an
observer State and ``**`` a State that is not a member of the United Nations (Cook Islands, Niue);
the register keeps the first and leaves out the second. ``data/state-aliases.csv`` supplies the
UNTERM names the data package leaves empty (Côte d'Ivoire, Türkiye) and adds former names and
other forms with the years they were in use, because old reports use old names.

:func:`find_state` identifies a State from a name as a report heading writes it, in any of the
six languages. It is exact: after :func:`normalize_name` a name is either known or the answer is
``None``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Literal

from memberviews.core.languages import CODES, LANGUAGES, get_language
from memberviews.core.scripts import CJK

Status = Literal["member", "observer"]


@dataclass(frozen=True)
class StateName:
    """One name of a State in one language and the years it was in use, both inclusive.

    ``since`` or ``until`` is ``None`` where the name has no known first or last year; the
    current UNTERM names have neither.
    """

    language: str
    name: str
    since: int | None = None
    until: int | None = None

    def in_use(self, year: int) -> bool:
        """Returns whether the name was in use in ``year``."""
        return (self.since is None or self.since <= year) and (
            self.until is None or year <= self.until
        )


@dataclass(frozen=True)
class State:
    """A Member State or observer State with its UN names.

    ``unterm_short`` and ``unterm_formal`` map each language code to the UNTERM name as UNTERM
    writes it, with the article in brackets (``"Netherlands (the)"``, ``"Pays-Bas (les)"``) and
    the formal name's leading article (``"the Kingdom of the Netherlands"``). ``aliases`` are
    the State's former names and other forms. Two States are equal when their codes are.
    """

    iso3: str
    m49: str
    status: Status
    unterm_short: Mapping[str, str] = field(compare=False, repr=False)
    unterm_formal: Mapping[str, str] = field(compare=False, repr=False)
    aliases: tuple[StateName, ...] = field(default=(), compare=False, repr=False)

    def short_name(self, language: str) -> str:
        """Returns the short name as a heading writes it.

        UNTERM's bracketed article is dropped (``"Netherlands"``, ``"Pays-Bas"``), any other
        bracket is kept (``"Bolivia (Plurinational State of)"``).
        """
        return _ARTICLE_BRACKET.sub("", self.unterm_short[get_language(language).code])

    def formal_name(self, language: str) -> str:
        """Returns the UNTERM formal name as written (``"the Kingdom of the Netherlands"``)."""
        return self.unterm_formal[get_language(language).code]

    def names(self, language: str | None = None) -> tuple[StateName, ...]:
        """Returns every name the register knows for the State, in one language or in all.

        These are the UNTERM short and formal names, the short name without its bracket where
        it has one (``"Bolivia"``, ``"刚果"``), and the aliases. They are the names
        :func:`find_state` recognises.
        """
        codes = CODES if language is None else (get_language(language).code,)
        names: list[StateName] = []
        for code in codes:
            short = self.unterm_short[code]
            names.append(StateName(code, short))
            names.append(StateName(code, self.unterm_formal[code]))
            bare = _ANY_BRACKET.sub("", short)
            if bare != short:
                names.append(StateName(code, bare))
        names.extend(alias for alias in self.aliases if alias.language in codes)
        return tuple(names)


def find_state(name: str, language: str | None = None, *, year: int | None = None) -> State | None:
    """Returns the State a name designates, or ``None`` when the name is not a known State name.

    ``name`` is a name as a report heading writes it, in any of the six languages: short or
    formal, with or without its article, a former name or another known form, in any case,
    wrapped over lines, with footnote markers or trailing punctuation (see
    :func:`normalize_name`). A sentence that merely contains a name is not a name.

    With ``language``, names of that language are preferred when the name is known in several
    languages; names of other languages are still found. With ``year``, names in use in that
    year are preferred. If the name still designates more than one State, the answer is
    ``None``: the register never guesses.
    """
    entries = _register().index.get(normalize_name(name))
    if not entries:
        return None
    if language is not None:
        code = get_language(language).code
        entries = tuple(e for e in entries if e[1].language == code) or entries
    if year is not None:
        entries = tuple(e for e in entries if e[1].in_use(year)) or entries
    states = {state for state, _ in entries}
    return states.pop() if len(states) == 1 else None


def state_by_iso3(code: str) -> State | None:
    """Returns the State with ISO 3166-1 alpha-3 ``code`` (any case), or ``None``."""
    return _register().by_iso3.get(code.strip().upper())


def state_by_m49(code: str | int) -> State | None:
    """Returns the State with M49 ``code`` (``"004"``, ``"4"`` or ``4``), or ``None``."""
    key = f"{code:03d}" if isinstance(code, int) else code.strip().zfill(3)
    return _register().by_m49.get(key)


def all_states() -> tuple[State, ...]:
    """Returns the Member States and the observer States, in the order of the data file."""
    return _register().states


def member_states() -> tuple[State, ...]:
    """Returns the Member States of the United Nations."""
    return tuple(s for s in _register().states if s.status == "member")


def observer_states() -> tuple[State, ...]:
    """Returns the non-member observer States (the Holy See, the State of Palestine)."""
    return tuple(s for s in _register().states if s.status == "observer")


# --- Normalisation ---------------------------------------------------------------------------

_INVISIBLE = "\u00ad\u061c\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE += "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
_CHARACTERS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032", "'"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        # Alef wasla and alef maksura have no decomposition to a plain alef or yeh; the
        # Persian yeh and kaf turn up in text typed on Persian keyboards.
        "\u0671": "\u0627",
        "\u0649": "\u064a",
        "\u06cc": "\u064a",
        "\u06a9": "\u0643",
        **dict.fromkeys(_INVISIBLE),
    }
)
_SPACES = re.compile(r"\s+")
_TRAILING_MARKS = re.compile(r"[\s*†‡§:;.,،؛!\d]+$")
_HYPHEN_SPACES = re.compile(r"\s*-\s*")
_APOSTROPHE_SPACES = re.compile(r"'\s+")
_CJK_SPACES = re.compile(rf"\s(?=[{CJK}])|(?<=[{CJK}])\s")
_OPEN_BRACKET_SPACES = re.compile(r"\(\s+")
_CLOSE_BRACKET_SPACES = re.compile(r"\s+\)")
# UNTERM's articles (English, French, Spanish) as they stand in brackets after a short name,
# and the same articles at the front of a name.
_ARTICLE_BRACKET = re.compile(r"\s*\((?:the|le|la|les|l'|l’|el|los|las)\)$", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las)\s|l')")
_ANY_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]$")


def normalize_name(text: str) -> str:
    """Returns the key under which a State's or an organization's name is looked up.

    Two writings of one name get the same key: Unicode compatibility forms (NFKC, so fullwidth
    brackets and Arabic presentation forms count as the plain ones), case, combining marks
    (Latin accents, the breve of Cyrillic й, Arabic diacritics and hamza), tatweel and the
    alef and yeh forms, typographic apostrophes and dashes, invisible and bidirectional marks,
    runs of white space and line breaks, spaces between Chinese characters and around hyphens,
    trailing punctuation and footnote markers (``*``, ``1``, ``:``), and an English, French or
    Spanish article either in UNTERM's brackets after the name or at its front. Nothing else
    is dropped, so different States keep different keys.
    """
    # Translated before NFKC, which would split an acute accent used as an apostrophe into a
    # space and a mark, and after it, which makes alef maksura out of presentation forms.
    text = unicodedata.normalize("NFKC", text.translate(_CHARACTERS))
    text = text.translate(_CHARACTERS).casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize(
            "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        )
    text = _SPACES.sub(" ", text).strip()
    text = _TRAILING_MARKS.sub("", text)
    text = _HYPHEN_SPACES.sub("-", text)
    text = _APOSTROPHE_SPACES.sub("'", text)
    text = _CJK_SPACES.sub("", text)
    text = _OPEN_BRACKET_SPACES.sub("(", text)
    text = _CLOSE_BRACKET_SPACES.sub(")", text)
    text = _ARTICLE_BRACKET.sub("", text)
    return _LEADING_ARTICLE.sub("", text)


# --- Loading ---------------------------------------------------------------------------------

_Entry = tuple[State, StateName]


@dataclass(frozen=True)
class _Register:
    states: tuple[State, ...]
    by_iso3: Mapping[str, State]
    by_m49: Mapping[str, State]
    index: Mapping[str, tuple[_Entry, ...]]


@cache
def _register() -> _Register:
    supplement, aliases = _read_aliases()
    states = tuple(_read_states(supplement, aliases))
    unknown = ({iso3 for iso3, _, _ in supplement} | set(aliases)) - {s.iso3 for s in states}
    if unknown:
        raise ValueError(f"state-aliases.csv names no State of the register: {sorted(unknown)}")
    index: dict[str, list[_Entry]] = {}
    for state in states:
        for name in state.names():
            key = normalize_name(name.name)
            if key:
                index.setdefault(key, []).append((state, name))
    return _Register(
        states=states,
        by_iso3={s.iso3: s for s in states},
        by_m49={s.m49: s for s in states},
        index={key: tuple(entries) for key, entries in index.items()},
    )


def read_data_csv(filename: str) -> list[dict[str, str]]:
    """The rows of a CSV file shipped in ``memberviews/core/data``."""
    data = resources.files("memberviews.core") / "data" / filename
    return list(csv.DictReader(io.StringIO(data.read_text(encoding="utf-8-sig"))))


def _read_aliases() -> tuple[dict[tuple[str, str, str], str], dict[str, list[StateName]]]:
    """Returns the supplied UNTERM names by (iso3, language, kind) and the aliases by iso3."""
    supplement: dict[tuple[str, str, str], str] = {}
    aliases: dict[str, list[StateName]] = {}
    for row in read_data_csv("state-aliases.csv"):
        iso3, language, kind = row["iso3"].strip(), row["language"].strip(), row["kind"].strip()
        if language not in CODES:
            raise ValueError(f"state-aliases.csv: unknown language {language!r} for {iso3}")
        name = row["name"].strip()
        if kind in ("short", "formal"):
            supplement[iso3, language, kind] = name
        elif kind == "alias":
            since, until = _year(row["since"]), _year(row["until"])
            aliases.setdefault(iso3, []).append(StateName(language, name, since, until))
        else:
            raise ValueError(f"state-aliases.csv: unknown kind {kind!r} for {iso3}")
    return supplement, aliases


def _read_states(
    supplement: Mapping[tuple[str, str, str], str], aliases: Mapping[str, Iterable[StateName]]
) -> list[State]:
    states: list[State] = []
    for row in read_data_csv("country-codes.csv"):
        iso3 = row["ISO3166-1-Alpha-3"].strip()
        names = {
            (code, kind): row[f"UNTERM {LANGUAGES[code].english_name} {kind.title()}"].strip()
            or supplement.get((iso3, code, kind), "")
            for code in CODES
            for kind in ("short", "formal")
        }
        if not any(names.values()):
            continue  # a territory or an area, not a State of the register
        english = names["en", "short"]
        if english.endswith("**"):
            continue  # UNTERM's mark for a State that is not a member (Cook Islands, Niue)
        missing = sorted({code for (code, _), name in names.items() if not name})
        if missing:
            raise ValueError(f"country-codes.csv: {iso3} has no UNTERM name in {missing}")
        m49 = row["M49"].strip()
        if not m49.isdigit():
            raise ValueError(f"country-codes.csv: {iso3} has no M49 code")
        states.append(
            State(
                iso3=iso3,
                m49=m49.zfill(3),
                status="observer" if english.endswith("*") else "member",
                unterm_short=_by_language(names, "short"),
                unterm_formal=_by_language(names, "formal"),
                aliases=tuple(aliases.get(iso3, ())),
            )
        )
    return states


def _by_language(names: Mapping[tuple[str, str], str], kind: str) -> Mapping[str, str]:
    # The observer mark belongs to the table, not to the name.
    return MappingProxyType({code: names[code, kind].rstrip(" *") for code in CODES})


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None
