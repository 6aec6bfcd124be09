"""The archive's public pages in Debian's Chromium, against the application as the run
command starts it (SQLite or PostgreSQL as the suite runs on), after the two-cycle test
archive was rendered to PDFs and imported with ``memberviews import``: a State's page, a
question's page with its chart, a reply in six languages side by side, Norway's views
compared across the cycles, and a search. Screenshots of each are kept in
``MEMBERVIEWS_SCREENSHOTS`` if set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from support import archive_corpus
from support.live import CHROMIUM, Live

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is needed")


def _import_archive(live: Live, folder: Path) -> None:
    """The test archive's eighteen language versions as PDFs, imported into the live
    application's database as a user would."""
    archive_corpus.write_files(folder)
    executable = Path(sys.executable).parent / "memberviews"
    done = subprocess.run(
        [str(executable), "import", "--processes", "2", str(folder)],
        env=live.env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "18 stored" in done.stderr, done.stderr


def _shot(page: Page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _switch_language(page: Page, language: str) -> None:
    page.select_option("#language-choice", language)
    with page.expect_navigation():
        page.click("header .languages-switch button")


def test_the_archive_s_public_pages(live: Live, tmp_path: Path) -> None:
    shots = Path(os.environ.get("MEMBERVIEWS_SCREENSHOTS", tmp_path / "shots")) / live.database
    shots.mkdir(parents=True, exist_ok=True)
    _import_archive(live, tmp_path / "published")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        failed: list[str] = []
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)

        # From the home page to the archive, and to Norway's page.
        page.goto(live.url)
        page.click("header nav a:has-text('Archive')")
        page.click(".state-list a:has-text('Norway')")
        assert page.locator("main h1").inner_text() == "Norway"
        assert "Reply rate:" in page.locator(".rate-figure").inner_text()
        assert page.locator(".definition").is_visible()
        rows = page.locator("table.cycles tbody tr")
        assert "A/70/120" in rows.all_inner_texts()[-2]
        assert "A/71/130" in rows.all_inner_texts()[-1]
        _shot(page, shots, "archive-1-state")

        # The comparison of the two cycles, linked from the later one.
        page.click("a.compare-link:has-text('A/70/120')")
        diff = page.locator(".diff")
        assert diff.locator("del").first.is_visible()
        assert diff.locator("ins").first.is_visible()
        assert "Norway now proposes" in diff.locator("ins").first.inner_text()
        assert "Multilateralism remains" in diff.locator("del").first.inner_text()
        _shot(page, shots, "archive-2-compare-en")
        page.select_option("#compare-language", "zh")
        with page.expect_navigation():
            page.click(".compare-form button[type=submit]")
        assert diff.get_attribute("lang") == "zh-CN"
        assert "挪威现在提议" in diff.locator("ins").first.inner_text()
        page.select_option("#compare-language", "ar")
        with page.expect_navigation():
            page.click(".compare-form button[type=submit]")
        assert diff.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert diff.locator("del").count() == 1 and diff.locator("ins").count() == 1
        _shot(page, shots, "archive-3-compare-ar")

        # The question's page: the chart drawn, with the table of its numbers beside it.
        page.goto(f"{live.url}/archive/states/NOR/")
        page.click(".state-question h2 a")
        chart = page.locator(".archive-chart img")
        chart.wait_for()
        page.wait_for_function("() => document.querySelector('.archive-chart img').complete")
        assert chart.evaluate("img => img.naturalWidth") > 0
        table = page.locator("table.chart-data")
        assert table.is_visible()
        chart_box, table_box = chart.bounding_box(), table.bounding_box()
        assert chart_box and table_box and table_box["x"] > chart_box["x"] + chart_box["width"] / 2
        assert "A/71/130" in table.inner_text()
        _shot(page, shots, "archive-4-question-en")

        # The same page in Arabic: the page right to left, the chart drawn in Arabic.
        _switch_language(page, "ar")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator(".archive-chart img").get_attribute("src").endswith("/ar.svg")  # type: ignore[union-attr]
        page.wait_for_function("() => document.querySelector('.archive-chart img').complete")
        assert page.locator(".archive-chart img").evaluate("img => img.naturalWidth") > 0
        assert "مجموعة" in page.locator("table.chart-data").inner_text()
        _shot(page, shots, "archive-5-question-ar")
        _switch_language(page, "en")

        # Norway's later reply in its six languages, side by side.
        page.goto(f"{live.url}/archive/states/NOR/")
        page.locator("table.cycles tbody tr").last.locator("a:has-text('Read the reply')").click()
        columns = page.locator(".side-by-side section.version")
        assert columns.count() == 6
        boxes = [columns.nth(n).bounding_box() for n in range(6)]
        assert all(box is not None for box in boxes)
        tops = {round(box["y"]) for box in boxes if box}
        assert len(tops) == 1  # one row of six columns
        arabic = page.locator('.side-by-side section.version[lang="ar"]')
        assert arabic.get_attribute("dir") == "rtl"
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert "النرويج" in arabic.inner_text()
        chinese = page.locator('.side-by-side section.version[lang="zh-CN"]')
        assert "挪威现在提议大会启动关于一项新文书的谈判。" in chinese.inner_text()
        # Each version was read from a PDF, which is served; its pages are counted.
        pdf_links = page.locator("a.pdf-link")
        assert pdf_links.count() == 6
        href = pdf_links.first.get_attribute("href") or ""
        response = page.request.get(live.url + href.split("#")[0])
        assert response.headers["content-type"] == "application/pdf"
        assert response.body().startswith(b"%PDF")
        _shot(page, shots, "archive-6-reply")

        # A search in Chinese finds the term in every language, marked.
        page.goto(f"{live.url}/archive/")
        page.fill("#id_q", "裁军谈判会议")
        with page.expect_navigation():
            page.click(".archive-search button[type=submit]")
        hits, marks = page.locator(".hits > li"), page.locator(".hits mark")
        assert hits.count() == 20  # a page of hits, each with what it matched marked
        assert page.locator(".hits > li:not(:has(mark))").count() == 0
        found = set(marks.all_inner_texts())
        assert "Conference on Disarmament" in found and len(found) >= 3, found
        assert "Conference on Disarmament" in page.locator(".searched").inner_text()
        assert page.locator("a[rel=next]").is_visible()
        _shot(page, shots, "archive-7-search")
        # Narrowed to the Chinese version: the word as Chinese writes it.
        page.click(".archive-search summary")
        page.select_option("#id_language", "zh")
        with page.expect_navigation():
            page.click(".archive-search button[type=submit]")
        assert hits.count() >= 6
        assert page.locator(".hits > li:not(:has(mark))").count() == 0
        assert all(text in "裁军谈判会议" for text in marks.all_inner_texts())
        _shot(page, shots, "archive-8-search-zh")

        page.fill("#id_q", '"unclosed')
        with page.expect_navigation():
            page.click(".archive-search button[type=submit]")
        assert page.locator(".query-error").is_visible()
        assert page.locator(".hits").count() == 0

        assert not [url for url in failed if "favicon" not in url], failed
        browser.close()
