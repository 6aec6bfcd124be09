"""Hostile files for any view that takes an upload, each made here from bytes (no binary
fixture is committed): :data:`HOSTILE_FILES` lists them as (the name the browser sends, a
function that makes the bytes, words the one-line refusal must hold).

Large files are made once, on first use, and kept (``functools.cache``).
"""

from __future__ import annotations

import functools
import io
import random
import zipfile
from collections.abc import Callable
from typing import NamedTuple

import docx

from support import pdf_craft

#: Words of each refusal of :func:`memberviews.web.uploads.read_upload`.
EMPTY = "is empty"
TOO_LARGE = "larger than 20 MB"
NOT_A_TYPE = "not a DOCX, PDF or text file"
DAMAGED = "damaged or incomplete"
LIMITS = "within the limits set for uploads"
LOCKED = "locked with a password"
NO_TEXT = "No text was found"
LANGUAGE = "not in one of the six official languages"
NOT_A_LETTER = "not a letter"

#: What a file that reached /etc/passwd would show.
PASSWD_MARKS = ("root:x:", "/bin/sh", "/usr/sbin/nologin", "daemon:")

#: A reply in English, as a Mission might send it.
REPLY_EN = [
    "The Permanent Mission of Norway presents its compliments to the Secretary-General.",
    "Norway supports the work of the Conference on Disarmament and the observance of "
    "environmental norms in the drafting of agreements on arms control.",
]
REPLY_AR = [
    "تهدي البعثة الدائمة لمصر تحياتها إلى الأمين العام للأمم المتحدة.",
    "وتؤيد مصر عمل مؤتمر نزع السلاح ومراعاة المعايير البيئية في اتفاقات الحد من الأسلحة.",
]
REPLY_ZH = [
    "中华人民共和国常驻联合国代表团向秘书长致意。",
    "中国支持裁军谈判会议的工作，并支持在制定裁军和军备控制协定时遵守环境规范。",
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Hostile(NamedTuple):
    name: str  # the name the browser sends: often a lie
    make: Callable[[], bytes]
    expected: str  # words of the refusal


# --- Word files -------------------------------------------------------------------------


@functools.cache
def docx_of(*paragraphs: str) -> bytes:
    """A real DOCX (python-docx's template) holding ``paragraphs``."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _document_xml(body: str, prelude: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prelude}'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def _paragraph_xml(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _with_parts(
    base: bytes, parts: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """``base`` (a zip) with ``parts`` replacing or added to its members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info))
        for name, data in parts.items():
            target.writestr(name, data, compress_type=method)
    return out.getvalue()


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _patched_member(data: bytes, name: str, *, method: int | None = None, flags: int = 0) -> bytes:
    """The zip ``data`` with member ``name``'s compression method and flag bits rewritten in
    its local header and its central directory entry, as no zip library would write them."""
    out = bytearray(data)
    encoded = name.encode()
    # (signature, where the method, the flags, the name's length and the name stand)
    for signature, method_at, flags_at, length_at, name_at in (
        (b"PK\x03\x04", 8, 6, 26, 30),  # local file header
        (b"PK\x01\x02", 10, 8, 28, 46),  # central directory entry
    ):
        at = out.find(signature)
        while at >= 0:
            length = int.from_bytes(out[at + length_at : at + length_at + 2], "little")
            if out[at + name_at : at + name_at + length] == encoded:
                if method is not None:
                    out[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
                old = int.from_bytes(out[at + flags_at : at + flags_at + 2], "little")
                out[at + flags_at : at + flags_at + 2] = (old | flags).to_bytes(2, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def docx_xxe() -> bytes:
    prelude = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    body = _paragraph_xml("Norway supports the work of the Conference. &xxe;")
    return _with_parts(docx_of("x"), {"word/document.xml": _document_xml(body, prelude)})


def docx_billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    prelude = f"<!DOCTYPE w:document [{''.join(entities)}]>\n"
    body = _paragraph_xml("Norway supports the work of the Conference. &lol9;")
    return _with_parts(docx_of("x"), {"word/document.xml": _document_xml(body, prelude)})


@functools.cache
def docx_zip_bomb() -> bytes:
    """A DOCX whose document.xml (about 200 KB packed) unpacks to 201 MB of blanks, past
    ingest's 200 MB."""
    head = f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>'.encode()
    tail = (_paragraph_xml("Norway supports the work.") + "</w:body></w:document>").encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_of("x"))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
        with target.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            block = b" " * 2**20
            for _ in range(201):
                member.write(block)
            member.write(tail)
    return out.getvalue()


def docx_unknown_compression() -> bytes:
    data = _with_parts(
        docx_of(*REPLY_EN),
        {"word/document.xml": _document_xml(_paragraph_xml(REPLY_EN[1]))},
        method=zipfile.ZIP_STORED,
    )
    return _patched_member(data, "word/document.xml", method=98)  # PPMd: zipfile has none


def docx_encrypted_member() -> bytes:
    return _patched_member(docx_of(*REPLY_EN), "word/document.xml", flags=0x1)


def docx_truncated() -> bytes:
    data = docx_of(*REPLY_EN)
    return data[: len(data) // 2]


def docx_not_xml() -> bytes:
    return _with_parts(docx_of("x"), {"word/document.xml": b"Norway supports {{{ <<< not XML"})


def docx_deep_nesting() -> bytes:
    depth = 10_000
    body = "<w:customXml>" * depth + _paragraph_xml(REPLY_EN[1]) + "</w:customXml>" * depth
    return _with_parts(docx_of("x"), {"word/document.xml": _document_xml(body)})


def docx_in_thai() -> bytes:
    return docx_of(THAI)


# --- Other archives ---------------------------------------------------------------------


def xlsx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "xl/workbook.xml": b'<?xml version="1.0"?><workbook/>',
            "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet/>',
        }
    )


def odt() -> bytes:
    return _zip(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b'<?xml version="1.0"?><office:document-content/>',
            "META-INF/manifest.xml": b'<?xml version="1.0"?><manifest/>',
        }
    )


def zip_without_document() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "word/styles.xml": b'<?xml version="1.0"?><w:styles/>',
        }
    )


# --- PDF --------------------------------------------------------------------------------


def pdf_of(*lines: str) -> bytes:
    return pdf_craft.pdf(list(lines))


def pdf_truncated() -> bytes:
    return pdf_of(*REPLY_EN)[:120]


def pdf_garbage() -> bytes:
    return b"%PDF-1.7\n" + random.Random(7).randbytes(8192)


def pdf_behind_junk() -> bytes:
    return b"JUNK " * 40 + b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"\xff" * 64


def pdf_locked() -> bytes:
    return pdf_craft.pdf(REPLY_EN, user_password="secret")


@functools.cache
def pdf_stream_bomb() -> bytes:
    """A PDF whose page content inflates to 129 MB, past ingest's 128 MB."""
    return pdf_craft.pdf(REPLY_EN, inflated_size=129 * 2**20)


def pdf_blank_page() -> bytes:
    return pdf_craft.pdf([])


# --- Text and other bytes ---------------------------------------------------------------

THAI = "รัฐบาลไทยสนับสนุนการทำงานของการประชุมว่าด้วยการลดอาวุธและการปฏิบัติตามบรรทัดฐานด้านสิ่งแวดล้อม"
HEBREW = "ממשלת ישראל תומכת בעבודת הוועידה לפירוק נשק ובשמירה על נורמות סביבתיות בהסכמים."
DEVANAGARI = "भारत सरकार निरस्त्रीकरण सम्मेलन के कार्य और पर्यावरण मानदंडों के पालन का समर्थन करती है।"
KANA = "にほんせいふは、ぐんしゅくかいぎのしごとと、かんきょうきはんのじゅんしゅをしじします。"
KOREAN = "대한민국 정부는 군축회의의 업무와 환경 규범의 준수를 지지한다."
GREEK = "Η κυβέρνηση της Ελλάδας υποστηρίζει το έργο της Διάσκεψης για τον Αφοπλισμό."


def text(value: str) -> Callable[[], bytes]:
    return lambda: value.encode()


def utf16_letters_at_random() -> bytes:
    """UTF-16 with its mark: valid text, letters from all over the plane (bytes a reader
    took for text)."""
    rng = random.Random(3)
    letters = "".join(chr(rng.randrange(0x0100, 0xD7FF)) for _ in range(4000))
    return "\ufeff".encode("utf-16-le") + letters.encode("utf-16-le")


@functools.cache
def huge_single_line() -> bytes:
    """4.4 MB of English on one line: no letter's paragraph."""
    return ("Norway supports the work of the Conference. " * 100_000).encode()


@functools.cache
def too_large() -> bytes:
    return b"a" * (20 * 2**20 + 1)


@functools.cache
def slow_text() -> bytes:
    """13 MB of short lines and no blank one: a few seconds of CPU to read (used with a
    lowered limit to prove the limit kills the reader)."""
    return b"Norway supports the work of the Conference\n" * 300_000


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 48
    + (b"This program cannot be run in DOS mode.\r\r\n$")
)
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
OLE = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 482
)
HTML = (
    b"<!DOCTYPE html><html><head><script>fetch('/admin/').then(r => r.text())</script>"
    b"</head><body><p>Norway supports the work of the Conference.</p></body></html>"
)
XML_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b"<r>Norway supports the work. &xxe;</r>"
)


def constant(data: bytes) -> Callable[[], bytes]:
    return lambda: data


HOSTILE_FILES: list[Hostile] = [
    # Nothing to read.
    Hostile("empty.docx", constant(b""), EMPTY),
    Hostile("blank.txt", constant(b"  \n\t \r\n   \n"), EMPTY),
    Hostile("bom-only.txt", constant(b"\xef\xbb\xbf"), EMPTY),
    Hostile("utf16-blank.txt", constant("  \u3000 \n".encode("utf-16")), EMPTY),
    Hostile("reply.pdf", pdf_blank_page, NO_TEXT),
    Hostile("digits.txt", text("12345 67890\n\n2024-05-30 — 17/4 (2)"), NO_TEXT),
    Hostile("rtl-overrides.txt", text("\u202e\u202b\u202d\u2067\u2066" * 200), NO_TEXT),
    # Too large.
    Hostile("reply.txt", too_large, TOO_LARGE),
    # Another type, whatever the name says.
    Hostile("reply.docx", constant(PNG), NOT_A_TYPE),
    Hostile("reply.pdf", constant(EXE), NOT_A_TYPE),
    Hostile("reply.docx", constant(GIF), NOT_A_TYPE),
    Hostile("reply.doc", constant(OLE), NOT_A_TYPE),
    Hostile("reply.xlsx", xlsx, NOT_A_TYPE),
    Hostile("reply.odt", odt, NOT_A_TYPE),
    Hostile("reply.docx", zip_without_document, NOT_A_TYPE),
    Hostile("reply.bin", constant(random.Random(1).randbytes(65536)), NOT_A_TYPE),
    Hostile(
        "utf16-no-bom.txt", constant("Norway supports the work.".encode("utf-16-le")), NOT_A_TYPE
    ),
    Hostile("nul.txt", constant(b"Norway supports\x00 the work of the Conference."), NOT_A_TYPE),
    Hostile("controls.txt", constant(bytes(range(1, 9)) * 200 + b"Norway"), NOT_A_TYPE),
    Hostile("reply.html", constant(HTML), NOT_A_TYPE),
    Hostile("reply.txt", constant(XML_XXE), NOT_A_TYPE),
    # Word files made to hurt.
    Hostile("xxe.docx", docx_xxe, DAMAGED),
    Hostile("laughs.docx", docx_billion_laughs, DAMAGED),
    Hostile("bomb.docx", docx_zip_bomb, LIMITS),
    Hostile("ppmd.docx", docx_unknown_compression, DAMAGED),
    Hostile("encrypted-zip.docx", docx_encrypted_member, DAMAGED),
    Hostile("truncated.docx", docx_truncated, DAMAGED),
    Hostile("not-xml.docx", docx_not_xml, DAMAGED),
    Hostile("deep.docx", docx_deep_nesting, DAMAGED),
    # PDFs made to hurt.
    Hostile("truncated.pdf", pdf_truncated, DAMAGED),
    Hostile("garbage.pdf", pdf_garbage, DAMAGED),
    Hostile("junk-first.pdf", pdf_behind_junk, DAMAGED),
    Hostile("locked.pdf", pdf_locked, LOCKED),
    Hostile("bomb.pdf", pdf_stream_bomb, LIMITS),
    # Text in none of the six languages, or no letter's text.
    Hostile("thai.txt", text(THAI), LANGUAGE),
    Hostile("hebrew.txt", text(HEBREW), LANGUAGE),
    Hostile("hindi.txt", text(DEVANAGARI), LANGUAGE),
    Hostile("kana.txt", text(KANA), LANGUAGE),
    Hostile("korean.txt", text(KOREAN), LANGUAGE),
    Hostile("greek.txt", text(GREEK), LANGUAGE),
    Hostile("thai.docx", docx_in_thai, LANGUAGE),
    Hostile("random-letters.txt", utf16_letters_at_random, LANGUAGE),
    Hostile("one-line.txt", huge_single_line, NOT_A_LETTER),
]
