"""The public JSON API over the two-cycle test archive: what a program reading it gets —
Norway's reply in six languages, the addendum pointing to its report, the States with their
counts, lists walked page by page, the search and its exports agreeing paragraph for
paragraph, and the API's manners (JSON errors, a rate limit, open to any origin, read-only)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from lxml import etree

from memberviews.render.akn import AKN_NAMESPACE
from memberviews.web.archive import engines, queries
from memberviews.web.archive.models import Document, Reply, Version
from support import archive_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit(settings: Any) -> Iterator[None]:
    """The rate limit is tried by its own test; the others ask as often as they like."""
    settings.MEMBERVIEWS_API_RATE = ""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client() -> Client:
    archive_corpus.load()
    return Client()


def _json(client: Client, path: str, **params: Any) -> Any:
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def _walk(client: Client, path: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page after page."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        page = _json(client, path, limit=limit, **params, **({"cursor": cursor} if cursor else {}))
        assert len(page["items"]) <= limit
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError(f"{path} never ended")


def _hits(client: Client, limit: int = 5, **params: Any) -> list[dict[str, Any]]:
    """Every hit of a search, page after page."""
    hits: list[dict[str, Any]] = []
    cursor = None
    for _ in range(200):
        page = _json(
            client, "/api/search", limit=limit, **params, **({"cursor": cursor} if cursor else {})
        )
        hits.extend(page["hits"])
        cursor = page["next_cursor"]
        if cursor is None:
            return hits
    raise AssertionError("the search never ended")


# The records -----------------------------------------------------------------------------


def test_norway_s_reply_reads_in_the_six_languages(client: Client) -> None:
    found = _json(client, "/api/replies", states="NOR", document="A/70/120")["items"]
    assert [(r["symbol"], r["state"], r["original_language"]) for r in found] == [
        ("A/70/120", "NOR", "en")
    ]
    reply = _json(client, f"/api/replies/{found[0]['id']}")
    assert reply["date"] == "2015-05-04"
    assert reply["group"] == "western_european_other"
    texts = {t["language"]: t for t in reply["texts"]}
    assert list(texts) == list(archive_corpus.LANGUAGES)
    assert texts["fr"]["name"] == "Norvège"
    assert texts["zh"]["name"] == "挪威"
    for language in archive_corpus.LANGUAGES:
        assert texts[language]["paragraphs"] == [
            archive_corpus.SENTENCES["cd"][language],
            archive_corpus.SENTENCES["multilateralism"][language],
        ]


def test_the_addendum_points_to_its_report_and_the_report_to_its_addendum(client: Client) -> None:
    addendum = _json(client, "/api/documents/A/70/120/Add.1")
    assert addendum["kind"] == "addendum"
    assert addendum["amends"] == "A/70/120"
    assert addendum["amends_document"]["symbol"] == "A/70/120"
    assert [r["state"] for r in addendum["replies"]] == ["MEX"]
    report = _json(client, "/api/documents/A/70/120")
    assert [d["symbol"] for d in report["amendments"]] == ["A/70/120/Add.1"]
    assert report["amends"] is None
    assert [v["language"] for v in report["versions"]] == list(archive_corpus.LANGUAGES)
    assert sorted(r["state"] for r in report["replies"]) == [
        "CHN",
        "CUB",
        "EGY",
        "FRA",
        "NOR",
        "RUS",
    ]
    assert report["mandate"]["resolution"] == "69/50"
    assert report["mandate"]["adopted"] == "2014-12-02"
    # The report, its addendum and the next cycle are one question.
    following = _json(client, "/api/documents/A/71/130")
    assert report["series"] == addendum["series"] == following["series"]
    assert report["series"]["title"] == archive_corpus.TITLE["en"]


def test_the_documents_list_narrows_by_session_kind_and_mandate(client: Client) -> None:
    def symbols(**params: Any) -> list[str]:
        return sorted(d["symbol"] for d in _json(client, "/api/documents", **params)["items"])

    assert symbols() == ["A/70/120", "A/70/120/Add.1", "A/71/130"]
    assert symbols(session=70) == ["A/70/120", "A/70/120/Add.1"]
    assert symbols(kind="addendum") == ["A/70/120/Add.1"]
    assert symbols(mandate="70/40") == ["A/71/130"]
    assert symbols(year=2016, language="zh") == ["A/71/130"]


def test_the_states_with_their_counts_and_a_state_with_its_replies(client: Client) -> None:
    states = {s["code"]: s for s in _json(client, "/api/states", limit=100)["items"]}
    assert sorted(states) == ["CHN", "CUB", "DEU", "EGY", "FRA", "MEX", "NOR", "RUS"]
    counts = {code: s["reply_count"] for code, s in states.items()}
    assert counts == {
        "CHN": 2, "CUB": 2, "DEU": 1, "EGY": 1, "FRA": 2, "MEX": 1, "NOR": 2, "RUS": 1
    }  # fmt: skip
    assert states["NOR"]["names"]["en"] == "Norway"
    assert states["NOR"]["names"]["ar"] == "النرويج"
    assert (states["NOR"]["first_year"], states["NOR"]["last_year"]) == (2015, 2016)
    assert states["MEX"]["group"] == "latin_american_caribbean"
    norway = _json(client, "/api/states/NOR")
    assert norway["reply_count"] == 2
    assert [(r["symbol"], r["date"]) for r in norway["replies"]] == [
        ("A/70/120", "2015-05-04"),
        ("A/71/130", "2016-05-09"),
    ]


def test_a_mandate_with_its_question_s_cycles_and_their_reply_counts(client: Client) -> None:
    mandates = {m["resolution"]: m for m in _json(client, "/api/mandates")["items"]}
    assert sorted(mandates) == ["69/50", "70/40"]
    assert mandates["69/50"]["document_count"] == 2  # the report and its addendum
    first = _json(client, f"/api/mandates/{mandates['69/50']['id']}")
    assert first["series"]["title"] == archive_corpus.TITLE["en"]
    cycles = [(c["symbol"], c["reply_count"]) for c in first["cycles"]]
    assert cycles == [("A/70/120", 6), ("A/70/120/Add.1", 1), ("A/71/130", 5)]


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        ("/api/documents", "symbol", lambda: Document.objects.count()),
        ("/api/replies", "id", lambda: Reply.objects.count()),
        ("/api/states", "code", lambda: Reply.objects.values("state").distinct().count()),
        ("/api/mandates", "id", lambda: 2),
    ],
)
def test_the_cursor_walks_every_item_once(
    client: Client, path: str, key: str, expected: Any
) -> None:
    everything = [item[key] for item in _json(client, path, limit=100)["items"]]
    walked = [item[key] for item in _walk(client, path, limit=2)]
    assert walked == everything
    assert len(set(walked)) == len(walked) == expected()


def test_the_replies_list_narrows_as_the_search_does(client: Client) -> None:
    def states(**params: Any) -> list[tuple[str, str]]:
        return sorted(
            (r["symbol"], r["state"]) for r in _walk(client, "/api/replies", 50, **params)
        )

    assert states(states=["NOR", "MEX"]) == [
        ("A/70/120", "NOR"),
        ("A/70/120/Add.1", "MEX"),
        ("A/71/130", "NOR"),
    ]
    assert states(original_languages="es", year_from=2016) == [("A/71/130", "CUB")]
    assert states(groups="eastern_european") == [("A/70/120", "RUS")]
    assert states(sessions=71, original_languages=["en", "fr"]) == [
        ("A/71/130", "DEU"),
        ("A/71/130", "FRA"),
        ("A/71/130", "NOR"),
    ]
    assert states(author="organization") == []


# Refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/api/documents/A/99/999", 404, "A/99/999"),
        ("/api/replies/99999999", 404, "99999999"),
        ("/api/states/XYZ", 404, "XYZ"),
        ("/api/mandates/99999999", 404, "99999999"),
        ("/api/nothing/here", 404, "No such address"),
        ("/api/documents?limit=0", 400, "limit"),
        ("/api/documents?limit=many", 400, "limit"),
        ("/api/replies?languages=xx", 400, "languages"),
        ("/api/replies?states=Norway", 400, "states"),
        ("/api/replies?cursor=bm90LWEtY3Vyc29y", 400, "cursor"),
        ("/api/search", 400, "q"),
        ("/api/search?q=peace&sort=random", 400, "sort"),
    ],
)
def test_an_error_is_json_with_a_one_line_message(
    client: Client, path: str, status: int, says: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail and says in detail, detail


def test_a_cursor_of_one_list_is_refused_by_another(client: Client) -> None:
    cursor = _json(client, "/api/replies", limit=1)["next_cursor"]
    assert client.get("/api/documents", {"cursor": cursor}).status_code == 400


# Manners ---------------------------------------------------------------------------------


def test_past_the_rate_limit_a_client_gets_429(client: Client, settings: Any) -> None:
    settings.MEMBERVIEWS_API_RATE = "3/min"
    assert [client.get("/api/states").status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get("/api/documents")
    assert refused.status_code == 429
    assert "3/min" in refused.json()["detail"]
    assert int(refused["Retry-After"]) > 0
    # Another address has its own count.
    assert client.get("/api/states", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_any_origin_may_read_and_nobody_may_write(client: Client) -> None:
    read = client.get("/api/states", HTTP_ORIGIN="https://example.org")
    assert read["Access-Control-Allow-Origin"] == "*"
    head = client.head("/api/states")
    assert head.status_code == 200 and head["Access-Control-Allow-Origin"] == "*"
    assert head.content == b""
    preflight = client.options(
        "/api/search", HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    replies = Reply.objects.count()
    for method in ("post", "put", "patch", "delete"):
        refused = getattr(client, method)("/api/replies/1", HTTP_ORIGIN="https://example.org")
        assert refused.status_code == 405
        assert refused["Allow"] == "GET, HEAD, OPTIONS"
        assert "read-only" in refused.json()["detail"]
        assert "Access-Control-Allow-Origin" not in refused
    assert Reply.objects.count() == replies
    # The site's own pages are not opened to other origins.
    assert "Access-Control-Allow-Origin" not in client.get("/")


def test_the_description_and_its_page_come_from_this_site(client: Client) -> None:
    description = _json(client, "/api/openapi.json")
    assert description["openapi"].startswith("3.1")
    assert {"/api/documents/{symbol}", "/api/replies/{reply_id}", "/api/search"} <= set(
        description["paths"]
    )
    for path in description["paths"].values():
        assert set(path) == {"get"}  # read-only
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(a.endswith(".js") for a in assets)
    for asset in assets:
        assert asset.startswith("/"), f"the docs page loads {asset} from elsewhere"
        assert b"".join(client.get(asset).streaming_content), asset  # type: ignore[attr-defined]
    # Under the site's policy: scripts from this site only, nothing inline.
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)


# The search and its exports --------------------------------------------------------------


def test_a_chinese_two_character_word_is_found(client: Client) -> None:
    hits = _hits(client, q="和平", languages="zh")
    assert hits
    assert {h["language"] for h in hits} == {"zh"}
    assert {h["state"] for h in hits} >= {"CHN", "CUB", "MEX"}
    for hit in hits:
        matched = "".join(piece["text"] for piece in hit["snippet"] if piece["matched"])
        assert "和平" in matched


def test_a_term_is_found_in_the_six_languages(client: Client) -> None:
    hits = _hits(client, q="Conference on Disarmament")
    assert {h["language"] for h in hits} == set(archive_corpus.LANGUAGES)
    # Egypt replied in Arabic, Russia in Russian: found through the term list.
    assert {h["state"] for h in hits} >= {"NOR", "RUS", "EGY", "FRA", "DEU"}
    french = [h for h in hits if h["language"] == "fr"]
    assert any(
        "Conférence du désarmement" in "".join(p["text"] for p in h["snippet"]) for h in french
    )


def test_a_search_says_whether_its_hits_were_ranked_a_window_at_a_time(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def windowed() -> bool:
        response = client.get("/api/search", {"q": "Conference on Disarmament", "limit": "3"})
        assert response.status_code == 200
        return bool(response.json()["windowed"])

    assert not windowed()
    monkeypatch.setattr(engines, "WINDOW", 10)
    assert windowed()


def _rows(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def _streamed(client: Client, path: str, **params: Any) -> tuple[str, bytes]:
    response = client.get(path, params)
    assert response.status_code == 200, response.content[:300]
    assert response.streaming  # never held whole in memory
    assert response["Access-Control-Allow-Origin"] == "*"
    return response["Content-Type"], b"".join(response.streaming_content)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "query",
    [
        {"q": "Conference on Disarmament"},
        {"q": "peace", "states": ["CUB", "CHN"], "languages": ["en", "fr"], "sort": "date"},
    ],
)
def test_the_exports_hold_the_paragraphs_the_search_finds(
    client: Client, monkeypatch: pytest.MonkeyPatch, query: dict[str, Any]
) -> None:
    # Small pages, so the exports walk the search's cursor over several.
    monkeypatch.setattr(queries, "SEARCH_BATCH", 3)
    hits = _hits(client, limit=4, **query)
    assert len(hits) > 3
    found = [(h["paragraph"], h["reply"], h["symbol"], h["language"]) for h in hits]

    media, content = _streamed(client, "/api/export/csv", **query)
    assert media.startswith("text/csv")
    rows = _rows(content.decode("utf-8"))
    assert [
        (int(r["paragraph"]), int(r["reply"]), r["symbol"], r["language"]) for r in rows
    ] == found
    # Each row holds the paragraph's whole text, as the reply shows it.
    first = rows[0]
    reply = _json(client, f"/api/replies/{first['reply']}")
    text = next(t for t in reply["texts"] if t["language"] == first["language"])
    assert text["paragraphs"][int(first["position"])] == first["text"]
    assert first["name"] == text["name"]

    media, content = _streamed(client, "/api/export/jsonl", **query)
    assert media.startswith("application/jsonl")
    lines = [json.loads(line) for line in content.decode("utf-8").splitlines()]
    assert [(o["paragraph"], o["reply"], o["symbol"], o["language"]) for o in lines] == found
    assert [o["text"] for o in lines] == [r["text"] for r in rows]

    media, content = _streamed(client, "/api/export/akn", **query)
    assert media == "application/zip"
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        versions = {(h["symbol"], h["language"]) for h in hits}
        assert sorted(names) == sorted(
            f"{symbol.replace('/', '-')}-{language}.xml" for symbol, language in versions
        )
        for name in names:
            root = etree.fromstring(archive.read(name))
            assert root.tag == f"{{{AKN_NAMESPACE}}}akomaNtoso"


def test_an_undated_version_is_named_in_the_zip_s_notes(client: Client) -> None:
    Version.objects.filter(document__symbol="A/71/130", language="fr").update(date=None)
    _media, content = _streamed(client, "/api/export/akn", q="Conference on Disarmament")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert "A-71-130-fr.xml" not in archive.namelist()
        assert "A-71-130-en.xml" in archive.namelist()
        notes = archive.read("NOTES.txt").decode()
    assert "A/71/130 (fr)" in notes and "no date" in notes


def test_an_export_of_a_query_that_cannot_be_read_is_refused_before_it_starts(
    client: Client,
) -> None:
    for path in ("/api/export/csv", "/api/export/jsonl", "/api/export/akn"):
        response = client.get(path, {"q": '"unclosed'})
        assert response.status_code == 400, path
        assert not response.streaming
        assert response.json()["detail"]


def test_an_export_stops_rather_than_give_a_page_twice(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = queries.search_page

    def circling(*args: Any, **kwargs: Any) -> Any:
        # An engine whose every page names the same page as the next.
        found = real(*args, **{**kwargs, "cursor": None})
        return dataclasses.replace(found, next_cursor="circle")

    monkeypatch.setattr(queries, "search_page", circling)
    given: list[int] = []
    with pytest.raises(queries.SearchLoop):
        given.extend(hit.paragraph for hit in queries.search_all("Conference on Disarmament"))
    assert given and len(given) == len(set(given))
