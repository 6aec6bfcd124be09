"""DOCX: a report to edit in Word or LibreOffice, laid out by named styles.

Every paragraph carries one of the ``UN …`` paragraph styles defined here on the document's
styles part (``UN Paragraph``, ``UN Reply Heading``, ``UN Tag``…), and the runs carry no
formatting of their own beyond their language and direction: restyling a report is editing
a style. The fonts follow the version's language: Times New Roman for Latin and Cyrillic,
SimSun for Chinese (``w:lang`` eastAsia ``zh-CN``, without which Word and LibreOffice take
a Japanese face), Simplified Arabic for Arabic, whose paragraphs are right to left
(``w:bidi``) and whose runs are ``w:rtl``.

As in the UN's own Word files, the masthead sits in the first page's header and the cover
footnotes and job number in its footer; the other pages have the symbol in their header and
the job number and page number in their footer. :mod:`memberviews.ingest.word` reads the
symbol and job number back from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.enum.table import WD_TABLE_DIRECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from memberviews.core.languages import Language
from memberviews.core.model import Document
from memberviews.core.scripts import has_right_to_left
from memberviews.render.common import (
    Masthead,
    Paragraph,
    PrintedReply,
    language_of,
    printed,
    xml_text,
)

LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "SimSun"
#: Set on every style and run, so that Chinese text anywhere is set in a Chinese face and
#: Arabic text anywhere is shaped as Arabic.
EAST_ASIAN_LANGUAGE = "zh-CN"
BIDI_LANGUAGE = "ar-SA"


@dataclass(frozen=True)
class Face:
    """A version's type: the complex-script font, the body sizes, the Latin spelling locale."""

    locale: str
    complex_font: str = LATIN_FONT
    size: float = 10
    complex_size: float = 10


FACES = {
    "ar": Face("en-GB", complex_font="Simplified Arabic", complex_size=14),
    "zh": Face("en-GB", size=10.5, complex_size=10.5),
    "en": Face("en-GB"),
    "fr": Face("fr-FR"),
    "ru": Face("ru-RU"),
    "es": Face("es-ES"),
}

# A4, and the text width the masthead table and the footer's tab stop span.
_PAGE = (Cm(21.0), Cm(29.7))
_MARGIN = 2.2
_TEXT_WIDTH = 21.0 - 2 * _MARGIN
_INDENT = 1.27


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style, written for left-to-right text.

    In a right-to-left version Word and LibreOffice read ``left`` indents and ``right``
    alignment as the start and end sides, so the same style mirrors. ``direction`` is
    ``"version"`` (the version's), ``"ltr"`` (lines holding only a symbol or a job number)
    or ``"auto"`` (right to left only where the text has right-to-left letters: a cover
    footnote "* A/67/150." reads left to right even in Arabic).
    """

    name: str
    size: float = 1.0
    bold: bool = False
    align: str | None = None
    left: float = 0.0
    right: float = 0.0
    hanging: float = 0.0
    before: float = 0.0
    after: float = 0.0
    keep_next: bool = False
    outline_level: int | None = None
    tab: tuple[str, float] | None = None
    rule_below: bool = False
    direction: str = "version"


STYLES = (
    StyleSpec("UN Masthead", size=1.5, bold=True),
    StyleSpec("UN Symbol", size=2.0, bold=True, align="right"),
    StyleSpec("UN Distribution", after=1),
    StyleSpec("UN Cover", after=2),
    StyleSpec("UN Agenda Title", bold=True, before=12, left=_INDENT, right=_INDENT),
    StyleSpec("UN Title", size=1.7, bold=True, before=12, after=12, left=_INDENT, right=_INDENT),
    StyleSpec("UN Subtitle", size=1.2, bold=True, after=12, left=_INDENT, right=_INDENT),
    StyleSpec(
        "UN Section Heading",
        size=1.3,
        bold=True,
        before=12,
        after=6,
        right=_INDENT,
        keep_next=True,
        outline_level=0,
    ),
    StyleSpec(
        "UN Reply Heading",
        bold=True,
        before=12,
        after=3,
        left=_INDENT,
        right=_INDENT,
        keep_next=True,
        outline_level=1,
    ),
    StyleSpec("UN Tag", align="right", right=_INDENT, after=2, keep_next=True),
    StyleSpec("UN Paragraph", align="both", left=_INDENT, right=_INDENT, after=6),
    StyleSpec(
        "UN Numbered Paragraph",
        align="both",
        left=_INDENT,
        right=_INDENT,
        after=6,
        tab=("left", 1.9),
    ),
    StyleSpec("UN List Item", align="both", left=2.54, right=_INDENT, hanging=0.64, after=6),
    StyleSpec("UN Footnote", size=0.85, after=2, direction="auto"),
    StyleSpec("UN Header", bold=True, rule_below=True, direction="ltr"),
    StyleSpec("UN Footer", size=0.85, tab=("right", _TEXT_WIDTH), direction="ltr"),
)

# Children of w:pPr that come after w:bidi, and of w:sectPr after its w:bidi (schema order).
_PPR_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def render_docx(document: Document, out: Path) -> None:
    """Writes the document as a DOCX at ``out``; RenderError when it has no language."""
    language = language_of(document)
    writer = _Writer(language, FACES[language.code])
    writer.write(document)
    writer.docx.save(str(out))


def style_id(name: str) -> str:
    """``UN Reply Heading`` → ``UNReplyHeading``, the id Word would give the style."""
    return name.replace(" ", "")


class _Writer:
    def __init__(self, language: Language, face: Face) -> None:
        self.language = language
        self.face = face
        self.docx: Any = new_document()

    def write(self, document: Document) -> None:
        page = printed(document)
        cover = page.masthead
        self._set_defaults()
        self._add_styles()
        self._set_properties(document, cover)
        self._furniture(cover, page.footer)
        body = self.docx
        for text, style in (
            (cover.session, "UN Cover"),
            (cover.agenda, "UN Cover"),
            (cover.agenda_title, "UN Agenda Title"),
            (cover.title, "UN Title"),
            (cover.report_of, "UN Subtitle"),
            (cover.addendum, "UN Subtitle"),
            (cover.corrigendum, "UN Subtitle"),
        ):
            if text:
                self.paragraph(body, text, style)
        for paragraph in page.body:
            self._paragraph(paragraph)
        for part in page.sections:
            if part.heading is not None:
                self.paragraph(body, part.heading, "UN Section Heading")
            for paragraph in part.paragraphs:
                self._paragraph(paragraph)
            for reply in part.replies:
                self._reply(reply)

    def _reply(self, reply: PrintedReply) -> None:
        body = self.docx
        self.paragraph(body, reply.heading, "UN Reply Heading")
        for tag in reply.tags:
            self.paragraph(body, tag.text, "UN Tag")
        for paragraph in reply.paragraphs:
            self._paragraph(paragraph)

    def _paragraph(self, paragraph: Paragraph) -> None:
        """A paragraph of text: numbered, a list item, or plain."""
        body = self.docx
        if paragraph.number is not None:
            self.paragraph(body, f"{paragraph.number}\t{paragraph.text}", "UN Numbered Paragraph")
        elif paragraph.marker is not None:
            # The reader joins the tab back into one space: the text round-trips.
            self.paragraph(body, f"{paragraph.marker}\t{paragraph.rest}", "UN List Item")
        else:
            self.paragraph(body, paragraph.text, "UN Paragraph")

    # Page furniture ----------------------------------------------------------------------

    def _furniture(self, cover: Masthead, job: str | None) -> None:
        section = self.docx.sections[0]
        section.page_width, section.page_height = _PAGE
        section.left_margin = section.right_margin = Cm(_MARGIN)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.header_distance = section.footer_distance = Cm(1.27)
        section.different_first_page_header_footer = True
        if self.language.is_rtl:
            sect_pr = section._sectPr
            sect_pr.insert_element_before(OxmlElement("w:bidi"), *_SECTPR_AFTER_BIDI)
        self._masthead(section.first_page_header, cover)
        first_footer = section.first_page_footer
        for note in cover.footnotes:
            self.paragraph(first_footer, note, "UN Footnote")
        if job:
            self.paragraph(first_footer, job, "UN Footer")
        if cover.symbol:
            self.paragraph(section.header, cover.symbol, "UN Header")
        running = self.paragraph(section.footer, f"{job}\t" if job else "\t", "UN Footer")
        page = OxmlElement("w:fldSimple")
        page.set(qn("w:instr"), "PAGE")
        running._p.append(page)
        page.append(self._run_element("1"))

    def _masthead(self, header: Any, cover: Masthead) -> None:
        """The masthead as a table: organization and organ at the start, the symbol and
        the distribution, date and originals lines at the end, one line to a cell."""
        dated = (cover.date, cover.original)
        rows = [
            ((cover.united_nations, "UN Masthead"), (cover.symbol, "UN Symbol")),
            ((cover.organ, "UN Masthead"), (cover.distribution, "UN Distribution")),
        ]
        rows.extend((("", "UN Distribution"), (line, "UN Distribution")) for line in dated if line)
        table = header.add_table(rows=len(rows), cols=2, width=Cm(_TEXT_WIDTH))
        if self.language.is_rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL
        borders = parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="18" w:space="0" w:color="auto"/></w:tblBorders>'
        )
        table._tbl.tblPr.insert_element_before(
            borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"
        )
        widths = (Cm(_TEXT_WIDTH - 7.0), Cm(7.0))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, width, (text, style) in zip(row.cells, widths, cells, strict=True):
                cell.width = width
                self._fill(cell.paragraphs[0], text, style)
        # A header ends with a paragraph; the one python-docx made goes below the table.
        spacer = header.paragraphs[0]
        table._tbl.addnext(spacer._p)
        self._fill(spacer, "", "UN Distribution")

    # Paragraphs and runs -----------------------------------------------------------------

    def paragraph(self, container: Any, text: str, style: str) -> Any:
        """Adds a paragraph in ``style`` holding ``text`` to a body, cell, header or footer.

        A new cell, header or footer comes with one empty paragraph: that one is filled first.
        """
        paragraphs = container.paragraphs
        fresh = len(paragraphs) == 1 and not paragraphs[0].runs
        return self._fill(paragraphs[0] if fresh else container.add_paragraph(), text, style)

    def _fill(self, p: Any, text: str, style: str) -> Any:
        p.style = self.docx.styles[style]
        spec = _SPECS[style]
        if self._right_to_left(spec, text):
            p._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
        if text:
            p._p.append(self._run_element(text))
        return p

    def _right_to_left(self, spec: StyleSpec, text: str) -> bool:
        if not self.language.is_rtl or spec.direction == "ltr":
            return False
        return spec.direction == "version" or has_right_to_left(text)

    def _run_element(self, text: str) -> Any:
        run = OxmlElement("w:r")
        r_pr = OxmlElement("w:rPr")
        if self.language.is_rtl and has_right_to_left(text):
            r_pr.append(OxmlElement("w:rtl"))
        r_pr.append(self._lang())
        run.append(r_pr)
        for i, piece in enumerate(xml_text(text).split("\t")):
            if i:
                run.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:t")
                t.text = piece
                t.set(qn("xml:space"), "preserve")
                run.append(t)
        return run

    def _lang(self) -> Any:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), self.face.locale)
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
        lang.set(qn("w:bidi"), BIDI_LANGUAGE)
        return lang

    # Styles and document settings -------------------------------------------------------

    def _run_properties(self, scale: float = 1.0, *, bold: bool = False) -> str:
        """The fonts, weight, sizes and languages of a style (or of the defaults), as XML."""
        face = self.face
        return (
            f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"'
            f' w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{face.complex_font}"/>'
            + ("<w:b/><w:bCs/>" if bold else "")
            + f'<w:sz w:val="{round(face.size * scale * 2)}"/>'
            + f'<w:szCs w:val="{round(face.complex_size * scale * 2)}"/>'
            + f'<w:lang w:val="{face.locale}" w:eastAsia="{EAST_ASIAN_LANGUAGE}"'
            f' w:bidi="{BIDI_LANGUAGE}"/>'
        )

    def _set_defaults(self) -> None:
        styles = self.docx.styles.element
        for old, new in (
            (
                "w:docDefaults/w:rPrDefault/w:rPr",
                f"<w:rPr {nsdecls('w')}>{self._run_properties()}</w:rPr>",
            ),
            ("w:docDefaults/w:pPrDefault/w:pPr", f"<w:pPr {nsdecls('w')}/>"),
        ):
            element = styles.xpath(old)[0]
            element.getparent().replace(element, parse_xml(new))
        # The template's theme fonts follow this: a Japanese East Asian default would
        # otherwise set Chinese in a Japanese face.
        theme = self.docx.settings.element.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), self.face.locale)
            theme.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
            theme.set(qn("w:bidi"), BIDI_LANGUAGE)

    def _add_styles(self) -> None:
        styles = self.docx.styles.element
        for spec in STYLES:
            styles.append(self._style(spec))

    def _style(self, spec: StyleSpec) -> Any:
        ppr = []
        if spec.keep_next:
            ppr.append("<w:keepNext/>")
        if spec.rule_below:
            ppr.append(
                '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
            )
        if spec.tab:
            ppr.append(
                f'<w:tabs><w:tab w:val="{spec.tab[0]}" w:pos="{_twips(spec.tab[1])}"/></w:tabs>'
            )
        if self.language.is_rtl and spec.direction == "version":
            ppr.append("<w:bidi/>")
        ppr.append(
            f'<w:spacing w:before="{round(spec.before * 20)}" w:after="{round(spec.after * 20)}"'
            ' w:line="240" w:lineRule="auto"/>'
        )
        indent = f'w:left="{_twips(spec.left)}" w:right="{_twips(spec.right)}"'
        if spec.hanging:
            indent += f' w:hanging="{_twips(spec.hanging)}"'
        ppr.append(f"<w:ind {indent}/>")
        if spec.align:
            ppr.append(f'<w:jc w:val="{spec.align}"/>')
        if spec.outline_level is not None:
            ppr.append(f'<w:outlineLvl w:val="{spec.outline_level}"/>')
        rpr = self._run_properties(spec.size, bold=spec.bold)
        ident = style_id(spec.name)
        return parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{ident}">'
            f'<w:name w:val="{spec.name}"/><w:basedOn w:val="Normal"/>'
            f'<w:next w:val="{ident}"/><w:qFormat/>'
            f"<w:pPr>{''.join(ppr)}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    def _set_properties(self, document: Document, cover: Masthead) -> None:
        properties = self.docx.core_properties
        properties.title = cover.title or cover.symbol
        properties.subject = cover.report_of
        properties.identifier = cover.symbol
        properties.language = self.language.bcp47
        properties.author = cover.united_nations
        properties.last_modified_by = cover.united_nations
        properties.comments = ""
        properties.keywords = ""
        # The template's preview picture shows an empty page: a file manager would show it.
        package_rels = self.docx.part.package.rels
        for rid, rel in list(package_rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del package_rels[rid]
        if document.date is not None:
            # The document's own date, so that rendering one document twice gives one file.
            properties.created = properties.modified = datetime.combine(
                document.date, time(tzinfo=UTC)
            )


_SPECS = {spec.name: spec for spec in STYLES}


def _twips(centimetres: float) -> int:
    return round(centimetres / 2.54 * 1440)
