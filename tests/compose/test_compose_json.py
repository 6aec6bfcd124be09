"""Composed documents survive their JSON: what render or the web app stores reads back equal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consultation_samples import EXAMPLE, load, reply

from conftest import REFERENCE
from memberviews.compose import compose, document_from_json, load_consultation
from memberviews.ingest import read_report


def test_every_composed_document_round_trips(tmp_path: Path) -> None:
    replies = [
        reply("CUB", "es", "2012-06-05", received="2012-06-07"),
        reply("EU", "en", "2012-07-20", organization=True),
        reply("EGY", "ar", "2012-05-20", {"ar": ["نص الرد."], "fr": ["Texte de la réponse."]}),
    ]
    consultation = load(
        tmp_path,
        replies=replies,
        reissue={"date": "2012-10-23", "languages": ["fr"]},
        title={"en": "Promoting multilateralism", "fr": "Promotion du multilatéralisme"},
        request={"date": "2012-02-13", "reference": "ODA/2012/00016", "deadline": "2012-05-31"},
    )
    composition = compose(consultation)
    composition.documents.extend(compose(load_consultation(EXAMPLE)).documents)
    for document in composition.documents:
        text = json.dumps(document.to_json(), ensure_ascii=False)
        assert document_from_json(json.loads(text)) == document, document.symbol


def test_the_json_holds_what_compose_sets(tmp_path: Path) -> None:
    replies = [reply("CUB", "es", "2012-06-05")]
    consultation = load(tmp_path, replies=replies, reissue={"date": "2012-10-23"})
    data = compose(consultation).document("A/67/131", "en").to_json()
    assert data["symbol"] == "A/67/131*"
    assert data["preliminary_list"] is True
    assert data["footnotes"] == ["* Reissued for technical reasons on 23 October 2012."]
    assert data["replies"][0]["provenance"] == "pending"
    assert data["replies"][0]["section"] == "governments"


def test_published_documents_round_trip_too() -> None:
    published = read_report(REFERENCE)
    assert document_from_json(published.to_json()) == published


def test_json_written_before_the_new_keys_still_reads() -> None:
    published = read_report(REFERENCE)
    data = published.to_json()
    for key in ("agenda_title", "preliminary_list", "footnotes", "request_reference"):
        del data[key]
    for item in data["replies"]:
        del item["provenance"], item["section"], item["original_tagged"]
    document = document_from_json(data)
    assert document.replies[0].paragraphs == published.replies[0].paragraphs
    assert document.request == published.request


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("date", "9 July 2012", "date: an ISO 8601 date"),
        ("session", "67", "session: a whole number was expected"),
        ("replies", {}, "replies: a list was expected"),
        ("preliminary_list", "yes", "preliminary_list: true, false or null"),
    ],
)
def test_bad_json_is_refused_naming_the_key(key: str, value: object, message: str) -> None:
    data = read_report(REFERENCE).to_json()
    data[key] = value
    with pytest.raises(ValueError, match=message):
        document_from_json(data)
