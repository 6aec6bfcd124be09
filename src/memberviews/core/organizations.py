"""The register of organizations that reply to requests for views: EU, IAEA, OPCW, UN bodies ...

A mandate may invite intergovernmental organizations and United Nations bodies to give their
views; reports print their replies under the organization's name. Recognising those names keeps
such a reply from being taken for a State's (``find_state`` knows none of them). The names are
the United Nations forms in the six languages, kept in ``data/organizations.csv`` (add an
organization there); lookups are exact and use the same key as the States register
(:func:`memberviews.core.states.normalize_name`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from memberviews.core.languages import CODES, get_language
from memberviews.core.states import normalize_name, read_data_csv


@dataclass(frozen=True)
class Organization:
    """An organization that replies to requests for views.

    ``acronym`` is the English acronym and the register's key (``"EU"``, ``"IAEA"``). ``names``
    maps each language code to the organization's names in that language, the United Nations
    form first (``"Union européenne"``); ``acronyms`` maps it to the acronyms used in that
    language (``"UE"``). Two organizations are equal when their acronyms are.
    """

    acronym: str
    names: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)
    acronyms: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)

    def name(self, language: str) -> str:
        """Returns the organization's United Nations name in ``language``."""
        return self.names[get_language(language).code][0]


def find_organization(name: str, language: str | None = None) -> Organization | None:
    """Returns the organization a name designates, or ``None`` when it names none.

    ``name`` may be a full name, another known form or an acronym, in any of the six languages,
    optionally followed by the acronym in brackets (``"European Union (EU)"``); it is compared
    after :func:`~memberviews.core.states.normalize_name`. With ``language``, names of that
    language are preferred, and names of other languages still found. A name that designates
    more than one organization gives ``None``.
    """
    entries = _index().get(normalize_name(name))
    if not entries:
        return None
    if language is not None:
        code = get_language(language).code
        entries = tuple(e for e in entries if e[1] == code) or entries
    found = {organization for organization, _ in entries}
    return found.pop() if len(found) == 1 else None


def organization_by_acronym(acronym: str) -> Organization | None:
    """Returns the organization with English acronym ``acronym`` (any case), or ``None``."""
    return _BY_ACRONYM.get(acronym.strip().upper())


def all_organizations() -> tuple[Organization, ...]:
    """Returns every organization of the register."""
    return _ORGANIZATIONS


def _read_register() -> tuple[Organization, ...]:
    """The organizations of ``data/organizations.csv``: a row per name or acronym, in the
    order of preference (the United Nations form first), with a note where one is due."""
    names: dict[str, dict[str, list[str]]] = {}
    acronyms: dict[str, dict[str, list[str]]] = {}
    for row in read_data_csv("organizations.csv"):
        key, language, kind = row["organization"], row["language"], row["kind"]
        if language not in CODES or kind not in ("name", "acronym"):
            raise ValueError(f"organizations.csv: {key}: unknown language or kind in {row}")
        target = names if kind == "name" else acronyms
        target.setdefault(key, {}).setdefault(language, []).append(row["text"])
        acronyms.setdefault(key, {})
    found = []
    for key, by_language in names.items():
        if set(by_language) != set(CODES):
            raise ValueError(f"organizations.csv: {key}: names are needed in the six languages")
        found.append(
            Organization(
                acronym=key,
                names=MappingProxyType({c: tuple(by_language[c]) for c in CODES}),
                acronyms=MappingProxyType({c: tuple(acronyms[key].get(c, ())) for c in CODES}),
            )
        )
    return tuple(found)


_ORGANIZATIONS = _read_register()
_BY_ACRONYM: Mapping[str, Organization] = {o.acronym: o for o in _ORGANIZATIONS}


@cache
def _index() -> Mapping[str, tuple[tuple[Organization, str], ...]]:
    """Returns (organization, language) entries by normalised name, built on first use."""
    index: dict[str, list[tuple[Organization, str]]] = {}
    for organization in _ORGANIZATIONS:
        for code in CODES:
            names = organization.names[code]
            acronyms = organization.acronyms[code]
            forms = [*names, *acronyms, *(f"{n} ({a})" for n in names for a in acronyms)]
            for form in forms:
                entries = index.setdefault(normalize_name(form), [])
                if (organization, code) not in entries:
                    entries.append((organization, code))
    return {key: tuple(entries) for key, entries in index.items()}
