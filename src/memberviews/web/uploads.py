"""Reading an uploaded file (a resolution, a reply) with the library's readers: the bytes go
to a temporary file (the readers take paths), are read, and the file is removed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from memberviews.ingest import Letter, ReportError, read_letter
from memberviews.web.errors import ActionError

SUFFIXES = (".txt", ".pdf", ".docx")


def read_upload(upload: UploadedFile) -> Letter:
    """The paragraphs and language of an uploaded DOCX, PDF or text file.

    Raises ActionError for a file too large, of another type, or unreadable."""
    limit = settings.MEMBERVIEWS_MAX_UPLOAD_BYTES
    if upload.size is None or upload.size > limit:
        raise ActionError(_("The file is larger than %(mb)d MB.") % {"mb": limit // 2**20})
    head = upload.read(8)
    upload.seek(0)
    # The type from the bytes, not the name: a PDF, a DOCX (a zip), or else text.
    suffix = ".pdf" if head.startswith(b"%PDF") else ".docx" if head.startswith(b"PK") else ".txt"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix}"
        with path.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        try:
            return read_letter(path)
        except ReportError as error:
            message = str(error).removeprefix(f"{path.name}: ")
            raise ActionError(_("The file cannot be read: %(why)s.") % {"why": message}) from None
