"""Reading an uploaded file (a resolution, a reply) as safely as a hostile file requires.

The bytes go to a temporary folder (the readers take paths) and their type is told from the
bytes alone, never from the name or the content type the browser sent: a PDF (``%PDF-`` in
the first 1,024 bytes), a DOCX (a zip holding ``word/document.xml`` and
``[Content_Types].xml``) or plain text (UTF-8, or UTF-16 with its byte-order mark, with no
NUL). Markup (a document that opens as HTML or XML does) is not taken for text: what an
officer would store is the page's source, not a letter. Anything else is refused before a
reader sees it.

The file is then read by :func:`~memberviews.ingest.read_letter` in a child process: a fresh
Python running this module (``python -m memberviews.web.uploads``), which shares nothing with
the server process (no threads, database connections or signal handlers inherited, whatever
the server) and is held to :data:`CPU_SECONDS` of CPU and :data:`MEMORY_BYTES` of address
space, set in the child before it reads; the parent kills it after :data:`WALL_SECONDS`. The
paragraphs and language come back as JSON on its standard output, an error ingest raises as
its one-line message; whatever else goes wrong in the child is logged here and shown to the
user as one line, never as a stack trace.

Every refusal raises ActionError with one translatable line for the user.
"""

from __future__ import annotations

import json
import logging
import lzma
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

import memberviews
from memberviews.ingest import Letter, ReportError, read_letter
from memberviews.web import formats
from memberviews.web.errors import ActionError

logger = logging.getLogger(__name__)

#: CPU seconds the reading process may use: a letter of a few hundred pages reads in a few.
CPU_SECONDS = 20
#: Address space of the reading process: pdfium peaks at about twice the largest stream it
#: inflates (ingest stops those at 128 MB), python-docx at a few times the document's XML.
MEMORY_BYTES = 2**30
#: Seconds before the reading process is killed, CPU used or not. Kept under gunicorn's
#: worker timeout (30 s by default), which would otherwise kill the server's worker first.
WALL_SECONDS = 25.0
#: A paragraph longer than this is not a letter's (a page holds about 3,000 characters): a
#: text of one endless line, bytes read as text, a dump.
MAX_PARAGRAPH_CHARS = 100_000

#: How the child says it ran out of memory in Python (MemoryError).
_OUT_OF_MEMORY = 3
#: Deaths that mean a limit was reached: SIGXCPU at the CPU limit, SIGKILL past it (and at
#: the wall-clock timeout), SIGABRT from a C library whose allocation failed.
_LIMIT_SIGNALS = {signal.SIGXCPU, signal.SIGKILL, signal.SIGABRT}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DOCX_PARTS = {"word/document.xml", "[Content_Types].xml"}
#: A document that opens as markup does (the signatures browsers sniff HTML and XML by).
_MARKUP = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|script|iframe|svg|\?xml|!--)", re.IGNORECASE
)
#: Letters of the scripts of the six official languages, by their Unicode names.
_OFFICIAL_LETTER = re.compile(
    r"(?:FULLWIDTH )?(?:LATIN|CYRILLIC|ARABIC|CJK (?:UNIFIED|COMPATIBILITY) IDEOGRAPH)\b"
)
#: How far into a DOCX part its root element must begin: Word writes it at once.
_PART_PRELUDE = 65536
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_]")
#: What reading a damaged or crafted zip member raises (NotImplementedError, an unknown
#: compression method, and a password's RuntimeError among them).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,
    zlib.error,
    lzma.LZMAError,
)
#: The share of a text's letters that must be in those scripts: names and quotations in
#: others are fine, a letter in Thai or Japanese is not.
_OFFICIAL_SHARE = 0.8


def _refusals() -> dict[str, str]:
    """The messages of this module, translated into the language of the request."""
    return {
        "empty": _("The file is empty."),
        "type": _("The file is not a DOCX, PDF or text file."),
        "damaged": _("The file cannot be read: it is damaged or incomplete."),
        "limits": _("The file could not be read within the limits set for uploads."),
        "locked": _("The PDF is locked with a password: send it without one."),
        "no_text": _("No text was found in the file (a scanned letter must be typed in)."),
        "language": _("The text is not in one of the six official languages."),
        "not_letter": _("The file is not a letter: a paragraph runs to more than %(n)s characters.")
        % {"n": formats.number(MAX_PARAGRAPH_CHARS)},
    }


def _refuse(reason: str) -> ActionError:
    return ActionError(_refusals()[reason])


def read_upload(upload: UploadedFile) -> Letter:
    """The paragraphs and language of an uploaded DOCX, PDF or text file.

    Raises ActionError (one line) for a file too large, empty, of another type, damaged,
    locked, too costly to read, holding no text or a text in none of the six languages."""
    limit = settings.MEMBERVIEWS_MAX_UPLOAD_BYTES
    if upload.size is None or upload.size > limit:
        raise ActionError(_("The file is larger than %(mb)d MB.") % {"mb": limit // 2**20})
    if upload.size == 0:
        raise _refuse("empty")
    folder = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    with tempfile.TemporaryDirectory(prefix="memberviews-upload-", dir=folder) as scratch:
        received = Path(scratch) / "received"
        written = 0
        with received.open("wb") as handle:
            for chunk in upload.chunks():
                written += len(chunk)
                if written > limit:  # the size given was not the size sent
                    raise ActionError(
                        _("The file is larger than %(mb)d MB.") % {"mb": limit // 2**20}
                    )
                handle.write(chunk)
        # The readers go by the suffix: the one of the type the bytes show.
        path = received.rename(received.with_suffix("." + _sniff(received)))
        letter = _read_in_child(path)
    _check_text(letter)
    return letter


def _sniff(path: Path) -> str:
    """``pdf``, ``docx`` or ``txt``, from the bytes; ActionError for anything else."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if _PDF_MAGIC in head:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                if not set(archive.namelist()) >= _DOCX_PARTS:
                    raise _refuse("type")  # a spreadsheet, an OpenDocument file, an archive
                _check_parts(archive)
        except _ZIP_ERRORS:
            raise _refuse("damaged") from None
        return "docx"
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse("type") from None
    elif b"\x00" in data:
        raise _refuse("type")  # binary, or UTF-16 without its byte-order mark
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _refuse("type") from None
    if not text.replace("\ufeff", "").strip():  # blanks, or byte-order marks only
        raise _refuse("empty")
    sample = text[:65536]
    controls = sum(
        unicodedata.category(c) == "Cc" and c not in "\r\n\t\f" for c in sample
    )  # a few are tolerated (Word's line break is a vertical tab), as ingest does
    if "\x00" in text or controls > max(20, len(sample) // 20) or _MARKUP.match(sample):
        raise _refuse("type")
    return "txt"


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Refuses a DOCX whose XML parts declare a DTD (entities: an external one reads a
    server file, nested ones a billion laughs), which Word never writes and Open Packaging
    forbids. The parser ingest uses resolves no entity either; this refuses the file before
    it gets there. Only each part's opening is unpacked: a zip bomb's cost is ingest's to
    bound."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as member:
            head = member.read(_PART_PRELUDE)
        root = _ROOT_ELEMENT.search(head)
        prelude = head[: root.start()] if root else head
        if b"\x00" in prelude or b"<!doctype" in prelude.lower():
            raise _refuse("damaged")  # a DTD, or a part not in UTF-8 as Word writes it
        if root is None and len(head) == _PART_PRELUDE:
            raise _refuse("damaged")  # a prelude too long to be Word's


def _read_in_child(path: Path) -> Letter:
    """The letter read by a child process held to the module's limits."""
    command = [
        sys.executable,
        "-m",
        __name__,
        str(path),
        str(CPU_SECONDS),
        str(MEMORY_BYTES),
    ]
    # The child imports the same memberviews as this process, wherever it was found.
    source = str(Path(memberviews.__file__).resolve().parents[1])
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (source, environment.get("PYTHONPATH")) if p
    )
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=WALL_SECONDS,
            cwd=path.parent,
            env=environment,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise _refuse("limits") from None
    if done.returncode == 0:
        try:
            result = json.loads(done.stdout)
        except ValueError:  # something in the child wrote to its standard output
            logger.warning("reading an upload gave no result: %r", done.stdout[:200])
            raise _refuse("damaged") from None
        if "error" in result:
            raise _from_ingest(str(result["error"]))
        # Control characters are nobody's text (and PostgreSQL stores no NUL).
        paragraphs = (_CONTROL.sub("", str(p)).strip() for p in result["paragraphs"])
        return Letter([p for p in paragraphs if p], result["language"])
    if done.returncode == _OUT_OF_MEMORY or -done.returncode in _LIMIT_SIGNALS:
        raise _refuse("limits")
    logger.warning(
        "reading an upload failed (exit status %s): %s",
        done.returncode,
        done.stderr.decode("utf-8", "replace")[-4000:],
    )
    raise _refuse("damaged")


def _from_ingest(message: str) -> ActionError:
    """ingest's one-line message as the user's."""
    if "MemoryError" in message:  # a reader wrapped the child's running out of memory
        return _refuse("limits")
    if "password" in message:
        return _refuse("locked")
    if "no text found" in message:
        return _refuse("no_text")
    if "not a readable" in message:  # pdfium's or zipfile's words are not the user's
        return _refuse("damaged")
    if "inflates to more than" in message or "unpacks to more than" in message:
        return _refuse("limits")  # a zip bomb, a PDF stream bomb
    why = " ".join(message.split())[:300]
    return ActionError(_("The file cannot be read: %(why)s.") % {"why": why})


def _check_text(letter: Letter) -> None:
    """Refuses a letter with no letters, or one mostly in scripts of none of the six
    languages (Thai, Hebrew, Japanese kana, bytes read as text)."""
    if any(len(p) > MAX_PARAGRAPH_CHARS for p in letter.paragraphs):
        raise _refuse("not_letter")
    letters = official = 0
    for paragraph in letter.paragraphs:
        for char in paragraph:
            if char.isalpha():
                letters += 1
                official += _OFFICIAL_LETTER.match(unicodedata.name(char, "")) is not None
        if letters >= 50_000:
            break
    if not letters:
        raise _refuse("no_text")
    if official < letters * _OFFICIAL_SHARE:
        raise _refuse("language")


def _child(argv: list[str]) -> int:
    """Reads the file named in ``argv`` under the limits given there; writes the letter (or
    ingest's message) as JSON on standard output."""
    path, cpu, memory = Path(argv[0]), int(argv[1]), int(argv[2])
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no memory image left on disk
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        letter = read_letter(path)
    except ReportError as error:
        result: dict[str, object] = {"error": str(error).removeprefix(f"{path.name}: ")}
    except MemoryError:
        return _OUT_OF_MEMORY
    else:
        result = {"paragraphs": letter.paragraphs, "language": letter.language}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
