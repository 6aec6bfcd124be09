"""Starting the web application: Django set up, management commands, the worker and the
production server (gunicorn), for the ``memberviews`` command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path


def setup() -> None:
    """Sets Django up with memberviews' settings (once)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "memberviews.web.settings")
    import django

    django.setup()


def manage(args: list[str]) -> None:
    """Runs a Django management command (``migrate``, ``createsuperuser``, ``db_worker``…)."""
    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "memberviews.web.settings")
    execute_from_command_line(["memberviews manage", *args])


def serve(*, host: str, port: int, workers: int, demo: Path | None) -> None:
    """Migrates the database, loads the demo consultation into an empty one, starts a
    background worker and serves the application with gunicorn until interrupted."""
    setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if demo is not None:
        from memberviews.web.demo import load_demo

        accounts = load_demo(demo)
        for username, password, role in accounts:
            print(f"demo account: {username} / {password} ({role})")
    executable = Path(sys.executable).parent / "memberviews"
    worker = subprocess.Popen([str(executable), "worker"])
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "memberviews.web.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "-",
        ]
    )
    print(f"memberviews: serving on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for process in (server, worker):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in (server, worker):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
