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
        "facts": [list(fact) for fact in receipt.facts],
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


@cache
def _template() -> bytes:
    return files("memberviews.render").joinpath("templates/receipt.typ").read_bytes()
