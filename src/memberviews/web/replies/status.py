"""Where a reply stands in each language: original, translated (by a person or a machine),
or pending."""

from __future__ import annotations

from dataclasses import dataclass

from memberviews.core.languages import CODES
from memberviews.core.provenance import Provenance
from memberviews.web.replies.models import Reply


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    provenance: str  # original, human, machine or pending
    paragraphs: list[str]


def statuses(reply: Reply) -> list[LanguageStatus]:
    """The reply's state in each of the six languages, in their order."""
    texts = {text.language: text for text in reply.texts.all()}
    found = []
    for code in CODES:
        text = texts.get(code)
        if text is None or text.provenance == Provenance.PENDING:
            found.append(LanguageStatus(code, Provenance.PENDING.value, []))
        else:
            found.append(LanguageStatus(code, text.provenance, list(text.paragraphs)))
    return found
