"""Words as the search index holds them."""

from __future__ import annotations

import jieba


def segment(text: str) -> list[str]:
    """The Chinese words of ``text`` (jieba's search mode: long words and their parts)."""
    return [w for w in jieba.cut_for_search(text) if w.strip()]
