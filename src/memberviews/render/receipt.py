"""A reply's receipt to PDF, typeset with typst in the language's style."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

import typst

from memberviews.core.languages import get_language
from memberviews.core.receipts import Receipt
from memberviews.render.errors import RenderError
from memberviews.render.pdf import STYLES, PdfSource


def render_receipt_pdf(receipt: Receipt) -> bytes:
    """Returns the receipt as a PDF file's bytes. Raises RenderError (one line)."""
    style = STYLES[receipt.language]
    data = {
        "lang": receipt.language,
        "region": style.region,
        "dir": get_language(receipt.language).direction,
        "font": list(style.fonts),
        "title": receipt.title,
        "facts": [[label, _breakable(value)] for label, value in receipt.facts],
        "text_heading": receipt.text_heading,
        "paragraphs": list(receipt.paragraphs),
        "closing": receipt.closing,
    }
    source = PdfSource(_template(), {"receipt": json.dumps(data, ensure_ascii=False)})
    try:
        pdf: bytes = typst.compile(**source.compile_kwargs())
    except typst.TypstError as error:
        raise RenderError(f"{receipt.title}: {error.message}") from None
    return pdf


def _breakable(value: str) -> str:
    """A long unbroken run (a digest) with a break opportunity every 16 characters, so
    that it wraps inside its cell instead of running off the page."""
    return " ".join(
        "\u200b".join(word[i : i + 16] for i in range(0, len(word), 16)) if len(word) > 32 else word
        for word in value.split(" ")
    )


@cache
def _template() -> bytes:
    return files("memberviews.render").joinpath("templates/receipt.typ").read_bytes()
