"""Tests for memberviews.core.symbols: parsing, formatting and finding UN document symbols."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberviews.core.symbols import (
    ORGANS,
    SUFFIX_KINDS,
    Suffix,
    Symbol,
    SymbolError,
    find_symbols,
    format_symbol,
    parse_symbol,
    to_akn,
)

# --- parse_symbol: fields -------------------------------------------------------------


def test_plain_general_assembly_document() -> None:
    sym = parse_symbol("A/67/131")
    assert sym == Symbol(body=("A",), session=67, number="131")
    assert sym.organ == "A"
    assert sym.subsidiary == ()
    assert sym.year is None
    assert not sym.is_resolution
    assert sym.suffixes == ()
    assert sym.reissued == 0


@pytest.mark.parametrize(
    ("text", "kind", "n"),
    [
        ("A/67/131/Add.1", "Add", 1),
        ("A/67/131/Corr.1", "Corr", 1),
        ("A/67/131/Rev.2", "Rev", 2),
        ("A/67/131/Amend.3", "Amend", 3),
    ],
)
def test_single_suffix(text: str, kind: str, n: int) -> None:
    sym = parse_symbol(text)
    assert sym.suffixes == (Suffix(kind, n),)  # type: ignore[arg-type]
    assert sym.suffixes[0].kind == kind
    assert sym.suffixes[0].n == n
    assert sym.base == parse_symbol("A/67/131")


def test_stacked_suffixes_keep_their_order() -> None:
    sym = parse_symbol("A/67/131/Add.1/Corr.2")
    assert sym.suffixes == (Suffix("Add", 1), Suffix("Corr", 2))
    assert parse_symbol("A/67/131/Corr.2/Add.1").suffixes == (Suffix("Corr", 2), Suffix("Add", 1))


def test_suffix_kind_case_is_normalised() -> None:
    assert parse_symbol("A/67/131/ADD.1").suffixes == (Suffix("Add", 1),)
    assert str(parse_symbol("A/67/131/corr.1")) == "A/67/131/Corr.1"


@pytest.mark.parametrize(("text", "count"), [("A/67/131*", 1), ("A/67/131**", 2)])
def test_reissue_marks_are_counted(text: str, count: int) -> None:
    sym = parse_symbol(text)
    assert sym.reissued == count
    assert sym.is_reissue
    assert sym.base == parse_symbol("A/67/131")
    assert not sym.base.is_reissue


def test_reissued_addendum() -> None:
    sym = parse_symbol("A/67/131/Add.1*")
    assert sym.suffixes == (Suffix("Add", 1),)
    assert sym.reissued == 1


def test_general_assembly_resolution() -> None:
    sym = parse_symbol("A/RES/66/32")
    assert sym == Symbol(body=("A",), is_resolution=True, session=66, number="32")


def test_main_committee_document() -> None:
    sym = parse_symbol("A/C.1/67/L.5")
    assert sym.body == ("A", "C.1")
    assert sym.subsidiary == ("C.1",)
    assert sym.session == 67
    assert sym.number == "L.5"


def test_human_rights_council_session_is_the_councils_own() -> None:
    sym = parse_symbol("A/HRC/12/30")
    assert sym.body == ("A", "HRC")
    assert sym.session == 12
    assert sym.number == "30"


def test_security_council_year_is_not_a_session() -> None:
    sym = parse_symbol("S/2012/123")
    assert sym.body == ("S",)
    assert sym.session is None
    assert sym.year == 2012
    assert sym.number == "123"


@pytest.mark.parametrize(
    ("text", "body", "year", "number"),
    [
        ("E/CN.4/2005/10", ("E", "CN.4"), 2005, "10"),
        ("A/CN.10/2012/1", ("A", "CN.10"), 2012, "1"),
        ("E/2012/50", ("E",), 2012, "50"),
        ("ST/SGB/2012/1", ("ST", "SGB"), 2012, "1"),
        ("S/PRST/2012/1", ("S", "PRST"), 2012, "1"),
        ("E/CN.6/2012/NGO/1", ("E", "CN.6"), 2012, "NGO/1"),
        ("E/CN.4/Sub.2/1998/13", ("E", "CN.4", "Sub.2"), 1998, "13"),
    ],
)
def test_year_based_symbols(text: str, body: tuple[str, ...], year: int, number: str) -> None:
    sym = parse_symbol(text)
    assert (sym.body, sym.session, sym.year, sym.number) == (body, None, year, number)


@pytest.mark.parametrize(
    ("text", "body", "session", "number"),
    [
        ("A/67/L.5", ("A",), 67, "L.5"),
        ("A/67/PV.12", ("A",), 67, "PV.12"),
        ("A/C.5/54/SR.1", ("A", "C.5"), 54, "SR.1"),
        ("A/INF/67/1", ("A", "INF"), 67, "1"),
        ("A/HRC/19/G/2", ("A", "HRC"), 19, "G/2"),
        ("A/HRC/WG.6/12/AFG/1", ("A", "HRC", "WG.6"), 12, "AFG/1"),
    ],
)
def test_session_based_symbols(text: str, body: tuple[str, ...], session: int, number: str) -> None:
    sym = parse_symbol(text)
    assert (sym.body, sym.session, sym.year, sym.number) == (body, session, None, number)


@pytest.mark.parametrize(
    ("text", "special", "session"),
    [("A/S-27/19", "S", 27), ("A/RES/ES-10/19", "ES", 10), ("A/ES-10/123", "ES", 10)],
)
def test_special_and_emergency_special_sessions(text: str, special: str, session: int) -> None:
    sym = parse_symbol(text)
    assert sym.special_session == special
    assert sym.session == session
    assert str(sym) == text


def test_security_council_resolution_year_in_parentheses() -> None:
    sym = parse_symbol("S/RES/2042 (2012)")
    assert sym == Symbol(body=("S",), is_resolution=True, year=2012, number="2042")
    assert parse_symbol("S/RES/2042(2012)") == sym
    assert parse_symbol("S/RES/2042") == Symbol(body=("S",), is_resolution=True, number="2042")


def test_subsidiary_body_resolution() -> None:
    sym = parse_symbol("A/HRC/RES/12/1")
    assert sym.body == ("A", "HRC")
    assert sym.is_resolution
    assert sym.session == 12


@pytest.mark.parametrize(
    ("text", "body", "number", "suffixes"),
    [
        ("S/25704", ("S",), "25704", ()),
        ("A/8000/Add.1", ("A",), "8000", (Suffix("Add", 1),)),
        ("S/PV.6789", ("S",), "PV.6789", ()),
        ("A/AC.253/18", ("A", "AC.253"), "18", ()),
        ("E/C.12/GC/20", ("E", "C.12", "GC"), "20", ()),
        ("A/C.1/L.5", ("A", "C.1"), "L.5", ()),
    ],
)
def test_symbols_without_session_or_year(
    text: str, body: tuple[str, ...], number: str, suffixes: tuple[Suffix, ...]
) -> None:
    sym = parse_symbol(text)
    assert (sym.body, sym.number, sym.suffixes) == (body, number, suffixes)
    assert sym.session is None
    assert sym.year is None


# --- parse_symbol: normalisation ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "  A/67/131\n",
        "A/67/131\u00a0",  # non-breaking space
        "\u200bA/67/131\ufeff",  # zero-width space, byte-order mark
        "Ａ/67/131",  # fullwidth A
        "Ａ／６７／１３１",  # fullwidth everything
        "A\u221567\u2215131",  # division slash
        "A / 67 / 131",
        "A/ 67/131",
        "A/67/\n131",
    ],
)
def test_extraction_damage_is_normalised(text: str) -> None:
    assert parse_symbol(text) == parse_symbol("A/67/131")


def test_spaces_after_suffix_dot_and_before_stars_are_tolerated() -> None:
    assert str(parse_symbol("A/67/131/Add. 1 *")) == "A/67/131/Add.1*"
    assert parse_symbol("A/67/131 * *").reissued == 2


def test_dash_lookalikes_in_special_sessions() -> None:
    assert parse_symbol("A/RES/ES\u201110/19") == parse_symbol("A/RES/ES-10/19")
    assert parse_symbol("A/S\u201327/19") == parse_symbol("A/S-27/19")


# --- parse_symbol: errors -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("67/131", "must start with an organ"),
        ("hello", "not 'hello'"),
        ("a/67/131", "not 'a'"),
        ("CCPR/C/GC/34", "not 'CCPR'"),
        ("A", "nothing follows the organ"),
        ("A//131", "empty component"),
        ("/A/67/131", "empty component"),
        ("A/67/131/", "empty component"),
        ("A/67/131/Add.", "'Add.' has no number"),
        ("A/67/131/Add", "'Add' has no number"),
        ("A/67/131/Add.0", "numbered 0"),
        ("A/67/131/Add.01", "leading zero"),
        ("A/67/131/Foo.1", "'Foo.1' is not a suffix"),
        ("A/67/131/Add.1/x", "'x' is not a suffix"),
        ("A/67/x", "'x' is not a document number"),
        ("A/HRC/12/G", "'G' is not a document number"),
        ("A/x/131", "'x' is not a body component"),
        ("A/RES/C.1/67/1", "'RES' must come right before"),
        ("A/067/131", "leading zero"),
        ("A/0/131", "leading zero"),
        ("A/1234/5", "neither a session number nor a year"),
        ("A/67 131", "space inside"),
        ("A/67/131.", "not a document number"),
        ("A/67/131;", "unexpected character ';'"),
        ("A/67/131 (2012)", "year in parentheses only follows a Security Council resolution"),
        ("S/RES/2042 (12)", "'(12)' is not a year"),
        ("A/Add.1", "no document number before 'Add.1'"),
        ("A/66/782–S/2012/229", "not a document number"),
    ],
)
def test_malformed_input_raises_symbol_error(text: str, fragment: str) -> None:
    with pytest.raises(SymbolError) as info:
        parse_symbol(text)
    message = str(info.value)
    assert fragment in message
    assert repr(text) in message
    assert "\n" not in message
    assert info.value.text == text
    assert info.value.reason in message


def test_symbol_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="invalid UN document symbol"):
        parse_symbol("67/131")


def test_error_message_shortens_long_input_to_one_line() -> None:
    text = "A/67/" + "x" * 200 + "\n\n"
    with pytest.raises(SymbolError) as info:
        parse_symbol(text)
    message = str(info.value)
    assert "\n" not in message
    assert "x" * 100 not in message
    assert len(message) < 300
    assert "…" in message


# --- format_symbol and round trips ----------------------------------------------------

CANONICAL = [
    "A/67/131",
    "A/67/131/Add.1",
    "A/67/131/Corr.1",
    "A/67/131/Rev.1",
    "A/67/131/Add.1/Corr.1",
    "A/67/131*",
    "A/67/131/Add.2**",
    "A/RES/66/32",
    "A/C.1/67/L.5",
    "A/C.1/67/L.5/Rev.1",
    "A/HRC/12/30",
    "A/HRC/RES/12/1",
    "S/2012/123",
    "E/CN.4/2005/10",
    "A/CN.10/2012/1",
    "S/RES/2042 (2012)",
    "S/RES/2042 (2012)*",
    "S/RES/2042",
    "A/RES/ES-10/19",
    "A/S-27/19",
    "E/CN.6/2012/NGO/1",
    "S/25704",
    "A/8000/Add.1",
    "ST/SGB/2012/1",
    "T/1",
]


@pytest.mark.parametrize("text", CANONICAL)
def test_canonical_text_round_trips(text: str) -> None:
    sym = parse_symbol(text)
    assert format_symbol(sym) == text
    assert str(sym) == text
    assert parse_symbol(str(sym)) == sym


def test_formatting_a_constructed_symbol() -> None:
    sym = Symbol(
        body=("A", "C.3"),
        session=67,
        number="L.5",
        suffixes=(Suffix("Rev", 1),),
        reissued=1,
    )
    assert str(sym) == "A/C.3/67/L.5/Rev.1*"


def test_security_council_resolution_year_component_is_written_in_parentheses() -> None:
    assert str(parse_symbol("S/RES/2012/5")) == "S/RES/5 (2012)"


def test_symbols_are_hashable_and_compare_by_value() -> None:
    assert len({parse_symbol("A/67/131"), parse_symbol("Ａ/67/131"), parse_symbol("A/67/132")}) == 2


# --- Symbol construction --------------------------------------------------------------


def test_constructor_accepts_list_body_and_plain_suffix_pairs() -> None:
    sym = Symbol(
        body=["A"],  # type: ignore[arg-type]
        session=67,
        number="131",
        suffixes=[("Add", 1)],  # type: ignore[arg-type]
    )
    assert sym.body == ("A",)
    assert sym.suffixes == (Suffix("Add", 1),)
    assert sym.suffixes[0].kind == "Add"
    hash(sym)


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"body": (), "number": "1"}, "body is empty"),
        ({"body": ("X",), "number": "1"}, "organ"),
        ({"body": ("A", "RES"), "number": "1"}, "'RES' is not a body component"),
        ({"body": ("A", "Add.1"), "number": "1"}, "'Add.1' is not a body component"),
        ({"body": ("A",), "session": 67, "year": 2012, "number": "1"}, "both a session and a year"),
        ({"body": ("A",), "session": 0, "number": "1"}, "session 0"),
        ({"body": ("A",), "year": 1900, "number": "1"}, "year 1900"),
        ({"body": ("A",), "special_session": "ES", "number": "1"}, "needs a session"),
        ({"body": ("A",), "session": 67, "number": ""}, "not a document number"),
        ({"body": ("A",), "session": 67, "number": "Add.1"}, "not a document number"),
        ({"body": ("E",), "number": "NGO/1"}, "not a document number"),
        (
            {"body": ("S",), "is_resolution": True, "year": 2012, "number": "NGO/1"},
            "not a document number",
        ),
        ({"body": ("A",), "number": "1", "suffixes": (("Foo", 1),)}, "not a suffix kind"),
        ({"body": ("A",), "number": "1", "suffixes": (("Add", 0),)}, "suffix number 0"),
        ({"body": ("A",), "number": "1", "suffixes": ("Add.1",)}, "(kind, n) pairs"),
        ({"body": ("A",), "number": "1", "reissued": -1}, "reissued"),
    ],
)
def test_constructor_rejects_invalid_fields(fields: dict[str, object], fragment: str) -> None:
    with pytest.raises(SymbolError, match=re.escape(fragment)) as info:
        Symbol(**fields)  # type: ignore[arg-type]
    assert info.value.text is None
    assert str(info.value).startswith("invalid Symbol: ")


# --- properties -----------------------------------------------------------------------


def test_base_drops_suffixes_and_reissue_marks() -> None:
    assert parse_symbol("A/67/131/Add.1/Corr.1*").base == parse_symbol("A/67/131")
    assert str(parse_symbol("S/RES/2042 (2012)*").base) == "S/RES/2042 (2012)"


def test_parent_walks_up_the_suffix_chain() -> None:
    sym = parse_symbol("A/67/131/Add.1/Corr.1*")
    parent = sym.parent
    assert parent is not None
    assert str(parent) == "A/67/131/Add.1"
    grandparent = parent.parent
    assert grandparent is not None
    assert str(grandparent) == "A/67/131"
    assert grandparent.parent is None


def test_addendum_and_other_suffix_properties() -> None:
    original = parse_symbol("A/67/131")
    assert not original.is_addendum
    assert original.addendum_number is None
    assert not original.is_corrigendum
    assert not original.is_revision

    corrigendum_to_addendum = parse_symbol("A/67/131/Add.2/Corr.1")
    assert corrigendum_to_addendum.is_addendum
    assert corrigendum_to_addendum.addendum_number == 2
    assert corrigendum_to_addendum.is_corrigendum
    assert corrigendum_to_addendum.suffix_number("Corr") == 1
    assert corrigendum_to_addendum.suffix_number("Rev") is None

    revision = parse_symbol("A/C.1/67/L.5/Rev.1")
    assert revision.is_revision
    assert not revision.is_addendum


def test_with_suffix_appends_and_clears_reissue() -> None:
    sym = parse_symbol("A/67/131*").with_suffix("Add", 1)
    assert str(sym) == "A/67/131/Add.1"
    assert str(sym.with_suffix("Corr", 1)) == "A/67/131/Add.1/Corr.1"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("A/67/131", 67),
        ("A/67/131/Add.1", 67),
        ("A/RES/66/32", 66),
        ("A/C.1/67/L.5", 67),
        ("A/HRC/12/30", 12),
        ("A/RES/ES-10/19", 10),
        ("S/2012/123", None),
        ("E/CN.4/2005/10", None),
        ("S/25704", None),
    ],
)
def test_session_extraction(text: str, session: int | None) -> None:
    assert parse_symbol(text).session == session


# --- to_akn ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "akn"),
    [
        ("A/67/131", "A-67-131"),
        ("A/67/131/Add.1", "A-67-131-Add.1"),
        ("A/67/131/Add.1/Corr.1", "A-67-131-Add.1-Corr.1"),
        ("A/RES/66/32", "A-RES-66-32"),
        ("A/C.1/67/L.5", "A-C.1-67-L.5"),
        ("E/CN.4/2005/10", "E-CN.4-2005-10"),
        ("A/67/131*", "A-67-131"),
        ("S/RES/2042 (2012)", "S-RES-2042(2012)"),
        ("A/RES/ES-10/19", "A-RES-ES-10-19"),
    ],
)
def test_to_akn(text: str, akn: str) -> None:
    assert to_akn(parse_symbol(text)) == akn
    assert to_akn(text) == akn


def test_to_akn_rejects_malformed_text() -> None:
    with pytest.raises(SymbolError):
        to_akn("A//131")


# --- find_symbols ---------------------------------------------------------------------


def _found(text: str) -> list[str]:
    return [str(sym) for sym in find_symbols(text)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A/67/131  ", ["A/67/131"]),
        ("A/67/131/Add.1", ["A/67/131/Add.1"]),
        ("\u00a0A/67/131\u00a0\u00a012-45678", ["A/67/131"]),
        ("2/20 12-45678 A/67/131", ["A/67/131"]),
        ("A/67/131*", ["A/67/131*"]),
        ("United Nations A/67/131 General Assembly Distr.: General 2 July 2012", ["A/67/131"]),
        ("Ａ/67/131", ["A/67/131"]),
        ("E/CN.4/2005/10 page 3", ["E/CN.4/2005/10"]),
        ("A/HRC/12/30", ["A/HRC/12/30"]),
        ("A/C.1/67/L.5", ["A/C.1/67/L.5"]),
        ("A/CN.10/2012/1", ["A/CN.10/2012/1"]),
    ],
)
def test_find_symbols_in_page_headers(line: str, expected: list[str]) -> None:
    assert _found(line) == expected


def test_find_symbols_in_running_text_keeps_order_and_repeats() -> None:
    text = (
        "In its resolution 66/32, the General Assembly took note of the report (A/66/131) "
        "and requested views (see A/RES/66/32, A/67/131/Add.1 and A/67/131). "
        "The reply of 2012/13 was reproduced in A/67/131."
    )
    assert _found(text) == [
        "A/66/131",
        "A/RES/66/32",
        "A/67/131/Add.1",
        "A/67/131",
        "A/67/131",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "resolution 66/32",
        "the biennium 2012/13",
        "page 2/20",
        "and/or",
        "S/he",
        "a/67/131",
        "CCPR/C/GC/34",
        "UNEP/S/2012/1",
        "DATA/67/131",
        "X1A/67/131",
        "A/B testing",
        "A/",
        "",
    ],
)
def test_find_symbols_ignores_non_symbols(text: str) -> None:
    assert find_symbols(text) == []


def test_find_symbols_splits_joint_symbols() -> None:
    assert _found("A/66/782–S/2012/229") == ["A/66/782", "S/2012/229"]


def test_find_symbols_security_council_resolution_with_year() -> None:
    assert _found("Recalling S/RES/2042 (2012) and S/RES/2043 (2012)*.") == [
        "S/RES/2042 (2012)",
        "S/RES/2043 (2012)*",
    ]


def test_find_symbols_leaves_a_parenthesised_year_that_is_not_part_of_the_symbol() -> None:
    assert _found("the report A/67/131 (2012) says") == ["A/67/131"]


def test_find_symbols_rejoins_a_symbol_broken_after_a_slash() -> None:
    assert _found("contained in document A/67/\n131/Add.1, which") == ["A/67/131/Add.1"]


def test_find_symbols_skips_a_symbol_cut_off_at_a_slash() -> None:
    assert _found("document A/67/") == []


def test_find_symbols_tolerates_a_space_after_the_suffix_dot() -> None:
    assert _found("A/67/131/Add. 1") == ["A/67/131/Add.1"]


def test_find_symbols_shortens_a_candidate_with_an_unknown_tail() -> None:
    assert _found("A/67/131/Add.1/Summary") == ["A/67/131/Add.1"]
    assert _found("A/67/Foo") == []


def test_find_symbols_in_chinese_text_without_spaces() -> None:
    assert _found("秘书长的报告见A/67/131和A/67/131/Add.1。") == ["A/67/131", "A/67/131/Add.1"]


def test_find_symbols_returns_parsed_symbols() -> None:
    (sym,) = find_symbols("A/67/131/Add.1")
    assert sym.session == 67
    assert sym.addendum_number == 1


# --- properties (hypothesis) ----------------------------------------------------------


def _looks_like_suffix(part: str) -> bool:
    return re.fullmatch(r"(?i:add|corr|rev|amend)(?:\.[0-9]*)?", part) is not None


_BODY_COMPONENTS = st.one_of(
    st.sampled_from(["C.1", "C.3", "HRC", "CN.4", "CN.10", "AC.105", "WG.6", "Sub.2", "PRST"]),
    st.from_regex(r"[A-Z][A-Za-z]{0,4}(\.[1-9][0-9]{0,2})?", fullmatch=True),
).filter(lambda part: part != "RES" and not _looks_like_suffix(part))

_PLAIN_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=99_999).map(str),
    st.from_regex(r"[A-Z][A-Za-z]{0,3}\.[0-9]{1,4}", fullmatch=True).filter(
        lambda number: not _looks_like_suffix(number)
    ),
)
_SERIES = st.from_regex(r"[A-Z][A-Za-z]{0,3}", fullmatch=True).filter(
    lambda series: not _looks_like_suffix(series)
)


@st.composite
def symbols(draw: st.DrawFn) -> Symbol:
    organ = draw(st.sampled_from(ORGANS))
    subsidiary = draw(st.lists(_BODY_COMPONENTS, max_size=3))
    is_resolution = draw(st.booleans())
    time = draw(st.sampled_from(["none", "session", "special", "year"]))
    session = draw(st.integers(1, 999)) if time in ("session", "special") else None
    special = draw(st.sampled_from(["S", "ES"])) if time == "special" else None
    year = draw(st.integers(1946, 2100)) if time == "year" else None
    # A series-and-number ("NGO/1") needs a session or year component in front of it.
    has_time_component = session is not None or (
        year is not None and not (organ == "S" and is_resolution)
    )
    if has_time_component and draw(st.booleans()):
        number = f"{draw(_SERIES)}/{draw(_PLAIN_NUMBERS)}"
    else:
        number = draw(_PLAIN_NUMBERS)
    suffixes = draw(
        st.lists(
            st.builds(Suffix, st.sampled_from(SUFFIX_KINDS), st.integers(1, 999)),
            max_size=3,
        )
    )
    return Symbol(
        body=(organ, *subsidiary),
        is_resolution=is_resolution,
        special_session=special,  # type: ignore[arg-type]
        session=session,
        year=year,
        number=number,
        suffixes=tuple(suffixes),
        reissued=draw(st.integers(0, 3)),
    )


@given(symbols())
def test_formatted_symbols_parse_back_to_the_same_symbol(sym: Symbol) -> None:
    text = format_symbol(sym)
    assert parse_symbol(text) == sym
    assert format_symbol(parse_symbol(text)) == text


@given(symbols())
def test_formatted_symbols_are_found_in_running_text(sym: Symbol) -> None:
    assert find_symbols(f"See document {sym}, and more.") == [sym]


@given(symbols())
def test_akn_form_has_no_slashes_or_spaces(sym: Symbol) -> None:
    akn = to_akn(sym)
    assert "/" not in akn
    assert " " not in akn
    assert "*" not in akn
    assert akn.startswith(sym.organ + "-")


# Text built from the pieces symbols are made of reaches far deeper into the parser than
# uniformly random characters do: some of it parses, most of it is nearly right.
_SYMBOL_PIECES = st.sampled_from(
    [*"AESTRCGLdo0123456789./-*() \u00a0\n／Ａ", "ST", "Add.", "Corr.", "RES", "S-", "ES-"]
)
_COMPONENTS = st.sampled_from(
    [
        *("A", "S", "E", "ST", "T", "67", "2012", "1234", "0", "131", "L.5", "RES", "C.1"),
        *("HRC", "NGO", "Add.1", "Add.", "Corr.2", "Rev.01", "ES-10", "S-27", "", "x", " 5"),
        "Foo.1",
    ]
)
_SYMBOLISH_TEXT = st.one_of(
    st.lists(_SYMBOL_PIECES, max_size=20).map("".join),
    st.tuples(
        st.tuples(st.sampled_from(["A", "S", "E", "ST", "a"]), st.lists(_COMPONENTS, max_size=6))
        .map(lambda parts: [parts[0], *parts[1]])
        .map("/".join),
        st.sampled_from(["", " (2012)", "(12)", " (1900)"]),
        st.sampled_from(["", "*", " **", "* x"]),
    ).map("".join),
)


@given(st.one_of(st.text(), _SYMBOLISH_TEXT))
def test_arbitrary_text_parses_or_raises_symbol_error(text: str) -> None:
    try:
        sym = parse_symbol(text)
    except SymbolError as exc:
        assert "\n" not in str(exc)
        return
    assert parse_symbol(str(sym)) == sym


@given(st.one_of(st.text(), _SYMBOLISH_TEXT))
def test_find_symbols_never_raises_and_finds_parseable_symbols(text: str) -> None:
    for sym in find_symbols(text):
        assert parse_symbol(str(sym)) == sym


@given(symbols(), st.sampled_from([" ", "\u00a0", "\u200b", "\n"]))
def test_surrounding_whitespace_is_ignored(sym: Symbol, space: str) -> None:
    assert parse_symbol(f"{space}{sym}{space}") == sym
