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


def read_upload(upload: UploadedFile) -> Letter:
    """The paragraphs and language of an uploaded DOCX, PDF or text file.

    Raises ActionError for a file too large, of another type, or unreadable."""
    limit = settings.MEMBERVIEWS_MAX_UPLOAD_BYTES
    if upload.size is None or upload.size > limit:
        raise ActionError(_("The file is larger than %(mb)d MB.") % {"mb": limit // 2**20})
    with tempfile.TemporaryDirectory() as folder:
        # A name with no known suffix: ingest tells the type from the bytes (a PDF, a DOCX,
        # or else text), never from the name the file came with.
        path = Path(folder) / "upload"
        with path.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        try:
            return read_letter(path)
        except ReportError as error:
            message = str(error).removeprefix(f"{path.name}: ")
            raise ActionError(_("The file cannot be read: %(why)s.") % {"why": message}) from None
