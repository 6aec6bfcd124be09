"""A note verbale to PDF, typeset with typst in the language's style (the report's fonts)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

import typst

from memberviews.core.languages import get_language
from memberviews.core.notes import NoteVerbale
from memberviews.render.errors import RenderError
from memberviews.render.pdf import STYLES, PdfSource


def render_note_pdf(note: NoteVerbale) -> bytes:
    """Returns the note as a PDF/A-2b file's bytes. Raises RenderError (one line)."""
    style = STYLES[note.language]
    data = {
        "lang": note.language,
        "region": style.region,
        "dir": get_language(note.language).direction,
        "font": list(style.fonts),
        "reference": note.reference,
        "date": note.date,
        "before": list(note.before),
        "quoted": note.quoted,
        "after": list(note.after),
    }
    source = PdfSource(_template(), {"note": json.dumps(data, ensure_ascii=False)})
    try:
        pdf: bytes = typst.compile(**source.compile_kwargs())
    except typst.TypstError as error:
        raise RenderError(f"{note.reference}: {error.message}") from None
    return pdf


@cache
def _template() -> bytes:
    return files("memberviews.render").joinpath("templates/note.typ").read_bytes()
