"""LibreOffice, as a user without memberviews would turn our DOCX files into PDFs."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

#: The program, or None where LibreOffice is not installed (the tests that need it skip).
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(documents: Sequence[Path], folder: Path, home: Path) -> list[Path]:
    """Converts the documents to PDFs in ``folder`` in one LibreOffice run, with its profile
    in ``home`` (a fresh one: no user's settings); returns the PDFs, in order."""
    assert OFFICE is not None, "LibreOffice is not installed"
    subprocess.run(
        [OFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
        + [str(path) for path in documents],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(home)},
    )
    return [folder / f"{path.stem}.pdf" for path in documents]
