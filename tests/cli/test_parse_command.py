"""`memberviews parse` as a user runs it: the real console script, its output and exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REFERENCE

EXECUTABLE = Path(sys.executable).parent / "memberviews"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_parse_json_follows_the_contract() -> None:
    result = run("parse", str(REFERENCE), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["symbol"] == "A/67/131"
    assert document["mandate"] == {
        "resolution": "66/32", "paragraph": 8, "adopted": "2011-12-02", "session": 67,
        "title": "促进裁军和不扩散领域的多边主义",
    }  # fmt: skip
    assert document["request_date"] == "2012-02-13"
    first = document["replies"][0]
    assert first["state"] == {"iso3": "CUB", "m49": "192", "name": "古巴"}
    assert first["original_language"] == "es"
    assert first["date"] == "2012-06-05"


def test_summary_names_every_state() -> None:
    result = run("parse", str(REFERENCE))
    assert result.returncode == 0
    for name in ("古巴", "挪威", "巴拿马", "卡塔尔", "西班牙", "土库曼斯坦"):
        assert name in result.stdout
    assert "6 replies" in result.stdout


def test_unreadable_input_gives_one_line_and_status_2(tmp_path: Path) -> None:
    missing = run("parse", str(tmp_path / "missing.pdf"), "--json")
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all")
    result = run("parse", str(fake), "--json")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_folder_gives_one_json_line_per_report_and_reports_failures(tmp_path: Path) -> None:
    shutil.copy(REFERENCE, tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(REFERENCE, tmp_path / "sub" / "b.txt")
    (tmp_path / "c.pdf").write_bytes(b"garbage")
    (tmp_path / "notes.md").write_text("ignored")
    result = run("parse", str(tmp_path), "--jsonl")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["file"] for line in lines] == ["a.txt", "sub/b.txt"]
    assert all(json.loads(line)["symbol"] == "A/67/131" for line in lines)
    assert result.returncode == 2
    assert "c.pdf" in result.stderr and "Traceback" not in result.stderr


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path), "--jsonl")
    assert result.returncode == 2
    assert "no .txt, .pdf or .docx files" in result.stderr


def test_progress_bar_on_a_terminal_leaves_the_json_alone(tmp_path: Path) -> None:
    import os
    import pty

    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(REFERENCE, tmp_path / name)
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [str(EXECUTABLE), "parse", str(tmp_path), "--jsonl"],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=120,
            check=False,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == ["a.txt", "b.txt", "c.txt"]
    assert "Reading reports" in shown.decode(errors="replace") or "━" in shown.decode(
        errors="replace"
    )
