"""The document model to a PDF that looks like a UN document, typeset with typst.

The layout is the typst template ``templates/report.typ``; this module only decides what
it prints. Every word comes from :mod:`memberviews.render.common` and goes to typst as
JSON data in ``sys.inputs``, never spliced into markup, so any text prints as written.
The fonts are Debian's Noto families, passed by folder and embedded in the PDF, which
is PDF/A-2b.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import typst

from memberviews.core.model import Document
from memberviews.core.scripts import CJK_LETTERS
from memberviews.render.common import Paragraph, Printed, PrintedSection, language_of, printed
from memberviews.render.errors import RenderError

#: Where Debian's fonts-noto-core and fonts-noto-cjk put their files; no other fonts
#: are looked for.
FONT_PATHS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))

#: The longest paragraph sent to typst, in characters: a reply's paragraph runs to a few
#: thousand; one of megabytes would take typst gigabytes of memory to break into lines.
MAX_PARAGRAPH = 100_000

#: The archival standard every PDF follows.
PDF_STANDARD = "a-2b"


@dataclass(frozen=True)
class Style:
    """How one language version is set: fonts in order of preference, size, spacing."""

    fonts: tuple[str, ...]
    size: float = 10.0
    #: The first-line indent of an unnumbered paragraph, in em.
    indent: float = 1.8
    leading: float = 0.62
    spacing: float = 1.25
    region: str | None = None


_SERIF = "Noto Serif"
_CJK = "Noto Serif CJK SC"

#: One style per language (variation is data). Noto Serif CJK SC with region "cn" gives
#: the simplified Chinese glyph forms, never the Japanese ones; it comes last in every
#: other list too, so that a Chinese name quoted in another version has them as well.
#: Chinese takes its Latin letters and digits from the same font: a space between a
#: Chinese character and a Latin run set in another font is dropped from the PDF's text
#: where a line ends on it, and reading the PDF back would lose it.
STYLES: dict[str, Style] = {
    "ar": Style(("Noto Naskh Arabic", _SERIF, _CJK), size=12.0, indent=1.5, leading=0.55),
    "zh": Style((_CJK,), size=10.5, indent=2.0, region="cn"),
    "en": Style((_SERIF, _CJK)),
    "fr": Style((_SERIF, _CJK)),
    "ru": Style((_SERIF, _CJK)),
    "es": Style((_SERIF, _CJK)),
}


@dataclass(frozen=True)
class PdfSource:
    """What typst compiles: the template and the report as JSON in ``sys.inputs``."""

    template: bytes
    inputs: dict[str, str]

    def compile_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``typst.compile`` that make the PDF (output aside)."""
        return {
            "input": self.template,
            "font_paths": [str(p) for p in FONT_PATHS],
            "ignore_system_fonts": True,
            "sys_inputs": dict(self.inputs),
            "pdf_standards": [PDF_STANDARD],
        }


def render_pdf(document: Document, out: Path) -> None:
    """Writes ``document`` as a PDF/A-2b file at ``out``.

    Raises RenderError, with a one-line message, when the document has no language, the
    Noto fonts are not installed, or the text holds a character that none of them can print
    (PDF/A allows no missing glyph).
    """
    language_of(document)
    missing = [str(p) for p in FONT_PATHS if not p.is_dir()]
    if missing:
        raise RenderError(
            f"no fonts in {', '.join(missing)}: install Debian's fonts-noto-core and fonts-noto-cjk"
        )
    source = pdf_source(document)
    try:
        data: bytes = typst.compile(**source.compile_kwargs())
    except typst.TypstError as error:
        raise RenderError(f"{document.symbol or 'the document'}: {error.message}") from None
    Path(out).write_bytes(data)


def pdf_source(document: Document) -> PdfSource:
    """Returns the typst template and inputs that :func:`render_pdf` compiles."""
    return PdfSource(_template(), {"report": json.dumps(report_data(document), ensure_ascii=False)})


@cache
def _template() -> bytes:
    return files("memberviews.render").joinpath("templates/report.typ").read_bytes()


def report_data(document: Document) -> dict[str, Any]:
    """Returns everything the template prints, as JSON-ready data, in reading order.

    Raises RenderError when the document has no language or an unknown one.
    """
    language = language_of(document)
    style = STYLES[language.code]
    page = printed(document)
    head = page.masthead
    return {
        "lang": language.code,
        "region": style.region,
        "dir": language.direction,
        "font": list(style.fonts),
        "size": style.size,
        "indent": style.indent,
        "leading": style.leading,
        "spacing": style.spacing,
        "title": " ".join(t for t in (head.symbol, head.title) if t) or head.report_of,
        "running_symbol": head.symbol,
        "footer": page.footer,
        # The letters a line may break between anywhere (see the template's compounds).
        "cjk_letters": CJK_LETTERS,
        "masthead": {
            "united_nations": head.united_nations,
            "organ": head.organ,
            "symbol": head.symbol,
            "distribution": head.distribution,
            "date": head.date,
            "original": head.original,
            "session": head.session,
            "agenda": head.agenda,
            "agenda_title": head.agenda_title,
            "title": head.title,
            "report_of": head.report_of,
            "addendum": head.addendum,
            "corrigendum": head.corrigendum,
            "footnotes": list(head.footnotes),
        },
        "body": _body(page),
    }


def _body(page: Printed) -> list[dict[str, str | None]]:
    """The body in reading order: the document's own paragraphs (a corrigendum's), then
    each section's heading, introduction paragraphs, and replies with their heading, tags
    and paragraphs."""
    out = [_paragraph(paragraph) for paragraph in page.body]
    for part in page.sections:
        if part.heading is not None:
            out.append(_section(part))
        out.extend(_paragraph(paragraph) for paragraph in part.paragraphs)
        for reply in part.replies:
            out.append({"kind": "reply", "text": reply.heading})
            out.extend({"kind": "tag", "text": tag.text} for tag in reply.tags)
            out.extend(_paragraph(paragraph) for paragraph in reply.paragraphs)
    return out


def _section(part: PrintedSection) -> dict[str, str | None]:
    """A section heading, its number apart so that the layout can hang it in the margin."""
    return {"kind": "section", "text": part.heading, "number": part.number, "title": part.title}


def _paragraph(paragraph: Paragraph) -> dict[str, str | None]:
    if len(paragraph.text) > MAX_PARAGRAPH:
        raise RenderError(
            f"a paragraph of {len(paragraph.text):,} characters is longer than a PDF paragraph"
            f" may be ({MAX_PARAGRAPH:,}): split it"
        )
    if paragraph.marker is not None:
        return {"kind": "item", "text": paragraph.text, "number": None}
    # The space after the number stays in the PDF's text, where a reader looks for it.
    number = f"{paragraph.number} " if paragraph.number else None
    return {"kind": "para", "text": paragraph.text, "number": number}
