"""The ``memberviews`` command. Each command parses its options, calls one library function
and turns a domain error into a one-line message and exit status 2."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from memberviews.core.display import one_line
from memberviews.core.languages import LanguageError
from memberviews.core.model import Document
from memberviews.ingest import SUFFIXES, ReportError, read_report
from memberviews.render.formats import FORMATS

if TYPE_CHECKING:
    from memberviews.compose import Composition
    from memberviews.ingest.pdf import PdfReader
    from memberviews.render import Output

T = TypeVar("T")

app = typer.Typer(
    help="memberviews: the UN 'views of Member States' reporting cycle.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """memberviews: the UN 'views of Member States' reporting cycle."""


@app.command()
def parse(
    path: Annotated[Path, typer.Argument(help="A report (.txt, .pdf, .docx) or a folder of them.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the document model as JSON (one file).")
    ] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON document per line (a folder).")
    ] = False,
    no_ocr: Annotated[
        bool,
        typer.Option(
            "--no-ocr",
            help="Refuse a scanned PDF (no text layer) instead of reading it with OCR (Tesseract).",
        ),
    ] = False,
) -> None:
    """Read published reports and print who replied, in which language, when, and what.
    A scanned PDF is read with OCR, a page at a time (slow: a few seconds a page)."""
    from memberviews.ingest.pdf import PdfReader

    with PdfReader(ocr=not no_ocr) as reader:
        if path.is_dir():
            _parse_folder(path, reader, as_json=as_json)
            return
        with _ocr_progress(reader):
            try:
                document = read_report(path, pdf_reader=reader)
            except ReportError as error:
                _fail(str(error))
    if as_jsonl:
        _write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
    elif as_json:
        _write(json.dumps(document.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        _summary(document, path)


@contextlib.contextmanager
def _ocr_progress(reader: PdfReader) -> Iterator[None]:
    """A progress bar on stderr, when it is a terminal, for the pages of a scanned PDF."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.progress import Progress

    with Progress(
        console=Console(stderr=True), transient=True, redirect_stdout=False, redirect_stderr=False
    ) as progress:
        task = None

        def on_page(done: int, total: int) -> None:
            nonlocal task
            if task is None:
                task = progress.add_task("OCR of a scanned PDF", total=total)
            progress.update(task, completed=done, description=f"OCR: page {done} of {total}")

        reader.on_ocr_page = on_page
        try:
            yield
        finally:
            reader.on_ocr_page = None


_FORMAT_HELP = "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values())
#: The format that ``render --date`` is for, and the date as it is written there.
_AKN = "akn"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@app.command()
def render(
    document: Annotated[
        Path, typer.Argument(help="A document as JSON: `parse --json` output or a composed one.")
    ],
    lang: Annotated[str, typer.Option("--lang", help="The language version: ar zh en fr ru es.")],
    fmt: Annotated[str, typer.Option("--format", help=f"The format ({_FORMAT_HELP}).")],
    out: Annotated[Path, typer.Option("--out", help="The file to write.")],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help=(
                "Akoma Ntoso only: the date that names a document without a date of its own"
                " (its work and expression date; nothing prints it). A dated document keeps"
                " its date: a different --date is refused."
            ),
        ),
    ] = None,
) -> None:
    """Render one language version of a document to PDF, DOCX, HTML or Akoma Ntoso XML.

    A version in another language than the document's own is composed first: its
    introduction is written in that language and replies without a translation are marked
    as pending. Akoma Ntoso names a version by its date: an undated one needs --date.
    """
    from memberviews.compose import ConsultationError, compose_version, load_document
    from memberviews.render import Renderer, RenderError, get_format
    from memberviews.render import render as render_document

    issued = _date_option(date) if date is not None else None
    try:
        chosen_format = get_format(fmt)
        if issued is not None and chosen_format.name != _AKN:
            _fail(f"--date is the Akoma Ntoso expression date: it goes with --format {_AKN} only")
        chosen = compose_version(load_document(document), lang, source=str(document))
        writer: Renderer | None = None
        if issued is not None:
            from memberviews.render.akn import render_akn

            writer = partial(render_akn, date=issued)
        elif chosen_format.name == _AKN and chosen.date is None and chosen.symbol:
            _fail(
                f"{chosen.symbol} has no date: Akoma Ntoso names it by one; pass --date YYYY-MM-DD"
            )
        render_document(chosen, chosen_format.name, out, writer=writer)
    except (ConsultationError, RenderError, LanguageError) as error:
        _fail(str(error))
    from memberviews.core.drafts import unfinished
    from memberviews.render.common import missing_parts

    for line in missing_parts(chosen):
        _warn(f"warning: {line}")
    lines = unfinished(chosen)
    status = "draft: " + "; ".join(lines) if lines else "final"
    print(f"{out}: {chosen.symbol} ({chosen.language}, {fmt}, {status})")


@app.command()
def compose(
    consultation: Annotated[
        Path, typer.Argument(help="A consultation file (YAML or JSON), or a parsed report's JSON.")
    ],
    out: Annotated[Path, typer.Option("--out", help="The folder to write the files into.")],
    formats: Annotated[
        str, typer.Option("--formats", help=f"Comma-separated formats to write ({_FORMAT_HELP}).")
    ] = ",".join(FORMATS),
    final: Annotated[
        bool,
        typer.Option(
            "--final",
            help=(
                "Write the final versions: refused, naming what is missing, while any version"
                " has a translation pending or an unrevised machine translation (without it,"
                " such versions are written as drafts, marked on every page)."
            ),
        ),
    ] = False,
) -> None:
    """Compose the report, its addenda and corrigenda in the six languages; write every format."""
    from memberviews.compose import ConsultationError, load_consultation
    from memberviews.compose import compose as compose_documents
    from memberviews.core.drafts import unfinished
    from memberviews.render import RenderError, outputs, parse_formats

    try:
        wanted = parse_formats(formats)
        composition = compose_documents(load_consultation(consultation))
        if final:
            drafts = [(d, lines) for d in composition.documents if (lines := unfinished(d))]
            if drafts:
                _fail(_not_final(drafts))
        files = outputs(composition.documents, wanted, out)
        written = [file.write() for file in _progress_of(files, "Rendering", _output_label)]
    except (ConsultationError, RenderError) as error:
        _fail(str(error))
    _compose_summary(composition, written, out)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def manage(ctx: typer.Context) -> None:
    """Runs a management command of the web application (migrate, createsuperuser, …)."""
    from memberviews.web.run import manage as run_manage

    run_manage(ctx.args)


@app.command()
def worker() -> None:
    """Runs a background worker (sending notes verbales, reminders). On PostgreSQL, run as
    many as you like, on as many machines."""
    from memberviews.web.run import manage as run_manage

    run_manage(["db_worker", "--queue-name", "default,import"])


@app.command(name="import")
def import_(
    paths: Annotated[
        list[Path], typer.Argument(help="Published reports (.pdf, .docx, .txt) or folders of them.")
    ],
    processes: Annotated[
        int | None, typer.Option(help="Files read at once (default: one per core).")
    ] = None,
) -> None:
    """Stores published reports in the archive, each language version once: a file already
    imported is skipped, a changed one replaces its version. On PostgreSQL the files go
    through the task queue, which workers on other machines share."""
    from memberviews.web.run import setup

    setup()
    from django.core.management import call_command

    from memberviews.web.archive.importer import NothingToImport, import_paths

    call_command("migrate", interactive=False, verbosity=0)
    try:
        with _import_progress() as on_file:
            summary = import_paths(paths, processes=processes, on_file=on_file)
    except NothingToImport as error:
        _fail(str(error))
    counts = ", ".join(
        f"{summary.count(kind)} {kind}" for kind in ("stored", "updated", "skipped", "refused")
    )
    Console(stderr=True).print(f"{len(summary.files)} files: {counts}", highlight=False)
    for refused in summary.refused:
        _warn(f"refused: {refused.detail}")
    if summary.refused and len(summary.refused) == len(summary.files):
        raise typer.Exit(2)


@contextlib.contextmanager
def _import_progress() -> Iterator[Callable[[Any, int, int], None] | None]:
    """A progress bar on stderr, when it is a terminal, advanced after each file."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("Importing", total=None)

        def on_file(outcome: Any, done: int, total: int) -> None:
            progress.update(
                bar, completed=done, total=total, description=Path(outcome.name).name[:40]
            )

        yield on_file


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Web server processes.")] = 2,
    demo: Annotated[
        Path | None,
        typer.Option(
            help="A consultation file loaded, with demo accounts, into an empty database."
        ),
    ] = None,
) -> None:
    """Starts the web application: migrations, the demo, a worker, and gunicorn."""
    from memberviews.web.run import serve as run_serve

    run_serve(host=host, port=port, workers=workers, demo=demo)


def _date_option(text: str) -> dt.date:
    """``--date`` as a date; a one-line failure unless it is a real day written YYYY-MM-DD."""
    day = None
    if _ISO_DATE.fullmatch(text):
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(text)
    if day is None:
        _fail(f"--date {text!r} is not a date: write it YYYY-MM-DD, as 2012-07-05")
    return day


def _output_label(output: Output) -> str:
    return f"{output.document.language} {output.format.name}"


def _compose_summary(composition: Composition, written: list[Path], out: Path) -> None:
    console = Console()
    console.print(f"[bold]{len(written)} files[/bold] written to {out}")
    table = Table(title="Documents", title_justify="left")
    for column in ("Symbol", "Language", "Replies", "Words", "Draft: translations to come"):
        table.add_column(column)
    for document in composition.documents:
        key = (document.symbol or "", document.language or "")
        # A corrigendum waits for its own text, not for a reply's.
        waiting = [
            f"{item.sender or 'its text'}{' (machine)' if item.machine else ''}"
            for item in composition.pending(*key)
        ]
        table.add_row(
            key[0],
            key[1],
            str(len(document.replies)),
            str(composition.word_counts.get(key, "")),
            ", ".join(waiting) or "— (final)",
        )
    console.print(table)
    if composition.incomplete:
        machine = sum(1 for item in composition.incomplete if item.machine)
        pending = len(composition.incomplete) - machine
        console.print(
            f"[yellow]Drafts:[/yellow] {pending} translations pending and {machine} machine"
            " translations not revised (each version marked as a draft on every page)"
        )
    for warning in [*composition.warnings, *_missing(composition.documents)]:
        console.print(f"[yellow]Warning:[/yellow] {warning}")


def _missing(documents: list[Document]) -> list[str]:
    """The cover parts each symbol lacks, once per symbol (``every language`` when all six
    versions lack it)."""
    from memberviews.render.common import missing_cover

    found: dict[tuple[str, str], int] = {}
    for document in documents:
        for part in missing_cover(document):
            key = (document.symbol or "the document", part)
            found[key] = found.get(key, 0) + 1
    return [
        f"{symbol}{' (every language)' if versions >= 6 else ''} has no {part}"
        for (symbol, part), versions in found.items()
    ]


def _not_final(drafts: list[tuple[Document, list[str]]]) -> str:
    """One line naming what keeps the versions from being final."""
    named = [f"{d.symbol} ({d.language}): {'; '.join(lines)}" for d, lines in drafts[:3]]
    more = f"; and {len(drafts) - 3} more versions" if len(drafts) > 3 else ""
    return f"not final, {len(drafts)} versions are drafts: {' | '.join(named)}{more}"


def _parse_folder(folder: Path, reader: PdfReader, *, as_json: bool) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        _fail(f"{folder}: no .txt, .pdf or .docx files in this folder")
    failures = 0
    documents: list[dict[str, Any]] = []
    for file in _progress(files):
        try:
            document = read_report(file, pdf_reader=reader)
        except ReportError as error:
            failures += 1
            _warn(str(error))
            continue
        # A name that is not UTF-8 is shown escaped: the JSON on stdout stays UTF-8.
        record = {"file": one_line(str(file.relative_to(folder))), **document.to_json()}
        if as_json:
            documents.append(record)
        else:
            _write(json.dumps(record, ensure_ascii=False) + "\n")
    if as_json:
        _write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    if failures:
        _fail(f"{failures} of {len(files)} files could not be read")


def _progress(files: list[Path]) -> Iterator[Path]:
    return _progress_of(files, "Reading reports", lambda f: f.name[:40])


def _progress_of(items: list[T], title: str, label: Callable[[T], str]) -> Iterator[T]:
    """Yields the items, with a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    # stdout carries the JSON: the bar must not capture it (rich redirects it by default).
    console = Console(stderr=True)
    with Progress(
        console=console, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as progress:
        task = progress.add_task(title, total=len(items))
        for item in items:
            progress.update(task, description=label(item))
            yield item
            progress.advance(task)


def _summary(document: Document, path: Path) -> None:
    console = Console()
    console.print(f"[bold]{document.symbol or 'no symbol'}[/bold]  ({path.name})")
    facts = [
        ("Language", document.language),
        ("Job number", document.job_number),
        ("Title", document.title),
        ("Mandate", _mandate_text(document)),
        ("Request (note verbale)", _iso(document.request.date if document.request else None)),
        ("Sections", " | ".join(f"{s.number}. {s.heading}" for s in document.sections)),
    ]
    for label, value in facts:
        console.print(f"  {label + ':':<24}{value if value else '—'}")
    table = Table(title=f"{len(document.replies)} replies", title_justify="left")
    for column in ("#", "From", "ISO3", "Original", "Date", "Paragraphs"):
        table.add_column(column)
    for i, reply in enumerate(document.replies, start=1):
        sender = (
            reply.organization.name
            if reply.organization
            else (reply.state.name if reply.state else "(no heading)")
        )
        table.add_row(
            str(i),
            sender,
            reply.state.iso3 or "?" if reply.state else "org" if reply.organization else "—",
            reply.original_language or "—",
            _iso(reply.date) or "—",
            str(len(reply.paragraphs)),
        )
    console.print(table)


def _mandate_text(document: Document) -> str | None:
    m = document.mandate
    if m is None:
        return None
    parts = [f"resolution {m.resolution}"]
    if m.paragraph is not None:
        parts.append(f"paragraph {m.paragraph}")
    if m.adopted:
        parts.append(f"adopted {m.adopted.isoformat()}")
    if m.session:
        parts.append(f"report to session {m.session}")
    return ", ".join(parts)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
    except BrokenPipeError:  # piped into head: stop quietly
        sys.stderr.close()
        raise typer.Exit(0) from None


def _warn(message: str) -> None:
    print(f"memberviews: {one_line(message)}", file=sys.stderr)


def _fail(message: str) -> NoReturn:
    _warn(message)
    raise typer.Exit(2)


def main() -> None:
    # A lone surrogate in extracted text is printed escaped, never a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    app()
