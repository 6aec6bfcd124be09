"""The output formats: one record each, registered by name.

The CLI's choices and help, the web app's downloads and the names of written files all come
from :data:`FORMATS`. The built-in formats register through :func:`register_format`, as any
other would: adding a format is one module with a function ``(Document, Path) -> None`` and
one registration in :mod:`memberviews.render`. A format's module is imported when the format
is first used, so listing the formats loads no renderer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from memberviews.core.model import Document
from memberviews.core.symbols import to_akn
from memberviews.render.errors import RenderError

Renderer = Callable[[Document, Path], None]


@dataclass(frozen=True)
class Format:
    """One output format."""

    name: str
    #: The suffix of the files it writes (``.pdf``).
    suffix: str
    media_type: str
    #: One line for help texts: what a reader gets.
    description: str
    #: ``"module:function"``: the function that writes one document to a path.
    function: str

    @property
    def module(self) -> str:
        return self.function.partition(":")[0]

    def renderer(self) -> Renderer:
        """Returns the function that writes a document in this format."""
        module, _, name = self.function.partition(":")
        found: Renderer = getattr(importlib.import_module(module), name)
        return found


#: The registered formats by name, in the order they were registered.
FORMATS: dict[str, Format] = {}


def register_format(fmt: Format) -> Format:
    """Registers an output format under its name; a name can be registered once."""
    if fmt.name in FORMATS:
        raise ValueError(f"the format {fmt.name!r} is registered already")
    FORMATS[fmt.name] = fmt
    return fmt


def get_format(name: str) -> Format:
    """Returns the format called ``name``; RenderError naming the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise RenderError(f"unknown format {name!r} (one of {', '.join(FORMATS)})") from None


def parse_formats(text: str) -> list[Format]:
    """``"pdf,docx"`` → those formats; RenderError for an unknown name or an empty list."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        shown = ", ".join(unknown) or repr(text)
        raise RenderError(f"unknown format {shown} (one of {', '.join(FORMATS)})")
    return [FORMATS[name] for name in names]


def renderer(name: str) -> Renderer:
    """Returns the function that writes format ``name``."""
    return get_format(name).renderer()


def render(document: Document, name: str, out: Path) -> Path:
    """Writes ``document`` in format ``name`` to ``out`` and returns the path."""
    if document.language is None:
        raise RenderError("the document has no language: say which version to render")
    renderer(name)(document, out)
    return out


def output_name(document: Document, fmt: Format) -> str:
    """The file name of one version in one format: ``A-67-131-Add.1-zh.pdf``."""
    return f"{to_akn(document.symbol or 'document')}-{document.language}{fmt.suffix}"


@dataclass(frozen=True)
class Output:
    """One file to write: a language version in a format, at a path."""

    document: Document
    format: Format
    path: Path

    def write(self) -> Path:
        """Writes the file and returns its path."""
        return render(self.document, self.format.name, self.path)


def outputs(documents: Iterable[Document], formats: Iterable[Format], folder: Path) -> list[Output]:
    """Returns the files that write every document in every format into ``folder``, which
    is made if it is not there (RenderError, one line, where it cannot be)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RenderError(f"{folder}: cannot write there ({error.strerror})") from None
    chosen = list(formats)
    return [
        Output(document, fmt, folder / output_name(document, fmt))
        for document in documents
        for fmt in chosen
    ]
