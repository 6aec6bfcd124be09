"""Small PDFs written byte by byte, for what no PDF producer here makes on request: a
content stream that inflates to a gigabyte, and encryption (the standard security handler,
revision 2: RC4 with a 40-bit key, as in PDF 1.4, section 3.5)."""

from __future__ import annotations

import hashlib
import zlib

# The padding string of the standard security handler.
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_FILE_ID = bytes.fromhex("6d656d6265727669657773206669786521")[:16]


def rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


class _Encryption:
    """The keys of revision 2 for a user and an owner password (permissions: printing only)."""

    PERMISSIONS = -44  # printing allowed; changing, copying and annotating not

    def __init__(self, user: str, owner: str):
        self.owner_entry = rc4(hashlib.md5(_padded(owner)).digest()[:5], _padded(user))
        digest = hashlib.md5(
            _padded(user)
            + self.owner_entry
            + (self.PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little")
            + _FILE_ID
        ).digest()
        self.key = digest[:5]
        self.user_entry = rc4(self.key, _PAD)

    def encrypt(self, number: int, data: bytes) -> bytes:
        key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return rc4(key, data)

    def dictionary(self) -> bytes:
        return (
            b"<< /Filter /Standard /V 1 /R 2 /O <"
            + self.owner_entry.hex().encode()
            + b"> /U <"
            + self.user_entry.hex().encode()
            + b"> /P "
            + str(self.PERMISSIONS).encode()
            + b" >>"
        )


def _text_content(lines: list[str]) -> bytes:
    shown = []
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        shown.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    return b"BT /F1 11 Tf 14 TL 72 780 Td\n" + b"\n".join(shown) + b"\nET\n"


def pdf(
    lines: list[str],
    *,
    user_password: str | None = None,
    owner_password: str = "owner",
    inflated_size: int = 0,
) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica (Latin-1 only).

    With ``user_password`` (``""`` for none) the file is encrypted. With ``inflated_size``,
    the page's content stream is those lines followed by that many spaces, compressed.
    """
    encryption = _Encryption(user_password, owner_password) if user_password is not None else None
    content = _text_content(lines)
    if inflated_size:
        packer = zlib.compressobj(1)
        parts = [packer.compress(content)]
        block = b" " * 2**20
        for _ in range(inflated_size // len(block)):
            parts.append(packer.compress(block))
        parts.append(packer.flush())
        stream, stream_filter = b"".join(parts), b" /Filter /FlateDecode"
    else:
        stream, stream_filter = content, b""
    if encryption is not None:
        stream = encryption.encrypt(5, stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + stream_filter
        + b" >>\nstream\n"
        + stream
        + b"\nendstream",
    ]
    if encryption is not None:
        objects.append(encryption.dictionary())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R"
    if encryption is not None:
        trailer += b" /Encrypt " + str(len(objects)).encode() + b" 0 R"
    trailer += b" /ID [<" + _FILE_ID.hex().encode() + b"> <" + _FILE_ID.hex().encode() + b">] >>"
    out += b"trailer\n" + trailer + b"\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return bytes(out)
