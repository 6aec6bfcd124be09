"""Shared test set-up: where the shared corpus lives, and the golden-file flag."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "A-67-131-zh.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"

# The web tests' fixtures (users by role).
pytest_plugins = ["support.web", "support.smtp", "support.live"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite the golden files from the current output instead of comparing.",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
