"""How long a document is, counted as the word limit of Secretariat reports counts it.

Reports of the Secretary-General are limited to 8,500 words. What counts is the text the
reader gets: the title, the introduction, the section headings and the replies with their
headings, a corrigendum's text; not the masthead, footers or footnotes.

Words are runs of characters between spaces that hold a letter or a digit (a lone dash does
not count; "non-proliferation" is one word). Chinese, Japanese and Korean script has no spaces
between words: there every two characters count as one word, which is close to the length of
a Chinese word and makes a Chinese version about as long as its English one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from memberviews.core.model import Document
from memberviews.core.scripts import CJK_LETTER

#: The word limit of a report of the Secretary-General.
WORD_LIMIT = 8500

_COUNTS = re.compile(r"\w")


def count_words(document: Document) -> int:
    """Returns the number of words of a document (see the module docstring)."""
    words = characters = 0
    for text in _texts(document):
        characters += len(CJK_LETTER.findall(text))
        words += sum(1 for token in CJK_LETTER.sub(" ", text).split() if _COUNTS.search(token))
    return words + (characters + 1) // 2


def _texts(document: Document) -> Iterator[str]:
    if document.title:
        yield document.title
    yield from document.introduction
    yield from document.body
    for section in document.sections:
        yield section.heading
    for reply in document.replies:
        if reply.heading:
            yield reply.heading
        yield from reply.paragraphs
