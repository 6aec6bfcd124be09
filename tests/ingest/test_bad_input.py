"""Whatever the input, ingest gives a document or its own one-line error, never a crash."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberviews.core.model import Document
from memberviews.ingest import ReportError, read_report, read_text

_settings = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text that looks a little like a report, so that the parser's deeper paths are reached.
_pieces = st.sampled_from(
    [
        "A/67/131", "12-41312 (C)", "一. 导言", "II. Replies received from Governments", "Cuba",
        "[Original: Spanish]", "[5 June 2012]", "[原件：西班牙文]", "[2012 年 6 月 5 日]", "古巴",
        "1. On 2 December 2011, the General Assembly adopted resolution 66/32.", "\f", "\n",
        "  ", "[", "]", "–", "Contents", "目录", "Norway", "[Original: ", "2012", "第六十七届会议",
    ]
)  # fmt: skip
_reportish = st.lists(st.one_of(_pieces, st.text(max_size=40)), max_size=60).map("\n".join)


def _outcome(call: object) -> Document | None:
    assert callable(call)
    try:
        result = call()
    except ReportError as error:
        message = str(error)
        assert message and "\n" not in message
        return None
    assert isinstance(result, Document)
    return result


@_settings
@given(text=st.one_of(st.text(max_size=2000), _reportish))
def test_any_text_gives_a_document_or_a_report_error(text: str) -> None:
    document = _outcome(lambda: read_text(text))
    if document is not None:
        for reply in document.replies:
            assert all("\n" not in p for p in reply.paragraphs)


@_settings
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".pdf", ".docx"]))
def test_any_bytes_give_a_document_or_a_report_error(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    _outcome(lambda: read_report(path))


def test_prose_that_is_not_a_report_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        "Dear Ms Smith,\n\nThank you for your letter of last week. The meeting is moved to "
        "Tuesday.\n\nYours sincerely,\nJohn\n",
        encoding="utf-8",
    )
    with pytest.raises(ReportError, match="not a 'views of Member States' report"):
        read_report(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "no text"),
        ("fake.pdf", b"%PDF-1.7\nthis is not really a PDF", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04broken zip", "not a readable DOCX"),
        ("binary.txt", bytes(range(256)) * 4, "not a text file"),
        ("controls.txt", bytes(range(1, 32)) * 40, "not a text file"),
    ],
)
def test_unreadable_files_are_refused_in_one_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReportError, match=message) as caught:
        read_report(path)
    assert "\n" not in str(caught.value)
    assert name in str(caught.value)


def test_a_report_saved_as_windows_1252_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "rapport.txt"
    text = (
        "A/67/131\n\nII. Réponses reçues des gouvernements\n\nEspagne\n\n"
        "[Original : espagnol]\n[26 mars 2012]\n\nL’Espagne réaffirme son engagement envers "
        "le multilatéralisme.\n"
    )
    path.write_bytes(text.encode("cp1252"))
    document = read_report(path)
    assert document.language == "fr"
    reply = document.replies[0]
    assert reply.state is not None and reply.state.iso3 == "ESP"
    assert reply.paragraphs == ["L’Espagne réaffirme son engagement envers le multilatéralisme."]


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (201 * 1024 * 1024))
    with pytest.raises(ReportError, match="200 MB"):
        read_report(path)
