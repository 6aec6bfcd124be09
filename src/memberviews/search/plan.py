"""What a query looks for in each language, once read and widened by the term list.

A typed term is looked for in the languages of its script (see
:func:`~memberviews.search.analysis.script_languages`), analysed as each of them analyses
its text; a term (or a run of typed words, or a phrase) that names an entry of the term
list is also looked for as the entry's forms, each in its own language. The engines turn a
:class:`Plan` into their own query; the highlighting marks its forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from memberviews.search.analysis import LANGUAGES, script_languages, stop_stems, terms, words
from memberviews.search.query import Query, Term
from memberviews.search.terms import TermList, key


@dataclass(frozen=True)
class Form:
    """A word or a phrase to find in one language: ``tokens`` as the index holds them, in
    order and next to each other. A Chinese form is one token, its characters, found as
    they are written (jieba's words for one or two characters, trigrams beyond)."""

    text: str
    tokens: tuple[str, ...]


#: Forms that must all be found (a run of typed words); usually one.
Alternative = tuple[Form, ...]


@dataclass(frozen=True)
class LanguagePlan:
    """The query in one language: every clause must match, a clause when any of its
    alternatives does; no excluded alternative may match."""

    language: str
    clauses: tuple[tuple[Alternative, ...], ...]
    excluded: tuple[Alternative, ...] = ()

    def forms(self) -> list[Form]:
        """The forms looked for (not the excluded ones)."""
        found: list[Form] = []
        for clause in self.clauses:
            for alternative in clause:
                found.extend(f for f in alternative if f not in found)
        return found


@dataclass(frozen=True)
class Plan:
    """The query in each language it can match in, and what is searched in each, for
    telling the user."""

    languages: tuple[LanguagePlan, ...]
    searched: dict[str, list[str]] = field(default_factory=dict)

    def language(self, code: str) -> LanguagePlan | None:
        """The plan of language ``code``; None when the query cannot match in it."""
        return next((p for p in self.languages if p.language == code), None)


@dataclass(frozen=True)
class _Typed:
    """Typed terms, all required."""

    terms: tuple[Term, ...]

    def shown(self) -> str:
        return " ".join(t.text for t in self.terms)


@dataclass(frozen=True)
class _Listed:
    """A form of a term-list entry, in its language."""

    language: str
    text: str


_Spec = _Typed | _Listed


def make_plan(query: Query, term_list: TermList, languages: Sequence[str] = LANGUAGES) -> Plan:
    """The plan of ``query`` in ``languages`` (all six by default), widened by
    ``term_list``."""
    clauses = _widened(query.clauses, term_list)
    excluded = [_with_entries(_Typed((t,)), t.text, term_list) for t in query.excluded]
    plans: list[LanguagePlan] = []
    searched: dict[str, list[str]] = {}
    for language in (code for code in LANGUAGES if code in languages):
        # A stop word typed alone ("the") narrows nothing, unless nothing else is asked.
        asked = [c for c in clauses if not _stop_word(c, language)] or clauses
        made = [_alternatives(clause, language) for clause in asked]
        if not made or not all(made):
            continue
        excluded_here = tuple(a for specs in excluded for a in _alternatives(specs, language))
        plans.append(LanguagePlan(language, tuple(made), excluded_here))
        shown = [
            s.shown() if isinstance(s, _Typed) else s.text
            for clause in asked
            for s in clause
            if _alternatives([s], language)
        ]
        searched[language] = list(dict.fromkeys(shown))
    return Plan(tuple(plans), searched)


def _widened(clauses: Sequence[Sequence[Term]], term_list: TermList) -> list[list[_Spec]]:
    """The clauses, each term (and each run of single typed words that names an entry) with
    the forms of the entries it names."""
    widened: list[list[_Spec]] = []
    i = 0
    while i < len(clauses):
        run = _run(clauses, i, term_list)
        if run > 1:
            typed = _Typed(tuple(clause[0] for clause in clauses[i : i + run]))
            widened.append(_with_entries(typed, typed.shown(), term_list))
            i += run
            continue
        widened.append(
            [
                spec
                for term in clauses[i]
                for spec in _with_entries(_Typed((term,)), term.text, term_list)
            ]
        )
        i += 1
    return widened


def _run(clauses: Sequence[Sequence[Term]], start: int, term_list: TermList) -> int:
    """How many single, unquoted typed words from ``start`` name an entry together (the
    longest such run); 0 if no run of two or more does."""
    single = 0
    for clause in clauses[start : start + term_list.longest]:
        if len(clause) != 1 or clause[0].quoted:
            break
        single += 1
    for length in range(single, 1, -1):
        text = " ".join(clause[0].text for clause in clauses[start : start + length])
        if term_list.find(text):
            return length
    return 0


def _with_entries(typed: _Typed, text: str, term_list: TermList) -> list[_Spec]:
    specs: list[_Spec] = [typed]
    for entry in term_list.find(text):
        for language, variants in entry.forms.items():
            specs.extend(
                _Listed(language, v) for v in variants if _Listed(language, v) not in specs
            )
    return specs


def _alternatives(specs: Sequence[_Spec], language: str) -> tuple[Alternative, ...]:
    """The specs' alternatives in ``language``: typed terms of its script, listed forms of
    it; without repeats."""
    made: list[Alternative] = []
    seen: set[tuple[tuple[str, ...], ...]] = set()
    for spec in specs:
        alternative: Alternative
        if isinstance(spec, _Listed):
            if spec.language != language:
                continue
            alternative = (_form(spec.text, language),)
        else:
            if not all(language in script_languages(t.text) for t in spec.terms):
                continue
            alternative = _without_stop_words(
                [(t, f) for t in spec.terms for f in _typed_forms(t, language)], language
            )
        tokens = tuple(f.tokens for f in alternative)
        if alternative and all(tokens) and tokens not in seen:
            seen.add(tokens)
            made.append(alternative)
    return tuple(made)


def _stop_word(clause: Sequence[_Spec], language: str) -> bool:
    """Whether ``clause`` is typed stop words only ("the", "the OR a"), unquoted."""
    stops = stop_stems(language)
    for spec in clause:
        if not isinstance(spec, _Typed) or any(t.quoted for t in spec.terms):
            return False
        forms = [f for t in spec.terms for f in _typed_forms(t, language)]
        if not forms or any(len(f.tokens) != 1 or f.tokens[0] not in stops for f in forms):
            return False
    return True


def _without_stop_words(forms: list[tuple[Term, Form]], language: str) -> Alternative:
    """Typed words, all required, without the stop words among them ("on" of "Conference
    on Disarmament", found in most English paragraphs, narrows nothing and costs the most
    to look up), as PostgreSQL's configurations leave them out; a quoted phrase keeps its
    own, and a run of stop words only is kept whole."""
    stops = stop_stems(language)
    kept = tuple(f for t, f in forms if t.quoted or len(f.tokens) != 1 or f.tokens[0] not in stops)
    return kept or tuple(f for _, f in forms)


def _typed_forms(term: Term, language: str) -> list[Form]:
    """A typed term in ``language``: one form (a hyphenated word is a phrase of its parts);
    in Chinese, unquoted, one form per run of characters between punctuation."""
    if language == "zh" and not term.quoted:
        return [_form(w.text, language) for w in words(term.text)]
    return [_form(term.text, language)]


def _form(text: str, language: str) -> Form:
    if language == "zh":
        return Form(text, key(text, language))
    return Form(text, tuple(terms(text, language)))
