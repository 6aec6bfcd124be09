"""Fuzz run: seeded mutations of reports in six languages, each read by ``memberviews parse``.

    .venv/bin/python -m bench.fuzz [--count 10000] [--seed 1] [--keep DIR]

Seeds are the synthetic reports of ``tests/support`` in all six languages, each written as
extracted text, as a PDF (typst) and as a DOCX. Each mutation picks a seed and changes it:
bits flipped, bytes overwritten, inserted, deleted, duplicated or spliced from another seed,
the file cut short, a number made huge; text also gets lines repeated, shuffled and dropped,
tags repeated thousands of times, control characters and another encoding; a DOCX is as often
changed inside one of its parts (the XML) and packed again as changed as a zip.

Each file is read by the real command (``parse FILE --json``) in a process of its own, forked
from this one, held to :data:`CPU_SECONDS` of CPU and :data:`MEMORY_BYTES` of address space
and killed after :data:`WALL_SECONDS`. Outcomes:

- **parsed**: exit status 0;
- **refused**: exit status 2 with one line on stderr (the project's own error);
- **crashed**: anything else (a traceback, another status, a signal, the memory limit);
- **hung**: still running after the wall-clock limit.

Crashed and hung files are kept (``--keep``, else a temporary folder that is printed) with
their stderr, to be read again by hand. The exit status is 1 when anything crashed or hung.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from memberviews import cli  # noqa: E402 (after the path set-up above)
from support.specimen import SyntheticReport  # noqa: E402
from support.synthetic import REPORTS  # noqa: E402
from support.writers import write  # noqa: E402

CPU_SECONDS = 60
WALL_SECONDS = 120
MEMORY_BYTES = 2 * 2**30
OUTCOMES = ("parsed", "refused", "crashed", "hung")
_FORMATS = {"txt-acrobat": ".txt", "pdf": ".pdf", "docx": ".docx"}


@dataclass(frozen=True)
class Seed:
    language: str
    kind: str  # "txt", "pdf" or "docx"
    data: bytes


def seeds(folder: Path) -> list[Seed]:
    """One report per language, written in each format."""
    chosen: dict[str, SyntheticReport] = {}
    for report in REPORTS:
        chosen.setdefault(report.language, report)
    found = []
    folder.mkdir(parents=True, exist_ok=True)
    for language, report in sorted(chosen.items()):
        for fmt, suffix in _FORMATS.items():
            path = write(report, fmt, folder)
            found.append(Seed(language, suffix[1:], path.read_bytes()))
    return found


# Mutations of bytes ---------------------------------------------------------------------

_NUMBER = re.compile(rb"\d+")
_INTERESTING = [b"\x00", b"\xff", b"\x7f", b"\r", b"\n", b"%%EOF", b"obj", b"<<", b"(", b"\\"]


def _flip(rng: random.Random, data: bytearray, _others: list[bytes]) -> None:
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)


def _overwrite(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    i = rng.randrange(len(data))
    data[i : i + rng.randint(1, 64)] = rng.randbytes(rng.randint(1, 64))


def _insert(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    i = rng.randrange(len(data) + 1)
    data[i:i] = rng.choice([rng.randbytes(rng.randint(1, 256)), rng.choice(_INTERESTING)])


def _delete(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    i = rng.randrange(len(data))
    del data[i : i + rng.randint(1, max(1, len(data) // 8))]


def _duplicate(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    i = rng.randrange(len(data))
    chunk = bytes(data[i : i + rng.randint(1, 4096)])
    j = rng.randrange(len(data) + 1)
    data[j:j] = chunk * _times(rng, len(chunk), [1, 2, 10, 1000])


def _splice(rng: random.Random, data: bytearray, others: list[bytes]) -> None:
    other = rng.choice(others)
    i, j = rng.randrange(len(data)), rng.randrange(len(other))
    data[i : i + rng.randint(1, 8192)] = other[j : j + rng.randint(1, 8192)]


def _truncate(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    del data[rng.randrange(len(data)) :]


def _huge_number(rng: random.Random, data: bytearray, _: list[bytes]) -> None:
    numbers = list(_NUMBER.finditer(data))
    if numbers:
        match = rng.choice(numbers)
        huge = rng.choice([b"0", b"-1", b"4294967296", b"99999999999999999999", b"9" * 400])
        data[match.start() : match.end()] = huge


_BYTE_MUTATIONS = (
    _flip,
    _overwrite,
    _insert,
    _delete,
    _duplicate,
    _splice,
    _truncate,
    _huge_number,
)


# Mutations of text ----------------------------------------------------------------------

_TAGS = [
    "[Original: English]",
    "[原件：中文]",
    "[Original : français]",
    "[Подлинный текст на русском языке]",
]


#: No mutation makes a file larger than this: the point is hostile structure, and the size
#: limits have tests of their own (a 1 GB line would only exhaust this process).
MAX_MUTATED_CHARACTERS = 16 * 2**20


def _times(rng: random.Random, unit: int, choices: list[int]) -> int:
    """A repeat count from ``choices``, cut so that ``unit`` characters repeated stay small."""
    return max(1, min(rng.choice(choices), MAX_MUTATED_CHARACTERS // max(unit, 1)))


def _text_mutation(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    choice = rng.randrange(7)
    if choice == 0:  # a line repeated
        i = rng.randrange(len(lines))
        lines[i:i] = [lines[i]] * _times(rng, len(lines[i]) + 1, [2, 100, 50_000])
    elif choice == 1:  # lines shuffled within a window
        i = rng.randrange(len(lines))
        window = lines[i : i + 50]
        rng.shuffle(window)
        lines[i : i + 50] = window
    elif choice == 2:  # lines dropped
        i = rng.randrange(len(lines))
        del lines[i : i + rng.randint(1, 200)]
    elif choice == 3:  # tags, thousands of them
        i = rng.randrange(len(lines))
        lines[i:i] = [rng.choice(_TAGS)] * _times(rng, 40, [3, 1000, 20_000])
    elif choice == 4:  # control characters and lone surrogates
        for _ in range(rng.randint(1, 50)):
            i = rng.randrange(len(lines))
            lines[i] += rng.choice(["\x00", "\x0b", "\x0c", "\u2028", "\ufeff", "\ud800", "\x85"])
    elif choice == 5:  # every line joined into one
        return " ".join(lines)
    else:  # a line made very long
        i = rng.randrange(len(lines))
        lines[i] = lines[i] * _times(rng, len(lines[i]), [100, 10_000])
    return "\n".join(lines)


def mutate(rng: random.Random, seed: Seed, others: list[bytes]) -> bytes:
    if seed.kind == "docx" and rng.random() < 0.5:
        return _mutate_docx_part(rng, seed.data)
    if seed.kind == "txt" and rng.random() < 0.5:
        text = _text_mutation(rng, seed.data.decode("utf-8"))
        encoding = rng.choice(["utf-8", "utf-8", "utf-16", "utf-8-sig"])
        return text.encode(encoding, errors="surrogatepass")
    data = bytearray(seed.data)
    for _ in range(rng.choice([1, 1, 2, 4])):
        if not data:
            break
        rng.choice(_BYTE_MUTATIONS)(rng, data, others)
    return bytes(data)


def _mutate_docx_part(rng: random.Random, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    xml = [i for i, (info, _) in enumerate(members) if info.filename.endswith(".xml")]
    target = rng.choice(xml)
    info, part = members[target]
    changed = bytearray(part)
    if rng.random() < 0.5:
        rng.choice(_BYTE_MUTATIONS)(rng, changed, [part])
    else:
        changed = bytearray(_text_mutation(rng, part.decode("utf-8")).encode("utf-8", "replace"))
    members[target] = (info, bytes(changed))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        for info, member in members:
            packed.writestr(info.filename, member)
    return out.getvalue()


# Running ------------------------------------------------------------------------------------


def _child(path: Path, errors: Path) -> None:
    """In the forked process: the real command on one file, and its exit status."""
    os.setsid()
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    err = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(err, 2)
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 (the child ends with os._exit)
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    sys.argv = ["memberviews", "parse", str(path), "--json"]
    code = 70
    try:
        cli.main()
        code = 0
    except SystemExit as end:
        code = end.code if isinstance(end.code, int) else 1
    except BaseException:  # a crash: its traceback is what the fuzz run keeps
        import traceback

        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(code)


def _outcome(status: int, errors: Path) -> str:
    text = errors.read_text(errors="replace")
    if os.WIFEXITED(status):
        code = os.WEXITSTATUS(status)
        if code == 0 and "Traceback" not in text:
            return "parsed"
        one_line = text.count("\n") == 1 and text.startswith("memberviews: ")
        if code == 2 and one_line:
            return "refused"
    return "crashed"


@dataclass
class _Running:
    pid: int
    started: float
    path: Path
    errors: Path
    label: str


def run(count: int, seed: int, keep: Path, workers: int) -> Counter[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        corpus = seeds(folder / "seeds")
        raw = [s.data for s in corpus]
        rng = random.Random(seed)
        counts: Counter[tuple[str, str]] = Counter()
        running: dict[int, _Running] = {}
        peak_kilobytes, peak_file = 0, ""

        def finish(job: _Running, outcome: str, kilobytes: int) -> None:
            nonlocal peak_kilobytes, peak_file
            counts[(job.label, outcome)] += 1
            if kilobytes > peak_kilobytes:
                peak_kilobytes, peak_file = kilobytes, f"{job.path.name}, {outcome}"
            if outcome in ("crashed", "hung"):
                keep.mkdir(parents=True, exist_ok=True)
                name = job.path.name
                (keep / name).write_bytes(job.path.read_bytes())
                (keep / f"{name}.stderr").write_bytes(job.errors.read_bytes())
                print(f"  {outcome}: {keep / name}", flush=True)
            job.path.unlink()
            job.errors.unlink()

        for number in range(count):
            while len(running) >= workers:
                _reap(running, finish)
            chosen = rng.choice(corpus)
            data = mutate(rng, chosen, raw)
            path = folder / f"{number:05d}-{chosen.language}.{chosen.kind}"
            path.write_bytes(data)
            errors = folder / f"{number:05d}.stderr"
            pid = os.fork()
            if pid == 0:
                _child(path, errors)
            running[pid] = _Running(pid, time.monotonic(), path, errors, chosen.kind)
            if (number + 1) % 500 == 0:
                print(f"  {number + 1:,} of {count:,}", flush=True)
        while running:
            _reap(running, finish)
        print(
            f"largest peak resident memory of one run: {peak_kilobytes / 1024:.0f} MB ({peak_file})"
        )
        return counts


def _reap(running: dict[int, _Running], finish: Callable[[_Running, str, int], None]) -> None:
    """Waits for a child to end, or kills one that has run over time."""
    while True:
        for job in list(running.values()):
            if time.monotonic() - job.started > WALL_SECONDS:
                os.killpg(job.pid, signal.SIGKILL)
                os.waitpid(job.pid, 0)
                del running[job.pid]
                finish(job, "hung", 0)
                return
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid and pid in running:
            job = running.pop(pid)
            finish(job, _outcome(status, job.errors), int(usage.ru_maxrss))
            return
        time.sleep(0.005)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="where crashed files are kept")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="memberviews-fuzz-"))
    started = time.monotonic()
    counts = run(args.count, args.seed, keep, args.workers)
    elapsed = time.monotonic() - started
    kinds = sorted({kind for kind, _ in counts})
    print(f"\n{args.count:,} mutations, seed {args.seed}, {elapsed:.0f} s")
    print(f"{'':8}" + "".join(f"{o:>10}" for o in OUTCOMES))
    for kind in [*kinds, "all"]:
        row = [
            sum(n for (k, o), n in counts.items() if o == outcome and kind in (k, "all"))
            for outcome in OUTCOMES
        ]
        print(f"{kind:8}" + "".join(f"{n:>10,}" for n in row))
    bad = counts_of(counts, "crashed") + counts_of(counts, "hung")
    if bad:
        print(f"crashed and hung files kept in {keep}")
    return 1 if bad else 0


def counts_of(counts: Counter[tuple[str, str]], outcome: str) -> int:
    return sum(n for (_, o), n in counts.items() if o == outcome)


if __name__ == "__main__":
    sys.exit(main())
