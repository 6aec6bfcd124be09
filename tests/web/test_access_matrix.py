"""Every URL of the application, with every role, on the objects of every Mission and on
guessed identifiers: no page shows what its viewer may not see, no request by someone not
allowed changes anything, and nothing answers with a server error.

The URLs are read from the URLconf, so a new URL is tried here without editing this test;
the identifiers tried are those of every object the data holds, and some that exist nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pypdfium2
import pytest
from django.contrib.auth.models import Group, User
from django.db.models import Max
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from conftest import ROOT
from memberviews.web.accounts.models import Invitation, Membership
from memberviews.web.accounts.roles import Role
from memberviews.web.audit.models import AuditEntry
from memberviews.web.demo import load_demo
from memberviews.web.documents.models import Report
from memberviews.web.portal.actions import do_submit_reply
from memberviews.web.replies.models import Reply, ReplyVersion
from memberviews.web.requests.models import Mission, Request
from support.web import client_for

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"

#: Words found only in each Mission's unpublished reply.
SECRETS = {"578": "Norway-unpublished-8c41", "250": "France-unpublished-2f97"}

ROLES = [
    "anonymous",
    "no-role",
    "officer",
    "approver",
    "translator",
    "norway-member",
    "norway-admin",
    "norway-removed",
    "france-member",
]


#: What stands in the URLs' other parts: the published report's, and tokens that are none.
_STAND_INS = {
    "language": "en",
    "symbol": "A/67/131",
    "fmt": "pdf",
    "token": "MQ-not-a-token",
    "uidb64": "MQ",
    "iso3": "NOR",
}


@dataclass(frozen=True)
class Url:
    pattern: str
    kind: str  # staff, mission, account or public

    def paths(self, identifiers: list[int]) -> Iterator[str]:
        """The pattern with each identifier in its integer parts, and stand-ins elsewhere."""
        path = "/" + self.pattern
        for name, value in _STAND_INS.items():
            path = re.sub(rf"<(\w+:)?{name}>", value, path)
        assert "<" not in re.sub(r"<int:\w+>", "", path), f"no stand-in for {path}"
        if "<int:" not in path:
            yield path
            return
        for identifier in identifiers:
            yield re.sub(r"<int:\w+>", str(identifier), path)


def _urls() -> list[Url]:
    def walk(resolver: URLResolver, prefix: str) -> Iterator[Url]:
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                if entry.app_name == "admin":
                    continue  # Django's admin: superusers only, with its own checks
                yield from walk(entry, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                view = entry.callback
                access = getattr(view, "access", None) or getattr(
                    getattr(view, "view_class", None), "access", None
                )
                yield Url(prefix + str(entry.pattern), access[0] if access else "none")

    return list(walk(get_resolver(), ""))


def test_every_url_says_who_may_open_it() -> None:
    urls = _urls()
    assert len(urls) > 30
    assert {u.kind for u in urls} <= {"staff", "mission", "account", "public"}, urls


def _user(name: str, role: Role | None = None) -> User:
    user = User.objects.create_user(name, f"{name}@example.org")
    if role is not None:
        user.groups.add(Group.objects.get(name=str(role)))
    return user


def _member(name: str, m49: str, *, admin: bool = False) -> User:
    user = _user(name)
    Membership.objects.create(user=user, mission=Mission.objects.get(m49=m49), is_admin=admin)
    return user


@pytest.fixture
def world(db: None) -> dict[str, User | None]:
    """The demo (a published report, an open request), each Mission's unpublished reply to
    the open request, a pending invitation, and a user of each role."""
    load_demo(EXAMPLE, publish=True)
    users: dict[str, User | None] = {
        "anonymous": None,
        "no-role": _user("no-role"),
        "officer": _user("officer", Role.OFFICER),
        "approver": _user("approver", Role.APPROVER),
        "translator": _user("translator", Role.TRANSLATOR),
        "norway-member": _member("norway-member", "578"),
        "norway-admin": _member("norway-admin", "578", admin=True),
        "norway-removed": _member("norway-removed", "578"),
        "france-member": _member("france-member", "250"),
    }
    Membership.objects.filter(user__username="norway-removed").update(removed_at=timezone.now())
    open_request = Request.objects.get(reference__startswith="ODA/2-")
    for m49, secret in SECRETS.items():
        membership = Membership.objects.filter(mission__m49=m49, removed_at=None).first()
        assert membership is not None
        do_submit_reply(
            membership.user,
            membership,
            open_request,
            paragraphs=[f"Our views ({secret})."],
            original_language="en",
            dated=None,
        )
    officer = users["officer"]
    assert officer is not None
    Invitation.objects.create(
        mission=Mission.objects.get(m49="578"),
        email="invited@norway.example",
        language="en",
        digest="0" * 64,
        invited_by=officer,
        expires_at=timezone.now() + timedelta(days=1),
    )
    return users


def _may_see(role: str) -> set[str]:
    """The unpublished replies a role may see."""
    if role in ("officer", "approver", "translator"):
        return set(SECRETS)
    if role in ("norway-member", "norway-admin"):
        return {"578"}
    if role == "france-member":
        return {"250"}
    return set()


def _identifiers() -> list[int]:
    """The identifiers of every object of interest (each Mission's unpublished reply and its
    versions, a published reply, the requests, the report, the memberships, the invitation,
    the two Missions) and some that exist nowhere."""
    secret = Reply.objects.filter(request__reference__startswith="ODA/2-")
    published = Reply.objects.filter(request__reference__startswith="ODA/1-")[:1]
    found = {0, 1, 2}
    for replies in (secret, published):
        found.update(replies.values_list("pk", flat=True))
        found.update(ReplyVersion.objects.filter(reply__in=replies).values_list("pk", flat=True))
    for model in (Request, Report, Membership, Invitation):
        found.update(model.objects.values_list("pk", flat=True))
    found.update(Mission.objects.filter(m49__in=SECRETS).values_list("pk", flat=True))
    highest = max(
        value or 0 for value in Mission.objects.aggregate(Max("pk")).values()
    )  # fmt: skip
    found.update({highest + 1, 99_999_999})
    return sorted(found)


def _shown(response: Any) -> str:
    """What the viewer gets to read: the page, or the text of a PDF."""
    if response.get("Content-Type", "").startswith("application/pdf"):
        document = pypdfium2.PdfDocument(response.content)
        try:
            return "".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode(errors="replace")
    return str(response.content.decode(errors="replace"))


#: URLs that end the session or change only the viewer's own language: not posted to.
_SESSION_URLS = {"accounts/logout/"}


def _client(user: User | None) -> Client:
    return client_for(user, second_factor=True) if user is not None else Client()


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_no_url_leaks_or_changes_anything_for(world: dict[str, User | None], role: str) -> None:
    user = world[role]
    client = _client(user)
    allowed = _may_see(role)
    hidden = [SECRETS[m49] for m49 in SECRETS if m49 not in allowed]
    staff = role in ("officer", "approver", "translator")
    identifiers = _identifiers()
    leaks: list[str] = []
    errors: list[str] = []
    changes: list[str] = []
    tried = 0
    for url in _urls():
        for path in url.paths(identifiers):
            for method in ("get", "post"):
                if method == "post" and url.pattern in _SESSION_URLS:
                    continue
                before = AuditEntry.objects.count()
                response = getattr(client, method)(path)
                tried += 1
                if response.status_code >= 500:
                    errors.append(f"{method.upper()} {path}: {response.status_code}")
                    continue
                shown = _shown(response)
                leaks.extend(f"{method.upper()} {path} shows {s}" for s in hidden if s in shown)
                # Someone with no business on a page changes nothing by posting to it.
                acts = (staff and url.kind == "staff") or (url.kind == "mission" and allowed)
                if not acts and AuditEntry.objects.count() != before:
                    changes.append(f"{method.upper()} {path} changed the records")
    assert tried > 300
    assert not errors, errors
    assert not leaks, leaks
    assert not changes, changes
    # The replies are all still there, each with its text.
    for m49, secret in SECRETS.items():
        reply = Reply.objects.get(mission__m49=m49, request__reference__startswith="ODA/2-")
        assert secret in reply.versions.get(number=1).paragraphs[0]


@pytest.mark.slow
@pytest.mark.parametrize("role", ["anonymous", "no-role", "norway-removed"])
def test_outsiders_are_sent_to_sign_in_or_refused(world: dict[str, User | None], role: str) -> None:
    client = _client(world[role])
    identifiers = [Reply.objects.filter(mission__m49="578").last().pk]  # type: ignore[union-attr]
    for url in _urls():
        if url.kind not in ("staff", "mission"):
            continue
        for path in url.paths(identifiers):
            status = client.get(path).status_code
            assert status in (302, 403, 404, 405), (path, status)
