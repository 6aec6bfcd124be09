"""The output formats: one record each, registered by name.

The CLI's choices and help, the web app's downloads and the names of written files all come
from :data:`FORMATS`. The built-in formats register through :func:`register_format`, as any
other would: adding a format is one module with a function ``(Document, Path) -> None`` and
one registration in :mod:`memberviews.render`. A format's module is imported when the format
is first used, so listing the formats loads no renderer.
"""

from __future__ import annotations

import importlib
import os
import secrets
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


def render(document: Document, name: str, out: Path, *, writer: Renderer | None = None) -> Path:
    """Writes ``document`` in format ``name`` to ``out`` and returns the path.

    The file is written beside ``out`` under a temporary name and renamed into place when
    whole: a reader never sees half a file, a failure leaves what was there, and a symbolic
    link standing at ``out`` is replaced, never written through. RenderError (one line) for a
    folder that does not exist, a folder standing at ``out``, or a file that cannot be written.
    ``writer`` stands in for the format's function, as that function with options bound
    (``memberviews render --date`` binds the Akoma Ntoso expression date).
    """
    if document.language is None:
        raise RenderError("the document has no language: say which version to render")
    write = renderer(name) if writer is None else writer
    out = Path(out)
    if out.is_dir():
        raise RenderError(f"{out}: a folder stands there, not a file")
    if not out.parent.is_dir():
        raise RenderError(f"{out}: the folder {out.parent} does not exist")
    # Made as an ordinary new file would be (mode 0o666 less the umask), never an old one.
    part = out.with_name(f".{out.name}.{secrets.token_hex(6)}.part")
    try:
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise RenderError(f"{out}: cannot write there ({error.strerror})") from None
    try:
        write(document, part)
        part.replace(out)
    except OSError as error:
        raise RenderError(f"{out}: cannot be written ({error.strerror})") from None
    finally:
        part.unlink(missing_ok=True)
    return out


def output_name(document: Document, fmt: Format) -> str:
    """The file name of one version in one format: ``A-67-131-Add.1-zh.pdf``; RenderError
    for a symbol or language that would make it a path rather than a name."""
    name = f"{to_akn(document.symbol or 'document')}-{document.language}{fmt.suffix}"
    if name.startswith(".") or any(c in name for c in "/\\\0"):
        raise RenderError(f"{name!r} is no file name: the document's symbol or language is wrong")
    return name


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
