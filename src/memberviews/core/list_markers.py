"""List markers: how a paragraph that is a list item begins.

``– text``, ``• text``, ``(a) text``, ``(iv) text``, ``a) text``, ``1) text``, ``(أ) text``,
``（一）text``. Ingest starts a new paragraph at a line that begins with one, and every renderer
sets such a paragraph as a list item, so a PDF and an HTML page agree on what a list item is.
"""

from __future__ import annotations

import re

#: A list marker at the start of a paragraph, as group ``marker``, with the space after it.
LIST_MARKER = re.compile(
    r"^(?P<marker>[–—•·▪●◦‒-]|\([^\s()]{1,4}\)|（[^\s（）]{1,3}）|[a-z]{1,4}\)|\d{1,2}\))"
    r"\s+(?=\S)"
)


def split_marker(text: str) -> tuple[str | None, str]:
    """``– text`` → ``("–", "text")``; a paragraph that is no list item → ``(None, text)``."""
    match = LIST_MARKER.match(text)
    if match is None:
        return None, text
    return match.group("marker"), text[match.end() :]
