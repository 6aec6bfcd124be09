"""From blocks to the document: sections, and for every reply its sender, tags and text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.organizations import find_organization
from memberviews.core.scripts import HAN_CHARACTER
from memberviews.core.sections import REPLY_KINDS, SectionKind
from memberviews.core.states import find_state
from memberviews.ingest.lines import Block
from memberviews.ingest.recognise import Heading, Recogniser, Tags, clean

# "1. On 2 December…"; Arabic writes "1 - في 2 كانون الأول/ديسمبر…".
_NUMBER = re.compile(r"^(?P<number>\d{1,3})(?:\.(?:\s+|(?=[^\d\s]))|\s+-\s+)")
_TOC_TAIL = re.compile(r"(?:\s*(?:[.·…_]\s*){2,}|\s+)\d{1,3}$")
_SENTENCE_END = tuple(".:;。；：!?！？")
#: How many blocks after a name its tags may come (the name can wrap; a footnote can intrude).
_TAG_REACH = 3


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
        if self.recogniser.heading(_TOC_TAIL.sub("", text)) is not None:
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
    limit = 30 if HAN_CHARACTER.search(text) else 100
    return (
        len(text) <= limit
        and not text.endswith(_SENTENCE_END)
        and not _INNER_PUNCTUATION.search(text)
        and len(_DIGITS.findall(text)) <= 2
    )


def build(blocks: list[Block], document: Document, classifier: Classifier) -> list[str]:
    """Fills the document's sections and replies; returns the introduction's paragraphs."""
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

    for i, block in enumerate(blocks):
        text = clean(block.text).strip()
        if block.kind == "heading":
            heading = recogniser.heading(_TOC_TAIL.sub("", text))
            if heading is not None and _next_section(heading, document.sections, recogniser):
                close()
                document.sections.append(Section(heading.number, heading.title, heading.kind))
                section_kind = heading.kind
                seen_heading = True
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
        elif section_kind == SectionKind.INTRODUCTION or (not in_replies and seen_heading is False):
            introduction.append(paragraph)
    close()
    for item in document.replies:
        if item.original_language is None and not item.original_tagged:
            # A reply in the version's own language often carries no original tag.
            item.original_language = document.language if item.paragraphs else None
    return introduction


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
        if block.kind == "heading" and not _TOC_TAIL.search(text):
            return blocks[:start] + blocks[i:]
    return blocks[:start] + blocks[start + 1 :]
