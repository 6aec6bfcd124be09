"""The organizations register: replies from organizations are recognised, never as States."""

from __future__ import annotations

from collections import defaultdict

import pytest

from memberviews.core.languages import CODES
from memberviews.core.organizations import (
    Organization,
    all_organizations,
    find_organization,
    organization_by_acronym,
)
from memberviews.core.states import all_states, find_state, normalize_name


def organization(acronym: str) -> Organization:
    found = organization_by_acronym(acronym)
    assert found is not None, acronym
    return found


def test_the_register_has_the_organizations_that_reply() -> None:
    assert {o.acronym for o in all_organizations()} >= {
        "EU",
        "IAEA",
        "OPCW",
        "CTBTO",
        "AU",
        "LAS",
        "OAS",
        "OSCE",
        "COE",
        "ICRC",
        "WHO",
        "UNESCO",
        "UNDP",
        "UNICEF",
        "UNHCR",
        "UNEP",
        "FAO",
        "ILO",
        "IOM",
        "INTERPOL",
        "OIC",
        "CARICOM",
        "CSTO",
        "SCO",
        "OHCHR",
        "UNODC",
        "UNIDIR",
        "UNODA",
    }


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("European Union", "en"),
        ("Union européenne", "fr"),
        ("Unión Europea", "es"),
        ("Европейский союз", "ru"),
        ("الاتحاد الأوروبي", "ar"),
        ("欧洲联盟", "zh"),
        ("欧盟", "zh"),
        ("the European Union", "en"),
        ("l’Union européenne", "fr"),
        ("la Unión Europea", "es"),
        ("EUROPEAN UNION", "en"),
        ("European\nUnion", "en"),
        ("European Union*", "en"),
        ("European Union (EU)", "en"),
        ("Union européenne (UE)", "fr"),
        ("الاتحاد الاوروبي", "ar"),
        ("欧洲 联盟", "zh"),
    ],
)
def test_the_european_union_is_an_organization_and_not_a_state(name: str, language: str) -> None:
    assert find_organization(name, language) == organization("EU")
    assert find_organization(name) == organization("EU")
    assert find_state(name) is None


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("International Atomic Energy Agency", "IAEA"),
        ("Agence internationale de l'énergie atomique", "IAEA"),
        ("МАГАТЭ", "IAEA"),
        ("国际原子能机构", "IAEA"),
        ("Organisation for the Prohibition of Chemical Weapons", "OPCW"),
        ("Organization for the Prohibition of Chemical Weapons", "OPCW"),
        ("禁止化学武器组织", "OPCW"),
        (
            "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
            "CTBTO",
        ),
        ("Comprehensive Nuclear–Test–Ban Treaty Organization", "CTBTO"),
        ("Union africaine", "AU"),
        ("جامعة الدول العربية", "LAS"),
        ("Organización de los Estados Americanos", "OAS"),
        ("ОБСЕ", "OSCE"),
        ("Conseil de l'Europe", "COE"),
        ("Comité international de la Croix-Rouge", "ICRC"),
        ("World Health Organization", "WHO"),
        ("ЮНЕСКО", "UNESCO"),
        ("联合国开发计划署", "UNDP"),
        ("United Nations Children’s Fund", "UNICEF"),
        ("ACNUR", "UNHCR"),
        ("PNUMA", "UNEP"),
        ("Food and Agriculture Organization of the United Nations", "FAO"),
        ("Organisation internationale du Travail", "ILO"),
        ("Organización Internacional para las Migraciones", "IOM"),
        ("Interpol", "INTERPOL"),
        ("Organisation of Islamic Cooperation", "OIC"),
        ("Organization of the Islamic Conference", "OIC"),
        ("Caribbean Community", "CARICOM"),
        ("Организация Договора о коллективной безопасности", "CSTO"),
        ("上海合作组织", "SCO"),
        ("Office of the United Nations High Commissioner for Human Rights", "OHCHR"),
        ("Office des Nations Unies contre la drogue et le crime", "UNODC"),
        ("United Nations Institute for Disarmament Research", "UNIDIR"),
        ("Office for Disarmament Affairs", "UNODA"),
        ("United Nations Office for Disarmament Affairs", "UNODA"),
    ],
)
def test_find_organization_knows_the_name(name: str, acronym: str) -> None:
    assert find_organization(name) == organization(acronym)
    assert find_state(name) is None


def test_every_organization_has_a_name_in_all_six_languages() -> None:
    assert organization("EU").name("fr") == "Union européenne"
    assert organization("EU").name("zh") == "欧洲联盟"
    for found in all_organizations():
        for code in CODES:
            assert found.name(code).strip(), (found.acronym, code)


def test_every_name_and_acronym_finds_its_organization_and_no_state() -> None:
    for expected in all_organizations():
        for code in CODES:
            for name in (*expected.names[code], *expected.acronyms[code]):
                assert find_organization(name, code) == expected, name
                assert find_organization(name) == expected, name
                assert find_state(name) is None, name


def test_no_two_organizations_share_a_name_after_normalisation() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for found in all_organizations():
        for code in CODES:
            for name in (*found.names[code], *found.acronyms[code]):
                owners[normalize_name(name)].add(found.acronym)
    assert {key: owned for key, owned in owners.items() if len(owned) > 1} == {}


def test_no_state_name_is_taken_for_an_organization() -> None:
    for state in all_states():
        for name in state.names():
            assert find_organization(name.name) is None, name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Cuba",
        "France",
        "Union",
        "United Nations",
        "Replies received from Governments",
        "EU member States",
    ],
)
def test_find_organization_returns_none_for_what_is_not_an_organization_name(text: str) -> None:
    assert find_organization(text) is None


def test_organization_by_acronym_ignores_case() -> None:
    assert organization_by_acronym("eu") == organization("EU")
    assert organization_by_acronym("XYZ") is None
