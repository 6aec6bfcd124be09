"""DOCX: a report to edit in Word or LibreOffice, laid out by named styles.

Every paragraph carries one of the ``UN …`` paragraph styles defined here on the document's
styles part (``UN Paragraph``, ``UN Reply Heading``, ``UN Tag``…), and the runs carry no
formatting of their own beyond their language and direction: restyling a report is editing
a style. The fonts follow the version's language: Times New Roman for Latin and Cyrillic,
SimSun for Chinese (``w:lang`` eastAsia ``zh-CN``, without which Word and LibreOffice take
a Japanese face), Noto Naskh Arabic for Arabic, whose paragraphs are right to left
(``w:bidi``), whose runs are ``w:rtl`` and whose body text is not justified (LibreOffice
justifies Arabic by stretching the joins between letters). The font table names every font
the styles use, with what Word needs to substitute a missing one: SimSun's Chinese name and
GB2312 character set, and Simplified Arabic in place of Noto Naskh Arabic.

As in the UN's own Word files, the masthead sits in the first page's header and the cover
footnotes and job number in its footer; the other pages have the symbol in their header and
the job number and page number in their footer. The masthead's type sizes and rules are the
PDF's (``templates/report.typ``). :mod:`memberviews.ingest.word` reads the symbol and job
number back from there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_DIRECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
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
#: Word's Simplified Chinese serif face. Where it is missing (LibreOffice on Linux), the
#: ``zh-CN`` language of the text has fontconfig take Noto Serif CJK SC for it.
EAST_ASIAN_FONT = "SimSun"
#: The PDF's Arabic face. Word, which seldom has it, is told by the font table to use
#: Simplified Arabic instead; LibreOffice takes the installed font by its name. (For a
#: name it does not have, Simplified Arabic included, fontconfig gives DejaVu Sans.)
ARABIC_FONT = "Noto Naskh Arabic"
#: Set on every style and run, so that Chinese text anywhere is set in a Chinese face and
#: Arabic text anywhere is shaped as Arabic.
EAST_ASIAN_LANGUAGE = "zh-CN"
BIDI_LANGUAGE = "ar-SA"


@dataclass(frozen=True)
class Face:
    """A version's type: the complex-script font, the body sizes, the Latin spelling locale.

    ``justified`` is False where justified lines would be stretched at the joins between
    letters (kashida): LibreOffice does that to any justified Arabic line, and knows none of
    Word's alignments that justify without it. Such a version's paragraphs align at the
    start of the line instead.
    """

    locale: str
    complex_font: str = LATIN_FONT
    size: float = 10
    complex_size: float = 10
    justified: bool = True


FACES = {
    # Noto Naskh Arabic at the PDF's Arabic size.
    "ar": Face("en-GB", complex_font=ARABIC_FONT, complex_size=12, justified=False),
    "zh": Face("en-GB", size=10.5, complex_size=10.5),
    "en": Face("en-GB"),
    "fr": Face("fr-FR"),
    "ru": Face("ru-RU"),
    "es": Face("es-ES"),
}


@dataclass(frozen=True)
class FontEntry:
    """A font's entry in the font table (``word/fontTable.xml``): what Word falls back on
    where the font is missing. First the alternative names, in order; then a font with the
    nearest classification (PANOSE number, character set, family) covering the same
    Unicode ranges and code pages (``signature``: usb0…usb3, csb0, csb1, as hex).
    LibreOffice reads only the character set."""

    name: str
    panose: str
    charset: str
    family: str
    signature: tuple[str, str, str, str, str, str]
    alt_names: tuple[str, ...] = ()


#: The fonts the styles set text in, each described by its own OS/2 table (PANOSE number, Unicode
#: ranges, code pages): Word writes these values for Times New Roman and SimSun; Noto Naskh
#: Arabic's are read from Debian's fonts-noto-core.
FONTS = {
    entry.name: entry
    for entry in (
        FontEntry(
            LATIN_FONT,
            panose="02020603050405020304",
            charset="00",
            family="roman",
            signature=("E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000"),
        ),
        # Charset 86 is GB2312: a substitute must be a Simplified Chinese font.
        FontEntry(
            EAST_ASIAN_FONT,
            panose="02010600030101010101",
            charset="86",
            family="auto",
            signature=("00000003", "288F0000", "00000016", "00000000", "00040001", "00000000"),
            alt_names=("宋体",),
        ),
        # Charset B2 is Arabic (code page 1256).
        FontEntry(
            ARABIC_FONT,
            panose="020B0502040504020204",
            charset="B2",
            family="auto",
            signature=("80002003", "80002000", "00000008", "00000000", "00000040", "00000000"),
            alt_names=("Simplified Arabic",),
        ),
    )
}

# A4, and the text width the masthead table and the footer's tab stop span.
_PAGE = (Cm(21.0), Cm(29.7))
_MARGIN = 2.2
_TEXT_WIDTH = 21.0 - 2 * _MARGIN
_INDENT = 1.27

# The masthead, as the PDF sets it: its end column's width (cm), its type sizes (points),
# and its rules (in eighths of a point, as w:sz counts): 0.6 pt under "United Nations" and
# the symbol, 2 pt under the organ and the distribution block.
_SYMBOL_WIDTH = 6.0
_UNITED_NATIONS_SIZE = 14.0
_SYMBOL_SIZE = 18.0
_ORGAN_SIZE = 18.0
_BLOCK_SIZE = 9.0
_THIN_RULE = 5
_THICK_RULE = 16


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
    #: A size in points for all text, instead of ``size`` times the version's body sizes.
    points: float | None = None
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
    StyleSpec("UN Organization", points=_UNITED_NATIONS_SIZE, after=3),
    StyleSpec("UN Symbol", points=_SYMBOL_SIZE, bold=True, align="right", after=3),
    StyleSpec("UN Organ", points=_ORGAN_SIZE, bold=True, before=3),
    # Right to left only where the text is: the block may be in English in every version.
    StyleSpec("UN Distribution", points=_BLOCK_SIZE, after=3, direction="auto"),
    # The session, agenda item and agenda title lines stay together and with the title.
    StyleSpec("UN Cover", keep_next=True),
    StyleSpec("UN Agenda Title", bold=True, keep_next=True),
    StyleSpec(
        "UN Title",
        size=1.7,
        bold=True,
        before=12,
        after=12,
        left=_INDENT,
        right=_INDENT,
        keep_next=True,
    ),
    StyleSpec(
        "UN Subtitle", size=1.2, bold=True, after=12, left=_INDENT, right=_INDENT, keep_next=True
    ),
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


def symbol_size(symbol: str) -> float:
    """The symbol's type size in points: 18, or less for a symbol that would not fit on one
    line of the masthead's end column at 18 (``A/67/131/Add.1/Corr.1``), as in the PDF.

    The width is reckoned from Times New Roman Bold's advance widths, a tenth wider for
    the fonts that stand in for it (Noto Serif Bold is), and rounded down to a half point.
    """
    ems = 1.1 * sum(_SYMBOL_ADVANCES.get(c, 0.72 if c.isupper() else 0.5) for c in symbol)
    width = ems * _SYMBOL_SIZE / 72 * 2.54
    if width <= _SYMBOL_WIDTH:
        return _SYMBOL_SIZE
    return math.floor(_SYMBOL_SIZE * _SYMBOL_WIDTH / width * 0.98 * 2) / 2


#: Times New Roman Bold's advance widths (em) of the characters of symbols that are not as
#: wide as a digit (0.5) or a capital (0.72 for most).
_SYMBOL_ADVANCES = {
    **dict.fromkeys("/il", 0.278),
    ".": 0.25,
    **dict.fromkeys("-fjt", 0.333),
    "s": 0.389,
    "I": 0.389,
    **dict.fromkeys("cer", 0.444),
    **dict.fromkeys("bdhknpqu", 0.556),
    "m": 0.833,
    "M": 0.944,
    "W": 1.0,
}


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
        self._add_styles(symbol_size(cover.symbol))
        self._set_font_table()
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
        """The masthead as the PDF has it, a table of two rows: "United Nations" and the
        symbol over a thin rule, then the organ beside the distribution block (a paragraph
        to a line), over a thick rule. The text starts and ends at the margins."""
        table = header.add_table(rows=2, cols=2, width=Cm(_TEXT_WIDTH))
        if self.language.is_rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL
        # The rule between the rows is the thin one, the table's bottom border the thick one.
        rule = 'w:val="single" w:space="0" w:color="auto"'
        borders = parse_xml(
            f'<w:tblBorders {nsdecls("w")}><w:bottom {rule} w:sz="{_THICK_RULE}"/>'
            f'<w:insideH {rule} w:sz="{_THIN_RULE}"/></w:tblBorders>'
        )
        margins = parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/>'
            '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        )
        properties = table._tbl.tblPr
        properties.insert_element_before(
            borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"
        )
        properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
        widths = (Cm(_TEXT_WIDTH - _SYMBOL_WIDTH), Cm(_SYMBOL_WIDTH))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
        (united_nations, symbol), (organ, block) = (row.cells for row in table.rows)
        # "United Nations" and the symbol stand on the thin rule.
        for cell in (united_nations, symbol):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        self.paragraph(united_nations, cover.united_nations, "UN Organization")
        self.paragraph(symbol, cover.symbol, "UN Symbol")
        self.paragraph(organ, cover.organ, "UN Organ")
        for line in cover.block:
            self.paragraph(block, line, "UN Distribution")
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

    def _run_properties(
        self, scale: float = 1.0, *, bold: bool = False, points: float | None = None
    ) -> str:
        """The fonts, weight, sizes and languages of a style (or of the defaults), as XML:
        ``scale`` times the version's body sizes, or ``points`` for all text."""
        face = self.face
        size = points if points is not None else face.size * scale
        complex_size = points if points is not None else face.complex_size * scale
        return (
            f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"'
            f' w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{face.complex_font}"/>'
            + ("<w:b/><w:bCs/>" if bold else "")
            + f'<w:sz w:val="{round(size * 2)}"/>'
            + f'<w:szCs w:val="{round(complex_size * 2)}"/>'
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

    def _set_font_table(self) -> None:
        """Rewrites the template's font table, which lists Japanese fonts and none of ours,
        to list the fonts the styles name: ours with what a substitute must be, the
        template's own (Courier, of its Macro Text style) as the template has them."""
        font_table = self.docx.part.part_related_by(RT.FONT_TABLE)
        table = parse_xml(font_table.blob)
        template = {font.get(qn("w:name")): font for font in table.iterchildren(qn("w:font"))}
        for font in template.values():
            table.remove(font)
        named = dict.fromkeys(
            name
            for fonts in self.docx.styles.element.iter(qn("w:rFonts"))
            for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
            if (name := fonts.get(qn(script)))
        )
        for name in named:
            if name in FONTS:
                table.append(_font_element(FONTS[name]))
            elif name in template:
                table.append(template[name])
        # A plain part of the template: python-docx keeps its XML as bytes.
        font_table._blob = serialize_part_xml(table)

    def _add_styles(self, symbol_points: float) -> None:
        styles = self.docx.styles.element
        for spec in STYLES:
            if spec.name == "UN Symbol":
                spec = replace(spec, points=symbol_points)
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
        align = spec.align
        if align == "both" and not self.face.justified:
            align = None  # the start of the line, which a right-to-left paragraph mirrors
        if align:
            ppr.append(f'<w:jc w:val="{align}"/>')
        if spec.outline_level is not None:
            ppr.append(f'<w:outlineLvl w:val="{spec.outline_level}"/>')
        rpr = self._run_properties(spec.size, bold=spec.bold, points=spec.points)
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


def _font_element(font: FontEntry) -> Any:
    """A font table's ``w:font`` element for ``font``, its children in the schema's order."""
    usb0, usb1, usb2, usb3, csb0, csb1 = font.signature
    alt = f'<w:altName w:val="{",".join(font.alt_names)}"/>' if font.alt_names else ""
    return parse_xml(
        f'<w:font {nsdecls("w")} w:name="{font.name}">{alt}'
        f'<w:panose1 w:val="{font.panose}"/><w:charset w:val="{font.charset}"/>'
        f'<w:family w:val="{font.family}"/><w:pitch w:val="variable"/>'
        f'<w:sig w:usb0="{usb0}" w:usb1="{usb1}" w:usb2="{usb2}" w:usb3="{usb3}"'
        f' w:csb0="{csb0}" w:csb1="{csb1}"/></w:font>'
    )
