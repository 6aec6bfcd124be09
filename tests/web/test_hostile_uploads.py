"""Hostile uploads: each file of support.hostile_uploads is refused with one line that says
what is wrong, by read_upload and on the officer's page for recording a reply, and nothing is
stored or left behind; the reader's limits kill a runaway; ordinary replies are still read."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from memberviews.ingest import read_letter
from memberviews.web import uploads
from memberviews.web.accounts.models import Membership
from memberviews.web.audit.models import AuditEntry
from memberviews.web.errors import ActionError
from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.replies.models import Reply, ReplyText
from memberviews.web.requests.actions import do_create_request
from memberviews.web.requests.models import Mission, Request
from memberviews.web.uploads import read_upload
from support import hostile_uploads as hostile
from support.hostile_uploads import HOSTILE_FILES, Hostile
from support.pdf_writer import compile_typst
from support.web import RESOLUTIONS, client_for

#: Words that would mean a path, a stack trace or a server file reached the user.
LEAKS = ("Traceback", "memberviews-upload", "/tmp", 'File "', "Error(", *hostile.PASSWD_MARKS)

CASES = [pytest.param(h, id=f"{i:02}-{h.name}") for i, h in enumerate(HOSTILE_FILES)]


@pytest.fixture
def scratch(settings: Any, tmp_path: Path) -> Iterator[Path]:
    """MEDIA_ROOT and its tmp folder (where uploads are spooled and read) for one test;
    after the test, nothing may be left in it."""
    settings.MEDIA_ROOT = tmp_path
    spool = tmp_path / "tmp"
    spool.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = spool
    yield spool
    left = [path for path in tmp_path.rglob("*") if path != spool]
    assert not left, left


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    # The browser's content type is a lie too: the type must come from the bytes.
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def _one_line_saying(message: str, expected: str) -> None:
    assert expected in message, message
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < 200, message
    for leak in LEAKS:
        assert leak not in message, message


@pytest.mark.parametrize("case", CASES)
def test_read_upload_refuses_a_hostile_file(case: Hostile, scratch: Path) -> None:
    with pytest.raises(ActionError) as refused:
        read_upload(_upload(case.name, case.make()))
    _one_line_saying(str(refused.value), case.expected)


@pytest.fixture
def request_(officer: User) -> Request:
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    mandate = do_register_mandate(officer, text=text, language=None)
    mandate = do_confirm_mandate(officer, mandate, {"resolution": mandate.resolution})
    return do_create_request(officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31))


def _record(officer: User, request_: Request, upload: SimpleUploadedFile) -> str:
    """Posts the file to the officer's page as confirmed (the second step: what is read is
    stored at once), in a language given, so that only the file can stop it."""
    response = client_for(officer).post(
        reverse("replies:record", args=[request_.pk]),
        {
            "mission": Mission.objects.get(m49="578").pk,
            "upload": upload,
            "original_language": "en",
            "confirm": "True",
        },
    )
    assert response.status_code in (200, 302)
    return html.unescape(response.content.decode()) if response.status_code == 200 else ""


def _stored() -> tuple[int, int, int]:
    return Reply.objects.count(), ReplyText.objects.count(), AuditEntry.objects.count()


@pytest.mark.parametrize("case", CASES)
def test_the_officer_s_page_refuses_a_hostile_file_and_stores_nothing(
    case: Hostile, officer: User, request_: Request, scratch: Path
) -> None:
    before = _stored()
    page = _record(officer, request_, _upload(case.name, case.make()))
    shown = re.search(rf">([^<>]*{re.escape(case.expected)}[^<>]*)<", page)
    assert shown is not None, page
    _one_line_saying(shown.group(1).strip(), case.expected)
    assert not any(leak in page for leak in hostile.PASSWD_MARKS)
    assert _stored() == before


@pytest.mark.parametrize("case", CASES)
def test_the_mission_s_page_refuses_a_hostile_file_and_stores_nothing(
    case: Hostile, officer: User, request_: Request, scratch: Path
) -> None:
    # The same files, sent by a Mission's member on the portal, confirmed at once.
    Request.objects.filter(pk=request_.pk).update(status="sent")
    member = User.objects.create_user("norway-focal")
    Membership.objects.create(user=member, mission=Mission.objects.get(m49="578"))
    before = _stored()
    response = client_for(member, second_factor=False).post(
        reverse("portal:submit", args=[request_.pk]),
        {"upload": _upload(case.name, case.make()), "original_language": "en", "confirm": "True"},
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 200, response
    shown = re.search(rf">([^<>]*{re.escape(case.expected)}[^<>]*)<", page)
    assert shown is not None, page
    _one_line_saying(shown.group(1).strip(), case.expected)
    assert not any(leak in page for leak in hostile.PASSWD_MARKS)
    assert _stored() == before


def test_the_officer_s_page_stores_an_ordinary_upload(
    officer: User, request_: Request, scratch: Path
) -> None:
    # The control of the test above: the same post with a real reply stores it.
    before = _stored()
    _record(officer, request_, _upload("reply.docx", hostile.docx_of(*hostile.REPLY_EN)))
    reply = Reply.objects.get()
    assert reply.original_language == "en"
    assert _stored()[0] == before[0] + 1 and _stored()[2] > before[2]


def test_a_file_too_large_is_refused_before_it_is_read(scratch: Path) -> None:
    class Unread(SimpleUploadedFile):
        def chunks(self, chunk_size: int | None = None) -> Iterator[bytes]:
            raise AssertionError("read")

    upload = Unread("reply.txt", b"x")
    upload.size = 20 * 2**20 + 1
    with pytest.raises(ActionError, match="larger than 20 MB"):
        read_upload(upload)


def test_the_docx_reader_resolves_no_entity(tmp_path: Path) -> None:
    # Behind the refusal of a DTD, ingest's own parser reads no file named by an entity.
    path = tmp_path / "xxe.docx"
    path.write_bytes(hostile.docx_xxe())
    letter = read_letter(path)
    assert letter.paragraphs == ["Norway supports the work of the Conference."]


# --- The reader's limits ----------------------------------------------------------------


def _refused_by_limits(data: bytes) -> float:
    started = time.monotonic()
    with pytest.raises(ActionError) as refused:
        read_upload(_upload("slow.txt", data))
    _one_line_saying(str(refused.value), hostile.LIMITS)
    return time.monotonic() - started


def test_the_cpu_limit_kills_a_reader_that_runs_on(
    monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    monkeypatch.setattr(uploads, "CPU_SECONDS", 1)
    assert _refused_by_limits(hostile.slow_text()) < 5


def test_the_wall_clock_limit_kills_a_reader_that_runs_on(
    monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    monkeypatch.setattr(uploads, "WALL_SECONDS", 0.8)
    assert _refused_by_limits(hostile.slow_text()) < 3


def test_the_memory_limit_stops_a_reader_that_grows(
    monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    # A limit an ordinary reply reads within (the reader peaks at about 85 MB of address
    # space for one) and the slow text, read into a few hundred thousand lines, does not.
    monkeypatch.setattr(uploads, "MEMORY_BYTES", 112 * 2**20)
    assert read_upload(_upload("reply.txt", "\n\n".join(hostile.REPLY_EN).encode())).paragraphs
    _refused_by_limits(hostile.slow_text())


def test_a_runaway_is_refused_on_the_officer_s_page(
    monkeypatch: pytest.MonkeyPatch, officer: User, request_: Request, scratch: Path
) -> None:
    monkeypatch.setattr(uploads, "CPU_SECONDS", 1)
    before = _stored()
    page = _record(officer, request_, _upload("reply.txt", hostile.slow_text()))
    assert hostile.LIMITS in page
    assert _stored() == before


# --- Ordinary replies are still read ----------------------------------------------------

REPLIES = {"en": hostile.REPLY_EN, "ar": hostile.REPLY_AR, "zh": hostile.REPLY_ZH}
_FONT = {"en": "Noto Serif", "ar": "Noto Naskh Arabic", "zh": "Noto Serif CJK SC"}


@pytest.fixture(scope="module")
def pdf_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


def _typeset(language: str, folder: Path) -> bytes:
    direction = ", dir: rtl" if language == "ar" else ""
    source = f'#set text(font: "{_FONT[language]}", lang: "{language}"{direction})\n'
    source += "\n\n".join(f"#{_string(p)}" for p in REPLIES[language])
    return compile_typst(source, folder / f"{language}.pdf").read_bytes()


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ordinary(kind: str, language: str, folder: Path) -> bytes:
    paragraphs = REPLIES[language]
    if kind == "docx":
        return hostile.docx_of(*paragraphs)
    if kind == "pdf":
        return _typeset(language, folder)
    if kind == "utf16":
        return "\n\n".join(paragraphs).encode("utf-16")
    return "\n\n".join(paragraphs).encode()


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
@pytest.mark.parametrize("kind", ["docx", "pdf", "txt", "utf16"])
def test_an_ordinary_reply_is_read(
    kind: str, language: str, pdf_folder: Path, scratch: Path
) -> None:
    letter = read_upload(_upload(f"reply.{kind}", _ordinary(kind, language, pdf_folder)))
    assert letter.language == language
    words = " ".join(letter.paragraphs)
    # Each paragraph's opening words come through (a PDF may break a paragraph into lines).
    for paragraph in REPLIES[language]:
        assert paragraph[:12] in words, words
