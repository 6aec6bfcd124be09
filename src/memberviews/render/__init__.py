"""Rendering the document model to files: PDF, DOCX, HTML and Akoma Ntoso XML.

Every format registers here, once, through the public :func:`register_format`; the CLI and
the web app list and call them alike (:mod:`memberviews.render.formats`). What a format
prints comes from one walk of the document, :func:`memberviews.render.common.printed`; the
format's module only lays it out. Imports no Django. All wording comes from
:mod:`memberviews.core.wording`.
"""

from __future__ import annotations

from memberviews.render.errors import RenderError
from memberviews.render.formats import (
    FORMATS,
    Format,
    Output,
    Renderer,
    get_format,
    output_name,
    outputs,
    parse_formats,
    register_format,
    render,
    renderer,
)

register_format(
    Format(
        "pdf",
        ".pdf",
        "application/pdf",
        "PDF/A-2b, typeset like a UN document",
        "memberviews.render.pdf:render_pdf",
    )
)
register_format(
    Format(
        "docx",
        ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word, with the UN paragraph styles, to edit",
        "memberviews.render.docx:render_docx",
    )
)
register_format(
    Format(
        "html",
        ".html",
        "text/html",
        "one self-contained, accessible web page",
        "memberviews.render.html:render_html",
    )
)
register_format(
    Format(
        "akn",
        ".xml",
        "application/akn+xml",
        "Akoma Ntoso 3.0 XML with AKN4UN names",
        "memberviews.render.akn:render_akn",
    )
)

__all__ = [
    "FORMATS",
    "Format",
    "Output",
    "RenderError",
    "Renderer",
    "get_format",
    "output_name",
    "outputs",
    "parse_formats",
    "register_format",
    "render",
    "renderer",
]
