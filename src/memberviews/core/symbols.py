"""United Nations document symbols: parse, validate, format, and find them in text.

A symbol is a chain of components separated by ``/``, read left to right:

* the organ: ``A`` (General Assembly), ``S`` (Security Council), ``E`` (Economic and
  Social Council), ``T`` (Trusteeship Council) or ``ST`` (Secretariat);
* subsidiary-body components, each letters with an optional ``.n``: ``C.1``, ``HRC``,
  ``CN.4``, ``AC.105``, ``Sub.2``, ``WG.6``, ``PRST``, ``INF`` ...;
* ``RES`` for resolutions;
* the session (``67``, or ``S-27`` / ``ES-10`` for special and emergency special sessions)
  or the year (``2012``); absent from old symbols such as ``A/8000`` or ``S/25704``;
* the document's own number: ``131``, ``L.5``, ``PV.12``, or a series and a number
  (``NGO/1``, ``G/2``, ``AFG/1``) after a session or year;
* suffixes, in order: ``Add.n``, ``Corr.n``, ``Rev.n``, ``Amend.n``;
* one ``*`` per reissue.

Security Council resolutions carry their year in parentheses: ``S/RES/2042 (2012)``.

Treaty-body series (``CCPR/C/101/D/1600/2007``, ``CERD/C/ISR/CO/14-16``) are not organ-
prefixed, so :func:`parse_symbol` refuses them; :func:`find_document_symbols` finds them
beside the organs' symbols, as text, and :func:`is_treaty_body_decision` tells a
communication's decision or Views.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

__all__ = [
    "ORGANS",
    "SUFFIX_KINDS",
    "TREATY_BODIES",
    "SpecialSession",
    "Suffix",
    "SuffixKind",
    "Symbol",
    "SymbolError",
    "find_document_symbols",
    "find_symbols",
    "format_symbol",
    "is_treaty_body_decision",
    "parse_symbol",
    "to_akn",
]

SuffixKind = Literal["Add", "Corr", "Rev", "Amend"]
SpecialSession = Literal["S", "ES"]

ORGANS: tuple[str, ...] = ("A", "E", "S", "ST", "T")
SUFFIX_KINDS: tuple[SuffixKind, ...] = ("Add", "Corr", "Rev", "Amend")

_SUFFIX_KIND_BY_LOWER: dict[str, SuffixKind] = {kind.lower(): kind for kind in SUFFIX_KINDS}
_SPECIAL_SESSIONS: dict[str, SpecialSession] = {"S": "S", "ES": "ES"}
_ORGAN_LIST = "A, E, S, ST or T"
_FIRST_YEAR = 1946  # The first session of the General Assembly.
_MAX_SESSION = 999
_MAX_SUFFIX_DIGITS = 6

_BODY_RE = re.compile(r"[A-Z][A-Za-z]*(?:\.[0-9]+)?")
_SERIES_RE = re.compile(r"[A-Z][A-Za-z]*")
_NUMBER_RE = re.compile(r"[0-9]+|[A-Z][A-Za-z]*\.[0-9]+")
_TIME_RE = re.compile(r"(?:(?P<special>E?S)-)?(?P<digits>[0-9]+)")
# Matches malformed suffixes too ("Add.", "corr"), so they get a precise message rather
# than being taken for a number or a body.
_SUFFIXISH_RE = re.compile(r"(?P<kind>add|corr|rev|amend)(?:\.(?P<n>[0-9]*))?", re.IGNORECASE)
_CORE_CHARS_RE = re.compile(r"[A-Za-z0-9./-]*")
_STARS_RE = re.compile(r"(?:\s*\*)+\Z")
_PAREN_YEAR_RE = re.compile(r"\s*\(\s*(?P<inner>[^()]*?)\s*\)\Z")

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# NFKC already folds the fullwidth forms (Ａ, ／, ＊, ０); these have no compatibility
# decomposition but PDF text layers use them for "/", "-" and "*".
_LOOKALIKES = str.maketrans(
    {
        "\u2044": "/",  # fraction slash
        "\u2215": "/",  # division slash
        "\u29f8": "/",  # big solidus
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2217": "*",  # asterisk operator
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic digits
    }
)


class SymbolError(ValueError):
    """A text is not a well-formed UN document symbol, or a ``Symbol`` was built badly.

    ``text`` is the input as given (``None`` when a ``Symbol`` was constructed directly)
    and ``reason`` says what is wrong; the message is one line naming both.
    """

    def __init__(self, text: str | None, reason: str) -> None:
        self.text = text
        self.reason = reason
        if text is None:
            super().__init__(f"invalid Symbol: {reason}")
        else:
            super().__init__(f"invalid UN document symbol {_shown(text)}: {reason}")


class Suffix(NamedTuple):
    """A suffix such as ``Add.1``: its kind and its number (from 1)."""

    kind: SuffixKind
    n: int

    def __str__(self) -> str:
        return f"{self.kind}.{self.n}"


@dataclass(frozen=True, kw_only=True)
class Symbol:
    """A parsed UN document symbol; ``str()`` gives its canonical text.

    Fields follow the order of the components in the text:

    * ``body``: the organ and any subsidiary-body components, ``("A",)``,
      ``("A", "C.1")``, ``("A", "HRC")``, ``("E", "CN.4")``; never includes ``RES``.
    * ``is_resolution``: the symbol carries ``RES`` (``A/RES/66/32``, ``S/RES/2042 (2012)``).
    * ``special_session``: ``"S"`` for a special session (``A/S-27/19``), ``"ES"`` for an
      emergency special session (``A/RES/ES-10/19``), ``None`` for a regular one.
    * ``session``: the session number written in the symbol. For the General Assembly and
      its committees (``A/67/131``, ``A/C.1/67/L.5``, ``A/RES/66/32``) it is the Assembly's
      session; for other bodies it is that body's own session (``A/HRC/12/30`` is the
      twelfth session of the Human Rights Council).
    * ``year``: the year written in the symbol (``S/2012/123``, ``E/CN.4/2005/10``,
      ``A/CN.10/2012/1``) or in parentheses after a Security Council resolution. At most
      one of ``session`` and ``year`` is set; neither is for old symbols such as ``A/8000``.
    * ``number``: the document's own number, ``"131"``, ``"L.5"``, ``"PV.12"``, or a series
      and a number such as ``"NGO/1"`` (only after a session or year).
    * ``suffixes``: ``Add``/``Corr``/``Rev``/``Amend`` suffixes in written order.
    * ``reissued``: how many times the document was reissued (trailing ``*`` marks).

    Construction validates the fields and raises ``SymbolError``, so every ``Symbol``
    formats to a text that parses back to an equal ``Symbol``.
    """

    body: tuple[str, ...]
    is_resolution: bool = False
    special_session: SpecialSession | None = None
    session: int | None = None
    year: int | None = None
    number: str
    suffixes: tuple[Suffix, ...] = ()
    reissued: int = 0

    def __post_init__(self) -> None:
        # Accept lists and plain (kind, n) pairs from callers, but store hashable,
        # attribute-accessible values.
        object.__setattr__(self, "body", tuple(self.body))
        try:
            suffixes = tuple(Suffix(*s) for s in self.suffixes)
        except TypeError:
            raise SymbolError(None, "suffixes must be (kind, n) pairs") from None
        object.__setattr__(self, "suffixes", suffixes)
        problem = _problem(self)
        if problem is not None:
            raise SymbolError(None, problem)

    def __str__(self) -> str:
        return format_symbol(self)

    @property
    def organ(self) -> str:
        """The principal organ: ``"A"``, ``"E"``, ``"S"``, ``"ST"`` or ``"T"``."""
        return self.body[0]

    @property
    def subsidiary(self) -> tuple[str, ...]:
        """The body components after the organ: ``("C.1",)`` for ``A/C.1/67/L.5``."""
        return self.body[1:]

    @property
    def base(self) -> Symbol:
        """The symbol without suffixes or reissue marks (``A/67/131`` for ``A/67/131/Add.1*``)."""
        return replace(self, suffixes=(), reissued=0)

    @property
    def parent(self) -> Symbol | None:
        """The symbol without its last suffix and reissue marks; ``None`` without suffixes.

        ``A/67/131/Add.1/Corr.1`` → ``A/67/131/Add.1`` → ``A/67/131`` → ``None``.
        """
        if not self.suffixes:
            return None
        return replace(self, suffixes=self.suffixes[:-1], reissued=0)

    def suffix_number(self, kind: SuffixKind) -> int | None:
        """The number of the first suffix of ``kind``, or ``None`` when there is none."""
        return next((s.n for s in self.suffixes if s.kind == kind), None)

    @property
    def addendum_number(self) -> int | None:
        """``1`` for ``A/67/131/Add.1`` and for its corrigendum ``A/67/131/Add.1/Corr.1``."""
        return self.suffix_number("Add")

    @property
    def is_addendum(self) -> bool:
        """True when any suffix is ``Add`` (the document is, or corrects, an addendum)."""
        return self.addendum_number is not None

    @property
    def is_corrigendum(self) -> bool:
        """True when any suffix is ``Corr``."""
        return self.suffix_number("Corr") is not None

    @property
    def designation(self) -> SuffixKind | None:
        """``Add`` or ``Corr``: the last of those suffixes, which names what the document is
        (``A/67/131/Add.1/Corr.1`` is a corrigendum); None for a report."""
        kinds = [s.kind for s in self.suffixes if s.kind in ("Add", "Corr")]
        return kinds[-1] if kinds else None

    @property
    def is_revision(self) -> bool:
        """True when any suffix is ``Rev``."""
        return self.suffix_number("Rev") is not None

    @property
    def is_reissue(self) -> bool:
        """True when the symbol carries at least one ``*``."""
        return self.reissued > 0

    def with_suffix(self, kind: SuffixKind, n: int) -> Symbol:
        """This symbol with ``kind.n`` appended (and no reissue marks)."""
        return replace(self, suffixes=(*self.suffixes, Suffix(kind, n)), reissued=0)

    @property
    def _year_in_parentheses(self) -> bool:
        return self.year is not None and self.is_resolution and self.organ == "S"

    @property
    def _has_time_component(self) -> bool:
        return self.session is not None or (self.year is not None and not self._year_in_parentheses)


def parse_symbol(text: str) -> Symbol:
    """Parses a UN document symbol, tolerating the damage PDF text extraction does.

    Surrounding whitespace, zero-width characters, fullwidth forms (``Ａ／67／131``),
    slash and dash look-alikes, and spaces around ``/``, after ``Add.`` and before ``*``
    are normalised away. Anything else malformed raises ``SymbolError`` with a one-line
    message naming the input and the problem.
    """
    s = _normalise(text).strip()
    if not s:
        raise SymbolError(text, "it is empty")

    reissued = 0
    stars = _STARS_RE.search(s)
    if stars:
        reissued = stars.group().count("*")
        s = s[: stars.start()]

    paren_year: int | None = None
    paren = _PAREN_YEAR_RE.search(s)
    if paren:
        inner = paren.group("inner")
        if not _is_year(inner):
            raise SymbolError(text, f"{_shown(f'({inner})')} is not a year in parentheses")
        paren_year = int(inner)
        s = s[: paren.start()]

    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\.\s+(?=[0-9])", ".", s)
    if any(ch.isspace() for ch in s):
        raise SymbolError(text, "it has a space inside it")
    if not _CORE_CHARS_RE.fullmatch(s):
        bad = next(ch for ch in s if not _CORE_CHARS_RE.fullmatch(ch))
        raise SymbolError(text, f"unexpected character {_shown(bad)}")

    components = s.split("/")
    if "" in components:
        raise SymbolError(text, "it has an empty component (a doubled, leading or trailing '/')")
    organ, *rest = components
    if organ not in ORGANS:
        raise SymbolError(text, f"it must start with an organ ({_ORGAN_LIST}), not {_shown(organ)}")
    if not rest:
        raise SymbolError(text, f"nothing follows the organ {_shown(organ)}")

    body_parts, time, number, suffix_parts = _split(text, rest)

    is_resolution = False
    if "RES" in body_parts:
        if body_parts[-1] != "RES" or body_parts.count("RES") > 1:
            raise SymbolError(text, "'RES' must come right before the session, year or number")
        is_resolution = True
        body_parts = body_parts[:-1]
    for part in body_parts:
        if not _is_body_component(part):
            raise SymbolError(
                text, f"{_shown(part)} is not a body component (like C.1, HRC or CN.4)"
            )

    special_session, session, year = _parse_time(text, time) if time else (None, None, None)

    if paren_year is not None:
        if not (organ == "S" and is_resolution and time is None):
            raise SymbolError(
                text, "a year in parentheses only follows a Security Council resolution number"
            )
        year = paren_year

    suffixes = tuple(_parse_suffix(text, part) for part in suffix_parts)

    try:
        return Symbol(
            body=(organ, *body_parts),
            is_resolution=is_resolution,
            special_session=special_session,
            session=session,
            year=year,
            number=number,
            suffixes=suffixes,
            reissued=reissued,
        )
    except SymbolError as exc:
        raise SymbolError(text, exc.reason) from None


def format_symbol(sym: Symbol) -> str:
    """The canonical text of ``sym``; ``parse_symbol(format_symbol(sym)) == sym``.

    A Security Council resolution's year is written in parentheses (``S/RES/5 (2012)``)
    even when it was parsed from a year component (``S/RES/2012/5``).
    """
    parts = list(sym.body)
    if sym.is_resolution:
        parts.append("RES")
    if sym.session is not None:
        prefix = f"{sym.special_session}-" if sym.special_session else ""
        parts.append(f"{prefix}{sym.session}")
    elif sym.year is not None and not sym._year_in_parentheses:
        parts.append(str(sym.year))
    parts.append(sym.number)
    parts.extend(str(s) for s in sym.suffixes)
    text = "/".join(parts)
    if sym._year_in_parentheses:
        text += f" ({sym.year})"
    return text + "*" * sym.reissued


def to_akn(sym: Symbol | str) -> str:
    """The symbol as used in AKN4UN identifiers: ``/`` becomes ``-``, dots are kept.

    ``A/67/131/Add.1`` → ``A-67-131-Add.1``; ``S/RES/2042 (2012)`` → ``S-RES-2042(2012)``.
    Reissue marks are dropped: a reissue is a new printing of the same work. A string is
    parsed first, so it may raise ``SymbolError``.
    """
    if isinstance(sym, str):
        sym = parse_symbol(sym)
    return format_symbol(replace(sym, reissued=0)).replace(" ", "").replace("/", "-")


def find_symbols(text: str) -> list[Symbol]:
    """Every organ-prefixed symbol in running text, in order of appearance, repeats kept.

    Finds symbols in page headers, mastheads and prose (``A/67/131``, ``A/C.1/67/L.5``,
    ``E/CN.4/2005/10``, ``S/RES/2042 (2012)``, both halves of ``A/66/782–S/2012/229``).
    Bare numbers such as ``66/32`` or ``2012/13`` are never matched: a symbol must start
    with an organ that is not glued to a preceding letter, digit, ``/`` or ``.``. A symbol
    broken after a ``/`` at a line end is rejoined. A candidate that does not parse is
    shortened to its longest prefix that parses with a session or year, else skipped.
    """
    found: list[Symbol] = []
    normalised = _normalise(text)
    for match in _CANDIDATE_RE.finditer(normalised):
        if normalised.startswith("/", match.end()):
            continue  # cut off mid-symbol (e.g. "A/67/" at the end of a line)
        sym = _best_candidate(match)
        if sym is not None:
            found.append(sym)
    return found


_COMPONENT = (
    r"(?:(?i:add|corr|rev|amend)\.[ \t]?[0-9]+"
    r"|E?S-[0-9]+"
    r"|[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)"
)
_CANDIDATE_RE = re.compile(
    r"(?<![A-Za-z0-9_/.])"
    r"(?P<core>(?:ST|[AEST])(?:/(?:[ \t]*\n[ \t]*)?" + _COMPONENT + r")+)"
    r"(?P<year>[ \t]?\([0-9]{4}\))?"
    r"(?P<stars>\**)"
)


def _best_candidate(match: re.Match[str]) -> Symbol | None:
    core, year, stars = match.group("core"), match.group("year") or "", match.group("stars")
    for attempt in (core + year + stars, core + stars) if year else (core + stars,):
        try:
            return parse_symbol(attempt)
        except SymbolError:
            pass
    components = core.split("/")
    for end in range(len(components) - 1, 1, -1):
        try:
            sym = parse_symbol("/".join(components[:end]))
        except SymbolError:
            continue
        # Without a session or year, "A/67/Foo" would shrink to the meaningless "A/67".
        if sym.session is not None or sym.year is not None:
            return sym
    return None


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(_ZERO_WIDTH)).translate(_LOOKALIKES)


def _split(text: str, rest: list[str]) -> tuple[list[str], str | None, str, list[str]]:
    """Splits the components after the organ into body, time, number and suffixes."""
    t = next((i for i, part in enumerate(rest) if _TIME_RE.fullmatch(part)), None)
    # A session-or-year-looking component is the number itself when nothing but
    # suffixes follows it (S/25704, A/8000/Add.1).
    if t is not None and t + 1 < len(rest) and not _SUFFIXISH_RE.fullmatch(rest[t + 1]):
        tail = rest[t + 1 :]
        if _is_plain_number(tail[0]):
            return rest[:t], rest[t], tail[0], tail[1:]
        if (
            len(tail) > 1
            and _SERIES_RE.fullmatch(tail[0])
            and not _SUFFIXISH_RE.fullmatch(tail[0])
            and _is_plain_number(tail[1])
        ):
            return rest[:t], rest[t], f"{tail[0]}/{tail[1]}", tail[2:]
        raise SymbolError(
            text, f"{_shown(tail[0])} is not a document number (like 131, L.5 or NGO/1)"
        )
    k = next((i for i, part in enumerate(rest) if _SUFFIXISH_RE.fullmatch(part)), len(rest))
    if k == 0:
        raise SymbolError(text, f"there is no document number before {_shown(rest[0])}")
    number = rest[k - 1]
    if not _is_plain_number(number):
        raise SymbolError(
            text, f"{_shown(number)} is not a document number (like 131, L.5 or NGO/1)"
        )
    return rest[: k - 1], None, number, rest[k:]


def _parse_time(text: str, time: str) -> tuple[SpecialSession | None, int | None, int | None]:
    """Returns (special_session, session, year) for a session-or-year component."""
    match = _TIME_RE.fullmatch(time)
    assert match is not None  # _split only hands over components that matched
    special, digits = match.group("special"), match.group("digits")
    if digits.startswith("0"):
        raise SymbolError(text, f"the session or year {_shown(time)} has a leading zero")
    if special is not None:
        if len(digits) > len(str(_MAX_SESSION)):
            raise SymbolError(text, f"{_shown(time)} is not a session number")
        return _SPECIAL_SESSIONS[special], int(digits), None
    if len(digits) <= len(str(_MAX_SESSION)):
        return None, int(digits), None
    if _is_year(digits):
        return None, None, int(digits)
    raise SymbolError(text, f"{_shown(time)} is neither a session number nor a year")


def _parse_suffix(text: str, part: str) -> Suffix:
    match = _SUFFIXISH_RE.fullmatch(part)
    if match is None:
        raise SymbolError(
            text, f"{_shown(part)} is not a suffix (expected Add.n, Corr.n, Rev.n or Amend.n)"
        )
    kind = _SUFFIX_KIND_BY_LOWER[match.group("kind").lower()]
    digits = match.group("n")
    if not digits:
        raise SymbolError(text, f"the suffix {_shown(part)} has no number")
    if not digits.strip("0"):
        raise SymbolError(text, f"the suffix {_shown(part)} is numbered 0; suffixes start at 1")
    if digits.startswith("0"):
        raise SymbolError(text, f"the suffix {_shown(part)} has a leading zero")
    if len(digits) > _MAX_SUFFIX_DIGITS:
        raise SymbolError(text, f"the suffix {_shown(part)} has an implausibly large number")
    return Suffix(kind, int(digits))


def _problem(sym: Symbol) -> str | None:
    """What makes ``sym`` invalid, or ``None``."""
    if not sym.body:
        return "the body is empty (it needs at least the organ)"
    if any(not isinstance(part, str) for part in sym.body):
        return "body components must be strings"
    organ, *subsidiary = sym.body
    if organ not in ORGANS:
        return f"it must start with an organ ({_ORGAN_LIST}), not {_shown(organ)}"
    for part in subsidiary:
        if not _is_body_component(part):
            return f"{_shown(part)} is not a body component (like C.1, HRC or CN.4)"
    if sym.session is not None and sym.year is not None:
        return "it has both a session and a year"
    if sym.session is not None and not 1 <= sym.session <= _MAX_SESSION:
        return f"the session {sym.session} is outside 1-{_MAX_SESSION}"
    if sym.year is not None and not _is_year(str(sym.year)):
        return f"the year {sym.year} is not a four-digit year from {_FIRST_YEAR}"
    if sym.special_session is not None:
        if sym.special_session not in _SPECIAL_SESSIONS:
            return f"special_session must be 'S' or 'ES', not {_shown(sym.special_session)}"
        if sym.session is None:
            return "a special session needs a session number"
    if not isinstance(sym.number, str) or not _is_number(sym.number, sym._has_time_component):
        return f"{_shown(sym.number)} is not a document number (like 131, L.5 or NGO/1)"
    for suffix in sym.suffixes:
        if suffix.kind not in SUFFIX_KINDS:
            return f"{_shown(suffix.kind)} is not a suffix kind ({', '.join(SUFFIX_KINDS)})"
        if not isinstance(suffix.n, int) or not 1 <= suffix.n < 10**_MAX_SUFFIX_DIGITS:
            return f"the suffix number {_shown(suffix.n)} is outside 1-{10**_MAX_SUFFIX_DIGITS - 1}"
    if not isinstance(sym.reissued, int) or sym.reissued < 0:
        return f"reissued must be a count of 0 or more, not {_shown(sym.reissued)}"
    return None


def _is_body_component(part: str) -> bool:
    return bool(_BODY_RE.fullmatch(part)) and part != "RES" and not _SUFFIXISH_RE.fullmatch(part)


def _is_plain_number(part: str) -> bool:
    return bool(_NUMBER_RE.fullmatch(part)) and not _SUFFIXISH_RE.fullmatch(part)


def _is_number(number: str, has_time_component: bool) -> bool:
    if _is_plain_number(number):
        return True
    series, slash, own = number.partition("/")
    # "NGO/1" is only recognisable as one number after a session or year; without one
    # the parser would read "NGO" as a body component.
    return (
        bool(slash)
        and has_time_component
        and bool(_SERIES_RE.fullmatch(series))
        and not _SUFFIXISH_RE.fullmatch(series)
        and _is_plain_number(own)
    )


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isascii() and digits.isdigit() and int(digits) >= _FIRST_YEAR


def _shown(value: object, limit: int = 60) -> str:
    """``value`` quoted for an error message: one line, and a string of bounded length."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)


#: The treaty bodies whose documents carry their own series ("CCPR/C/…"); the Committee on
#: Economic, Social and Cultural Rights publishes under the Council's E/C.12.
TREATY_BODIES: tuple[str, ...] = (
    "CAT",
    "CCPR",
    "CED",
    "CEDAW",
    "CERD",
    "CMW",
    "CRC",
    "CRPD",
    "HRI",
    "SPT",
)
_TREATY_RE = re.compile(
    r"(?<![A-Za-z0-9_/.])(?:" + "|".join(TREATY_BODIES) + r")"
    r"(?:/(?:[A-Za-z]+(?:\.[0-9]+)?|[0-9]+(?:-[0-9]+)?|(?i:add|corr|rev)\.[ \t]?[0-9]+)){2,}"
    r"(?P<stars>\**)"
)
_DECISION_RE = re.compile(r"^(?:CCPR|CERD|CAT|CEDAW|CRPD|CED|CRC|CMW)/C/(?:[0-9]+/)?D/")


def find_document_symbols(text: str) -> list[str]:
    """Every document symbol in running text, in order: the organs' (as
    :func:`find_symbols`, in canonical form) and the treaty bodies' (``CCPR/C/101/D/1600/2007``,
    ``CERD/C/ISR/CO/14-16``, ``CCPR/C/GC/34``), as written less spaces around ``/``."""
    normalised = _normalise(text)
    found: list[tuple[int, str]] = []
    for match in _TREATY_RE.finditer(normalised):
        if not normalised.startswith("/", match.end()):
            found.append((match.start(), re.sub(r"\s+", "", match.group())))
    taken = [(m.start(), m.end()) for m in _TREATY_RE.finditer(normalised)]
    for match in _CANDIDATE_RE.finditer(normalised):
        if normalised.startswith("/", match.end()) or any(a <= match.start() < b for a, b in taken):
            continue
        sym = _best_candidate(match)
        if sym is not None:
            found.append((match.start(), str(sym)))
    return [symbol for _, symbol in sorted(found)]


def is_treaty_body_decision(symbol: str) -> bool:
    """Whether a symbol is a treaty body's decision on a communication
    (``CCPR/C/101/D/1600/2007``, ``CAT/C/55/D/456/2011``)."""
    return bool(_DECISION_RE.match(_normalise(symbol).strip()))
