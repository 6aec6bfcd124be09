"""The HTML page: one self-contained, accessible page per language version.

Checked: the language and direction a browser and a screen reader take from it, the
landmarks and heading levels, that it loads nothing from anywhere, that every text is
escaped, and that it is well formed. Where Debian's Chromium is installed, the Arabic and
Chinese pages are also opened in it and photographed.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from test_formats_contract import LANGUAGES, language_version, reference_document

from memberviews.core.model import Document, Reply, Section, StateRef
from memberviews.core.sections import SectionKind
from memberviews.render.common import masthead, reply_tags, section_heading
from memberviews.render.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
#: HTML elements that have no end tag.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def page(document: Document, tmp_path: Path) -> tuple[str, lxml.html.HtmlElement]:
    path = tmp_path / f"{document.language}.html"
    render_html(document, path)
    source = path.read_text(encoding="utf-8")
    return source, lxml.html.document_fromstring(source)


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_and_direction(language: str, tmp_path: Path) -> None:
    _, root = page(language_version(reference_document(), language), tmp_path)
    assert root.get("lang") == {"zh": "zh-CN"}.get(language, language)
    assert root.get("dir") == ("rtl" if language == "ar" else "ltr")


def test_landmarks_and_heading_levels(tmp_path: Path) -> None:
    document = reference_document()
    _, root = page(document, tmp_path)
    body = root.find("body")
    assert body is not None
    assert [child.tag for child in body] == ["header", "main", "footer"]
    cover = masthead(document)
    header = text_of(body[0])
    for line in (cover.united_nations, cover.organ, cover.symbol, cover.distribution):
        assert line in header
    assert [text_of(h) for h in root.iter("h1")] == [document.title]
    assert [text_of(h) for h in root.iter("h2")] == [
        section_heading(s, document) for s in document.sections
    ]
    replies = root.xpath("//main/section/section[@class='reply']")
    assert [text_of(r.find("h3")) for r in replies] == [r.heading for r in document.replies]
    for element, reply in zip(replies, document.replies, strict=True):
        tags = element.find("p")
        assert tags.get("class") == "tags"
        assert [t.strip() for t in tags.itertext()] == reply_tags(reply, document)
        assert len(element.findall("p")) == 1 + len(reply.paragraphs)
    items = root.xpath("//p[@class='list-item']")
    assert len(items) == 12 and all(text_of(p).startswith("– ") for p in items)
    numbered = root.xpath("//main/section[1]/p[@class='numbered']")
    assert [text_of(p) for p in numbered] == [
        f"{n}. {text}" for n, text in enumerate(document.introduction, start=1)
    ]
    footer = text_of(body[2])
    assert "* A/67/150." in footer and "12-41312 (C)" in footer


def test_arabic_numbers_its_paragraphs_the_arabic_way(tmp_path: Path) -> None:
    document = language_version(reference_document(), "ar")
    _, root = page(document, tmp_path)
    numbers = [text_of(s) for s in root.xpath("//p[@class='numbered']/span[@class='number']")]
    assert numbers == ["1 -", "2 -"]
    # Symbols and the job number stay left to right inside the right-to-left page.
    assert root.xpath("//p[@class='symbol']/@dir") == ["ltr"]
    assert root.xpath("//p[@class='job-number']/@dir") == ["ltr"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_loaded_from_anywhere(language: str, tmp_path: Path) -> None:
    source, root = page(language_version(reference_document(), language), tmp_path)
    loading = "link script img iframe object embed video audio source picture base frame"
    for tag in loading.split():
        assert not root.xpath(f"//{tag}"), tag
    for element in root.iter():
        for name, value in element.attrib.items():
            assert name not in ("src", "srcset", "data", "poster", "action"), name
            if name == "href":
                assert value.startswith("#"), value
            assert "http" not in value and "//" not in value, (name, value)
    style = "".join(s.text_content() for s in root.iter("style"))
    assert style and "url(" not in style and "@import" not in style
    assert "http" not in source.replace("http-equiv", "")


def test_every_text_is_escaped(tmp_path: Path) -> None:
    script = "<script>alert('x')</script> & <b>bold</b> \"quoted\" ]]> <!-- no comment -->"
    document = Document(
        symbol="A/67/131/Add.1",
        language="en",
        date=dt.date(2012, 9, 14),
        title="Tom & Jerry <i>",
        sections=[Section("II", "Replies received from Governments")],
        replies=[
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                heading="Japan <em>",
                original_language="en",
                section=SectionKind.GOVERNMENTS,
                paragraphs=[script + " \x0b"],
            )
        ],
    )
    source, root = page(document, tmp_path)
    assert not root.xpath("//script | //b | //i | //em")
    assert "&lt;script&gt;" in source
    assert [text_of(p) for p in root.xpath("//section[@class='reply']/p")] == [script]
    assert text_of(root.xpath("//h1")[0]) == "Tom & Jerry <i>"
    assert text_of(root.xpath("//h3")[0]) == "Japan <em>"


class _Balance(HTMLParser):
    """Checks that every element is closed, in order (HTML5 void elements excepted)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.errors: list[str] = []
        self.doctype: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(f"</{tag}> closes nothing open")


@pytest.mark.parametrize("language", ("ar", "zh", "en"))
def test_the_page_is_well_formed(language: str, tmp_path: Path) -> None:
    source, root = page(language_version(reference_document(), language), tmp_path)
    checker = _Balance()
    checker.feed(source)
    checker.close()
    assert checker.doctype == "DOCTYPE html"
    assert checker.errors == [] and checker.open == []
    assert root.xpath("/html/head/meta/@charset") == ["utf-8"]
    assert root.findtext("head/title")
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))
    # Every reference points at an element of the page.
    for target in root.xpath("//@href | //@aria-labelledby"):
        assert target.lstrip("#") in ids, target
    # Parsing and writing again changes nothing: lxml found nothing to repair.
    again = lxml.html.document_fromstring(lxml.html.tostring(root, encoding="unicode"))
    assert lxml.html.tostring(again) == lxml.html.tostring(root)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
@pytest.mark.parametrize("language", ("ar", "zh"))
def test_chromium_shows_the_page(language: str, tmp_path: Path) -> None:
    path = tmp_path / f"A-67-131-{language}.html"
    render_html(language_version(reference_document(), language), path)
    shot = tmp_path / f"A-67-131-{language}.png"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1000,1400",
            f"--screenshot={shot}",
            path.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a page of text, not a blank window
