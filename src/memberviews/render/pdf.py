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

from memberviews.core.languages import get_language
from memberviews.core.model import Document
from memberviews.core.scripts import CJK_LETTERS
from memberviews.render.common import (
    Paragraph,
    Printed,
    PrintedSection,
    Run,
    Tag,
    language_of,
    printed,
    reply_target,
    section_target,
)
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
    #: The face of Latin text the template sets apart (a symbol, a job number, an English
    #: distribution block, every Latin run of an Arabic page).
    latin: str = "Noto Serif"
    #: typst's line-breaking costs, in per cent of its defaults: a hyphen, and a last line
    #: holding one word or the end of a hyphenated one (a "runt").
    hyphenation: int = 100
    runt: int = 100


_SERIF = "Noto Serif"
_CJK = "Noto Serif CJK SC"

#: One style per language (variation is data). Noto Serif CJK SC with region "cn" gives
#: the simplified Chinese glyph forms, never the Japanese ones; it comes last in every
#: other list too, so that a Chinese name quoted in another version has them as well.
#: Chinese takes its Latin letters and digits from the same font: a space between a
#: Chinese character and a Latin run set in another font is dropped from the PDF's text
#: where a line ends on it, and reading the PDF back would lose it.
#: French, Russian and Spanish words are long: hyphens cost six times typst's default
#: there, and a syllable alone on a paragraph's last line ten times.
STYLES: dict[str, Style] = {
    "ar": Style(("Noto Naskh Arabic", _SERIF, _CJK), size=12.0, indent=1.5, leading=0.55),
    "zh": Style((_CJK,), size=10.5, indent=2.0, region="cn", latin=_CJK),
    "en": Style((_SERIF, _CJK)),
    "fr": Style((_SERIF, _CJK), hyphenation=600, runt=1000),
    "ru": Style((_SERIF, _CJK), hyphenation=600, runt=1000),
    "es": Style((_SERIF, _CJK), hyphenation=600, runt=1000),
}


@dataclass(frozen=True)
class PdfSource:
    """What typst compiles: the template and the report as JSON in ``sys.inputs``.

    ``root`` is the folder typst may read files from: the emblem's, when there is one (the
    template names it from there); None otherwise, and typst reads no file.
    """

    template: bytes
    inputs: dict[str, str]
    root: Path | None = None

    def compile_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``typst.compile`` that make the PDF (output aside)."""
        kwargs: dict[str, Any] = {
            "input": self.template,
            "font_paths": [str(p) for p in FONT_PATHS],
            "ignore_system_fonts": True,
            "sys_inputs": dict(self.inputs),
            "pdf_standards": [PDF_STANDARD],
        }
        if self.root is not None:
            kwargs["root"] = str(self.root)
        return kwargs


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
    page = printed(document)
    data = report_data(document, page)
    root = page.emblem.resolve().parent if page.emblem is not None else None
    return PdfSource(_template(), {"report": json.dumps(data, ensure_ascii=False)}, root)


@cache
def _template() -> bytes:
    return files("memberviews.render").joinpath("templates/report.typ").read_bytes()


def report_data(document: Document, page: Printed | None = None) -> dict[str, Any]:
    """Returns everything the template prints, as JSON-ready data, in reading order
    (``page``: what :func:`printed` gives for the document, when already at hand).

    Raises RenderError when the document has no language or an unknown one.
    """
    language = language_of(document)
    style = STYLES[language.code]
    page = page or printed(document)
    head = page.masthead
    block_direction = get_language(head.block_language).direction
    return {
        "lang": language.code,
        "region": style.region,
        "dir": language.direction,
        "font": list(style.fonts),
        "size": style.size,
        "indent": style.indent,
        "leading": style.leading,
        "spacing": style.spacing,
        "latin_font": style.latin,
        "costs": {"hyphenation": style.hyphenation, "runt": style.runt},
        "title": " ".join(t for t in (head.symbol, head.title) if t) or head.report_of,
        "running_symbol": head.symbol,
        "footer": page.footer,
        "draft": page.draft,
        "marks": _marks(page),
        "contents": _contents(page),
        # The letters a line may break between anywhere (see the template's compounds).
        "cjk_letters": CJK_LETTERS,
        "masthead": {
            "united_nations": head.united_nations,
            "organ": head.organ,
            "symbol": head.symbol,
            "block": _block(page),
            "block_lang": head.block_language,
            "block_dir": block_direction,
            # The emblem's file, from the root typst is given (see pdf_source).
            "emblem": f"/{page.emblem.name}" if page.emblem is not None else None,
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


def _block(page: Printed) -> list[dict[str, Any]]:
    """The distribution block's lines, the date as styled runs (the French ``1er``); the
    Original line stands a little apart."""
    head = page.masthead
    out: list[dict[str, Any]] = []
    for line in head.block:
        item: dict[str, Any] = {"text": line}
        if line == head.date:
            item.update(_runs(line, head.date_runs))
        if line == head.original:
            item["gap"] = True
        out.append(item)
    return out


def _marks(page: Printed) -> dict[str, Any] | None:
    """The first page's job number, dates and barcode (its bars precomputed)."""
    if page.marks is None:
        return None
    marks = page.marks
    return {"job": marks.job, "dates": marks.dates, "barcode": marks.barcode, "bars": marks.bars}


def _contents(page: Printed) -> dict[str, Any] | None:
    """The table of contents: its title, the page column's word and the entries, each
    naming the label of the heading it points to (the template finds its page)."""
    if not page.contents:
        return None
    entries = [
        {"level": e.level, "number": e.number, "title": e.title, "target": e.target}
        for e in page.contents
    ]
    return {"title": page.contents_title, "page": page.contents_page, "entries": entries}


def _body(page: Printed) -> list[dict[str, Any]]:
    """The body in reading order: the document's own paragraphs (a corrigendum's), then
    each section's heading, introduction paragraphs, and replies with their heading, tags
    and paragraphs. Headings carry the label the table of contents points to."""
    out = [_paragraph(paragraph) for paragraph in page.body]
    for number, part in enumerate(page.sections, start=1):
        if part.heading is not None:
            out.append(_section(part, section_target(number)))
        out.extend(_paragraph(paragraph) for paragraph in part.paragraphs)
        for reply in part.replies:
            target = reply_target(reply.index)
            out.append({"kind": "reply", "text": reply.heading, "target": target})
            out.extend(_tag(tag) for tag in reply.tags)
            out.extend(_paragraph(paragraph) for paragraph in reply.paragraphs)
    return out


def _section(part: PrintedSection, target: str) -> dict[str, str | None]:
    """A section heading, its number apart so that the layout can hang it in the margin."""
    return {
        "kind": "section",
        "text": part.heading,
        "number": part.number,
        "title": part.title,
        "target": target,
    }


def _tag(tag: Tag) -> dict[str, Any]:
    return {"kind": "tag", "text": tag.text, **_runs(tag.text, tag.runs)}


def _runs(text: str, runs: tuple[Run, ...]) -> dict[str, Any]:
    """``{"runs": [[text, style], …]}`` when some run is styled; else nothing (the template
    prints ``text``), which keeps the JSON of a long plain report small."""
    if not any(run.style for run in runs):
        return {}
    return {"runs": [[run.text, run.style] for run in runs]}


def _paragraph(paragraph: Paragraph) -> dict[str, Any]:
    if len(paragraph.text) > MAX_PARAGRAPH:
        raise RenderError(
            f"a paragraph of {len(paragraph.text):,} characters is longer than a PDF paragraph"
            f" may be ({MAX_PARAGRAPH:,}): split it"
        )
    if paragraph.marker is not None:
        # The marker and what stands between it and the text, printed as written.
        rest = paragraph.rest
        marker = paragraph.text[: len(paragraph.text) - len(rest)]
        return {"kind": "item", "text": rest, "marker": marker, **_runs(rest, paragraph.runs)}
    runs = _runs(paragraph.text, paragraph.runs)
    if paragraph.correction:
        return {"kind": "correction", "text": paragraph.text, **runs}
    # The space after the number stays in the PDF's text, where a reader looks for it.
    number = f"{paragraph.number} " if paragraph.number else None
    return {"kind": "para", "text": paragraph.text, "number": number, **runs}
