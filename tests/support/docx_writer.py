"""A synthetic report as a DOCX, the way the UN's Word files carry one.

The masthead (organization, symbol, organ, distribution, date, original) is in the first
page's header and the cover footnotes, first footer and barcode in its footer, as UN templates
put them; every other page has the symbol in its header and the job number with version
letter and a PAGE field in its footer: none of that is in the body. The body holds real
paragraphs: section headings in ``Heading 1``, State headings in ``Heading 2``, tags and text
in ``Normal``; paragraph numbers and list markers are typed, followed by a tab (``1.\\t``,
``(a)\\t``). Arabic paragraphs are right to left (``w:bidi``, runs ``w:rtl``, ``ar-SA``);
Chinese runs are marked ``zh-CN`` with an East Asian font, so Word does not fall back to a
Japanese face.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from support.layout import build_blocks
from support.specimen import PARAGRAPH_NUMBER, Para, SyntheticReport

_LOCALE = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES"}
_FONT = {"ar": "Simplified Arabic", "zh": "SimSun", "ru": "Times New Roman"}
_PPR_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def write_docx(report: SyntheticReport, path: Path) -> Path:
    """Writes ``report`` as a DOCX at ``path``; returns ``path``."""
    document = new_document()
    writer = _Writer(document, report.language)
    writer.set_defaults()
    writer.furniture(report)
    if report.cover is not None:
        writer.cover(report)
    if report.toc is not None:
        writer.contents(report)
    lang = report.language
    writer.paragraph(report.introduction_head.printed(lang), style="Heading 1")
    for para in report.introduction:
        writer.text(para)
    for section in report.sections:
        writer.paragraph(section.head.printed(lang), style="Heading 1")
        for reply in section.replies:
            if reply.heading is not None:
                writer.paragraph(reply.heading, style="Heading 2")
            tags = [" ".join(reply.tags)] if reply.tags_on_one_line else list(reply.tags)
            for tag in tags:
                writer.paragraph(tag)
            for para in reply.paragraphs:
                writer.text(para)
    document.save(str(path))
    return path


class _Writer:
    def __init__(self, document: Any, language: str) -> None:
        self.document = document
        self.language = language

    def set_defaults(self) -> None:
        styles = self.document.styles
        r_pr = styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
        self._mark_run_properties(r_pr, latin=True)
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        normal.font.name = _FONT.get(self.language, "Times New Roman")
        normal.paragraph_format.space_after = Pt(6)
        for name in ("TOC 1", "TOC 2"):
            if name not in [s.name for s in styles]:
                styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = normal

    def furniture(self, report: SyntheticReport) -> None:
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        self.paragraph(report.running_symbol, container=section.header, bold=True, latin=True)
        footer = self.paragraph(report.footer_job + "\t", container=section.footer, latin=True)
        _add_page_field(footer)
        if report.cover is None:
            return
        cover = report.cover
        section.different_first_page_header_footer = True
        head = section.first_page_header
        self.paragraph(f"{cover.organization}\t{report.symbol}", container=head, bold=True)
        self.paragraph(f"{cover.organ}\t{cover.distribution}", container=head, bold=True)
        self.paragraph(cover.date, container=head, latin=True)
        if cover.version_name:
            self.paragraph(cover.version_name, container=head, latin=True)
        self.paragraph(cover.original, container=head, latin=True)
        foot = section.first_page_footer
        for note in cover.footnotes:
            self.paragraph(note, container=foot, latin=True)
        self.paragraph(report.first_footer, container=foot, latin=True)
        self.paragraph(report.barcode, container=foot, latin=True)

    def cover(self, report: SyntheticReport) -> None:
        cover = report.cover
        assert cover is not None
        self.paragraph(cover.session)
        self.paragraph(cover.agenda_item)
        self.paragraph(cover.agenda_title, bold=True)
        self.paragraph(cover.title, bold=True, size=14)
        self.paragraph(cover.report_of, bold=True)
        if cover.addendum:
            self.paragraph(cover.addendum, bold=True)

    def contents(self, report: SyntheticReport) -> None:
        toc = report.toc
        assert toc is not None
        lang = report.language
        pages = {
            b.target: b.pages[0] for b in build_blocks(report, "acrobat", seed="text") if b.target
        }
        self.paragraph(toc.title, bold=True, size=12)
        label = self.paragraph(toc.page_label)
        label.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        entries = [(1, report.introduction_head.printed(lang))]
        for section in report.sections:
            entries.append((1, section.head.printed(lang)))
            entries.extend((2, r.heading) for r in section.replies if r.heading is not None)
        for level, text in entries:
            entry = self.paragraph(f"{text}\t{pages.get(text, 0)}", style=f"TOC {level}")
            entry.paragraph_format.tab_stops.add_tab_stop(
                Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
        self.paragraph("").add_run().add_break(WD_BREAK.PAGE)

    def text(self, para: Para) -> None:
        if para.number is not None:
            number = PARAGRAPH_NUMBER.get(self.language, "{n}. ").format(n=para.number)
            p = self.paragraph(f"{number.rstrip()}\t{para.text}", justify=True)
        elif para.marker is not None:
            p = self.paragraph(f"{para.marker}\t{para.text}", justify=True)
            p.paragraph_format.left_indent = Cm(2.0)
            p.paragraph_format.first_line_indent = Cm(-0.75)
        else:
            p = self.paragraph(para.text, justify=True)
            p.paragraph_format.first_line_indent = Cm(1.27)

    def paragraph(
        self,
        text: str,
        *,
        style: str | None = None,
        container: Any = None,
        bold: bool = False,
        size: int | None = None,
        justify: bool = False,
        latin: bool = False,
    ) -> Any:
        """Adds a paragraph with one run holding ``text``, marked with the version's language
        (``latin`` keeps header and footer lines such as the symbol left to right)."""
        if container is None:
            p = self.document.add_paragraph(style=style)
        else:
            p = container.paragraphs[0] if not container.paragraphs[0].text else None
            p = p if p is not None else container.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if self.language == "ar" and not latin:
            p_pr = p._p.get_or_add_pPr()
            p_pr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
        self._mark_run_properties(run._r.get_or_add_rPr(), latin=latin)
        return p

    def _mark_run_properties(self, r_pr: Any, *, latin: bool = False) -> None:
        language = self.language
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            r_pr.insert(0, fonts)
        lang = OxmlElement("w:lang")
        if language == "ar":
            fonts.set(qn("w:cs"), _FONT["ar"])
            if not latin:
                r_pr.insert_element_before(OxmlElement("w:rtl"), "w:cs", "w:em", "w:lang")
            lang.set(qn("w:bidi"), _LOCALE["ar"])
        elif language == "zh":
            fonts.set(qn("w:eastAsia"), _FONT["zh"])
            lang.set(qn("w:eastAsia"), _LOCALE["zh"])
        lang.set(
            qn("w:val"), _LOCALE["en"] if latin or language in ("ar", "zh") else _LOCALE[language]
        )
        existing = r_pr.find(qn("w:lang"))
        if existing is not None:
            r_pr.remove(existing)
        r_pr.insert_element_before(lang, *_RPR_AFTER_LANG)


def _add_page_field(paragraph: Any) -> None:
    """Appends a PAGE field (the page number Word fills in) to ``paragraph``."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
