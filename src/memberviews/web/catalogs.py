"""The pages' message catalogs: the translators' ``.po`` files are compiled into the ``.mo``
files gettext reads, with Babel (no system tool needed). Run by ``scripts/setup``, by
``memberviews serve`` and by the tests, whenever a ``.po`` is newer than its ``.mo``."""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent / "locale"


def compile_catalogs(locale: Path = LOCALE) -> list[Path]:
    """Compiles each catalog whose ``.mo`` is missing or older; returns those compiled."""
    compiled = []
    for po in sorted(locale.glob("*/LC_MESSAGES/django.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parts[-3])
        draft = mo.with_suffix(".mo.tmp")
        with draft.open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        draft.replace(mo)
        compiled.append(mo)
    return compiled


if __name__ == "__main__":
    for path in compile_catalogs():
        print(f"compiled {path.relative_to(LOCALE)}")
