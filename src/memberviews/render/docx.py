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
number back from there. The first page's footer also has the marks: the job number with its
dates and the Code 39 barcode, a PNG drawn here, with its text under it. A draft has its word
on a line of every header and, behind the text of every page, as a watermark.

Where a report has a table of contents, each line's page number is a ``PAGEREF`` field to
a hidden bookmark on the heading it names (``_mv_section_2``, ``_mv_reply_3``, after the
anchors every format shares); Word updates the fields on opening the file, LibreOffice when
it lays the pages out. Italics and raised text (the French ``1er``) are the character
styles ``UN Italic`` and ``UN Superscript``; Chinese quotation marks, dashes and ellipses take
``UN CJK Punctuation``, which sets them in the Chinese face, full width.

Hyphenation stays off, as the template has it: no syllable stands alone on a last line.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

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
    ITALIC,
    SUPERSCRIPT,
    ContentsEntry,
    Marks,
    Masthead,
    Paragraph,
    Printed,
    PrintedReply,
    Run,
    language_of,
    printed,
    reply_target,
    section_target,
    xml_text,
)
from memberviews.render.errors import RenderError

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
#: Where the text of a numbered paragraph starts, after its number.
_NUMBERED_TEXT = 1.9

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

# The first page's marks: the barcode's size (cm; its bars, without the quiet zones, which
# the white around it gives), and where the dates stand after the job number.
_BARCODE_WIDTH = 3.5
_BARCODE_HEIGHT = 0.8
_DATES_AT = 3.0
#: The barcode image's pixels for one narrow bar: 2 keeps it under 300 dpi, where
#: LibreOffice's PDF export would resample it.
_BARCODE_PIXELS = 2
#: The emblem's height beside the organ (cm).
_EMBLEM_HEIGHT = 1.0
#: The rule that ends the report: its length (cm), centred.
_END_RULE = 3.5
#: The draft's running line, in grey; and its watermark behind the text (silver, half
#: transparent): its height in points, at most its length, and the length of a character
#: for a height of 1 (Word stretches the word to its box; LibreOffice keeps its proportions).
_DRAFT_COLOR = "808080"
_WATERMARK_HEIGHT = 110.0
_WATERMARK_LENGTH = 520.0
_WATERMARK_CHARACTER = {"chinese": 1.0, "arabic": 0.45, "other": 0.65}
#: Where the page numbers of the table of contents stand: at the right margin, after dots.
_CONTENTS_NUMBER = 1.27


@dataclass(frozen=True)
class Tab:
    """A tab stop: ``left`` or ``right``, its place from the start of the line (cm), and
    the leader that fills the room before it (``dot``), if any."""

    align: str
    position: float
    leader: str | None = None


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
    #: The text's colour (``808080``), black when None.
    color: str | None = None
    align: str | None = None
    left: float = 0.0
    right: float = 0.0
    hanging: float = 0.0
    before: float = 0.0
    after: float = 0.0
    keep_next: bool = False
    outline_level: int | None = None
    tabs: tuple[Tab, ...] = ()
    rule_below: bool = False
    rule_above: bool = False
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
        tabs=(Tab("left", _NUMBERED_TEXT),),
    ),
    StyleSpec("UN List Item", align="both", left=2.54, right=_INDENT, hanging=0.64, after=6),
    # A corrigendum's "For … read …", under the text of its numbered item.
    StyleSpec("UN Correction", align="both", left=_NUMBERED_TEXT, right=_INDENT, after=6),
    # The table of contents: its title, the page column's head, a line per section (its
    # number in the hanging indent) and per reply, the page numbers after dot leaders.
    StyleSpec("UN Contents Title", size=1.3, bold=True, before=12, after=6, keep_next=True),
    StyleSpec("UN Contents Page", size=0.85, align="right", after=3, keep_next=True),
    StyleSpec(
        "UN Contents 1",
        left=_INDENT,
        right=_CONTENTS_NUMBER,
        hanging=_INDENT,
        after=3,
        tabs=(Tab("left", _INDENT), Tab("right", _TEXT_WIDTH, "dot")),
    ),
    StyleSpec(
        "UN Contents 2",
        left=2 * _INDENT,
        right=_CONTENTS_NUMBER,
        after=3,
        tabs=(Tab("right", _TEXT_WIDTH, "dot"),),
    ),
    # The short rule that ends the report, centred: a paragraph as wide as the rule.
    StyleSpec(
        "UN End Rule",
        points=6,
        before=24,
        left=(_TEXT_WIDTH - _END_RULE) / 2,
        right=(_TEXT_WIDTH - _END_RULE) / 2,
        rule_above=True,
    ),
    # A footnote takes the version's direction whatever its first letter: an Arabic
    # "* A/67/50." stands at the right like the Arabic text around it.
    StyleSpec("UN Footnote", size=0.85, after=2),
    StyleSpec("UN Header", bold=True, rule_below=True, direction="ltr"),
    StyleSpec("UN Footer", size=0.85, tabs=(Tab("right", _TEXT_WIDTH),), direction="ltr"),
    # The draft's word, on a line of its own at the top of every header.
    StyleSpec("UN Draft", bold=True, color=_DRAFT_COLOR, align="center", after=3),
    # The first page's marks: the job number and dates, the barcode at the right margin
    # (both in a table's cells), its text centred under it.
    StyleSpec("UN Marks", size=0.85, tabs=(Tab("left", _DATES_AT),), direction="ltr"),
    StyleSpec("UN Barcode", size=0.85, align="center", before=6, direction="ltr"),
    StyleSpec(
        "UN Barcode Text",
        size=0.85,
        align="center",
        left=_TEXT_WIDTH - _BARCODE_WIDTH,
        direction="ltr",
    ),
)


@dataclass(frozen=True)
class CharacterStyle:
    """A character style: what it sets (``w:rPr`` children, in the schema's order)."""

    name: str
    properties: str


#: The character styles of styled runs (see :class:`memberviews.render.common.Run`), by
#: the run's style, and the Chinese punctuation's (see :data:`CJK_PUNCTUATION`).
CHARACTER_STYLES = {
    ITALIC: CharacterStyle("UN Italic", "<w:i/><w:iCs/>"),
    SUPERSCRIPT: CharacterStyle("UN Superscript", '<w:vertAlign w:val="superscript"/>'),
    # Word takes these from the East Asian font only when told (the hint); LibreOffice,
    # which reads no hint, takes them from the font each script names here, for the
    # Chinese language the run is marked with (see _run_element).
    "cjk": CharacterStyle(
        "UN CJK Punctuation",
        f'<w:rFonts w:ascii="{EAST_ASIAN_FONT}" w:hAnsi="{EAST_ASIAN_FONT}"'
        f' w:eastAsia="{EAST_ASIAN_FONT}" w:hint="eastAsia"/>',
    ),
}
#: The punctuation Chinese sets full width that Unicode shares with Latin text: the em dash,
#: the quotation marks and the ellipsis.
CJK_PUNCTUATION = re.compile("[\u2014\u2018\u2019\u201c\u201d\u2026]+")

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
        # Bookmark ids, and the ids of drawings and shapes, unique across the file's parts.
        self._bookmarks = 0
        self._drawings = 1000

    def write(self, document: Document) -> None:
        page = printed(document)
        if page.emblem is not None and page.emblem.suffix.lower() != ".png":
            raise RenderError(
                f"the DOCX needs the emblem as a PNG file: {page.emblem.name} is not one"
                " (MEMBERVIEWS_EMBLEM)"
            )
        cover = page.masthead
        self._set_defaults()
        self._add_styles(symbol_size(cover.symbol))
        self._set_font_table()
        self._set_properties(document, cover)
        self._furniture(page)
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
        if page.contents:
            self._contents(page)
            self._update_fields_on_opening()
        for paragraph in page.body:
            self._paragraph(paragraph)
        for i, part in enumerate(page.sections, start=1):
            if part.heading is not None:
                heading = self.paragraph(body, part.heading, "UN Section Heading")
                self._bookmark(heading, section_target(i))
            for paragraph in part.paragraphs:
                self._paragraph(paragraph)
            for reply in part.replies:
                self._reply(reply)
        self.paragraph(body, "", "UN End Rule")

    def _reply(self, reply: PrintedReply) -> None:
        body = self.docx
        heading = self.paragraph(body, reply.heading, "UN Reply Heading")
        self._bookmark(heading, reply_target(reply.index))
        for tag in reply.tags:
            self.paragraph(body, tag.runs or (Run(tag.text),), "UN Tag")
        for paragraph in reply.paragraphs:
            self._paragraph(paragraph)

    def _paragraph(self, paragraph: Paragraph) -> None:
        """A paragraph of text: numbered, a list item, a correction line, or plain; its runs
        styled (italics, raised text)."""
        body = self.docx
        runs = paragraph.runs or (Run(paragraph.rest),)
        if paragraph.number is not None:
            self.paragraph(body, (Run(f"{paragraph.number}\t"), *runs), "UN Numbered Paragraph")
        elif paragraph.marker is not None:
            # The reader joins the tab back into one space: the text round-trips.
            self.paragraph(body, (Run(f"{paragraph.marker}\t"), *runs), "UN List Item")
        elif paragraph.correction:
            self.paragraph(body, runs, "UN Correction")
        else:
            self.paragraph(body, runs, "UN Paragraph")

    # The table of contents -----------------------------------------------------------------

    def _contents(self, page: Printed) -> None:
        """The title, the page column's head, and a line per section and reply, each ending in
        its page number: a field that looks up the page of the heading's bookmark. Replies
        under no section heading are listed as sections are."""
        body = self.docx
        self.paragraph(body, page.contents_title, "UN Contents Title")
        self.paragraph(body, page.contents_page, "UN Contents Page")
        loose = {
            reply_target(r.index) for s in page.sections if s.heading is None for r in s.replies
        }
        for entry in page.contents:
            if entry.level == 1 or entry.target in loose:
                text = f"{entry.number or ''}\t{entry.title}\t"
                line = self.paragraph(body, text, "UN Contents 1")
            else:
                line = self.paragraph(body, f"{entry.title}\t", "UN Contents 2")
            line._p.append(self._page_reference(entry))

    def _page_reference(self, entry: ContentsEntry) -> Any:
        """``PAGEREF`` to the entry's bookmark, a hyperlink in Word (``\\h``); its result, until
        a program updates it, is page 1."""
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), f" PAGEREF {bookmark_name(entry.target)} \\h ")
        field.append(self._run_element("1"))
        return field

    def _bookmark(self, paragraph: Any, target: str) -> None:
        """Puts the paragraph's text between the start and end of a bookmark named after
        ``target``."""
        self._bookmarks += 1
        ident = str(self._bookmarks)
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), ident)
        start.set(qn("w:name"), bookmark_name(target))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), ident)
        p = paragraph._p
        properties = p.pPr
        if properties is not None:
            properties.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)

    # Page furniture ----------------------------------------------------------------------

    def _furniture(self, page: Printed) -> None:
        cover, job = page.masthead, page.footer
        section = self.docx.sections[0]
        section.page_width, section.page_height = _PAGE
        section.left_margin = section.right_margin = Cm(_MARGIN)
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.header_distance = section.footer_distance = Cm(1.27)
        section.different_first_page_header_footer = True
        if self.language.is_rtl:
            sect_pr = section._sectPr
            sect_pr.insert_element_before(OxmlElement("w:bidi"), *_SECTPR_AFTER_BIDI)
        self._masthead(section.first_page_header, cover, page.emblem)
        first_footer = section.first_page_footer
        for note in cover.footnotes:
            self.paragraph(first_footer, note, "UN Footnote")
        if page.marks is not None:
            self._marks(first_footer, page.marks)
        if cover.symbol:
            self.paragraph(section.header, cover.symbol, "UN Header")
        running = self.paragraph(section.footer, f"{job}\t" if job else "\t", "UN Footer")
        number = OxmlElement("w:fldSimple")
        number.set(qn("w:instr"), "PAGE")
        running._p.append(number)
        number.append(self._run_element("1"))
        if page.draft is not None:
            for header in (section.first_page_header, section.header):
                self._draft(header, page.draft)

    def _draft(self, header: Any, word: str) -> None:
        """The draft's word on the header's first line, and as a watermark across the page
        (a shape anchored in that line, behind the text)."""
        line = self._fill(header.add_paragraph(), word, "UN Draft")
        header._element.insert(0, line._p)
        run = OxmlElement("w:r")
        run.append(self._watermark(word))
        line._p.append(run)

    def _watermark(self, word: str) -> Any:
        """Word's own kind of watermark, which LibreOffice shows too: WordArt text (a VML
        text path) centred on the page, turned 45 degrees, silver and half transparent,
        behind the text."""
        self._drawings += 1
        ident = self._drawings
        wide = max(sum(_WATERMARK_CHARACTER[_script(c)] for c in word), 1.0)
        width = min(_WATERMARK_HEIGHT * wide, _WATERMARK_LENGTH)
        height = width / wide
        font = {"zh": EAST_ASIAN_FONT, "ar": ARABIC_FONT}.get(self.language.code, LATIN_FONT)
        style = (
            f"position:absolute;margin-left:0;margin-top:0;width:{width:.1f}pt;"
            f"height:{height:.1f}pt;rotation:315;z-index:-251654144;"
            "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            "mso-position-vertical:center;mso-position-vertical-relative:margin"
        )
        return parse_xml(
            f"<w:pict {nsdecls('w')} {_VML_NAMESPACES}>{_TEXT_PATH_SHAPE_TYPE}"
            f'<v:shape id="PowerPlusWaterMarkObject{ident}" o:spid="_x0000_s{ident}"'
            f' type="#_x0000_t136" style="{style}" o:allowincell="f" fillcolor="silver"'
            ' stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt;font-weight:bold"'
            f' string="{_attribute(word)}"/>'
            '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict>'
        )

    def _marks(self, footer: Any, marks: Marks) -> None:
        """A borderless table across the text width: the job number and its dates at the
        start, the barcode in the end column at the right margin; under the table, the
        barcode's text centred under the bars. Left to right in every version."""
        table = footer.add_table(rows=1, cols=2, width=Cm(_TEXT_WIDTH))
        table._tbl.tblPr.insert_element_before(
            parse_xml(
                f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/>'
                '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
            ),
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
        )
        widths = (Cm(_TEXT_WIDTH - _BARCODE_WIDTH), Cm(_BARCODE_WIDTH))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        job, barcode = table.rows[0].cells
        for cell, width in zip((job, barcode), widths, strict=True):
            cell.width = width
        # The job number's line stands on the bars' foot.
        job.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        self.paragraph(job, f"{marks.job}\t{marks.dates}" if marks.dates else marks.job, "UN Marks")
        bars = self.paragraph(barcode, "", "UN Barcode")
        picture = bars.add_run().add_picture(
            io.BytesIO(barcode_png(marks.bars)),
            width=Cm(_BARCODE_WIDTH),
            height=Cm(_BARCODE_HEIGHT),
        )
        self._name_drawing(picture._inline, f"Barcode {marks.barcode}")
        self.paragraph(footer, marks.barcode, "UN Barcode Text")

    def _name_drawing(self, inline: Any, description: str) -> None:
        """Gives a picture an id of its own in the whole file (python-docx counts in one
        part only), a description for a screen reader, and no room around it (LibreOffice,
        where none is written, keeps 9 points on either side)."""
        self._drawings += 1
        for side in ("distT", "distB", "distL", "distR"):
            inline.set(side, "0")
        inline.docPr.set("id", str(self._drawings))
        inline.docPr.set("descr", description)
        for properties in inline.iter(qn("pic:cNvPr")):
            properties.set("id", str(self._drawings))

    def _masthead(self, header: Any, cover: Masthead, emblem: Path | None) -> None:
        """The masthead as the PDF has it, a table of two rows: "United Nations" and the
        symbol over a thin rule, then the organ (after the emblem, when there is one) beside
        the distribution block (a paragraph to a line), over a thick rule. The text starts
        and ends at the margins."""
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
        organ_line = self.paragraph(organ, cover.organ, "UN Organ")
        if emblem is not None:
            # The emblem, then a space, before the organ's name.
            name = organ_line._p.r_lst[0]
            run = organ_line.add_run()
            picture = run.add_picture(str(emblem), height=Cm(_EMBLEM_HEIGHT))
            self._name_drawing(picture._inline, cover.united_nations)
            name.addprevious(run._r)
            name.addprevious(self._run_element(" "))
        for line in cover.block:
            runs = cover.date_runs if line == cover.date and cover.date_runs else (Run(line),)
            self.paragraph(block, runs, "UN Distribution")
        # A header ends with a paragraph; the one python-docx made goes below the table.
        spacer = header.paragraphs[0]
        table._tbl.addnext(spacer._p)
        self._fill(spacer, "", "UN Distribution")

    # Paragraphs and runs -----------------------------------------------------------------

    def paragraph(self, container: Any, text: str | Sequence[Run], style: str) -> Any:
        """Adds a paragraph in ``style`` holding ``text`` (or styled runs) to a body, cell,
        header or footer.

        A new cell, header or footer comes with one empty paragraph: that one is filled first.
        """
        paragraphs = container.paragraphs
        fresh = len(paragraphs) == 1 and not paragraphs[0].runs
        return self._fill(paragraphs[0] if fresh else container.add_paragraph(), text, style)

    def _fill(self, p: Any, text: str | Sequence[Run], style: str) -> Any:
        runs = (Run(text),) if isinstance(text, str) else tuple(text)
        whole = "".join(run.text for run in runs)
        p.style = self.docx.styles[style]
        spec = _SPECS[style]
        if self._right_to_left(spec, whole):
            p._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
        for run in self._pieces(runs):
            p._p.append(self._run_element(run.text, run.style))
        return p

    def _pieces(self, runs: Iterable[Run]) -> list[Run]:
        """The runs to write: without empty ones, and in the Chinese version with the
        punctuation Chinese sets full width in runs of its own (style ``cjk``)."""
        out: list[Run] = []
        for run in runs:
            if self.language.code != "zh" or run.style is not None:
                out.append(run)
                continue
            done = 0
            for found in CJK_PUNCTUATION.finditer(run.text):
                out.append(Run(run.text[done : found.start()]))
                out.append(Run(found.group(), "cjk"))
                done = found.end()
            out.append(Run(run.text[done:]))
        return [run for run in out if run.text]

    def _right_to_left(self, spec: StyleSpec, text: str) -> bool:
        if not self.language.is_rtl or spec.direction == "ltr":
            return False
        return spec.direction == "version" or has_right_to_left(text)

    def _run_element(self, text: str, style: str | None = None) -> Any:
        run = OxmlElement("w:r")
        r_pr = OxmlElement("w:rPr")
        if style is not None:
            character = OxmlElement("w:rStyle")
            character.set(qn("w:val"), style_id(CHARACTER_STYLES[style].name))
            r_pr.append(character)
        if self.language.is_rtl and has_right_to_left(text):
            r_pr.append(OxmlElement("w:rtl"))
        # Chinese punctuation is Chinese text, whatever script comes before it.
        r_pr.append(self._lang(EAST_ASIAN_LANGUAGE if style == "cjk" else self.face.locale))
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

    def _lang(self, locale: str) -> Any:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), locale)
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
        lang.set(qn("w:bidi"), BIDI_LANGUAGE)
        return lang

    # Styles and document settings -------------------------------------------------------

    def _run_properties(
        self,
        scale: float = 1.0,
        *,
        bold: bool = False,
        color: str | None = None,
        points: float | None = None,
    ) -> str:
        """The fonts, weight, colour, sizes and languages of a style (or of the
        defaults), as XML: ``scale`` times the version's body sizes, or ``points`` for all
        text."""
        face = self.face
        size = points if points is not None else face.size * scale
        complex_size = points if points is not None else face.complex_size * scale
        return (
            f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"'
            f' w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{face.complex_font}"/>'
            + ("<w:b/><w:bCs/>" if bold else "")
            + (f'<w:color w:val="{color}"/>' if color else "")
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

    def _update_fields_on_opening(self) -> None:
        """Has Word update the fields when it opens the file (it asks first): the contents'
        page numbers, written as 1, become the headings' pages."""
        settings = self.docx.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.insert_element_before(update, *_SETTINGS_AFTER_UPDATE_FIELDS)

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
        for character in CHARACTER_STYLES.values():
            ident = style_id(character.name)
            styles.append(
                parse_xml(
                    f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1"'
                    f' w:styleId="{ident}"><w:name w:val="{character.name}"/><w:qFormat/>'
                    f"<w:rPr>{character.properties}</w:rPr></w:style>"
                )
            )

    def _style(self, spec: StyleSpec) -> Any:
        ppr = []
        if spec.keep_next:
            ppr.append("<w:keepNext/>")
        rule = 'w:val="single" w:sz="4" w:space="1" w:color="auto"'
        if spec.rule_above or spec.rule_below:
            ppr.append(
                "<w:pBdr>"
                + (f"<w:top {rule}/>" if spec.rule_above else "")
                + (f"<w:bottom {rule}/>" if spec.rule_below else "")
                + "</w:pBdr>"
            )
        if spec.tabs:
            stops = "".join(
                f'<w:tab w:val="{tab.align}"'
                + (f' w:leader="{tab.leader}"' if tab.leader else "")
                + f' w:pos="{_twips(tab.position)}"/>'
                for tab in spec.tabs
            )
            ppr.append(f"<w:tabs>{stops}</w:tabs>")
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
        rpr = self._run_properties(spec.size, bold=spec.bold, color=spec.color, points=spec.points)
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

# Children of w:settings that come after w:updateFields (schema order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip

_CHINESE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _script(character: str) -> str:
    """``chinese``, ``arabic`` or ``other``: how wide the character is set."""
    if _CHINESE.match(character):
        return "chinese"
    return "arabic" if has_right_to_left(character) else "other"


def bookmark_name(target: str) -> str:
    """The bookmark of a heading every format names ``target`` (``section-2``):
    ``_mv_section_2``. Word's names hold letters, digits and underscores only; the leading
    underscore hides it from the bookmarks a user sees, as Word's own ``_Toc`` ones are."""
    return "_mv_" + re.sub(r"\W", "_", target)


def barcode_png(bars: Sequence[int], unit: int = _BARCODE_PIXELS) -> bytes:
    """The barcode as a PNG: black bars and white spaces, alternating from a bar, ``bars``
    giving their widths in narrow bars, each ``unit`` pixels wide; as high as the printed
    barcode's proportions want (1-bit greyscale, its resolution that of the printed size)."""
    columns = [n % 2 == 0 for n, width in enumerate(bars) for _ in range(width * unit)]
    width = len(columns)
    height = round(width * _BARCODE_HEIGHT / _BARCODE_WIDTH)
    # 1-bit greyscale: a set bit is white. Each row starts with its filter type (0, none).
    packed = bytearray()
    for start in range(0, width, 8):
        byte = 0
        for bit, black in enumerate(columns[start : start + 8]):
            if not black:
                byte |= 0x80 >> bit
        packed.append(byte)
    rows = (b"\x00" + bytes(packed)) * height
    per_metre = round(width / (_BARCODE_WIDTH / 100))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _attribute(text: str) -> str:
    """Text to stand in an XML attribute in double quotes."""
    return escape(xml_text(text), {'"': "&quot;"})


_VML_NAMESPACES = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
#: The formulas of the shape type below.
_TEXT_PATH_FORMULAS = (
    "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
    "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5",
    "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
)  # fmt: skip
#: The shape type of WordArt text along a straight path (136), as Word writes it for a
#: watermark.
_TEXT_PATH_SHAPE_TYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
    ' path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(f'<v:f eqn="{eqn}"/>' for eqn in _TEXT_PATH_FORMULAS)
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom"'
    ' o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight"'
    ' xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
)


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
