"""The reporting officer's whole path in Debian's Chromium, against the application as the
run command starts it (gunicorn, a worker, SQLite or PostgreSQL as the suite runs on):
register a mandate, issue a request, see the notes reach the SMTP server, record three
replies (one late), compose, download the PDF, publish with a second account, read the
public page. Screenshots of each step are kept in ``MEMBERVIEWS_SCREENSHOTS`` if set."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from support.live import CHROMIUM, Live, pass_second_factor
from support.web import RESOLUTIONS

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is needed")

CONTACTS = """m49,email,language
578,norway@missions.example,en
250,france@missions.example,fr
392,japan@missions.example,en
"""


def _shot(page: Page, folder: Path, name: str, *, whole: bool = True) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=whole)


def _sign_in(page: Page, live: Live, user: str) -> None:
    page.goto(f"{live.url}/accounts/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", live.passwords[user])
    with page.expect_navigation():
        page.click("main button[type=submit]")
    pass_second_factor(page, user)


def _sign_out(page: Page) -> None:
    page.click("header button:has-text('Sign out')")


def _record_reply(page: Page, live: Live, request_url: str, state: str, text: str) -> None:
    page.goto(request_url)
    page.click("a:has-text('Record a reply')")
    page.select_option("#id_mission", label=state)
    page.fill("#id_text", text)
    page.click("main button:has-text('Read the reply')")
    # The paragraphs as they will be stored (once the page has come), then recorded.
    page.wait_for_selector("ol.paragraphs li")
    assert page.locator("ol.paragraphs li").count() == text.count("\n\n") + 1
    page.click("main button:has-text('Record the reply')")
    page.wait_for_url(request_url)


def _wait_for_mail(live: Live, count: int) -> None:
    deadline = time.monotonic() + 120
    while len(live.mailbox.received) < count and time.monotonic() < deadline:
        time.sleep(0.2)


def test_the_officer_s_whole_path(live: Live, tmp_path: Path) -> None:
    shots = Path(os.environ.get("MEMBERVIEWS_SCREENSHOTS", tmp_path / "shots")) / live.database
    shots.mkdir(parents=True, exist_ok=True)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    assert "3 Missions updated" in live.manage("import_contacts", str(contacts))
    today = date.today()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)

        _sign_in(page, live, "demo-officer")
        page.click("a:has-text('Register a mandate')")
        page.fill("#id_text", (RESOLUTIONS / "en.txt").read_text(encoding="utf-8"))
        page.click("main button[type=submit]")
        assert page.input_value("#id_resolution") == "66/32"
        assert page.input_value("#id_session") == "68"
        _shot(page, shots, "1-mandate-read")
        page.click("main button:has-text('Confirm')")
        assert page.locator(".message").inner_text() == "Mandate confirmed."

        # The note is dated two months back with yesterday's deadline: the first reply is late.
        page.click("a:has-text('Issue a request for views')")
        page.fill("#id_dated", (today - timedelta(days=60)).isoformat())
        page.fill("#id_deadline", (today - timedelta(days=1)).isoformat())
        page.fill("#id_title_fr", "Rôle de la science et de la technique")
        page.fill(
            "#id_quoted_fr", "Prie le Secrétaire général de solliciter les vues des États Membres."
        )
        page.click("main button[type=submit]")
        request_url = page.url
        page.click("button:has-text('Send the note to')")
        _wait_for_mail(live, 3)
        addresses = sorted(m.recipients[0] for m in live.mailbox.received)
        assert addresses == [
            "france@missions.example",
            "japan@missions.example",
            "norway@missions.example",
        ]
        french = next(m for m in live.mailbox.received if m.recipients[0].startswith("france"))
        assert french.message["From"] == "views@un.example"
        page.reload()
        _shot(page, shots, "2-request-sent", whole=False)
        assert page.locator("tr:has-text('Norway') td.delivery").inner_text().startswith("Sent")
        assert "no e-mail address on record" in page.locator("tr:has-text('Albania')").inner_text()

        _record_reply(
            page,
            live,
            request_url,
            "Norway",
            "Norway supports multilateral disarmament.\n\nIt hopes for progress.",
        )
        page.fill("#id_deadline", (today + timedelta(days=30)).isoformat())
        page.click("button:has-text('Extend the deadline')")
        _record_reply(page, live, request_url, "France", "La France soutient le multilatéralisme.")
        _record_reply(
            page, live, request_url, "Japan", "Japan values the role of science and technology."
        )
        counts = page.locator(".counts").inner_text()
        assert "2 replied on time" in counts and "1 replied late" in counts
        assert page.locator("tr:has-text('Norway') td:nth-child(3)").inner_text() == "late"
        assert page.locator("tr:has-text('France')").get_by_text("French").is_visible()
        _shot(page, shots, "3-replies", whole=False)

        page.click("a:has-text('Compose the report')")
        page.fill("#id_symbol", "A/68/155")
        page.fill("#id_dated", today.isoformat())
        page.fill("#id_cut_off", today.isoformat())
        page.click("main button[type=submit]")
        report_url = page.url
        _shot(page, shots, "4-report")
        with page.expect_download() as download:
            page.locator(
                "section:has(h2:text-is('A/68/155')) tr:has-text('EN') a:text-is('PDF')"
            ).click()
        pdf = Path(download.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF")
        assert page.locator("button:has-text('Publish')").count() == 0  # not the officer's to do
        _sign_out(page)

        _sign_in(page, live, "demo-approver")
        page.goto(report_url)
        page.click("button:has-text('Publish')")
        assert "Published" in page.locator(".message").inner_text()
        _sign_out(page)

        page.goto(f"{live.url}/")
        _shot(page, shots, "5-public-home")
        page.click("tr:has-text('A/68/155') a:text-is('EN')")
        body = page.locator("body").inner_text()
        assert "Norway supports multilateral disarmament." in body
        assert "Japan values the role of science and technology." in body
        # The report's own style sheet is applied (the page's policy admits it): the
        # masthead stands over its thick rule.
        rule = page.eval_on_selector(
            "header.masthead", "e => getComputedStyle(e).borderBottomWidth"
        )
        assert rule == "3px"
        _shot(page, shots, "6-public-report")
        browser.close()
