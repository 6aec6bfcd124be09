"""The pages' message catalogs: the translators' ``.po`` files are compiled into the ``.mo``
files gettext reads, with Babel (no system tool needed), whenever a ``.po`` is newer than its
``.mo``: by ``scripts/setup``, and by every process that starts Django (the accounts app's
``ready``), so that no way of starting the application serves untranslated pages."""

from __future__ import annotations

import os
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
        # Written under a name of this process's, then moved into place: processes starting
        # together each write their own and the last move wins, with the same bytes.
        draft = mo.with_name(f".{mo.name}.{os.getpid()}.tmp")
        with draft.open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        draft.replace(mo)
        compiled.append(mo)
    return compiled


if __name__ == "__main__":
    for path in compile_catalogs():
        print(f"compiled {path.relative_to(LOCALE)}")
