"""A Mission's whole path in Debian's Chromium, in Arabic and in Chinese, against the
application as the run command starts it: invited by the officer, the focal point opens its
account, sets up two-factor authentication, replies (a DOCX in the Arabic interface, typed text
in the Chinese one), gets its receipt by e-mail in its language, amends, withdraws; another
Mission cannot open the reply; the officer sees it. Screenshots are kept in
``MEMBERVIEWS_SCREENSHOTS`` if set."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import ConsoleMessage, Page, sync_playwright

from support.live import CHROMIUM, Live, pass_second_factor
from support.smtp import Received, payload, subject

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is needed")

ARABIC_REPLY = [
    "تؤكد مصر من جديد التزامها بتعددية الأطراف في مجال نزع السلاح.",
    "وترى أن مؤتمر نزع السلاح هو المحفل الوحيد للتفاوض.",
]
CHINESE_REPLY = "中国支持在裁军和不扩散领域促进多边主义。\n\n中国愿与各方共同努力。"


def _mail_to(live: Live, address: str, count: int = 1) -> list[Received]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = [m for m in live.mailbox.received if m.recipients == [address]]
        if len(found) >= count:
            return found
        time.sleep(0.2)
    raise AssertionError(f"no e-mail to {address}: {[m.recipients for m in live.mailbox.received]}")


def _invite(page: Page, live: Live, mission: str, address: str, language: str) -> str:
    page.goto(f"{live.url}/requests/missions/")
    page.click(f"tr:has(td:text-is('{mission}')) a")
    page.fill("#id_email", address)
    page.select_option("#id_language", language)
    page.check("#id_as_admin")
    page.click("main button[type=submit]")
    (mail,) = _mail_to(live, address)
    link = re.search(r"https?://\S+/accounts/invitation/\S+/", payload(mail.message).decode())
    assert link, payload(mail.message).decode()
    return link.group(0)


def _choose_language(page: Page, code: str) -> None:
    page.select_option("#language-choice", code)
    with page.expect_navigation():
        page.click(".languages-switch button")


def _open_account(page: Page, link: str, user: str) -> None:
    page.goto(link)
    page.fill("#id_username", user)
    page.fill("#id_password", "Long-enough-pass-2026")
    page.fill("#id_password_again", "Long-enough-pass-2026")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/portal/$"))
    with page.expect_navigation():
        page.click("#setup-2fa")  # optional for Missions: this one chooses it
    pass_second_factor(page, user)


def _watch(page: Page, violations: list[str]) -> None:
    """Keeps what the browser reports of the Content-Security-Policy refusing something."""

    def seen(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", seen)


def _shot(page: Page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _sign_in(page: Page, live: Live, user: str, password: str) -> None:
    page.goto(f"{live.url}/accounts/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    pass_second_factor(page, user)


def test_a_mission_s_whole_path_in_arabic_and_chinese(live: Live, tmp_path: Path) -> None:
    shots = Path(os.environ.get("MEMBERVIEWS_SCREENSHOTS", tmp_path / "shots")) / "mission"
    shots.mkdir(parents=True, exist_ok=True)
    reply_file = tmp_path / "reply.docx"
    document = Document()
    for paragraph in ARABIC_REPLY:
        document.add_paragraph(paragraph)
    document.save(str(reply_file))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        officer = browser.new_page(viewport={"width": 1280, "height": 900})
        violations: list[str] = []
        officer.on(
            "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
        )
        _sign_in(officer, live, "demo-officer", live.passwords["demo-officer"])
        egypt_link = _invite(officer, live, "Egypt", "focal@egypt.example", "ar")
        china_link = _invite(officer, live, "China", "focal@china.example", "zh")

        # Egypt's focal point, in Arabic, replies with a DOCX.
        egypt = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        egypt.on(
            "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
        )
        egypt.goto(egypt_link)
        _choose_language(egypt, "ar")
        assert egypt.locator("html").get_attribute("dir") == "rtl"
        assert egypt.locator("html").get_attribute("lang") == "ar"
        _open_account(egypt, egypt_link, "egypt-focal")
        egypt.click("a.button[href*='/reply/']")
        egypt.set_input_files("#id_upload", str(reply_file))
        egypt.click("main button[type=submit]")
        egypt.wait_for_selector("#preview p")
        preview = egypt.locator("#preview p")
        assert preview.all_inner_texts() == ARABIC_REPLY
        assert egypt.input_value("#id_original_language") == "ar"  # detected
        _shot(egypt, shots, "ar-1-preview")
        egypt.click("main button[name=submit]")
        egypt.wait_for_url(re.compile(r"/receipt/$"))
        reply_url = egypt.url.removesuffix("receipt/")
        reference = egypt.locator("#receipt tr").first.locator("td").inner_text()
        assert re.fullmatch(r"MV-\w{4}-\w{4}", reference)
        _shot(egypt, shots, "ar-2-receipt")
        (receipt,) = _mail_to(live, "focal@egypt.example", 2)[1:]
        assert subject(receipt.message) == f"إيصال {reference}" or reference in subject(
            receipt.message
        )
        body = payload(receipt.message).decode()
        assert "المرجع" in body or "الرقم المرجعي" in body, body
        # Amended: a second version, a second receipt.
        egypt.goto(reply_url + "amend/")
        egypt.fill("#id_text", "\n\n".join([*ARABIC_REPLY, "وتتطلع مصر إلى تقدم ملموس."]))
        egypt.click("main button[type=submit]")
        egypt.wait_for_selector("#preview p")
        egypt.click("main button[name=submit]")
        egypt.wait_for_url(re.compile(r"/receipt/$"))
        _mail_to(live, "focal@egypt.example", 3)
        egypt.goto(reply_url)
        assert egypt.locator("table").nth(1).locator("tbody tr").count() == 2  # two versions
        _shot(egypt, shots, "ar-3-reply")

        # China's focal point, in Chinese, types its reply, then withdraws it.
        china = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        china.goto(china_link)
        _choose_language(china, "zh-hans")
        assert china.locator("html").get_attribute("lang") == "zh-hans"
        _open_account(china, china_link, "china-focal")
        china.click("a.button[href*='/reply/']")
        china.fill("#id_text", CHINESE_REPLY)
        china.click("main button[type=submit]")
        china.wait_for_selector("#preview p")
        assert china.locator("#preview p").count() == 2
        china.click("main button[name=submit]")
        china.wait_for_url(re.compile(r"/receipt/$"))
        _shot(china, shots, "zh-1-receipt")
        china_reply = china.url.removesuffix("receipt/")
        (receipt,) = _mail_to(live, "focal@china.example", 2)[1:]
        assert "回执" in subject(receipt.message), subject(receipt.message)
        # China cannot open Egypt's reply.
        for path in (reply_url, reply_url + "receipt/", reply_url + "amend/"):
            response = china.goto(path)
            assert response is not None and response.status == 404, path
        china.goto(china_reply)
        with china.expect_navigation():
            china.click("main button[name=withdraw]")
        _shot(china, shots, "zh-2-withdrawn")
        assert china.locator("a[href$='/amend/']").count() == 0

        # The officer sees Egypt's reply, submitted through the portal, and not China's.
        officer.goto(live.url + "/mandates/")
        officer.click("main td a")
        officer.click("a:has-text('ODA/2-')")
        row = officer.locator("tr:has-text('Egypt')")
        assert "Submitted by the Mission" in row.inner_text()
        assert (
            "Submitted by the Mission"
            not in officer.locator("tr:has-text('China')").first.inner_text()
        )
        _shot(officer, shots, "en-officer-dashboard")
        browser.close()
    assert not violations, violations  # the Content-Security-Policy refused nothing
