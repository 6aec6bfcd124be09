"""A reply the portal has acknowledged survives the server being killed at any moment: the
crash test of ``bench/crash_portal.py``, small (five kills), on SQLite and, when the suite
runs on it, PostgreSQL. Run in a process of its own: it sets Django up on its own database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(
    "database",
    [
        "sqlite",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(
                not os.environ.get("DATABASE_URL"), reason="DATABASE_URL names no PostgreSQL"
            ),
        ),
    ],
)
def test_no_acknowledged_reply_is_lost_when_the_server_is_killed(database: str) -> None:
    options = ["--kills", "5", "--clients", "4", "--database", database, "--json"]
    done = subprocess.run(
        [sys.executable, "-m", "bench.crash_portal", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.stdout, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["kills"] == 5
    assert result["acknowledged"] > 0, done.stdout
    assert result["lost"] == 0, done.stdout + done.stderr
    assert result["changed"] == 0, done.stdout + done.stderr
    assert result["stored"] >= result["acknowledged"]
    assert done.returncode == 0, done.stderr
