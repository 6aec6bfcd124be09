"""The officer's pages through Django's test client: who may open what, and the cycle from a
pasted resolution to a reply on the dashboard."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver

from memberviews.web.accounts.roles import Role
from memberviews.web.mandates.models import Mandate
from memberviews.web.replies.models import Reply
from memberviews.web.requests.models import Request
from support.web import RESOLUTIONS, MakeUser, client_for


def _patterns(resolver: URLResolver, prefix: str = "") -> Iterator[tuple[str, Any]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue  # Django's admin: staff accounts only, its own checks
            yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def _paths() -> list[tuple[str, str]]:
    found = []
    for pattern, view in _patterns(get_resolver()):
        path = "/" + re.sub(r"<int:\w+>", "1", pattern)
        kind = getattr(view, "access", None) or getattr(
            getattr(view, "view_class", None), "access", None
        )
        found.append((path, kind[0] if kind else "none"))
    return found


def test_no_view_is_left_open() -> None:
    # Every view says who may open it; a new URL without that fails here.
    kinds = ("staff", "mission", "account", "public")
    assert all(kind in kinds for _, kind in _paths()), _paths()


@pytest.mark.parametrize(("path", "kind"), [p for p in _paths() if p[1] == "staff"])
def test_a_staff_page_sends_the_public_to_sign_in(db: None, path: str, kind: str) -> None:
    response = client_for(None).get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_translator_cannot_register_a_mandate(make_user: MakeUser) -> None:
    translator = client_for(make_user(Role.TRANSLATOR))
    assert translator.get("/mandates/").status_code == 200
    assert translator.get("/mandates/new/").status_code == 403
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    assert translator.post("/mandates/new/", {"text": text}).status_code == 403
    assert not Mandate.objects.exists()


def test_the_officer_s_path_from_resolution_to_reply(officer: User) -> None:
    client = client_for(officer)
    # An uploaded resolution, in Spanish.
    upload = SimpleUploadedFile("r.txt", (RESOLUTIONS / "es.txt").read_bytes())
    response = client.post("/mandates/new/", {"upload": upload, "language": ""})
    mandate = Mandate.objects.get()
    assert response["Location"] == f"/mandates/{mandate.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Pide al Secretario General que recabe las opiniones" in page
    response = client.post(
        f"/mandates/{mandate.pk}/",
        {
            "resolution": "68/51",
            "title": mandate.title,
            "session": "69",
            "recurrence": "annual",
            "invites_observers": "unknown",
            "invites_organizations": "unknown",
            "invites_civil_society": "true",
            "paragraphs": "2",
            "due": "2014-07-08",
        },
    )
    assert response.status_code == 302, response.content.decode()
    response = client.post(
        f"/requests/new/{mandate.pk}/", {"dated": "2014-02-10", "deadline": "2014-05-30"}
    )
    request = Request.objects.get()
    assert response["Location"] == f"/requests/{request.pk}/"
    reply_file = SimpleUploadedFile(
        "reply.txt",
        b"Cuba apoya la observancia de las normas ambientales.\n\nY el desarme.\n",
    )
    cuba = request.recipients.get(mission__m49="192").mission_id
    response = client.post(f"/replies/new/{request.pk}/", {"mission": cuba, "upload": reply_file})
    # First the paragraphs as they will be stored, and the language detected; nothing yet.
    page = response.content.decode()
    assert response.status_code == 200 and not Reply.objects.exists()
    assert "2 paragraphs" in page and "Language detected: <strong>ES</strong>" in page
    response = client.post(
        f"/replies/new/{request.pk}/",
        {
            "mission": cuba,
            "text": "Cuba apoya la observancia de las normas ambientales.\n\nY el desarme.",
            "original_language": "es",
            "confirm": "True",
        },
    )
    assert response.status_code == 302, response.content.decode()
    reply = Reply.objects.get()
    assert reply.original_language == "es"  # detected from the text
    dashboard = client.get(f"/requests/{request.pk}/").content.decode()
    assert re.search(r"<strong>1</strong>\s*replied (on time|late)", dashboard)
    assert "<strong>192</strong> not yet" in dashboard


def test_an_upload_too_large_is_refused_and_nothing_stored(officer: User, settings: Any) -> None:
    settings.MEMBERVIEWS_MAX_UPLOAD_BYTES = 1000
    upload = SimpleUploadedFile("big.txt", b"x" * 1001)
    response = client_for(officer).post("/mandates/new/", {"upload": upload})
    assert response.status_code == 200
    assert "The file is larger than" in response.content.decode()
    assert not Mandate.objects.exists()


def test_a_corrupt_pdf_is_refused_and_nothing_stored(officer: User) -> None:
    upload = SimpleUploadedFile("resolution.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)
    response = client_for(officer).post("/mandates/new/", {"upload": upload})
    assert "The file cannot be read" in response.content.decode()
    assert not Mandate.objects.exists()


def test_the_dashboard_charts_the_replies_and_polls_while_sending(officer: User) -> None:
    client = client_for(officer)
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    client.post("/mandates/new/", {"text": text})
    mandate = Mandate.objects.get()
    client.post(f"/mandates/{mandate.pk}/", {"resolution": "66/32", "paragraphs": "2"})
    client.post(
        f"/requests/new/{mandate.pk}/",
        {"dated": "2012-02-13", "deadline": "2012-05-31", "quoted_en": "Requests …"},
    )
    request = Request.objects.get()
    page = client.get(f"/requests/{request.pk}/").content.decode()
    assert "<svg" in page and "Replies received: 0" in page
    assert "hx-trigger" not in page  # a draft: nothing is being sent
    client.post(f"/requests/{request.pk}/send/")
    page = client.get(f"/requests/{request.pk}/").content.decode()
    assert 'hx-trigger="every 5s"' in page  # the notes wait for the worker
