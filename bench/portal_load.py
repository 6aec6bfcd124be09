"""Load benchmark: the 193 Member States' Missions submit their replies at the same moment.

    .venv/bin/python -m bench.portal_load [--database postgresql|sqlite] [--workers 4]
        [--missions 193] [--profile 40]

The real server (``memberviews serve --workers 4``, its background worker sending the receipt
e-mails to an SMTP server on loopback) on a fresh database: PostgreSQL by default (a database
of its own beside the one ``DATABASE_URL`` names, default
``postgres://postgres@127.0.0.1:5432/postgres``), or SQLite. One member account per Mission,
seeded with the ORM; all sign in first (not timed). Then 20 of them submit one after another
(the unloaded time of a submission, and the workers warmed up), and then all 193 submissions
are released at once (one client thread each, behind a barrier). Measured: each submission's
latency, from connecting until the 302 to its receipt arrives. Afterwards every acknowledged
reply must be in the database with its text (lost must be 0).

Baseline, same run: a bare Django endpoint (the same project, middleware and settings, one
view added that inserts one row, a ``django_session`` row with the text, and answers) served by
the same gunicorn with the same number of workers on the same database, hit by the same 193
concurrent requests. Ratio: portal / baseline, at each percentile.

Then ``--profile N`` submissions are made in this process (Django's test client) under
cProfile, with the time in SQL statements and in COMMIT measured: where a submission's time
goes once a worker has it.

What limits p99 (measured on the 2-core machine, see the report this prints): not the view's
own speed but queueing. 193 requests arrive together; gunicorn's sync workers take one each,
and 4 workers share 2 cores, so requests are served about two at a time. The last one waits for
(nearly) all the others: p99 ≈ the burst's makespan ≈ 193 × (CPU time of one submission) / 2
cores. A submission costs tens of milliseconds of CPU in Python (rules, several queries, the
audit entry, the task row, language detection), so p99 is seconds, not 300 ms; the bare
insert costs a few milliseconds and its p99 is correspondingly small. The database's COMMIT
(fsync) is a small share. More workers than cores does not help (the CPU is the limit).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.crash_portal import (
    ROOT,
    Account,
    Acknowledged,
    Answer,
    Member,
    fresh_site,
    paragraphs_of,
    reply_text,
    seed_members,
    seed_requests,
    verify,
    wait_until_answering,
)

if TYPE_CHECKING:
    from django.core.handlers.wsgi import WSGIHandler

#: The bare endpoint's path, added to the project's URLs by :func:`bare_application`.
BARE_PATH = "/bench/bare-insert/"
_UNLOADED = 20


def bare_application() -> WSGIHandler:
    """The memberviews WSGI application with one more view, :data:`BARE_PATH`, which inserts
    one row and answers (gunicorn ``'bench.portal_load:bare_application()'``)."""
    import uuid
    from datetime import timedelta

    from django.http import HttpRequest, HttpResponse
    from django.urls import clear_url_caches, path
    from django.utils import timezone
    from django.views.decorators.csrf import csrf_exempt

    from memberviews.web.wsgi import application  # sets Django up

    @csrf_exempt
    def insert(request: HttpRequest) -> HttpResponse:
        from django.contrib.sessions.models import Session  # once Django is set up

        Session.objects.create(
            session_key=f"bare{uuid.uuid4().hex}",
            session_data=request.POST.get("text", ""),
            expire_date=timezone.now() + timedelta(days=1),
        )
        return HttpResponse("stored", content_type="text/plain")

    from memberviews.web import urls  # its views import the models: once Django is set up

    urls.urlpatterns.append(path(BARE_PATH.strip("/") + "/", insert))
    clear_url_caches()
    return application


@dataclass
class Burst:
    #: Each call's answer, in the calls' order (None when it got none).
    answers: list[Answer | None]
    failures: list[str]
    makespan: float

    @property
    def answered(self) -> list[Answer]:
        return [a for a in self.answers if a is not None]


def burst(calls: list[Callable[[], Answer]]) -> Burst:
    """Runs every call in a thread of its own, all released at once by a barrier."""
    barrier = threading.Barrier(len(calls) + 1)
    answers: list[Answer | None] = [None] * len(calls)
    ends: list[float] = [0.0] * len(calls)
    failures: list[str] = []

    def run(index: int) -> None:
        barrier.wait()
        try:
            answers[index] = calls[index]()
        except Exception as error:  # an unanswered request is counted, not raised
            failures.append(f"{type(error).__name__}: {error}")
        ends[index] = time.perf_counter()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    barrier.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    return Burst(answers, failures, max(ends) - released)


def percentiles(seconds: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 in milliseconds."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def _gunicorn(env: dict[str, str], log: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    executable = Path(sys.executable).parent / "gunicorn"
    bind = ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    with log.open("ab") as output:
        return subprocess.Popen(
            [str(executable), "bench.portal_load:bare_application()", *bind],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _portal(
    env: dict[str, str], folder: Path, accounts: list[Account], requests: list[int], workers: int
) -> tuple[list[float], Burst, list[Acknowledged]]:
    from bench.crash_portal import Server
    from support.smtp import free_port

    port = free_port()
    server = Server(env, folder / "serve.log", workers=workers, port=port)
    server.start()
    try:
        members = [Member(port, account, timeout=300) for account in accounts]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(Member.sign_in, members))
        warm, timed = requests[0], requests[1]
        unloaded = []
        for number, member in enumerate(members[:_UNLOADED]):
            text = reply_text(number, member.account.username, _rng(number))
            answer = member.submit(warm, text, "en", None)
            assert answer.receipt is not None, answer
            unloaded.append(answer.seconds)
        texts = [reply_text(0, m.account.username, _rng(i)) for i, m in enumerate(members)]

        def submission(member: Member, text: str) -> Callable[[], Answer]:
            return lambda: member.submit(timed, text, "en", None)

        result = burst([submission(m, t) for m, t in zip(members, texts, strict=True)])
        acknowledged = [
            Acknowledged(key, timed, m.account.mission, paragraphs_of(t))
            for answer, m, t in zip(result.answers, members, texts, strict=True)
            if answer is not None and (key := answer.receipt) is not None
        ]
        return unloaded, result, acknowledged
    finally:
        server.stop()


def _rng(seed: int) -> Any:
    import random

    return random.Random(seed)


def _baseline(
    env: dict[str, str], folder: Path, count: int, workers: int
) -> tuple[list[float], Burst, int]:
    from django.contrib.sessions.models import Session

    from support.smtp import free_port

    port = free_port()
    server = _gunicorn(env, folder / "bare.log", port, workers)
    try:
        wait_until_answering(port, server, folder / "bare.log")
        client = Member(port, Account("nobody", 0), timeout=300)
        unloaded = []
        for number in range(_UNLOADED):
            text = reply_text(number, "bare", _rng(number))
            unloaded.append(client.send("POST", BARE_PATH, {"text": text}).seconds)
        clients = [Member(port, Account("nobody", 0), timeout=300) for _ in range(count)]
        texts = [reply_text(0, f"bare-{i}", _rng(i)) for i in range(count)]

        def insertion(client: Member, text: str) -> Callable[[], Answer]:
            return lambda: client.send("POST", BARE_PATH, {"text": text})

        result = burst([insertion(c, t) for c, t in zip(clients, texts, strict=True)])
        stored = Session.objects.filter(session_key__startswith="bare").count()
        return unloaded, result, stored - _UNLOADED
    finally:
        _stop(server)


def _profile(accounts: list[Account], request: int) -> str:
    """Submits a reply for each account in this process (Django's test client, the same
    middleware): three to warm up, half timed with the time in SQL and in COMMIT measured,
    half under cProfile. Returns the report."""
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    #: Counted only while a submission runs (not while the client signs in).
    sql = {"seconds": 0.0, "statements": 0, "commit": 0.0, "on": 0}

    def timed(execute: Any, statement: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(statement, params, many, context)
        finally:
            if sql["on"]:
                sql["seconds"] += time.perf_counter() - started
                sql["statements"] += 1

    commit = getattr(connection, "_commit")  # noqa: B009 (Django's private COMMIT, timed)

    def timed_commit() -> None:
        started = time.perf_counter()
        try:
            commit()
        finally:
            if sql["on"]:
                sql["commit"] += time.perf_counter() - started

    url = f"/portal/requests/{request}/reply/"
    # One client, signed in as each member in turn (not timed): its handler, and so the
    # middleware chain, is built once, as in a gunicorn worker.
    client = Client(SERVER_NAME="localhost")  # a host the settings allow
    posts = []
    for number, account in enumerate(accounts):
        text = reply_text(number, account.username, _rng(number))
        fields = {"text": text, "original_language": "en", "confirm": "True"}
        posts.append((User.objects.get(username=account.username), fields))

    def submit(user: User, fields: dict[str, str], profiler: cProfile.Profile | None) -> float:
        client.force_login(user)
        if profiler is not None:
            profiler.enable()
        sql["on"] = 1
        started = time.perf_counter()
        response = client.post(url, fields)
        seconds = time.perf_counter() - started
        sql["on"] = 0
        if profiler is not None:
            profiler.disable()
        assert response.status_code == 302, response.status_code
        return seconds

    for user, fields in posts[:3]:
        submit(user, fields, None)
    half = (len(posts) - 3) // 2
    setattr(connection, "_commit", timed_commit)  # noqa: B010 (a method replaced on one object)
    with connection.execute_wrapper(timed):
        seconds = [submit(user, fields, None) for user, fields in posts[3 : 3 + half]]
    setattr(connection, "_commit", commit)  # noqa: B010
    profiler = cProfile.Profile()
    for user, fields in posts[3 + half :]:
        submit(user, fields, profiler)
    out = io.StringIO()
    out.write(
        f"in-process submissions ({half}, Django test client, warm): median"
        f" {statistics.median(seconds) * 1000:.1f} ms, mean {statistics.mean(seconds) * 1000:.1f}"
        f" ms, of which SQL {sql['seconds'] / half * 1000:.1f} ms in"
        f" {sql['statements'] / half:.0f} statements and COMMIT"
        f" {sql['commit'] / half * 1000:.2f} ms\n"
        f"profile of {len(posts) - 3 - half} more:\n"
    )
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(r"memberviews|django", 40)
    stats.sort_stats("tottime").print_stats(15)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--missions", type=int, default=193, help="concurrent submissions")
    parser.add_argument(
        "--profile", type=int, default=40, help="submissions timed, as many profiled (0: none)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name, fresh_site(args.database, Path(name)) as env:
        folder = Path(name)
        accounts = seed_members(args.missions)
        requests = seed_requests(3, [a.mission for a in accounts], "LOAD")
        unloaded, portal, acknowledged = _portal(env, folder, accounts, requests, args.workers)
        check = verify(acknowledged, {})
        bare_unloaded, bare, bare_stored = _baseline(env, folder, args.missions, args.workers)
        report = _profile(accounts[: 2 * args.profile + 3], requests[2]) if args.profile else ""
    receipts = sum(a.receipt is not None for a in portal.answered)
    other = [f"{a.status} {a.location}" for a in portal.answered if a.receipt is None]
    p = percentiles([a.seconds for a in portal.answered])
    b = percentiles([a.seconds for a in bare.answered])
    n = args.missions
    print(
        f"portal load on {args.database}: {n} Missions at once, {args.workers} gunicorn workers,"
        f" 2 cores\n"
        f"  portal submit:  p50 {p[0]:.0f} ms, p95 {p[1]:.0f} ms, p99 {p[2]:.0f} ms;"
        f" burst done in {portal.makespan * 1000:.0f} ms;"
        f" unloaded (one at a time) median {statistics.median(unloaded) * 1000:.1f} ms\n"
        f"  bare insert:    p50 {b[0]:.0f} ms, p95 {b[1]:.0f} ms, p99 {b[2]:.0f} ms;"
        f" burst done in {bare.makespan * 1000:.0f} ms;"
        f" unloaded median {statistics.median(bare_unloaded) * 1000:.1f} ms\n"
        f"  ratio portal/bare: p50 {p[0] / b[0]:.1f}, p95 {p[1] / b[1]:.1f},"
        f" p99 {p[2] / b[2]:.1f}\n"
        f"  acknowledged {receipts} of {n}, other answers {other}, unanswered {portal.failures};"
        f" lost {len(check.lost)}, changed {len(check.changed)};"
        f" bare rows stored {bare_stored} of {n}, unanswered {bare.failures}\n"
        f"  p99 target 300 ms: {'met' if p[2] < 300 else 'NOT met'}"
    )
    if report:
        print(report)
    return 1 if check.lost or check.changed or receipts < n else 0


if __name__ == "__main__":
    sys.exit(main())
