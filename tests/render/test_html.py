"""The HTML page: one self-contained, accessible page per language version.

Checked: the language and direction a browser and a screen reader take from it, the
landmarks and heading levels, that it loads nothing from anywhere and runs nothing, that
every text is escaped, and that it is well formed; the draft notice, the distribution block
in its own language, the first page's marks with the barcode, the table of contents, the
emblem, a corrigendum's items, the Arabic footnotes' direction and the Chinese paragraphs'
ends. Where Debian's Chromium is installed, the Arabic and Chinese pages are also opened in
it, photographed and measured.

The expected values are written out here (the UN's words, Code 39's widths), not taken from
``common.printed``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from test_corrigendum import corrigendum
from test_formats_contract import LANGUAGES, language_version, reference_document

from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.render.common import masthead, reply_tags, section_heading
from memberviews.render.html import STYLE_HASH, render_html
from support.images import png
from support.versions import DRAFT_WORDS

CHROMIUM = Path("/usr/bin/chromium")
#: HTML elements that have no end tag.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


@pytest.fixture(autouse=True)
def _no_deployment_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pages as rendered by default, whatever the machine running the tests has set."""
    for name in ("MEMBERVIEWS_CONTENTS", "MEMBERVIEWS_CONTENTS_PAGES", "MEMBERVIEWS_EMBLEM"):
        monkeypatch.delenv(name, raising=False)
    yield


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
    assert [text_of(h) for h in root.xpath("//main/section/h2")] == [
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


@pytest.mark.parametrize("emblem", (False, True))
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_loaded_from_anywhere(
    language: str, emblem: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if emblem:
        monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(_emblem(tmp_path)))
    source, root = page(language_version(reference_document(), language), tmp_path)
    loading = "link script iframe object embed video audio source picture base frame"
    for tag in loading.split():
        assert not root.xpath(f"//{tag}"), tag
    # The one image, the emblem where one is set, is inside the page.
    assert len(root.xpath("//img")) == int(emblem)
    for element in root.iter():
        for name, value in element.attrib.items():
            if element.tag == "img" and name == "src":
                assert value.startswith("data:image/png;base64,")
                continue
            assert name not in ("src", "srcset", "data", "poster", "action"), name
            if name == "href":
                assert value.startswith("#"), value
            assert "http" not in value and "//" not in value, (name, value)
    style = "".join(s.text_content() for s in root.iter("style"))
    assert style and "url(" not in style and "@import" not in style
    assert "http" not in re.sub(r'src="data:[^"]*"', "", source).replace("http-equiv", "")


def _emblem(folder: Path) -> Path:
    path = folder / "emblem.png"
    path.write_bytes(png(10, 10))
    return path


@pytest.mark.parametrize(("language", "alt"), (("en", "United Nations"), ("zh", "联合国")))
def test_the_emblem_stands_beside_the_organ(
    language: str, alt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emblem = _emblem(tmp_path)
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(emblem))
    _, root = page(language_version(reference_document(), language), tmp_path)
    (image,) = root.xpath("//header/p[@class='organ']/img")
    assert image.get("alt") == alt
    source = image.get("src")
    prefix = "data:image/png;base64,"
    assert source.startswith(prefix)
    assert base64.b64decode(source.removeprefix(prefix)) == emblem.read_bytes()


def test_no_inline_style_and_no_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Content-Security-Policy allowing the one style element (by its hash) allows the page."""
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    monkeypatch.setenv("MEMBERVIEWS_EMBLEM", str(_emblem(tmp_path)))
    for language in LANGUAGES:
        document = _draft(language_version(reference_document(), language))
        source, root = page(document, tmp_path)
        assert not root.xpath("//@style | //script | //@*[starts-with(name(), 'on')]")
        (style,) = root.xpath("//style")
        assert style.getparent().tag == "head"
        digest = hashlib.sha256(style.text.encode("utf-8")).digest()
        expected = f"'sha256-{base64.b64encode(digest).decode()}'"
        assert expected == STYLE_HASH
        assert "<script" not in source.lower()


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


# -- Drafts ------------------------------------------------------------------------------


def _draft(document: Document) -> Document:
    """The document with its first reply's translation still to come."""
    document.replies[0].provenance = Provenance.PENDING
    return document


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_is_marked_and_a_final_version_is_not(language: str, tmp_path: Path) -> None:
    final = language_version(reference_document(), language)
    _, root = page(final, tmp_path)
    assert not root.xpath("//*[contains(@class, 'draft') or contains(@class, 'watermark')]")
    _, root = page(_draft(final), tmp_path)
    (notice,) = root.xpath("//p[@class='draft']")
    assert notice.get("role") == "note" and text_of(notice) == DRAFT_WORDS[language]
    # The notice is the first thing in the masthead, read first.
    assert notice.getparent().tag == "header" and notice.getparent().index(notice) == 0
    # The mark printed on every page: seen, not read a second time.
    (mark,) = root.xpath("//*[@class='watermark']")
    assert text_of(mark) == DRAFT_WORDS[language] and mark.get("aria-hidden") == "true"
    style = root.findtext("head/style")
    assert re.search(r"@media print \{.*\.watermark \{[^}]*position: fixed", style, re.S)


# -- The distribution block ----------------------------------------------------------------

#: The block of the reference report (5 July 2012, originals English, Russian, Spanish) in
#: each version: its language, and its lines (docs/conventions.md, "The masthead's
#: distribution block").
BLOCK = {
    "ar": ("en", ["Distr.: General", "5 July 2012", "Arabic", "Original: English/Russian/Spanish"]),
    "zh": (
        "en",
        ["Distr.: General", "5 July 2012", "Chinese", "Original: English/Russian/Spanish"],
    ),
    "ru": (
        "en",
        ["Distr.: General", "5 July 2012", "Russian", "Original: English/Russian/Spanish"],
    ),
    "fr": (
        "fr",
        ["Distr. générale", "5 juillet 2012", "Français", "Original : anglais/espagnol/russe"],
    ),
    "es": (
        "es",
        ["Distr. general", "5 de julio de 2012", "Español", "Original: español/inglés/ruso"],
    ),
}


@pytest.mark.parametrize("language", BLOCK)
def test_the_distribution_block_is_in_its_own_language(language: str, tmp_path: Path) -> None:
    _, root = page(language_version(reference_document(), language), tmp_path)
    (block,) = root.xpath("//header/div[@class='distribution']")
    code, lines = BLOCK[language]
    assert block.get("lang") == code
    # Left to right, in the Arabic page too: "5 July 2012" would otherwise read "July 2012 5".
    assert block.get("dir") == "ltr"
    assert [text_of(p) for p in block.findall("p")] == lines


def test_a_french_first_of_the_month_is_raised(tmp_path: Path) -> None:
    document = language_version(reference_document(), "fr")
    document.date = dt.date(2012, 8, 1)
    _, root = page(document, tmp_path)
    (date,) = root.xpath("//div[@class='distribution']/p[sup]")
    assert text_of(date) == "1er août 2012"
    assert [sup.text for sup in date.iter("sup")] == ["er"]
    assert date.text == "1" and date[0].tail == " août 2012"


# -- The first page's marks --------------------------------------------------------------


def test_the_marks_print_the_job_number_the_dates_and_the_barcode(tmp_path: Path) -> None:
    document = reference_document()  # job number 12-41312, the Chinese version
    document.processed = dt.date(2012, 7, 5)
    _, root = page(document, tmp_path)
    (marks,) = root.xpath("//footer/div[@class='marks']")
    assert marks.get("dir") == "ltr"
    assert text_of(marks.find("p[@class='job-number']")) == "12-41312 (C) 050712"
    (svg,) = marks.xpath(".//svg")
    assert svg.get("role") == "img" and svg.get("aria-label") == "*1241312*"
    bars = svg.findall("rect")
    # Code 39: five bars to a character, the start and stop stars included.
    assert len(bars) == (len("1241312") + 2) * 5
    widths = [int(bar.get("width")) for bar in bars]
    assert set(widths) == {1, 3}
    # Each character is 15 narrow units wide (six narrow elements and three wide ones of
    # three), with a narrow space between characters: 9 * 15 + 8.
    left = int(bars[0].get("x"))
    right = int(bars[-1].get("x")) + widths[-1]
    assert right - left == 9 * 15 + 8
    # Bars never touch: a space of one or three between two bars.
    for bar, width, after in zip(bars, widths, bars[1:], strict=False):
        assert int(after.get("x")) - int(bar.get("x")) - width in (1, 3)
    (text,) = marks.xpath(".//p[@class='barcode-text']")
    assert text_of(text) == "*1241312*"


def test_no_marks_without_a_job_number(tmp_path: Path) -> None:
    document = reference_document()
    document.job_number = None
    _, root = page(document, tmp_path)
    assert not root.xpath("//svg | //*[@class='marks'] | //*[@class='job-number']")


# -- The table of contents ------------------------------------------------------------------


@pytest.mark.parametrize("language", ("en", "ar"))
def test_the_contents_link_to_the_sections_and_replies(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    document = language_version(reference_document(), language)
    _, root = page(document, tmp_path)
    main = root.find("body/main")
    (nav,) = main.findall("nav")
    # After the title block, before the report.
    assert main.index(nav) == 1 and main[0].get("class") == "cover"
    title = {"en": "Contents", "ar": "المحتويات"}[language]
    assert text_of(nav.find("h2")) == title
    assert nav.get("aria-labelledby") == nav.find("h2").get("id")
    sections = nav.xpath("ol/li")
    numbers = {"en": ["I.", "II."], "ar": ["أولا -", "ثانيا -"]}[language]
    assert [text_of(li.find("a")) for li in sections] == [
        f"{n} {s.heading}" for n, s in zip(numbers, document.sections, strict=True)
    ]
    replies = sections[1].xpath("ol/li/a")
    assert [text_of(a) for a in replies] == [r.heading for r in document.replies]
    assert not sections[0].xpath("ol")
    ids = set(root.xpath("//@id"))
    for link in nav.iter("a"):
        target = link.get("href").removeprefix("#")
        assert target in ids, target
        (element,) = root.xpath(f"//*[@id='{target}']")
        assert element.tag == "section"
        heading = root.xpath(f"//*[@id='{element.get('aria-labelledby')}']")[0]
        assert text_of(heading) == text_of(link)
    assert "Page" not in text_of(nav)


def test_a_reply_s_anchor_follows_its_place_in_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An organization listed first in the document is printed after the Governments: each
    keeps the anchor of its own place (``reply-1`` is the organization's)."""
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "always")
    document = Document(
        symbol="A/67/131",
        language="en",
        title="Promoting multilateralism",
        sections=[
            Section("I", "Replies received from Governments", SectionKind.GOVERNMENTS),
            Section("II", "Replies received from organizations", SectionKind.ORGANIZATIONS),
        ],
        replies=[
            Reply(
                organization=OrganizationRef("European Union"),
                section=SectionKind.ORGANIZATIONS,
                paragraphs=["The Union's view."],
            ),
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                section=SectionKind.GOVERNMENTS,
                paragraphs=["Japan's view."],
            ),
        ],
    )
    _, root = page(document, tmp_path)
    assert text_of(root.xpath("//*[@id='reply-1']/h3")[0]) == "European Union"
    assert text_of(root.xpath("//*[@id='reply-2']/h3")[0]) == "Japan"
    links = {text_of(a): a.get("href") for a in root.xpath("//nav//a")}
    assert links["European Union"] == "#reply-1" and links["Japan"] == "#reply-2"
    assert links["I. Replies received from Governments"] == "#section-1"


def test_no_contents_when_never(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEMBERVIEWS_CONTENTS", "never")
    _, root = page(reference_document(), tmp_path)
    assert not root.xpath("//nav")


# -- The title and the end ---------------------------------------------------------------


def test_no_h1_without_a_title(tmp_path: Path) -> None:
    document = language_version(reference_document(), "en")
    assert document.title is None
    _, root = page(document, tmp_path)
    assert not root.xpath("//h1")
    assert text_of(root.xpath("//p[@class='report-of']")[0]) == "Report of the Secretary-General"
    document.title = "Promoting multilateralism"
    _, root = page(document, tmp_path)
    assert [text_of(h) for h in root.iter("h1")] == ["Promoting multilateralism"]
    assert text_of(root.xpath("//p[@class='report-of']")[0]) == "Report of the Secretary-General"


def test_the_report_ends_with_a_short_rule(tmp_path: Path) -> None:
    _, root = page(reference_document(), tmp_path)
    main = root.find("body/main")
    assert main[-1].tag == "hr" and main[-1].get("class") == "end"
    style = root.findtext("head/style")
    assert re.search(r"hr\.end \{[^}]*width: \d[^}]*margin: [^}]*auto", style)


# -- A corrigendum --------------------------------------------------------------------------

#: Two items, each with its correction line; the italic words of each line.
CORRECTIONS = {
    "en": (
        [
            "Paragraph 2, line 1",
            "For 13 February 2012 read 14 February 2012",
            "Section II, Panama",
            "For [23 May 2012] read [24 May 2012]",
        ],
        ["For", "read"],
    ),
    "fr": (
        [
            "Paragraphe 2, ligne 1",
            "Au lieu de 13 février 2012 lire 14 février 2012",
            "Section II, Panama",
            "Au lieu de [23 mai 2012] lire [24 mai 2012]",
        ],
        ["Au lieu de", "lire"],
    ),
    "zh": (
        [
            "第2段第1行",
            "将“2012年2月13日”改为“2012年2月14日”",
            "第二节，巴拿马",
            "将“[2012年5月23日]”改为“[2012年5月24日]”",
        ],
        [],
    ),
}


@pytest.mark.parametrize("language", CORRECTIONS)
def test_a_corrigendum_numbers_its_items_and_indents_its_corrections(
    language: str, tmp_path: Path
) -> None:
    texts, italic = CORRECTIONS[language]
    _, root = page(corrigendum(language, body=texts), tmp_path)
    main = root.find("body/main")
    body = list(main.findall("p"))
    assert [p.get("class") for p in body] == ["numbered", "correction"] * 2
    assert [text_of(p.find("span")) for p in body[::2]] == ["1.", "2."]
    assert [text_of(p) for p in body[::2]] == [f"1. {texts[0]}", f"2. {texts[2]}"]
    assert [text_of(p) for p in body[1::2]] == [texts[1], texts[3]]
    for line in body[1::2]:
        assert [text_of(i) for i in line.iter("i")] == italic
    style = root.findtext("head/style")
    assert re.search(r"\.correction \{[^}]*padding-inline-start: 2\.5em", style)


def test_a_single_item_has_no_number(tmp_path: Path) -> None:
    texts = ["Paragraph 2, line 1", "For 13 February 2012 read 14 February 2012"]
    _, root = page(corrigendum("en", body=texts), tmp_path)
    body = root.find("body/main").findall("p")
    assert [p.get("class") for p in body] == [None, "correction"]
    assert not root.xpath("//main/p/span[@class='number']")


# -- Arabic and Chinese --------------------------------------------------------------------


def test_arabic_lines_take_the_page_s_direction(tmp_path: Path) -> None:
    document = _draft(language_version(reference_document(), "ar"))
    source, root = page(document, tmp_path)
    assert 'dir="auto"' not in source and not root.xpath("//*[@dir='auto']")
    # "* A/67/150." begins with a Latin symbol: the line is still Arabic, set at the right.
    (note,) = root.xpath("//footer/p[@class='footnote']")
    assert note.get("dir") == "rtl" and text_of(note) == "* A/67/150."
    (symbol,) = note.findall("span")
    assert (symbol.text, symbol.get("dir")) == ("A/67/150", "ltr")


def test_a_chinese_paragraph_keeps_its_last_characters_together(tmp_path: Path) -> None:
    document = reference_document()
    _, root = page(document, tmp_path)
    replies = root.xpath("//section[@class='reply']")
    cuba = replies[0].xpath("p[not(@class)]")
    assert [text_of(p) for p in cuba] == [
        " ".join(t.split()) for t in document.replies[0].paragraphs
    ]
    for p in cuba:
        end = p[-1]
        assert end.tag == "span" and end.get("class") == "nobr" and not end.tail
        # Two characters and the punctuation after them.
        assert re.fullmatch(r"[\u4e00-\u9fff]{2}[。；：！？”）]*", end.text), end.text
    style = root.findtext("head/style")
    assert ".nobr { white-space: nowrap; }" in style
    # Full-width quotation marks from a Chinese face, whatever Latin face comes first.
    assert re.search(r"@font-face \{[^}]*unicode-range: [^;]*U\+201C-201D", style)
    assert re.search(r'html:lang\(zh\) body \{\s*font-family: "UN CJK Punctuation"', style)


def test_justified_only_where_the_column_is_wide(tmp_path: Path) -> None:
    _, root = page(language_version(reference_document(), "fr"), tmp_path)
    style = root.findtext("head/style")
    assert "p { margin: 0 0 0.6em; text-align: start; }" in style
    wide = re.search(r"@media \(min-width: 40em\) \{(.*?)\n\}", style, re.S)
    assert wide and "text-align: justify" in wide.group(1)
    assert "hyphenate-limit-chars: 6 3 3" in wide.group(1)


# -- In Chromium -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_chromium_sets_arabic_notes_right_chinese_quotes_wide_and_justifies_wide_columns(
    tmp_path: Path,
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    arabic = tmp_path / "ar.html"
    render_html(language_version(reference_document(), "ar"), arabic)
    chinese = tmp_path / "zh.html"
    render_html(reference_document(), chinese)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            wide = browser.new_page(viewport={"width": 1000, "height": 1400})
            wide.goto(arabic.as_uri())
            # The footnote's text (not its box, which spans the line) ends at the right edge.
            footer = wide.locator("body > footer").bounding_box()
            note = wide.locator("p.footnote").evaluate(
                "p => { const r = document.createRange(); r.selectNodeContents(p);"
                " const b = r.getBoundingClientRect(); return [b.left, b.right]; }"
            )
            assert footer is not None
            right = footer["x"] + footer["width"]
            assert abs(note[1] - right) < 2, (note, right)
            assert note[0] > footer["x"] + footer["width"] / 2
            # Wide: justified; narrow: set from the start of the line.
            first = "main section p.numbered"
            assert wide.locator(first).first.evaluate("p => getComputedStyle(p).textAlign") == (
                "justify"
            )
            narrow = browser.new_page(viewport={"width": 420, "height": 900})
            narrow.goto(arabic.as_uri())
            assert narrow.locator(first).first.evaluate("p => getComputedStyle(p).textAlign") in (
                "start",
                "right",
            )

            wide.goto(chinese.as_uri())
            # “ as wide as a Chinese character, not a Latin quotation mark's half of one.
            widths = wide.locator("main section p.numbered").first.evaluate(
                "p => { const text = [...p.childNodes].find(n => n.nodeType === 3"
                " && n.data.includes('\u201c'));"
                " const at = text.data.indexOf('\u201c'); const r = document.createRange();"
                " r.setStart(text, at); r.setEnd(text, at + 1);"
                " const quote = r.getBoundingClientRect().width;"
                " r.setStart(text, at + 1); r.setEnd(text, at + 2);"
                " return [quote, r.getBoundingClientRect().width]; }"
            )
            quote, character = widths
            assert quote > 0.8 * character, widths
        finally:
            browser.close()
