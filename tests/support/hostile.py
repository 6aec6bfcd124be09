"""Running the real command on hostile input, held to CPU and memory bounds."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

EXECUTABLE = Path(sys.executable).parent / "memberviews"


#: The bounds every run here is held to: a hang or a runaway is killed, and so fails.
CPU_SECONDS = 60
MEMORY_BYTES = 3 * 2**30


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [os.fsencode(EXECUTABLE), *(os.fsencode(a) for a in args)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=300,
        check=False,
        cwd=cwd,
        preexec_fn=_limits,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit status 2, one line on stderr saying what is wrong, no traceback."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
