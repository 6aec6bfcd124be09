"""The archive's public pages, read as a visitor reads them (no sign-in), on the two-cycle
test archive: a State's replies and reply rate, a question's cycles with its chart and the
chart's numbers, a reply in its six languages, Norway's views compared across the cycles,
and the search."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from matplotlib.font_manager import FontProperties, findfont, get_font

from memberviews.web.archive import engines
from memberviews.web.archive.models import Mandate, Reply, Series, Version
from memberviews.web.choices import ui_language
from support import archive_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive() -> None:
    archive_corpus.load()


def _client(language: str = "en") -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = ui_language(language)
    return client


def _page(path: str, language: str = "en") -> str:
    response = _client(language).get(path)
    assert response.status_code == 200, (path, response.status_code)
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def _text(html: str) -> str:
    """The page's words as a reader sees them: without tags (a block's end parts words, an
    inline tag's does not), spaces made single."""
    words = re.sub(r"</?(a|span|mark|del|ins|bdi|abbr)\b[^>]*>", "", html)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", words)))


def _reply(state: str, symbol: str) -> Reply:
    return Reply.objects.get(state=state, document__symbol=symbol)


# Navigation -----------------------------------------------------------------------------


def test_the_site_header_and_the_home_page_lead_to_the_archive(archive: None) -> None:
    home = _page("/")
    assert home.count('href="/archive/"') == 2  # the header's link and the home page's
    index = _text(_page("/archive/"))
    assert archive_corpus.TITLE["en"] in index
    assert "A/70/120, A/71/130" in index
    for name in ("Norway", "Cuba", "China", "Germany", "Mexico", "Egypt"):
        assert name in index
    french = _page("/archive/", "fr")
    assert archive_corpus.TITLE["fr"] in french
    assert '<a href="/archive/states/NOR/">Norvège</a>' in french


# A State's page -------------------------------------------------------------------------


def test_a_state_page_lists_its_replies_by_question_and_year_with_its_reply_rate(
    archive: None,
) -> None:
    html = _page("/archive/states/NOR/")
    text = _text(html)
    assert "<h1>Norway</h1>" in html
    assert "Western European and other States" in text
    assert "Reply rate: 100% (2 of the 2 cycles held in the archive)." in text
    assert "a cycle is a report with its addenda" in text  # the rate is defined on the page
    assert archive_corpus.TITLE["en"] in text
    first, second = _reply("NOR", "A/70/120"), _reply("NOR", "A/71/130")
    assert "2015 70 69/50 A/70/120 4 May 2015 English" in text
    assert "2016 71 70/40 A/71/130 9 May 2016 English" in text
    assert f'href="/archive/replies/{first.pk}/"' in html
    assert f'href="/archive/replies/{second.pk}/"' in html
    # Norway replied in both cycles: the later reply links to the comparison.
    assert f"/archive/compare/?state=NOR&amp;from={first.pk}&amp;to={second.pk}" in html
    assert "Compare with A/70/120" in text


def test_a_state_that_missed_a_cycle_has_its_rate_and_the_gap_shown(archive: None) -> None:
    germany = _text(_page("/archive/states/DEU/"))
    assert "Reply rate: 50% (1 of the 2 cycles held in the archive)." in germany
    assert "No reply in A/70/120 or its addenda." in germany
    assert "Compare with" not in germany
    # Mexico's reply came late: it is printed in the addendum, which counts for the cycle.
    mexico = _text(_page("/archive/states/mex/"))
    assert "Reply rate: 50% (1 of the 2 cycles held in the archive)." in mexico
    assert "A/70/120/Add.1 20 July 2015 Spanish" in mexico


def test_a_state_page_names_the_state_in_the_page_s_language(archive: None) -> None:
    assert "<h1>Norvège</h1>" in _page("/archive/states/NOR/", "fr")
    assert "<h1>挪威</h1>" in _page("/archive/states/NOR/", "zh")
    arabic = _page("/archive/states/NOR/", "ar")
    assert "<h1>النرويج</h1>" in arabic
    assert 'dir="rtl"' in arabic


def test_a_state_with_no_reply_has_a_page_and_an_unknown_code_has_none(archive: None) -> None:
    japan = _text(_page("/archive/states/JPN/"))
    assert "Japan" in japan
    assert "Reply rate: 0% (0 of the 2 cycles held in the archive)." in japan
    assert "The archive holds no reply of this State." in japan
    assert Client().get("/archive/states/XYZ/").status_code == 404


# A question's page and its chart ---------------------------------------------------------


def test_a_question_page_shows_its_cycles_who_replied_and_the_chart_with_its_numbers(
    archive: None,
) -> None:
    series = Series.objects.get()
    html = _page(f"/archive/questions/{series.pk}/")
    text = _text(html)
    assert archive_corpus.TITLE["en"] in text
    assert "Asked by resolutions: 69/50 (2 December 2014), 70/40 (7 December 2015)" in text
    assert f'<img src="/archive/questions/{series.pk}/chart/en.svg"' in html
    # The table of the chart's numbers: each group's replies per cycle, and the total.
    assert (
        "Cycle African States Asia-Pacific States Eastern European States "
        "Latin American and Caribbean States Western European and other States Total"
    ) in text
    assert "A/70/120 (2015) 1 1 1 2 2 7" in text
    assert "A/71/130 (2016) 0 1 0 1 3 5" in text
    # Who replied, each linked to its reply; the late reply with its addendum's symbol.
    mexico = _reply("MEX", "A/70/120/Add.1")
    assert f'<a href="/archive/replies/{mexico.pk}/">Mexico</a>' in html
    assert "Mexico (A/70/120/Add.1)" in text
    assert "Documents: A/70/120, A/70/120/Add.1" in text


def test_a_mandate_page_shows_the_resolution_and_its_question_s_cycles(archive: None) -> None:
    mandate = Mandate.objects.get(resolution="69/50")
    html = _page(f"/archive/mandates/{mandate.pk}/", "fr")
    text = _text(html)
    assert archive_corpus.TITLE["fr"] in text
    assert "69/50" in text
    assert f'<img src="/archive/mandates/{mandate.pk}/chart/fr.svg"' in html
    assert "États d'Afrique" in text
    assert Client().get(f"/archive/mandates/{mandate.pk}/chart/fr.svg").status_code == 200


def _naskh() -> Any:
    return get_font(findfont(FontProperties(family="Noto Naskh Arabic")))


def _arabic_glyphs(svg: str) -> set[int]:
    """The glyphs of the Arabic font an SVG of matplotlib's draws (its text is drawn as
    outlines, each glyph defined once, named by the font and the glyph's index)."""
    prefix = re.escape(_naskh().postscript_name)
    return {int(index, 16) for index in re.findall(rf'id="{prefix}-([0-9a-f]+)"', svg)}


def test_the_arabic_chart_draws_the_group_names_with_joined_letters(archive: None) -> None:
    series = Series.objects.get()
    response = Client().get(f"/archive/questions/{series.pk}/chart/ar.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    drawn = _arabic_glyphs(response.content.decode())
    font = _naskh()
    # "مجموعة" (group) begins each name: its meem joined to what follows (initial form),
    # its jeem joined on both sides (medial form), its teh marbuta joined to what precedes
    # (final form): the font's contextual forms, which only shaping chooses.
    joined = {font.get_name_index(name) for name in ("uniFEE3", "uniFEA0", "uniFE94")}
    assert joined <= drawn
    # Of the Arabic glyphs drawn, those of the letters' own (unjoined) code points are a few
    # only: the letters that do not join to the left, at the ends of words.
    isolated = {font.get_char_index(code) for code in range(0x0621, 0x064B)}
    assert len(drawn & isolated) < len(drawn) / 3, sorted(drawn)


def test_the_chinese_chart_draws_its_labels_in_a_chinese_font(archive: None) -> None:
    series = Series.objects.get()
    svg = Client().get(f"/archive/questions/{series.pk}/chart/zh.svg").content.decode()
    assert "NotoSansCJK" in svg
    assert "LastResort" not in svg  # no character fell back to the "missing glyph" font


def test_a_chart_in_a_language_that_is_not_one_of_the_six_is_not_found(archive: None) -> None:
    series = Series.objects.get()
    assert Client().get(f"/archive/questions/{series.pk}/chart/de.svg").status_code == 404


# A reply's page --------------------------------------------------------------------------


def test_a_reply_page_shows_the_reply_in_its_six_languages_side_by_side(archive: None) -> None:
    norway = _reply("NOR", "A/71/130")
    html = _page(f"/archive/replies/{norway.pk}/")
    text = _text(html)
    assert "Reply of Norway in A/71/130" in text
    assert "Published in A/71/130, 12 July 2016 · session 71" in text
    assert "Original language English" in text
    assert "Date of the reply 9 May 2016" in text
    columns = re.findall(r'<section class="version" lang="([^"]+)" dir="(\w+)"', html)
    assert columns == [
        ("ar", "rtl"),
        ("zh-CN", "ltr"),
        ("en", "ltr"),
        ("fr", "ltr"),
        ("ru", "ltr"),
        ("es", "ltr"),
    ]
    for language in archive_corpus.LANGUAGES:
        assert archive_corpus.SENTENCES["norway_new"][language] in text
    # The other cycle's reply, to compare with.
    first = _reply("NOR", "A/70/120")
    assert f"/archive/compare/?state=NOR&amp;from={first.pk}&amp;to={norway.pk}" in html
    # Two languages chosen: two columns.
    chosen = _page(f"/archive/replies/{norway.pk}/?lang=ar&lang=en")
    assert len(re.findall(r'<section class="version"', chosen)) == 2


def test_a_reply_page_links_the_pdf_each_version_was_read_from(archive: None) -> None:
    norway = _reply("NOR", "A/71/130")
    Version.objects.filter(document__symbol="A/71/130", language="en").update(
        pdf=b"%PDF-1.7 the English version", pages=4
    )
    Version.objects.filter(document__symbol="A/71/130", language="fr").update(
        pdf=b"%PDF-1.7 the French version", pages=1
    )
    html = _page(f"/archive/replies/{norway.pk}/")
    english = Version.objects.get(document__symbol="A/71/130", language="en")
    french = Version.objects.get(document__symbol="A/71/130", language="fr")
    # A four-page PDF: the page of the reply is not known, and the page says so.
    assert f'href="/archive/versions/{english.pk}.pdf"' in html
    assert "(4 pages; the page of this reply was not recorded)" in _text(html)
    # A one-page PDF: the reply is on its one page.
    assert f'href="/archive/versions/{french.pk}.pdf#page=1"' in html
    assert _text(html).count("Not read from a PDF") == 4
    response = Client().get(f"/archive/versions/{english.pk}.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content == b"%PDF-1.7 the English version"
    arabic = Version.objects.get(document__symbol="A/71/130", language="ar")
    assert Client().get(f"/archive/versions/{arabic.pk}.pdf").status_code == 404


def test_a_reply_page_links_the_page_the_import_found(archive: None) -> None:
    norway = _reply("NOR", "A/71/130")
    english = Version.objects.get(document__symbol="A/71/130", language="en")
    english.pdf, english.pages = b"%PDF-1.7", 5
    english.save()
    norway.texts.filter(version=english).update(page=3)
    html = _page(f"/archive/replies/{norway.pk}/")
    assert f'href="/archive/versions/{english.pk}.pdf#page=3"' in html
    assert "PDF, page 3" in _text(html)


# Comparison ------------------------------------------------------------------------------


def test_the_comparison_marks_what_norway_deleted_and_inserted_between_the_cycles(
    archive: None,
) -> None:
    first, second = _reply("NOR", "A/70/120"), _reply("NOR", "A/71/130")
    html = _page(f"/archive/compare/?state=NOR&from={first.pk}&to={second.pk}")
    sentences = archive_corpus.SENTENCES
    assert f"<del>{sentences['multilateralism']['en']}</del>" in html
    assert f"<ins>{sentences['norway_new']['en']}</ins>" in html
    assert f"<p>{sentences['cd']['en']}</p>" in html  # kept as it was
    assert "From the reply in A/70/120 to the reply in A/71/130." in _text(html)
    # In Chinese, chosen on the page; in Arabic, right to left.
    chinese = _page(f"/archive/compare/?state=NOR&from={first.pk}&to={second.pk}&lang=zh")
    assert f"<ins>{sentences['norway_new']['zh']}</ins>" in chinese
    assert '<div class="diff" lang="zh-CN" dir="ltr">' in chinese
    arabic = _page(f"/archive/compare/?state=NOR&from={first.pk}&to={second.pk}&lang=ar")
    assert '<div class="diff" lang="ar" dir="rtl">' in arabic
    assert f"<del>{sentences['multilateralism']['ar']}</del>" in arabic
    # With no language asked for, the page's own.
    french = _page(f"/archive/compare/?state=NOR&from={first.pk}&to={second.pk}", "fr")
    assert f"<ins>{sentences['norway_new']['fr']}</ins>" in unescape(french)


def test_replies_of_two_authors_are_not_compared(archive: None) -> None:
    norway, cuba = _reply("NOR", "A/70/120"), _reply("CUB", "A/71/130")
    text = _text(_page(f"/archive/compare/?from={norway.pk}&to={cuba.pk}"))
    assert "The two replies are not by the same author." in text
    assert "<del>" not in text
    assert (
        Client().get(f"/archive/compare/?state=CUB&from={norway.pk}&to={norway.pk}").status_code
        == 404
    )
    assert Client().get("/archive/compare/?from=99999999&to=1").status_code == 404


def test_the_comparison_page_offers_a_state_s_replies_to_choose_from(archive: None) -> None:
    html = _page("/archive/compare/?state=NOR")
    first, second = _reply("NOR", "A/70/120"), _reply("NOR", "A/71/130")
    assert f'<option value="{first.pk}">A/70/120 (4 May 2015)</option>' in html
    assert f'<option value="{second.pk}" selected>A/71/130 (9 May 2016)</option>' in html


# The search page -------------------------------------------------------------------------


def test_the_search_page_without_a_query_shows_the_form_only(archive: None) -> None:
    html = _page("/archive/search/")
    assert '<input type="text" name="q"' in html
    assert '<option value="NOR">Norway</option>' in html
    assert (
        '<option value="western_european_other">Western European and other States</option>' in html
    )
    assert "<mark>" not in html


def _hits(html: str) -> list[str]:
    """The results listed, each as its source line and snippet."""
    return [_text(item).strip() for item in re.findall(r"<li>(.*?)</li>", html, re.S)]


def _paragraphs(html: str) -> list[str]:
    """The paragraphs a page of results links to."""
    return re.findall(r'href="/archive/replies/\d+/#(p-\d+)"', html)


def test_a_search_finds_the_term_in_every_language_and_marks_it(archive: None) -> None:
    html = _page("/archive/search/?q=Conference+on+Disarmament")
    assert "<mark>Conference on Disarmament</mark>" in html
    assert "<mark>Конференция по разоружению</mark>" in html
    text = _text(html)
    # The term list's forms in the other languages are said to have been searched too.
    assert "Also searched:" in text
    assert "ZH 裁军谈判会议" in text
    assert "RU Конференция по разоружению" in text
    assert len(_hits(html)) == 20
    # Six replies say it, in six languages: 36 paragraphs at least, so more pages, each
    # reached by the one before's "Next page", none showing a paragraph shown before.
    shown = _paragraphs(html)
    pages = [html]
    while (following := re.search(r'<a href="\?([^"]+)" rel="next">', pages[-1])) is not None:
        assert len(pages) < 10
        pages.append(_page("/archive/search/?" + unescape(following.group(1))))
        found = _paragraphs(pages[-1])
        assert found and not set(found) & set(shown), (found, shown)
        shown += found
        assert "First page" in pages[-1]
    assert len(pages) >= 2 and len(shown) >= 36


def test_a_search_with_more_matches_than_a_window_says_how_they_are_ranked(
    archive: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = "/archive/search/?q=Conference+on+Disarmament"
    assert "ranked" not in _text(_page(query))
    monkeypatch.setattr(engines, "WINDOW", 10)
    assert (
        "More than 10 paragraphs match: they are ranked 10 at a time, the best of those"
        " stored last first. Add words or filters to rank all the matches together."
        in _text(_page(query))
    )
    french = _text(_page(query, "fr"))
    assert "Plus de 10 paragraphes correspondent : ils sont classés par groupes de 10" in french
    # Newest first, nothing is ranked: nothing to say.
    assert "ranked" not in _text(_page(query + "&sort=date"))


def test_a_search_narrowed_to_a_state_and_a_language_and_sorted_by_date(archive: None) -> None:
    html = _page("/archive/search/?q=Conference+on+Disarmament&state=NOR&language=en&sort=date")
    hits = _hits(html)
    assert [h.split(" · ")[:3] for h in hits] == [
        ["Norway", "A/71/130", "9 May 2016"],
        ["Norway", "A/70/120", "4 May 2015"],
    ]
    newest = _reply("NOR", "A/71/130")
    assert f'href="/archive/replies/{newest.pk}/#p-' in html
    assert 'rel="next"' not in html
    # The paragraph linked is on the reply's page.
    anchor = re.search(rf'href="/archive/replies/{newest.pk}/#(p-\d+)"', html)
    assert anchor is not None
    assert f'id="{anchor.group(1)}"' in _page(f"/archive/replies/{newest.pk}/")


def test_a_chinese_two_character_word_is_found_and_marked(archive: None) -> None:
    html = _page("/archive/search/?q=和平&language=zh", "zh")
    assert "国际<mark>和平</mark>与安全取决于法治。" in html
    assert 'lang="zh-CN"' in html


def test_a_query_that_cannot_be_read_gets_a_one_line_error(archive: None) -> None:
    html = _page('/archive/search/?q="Conference')
    errors = re.findall(r'<p class="message error query-error">(.*?)</p>', html, re.S)
    assert len(errors) == 1
    assert "\n" not in errors[0].strip()
    assert "The search could not be read:" in errors[0]
    assert "<mark>" not in html


def test_a_filter_that_is_not_a_year_is_refused_on_the_form(archive: None) -> None:
    html = _page("/archive/search/?q=peace&year_from=last+year")
    assert "Enter a whole number." in html
    assert "<mark>" not in html
    assert '<details class="filters" open>' in html
