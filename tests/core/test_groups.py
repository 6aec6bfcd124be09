"""The regional groups: every Member State is in exactly one group, as the UN lists them.

The data follow the Department for General Assembly and Conference Management's list of
regional groups of Member States. Türkiye takes part in both the Western European and other
States and the Asia-Pacific States but is counted in the Western European and other States for
elections, so it is there only. The United States of America is in no group (it attends the
Western European and other States as an observer): it is the one documented exception.
"""

from __future__ import annotations

from collections import Counter

import pytest

from memberviews.core.groups import GROUPS, group_of
from memberviews.core.languages import CODES
from memberviews.core.states import member_states, read_data_csv, state_by_iso3

#: Member States in no regional group, documented in ``memberviews.core.groups``.
NO_GROUP = frozenset({"USA"})

SIZES = {
    "african": 54,
    "asia_pacific": 54,
    "eastern_european": 23,
    "latin_american_caribbean": 33,
    "western_european_other": 28,
}


def rows() -> list[dict[str, str]]:
    return read_data_csv("regional-groups.csv")


def test_the_file_has_its_header() -> None:
    assert list(rows()[0]) == ["iso3", "group"]


def test_every_member_state_is_in_exactly_one_group_or_is_the_exception() -> None:
    counts = Counter(row["iso3"] for row in rows())
    assert [code for code, n in counts.items() if n > 1] == []
    members = {state.iso3 for state in member_states()}
    assert members - set(counts) == NO_GROUP
    for code in NO_GROUP:
        assert group_of(code) is None


def test_every_code_is_a_known_member_state() -> None:
    for row in rows():
        state = state_by_iso3(row["iso3"])
        assert state is not None, row["iso3"]
        assert state.status == "member", row["iso3"]
        assert state.iso3 == row["iso3"], row["iso3"]


def test_every_group_is_a_known_group() -> None:
    assert {row["group"] for row in rows()} == set(GROUPS)


def test_the_groups_have_their_sizes() -> None:
    assert Counter(row["group"] for row in rows()) == SIZES
    assert sum(SIZES.values()) + len(NO_GROUP) == len(member_states()) == 193


def test_every_group_is_named_in_the_six_languages() -> None:
    for names in GROUPS.values():
        assert set(names) == set(CODES)
        assert all(name.strip() for name in names.values())


@pytest.mark.parametrize(
    ("iso3", "group"),
    [
        ("NOR", "western_european_other"),
        ("ISR", "western_european_other"),
        ("TUR", "western_european_other"),
        ("AUS", "western_european_other"),
        ("CHN", "asia_pacific"),
        ("CYP", "asia_pacific"),
        ("KIR", "asia_pacific"),
        ("SAU", "asia_pacific"),
        ("EGY", "african"),
        ("MAR", "african"),
        ("CUB", "latin_american_caribbean"),
        ("BRA", "latin_american_caribbean"),
        ("RUS", "eastern_european"),
        ("POL", "eastern_european"),
    ],
)
def test_spot_checks(iso3: str, group: str) -> None:
    assert group_of(iso3) == group


@pytest.mark.parametrize("iso3", ["USA", "VAT", "PSE", "XXX"])
def test_states_in_no_group_and_unknown_codes_have_none(iso3: str) -> None:
    assert group_of(iso3) is None
