"""The United Nations regional groups of Member States (African, Asia-Pacific, Eastern
European, Latin American and Caribbean, Western European and other States), from
``data/regional-groups.csv``."""

from __future__ import annotations

from functools import cache

from memberviews.core.states import read_data_csv

#: The groups' keys and their names in the six languages.
GROUPS: dict[str, dict[str, str]] = {
    "african": {
        "en": "African States",
        "fr": "États d'Afrique",
        "es": "Estados de África",
        "ru": "Группа африканских государств",
        "zh": "非洲国家组",
        "ar": "مجموعة الدول الأفريقية",
    },
    "asia_pacific": {
        "en": "Asia-Pacific States",
        "fr": "États d'Asie et du Pacifique",
        "es": "Estados de Asia y el Pacífico",
        "ru": "Группа азиатско-тихоокеанских государств",
        "zh": "亚洲-太平洋国家组",
        "ar": "مجموعة دول آسيا والمحيط الهادئ",
    },
    "eastern_european": {
        "en": "Eastern European States",
        "fr": "États d'Europe orientale",
        "es": "Estados de Europa Oriental",
        "ru": "Группа восточноевропейских государств",
        "zh": "东欧国家组",
        "ar": "مجموعة دول أوروبا الشرقية",
    },
    "latin_american_caribbean": {
        "en": "Latin American and Caribbean States",
        "fr": "États d'Amérique latine et des Caraïbes",
        "es": "Estados de América Latina y el Caribe",
        "ru": "Группа государств Латинской Америки и Карибского бассейна",
        "zh": "拉丁美洲和加勒比国家组",
        "ar": "مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي",
    },
    "western_european_other": {
        "en": "Western European and other States",
        "fr": "États d'Europe occidentale et autres États",
        "es": "Estados de Europa Occidental y otros Estados",
        "ru": "Группа западноевропейских и других государств",
        "zh": "西欧和其他国家组",
        "ar": "مجموعة دول أوروبا الغربية ودول أخرى",
    },
}


@cache
def _groups() -> dict[str, str]:
    return {row["iso3"]: row["group"] for row in read_data_csv("regional-groups.csv")}


def group_of(iso3: str) -> str | None:
    """The regional group of the State with this ISO 3166 alpha-3 code; None for a State in
    no group (an observer) or a code not known."""
    return _groups().get(iso3)
