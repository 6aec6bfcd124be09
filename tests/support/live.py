"""The application as ``scripts/run`` starts it (``memberviews serve``: migrations, the demo,
a worker, gunicorn), on a fresh SQLite file or a fresh PostgreSQL database, with e-mail going
to a real SMTP server on loopback; and Debian's Chromium to drive it."""

from __future__ import annotations

import base64
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django_otp.oath import totp
from playwright.sync_api import Page

from support.databases import create_postgres_database, drop_postgres_database
from support.smtp import Mailbox, free_port

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"
CHROMIUM = Path("/usr/bin/chromium")


@dataclass
class Live:
    url: str
    passwords: dict[str, str]
    mailbox: Mailbox
    database: str
    log: Path
    env: dict[str, str]

    def manage(self, *args: str) -> str:
        """Runs ``memberviews manage`` on the same database; returns its output."""
        executable = Path(sys.executable).parent / "memberviews"
        done = subprocess.run(
            [str(executable), "manage", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return done.stdout


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    """The application served on a free port, on PostgreSQL when the suite runs on it."""
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    suite_database = os.environ.get("DATABASE_URL")
    created = None
    if suite_database:
        env["DATABASE_URL"], created = create_postgres_database(suite_database, "memberviews_live")
    env |= {
        "MEMBERVIEWS_DATA": str(tmp_path / "data"),
        "MEMBERVIEWS_EMAIL_HOST": "127.0.0.1",
        "MEMBERVIEWS_EMAIL_PORT": str(smtp.port),
        "MEMBERVIEWS_FROM": "views@un.example",
    }
    port = free_port()
    log = tmp_path / "serve.log"
    executable = Path(sys.executable).parent / "memberviews"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [
                str(executable),
                "serve",
                "--port",
                str(port),
                "--workers",
                "2",
                "--demo",
                str(EXAMPLE),
            ],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for(url, server, log)
        passwords = dict(re.findall(r"demo account: (\S+) / (\S+)", log.read_text()))
        yield Live(url, passwords, mailbox, "postgresql" if created else "sqlite", log, env)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        smtp.stop()
        if created and suite_database:
            drop_postgres_database(suite_database, created)


def _wait_for(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"memberviews serve ended:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"memberviews serve did not answer:\n{log.read_text()}")


#: The authenticator's keys of the users the browser tests paired, and the last time step
#: each code was used in (a code is accepted once).
_PAIRED: dict[str, tuple[bytes, int]] = {}


def totp_code(user: str) -> str:
    """The current code of ``user``'s paired authenticator, as an app would show it, waiting
    for the next time step when this one's code has been used."""
    key, used = _PAIRED[user]
    while int(time.time()) // 30 <= used:
        time.sleep(0.5)
    step = int(time.time()) // 30
    _PAIRED[user] = (key, step)
    return f"{totp(key, t0=0, step=30):06d}"


def pass_second_factor(page: Page, user: str) -> None:
    """Past the second factor after signing in: pairs an authenticator from the setup page's
    key (as a person scanning the code would), or types the paired one's code. Called once
    the page that follows the password has come."""
    if "/two-factor/setup/" in page.url:
        secret = page.locator("#totp-secret").inner_text().strip()
        _PAIRED[user] = (base64.b32decode(secret), -1)
    elif "/two-factor/" not in page.url:
        return
    page.fill("#id_token", totp_code(user))
    with page.expect_navigation():
        page.click("main button[type=submit]")
