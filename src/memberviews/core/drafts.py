"""Whether a language version can be issued as final, or is still a draft.

A version is a draft while any text in it is not the official one: a reply whose translation
is pending, a reply in a machine translation nobody has revised, a corrigendum whose own
text is still to come. Every format marks a draft on every page, ``compose --final`` refuses
one, and publishing in the web application follows the same rule.
"""

from __future__ import annotations

from memberviews.core.model import Document, Reply
from memberviews.core.provenance import Provenance
from memberviews.core.symbols import SymbolError, parse_symbol


def unfinished(document: Document) -> list[str]:
    """What keeps the version from being final, one line each (``Cuba: translation
    pending``); empty for a version that can be issued as final."""
    out: list[str] = []
    for reply in document.replies:
        name = _sender(reply)
        if reply.provenance == Provenance.PENDING or not reply.paragraphs:
            out.append(f"{name}: translation pending")
        elif reply.provenance == Provenance.MACHINE:
            out.append(f"{name}: machine translation, not revised")
    if not document.body and _is_corrigendum(document.symbol):
        out.append("the corrigendum's text: translation pending")
    return out


def _sender(reply: Reply) -> str:
    if reply.heading:
        return reply.heading
    sender = reply.organization or reply.state
    return sender.name if sender is not None else "a reply"


def _is_corrigendum(symbol: str | None) -> bool:
    try:
        return parse_symbol(symbol).designation == "Corr" if symbol else False
    except SymbolError:
        return False
