"""A reply's text as submitted in a form: typed (a blank line between paragraphs) or a file,
read into the paragraphs that will be stored, with the language they are written in."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import UploadedFile

from memberviews.ingest.detect import detect_language
from memberviews.web.uploads import read_upload

_BLANK_LINE = re.compile(r"\n\s*\n")


def typed_paragraphs(text: str) -> list[str]:
    """Paragraphs as typed in a form: a blank line between two."""
    paragraphs = (p.strip() for p in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    return [p for p in paragraphs if p]


def read_submission(text: str, upload: UploadedFile | None) -> tuple[list[str], str | None]:
    """The paragraphs and the detected language (None when it cannot be told) of a typed
    text or an uploaded file. Raises ActionError for a file that cannot be read."""
    if upload:
        letter = read_upload(upload)
        return letter.paragraphs, letter.language
    return typed_paragraphs(text), detect_language(text)
