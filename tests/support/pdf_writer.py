"""A synthetic report as a real PDF, typeset with typst in a UN-like layout.

A4; on the first page of a report with a cover, the masthead (organization and symbol, organ
and distribution, date, original), the session and agenda lines, the titles and the cover
footnotes, then the first footer (job number with version letter and processing date) and the
barcode line; on every other page a running header with the symbol and a footer with the job
number, version letter and page number. Section and State headings are bold, State headings
in a narrow block so long names wrap; paragraphs are justified (hyphenated where typst
hyphenates), plain ones with a first-line indent. Arabic is set right to left in Noto Naskh
Arabic, Chinese in Noto Serif CJK SC with ``lang: "zh", region: "cn"``.

All printed text goes into the typst source as string literals, so nothing in it is read as
markup.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import typst

from support.specimen import Para, Reply, SyntheticReport

#: Where Debian's fonts-noto-core and fonts-noto-cjk put their files.
FONT_PATHS = [Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto")]

_FONTS = {
    "ar": '("Noto Naskh Arabic", "Noto Serif")',
    "zh": '("Noto Serif CJK SC",)',
}
_COMPOUND = re.compile(r"(\w+(?:[-/]\w+)+)")
_DEFAULT_FONT = '("Noto Serif",)'
_TEXT_LANG = {
    "zh": 'lang: "zh", region: "cn", cjk-latin-spacing: none',
    "ar": 'lang: "ar", dir: rtl',
}


def write_pdf(report: SyntheticReport, path: Path) -> Path:
    """Typesets ``report`` into a PDF at ``path``; returns ``path``."""
    return compile_typst(typst_source(report), path)


def compile_typst(source: str, path: Path) -> Path:
    """Compiles typst ``source`` with the Noto fonts into a PDF at ``path``; returns ``path``."""
    with tempfile.TemporaryDirectory() as scratch:
        main = Path(scratch) / "main.typ"
        main.write_text(source, encoding="utf-8")
        path.write_bytes(typst.compile(main, font_paths=FONT_PATHS))
    return path


def _s(text: str) -> str:
    """A typst string literal holding ``text`` exactly."""
    return json.dumps(text, ensure_ascii=False)


def _c(text: str) -> str:
    """Typst content holding ``text`` exactly, its compounds (``non-proliferation``,
    ``Arabic/English``) in unbreakable boxes.

    typst would otherwise break a line at a compound's own hyphen, and pdfium reports such a
    hyphen exactly as it reports a hyphen added by hyphenation (U+FFFE): no reader could then
    tell ``Secretary-General`` from ``interna-tional``.
    """
    pieces = _COMPOUND.split(text)
    out = []
    for i, piece in enumerate(pieces):
        if piece:
            out.append(f"#box({_s(piece)})" if i % 2 else f"#{_s(piece)}")
    return "[" + "".join(out) + "]"


def typst_source(report: SyntheticReport) -> str:
    """Returns the typst source of the report's PDF."""
    lang = report.language
    body: list[str] = []
    entries: list[tuple[int, str]] = []

    def heading(level: int, text: str) -> None:
        body.append(f"#heading(level: {level}, {_c(text)}) <toc-{len(entries)}>")
        entries.append((level, text))

    heading(1, report.introduction_head.printed(lang))
    body.extend(_paragraph(p, lang) for p in report.introduction)
    for section in report.sections:
        heading(1, section.head.printed(lang))
        for reply in section.replies:
            if reply.heading is not None:
                heading(2, reply.heading)
            body.extend(_reply(reply, lang))
    out = [_preamble(report)]
    if report.cover is not None:
        out.append(_cover(report))
    if report.toc is not None:
        out.append(_contents(report, entries))
    return "\n\n".join(out + body) + "\n"


def _preamble(report: SyntheticReport) -> str:
    lang = report.language
    font = _FONTS.get(lang, _DEFAULT_FONT)
    text_lang = _TEXT_LANG.get(lang, f'lang: "{lang}"')
    indent = "2em" if lang == "zh" else "1.27cm"
    has_cover = "true" if report.cover is not None else "false"
    first_footer = _first_footer(report) if report.cover is not None else "none"
    return f"""
#set document(title: {_s(report.symbol)})
#set page(
  paper: "a4",
  margin: (top: 2.8cm, bottom: 3cm, x: 3.2cm),
  header: context {{
    let n = here().page()
    if not ({has_cover} and n == 1) {{
      set text(size: 9pt, weight: "bold")
      let symbol = {_s(report.running_symbol)}
      if calc.even(n) [#symbol #h(1fr)] else [#h(1fr) #symbol]
      v(-0.6em)
      line(length: 100%, stroke: 0.5pt)
    }}
  }},
  footer: context {{
    let n = here().page()
    let total = counter(page).final().first()
    if {has_cover} and n == 1 {{
      {first_footer}
    }} else {{
      set text(size: 8pt)
      line(length: 100%, stroke: 0.5pt)
      v(-0.4em)
      let job = {_s(report.footer_job)}
      let num = str(n) + "/" + str(total)
      if calc.even(n) [#num #h(1fr) #job] else [#job #h(1fr) #num]
    }}
  }},
)
#set text(font: {font}, size: 10pt, {text_lang})
#set smartquote(enabled: false)
#set par(justify: true, leading: 0.7em, spacing: 1.2em)
#set par(first-line-indent: (amount: {indent}, all: true))
#set heading(numbering: none, bookmarked: false)
#show heading: set par(justify: false)
#show heading: set text(hyphenate: false)
#show heading.where(level: 1): it => block(above: 1.8em, below: 1.2em,
  text(size: 11pt, weight: "bold", it.body))
#show heading.where(level: 2): it => block(width: 7.2cm, above: 1.6em, below: 1em,
  text(size: 10pt, weight: "bold", it.body))
"""


def _first_footer(report: SyntheticReport) -> str:
    cover = report.cover
    assert cover is not None
    notes = " ".join(f"[#{_s(note)}]" for note in cover.footnotes)
    return f"""{{
        set text(size: 8pt)
        line(length: 30%, stroke: 0.5pt)
        v(-0.5em)
        stack(spacing: 0.5em, {notes.replace("] [", "], [")})
        v(0.2em)
        grid(columns: (1fr, auto), [#{_s(report.first_footer)}], [#{_s(report.barcode)}])
      }}"""


def _cover(report: SyntheticReport) -> str:
    cover = report.cover
    assert cover is not None
    side = [cover.distribution, cover.date]
    if cover.version_name:
        side.append(cover.version_name)
    side_lines = ", ".join(_s(x) for x in side)
    addendum = f'#v(0.6em)\n#text(weight: "bold", {_s(cover.addendum)})' if cover.addendum else ""
    return f"""
#grid(columns: (1fr, auto), align: (start + bottom, end + bottom),
  text(size: 14pt, {_s(cover.organization)}),
  text(size: 18pt, weight: "bold", {_s(report.symbol)}))
#v(-0.4em)
#line(length: 100%, stroke: 0.8pt)
#v(-0.2em)
#grid(columns: (1fr, 5cm), align: (start + top, start + top),
  text(size: 16pt, weight: "bold", {_s(cover.organ)}),
  [#set text(size: 9pt, lang: "en", dir: ltr, hyphenate: false)
   #set par(justify: false, first-line-indent: 0pt)
   #for l in ({side_lines},) [#l \\ ]
   #v(0.3em)
   #{_s(cover.original)}])
#v(-0.4em)
#line(length: 100%, stroke: 2pt)
#block(above: 1.2em, below: 1.6em)[
  #set par(first-line-indent: 0pt, justify: false, spacing: 0.4em)
  #{_s(cover.session)}

  #{_s(cover.agenda_item)}

  #text(weight: "bold", {_s(cover.agenda_title)})
]
#block(width: 11cm, below: 1.2em)[
  #set par(first-line-indent: 0pt, justify: false)
  #text(size: 14pt, weight: "bold", {_c(cover.title)})
]
#text(weight: "bold", {_s(cover.report_of)})
{addendum}
#v(1.4em)
"""


def _contents(report: SyntheticReport, entries: list[tuple[int, str]]) -> str:
    """The table of contents, built by hand: typst's own outline wraps right-to-left entries
    in directional marks that make it describe Arabic glyphs with ActualText spans, which
    pdfium then extracts in the wrong order."""
    toc = report.toc
    assert toc is not None
    side = "right" if report.language == "ar" else "left"
    lines = []
    for i, (level, text) in enumerate(entries):
        entry = (
            f"#{_c(text)} #box(width: 1fr, repeat(gap: 0.25em)[.]) "
            f"#context str(locate(<toc-{i}>).page())"
        )
        lines.append(f"#pad({side}: {1.2 * (level - 1)}em)[{entry}]")
    return f"""
#block(below: 0.6em, text(size: 12pt, weight: "bold", {_s(toc.title)}))
#align(end, text(size: 8pt, {_s(toc.page_label)}))
#block[
  #set par(first-line-indent: 0pt, justify: false, spacing: 0.5em)
  {chr(10).join("  " + line + chr(10) for line in lines)}]
#pagebreak()
"""


def _reply(reply: Reply, language: str) -> list[str]:
    """The reply's tags and paragraphs (its heading is laid out by :func:`typst_source`)."""
    out: list[str] = []
    tags = [" ".join(reply.tags)] if reply.tags_on_one_line else list(reply.tags)
    out.extend(f"#par(first-line-indent: 0pt, {_c(tag)})" for tag in tags)
    out.extend(_paragraph(p, language) for p in reply.paragraphs)
    return out


def _paragraph(para: Para, language: str) -> str:
    text = _c(para.printed(language))
    if para.number is not None:
        return f"#par(first-line-indent: 0pt, {text})"
    if para.marker is not None:
        side = "right" if language == "ar" else "left"
        return f"#pad({side}: 1.27cm, par(first-line-indent: 0pt, hanging-indent: 0.8cm, {text}))"
    return f"#par({text})"
