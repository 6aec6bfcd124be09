"""The United Nations regional groups of Member States (African, Asia-Pacific, Eastern
European, Latin American and Caribbean, Western European and other States), from
``data/regional-groups.csv``.

The file follows the list of regional groups of Member States kept by the Department for
General Assembly and Conference Management: African States 54, Asia-Pacific States 54 (with
Cyprus and Kiribati), Eastern European States 23, Latin American and Caribbean States 33,
Western European and other States 28 (with Israel), which is 192 of the 193 Member States.
Each State has exactly one group; two cases need a decision:

* Türkiye takes part fully in both the Western European and other States and the Asia-Pacific
  States, but is counted in the Western European and other States for electoral purposes, so
  the file puts it there only.
* The United States of America is in no group: it attends the meetings of the Western European
  and other States as an observer and is counted in that group for electoral purposes only.
  The file follows the Department's list, which names it in no group, so :func:`group_of`
  returns ``None`` for ``"USA"``; a count by group of the replies is then a count by the UN's
  own membership of the groups, and a caller that wants the electoral grouping adds the United
  States to ``"western_european_other"`` itself.

The observer States (the Holy See, the State of Palestine) are not in the Department's list of
Member States and are in no group here either.
"""

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
