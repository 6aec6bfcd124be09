"""The reference report (Chinese A/67/131, text extracted from its PDF) read end to end."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from conftest import GOLDEN, REFERENCE
from memberviews.core.model import Document
from memberviews.ingest import read_report

CJK = "[\u4e00-\u9fff，。；：、“”《》（）]"


@pytest.fixture(scope="module")
def document() -> Document:
    return read_report(REFERENCE)


def test_front_matter(document: Document) -> None:
    assert document.symbol == "A/67/131"
    assert document.language == "zh"
    assert document.job_number == "12-41312"
    assert document.session == 67


def test_mandate_and_request(document: Document) -> None:
    assert document.mandate is not None
    assert document.mandate.resolution == "66/32"
    assert document.mandate.paragraph == 8
    assert document.mandate.adopted == date(2011, 12, 2)
    assert document.mandate.session == 67
    assert document.request is not None
    assert document.request.date == date(2012, 2, 13)


def test_sections(document: Document) -> None:
    assert [(s.number, s.heading) for s in document.sections] == [
        ("一", "导言"),
        ("二", "从各国政府收到的答复"),
    ]
    assert len(document.introduction) == 2
    assert document.introduction[1].startswith("根据这一要求")


def test_replies_in_document_order(document: Document) -> None:
    found = [
        (r.state.iso3 if r.state else None, r.original_language, r.date, len(r.paragraphs))
        for r in document.replies
    ]
    assert found == [
        ("CUB", "es", date(2012, 6, 5), 7),
        ("NOR", "en", date(2012, 6, 1), 4),
        ("PAN", "es", date(2012, 5, 23), 3),
        ("QAT", "en", date(2012, 4, 11), 1),
        ("ESP", "es", date(2012, 3, 26), 29),
        ("TKM", "ru", date(2012, 5, 14), 6),
    ]
    assert [r.state.name for r in document.replies if r.state] == [
        "古巴", "挪威", "巴拿马", "卡塔尔", "西班牙", "土库曼斯坦",
    ]  # fmt: skip
    assert all(r.state and r.state.m49 for r in document.replies)


def test_spain_dash_items_are_paragraphs_of_their_own(document: Document) -> None:
    spain = document.replies[4]
    items = [p for p in spain.paragraphs if p.startswith("–")]
    assert len(items) == 12
    assert items[0] == "– 寻求全面政治解决办法，避免、威慑或阻止大规模毁灭性武器或常规武器扩散；"
    assert items[-1] == "– 促进政府机构、非政府组织之间的合作，及与抱持同一目标的工业部门合作。"
    # The paragraph before the list runs across the page break and must be whole.
    before = spain.paragraphs[spain.paragraphs.index(items[0]) - 1]
    assert before == "负责任的不扩散和裁军政策应推动有效的多边体系，为此需要："


def test_paragraph_text_is_clean(document: Document) -> None:
    paragraphs = [p for r in document.replies for p in r.paragraphs] + document.introduction
    for paragraph in paragraphs:
        assert "\n" not in paragraph
        assert "A/67/131" not in paragraph
        assert "12-41312" not in paragraph
        assert not re.search(f"{CJK} +{CJK}", paragraph), paragraph
        assert paragraph == paragraph.strip()


def test_turkmenistan_paragraph_wrapped_before_an_indented_line(document: Document) -> None:
    # The extracted text breaks "此类机" / " 制的" with a stray leading space: one paragraph.
    second = document.replies[5].paragraphs[1]
    assert "并建立新的此类机制的国际努力中" in second
    assert second.endswith("并创造有利于全面裁军的气氛。")


def test_matches_golden_json(document: Document, update_goldens: bool) -> None:
    golden = GOLDEN / "A-67-131-zh.json"
    produced = json.dumps(document.to_json(), ensure_ascii=False, indent=2) + "\n"
    if update_goldens:
        golden.write_text(produced, encoding="utf-8")
    assert produced == Path(golden).read_text(encoding="utf-8")
