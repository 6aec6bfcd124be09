"""`memberviews compose` and `memberviews render` as a reporting officer runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REFERENCE, ROOT

EXECUTABLE = Path(sys.executable).parent / "memberviews"
EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_compose_writes_the_report_addendum_and_corrigendum_in_six_languages_and_four_formats(
    tmp_path: Path,
) -> None:
    result = run("compose", str(EXAMPLE), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = {p.name for p in tmp_path.iterdir()}
    for stem in ("A-67-131", "A-67-131-Add.1", "A-67-131-Corr.1"):
        for language in LANGUAGES:
            for suffix in (".pdf", ".docx", ".html", ".xml"):
                assert f"{stem}-{language}{suffix}" in written
    # The summary lists what still waits for a translation, and says how much.
    assert "translations pending" in result.stdout
    assert "Turkmenistan" in result.stdout


def test_compose_refuses_a_bad_consultation_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("symbol: A/67/131\nmandate: {resolution: '66/32'}\n", encoding="utf-8")
    result = run("compose", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bad.yaml" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_render_a_parsed_report_in_another_language(tmp_path: Path) -> None:
    parsed = run("parse", str(REFERENCE), "--json")
    source = tmp_path / "A-67-131-zh.json"
    source.write_text(parsed.stdout, encoding="utf-8")
    for fmt, suffix in (("pdf", b"%PDF"), ("docx", b"PK"), ("html", b"<!DOCTYPE html>")):
        out = tmp_path / f"report-en.{fmt}"
        result = run("render", str(source), "--lang", "en", "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(suffix)
    # The English version of a parsed Chinese report: the replies wait for translation.
    back = run("parse", str(tmp_path / "report-en.pdf"), "--json")
    document = json.loads(back.stdout)
    assert document["language"] == "en"
    assert [r["state"]["iso3"] for r in document["replies"]] == [
        "CUB", "NOR", "PAN", "QAT", "ESP", "TKM",
    ]  # fmt: skip
    assert document["replies"][0]["paragraphs"] == ["[Translation pending]"]


def test_render_refuses_what_it_cannot_do_in_one_line(tmp_path: Path) -> None:
    parsed = run("parse", str(REFERENCE), "--json")
    source = tmp_path / "doc.json"
    source.write_text(parsed.stdout, encoding="utf-8")
    for args, message in (
        (("--lang", "xx", "--format", "pdf"), "not an official UN language"),
        (("--lang", "zh", "--format", "rtf"), "unknown format"),
        (("--lang", "zh", "--format", "akn"), "no date"),
    ):
        result = run("render", str(source), *args, "--out", str(tmp_path / "out"))
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and message in result.stderr
        assert "Traceback" not in result.stderr
