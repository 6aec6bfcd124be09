"""Production settings, as the environment gives them, pass Django's deployment checks; every
page carries a Content-Security-Policy that allows no inline script."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.test import Client


def _check_deploy(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).parent / "memberviews"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MEMBERVIEWS_")}
    environment |= {"MEMBERVIEWS_DATA": str(tmp_path / "data"), **env}
    return subprocess.run(
        [str(executable), "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_production_settings_pass_the_deployment_checks(tmp_path: Path) -> None:
    done = _check_deploy(
        tmp_path, MEMBERVIEWS_HTTPS="1", MEMBERVIEWS_SECRET_KEY=secrets.token_urlsafe(50)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
    # Served over plain HTTP (the local run), the same checks say what production needs.
    local = _check_deploy(tmp_path)
    assert local.returncode != 0
    assert "SESSION_COOKIE_SECURE" in local.stderr + local.stdout


def test_every_page_forbids_inline_script_and_framing(db: None) -> None:
    response = Client().get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert "<script>" not in response.content.decode()  # nothing inline to allow
