"""The query language of the archive's search, read into a :class:`Query`.

Words are all required (``nuclear weapons``); a quoted phrase must appear as written, its
words in order (``"Conference on Disarmament"``, also between “ ”, « » or 「 」); ``OR``
between two terms accepts either (``treaty OR convention``); a term after ``-`` or ``NOT``
must not appear (``-nuclear``, ``NOT "small arms"``). ``AND`` may be written and changes
nothing. A query that cannot be read raises :class:`QueryError` saying why."""

from __future__ import annotations

from dataclasses import dataclass

from memberviews.search.analysis import words

#: Opening quotation marks and the marks that close them.
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "＂": "＂"}
#: The most terms a query may hold: more is a pasted text, not a search.
MAX_TERMS = 32
MAX_LENGTH = 1000


class QueryError(ValueError):
    """A query that cannot be read (an unclosed quote, nothing to search for)."""


@dataclass(frozen=True)
class Term:
    """A word (or a hyphenated run, ``non-proliferation``) or a quoted phrase, as typed."""

    text: str
    quoted: bool = False


@dataclass(frozen=True)
class Query:
    """What to search for: every clause must match, a clause when any of its terms does;
    no excluded term may match."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    def terms(self) -> list[Term]:
        """Every term the query looks for (not the excluded ones), in the order typed."""
        return [term for clause in self.clauses for term in clause]


@dataclass(frozen=True)
class _Token:
    kind: str  # "term", "or", "not"
    term: Term | None = None
    negated: bool = False


def parse_query(text: str) -> Query:
    """Reads a query. Raises :class:`QueryError` for an unclosed quote, an ``OR`` or a
    ``NOT`` with nothing to apply to, an excluded term inside an ``OR``, a query with
    nothing to search for (only punctuation, or only excluded terms) or one too long."""
    if len(text) > MAX_LENGTH:
        raise QueryError(f"the query is too long (at most {MAX_LENGTH} characters)")
    tokens = _tokens(text)
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    joining = False  # the previous token was OR
    negating = False  # the previous token was NOT
    for i, token in enumerate(tokens):
        if token.kind == "or":
            if negating or joining or not clauses or i == len(tokens) - 1:
                raise QueryError(
                    'OR needs a term on each side (write "or" in quotes to search for the word)'
                )
            joining = True
            continue
        if token.kind == "not":
            if negating or joining or i == len(tokens) - 1:
                raise QueryError("NOT needs a term after it")
            negating = True
            continue
        assert token.term is not None
        negated = token.negated or negating
        negating = False
        if negated:
            if joining or (i + 1 < len(tokens) and tokens[i + 1].kind == "or"):
                raise QueryError("an excluded term cannot be one side of an OR")
            excluded.append(token.term)
        elif joining:
            clauses[-1].append(token.term)
        else:
            clauses.append([token.term])
        joining = False
    if not clauses and excluded:
        raise QueryError("a search needs at least one term that is not excluded")
    if not clauses:
        raise QueryError("nothing to search for")
    if sum(map(len, clauses)) + len(excluded) > MAX_TERMS:
        raise QueryError(f"too many terms (at most {MAX_TERMS})")
    return Query(tuple(tuple(c) for c in clauses), tuple(excluded))


def _tokens(text: str) -> list[_Token]:
    """The query's terms and operators, in order. Terms with no letter or digit (a lone
    dash, punctuation) are left out."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        negated = False
        if char == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            char = text[i]
        if char in _QUOTES:
            close = text.find(_QUOTES[char], i + 1)
            if close < 0:
                raise QueryError(f"a quotation mark is not closed: {text[i:].strip()}")
            phrase = " ".join(text[i + 1 : close].split())
            i = close + 1
            if words(phrase):
                tokens.append(_Token("term", Term(phrase, quoted=True), negated))
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _QUOTES:
            i += 1
        word = text[start:i]
        if not negated and word in ("OR", "|"):
            tokens.append(_Token("or"))
        elif not negated and word == "NOT":
            tokens.append(_Token("not"))
        elif not negated and word == "AND":
            continue
        elif words(word):
            tokens.append(_Token("term", Term(word), negated))
    return tokens
