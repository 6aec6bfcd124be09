"""Rendering the document model to files: PDF, DOCX, HTML and Akoma Ntoso XML.

Every format registers here the same way, by name, so the CLI and the web app list and call
them alike. Imports no Django. All wording comes from :mod:`memberviews.core.wording`
through :mod:`memberviews.render.common`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from memberviews.core.model import Document

#: Format name → "module:function"; the function writes one document to a path.
FORMATS: dict[str, str] = {
    "pdf": "memberviews.render.pdf:render_pdf",
    "docx": "memberviews.render.docx:render_docx",
    "html": "memberviews.render.html:render_html",
    "akn": "memberviews.render.akn:render_akn",
}

#: The file suffix each format writes.
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "akn": ".xml"}

Renderer = Callable[[Document, Path], None]


class RenderError(Exception):
    """A document that cannot be rendered (a missing language, an unknown format…)."""


def renderer(name: str) -> Renderer:
    """Returns the function that writes format ``name``."""
    try:
        target = FORMATS[name]
    except KeyError:
        raise RenderError(f"unknown format {name!r} (one of {', '.join(FORMATS)})") from None
    module, function = target.split(":")
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


def render(document: Document, name: str, out: Path) -> Path:
    """Writes ``document`` in format ``name`` to ``out`` and returns the path."""
    if document.language is None:
        raise RenderError("the document has no language: say which version to render")
    renderer(name)(document, out)
    return out
