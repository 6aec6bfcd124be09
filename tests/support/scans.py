"""Scanned reports made in the tests: a rendered report rasterised (pdftoppm), given a
slight skew and specks of noise as a scanner would, and put back into a PDF of pictures
alone (no text layer), written byte by byte."""

from __future__ import annotations

import functools
import math
import random
import shutil
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from memberviews.compose import Composition, compose, load_consultation
from memberviews.core.model import Document
from memberviews.render import render

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "A-67-131.consultation.yaml"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def have_tools() -> bool:
    """Whether pdftoppm and tesseract (with the six languages) are installed."""
    return shutil.which("pdftoppm") is not None and shutil.which("tesseract") is not None


@functools.cache
def composition() -> Composition:
    return compose(load_consultation(EXAMPLE))


def report(symbol: str, language: str) -> Document:
    return composition().document(symbol, language)


def rendered(symbol: str, language: str, folder: Path) -> Path:
    """The report's language version rendered to PDF (with a text layer)."""
    name = symbol.replace("/", "-") + f"-{language}.pdf"
    return render(report(symbol, language), "pdf", folder / name)


@dataclass
class Picture:
    """An 8-bit grey-scale picture, a byte a pixel, rows top to bottom (0 is black)."""

    width: int
    height: int
    pixels: bytearray


def rasterise(pdf: Path, dpi: int) -> list[Picture]:
    """Every page of the PDF as pdftoppm renders it in grey."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(Path(folder) / "page")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return [read_pgm(path) for path in sorted(Path(folder).glob("page-*.pgm"))]


def read_pgm(path: Path) -> Picture:
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:  # P5, width, height, maximum
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    position += 1  # the one white-space character after the maximum
    width, height = int(fields[1]), int(fields[2])
    return Picture(width, height, bytearray(data[position : position + width * height]))


def skewed(picture: Picture, degrees: float) -> Picture:
    """The picture turned by a small angle (two shears: rows slid across, then columns, in
    strips, slid down), white showing at the edges."""
    width, height = picture.width, picture.height
    slope = math.tan(math.radians(degrees))
    source = picture.pixels
    across = bytearray(b"\xff" * (width * height))
    for row in range(height):
        shift = round((row - height / 2) * -slope)
        start = row * width
        line = bytes(source[start : start + width])
        if shift > 0:
            line = b"\xff" * shift + line[: width - shift]
        elif shift < 0:
            line = line[-shift:] + b"\xff" * -shift
        across[start : start + width] = line
    out = bytearray(b"\xff" * (width * height))
    strip = 8
    for left in range(0, width, strip):
        right = min(width, left + strip)
        shift = round(((left + right) / 2 - width / 2) * slope)
        for row in range(max(0, shift), min(height, height + shift)):
            target = row * width
            origin = (row - shift) * width
            out[target + left : target + right] = across[origin + left : origin + right]
    return Picture(width, height, out)


def noisy(picture: Picture, share: float, seed: int) -> Picture:
    """Specks: a share of the pixels, chosen by a seeded draw, turned black or white."""
    pixels = bytearray(picture.pixels)
    draw = random.Random(seed)
    total = len(pixels)
    for _ in range(int(total * share)):
        pixels[draw.randrange(total)] = 0 if draw.random() < 0.5 else 255
    return Picture(picture.width, picture.height, pixels)


def picture_pdf(pictures: list[Picture], dpi: int, path: Path) -> Path:
    """A PDF of the pictures, a page each at the size they were scanned at, and no text."""
    objects: list[bytes] = [b"", b""]  # the catalogue and the page tree, written last
    kids = []
    for picture in pictures:
        points_w, points_h = picture.width * 72 / dpi, picture.height * 72 / dpi
        data = zlib.compress(bytes(picture.pixels), 6)
        image = len(objects) + 1
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (picture.width, picture.height, len(data))
            + data
            + b"\nendstream"
        )
        drawing = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (points_w, points_h)
        content = len(objects) + 1
        objects.append(b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream")
        kids.append(len(objects) + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R"
            b" /Resources << /XObject << /Im0 %d 0 R >> >> >>"
            % (points_w, points_h, content, image)
        )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def scan(
    pdf: Path,
    dpi: int,
    path: Path,
    *,
    degrees: float = 0.6,
    noise: float = 0.002,
    seed: int = 1,
) -> Path:
    """The PDF as a scanner would give it back: pictures at ``dpi``, turned by ``degrees``,
    with specks of noise; no text layer."""
    pictures = [
        noisy(skewed(picture, degrees), noise, seed + number)
        for number, picture in enumerate(rasterise(pdf, dpi))
    ]
    return picture_pdf(pictures, dpi, path)
