"""The pages' translations: every message of the code is in each language's catalog,
translated (no empty or fuzzy entry), with the same placeholders and all plural forms."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.checkers import python_format
from babel.messages.pofile import read_po

from conftest import ROOT

WEB = ROOT / "src" / "memberviews" / "web"
LANGUAGES = ["ar", "zh_Hans", "fr", "ru", "es"]


def _catalog(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _ids(catalog: Catalog) -> set[object]:
    return {message.id for message in catalog if message.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    catalog = _catalog(WEB / "locale" / language / "LC_MESSAGES" / "django.po", language)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        if not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        if message.pluralizable and len(strings) != catalog.num_plurals:
            problems.append(f"{len(strings)} of {catalog.num_plurals} plural forms: {message.id!r}")
        try:
            python_format(catalog, message)
        except Exception as error:  # babel's TranslationError: the placeholders differ
            problems.append(f"placeholders ({error}): {message.id!r}")
    assert len(_ids(catalog)) > 300
    assert not problems, problems


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="gettext is not installed (scripts/setup installs it)"
)
def test_the_catalogs_hold_every_message_of_the_code(tmp_path: Path) -> None:
    # The messages found in the code now (Django's makemessages, on a copy of the web
    # package) are exactly those the catalogs hold: none missing, none left over.
    copy = tmp_path / "web"
    shutil.copytree(WEB, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "memberviews.web.settings",
        "MEMBERVIEWS_LOCALE_DIR": str(copy / "locale"),
        "MEMBERVIEWS_DATA": str(tmp_path / "data"),
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "--no-obsolete", "--no-location",
         *(f"--locale={language}" for language in LANGUAGES)],
        cwd=copy, env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    for language in LANGUAGES:
        relative = Path(language) / "LC_MESSAGES" / "django.po"
        found = _ids(_catalog(copy / "locale" / relative, language))
        held = _ids(_catalog(WEB / "locale" / relative, language))
        assert found - held == set(), f"{language}: not in the catalog"
        assert held - found == set(), f"{language}: no longer in the code"
