"""The JSON of ``memberviews parse`` is a consultation too: the published report recomposed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from consultation_samples import write
from typer.testing import CliRunner

from conftest import REFERENCE
from memberviews.cli import app
from memberviews.compose import Composition, ConsultationError, compose, load_consultation
from memberviews.core.model import Document
from memberviews.ingest import read_report


@pytest.fixture(scope="module")
def published() -> Document:
    return read_report(REFERENCE)


@pytest.fixture(scope="module")
def parse_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = CliRunner().invoke(app, ["parse", str(REFERENCE), "--json"])
    assert result.exit_code == 0
    path = tmp_path_factory.mktemp("parsed") / "A-67-131-zh.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def recomposed(parse_output: Path) -> Composition:
    return compose(load_consultation(parse_output))


def test_parse_output_is_accepted(parse_output: Path, published: Document) -> None:
    consultation = load_consultation(parse_output)
    assert str(consultation.symbol) == "A/67/131"
    assert consultation.mandate == published.mandate
    assert consultation.request == published.request
    assert consultation.resolution_titles == {"zh": "促进裁军和不扩散领域的多边主义"}
    assert consultation.job_numbers == {"zh": "12-41312"}
    assert [(r.sender.label, r.original_language) for r in consultation.replies] == [
        ("Cuba", "es"), ("Norway", "en"), ("Panama", "es"),
        ("Qatar", "en"), ("Spain", "es"), ("Turkmenistan", "ru"),
    ]  # fmt: skip
    # None of them was written in Chinese: the Chinese texts are human translations.
    assert {r.texts["zh"].provenance for r in consultation.replies} == {"human"}


def test_the_chinese_version_comes_back_with_the_same_replies(
    recomposed: Composition, published: Document
) -> None:
    chinese = recomposed.document("A/67/131", "zh")
    assert [(r.state, r.original_language, r.date, r.paragraphs) for r in chinese.replies] == [
        (r.state, r.original_language, r.date, r.paragraphs) for r in published.replies
    ]
    assert chinese.job_number == "12-41312"
    assert [p.replace(" ", "") for p in chinese.introduction] == [
        p.replace(" ", "").replace("对有关促进裁军和不扩散领域多边主义问题", "对这一问题")
        for p in published.introduction
    ]


def test_the_other_versions_wait_for_their_translations(recomposed: Composition) -> None:
    english = recomposed.document("A/67/131", "en")
    assert [(r.heading, r.provenance, r.paragraphs) for r in english.replies] == [
        (name, "pending", [])
        for name in ("Cuba", "Norway", "Panama", "Qatar", "Spain", "Turkmenistan")
    ]
    assert len(recomposed.incomplete) == 5 * 6
    assert recomposed.symbols == ["A/67/131"]  # no cut-off: every reply is in the report


def test_an_original_in_the_documents_language_is_the_original(
    tmp_path: Path, published: Document
) -> None:
    data = published.to_json()
    data["replies"][1]["original_language"] = "zh"
    consultation = load_consultation(write(tmp_path, data))
    assert [r.texts["zh"].provenance for r in consultation.replies][:2] == ["human", "original"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(mandate=None), "mandate: the resolution, its paragraph and its date"),
        (lambda d: d.update(symbol="A/67/131/Add.1"), "symbol: A/67/131/Add.1 is not a report"),
        (lambda d: d.update(language="de"), "language: 'de' is not an official UN language"),
        (lambda d: d.update(request_date="2012-13-01"), "not a document of memberviews parse"),
        (
            lambda d: d["replies"][0].update(state={"iso3": None, "m49": None, "name": "古巴?"}),
            "replies[0].state: no State of the register is known for '古巴'",
        ),
    ],
)
def test_parse_output_lacking_what_composing_needs(
    tmp_path: Path, published: Document, change: Callable[[Any], object], message: str
) -> None:
    data = json.loads(json.dumps(published.to_json()))
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(ConsultationError) as caught:
        load_consultation(path)
    assert str(caught.value).startswith(f"{path}: {message}"), str(caught.value)
