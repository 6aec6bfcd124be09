"""Web benchmark: sending a request to 195 Missions, and the dashboard under load.

    .venv/bin/python -m bench.web_bench [--workers 1,4] [--dashboard-requests 200]

Runs on a fresh database: SQLite in a temporary folder, or PostgreSQL when ``DATABASE_URL``
names a server (a database of its own is created there and dropped).

(a) **Sending.** A request to the 195 Member and observer States, each with an address, goes
    out through a real SMTP server on loopback (aiosmtpd). Measured: the seconds from
    ``do_send_request`` until the server has accepted every message, with one
    ``memberviews worker`` process and with four. Baseline, same run and same messages: one
    process composing, rendering and sending them in a plain loop (no tasks, no database
    between them). Ratio: workers / baseline.
(b) **Dashboard.** 20 requests to the 195, each with replies from a third of them. Measured:
    the 95th percentile of the dashboard page's response time (Django's test client, in
    process), against a bare view that reads the same rows (recipients, Missions, replies)
    and returns them as text. Ratio: dashboard / bare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.http import HttpRequest, HttpResponse

    from memberviews.web.mandates.models import Mandate
    from memberviews.web.requests.models import Request
    from support.smtp import Mailbox

ROOT = Path(__file__).resolve().parents[1]
#: The Missions a request goes to: the 193 Member States and the two observer States.
TO = 195
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,4", help="worker counts, comma-separated")
    parser.add_argument("--dashboard-requests", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        database = _fresh_database(folder)
        try:
            _setup_django(folder)
            return _run(args, folder)
        finally:
            _drop_database(database)


def _fresh_database(folder: str) -> str | None:
    """On PostgreSQL, points ``DATABASE_URL`` at a new database; returns its name."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return None
    from support.databases import create_postgres_database

    os.environ["DATABASE_URL"], name = create_postgres_database(url, "memberviews_bench")
    return name


def _drop_database(name: str | None) -> None:
    if name is not None:
        from support.databases import drop_postgres_database

        drop_postgres_database(os.environ["DATABASE_URL"], name)


def _setup_django(folder: str) -> None:
    os.environ["MEMBERVIEWS_DATA"] = str(Path(folder) / "data")
    os.environ["DJANGO_SETTINGS_MODULE"] = "memberviews.web.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _run(args: argparse.Namespace, folder: str) -> int:
    from aiosmtpd.controller import Controller
    from django.conf import settings

    from support.smtp import Mailbox, free_port

    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp.port
    env = dict(
        os.environ, MEMBERVIEWS_EMAIL_HOST="127.0.0.1", MEMBERVIEWS_EMAIL_PORT=str(smtp.port)
    )
    engine = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    try:
        officer, mandate = _officer_and_mandate()
        print(f"web benchmark on {engine}")
        baseline = _bare_sending(officer, mandate, mailbox)
        print(f"(a) sending to 195: bare loop in one process {baseline:.1f} s")
        for workers in [int(n) for n in args.workers.split(",")]:
            seconds = _sending(officer, mandate, mailbox, workers, env)
            print(
                f"    {workers} worker(s): {seconds:.1f} s until the SMTP server had all 195,"
                f" ratio to the bare loop {seconds / baseline:.2f}"
            )
        dashboard, bare = _dashboard(officer, mandate, args.dashboard_requests)
        print(
            f"(b) dashboard, 195 States x 20 requests: p95 {dashboard * 1000:.1f} ms,"
            f" bare view {bare * 1000:.1f} ms, ratio {dashboard / bare:.2f}"
        )
    finally:
        smtp.stop()
    return 0


def _officer_and_mandate() -> tuple[User, Mandate]:
    from django.contrib.auth.models import Group, User

    from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
    from memberviews.web.requests.models import Mission
    from support.web import RESOLUTIONS

    officer = User.objects.create_user("bench-officer")
    officer.groups.add(Group.objects.get(name="officer"))
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    mandate = do_register_mandate(officer, text=text, language=None)
    # The 193 Member States and the two observer States; the organizations are not asked.
    changes = {"resolution": mandate.resolution, "invites_organizations": False}
    mandate = do_confirm_mandate(officer, mandate, changes)
    for mission in Mission.objects.all():
        mission.email = f"m{mission.m49 or mission.organization}@missions.example"
        mission.save(update_fields=["email"])
    return officer, mandate


def _new_request(officer: User, mandate: Mandate) -> Request:
    from memberviews.web.requests.actions import do_create_request

    today = date.today()
    return do_create_request(officer, mandate, dated=today, deadline=today + timedelta(days=60))


def _bare_sending(officer: User, mandate: Mandate, mailbox: Mailbox) -> float:
    from memberviews.web.requests.mail import note_message

    request = _new_request(officer, mandate)
    missions = [r.mission for r in request.recipients.select_related("mission")]
    mailbox.received.clear()
    start = time.perf_counter()
    for mission in missions:
        note_message(request, mission, "request", date.today()).send()
    seconds = time.perf_counter() - start
    assert len(mailbox.received) == len(missions) == TO
    return seconds


def _sending(
    officer: User, mandate: Mandate, mailbox: Mailbox, workers: int, env: dict[str, str]
) -> float:
    from memberviews.web.requests.actions import do_send_request

    request = _new_request(officer, mandate)
    mailbox.received.clear()
    executable = Path(sys.executable).parent / "memberviews"
    start = time.perf_counter()
    do_send_request(officer, request)
    processes = [
        subprocess.Popen([str(executable), "worker"], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]  # fmt: skip
    try:
        while len(mailbox.received) < TO:
            if time.perf_counter() - start > 900:
                raise RuntimeError(f"only {len(mailbox.received)} of {TO} arrived in 15 minutes")
            time.sleep(0.05)
        return time.perf_counter() - start
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _dashboard(officer: User, mandate: Mandate, count: int) -> tuple[float, float]:
    from django.db import connection
    from django.http import HttpResponse
    from django.test import Client
    from django.urls import path

    from memberviews.web.replies.actions import do_receive_reply
    from memberviews.web.replies.models import Reply
    from memberviews.web.requests.models import Recipient

    requests = [_new_request(officer, mandate) for _ in range(20)]
    for request in requests:
        for recipient in list(request.recipients.select_related("mission"))[::3]:
            do_receive_reply(
                officer,
                request,
                mission=recipient.mission,
                paragraphs=["A paragraph of views.", "Another paragraph."],
                original_language="en",
                dated=None,
            )
    target = requests[-1]

    def bare(http_request: HttpRequest) -> HttpResponse:
        rows = list(
            Recipient.objects.filter(request=target)
            .select_related("mission")
            .values_list("mission__name", "delivery")
        )
        replies = list(
            Reply.objects.filter(request=target).values_list("mission_id", "received_at")
        )
        return HttpResponse(f"{len(rows)} {len(replies)}".encode())

    from memberviews.web import urls

    urls.urlpatterns.append(path("bench-bare/", bare))
    from django.urls import clear_url_caches

    clear_url_caches()
    client = Client(SERVER_NAME="localhost")  # a host the settings allow
    client.force_login(officer)

    def p95(url: str) -> float:
        times = []
        for _ in range(count):
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, response.status_code
        connection.close()
        return statistics.quantiles(times, n=20)[-1]

    p95(f"/requests/{target.pk}/")  # warm up both
    p95("/bench-bare/")
    return p95(f"/requests/{target.pk}/"), p95("/bench-bare/")


if __name__ == "__main__":
    sys.exit(main())
