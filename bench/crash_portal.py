"""Crash test of the portal: no acknowledged reply is ever lost, whatever moment the server dies.

    .venv/bin/python -m bench.crash_portal [--kills 100] [--clients 8]
        [--database sqlite|postgresql] [--seed N] [--json]

Starts the real server (``memberviews serve --workers 2``) on a fresh data folder and a fresh
database (SQLite in WAL mode, or a PostgreSQL database of its own beside the one
``DATABASE_URL`` names, default ``postgres://postgres@127.0.0.1:5432/postgres``), with receipt
e-mails going to an SMTP server on loopback. Members of several Missions (one client thread
each) submit replies over HTTP, each with its own text (Latin, Arabic and Chinese script);
every 302 to a receipt is an acknowledgment and is recorded with the text sent. At a random
moment (0.2–2 s) the whole process group of ``memberviews serve`` (gunicorn's master and
workers, and the background worker) gets SIGKILL; it is started again, and once it answers,
the database is read directly: every acknowledged reply must be there, with its first
version's paragraphs equal to the text sent (split as the form splits it) and its date of
receipt equal to the one first read for it. Then the clients go on.

A submission cut by the kill has no answer: it may or may not have been stored, and either is
right. An acknowledged reply that is missing (or changed) is a loss; any loss exits with 1.

The helpers (a fresh site, the members and requests seeded with the ORM, the server process,
the HTTP client of a member) are shared with :mod:`bench.portal_load`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

#: One password for every seeded account: hashed once (Argon2 is slow on purpose).
PASSWORD = "bench-portal-password-7"
#: Paragraphs are separated by a blank line, as in the portal's form.
_BLANK_LINE = re.compile(r"\n\s*\n")
_RECEIPT = re.compile(r"/portal/replies/(\d+)/receipt/$")
_DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"


# --- the site: database, data folder, SMTP server, Django in this process ---------------------


@contextmanager
def fresh_site(database: str, folder: Path) -> Iterator[dict[str, str]]:
    """A new data folder and database (``sqlite`` or ``postgresql``), migrated, with Django
    set up on them in this process and an SMTP server on loopback; yields the environment
    with which ``memberviews serve`` uses the same. Drops the PostgreSQL database after."""
    from aiosmtpd.controller import Controller

    from support.databases import create_postgres_database, drop_postgres_database
    from support.smtp import Mailbox, free_port

    smtp = Controller(Mailbox(), hostname="127.0.0.1", port=free_port())
    smtp.start()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {
        "DJANGO_SETTINGS_MODULE": "memberviews.web.settings",
        "MEMBERVIEWS_DATA": str(folder / "data"),
        "MEMBERVIEWS_EMAIL_HOST": "127.0.0.1",
        "MEMBERVIEWS_EMAIL_PORT": str(smtp.port),
        "MEMBERVIEWS_FROM": "views@un.example",
    }
    server_url = os.environ.get("DATABASE_URL") or _DEFAULT_POSTGRES
    created = None
    if database == "postgresql":
        env["DATABASE_URL"], created = create_postgres_database(server_url, "memberviews_crash")
    try:
        os.environ.clear()
        os.environ.update(env)
        from memberviews.web.run import setup

        setup()
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        yield env
    finally:
        from django.db import connections

        connections.close_all()
        smtp.stop()
        if created:
            drop_postgres_database(server_url, created)


@dataclass(frozen=True)
class Account:
    username: str
    mission: int


def seed_members(count: int = 193) -> list[Account]:
    """One member account for each of the first ``count`` Member States' Missions, all with
    :data:`PASSWORD` (hashed once, users made in one statement)."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User

    from memberviews.web.accounts.models import Membership
    from memberviews.web.requests.models import Mission

    missions = list(Mission.objects.filter(organization="", observer=False).order_by("m49"))
    missions = missions[:count]
    hashed = make_password(PASSWORD)
    users = User.objects.bulk_create(
        User(username=f"member-{m.m49}", email=f"member-{m.m49}@missions.example", password=hashed)
        for m in missions
    )
    if any(user.pk is None for user in users):  # a database that returns no new keys
        users = list(User.objects.filter(username__startswith="member-").order_by("username"))
    by_name = {u.username: u for u in users}
    Membership.objects.bulk_create(
        Membership(user=by_name[f"member-{m.m49}"], mission=m, is_admin=True) for m in missions
    )
    return [Account(f"member-{m.m49}", m.pk) for m in missions]


def seed_requests(count: int, missions: list[int], tag: str) -> list[int]:
    """``count`` requests, sent and open, each addressed to the ``missions``; returns their
    keys in order."""
    from django.contrib.auth.models import User

    from memberviews.web.mandates.models import Mandate
    from memberviews.web.requests.models import Recipient, Request

    officer, _ = User.objects.get_or_create(username="bench-officer")
    mandate = Mandate.objects.create(
        resolution="67/131",
        title="Views on the question of the benchmark",
        language="en",
        confirmed=True,
        registered_by=officer,
    )
    today = date.today()
    Request.objects.bulk_create(
        Request(
            mandate=mandate,
            reference=f"ODA/{n}-{today.year}/{tag}",
            dated=today,
            deadline=today + timedelta(weeks=15),
            status="sent",
            titles={"en": mandate.title},
        )
        for n in range(1, count + 1)
    )
    keys = list(Request.objects.filter(mandate=mandate).order_by("pk").values_list("pk", flat=True))
    Recipient.objects.bulk_create(
        (Recipient(request_id=r, mission_id=m, delivery="sent") for r in keys for m in missions),
        batch_size=2000,
    )
    return keys


# --- the server ---------------------------------------------------------------------------------


class Server:
    """``memberviews serve`` in a process group of its own (gunicorn and the worker with it)."""

    def __init__(self, env: dict[str, str], log: Path, *, workers: int, port: int) -> None:
        self.env, self.log, self.workers, self.port = env, log, workers, port
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        """Starts the server and waits until it answers; returns the seconds that took."""
        started = time.perf_counter()
        executable = Path(sys.executable).parent / "memberviews"
        command = [str(executable), "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                [*command, "--workers", str(self.workers)],
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until_answering(self.port, self.process, self.log)
        return time.perf_counter() - started

    def kill(self) -> None:
        """SIGKILL to every process of the group, at once; returns when they are gone."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        _wait_group_gone(self.process.pid)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        _wait_group_gone(self.process.pid)


def _wait_group_gone(group: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def wait_until_answering(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    """Returns once the sign-in page answers 200; raises if the server ends or never does."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server ended:\n{_tail(log)}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/accounts/login/")
            if connection.getresponse().status == 200:
                connection.close()
                return
            connection.close()
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the server did not answer:\n{_tail(log)}")


def _tail(log: Path) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-40:])


# --- a member's HTTP client --------------------------------------------------------------------


class NotSent(Exception):
    """The connection was refused: the request never reached the server."""


@dataclass
class Answer:
    status: int
    location: str
    seconds: float

    @property
    def receipt(self) -> int | None:
        """The reply's key when this is the acknowledgment (a redirect to its receipt)."""
        found = _RECEIPT.search(self.location) if self.status == 302 else None
        return int(found.group(1)) if found else None


class Member:
    """A Mission's member on the portal over plain HTTP (its cookies kept by hand)."""

    def __init__(self, port: int, account: Account, *, timeout: float = 60) -> None:
        self.port, self.account, self.timeout = port, account, timeout
        self.cookies: dict[str, str] = {}

    def send(self, method: str, path: str, fields: dict[str, str] | None = None) -> Answer:
        """Sends one request; the answer's time is until its status line and headers came.
        Raises :class:`NotSent` when refused, another OSError when the answer was cut."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urlencode({**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            connection.connect()
        except ConnectionRefusedError as error:
            connection.close()
            raise NotSent from error
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            seconds = time.perf_counter() - started
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie: SimpleCookie = SimpleCookie(header)
                self.cookies.update({k: morsel.value for k, morsel in cookie.items()})
            response.read()
            return Answer(response.status, response.headers.get("Location", ""), seconds)
        finally:
            connection.close()

    def sign_in(self) -> None:
        self.send("GET", "/accounts/login/")
        fields = {"username": self.account.username, "password": PASSWORD}
        answer = self.send("POST", "/accounts/login/", fields)
        if answer.status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"{self.account.username}: sign-in answered {answer}")

    def submit(self, request: int, text: str, language: str, dated: date | None) -> Answer:
        fields = {"text": text, "original_language": language, "confirm": "True"}
        fields["dated"] = dated.isoformat() if dated else ""
        return self.send("POST", f"/portal/requests/{request}/reply/", fields)


def reply_text(number: int, author: str, rng: random.Random) -> str:
    """A distinct reply in three scripts, its paragraphs separated by blank lines of several
    shapes (and one paragraph broken over two lines)."""
    token = f"{rng.getrandbits(40):010x}"
    paragraphs = [
        f"Reply {number} of {author} ({token}): the Permanent Mission has the honour to "
        "transmit its views on the question.",
        f"تتشرف البعثة الدائمة بأن تحيل آراءها بشأن المسألة، الرد رقم {number} ({token}).",
        f"常驻代表团谨转递其对该问题的意见，第{number}号答复。\n第二行：{token}",
        f"  Les vues de la Mission, réponse nº {number} — « {token} ».  ",
    ]
    rng.shuffle(paragraphs)
    separators = ["\n\n", "\n \n", "\r\n\r\n", "\n\n\n"]
    text = paragraphs[0]
    for paragraph in paragraphs[1:]:
        text += rng.choice(separators) + paragraph
    return text


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs the form makes of a typed text: split at blank lines, stripped."""
    parts = (p.strip() for p in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    return [p for p in parts if p]


# --- the crash test ------------------------------------------------------------------------------


@dataclass
class Acknowledged:
    reply: int
    request: int
    mission: int
    paragraphs: list[str]


@dataclass
class Tally:
    acknowledged: list[Acknowledged] = field(default_factory=list)
    unanswered: int = 0
    other: Counter[str] = field(default_factory=Counter)
    ran_out: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _client(
    member: Member,
    requests: list[int],
    tally: Tally,
    up: threading.Event,
    stop: threading.Event,
    seed: int,
) -> None:
    rng = random.Random(seed)
    languages = ["en", "fr", "ar", "zh", "es", "ru"]
    queue = iter(requests)
    request = next(queue)
    number = 0
    while not stop.is_set():
        up.wait()
        if stop.is_set():
            return
        number += 1
        text = reply_text(number, member.account.username, rng)
        dated = date.today() - timedelta(days=rng.randrange(30)) if number % 2 else None
        try:
            answer = member.submit(request, text, rng.choice(languages), dated)
        except NotSent:
            time.sleep(0.05)  # the server is being restarted: the same request again
            continue
        except (OSError, http.client.HTTPException):
            with tally.lock:
                tally.unanswered += 1
        else:
            with tally.lock:
                if (reply := answer.receipt) is not None:
                    tally.acknowledged.append(
                        Acknowledged(reply, request, member.account.mission, paragraphs_of(text))
                    )
                else:
                    tally.other[f"{answer.status} {answer.location}"] += 1
        # Whatever came of it, a request is answered once: the next submission is to the next.
        request = next(queue, 0)
        if not request:
            with tally.lock:
                tally.ran_out += 1
            return


@dataclass
class Check:
    lost: list[int] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def verify(acknowledged: list[Acknowledged], first_seen: dict[int, datetime]) -> Check:
    """Reads the database: each acknowledged reply stored, for its request and Mission, with
    its text as sent, and its date of receipt as first read (recorded on the first check)."""
    from django.db import connection

    from memberviews.web.replies.models import Reply, ReplyVersion

    check = Check()
    for start in range(0, len(acknowledged), 500):
        chunk = acknowledged[start : start + 500]
        keys = [a.reply for a in chunk]
        rows = {
            row["pk"]: row
            for row in Reply.objects.filter(pk__in=keys).values(
                "pk", "request_id", "mission_id", "received_at"
            )
        }
        texts = dict(
            ReplyVersion.objects.filter(reply_id__in=keys, number=1).values_list(
                "reply_id", "paragraphs"
            )
        )
        for sent in chunk:
            row = rows.get(sent.reply)
            if row is None or sent.reply not in texts:
                check.lost.append(sent.reply)
                continue
            if (row["request_id"], row["mission_id"]) != (sent.request, sent.mission):
                check.changed.append(f"reply {sent.reply}: another request or Mission")
            if texts[sent.reply] != sent.paragraphs:
                check.changed.append(f"reply {sent.reply}: text {texts[sent.reply]!r}")
            seen = first_seen.setdefault(sent.reply, row["received_at"])
            if row["received_at"] != seen:
                check.changed.append(f"reply {sent.reply}: received {row['received_at']}")
    connection.close()  # no snapshot or lock held while the server runs
    return check


@dataclass
class Result:
    database: str
    kills: int
    clients: int
    acknowledged: int
    unanswered: int
    stored: int
    lost: int
    changed: int
    other_answers: dict[str, int]
    restart_seconds_median: float
    run_seconds: float


def crash_test(database: str, kills: int, clients: int, seed: int) -> Result:
    """Runs the crash test on a fresh site; returns its tallies."""
    started = time.perf_counter()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, fresh_site(database, Path(folder)) as env:
        from support.smtp import free_port

        accounts = seed_members()[:clients]
        # Enough requests for every client never to run out (about 30 submissions a second
        # in all, 3 s between kills at most).
        requests = seed_requests(kills * 25 + 100, [a.mission for a in accounts], "CRASH")
        port = free_port()
        server = Server(env, Path(folder) / "serve.log", workers=2, port=port)
        server.start()
        members = [Member(port, account) for account in accounts]
        for member in members:
            member.sign_in()
        tally, first_seen, restarts = Tally(), dict[int, datetime](), list[float]()
        up, stop = threading.Event(), threading.Event()
        threads = [
            threading.Thread(
                target=_client, args=(m, requests, tally, up, stop, seed * 1000 + i), daemon=True
            )
            for i, m in enumerate(members)
        ]
        for thread in threads:
            thread.start()
        up.set()
        failures = Check()
        try:
            for kill in range(kills):
                time.sleep(rng.uniform(0.2, 2.0))
                up.clear()
                server.kill()
                restarts.append(server.start())
                with tally.lock:
                    acknowledged = list(tally.acknowledged)
                check = verify(acknowledged, first_seen)
                failures.lost += check.lost
                failures.changed += check.changed
                if check.lost or check.changed:
                    print(f"after kill {kill + 1}: {check}", file=sys.stderr)
                up.set()
            time.sleep(1)
            stop.set()
            up.set()
            for thread in threads:
                thread.join(timeout=120)
            final = verify(tally.acknowledged, first_seen)
            failures.lost += final.lost
            failures.changed += final.changed
            from memberviews.web.replies.models import Reply

            stored = Reply.objects.count()
        finally:
            stop.set()
            up.set()
            server.stop()
        if tally.ran_out:
            print(f"warning: {tally.ran_out} client(s) ran out of requests", file=sys.stderr)
        restarts.sort()
        return Result(
            database=database,
            kills=kills,
            clients=clients,
            acknowledged=len(tally.acknowledged),
            unanswered=tally.unanswered,
            stored=stored,
            lost=len(set(failures.lost)),
            changed=len(set(failures.changed)),
            other_answers=dict(tally.other),
            restart_seconds_median=restarts[len(restarts) // 2] if restarts else 0.0,
            run_seconds=time.perf_counter() - started,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--clients", type=int, default=8, help="concurrent members")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--seed", type=int, default=1, help="of the random delays and texts")
    parser.add_argument("--json", action="store_true", help="the result as one JSON line too")
    args = parser.parse_args(argv)
    result = crash_test(args.database, args.kills, args.clients, args.seed)
    print(
        f"crash test on {result.database}: {result.kills} kills, {result.clients} clients\n"
        f"  acknowledged {result.acknowledged}, unanswered {result.unanswered}, "
        f"stored {result.stored} (stored without acknowledgment "
        f"{result.stored - result.acknowledged})\n"
        f"  lost {result.lost}, changed {result.changed}, other answers {result.other_answers}\n"
        f"  restart until answering: median {result.restart_seconds_median:.1f} s; "
        f"run time {result.run_seconds:.0f} s"
    )
    if args.json:
        print(json.dumps(result.__dict__))
    return 1 if result.lost or result.changed else 0


if __name__ == "__main__":
    sys.exit(main())
