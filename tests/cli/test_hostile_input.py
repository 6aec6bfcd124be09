"""Hostile files and paths, as the real command meets them: one line on stderr and exit
status 2 (or the document read right), never a traceback, never a write outside ``--out``."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REFERENCE, ROOT
from support.hostile import refused, run

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
GOLDEN = ROOT / "tests" / "golden" / "A-67-131-zh.json"


# --- Reading ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "good.docx"
    out = run("render", str(GOLDEN), "--lang", "zh", "--format", "docx", "--out", str(path))
    assert out.returncode == 0, out.stderr
    return path


def _rewritten(good: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            out.writestr(info.filename, change(info.filename, source.read(info.filename)))
    return target


_ODD_ROOT = b'<w:foo xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ("word/document.xml", "a part is not laid out as Word writes it"),
        ("word/footer", "a part is not laid out as Word writes it"),
    ],
)
def test_a_docx_part_with_another_root_element(
    good_docx: Path, tmp_path: Path, part: str, message: str
) -> None:
    bad = _rewritten(
        good_docx, tmp_path / "bad.docx", lambda n, d: _ODD_ROOT if n.startswith(part) else d
    )
    refused(run("parse", str(bad)), "bad.docx: not a readable DOCX", message)


def test_a_docx_whose_main_part_has_an_unknown_content_type(
    good_docx: Path, tmp_path: Path
) -> None:
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    bad = _rewritten(
        good_docx,
        tmp_path / "bad.docx",
        lambda n, d: d.replace(main, b"application/x-unknown") if n == "[Content_Types].xml" else d,
    )
    refused(run("parse", str(bad)), "not a readable DOCX")


def test_a_docx_packed_with_an_unknown_zip_method(good_docx: Path, tmp_path: Path) -> None:
    data = bytearray(good_docx.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset : at + offset + 2] = struct.pack("<H", 99)
            at = data.find(signature, at + 4)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(bytes(data))
    refused(run("parse", str(bad)), "zip method that cannot be unpacked")


def test_a_docx_whose_compressed_part_is_damaged(good_docx: Path, tmp_path: Path) -> None:
    # The first byte of document.xml's deflate data made an invalid block type (found by
    # the fuzz run: zlib's own error escaped as a traceback).
    data = bytearray(good_docx.read_bytes())
    with zipfile.ZipFile(good_docx) as archive:
        info = archive.getinfo("word/document.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
    data[info.header_offset + 30 + name_length + extra_length] = 0x07
    bad = tmp_path / "bad.docx"
    bad.write_bytes(bytes(data))
    refused(run("parse", str(bad)), "bad.docx: not a readable DOCX", "invalid block type")


def test_a_sparse_4_gb_text_file_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(4 * 2**30)
    refused(run("parse", str(huge)), "huge.txt: too large for a report")


def test_a_pipe_is_not_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    refused(run("parse", str(pipe)), "not a file")


def test_a_name_with_a_line_break_and_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\nname\xff.txt")
    (tmp_path / name).write_bytes(b"\x00\x01binary")
    refused(run("parse", name, cwd=tmp_path), "bad\\nname\\xff.txt: not a text file")


def test_a_folder_with_a_bad_name_is_read_on(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"report\xfe.txt")).write_bytes(REFERENCE.read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    result = run("parse", str(tmp_path), "--jsonl")
    assert result.returncode == 2  # one file could not be read, and says so
    assert "broken.pdf" in result.stderr and "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == ["report\\xfe.txt"]
    assert records[0]["symbol"] == "A/67/131" and len(records[0]["replies"]) == 6


def test_a_zip_bomb_is_refused_at_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            for _ in range(210):
                member.write(bytes(2**20))
    assert bomb.stat().st_size < 2**20
    refused(run("parse", str(bomb)), "bomb.docx: the DOCX unpacks to more than 200 MB")


def test_millions_of_short_lines_are_refused_before_they_are_made(tmp_path: Path) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_bytes(b"x\n" * 1_200_000)
    refused(run("parse", str(lines)), "1,200,000 lines, more than a report has")


def test_one_paragraph_of_100000_lines_is_read(tmp_path: Path) -> None:
    text = "II. Replies received from Governments\n\nCuba\n\n[Original: Spanish]\n\n"
    text += "\n".join(["the views of the Government on this question were these"] * 100_000)
    path = tmp_path / "long.txt"
    path.write_text(text + ".\n", encoding="utf-8")
    result = run("parse", str(path), "--json")
    assert result.returncode == 0, result.stderr
    [reply] = json.loads(result.stdout)["replies"]
    assert reply["state"]["iso3"] == "CUB" and len(reply["paragraphs"]) == 1
    assert reply["paragraphs"][0].count("question were these") == 100_000


def test_tags_without_senders_or_text_make_no_replies(tmp_path: Path) -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    followed = tmp_path / "followed.txt"
    followed.write_text(reference + "\n" + "[原件：西班牙文]\n" * 20_000, encoding="utf-8")
    only = tmp_path / "only.txt"
    only.write_text(reference[: reference.index("古巴")] + "[原件：西班牙文]\n" * 20_000)
    for path, replies in ((followed, 6), (only, 0)):
        result = run("parse", str(path), "--json")
        assert result.returncode == 0, result.stderr
        assert len(json.loads(result.stdout)["replies"]) == replies


# --- Consultations and documents -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("deep.yaml", "a: " + "[" * 5000 + "]" * 5000, "not valid YAML (nested too deeply)"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
        ("date.yaml", "symbol: A/67/131\ncut_off: 2012-02-30\n", "day is out of range"),
        ("year.yaml", "symbol: A/67/131\ncut_off: 0000-01-01\n", "year 0 is out of range"),
        ("long.json", '{"mandate": {"paragraph": ' + "9" * 5000 + "}}", "not valid JSON"),
    ],
)
def test_a_consultation_that_cannot_be_read(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("compose", str(path), "--out", str(tmp_path / "out"))
    refused(result, name, message)
    assert not (tmp_path / "out").exists()


def test_a_document_with_a_lone_surrogate_or_nested_too_deeply(tmp_path: Path) -> None:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    data["replies"][0]["paragraphs"][0] = "x\ud800y"
    surrogate = tmp_path / "surrogate.json"
    surrogate.write_text(json.dumps(data), encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    out = tmp_path / "x.pdf"
    refused(
        run("render", str(surrogate), "--lang", "zh", "--format", "pdf", "--out", str(out)),
        "replies[0].paragraphs[0]: a text with a lone surrogate",
    )
    refused(
        run("render", str(deep), "--lang", "zh", "--format", "html", "--out", str(out)),
        "nested too deeply",
    )
    assert not out.exists()


# --- Writing ---------------------------------------------------------------------------------


def test_a_paragraph_too_long_for_a_pdf_is_refused(tmp_path: Path) -> None:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    data["replies"][0]["paragraphs"][0] = "字" * 150_000
    document = tmp_path / "long.json"
    document.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "x.pdf"
    result = run("render", str(document), "--lang", "zh", "--format", "pdf", "--out", str(out))
    refused(result, "a paragraph of 150,000 characters is longer than a PDF paragraph may be")
    assert not out.exists()


def test_render_into_a_missing_folder_or_onto_a_folder(tmp_path: Path) -> None:
    args = ("render", str(GOLDEN), "--lang", "zh", "--format", "html", "--out")
    refused(run(*args, str(tmp_path / "nowhere" / "x.html")), "does not exist")
    refused(run(*args, str(tmp_path)), "a folder stands there")


def test_compose_replaces_a_planted_link_and_never_writes_through_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "A-67-131-en.html").symlink_to(outside)
    result = run("compose", str(EXAMPLE), "--out", str(out), "--formats", "html")
    assert result.returncode == 0, result.stderr
    assert outside.read_text(encoding="utf-8") == "keep me"
    written = out / "A-67-131-en.html"
    assert not written.is_symlink() and "A/67/131" in written.read_text(encoding="utf-8")
    # Made as any new file is (the umask decides), and no temporary file is left behind.
    umask = os.umask(0)
    os.umask(umask)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_compose_refuses_a_folder_where_a_file_goes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "A-67-131-en.html").mkdir(parents=True)
    result = run("compose", str(EXAMPLE), "--out", str(out), "--formats", "html")
    refused(result, "A-67-131-en.html: a folder stands there")
