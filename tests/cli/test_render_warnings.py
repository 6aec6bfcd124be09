"""`memberviews render` names each part of the cover a document lacks, and says whether the
version it wrote is a draft."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT
from support.hostile import run

#: A parsed report: its text starts below the masthead, so it has no cover.
PARSED = ROOT / "tests" / "golden" / "A-67-131-zh.json"


def test_each_missing_part_of_the_cover_is_one_warning(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("render", str(PARSED), "--lang", "zh", "--format", "html", "--out", str(out))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert [line.split(" has no ")[1] for line in warnings] == [
        "date",
        "title",
        "agenda item",
        "Original line (the languages of the originals)",
    ]
    assert "final" in result.stdout  # the published Chinese texts are all there


def test_a_complete_cover_gives_no_warning_and_a_draft_says_so(tmp_path: Path) -> None:
    document = json.loads(PARSED.read_text(encoding="utf-8"))
    document.update(
        date="2012-07-05",
        title="促进裁军和不扩散领域的多边主义",
        agenda_item="94 (h)",
        original_languages=["en", "es", "ru"],
    )
    document["replies"][1]["provenance"] = "machine"
    source = tmp_path / "report.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.pdf"
    result = run("render", str(source), "--lang", "zh", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    heading = document["replies"][1]["heading"]
    assert f"draft: {heading}: machine translation, not revised" in result.stdout


def test_compose_names_a_part_missing_in_every_version_once(tmp_path: Path) -> None:
    example = (ROOT / "examples" / "A-67-131.consultation.yaml").read_text(encoding="utf-8")
    undated = "\n".join(line for line in example.splitlines() if not line.startswith("date: "))
    source = tmp_path / "undated.yaml"
    source.write_text(undated, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = run("compose", str(source), "--out", str(out), "--formats", "html")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if "has no date" in line]
    assert warnings == ["Warning: A/67/131 (every language) has no date"]
