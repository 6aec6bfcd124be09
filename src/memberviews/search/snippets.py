"""The text of a paragraph found, around what matched, with the matched words marked.

The index holds stems and Chinese words, not the text; the marks are found again on the
paragraph's own words: a word whose stem is a form's (a phrase's stems in a row), a
Chinese form wherever its characters are written."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memberviews.search.analysis import WORD, stem
from memberviews.search.plan import Form

#: About how many characters a snippet shows.
WIDTH = 240
#: The text shown before the first match, at most.
_BEFORE = 60
_ELLIPSIS = "…"

Snippet = tuple[tuple[str, bool], ...]


def matches(body: str, language: str, forms: Iterable[Form]) -> list[tuple[int, int]]:
    """Where ``forms`` occur in ``body`` (a paragraph in ``language``): (start, end)
    offsets, in order, overlaps merged."""
    spans: list[tuple[int, int]] = []
    forms = [f for f in forms if f.tokens]
    if language == "zh":
        for form in forms:
            pattern = re.compile(re.escape(form.tokens[0]), re.IGNORECASE)
            spans.extend(m.span() for m in pattern.finditer(body))
    elif forms:
        starting: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            starting.setdefault(form.tokens[0], []).append(form.tokens)
        found = list(WORD.finditer(body))
        stems = [stem(m.group(), language) for m in found]
        for i, held in enumerate(stems):
            for tokens in starting.get(held, ()):
                if len(tokens) == 1 or tuple(stems[i : i + len(tokens)]) == tokens:
                    spans.append((found[i].start(), found[i + len(tokens) - 1].end()))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def snippet(body: str, language: str, forms: Iterable[Form], width: int = WIDTH) -> Snippet:
    """About ``width`` characters of ``body`` from a little before its first match, as
    (text, matched) pieces; "…" marks text left out at either end. A paragraph with no
    match found is shown from its start."""
    spans = matches(body, language, forms)
    start, end = _window(body, spans[0][0] if spans else 0, width)
    pieces: list[tuple[str, bool]] = []
    if start > 0:
        pieces.append((_ELLIPSIS, False))
    at = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        if span_start > at:
            pieces.append((body[at:span_start], False))
        pieces.append((body[span_start:span_end], True))
        at = span_end
    if at < end:
        pieces.append((body[at:end], False))
    if end < len(body):
        pieces.append((_ELLIPSIS, False))
    return tuple(_joined(pieces))


def _window(body: str, first: int, width: int) -> tuple[int, int]:
    """The part of ``body`` shown: from a word's start a little before ``first``, about
    ``width`` characters, ending at a word's end where the text has spaces."""
    if len(body) <= width:
        return 0, len(body)
    start = max(0, min(first - _BEFORE, len(body) - width))
    if start > 0:
        space = body.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(body), start + width)
    if end < len(body):
        space = body.rfind(" ", max(first, start + width // 2), end)
        end = space if space > 0 else end
    return start, end


def _joined(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    joined: list[tuple[str, bool]] = []
    for text, matched in pieces:
        if joined and joined[-1][1] == matched:
            joined[-1] = (joined[-1][0] + text, matched)
        else:
            joined.append((text, matched))
    return joined
