"""The document's own symbol, wherever it stands, and never a document it merely cites."""

from __future__ import annotations

import pytest

from memberviews.core.symbols import find_document_symbols, is_treaty_body_decision
from memberviews.ingest import read_text

_REPLY = (
    "II. Replies received from Governments\n\nNorway\n\n[Original: English]\n[1 June 2016]\n\n"
    "Norway agrees.\n"
)


def test_the_running_footer_names_the_document_not_the_agenda_footnote() -> None:
    page = (
        "Seventieth session\nItem 98 of the provisional agenda*\n\n"
        "Report of the Secretary-General\n\n* A/70/150.\n\n" + _REPLY
    )
    footer = "A/70/412 15-11873 2/30\n"
    document = read_text(page + footer + "\f" + "Sweden agrees too.\n" + footer)
    assert document.symbol == "A/70/412"


def test_the_first_token_is_the_symbol_and_a_cited_one_is_not() -> None:
    document = read_text(
        "Item 98 of the preliminary list\n\nA/70/50 and Corr.1.\n\nA/70/412\n\n" + _REPLY
    )
    assert document.symbol == "A/70/412"


def test_a_cover_without_masthead_cites_a_resolution_before_its_own_symbol() -> None:
    document = read_text(
        "Pursuant to A/RES/69/12 the present note is issued as A/70/99.\n\n" + _REPLY
    )
    assert document.symbol == "A/70/99"


def test_french_cover() -> None:
    document = read_text(
        "A/70/412\n\nPoint 98 de l’ordre du jour provisoire*\n\n* A/70/150.\n\n"
        "II. Réponses reçues des gouvernements\n\nNorvège\n\n[Original : anglais]\n"
        "[1er juin 2016]\n\nLa Norvège approuve.\n"
    )
    assert document.symbol == "A/70/412"


def test_a_latin_symbol_on_an_arabic_page_written_back_to_front() -> None:
    body = (
        "ثانيا - الردود الواردة من الحكومات\n\nكوبا\n\n]الأصل: بالإسبانية[\n\n"
        "]26 أيار/مايو 2014[\n\nتؤكد كوبا أن تعددية الأطراف هي المبدأ الأساسي.\n"
    )
    header = "/69/109A\n"
    document = read_text(header + body + "\f" + header + "تؤكد كوبا ذلك.\n")
    assert document.symbol == "A/69/109"


def test_a_latin_symbol_on_a_chinese_page() -> None:
    document = read_text(
        "A/69/109\n\n二. 从各国政府收到的答复\n\n古巴\n\n[原件：西班牙文]\n"
        "[2014 年 5 月 26 日]\n\n古巴支持多边主义。\n"
    )
    assert document.symbol == "A/69/109"


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("CCPR/C/101/D/1600/2007", ["CCPR/C/101/D/1600/2007"]),
        ("see CERD/C/ISR/CO/14-16 and E/CN.4/2003/12.", ["CERD/C/ISR/CO/14-16", "E/CN.4/2003/12"]),
        ("CAT/C/55/D/456/2011* 15-12345 (E)", ["CAT/C/55/D/456/2011*"]),
        ("General Comment CCPR/C/GC/34", ["CCPR/C/GC/34"]),
        ("A/HRC/WG.6/7/ITA/1", ["A/HRC/WG.6/7/ITA/1"]),
    ],
)
def test_symbols_of_every_body(text: str, symbols: list[str]) -> None:
    assert find_document_symbols(text) == symbols


def test_a_treaty_body_decision_is_told_by_its_symbol() -> None:
    assert is_treaty_body_decision("CCPR/C/101/D/1600/2007")
    assert not is_treaty_body_decision("CCPR/C/GC/34")
    assert not is_treaty_body_decision("A/70/412")


def test_a_treaty_body_symbol_in_the_running_header() -> None:
    header = "CCPR/C/GBR/CO/7\n"
    document = read_text(
        header
        + "Concluding observations\n\n1. The Committee considered the report.\f"
        + header
        + "2. It welcomes the report.\n"
    )
    assert document.symbol == "CCPR/C/GBR/CO/7"
