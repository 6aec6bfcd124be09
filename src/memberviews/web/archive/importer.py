"""Importing published reports into the archive: ``memberviews import PATH…``.

Files are read one process per core (reading is the slow part: pdfium, OCR for a scan) and
each is stored as it arrives, in its own transaction, by
:func:`~memberviews.web.archive.store.store_version`: a file that cannot be read or stored is
refused whole, with its reason, and the others go on. A file whose digest is already in the
archive is skipped before it is read.

On PostgreSQL the same work runs as background tasks (:func:`import_file`, on the ``import``
queue): the files' bytes are put in the database (:class:`ImportFile`) and any worker, on any
machine, takes them; the command runs workers of its own too, one per core, and reports as
the files are done."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from django.db import connection
from django_tasks import TaskResultStatus, task

from memberviews.core.model import Document as Parsed
from memberviews.ingest import SUFFIXES
from memberviews.web.archive.models import ImportFile, Version
from memberviews.web.archive.store import Refused, drop_empty_series, store_version

Outcome = Literal["stored", "updated", "skipped", "refused"]

#: The queue of the import's tasks (``memberviews worker`` serves it with the others).
QUEUE = "import"
#: Local workers that found the queue empty are started again after this many seconds.
_RESTART_SECONDS = 3.0


@dataclass(frozen=True)
class FileOutcome:
    name: str
    outcome: Outcome
    #: The symbol stored, or why the file was refused.
    detail: str


@dataclass
class Summary:
    """What an import did, file by file."""

    files: list[FileOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    @property
    def refused(self) -> list[FileOutcome]:
        return [f for f in self.files if f.outcome == "refused"]


class NothingToImport(ValueError):
    """Nothing to import (no such path, no report files in a folder)."""


def find_files(paths: Iterable[Path]) -> list[Path]:
    """The report files named or held (at any depth) by ``paths``, in a stable order.
    Raises :class:`NothingToImport` for a path that does not exist or a folder with none."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not inside:
                raise NothingToImport(f"{path}: no .txt, .pdf or .docx files in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise NothingToImport(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class _Read:
    """A file read in a worker process: what is stored, or why it cannot be."""

    name: str
    digest: str
    data: dict[str, Any] | None = None
    pdf: bytes | None = None
    pages: int | None = None
    #: The PDF page of each reply's heading (in the order of ``data``'s replies), if found.
    reply_pages: tuple[int | None, ...] = ()
    error: str = ""


def read_file(name: str, content: bytes) -> _Read:
    """Reads one report's bytes into the document model (in whichever process runs it)."""
    import tempfile

    from memberviews.ingest import ReportError, read_report
    from memberviews.ingest.pdf import PdfReader

    digest = digest_of(content)
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        # Under its own name: the reader's messages name the file the user gave.
        path = Path(folder) / Path(name).name
        path.write_bytes(content)
        try:
            with PdfReader(helper=False) as reader:
                parsed = read_report(path, pdf_reader=reader)
        except ReportError as error:
            return _Read(name, digest, error=str(error).replace(str(path), name))
        except Exception as error:  # a reader's bug refuses the file, not the whole import
            return _Read(name, digest, error=f"{name}: could not be read ({error})")
        pages: int | None = None
        found: tuple[int | None, ...] = ()
        if suffix == ".pdf":
            pages, found = reply_pages(path, [r.heading or "" for r in parsed.replies])
    return _Read(
        name,
        digest,
        data=parsed.to_json(),
        pdf=content if suffix == ".pdf" else None,
        pages=pages,
        reply_pages=found,
    )


def reply_pages(path: Path, headings: list[str]) -> tuple[int, tuple[int | None, ...]]:
    """The PDF's page count, and the page on which each heading (in the report's order) is
    printed as a line of its own, at or after the previous one's; None where it is not
    (the contents' lines, with their dot leaders and page numbers, do not count)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        lines = [
            {" ".join(line.split()) for line in page.get_textpage().get_text_range().splitlines()}
            for page in document
        ]
    finally:
        document.close()
    found: list[int | None] = []
    start = 0
    for heading in headings:
        wanted = " ".join(heading.split())
        page = next((n for n in range(start, len(lines)) if wanted and wanted in lines[n]), None)
        found.append(page + 1 if page is not None else None)
        start = page if page is not None else start
    return len(lines), tuple(found)


def _read_path(path: str) -> _Read:
    return read_file(path, Path(path).read_bytes())


def store_read(read: _Read) -> FileOutcome:
    """Stores what a worker read; a refusal stores nothing."""
    if read.data is None:
        return FileOutcome(read.name, "refused", read.error)
    try:
        parsed = Parsed.from_json(read.data)
        stored = store_version(
            parsed,
            digest=read.digest,
            filename=read.name,
            pdf=read.pdf,
            pages=read.pages,
            reply_pages=read.reply_pages,
        )
    except Refused as error:
        return FileOutcome(read.name, "refused", f"{read.name}: {error}")
    return FileOutcome(read.name, stored.outcome, f"{stored.symbol} ({stored.language})")


def import_paths(
    paths: Iterable[Path],
    *,
    processes: int | None = None,
    on_file: Callable[[FileOutcome, int, int], None] | None = None,
    queue: bool | None = None,
) -> Summary:
    """Imports the report files named or held by ``paths``; ``on_file(outcome, done,
    total)`` after each. The files go through the task queue (see :func:`import_by_tasks`)
    when ``queue`` is true, by default on PostgreSQL; else they are read here."""
    files = find_files(paths)
    if queue if queue is not None else connection.vendor == "postgresql":
        summary = import_by_tasks(files, processes=processes, on_file=on_file)
    else:
        summary = _import_here(files, processes=processes, on_file=on_file)
    drop_empty_series()
    return summary


def _import_here(
    files: list[Path],
    *,
    processes: int | None,
    on_file: Callable[[FileOutcome, int, int], None] | None,
) -> Summary:
    summary = Summary()
    total = len(files)

    def done(outcome: FileOutcome) -> None:
        summary.files.append(outcome)
        if on_file is not None:
            on_file(outcome, len(summary.files), total)

    known = set(Version.objects.values_list("digest", flat=True))
    waiting: list[Path] = []
    for path in files:
        if digest_of(path.read_bytes()) in known:
            done(FileOutcome(str(path), "skipped", "already in the archive"))
        else:
            waiting.append(path)
    workers = max(1, min(processes or os.cpu_count() or 1, len(waiting)))
    if workers == 1:
        for path in waiting:
            done(store_read(_read_path(str(path))))
        return summary
    for read in _read_in_processes(waiting, workers):
        done(store_read(read))
    return summary


def _read_in_processes(files: list[Path], workers: int) -> Iterator[_Read]:
    """Yields each file as read, in the order they finish, by ``workers`` processes; at
    most two files per process wait, so a large import never holds all its files at once."""
    pending = iter(files)
    running: set[Future[_Read]] = set()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path in pending:
            running.add(pool.submit(_read_path, str(path)))
            if len(running) >= 2 * workers:
                break
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                following = next(pending, None)
                if following is not None:
                    running.add(pool.submit(_read_path, str(following)))


@task(queue_name=QUEUE)
def import_file(file_id: int) -> str:
    """Reads and stores one file waiting in the database (a task: any worker runs it)."""
    waiting = ImportFile.objects.get(pk=file_id)
    if waiting.outcome != "waiting":
        return waiting.outcome  # a task run twice stores once
    try:
        outcome = store_read(read_file(waiting.name, bytes(waiting.content)))
    except Exception as error:  # stored whole or not at all: the file is refused, not lost
        outcome = FileOutcome(waiting.name, "refused", f"{waiting.name}: not stored ({error})")
    waiting.outcome = outcome.outcome
    waiting.reason = outcome.detail if outcome.outcome == "refused" else ""
    waiting.symbol = "" if outcome.outcome == "refused" else outcome.detail
    waiting.content = b""  # stored or refused: the bytes are no longer needed
    waiting.save()
    return outcome.outcome


def import_by_tasks(
    files: list[Path],
    *,
    processes: int | None = None,
    on_file: Callable[[FileOutcome, int, int], None] | None = None,
    wait_for_workers: bool = True,
) -> Summary:
    """Puts the files in the database and enqueues a task each; then, unless told not to,
    runs ``processes`` workers here (others, on other machines, may share the queue) and
    waits until every file is done."""
    batch = uuid.uuid4().hex
    summary = Summary()
    known = set(Version.objects.values_list("digest", flat=True))
    ids: list[int] = []
    tasks: dict[int, str] = {}
    for path in files:
        content = path.read_bytes()
        digest = digest_of(content)
        if digest in known:
            summary.files.append(FileOutcome(str(path), "skipped", "already in the archive"))
            continue
        waiting = ImportFile.objects.create(
            name=str(path), digest=digest, content=content, batch=batch
        )
        ids.append(waiting.pk)
        tasks[waiting.pk] = import_file.enqueue(waiting.pk).id
    total = len(files)
    if on_file is not None:
        for n, outcome in enumerate(summary.files, 1):
            on_file(outcome, n, total)
    if not wait_for_workers or not ids:
        return summary
    workers = [_start_worker() for _ in range(max(1, processes or os.cpu_count() or 1))]
    started = time.monotonic()
    try:
        reported: set[int] = set()
        while len(reported) < len(ids):
            for row in ImportFile.objects.filter(pk__in=ids).exclude(outcome="waiting"):
                if row.pk in reported:
                    continue
                reported.add(row.pk)
                detail = row.reason if row.outcome == "refused" else row.symbol
                outcome = FileOutcome(row.name, row.outcome, detail)  # type: ignore[arg-type]
                summary.files.append(outcome)
                if on_file is not None:
                    on_file(outcome, len(summary.files), total)
            if len(reported) < len(ids):
                if any(w.poll() for w in workers):  # exited, and not with status 0
                    raise RuntimeError("a worker of the import stopped with an error")
                if all(w.poll() is not None for w in workers):
                    _refuse_failed(set(ids) - reported, tasks)
                    if time.monotonic() - started >= _RESTART_SECONDS:
                        # The local workers found nothing ready: the rest are with other
                        # machines' workers, or were retried; look again in a while.
                        workers = [_start_worker() for _ in workers]
                        started = time.monotonic()
                time.sleep(0.2)
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.terminate()
                worker.wait()
    ImportFile.objects.filter(pk__in=ids).delete()
    return summary


def _refuse_failed(waiting: set[int], tasks: dict[int, str]) -> None:
    """Marks refused the files whose task itself failed (its worker lost the database)."""
    for pk in waiting:
        if import_file.get_result(tasks[pk]).status == TaskResultStatus.FAILED:
            ImportFile.objects.filter(pk=pk, outcome="waiting").update(
                outcome="refused", reason="the worker reading it failed; import it again"
            )


def _start_worker() -> subprocess.Popen[bytes]:
    """A worker of the import queue that exits when the queue is empty."""
    command = [sys.executable, "-m", "memberviews", "manage", "db_worker"]
    command += ["--queue-name", QUEUE, "--batch", "--no-startup-delay", "--interval", "0.2"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL)
