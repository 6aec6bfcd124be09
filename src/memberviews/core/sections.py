"""The kinds of section a report has, and how a heading tells its kind."""

from __future__ import annotations

from enum import StrEnum

from memberviews.core.wording import WORDINGS, normalize_words


class SectionKind(StrEnum):
    """What a section of a report holds."""

    INTRODUCTION = "introduction"
    #: Replies received from Governments (States).
    GOVERNMENTS = "governments"
    #: Replies received from intergovernmental organizations and United Nations bodies.
    ORGANIZATIONS = "organizations"


#: The kinds that hold replies, in the order reports print them.
REPLY_KINDS: tuple[SectionKind, ...] = (SectionKind.GOVERNMENTS, SectionKind.ORGANIZATIONS)

# Organizations first: "Replies received from intergovernmental organizations" may also
# hold a word of the governments' keywords.
_ORDER = (SectionKind.ORGANIZATIONS, SectionKind.GOVERNMENTS, SectionKind.INTRODUCTION)


def classify_section(title: str) -> SectionKind | None:
    """Returns the kind a section title names, in any of the six languages, or None.

    The keywords come from the wording tables (``section_keywords``); a title of a parsed
    report may be in another language than the version. A sentence (ending with a full stop)
    or a text too long for a title is no section title.
    """
    folded = normalize_words(title)
    if len(folded) > 120 or folded.endswith((".", "。")):
        return None
    for kind in _ORDER:
        for wording in WORDINGS.values():
            if any(normalize_words(k) in folded for k in wording.section_keywords[kind]):
                return kind
    return None
