"""From blocks to the document: sections, and for every reply its sender, tags and text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.organizations import find_organization
from memberviews.core.scripts import HAN_CHARACTER
from memberviews.core.sections import REPLY_KINDS, SectionKind
from memberviews.core.states import find_state
from memberviews.ingest.lines import Block, join_lines
from memberviews.ingest.recognise import Heading, Recogniser, Tags, clean

# "1. On 2 December…"; Arabic writes "1 - في 2 كانون الأول/ديسمبر…".
_NUMBER = re.compile(r"^(?P<number>\d{1,3})(?:\.(?:\s+|(?=[^\d\s]))|\s+-\s+)")
# A contents line's page number, perhaps after its paragraphs ("… 3 - 45 5", "… 1−2 4").
_TOC_TAIL = re.compile(
    r"(?:\s*(?:[.·…_]\s*){2,}|\s+)(?:\d{1,3}(?:\s*[-−–]\s*\d{1,3})?\s+)?\d{1,3}$"
)
_SENTENCE_END = tuple(".:;。；：!?！？")

#: How many blocks after a name its tags may come (the name can wrap; a footnote can intrude).
_TAG_REACH = 3


def _without_page_number(text: str) -> str:
    """The text without a contents line's page number (and paragraph numbers) at its end."""
    # Every line is looked at, and the pattern is tried at each of its characters: only a
    # text that ends in a digit (or a line break, which "$" stands before) can hold one.
    if text[-1:].isdecimal() or text.endswith("\n"):
        return _TOC_TAIL.sub("", text)
    return text


@dataclass(frozen=True)
class Sender:
    """Who a heading names: a registered State or organization, or just the heading text."""

    state: StateRef | None
    organization: OrganizationRef | None


class Classifier:
    """Tells which blocks must stand alone, for the segmenter and the parser alike."""

    def __init__(self, recogniser: Recogniser, year: int | None = None) -> None:
        self.recogniser = recogniser
        self.year = year

    def __call__(self, text: str) -> str | None:
        text = clean(text).strip()
        if not text:
            return None
        if text.startswith(("[", "]")):
            return "tags" if self.recogniser.tags(text) is not None else None
        bare = _without_page_number(text)
        if self.recogniser.heading(bare) is not None or generic_heading(bare, self.recogniser):
            return "heading"
        if len(text) <= 40 and self.recogniser.is_contents_title(text):
            return "contents"
        if _may_be_name(text) and self.sender(text) is not None:
            return "name"
        return None

    def sender(self, text: str) -> Sender | None:
        text = clean(text).strip()
        language = self.recogniser.language
        state = find_state(text, language, year=self.year)
        if state is not None:
            return Sender(StateRef(text, state.iso3, state.m49), None)
        organization = find_organization(text, language)
        if organization is not None:
            return Sender(None, OrganizationRef(text, organization.acronym))
        return None


_DIGITS = re.compile(r"\d")


_INNER_PUNCTUATION = re.compile(r"[，。；：、,;:!?！？“”«»\"]")


def _may_be_name(text: str) -> bool:
    # The longest UNTERM names are about 90 characters (30 in Chinese); names hold no
    # sentence punctuation and at most a footnote number.
    limit = 30 if not text.isascii() and HAN_CHARACTER.search(text) else 100
    return (
        len(text) <= limit
        and not text.endswith(_SENTENCE_END)
        and not _INNER_PUNCTUATION.search(text)
        and len(_DIGITS.findall(text)) <= 2
    )


def build(
    blocks: list[Block], document: Document, classifier: Classifier, *, replies: bool = True
) -> list[str]:
    """Fills the document's sections and replies; returns the introduction's paragraphs.

    Without ``replies`` (a report of another kind, such as a national report), no heading
    begins a section of replies, whatever words its title holds.
    """
    recogniser = classifier.recogniser
    blocks = _skip_contents(blocks, recogniser)
    section_kind: SectionKind | None = None
    introduction: list[str] = []
    reply: Reply | None = None
    seen_heading = False

    def close() -> None:
        nonlocal reply
        # A tag is not a reply: one that names no sender is kept only with text of its own.
        if reply is not None and (reply.paragraphs or _names_sender(reply)):
            document.replies.append(reply)
        reply = None

    # A report that is not one of replies (a national report) has headings of no known
    # kind: they are its sections while no replies section has begun, and the paragraphs
    # under them its own (kept with the introduction's: the model has no other place).
    generic = False
    last_number = 0  # the last numbered paragraph's number
    joined: set[int] = set()
    for i, block in enumerate(blocks):
        if i in joined:
            continue
        text = clean(block.text).strip()
        open_to_headings = reply is None and section_kind not in REPLY_KINDS
        if block.kind == "heading" or (
            open_to_headings
            and (_subheading_shape(text) or generic_heading(text, recogniser) is not None)
        ):
            text, more = _wrapped_heading(blocks, i, text)
            bare = _without_page_number(text)
            heading = recogniser.heading(bare)
            if heading is not None and not replies and heading.kind in REPLY_KINDS:
                # "…以及国家为落实这些框架而采取的措施" ("… the measures the State has
                # taken") names the State, but a national report has no replies: a
                # heading of no known kind.
                heading = None
            if (
                heading is not None
                and heading.number in ("I", "V", "X", "L")
                and _is_letter_after(heading.number, document, recogniser)
            ):
                heading = None  # "I" after "H": a letter, not the first Roman numeral
            if heading is not None and _next_section(heading, document.sections, recogniser):
                close()
                document.sections.append(Section(heading.number, heading.title, heading.kind))
                section_kind = heading.kind
                seen_heading = True
                generic = False
                joined.update(more)
                continue
            found = (
                (generic_heading(bare, recogniser) or _subheading(bare))
                if open_to_headings
                else None
            )
            if found is not None and _generic_next(found[0], document, recogniser, last_number):
                document.sections.append(Section(found[0], found[1], None))
                section_kind, seen_heading, generic = None, True, True
                joined.update(more)
                continue
            text = clean(block.text).strip()
        if generic and reply is None and _unnumbered_subheading(blocks, i, last_number):
            # "Dialogue with religious communities", between two numbered paragraphs.
            document.sections.append(Section(None, text, None))
            continue
        if block.kind == "tags":
            tags = recogniser.tags(text)
            if tags is None:
                continue
            if reply is None or reply.paragraphs or _already_tagged(reply, tags):
                close()
                reply = Reply(section=section_kind)
            _apply(reply, tags)
            continue
        in_replies = section_kind in REPLY_KINDS
        sender = _heading_sender(blocks, i, classifier, section_kind, in_replies)
        if sender is not None:
            close()
            reply = Reply(
                state=sender.state,
                organization=sender.organization,
                heading=text,
                section=section_kind,
            )
            continue
        number, paragraph = split_number(text)
        if reply is not None:
            reply.paragraphs.append(paragraph)
            reply.paragraph_numbers.append(number)
        elif (
            section_kind == SectionKind.INTRODUCTION
            or generic
            or (not in_replies and seen_heading is False)
        ):
            introduction.append(paragraph)
            if number is not None:
                last_number = int(number)
    close()
    for item in document.replies:
        if item.original_language is None and not item.original_tagged:
            # A reply in the version's own language often carries no original tag.
            item.original_language = document.language if item.paragraphs else None
    return introduction


# A heading of no known kind: "III. PROTECTION AND PROMOTION OF HUMAN RIGHTS IN ITALY",
# "B. Fundamental rights: obligations and remedies", "1. Trafficking in human beings",
# "a) Evolution of the Italian society".
_GENERIC_SEPARATOR = r"\s*(?:[.．、)]|\s-|\s–)\s*"
_SUB_NUMBER = re.compile(r"^(?P<number>\d{1,2}|[a-z])(?:\.|\))\s+(?P<title>\S.{0,150})$")
_HEADING_END = (*_SENTENCE_END, ",", "،", "，")


def generic_heading(text: str, recogniser: Recogniser) -> tuple[str, str] | None:
    """A heading numbered with a Roman numeral or a capital letter (the version's own, or
    Latin) whose title says no kind of section: (number, title), else None. A title ends
    with no sentence mark and, in a script with capitals, begins with one."""
    text = clean(text).strip()
    match = _generic_pattern(recogniser.language).match(text)
    if match is None:
        return None
    number, title = match.group("number"), match.group("title").strip()
    number = recogniser.wording.section_numeral_variants.get(number, number)
    if re.fullmatch(r"[IVXL]{2,}", number) and recogniser.section_number(number)[0] is None:
        return None
    return (number, title) if _title_shape(title) else None


def _title_shape(title: str) -> bool:
    # A heading's first line may end with a comma where the heading wraps.
    return (
        2 <= len(title) <= 150
        and not title.endswith(_SENTENCE_END)
        and not (title[:1].isalpha() and title[:1].islower())
    )


def _subheading_shape(text: str) -> bool:
    """A short block numbered "1." or "a)" with a title's shape: perhaps a subheading."""
    return _subheading(text) is not None


def _subheading(text: str) -> tuple[str, str] | None:
    match = _SUB_NUMBER.match(text)
    if match is None or len(text) > 120 or not _title_shape(match.group("title")):
        return None
    return match.group("number"), match.group("title").strip()


_GENERIC_PATTERNS: dict[str, re.Pattern[str]] = {}


def _generic_pattern(language: str) -> re.Pattern[str]:
    pattern = _GENERIC_PATTERNS.get(language)
    if pattern is None:
        wording = Recogniser(language).wording
        labels = (
            *wording.section_numerals,
            *wording.section_numeral_variants,
            *_letters(wording.subsection_letters),
        )
        numerals = "|".join(sorted((re.escape(n) for n in labels), key=len, reverse=True))
        pattern = _GENERIC_PATTERNS[language] = re.compile(
            rf"^(?P<number>{numerals}|[IVXL]{{1,5}}|[A-Z])(?![^\W\d_]){_GENERIC_SEPARATOR}"
            r"(?P<title>\S.{0,150})$"
        )
    return pattern


# The letters of subsections beyond the wording's first few (UN Russian skips Й, Ъ, Ы, Ь).
_LATIN_LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CYRILLIC_LETTERS = tuple("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
_ARABIC_LETTERS = (
    *("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام"),
    *("ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء"),
)


def _letters(letters: tuple[str, ...]) -> tuple[str, ...]:
    for alphabet in (_LATIN_LETTERS, _CYRILLIC_LETTERS, _ARABIC_LETTERS):
        if alphabet[: len(letters)] == letters:
            return alphabet
    return letters


def _wrapped_heading(blocks: list[Block], i: int, text: str) -> tuple[str, list[int]]:
    """A heading and the line it wraps onto: a short block of one line that follows it with
    no gap, carries no number and ends no sentence ("F. Le pouvoir judiciaire, …, le
    Conseil" / "supérieur de la magistrature")."""
    if i + 1 >= len(blocks) or text.endswith(_SENTENCE_END):
        return text, []
    after = blocks[i + 1]
    rest = clean(after.text).strip()
    first = after.lines[0] if after.lines else None
    if (
        after.kind is not None
        or not 1 <= len(after.lines) <= 2
        or first is None
        or first.gap
        or not 0 < len(rest) <= 120
        or rest.endswith(_HEADING_END)
        or _NUMBER.match(rest)
        or _SUB_NUMBER.match(rest)
        or not (
            rest[:1].islower()
            or (rest[:1].isalpha() and not rest[:1].isupper())  # a script without capitals
            or (text.isupper() and rest.isupper())
        )
    ):
        return text, []
    return join_lines([*blocks[i].lines, *after.lines]), [i + 1]


def _unnumbered_subheading(blocks: list[Block], i: int, last_number: int) -> bool:
    """A line standing alone, set apart above, with a title's shape, that comes between a
    numbered paragraph and the next one: a subheading without a number."""
    block = blocks[i]
    text = clean(block.text).strip()
    if len(block.lines) != 1 or not block.lines[0].gap or len(text) > 80 or not last_number:
        return False
    if _NUMBER.match(text) or not _title_shape(text) or not text[:1].isupper():
        return False
    following = clean(blocks[i + 1].text).strip() if i + 1 < len(blocks) else ""
    return split_number(following)[0] == str(last_number + 1)


def _is_letter_after(number: str | None, document: Document, recogniser: Recogniser) -> bool:
    """Whether a heading numbered "I" (or "V", "X", "L") is the letter after the last
    section's letter in the version's letters, as "I" after "H"."""
    letters = _letters(recogniser.wording.subsection_letters)
    if number is None or number not in letters:
        return False
    # The last section numbered with a numeral or a letter ("1." and "a)" are below them).
    last = next(
        (
            s.number
            for s in reversed(document.sections)
            if s.number and not s.number.isdigit() and not s.number.islower()
        ),
        None,
    )
    return last in letters and letters.index(number) == letters.index(last) + 1


def _generic_next(
    number: str, document: Document, recogniser: Recogniser, last_number: int
) -> bool:
    """Whether a heading of no known kind numbered ``number`` can be the report's next
    section: a Roman numeral or a letter that counts on (or begins), a number that is not
    the next paragraph's ("1. Trafficking in human beings" after paragraph 18), a small
    letter ("a)")."""
    if number.isdigit():
        return int(number) != last_number + 1
    if number.islower():
        return True
    letters = _letters(recogniser.wording.subsection_letters)
    if number in letters and (
        _is_letter_after(number, document, recogniser) or number == letters[0]
    ):
        return True
    level, value = recogniser.section_number(number)
    if level != "main":
        return False
    mains = [v for lv, v in _levels(document.sections, recogniser) if lv == "main"]
    return value == (mains[-1] + 1 if mains else 1)


def _levels(sections: list[Section], recogniser: Recogniser) -> list[tuple[str | None, int]]:
    """Each section's level and number, a letter that follows the one before it read as a
    letter ("I" after "H")."""
    letters = _letters(recogniser.wording.subsection_letters)
    out: list[tuple[str | None, int]] = []
    previous: str | None = None
    for section in sections:
        number = section.number
        if number is not None and (number.isdigit() or number.islower()):
            out.append(("sub", 0))
            continue
        if (
            number in letters
            and previous in letters
            and letters.index(number) == letters.index(previous) + 1
        ):
            out.append(("letter", letters.index(number) + 1))
        else:
            out.append(recogniser.section_number(number))
        previous = number
    return out


def _next_section(heading: Heading, sections: list[Section], recogniser: Recogniser) -> bool:
    """Is this heading the report's next section, rather than a heading inside a reply?

    A reply can have its own "I. Introduction" or "II. National measures"; the report's
    sections count on (I, II, III; A, B within them), so only the next number is taken.
    """
    level, value = recogniser.section_number(heading.number)
    if level is None:
        # An unnumbered heading: only one that changes the kind of section.
        kinds = [s.kind for s in sections]
        return heading.kind not in kinds
    same_level = [recogniser.section_number(s.number) for s in sections]
    if level == "letter":
        # Letters start again under each numbered section.
        last_main = max((i for i, (lv, _) in enumerate(same_level) if lv == "main"), default=-1)
        same_level = same_level[last_main + 1 :]
    values = [v for lv, v in same_level if lv == level]
    return value == (values[-1] + 1 if values else value) and (bool(values) or value <= 2)


def split_number(text: str) -> tuple[str | None, str]:
    """``1. On 2 December…`` → ``("1", "On 2 December…")``."""
    match = _NUMBER.match(text)
    if match and len(text) > match.end():
        return match.group("number"), text[match.end() :].strip()
    return None, text


def _heading_sender(
    blocks: list[Block],
    i: int,
    classifier: Classifier,
    section_kind: SectionKind | None,
    in_replies: bool,
) -> Sender | None:
    block = blocks[i]
    text = clean(block.text).strip()
    if len(text) > 120 or text.endswith(_SENTENCE_END):
        return None
    following = blocks[i + 1 : i + 1 + _TAG_REACH]
    # Tags follow the heading at once, or after the rest of a wrapped name.
    tagged = bool(following) and (
        following[0].kind == "tags"
        or (
            len(following) > 1
            and following[1].kind == "tags"
            and following[0].kind is None
            and len(following[0].text) <= 60
        )
    )
    if block.kind == "name":
        # In a replies section a State's name standing alone is a heading even without
        # tags (a reply in the version's language may carry none); elsewhere only a name
        # followed by tags is.
        if tagged or in_replies:
            return classifier.sender(text)
        return None
    # A heading the registers do not know, followed at once by tags: keep its name, link
    # nothing.
    if (
        following
        and following[0].kind == "tags"
        and in_replies
        and len(text) <= 100
        and not _NUMBER.match(text)
    ):
        if section_kind == SectionKind.ORGANIZATIONS:
            return Sender(None, OrganizationRef(text, None))
        return Sender(StateRef(text), None)
    return None


def _names_sender(reply: Reply) -> bool:
    return reply.state is not None or reply.organization is not None


def _already_tagged(reply: Reply, tags: Tags) -> bool:
    return (tags.is_original and reply.original_tagged) or (
        tags.date is not None and reply.date is not None
    )


def _apply(reply: Reply, tags: Tags) -> None:
    if tags.is_original:
        reply.original_tagged = True
        reply.original_language = tags.languages[0] if tags.languages else None
    if tags.date is not None:
        reply.date = tags.date


def _skip_contents(blocks: list[Block], recogniser: Recogniser) -> list[Block]:
    """Drops a table of contents: from its title to the first heading that has no page
    number, which is the body's first heading."""
    start = next((i for i, b in enumerate(blocks) if b.kind == "contents"), None)
    if start is None:
        return blocks
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        text = clean(block.text).strip()
        # A contents line that wraps carries its page number on its second line.
        wrapped = i + 1 < len(blocks) and (
            blocks[i + 1].kind is None and _TOC_TAIL.search(clean(blocks[i + 1].text).strip())
        )
        if block.kind == "heading" and not _TOC_TAIL.search(text) and not wrapped:
            return blocks[:start] + blocks[i:]
    return blocks[:start] + blocks[start + 1 :]
