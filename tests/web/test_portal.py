"""A Mission on its portal, through Django's test client with a real SMTP server: the
invitation, the account, the reply in two steps, the receipt (page, PDF, e-mail), amending,
withdrawing; and another Mission, which sees none of it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pypdfium2
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from memberviews.web.accounts.models import Invitation, Membership
from memberviews.web.audit.models import AuditEntry
from memberviews.web.documents.actions import do_prepare_report
from memberviews.web.documents.composition import consultation_of
from memberviews.web.errors import ActionError
from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.replies.actions import do_amend_reply, do_receive_reply, do_record_reply
from memberviews.web.replies.models import Channel, Reply, ReplyVersion
from memberviews.web.requests.actions import do_create_request
from memberviews.web.requests.models import Mission, Recipient, Request
from support.smtp import Mailbox, payload, subject
from support.web import RESOLUTIONS, client_for


def _sent_request(officer: User) -> Request:
    text = (RESOLUTIONS / "en.txt").read_text(encoding="utf-8")
    mandate = do_register_mandate(officer, text=text, language=None)
    mandate = do_confirm_mandate(officer, mandate, {"resolution": "66/32", "paragraphs": "2"})
    today = timezone.now().date()
    request = do_create_request(officer, mandate, dated=today, deadline=today + timedelta(days=60))
    Request.objects.filter(pk=request.pk).update(status="sent")
    return Request.objects.get(pk=request.pk)


def member_of(m49: str, *, admin: bool = False, language: str = "en") -> User:
    """A member of the Mission of the State ``m49``, as an accepted invitation makes one."""
    mission = Mission.objects.get(m49=m49)
    user = User.objects.create_user(f"member-{m49}-{User.objects.count()}", f"{m49}@m.example")
    Membership.objects.create(user=user, mission=mission, is_admin=admin, language=language)
    return user


def test_an_invited_focal_point_opens_its_account_once(
    officer: User, smtp: Mailbox, settings: Any
) -> None:
    officer_client = client_for(officer)
    norway = Mission.objects.get(m49="578")
    response = officer_client.post(
        f"/requests/missions/{norway.pk}/invite/",
        {"email": "focal@norway.example", "language": "fr", "as_admin": "on"},
    )
    assert response.status_code == 302, response.content.decode()
    (mail,) = smtp.received
    assert mail.recipients == ["focal@norway.example"]
    body = payload(mail.message, "text/plain").decode()
    link = re.search(r"http://testserver(/accounts/invitation/\S+/)", body)
    assert link, body
    # Only the token's digest is stored: the link is in the e-mail alone.
    token = link.group(1).split("/")[-2]
    stored = Invitation.objects.get()
    assert stored.digest == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(list(Invitation.objects.values()))
    visitor = Client()
    page = visitor.post(
        link.group(1),
        {"username": "focal", "password": "Fjord-Winter-77", "password_again": "Fjord-Winter-77"},
    )
    assert page.status_code == 302
    user = User.objects.get(username="focal")
    assert user.password.startswith("argon2$")
    membership = Membership.objects.get(user=user)
    assert (membership.mission, membership.is_admin, membership.language) == (norway, True, "fr")
    # The link works once.
    again = Client().get(link.group(1))
    assert again.status_code == 410
    assert "no longer works" in again.content.decode()
    # An expired one does not work at all.
    Invitation.objects.update(accepted_at=None, expires_at=timezone.now() - timedelta(minutes=1))
    assert Client().get(link.group(1)).status_code == 410


def test_an_invitation_that_cannot_be_mailed_is_not_stored(officer: User, settings: Any) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    norway = Mission.objects.get(m49="578")
    page = client_for(officer).post(
        f"/requests/missions/{norway.pk}/invite/",
        {"email": "focal@norway.example", "language": "en"},
    )
    assert "could not be e-mailed" in page.content.decode()
    assert not Invitation.objects.exists()


def test_a_mission_replies_gets_its_receipt_amends_and_withdraws(
    officer: User, smtp: Mailbox, run_tasks: Callable[[], None]
) -> None:
    request = _sent_request(officer)
    member = member_of("578", language="fr")
    client = client_for(member, second_factor=False)  # optional for Missions by default
    home = client.get("/portal/").content.decode()
    assert request.reference in home
    # The note verbale, in the Mission's language of correspondence (English here).
    note = client.get(f"/portal/requests/{request.pk}/").content.decode()
    assert "presents its compliments" in note
    text = "Norway supports the work of the Conference.\n\n  It will report again next year.  "
    first = client.post(f"/portal/requests/{request.pk}/reply/", {"text": text})
    page = first.content.decode()
    assert first.status_code == 200 and not Reply.objects.exists()
    assert "It will report again next year." in page and "2 paragraphs" in page
    confirmed = client.post(
        f"/portal/requests/{request.pk}/reply/",
        {"text": text, "original_language": "en", "dated": "2026-11-02", "confirm": "True"},
    )
    reply = Reply.objects.get()
    assert confirmed["Location"] == f"/portal/replies/{reply.pk}/receipt/"
    assert reply.channel == "portal" and reply.mission.m49 == "578"
    paragraphs = ["Norway supports the work of the Conference.", "It will report again next year."]
    digest = hashlib.sha256("\n\n".join(paragraphs).encode()).hexdigest()
    receipt = client.get(confirmed["Location"]).content.decode()
    assert reply.reference in receipt and digest in receipt
    assert "(America/New_York)" in receipt and "(UTC)" in receipt
    pdf = client.get(confirmed["Location"] + "?format=pdf")
    assert pdf["Content-Type"] == "application/pdf"
    document = pypdfium2.PdfDocument(pdf.content)
    pdf_text = "".join(p.get_textpage().get_text_range() for p in document)
    document.close()
    assert reply.reference in pdf_text and "It will report again next year." in pdf_text
    # The receipt e-mail, in the member's language (French), sent by the worker.
    run_tasks()
    (mail,) = smtp.received
    assert mail.recipients == [member.email]
    assert subject(mail.message) == f"Accusé de réception {reply.reference}"
    body = payload(mail.message, "text/plain").decode()
    assert digest in body and "Référence" in body
    # Amended: a second version; the date of receipt stays the first one's.
    received_at = reply.received_at
    client.post(
        f"/portal/replies/{reply.pk}/amend/",
        {"text": "Norway supports the Conference fully.", "original_language": "en",
         "confirm": "True"},
    )  # fmt: skip
    reply.refresh_from_db()
    assert reply.received_at == received_at
    assert list(reply.versions.values_list("number", flat=True)) == [1, 2]
    assert reply.texts.get(provenance="original").paragraphs == [
        "Norway supports the Conference fully."
    ]
    assert ReplyVersion.objects.get(reply=reply, number=1).paragraphs == paragraphs
    # The officer's dashboard shows it, as submitted through the portal.
    dashboard = client_for(officer).get(f"/requests/{request.pk}/").content.decode()
    assert "Submitted by the Mission" in dashboard
    # Withdrawn: kept on record, closed to changes.
    client.post(f"/portal/replies/{reply.pk}/withdraw/")
    reply.refresh_from_db()
    assert reply.withdrawn_at is not None
    refused = client.post(
        f"/portal/replies/{reply.pk}/amend/",
        {"text": "Again.", "original_language": "en", "confirm": "True"},
    )
    assert refused.status_code == 302 and reply.versions.count() == 2
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"receive_reply", "amend_reply", "withdraw_reply"} <= actions


def test_another_mission_sees_nothing_of_it(officer: User) -> None:
    request = _sent_request(officer)
    norway = client_for(member_of("578"), second_factor=False)
    norway.post(
        f"/portal/requests/{request.pk}/reply/",
        {"text": "Norway's views.", "original_language": "en", "confirm": "True"},
    )
    reply = Reply.objects.get()
    france = client_for(member_of("250"), second_factor=False)
    for path in (
        f"/portal/replies/{reply.pk}/",
        f"/portal/replies/{reply.pk}/receipt/",
        f"/portal/replies/{reply.pk}/receipt/?format=pdf",
        f"/portal/replies/{reply.pk}/amend/",
    ):
        response = france.get(path)
        assert response.status_code == 404, path
        assert b"Norway's views" not in response.content
    assert france.post(f"/portal/replies/{reply.pk}/withdraw/").status_code == 404
    assert "Norway" not in france.get("/portal/").content.decode()
    # A request not addressed to the Mission is not found either.
    Recipient.objects.filter(request=request, mission__m49="250").delete()
    assert france.get(f"/portal/requests/{request.pk}/").status_code == 404
    reply.refresh_from_db()
    assert reply.withdrawn_at is None and reply.versions.count() == 1


def test_the_report_compiles_the_last_version_before_its_cut_off(officer: User) -> None:
    request = _sent_request(officer)
    mandate = request.mandate
    mandate.adopted, mandate.session = date(2011, 12, 2), 67
    mandate.save()
    member = member_of("578")
    two_days_ago = timezone.now() - timedelta(days=2)
    reply = do_receive_reply(
        member,
        request,
        mission=Mission.objects.get(m49="578"),
        paragraphs=["As received."],
        original_language="en",
        dated=None,
        channel=Channel.PORTAL,
        received_at=two_days_ago,
    )
    do_amend_reply(member, reply, paragraphs=["As amended today."], original_language="en",
                   dated=None)  # fmt: skip
    today = timezone.now().date()
    report = do_prepare_report(
        officer, request, symbol="A/67/131", dated=today, cut_off=today, job_numbers={}
    )
    (compiled,) = consultation_of(report).replies
    assert compiled.texts["en"].paragraphs == ("As amended today.",)
    # With the cut-off yesterday, the amendment came too late for the report: the text as
    # it stood at the cut-off is compiled, and the Mission can no longer change it.
    report = do_prepare_report(
        officer, request, symbol="A/67/131", dated=today, cut_off=today - timedelta(days=1),
        job_numbers={},
    )  # fmt: skip
    (compiled,) = consultation_of(report).replies
    assert compiled.texts["en"].paragraphs == ("As received.",)
    page = client_for(member, second_factor=False).get(f"/portal/replies/{reply.pk}/")
    assert "Closed: no longer changed" in page.content.decode()
    with pytest.raises(ActionError, match="can no longer be changed"):
        do_amend_reply(member, reply, paragraphs=["Later."], original_language="en", dated=None)


def test_the_mission_s_administrator_sets_its_language_and_time_zone(db: None) -> None:
    admin = client_for(member_of("578", admin=True), second_factor=False)
    member = client_for(member_of("578"), second_factor=False)
    assert (
        member.post("/portal/members/", {"language": "fr", "time_zone": "Europe/Oslo"}).status_code
        == 403
    )
    refused = admin.post("/portal/members/", {"language": "fr", "time_zone": "Mars/Olympus"})
    assert "Mars/Olympus" in refused.content.decode()
    norway = Mission.objects.get(m49="578")
    assert (norway.language, norway.time_zone) == ("en", "America/New_York")
    admin.post("/portal/members/", {"language": "fr", "time_zone": "Europe/Oslo"})
    norway.refresh_from_db()
    assert (norway.language, norway.time_zone) == ("fr", "Europe/Oslo")
    assert AuditEntry.objects.filter(action="update_mission").count() == 1


def test_the_administrator_removes_a_member_who_can_then_not_sign_in(db: None) -> None:
    admin_user = member_of("578", admin=True)
    leaving = member_of("578")
    france = member_of("250")
    admin = client_for(admin_user, second_factor=False)
    member = client_for(leaving, second_factor=False)
    assert member.get("/portal/members/").status_code == 403  # members do not manage
    gone = Membership.objects.get(user=leaving)
    other = Membership.objects.get(user=france)
    # Another Mission's member is not found, whoever asks.
    assert admin.post(f"/portal/members/{other.pk}/remove/").status_code == 404
    assert admin.post(f"/portal/members/{gone.pk}/remove/").status_code == 302
    gone.refresh_from_db()
    leaving.refresh_from_db()
    assert gone.removed_at is not None and not leaving.is_active
    assert member.get("/portal/")["Location"].startswith("/accounts/login/")
    assert Membership.objects.get(user=france).removed_at is None


def test_a_text_changed_after_it_was_shown_is_shown_again_before_it_is_stored(
    officer: User,
) -> None:
    request = _sent_request(officer)
    client = client_for(member_of("578"), second_factor=False)
    url = f"/portal/requests/{request.pk}/reply/"
    shown = client.post(url, {"text": "First wording."}).content.decode()
    checked = re.search(r'name="checked" value="(\w+)"', shown)
    assert checked and checked.group(1) == hashlib.sha256(b"First wording.").hexdigest()
    # Edited in the box, then confirmed: shown again, nothing stored yet.
    edited = {"text": "Second wording.", "original_language": "en", "confirm": "True"}
    again = client.post(url, {**edited, "checked": checked.group(1)})
    assert again.status_code == 200 and not Reply.objects.exists()
    assert "Second wording." in again.content.decode()
    digest = hashlib.sha256(b"Second wording.").hexdigest()
    assert client.post(url, {**edited, "checked": digest}).status_code == 302
    assert Reply.objects.get().versions.get().paragraphs == ["Second wording."]


def test_a_second_text_recorded_by_the_officer_is_a_new_version(officer: User) -> None:
    request = _sent_request(officer)
    norway = Mission.objects.get(m49="578")
    first = do_record_reply(officer, request, mission=norway, paragraphs=["Sent by e-mail."],
                            original_language="en", dated=None)  # fmt: skip
    second = do_record_reply(officer, request, mission=norway, paragraphs=["Corrected text."],
                             original_language="en", dated=None)  # fmt: skip
    assert (first.number, second.number) == (1, 2) and first.reply_id == second.reply_id
    reply = Reply.objects.get()
    assert [v.paragraphs for v in reply.versions.all()] == [
        ["Sent by e-mail."],
        ["Corrected text."],
    ]
    assert reply.texts.get(provenance="original").paragraphs == ["Corrected text."]
