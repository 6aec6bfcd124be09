"""Line layout for the text writers: wrapping, hyphenation and pagination of a report.

The writers imitate text extracted from a justified PDF. These rules keep the result readable
by a careful parser (a human could tell, so a parser must be able to):

- A wrapped line never begins with something that looks like the start of a paragraph or a
  tag: a paragraph number or bare number (``12.``, ``2003``), a list marker (``–``, ``•``,
  ``(a)``, ``a)``) or ``[``.
- A word is hyphenated at a line end only if it has no hyphen of its own and is all letters,
  so a line ending in ``letter-`` followed by a line starting with a letter is always one
  word broken in two (``multi-`` / ``lateralism`` is ``multilateralism``). Existing hyphens
  (``non-proliferation``) are never at a line end. Chinese lines are never broken next to a
  space, so joining Chinese lines needs no space and loses none.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from support.specimen import Para, SyntheticReport

#: Characters that may not begin a line of Chinese (kinsoku) and that may not end one.
_NO_LINE_START = set("，。、；：？！”’）》」』】〕…・%")
_NO_LINE_END = set("“‘（《「『【〔")
_LATIN_WORD = re.compile(r"^([^\W\d_]{9,})([,.;:]?)$")
_VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöüœæаеёиоуыэюя")
_MARKER_START = re.compile(r"^(\d+\.?|\(?[a-zA-Zأ-ي]\)|[–•\-]|\[.*)$")
_ASCII_WORDISH = re.compile(r"[0-9A-Za-z/.\-:%]")


def cells(text: str) -> float:
    """Returns the width of a Chinese line: a CJK character or full-width mark is one cell,
    anything else half a cell."""
    return sum(1.0 if ord(ch) >= 0x2E80 or ch in "“”‘’…" else 0.5 for ch in text)


def wrap(text: str, width: int, language: str, rng: random.Random | None = None) -> list[str]:
    """Returns the lines of ``text`` wrapped at ``width`` (characters, or cells for Chinese).

    With ``rng``, long words in Latin and Cyrillic text are sometimes hyphenated at the line
    end, as justified PDF text is.
    """
    if language == "zh":
        return _wrap_cjk(text, width)
    return _wrap_words(text, width, rng if language in ("en", "fr", "es", "ru") else None)


def _wrap_words(text: str, width: int, rng: random.Random | None) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        if not current:
            current = [word]
            continue
        candidate = len(" ".join(current)) + 1 + len(word)
        if candidate <= width:
            current.append(word)
            continue
        if rng is not None and rng.random() < 0.4:
            split = _hyphenate(word, width - len(" ".join(current)) - 2)
            if split is not None:
                lines.append(" ".join([*current, split[0] + "-"]))
                current = [split[1]]
                continue
        if _MARKER_START.match(word) and len(current) > 1:
            # Move one more word down so the new line does not look like a paragraph start.
            lines.append(" ".join(current[:-1]))
            current = [current[-1], word]
            continue
        lines.append(" ".join(current))
        current = [word]
    if current:
        lines.append(" ".join(current))
    return lines


def _hyphenate(word: str, room: int) -> tuple[str, str] | None:
    """Splits a long all-letter word after a vowel so that the first part fits in ``room``."""
    match = _LATIN_WORD.match(word)
    if match is None or match.group(1).isupper():
        return None
    letters, tail = match.groups()
    for i in range(min(room, len(letters) - 4), 3, -1):
        if letters[i - 1].lower() in _VOWELS and letters[i].lower() not in _VOWELS:
            return letters[:i], letters[i:] + tail
    return None


def _wrap_cjk(text: str, width: int) -> list[str]:
    lines: list[str] = []
    rest = text
    while cells(rest) > width:
        end = 0
        while cells(rest[: end + 1]) <= width:
            end += 1
        cut = end
        while cut > end - 10 and not _cjk_break_allowed(rest, cut):
            cut -= 1
        if cut <= end - 10:
            cut = end
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(rest)
    return lines


def _cjk_break_allowed(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i]
    if before == " " or after == " ":
        return False
    if _ASCII_WORDISH.match(before) and _ASCII_WORDISH.match(after):
        return False
    return after not in _NO_LINE_START and before not in _NO_LINE_END


@dataclass
class Block:
    """A run of lines that belong together: a paragraph, a heading, a tag line, a cover line.

    ``kind`` is one of cover, toc, section, heading, tag, para, item (a numbered paragraph or
    a list item: printed at the margin, without the first-line indent of a plain paragraph).
    """

    kind: str
    lines: list[str]
    gap_before: int = 1
    page_break_after: bool = False
    pages: list[int] = field(default_factory=list)
    target: str | None = None


@dataclass(frozen=True)
class Measures:
    """Widths and page length for one language, and for one of the two text styles."""

    width: int
    heading_width: int
    lines_per_page: int


def measures(language: str, style: str) -> Measures:
    """Returns the line widths and page length that text extracted from a PDF would show."""
    if language == "zh":
        return Measures(36 if style == "acrobat" else 35, 20, 38)
    return Measures(82 if style == "acrobat" else 78, 44, 46)


def build_blocks(report: SyntheticReport, style: str, seed: str) -> list[Block]:
    """Lays a report out into blocks of wrapped lines, in reading order, and paginates them.

    The page of each line is recorded in ``Block.pages``; a table of contents gets the pages
    its headings land on.
    """
    rng = random.Random(f"{report.key}/{style}/{seed}")
    m = measures(report.language, style)
    lang = report.language
    blocks: list[Block] = []
    if report.cover is not None:
        blocks.extend(_cover_blocks(report, m))
    toc_at = len(blocks)
    intro = report.introduction_head.printed(lang)
    blocks.append(Block("section", wrap(intro, m.width, lang), gap_before=2, target=intro))
    blocks.extend(_paragraph_block(p, lang, m.width, rng) for p in report.introduction)
    for section in report.sections:
        head = section.head.printed(lang)
        blocks.append(Block("section", wrap(head, m.width, lang), gap_before=2, target=head))
        for reply in section.replies:
            if reply.heading is not None:
                heading_lines = wrap(reply.heading, m.heading_width, lang)
                blocks.append(Block("heading", heading_lines, gap_before=2, target=reply.heading))
            tag_lines = [" ".join(reply.tags)] if reply.tags_on_one_line else list(reply.tags)
            for i, tag in enumerate(tag_lines):
                gap = 1 if (i or reply.heading is not None) else 2
                blocks.append(Block("tag", [tag], gap_before=gap))
            blocks.extend(_paragraph_block(p, lang, m.width, rng) for p in reply.paragraphs)
    if report.toc is not None:
        # Lay the contents out once with unknown pages (the same number of lines), see where
        # the headings land, then write the real page numbers in.
        toc = _toc_blocks(report, m, {})
        blocks[toc_at:toc_at] = toc
        _paginate(blocks, report, m)
        pages = {b.target: b.pages[0] for b in blocks if b.target and b.kind != "toc"}
        blocks[toc_at : toc_at + len(toc)] = _toc_blocks(report, m, pages)
    _paginate(blocks, report, m)
    return blocks


def _paragraph_block(para: Para, language: str, width: int, rng: random.Random) -> Block:
    kind = "para" if para.number is None and para.marker is None else "item"
    return Block(kind, wrap(para.printed(language), width, language, rng))


def _cover_blocks(report: SyntheticReport, m: Measures) -> list[Block]:
    cover = report.cover
    assert cover is not None
    lang = report.language
    side = [cover.distribution, cover.date]
    if cover.version_name:
        side.append(cover.version_name)
    blocks = [
        Block("cover", [f"{cover.organization}  {report.symbol}"], gap_before=0),
        Block("cover", [f"{cover.organ}  {side[0]}", *side[1:]]),
        Block("cover", [cover.original]),
        Block("cover", [cover.session, cover.agenda_item, cover.agenda_title], gap_before=2),
        Block("cover", wrap(cover.title, m.heading_width + 6, lang), gap_before=2),
        Block("cover", [cover.report_of]),
    ]
    if cover.addendum:
        blocks.append(Block("cover", [cover.addendum]))
    return blocks


def _toc_blocks(report: SyntheticReport, m: Measures, pages: dict[str, int]) -> list[Block]:
    toc = report.toc
    assert toc is not None
    lang = report.language
    entries: list[tuple[str, str]] = [("", report.introduction_head.printed(lang))]
    for section in report.sections:
        entries.append(("", section.head.printed(lang)))
        entries.extend(("    ", r.heading) for r in section.replies if r.heading is not None)
    out = [
        Block("toc", [toc.title], gap_before=2),
        Block("toc", [toc.page_label]),
    ]
    for indent, label in entries:
        page = str(pages.get(label, 0))
        used = cells(indent + label) if lang == "zh" else len(indent + label)
        room = int((m.width - used) * (2 if lang == "zh" else 1))
        dots = "." * max(3, room - len(page) - 2)
        out.append(Block("toc", [f"{indent}{label} {dots} {page}"], gap_before=0))
    out[-1].page_break_after = True
    return out


def _paginate(blocks: list[Block], report: SyntheticReport, m: Measures) -> None:
    page, used = 1, 0
    capacity = m.lines_per_page - (6 if report.cover is not None else 0)
    for block in blocks:
        block.pages = []
        used += block.gap_before if used else 0
        for _ in block.lines:
            if used >= capacity:
                page, used, capacity = page + 1, 0, m.lines_per_page
            block.pages.append(page)
            used += 1
        if block.page_break_after:
            page, used, capacity = page + 1, 0, m.lines_per_page
