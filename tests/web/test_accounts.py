"""Signing in: the Secretariat's roles always with a second factor, a Mission's member by its
choice (or the deployment's); sign-in throttled after five failures; a password reset by
e-mail in the account's language; passwords hashed with Argon2."""

from __future__ import annotations

import re
import time
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from memberviews.web.accounts.models import Membership
from memberviews.web.accounts.roles import Role
from memberviews.web.requests.models import Mission
from support.smtp import Mailbox, payload
from support.web import MakeUser

PASSWORD = "Correct-Horse-Battery-9"


def _sign_in(client: Client, username: str, password: str = PASSWORD) -> Any:
    return client.post("/accounts/login/", {"username": username, "password": password})


def _member(username: str, *, language: str = "en") -> User:
    user = User.objects.create_user(username, f"{username}@norway.example", PASSWORD)
    Membership.objects.create(user=user, mission=Mission.objects.get(m49="578"), language=language)
    return user


def test_staff_must_pair_an_authenticator_before_anything_else(make_user: MakeUser) -> None:
    officer = make_user(Role.OFFICER)
    officer.set_password(PASSWORD)
    officer.save()
    assert officer.password.startswith("argon2$")
    client = Client()
    response = _sign_in(client, officer.username)
    assert client.get(response["Location"])["Location"].startswith("/accounts/two-factor/setup/")
    # Signed in with the password alone, no staff page opens.
    assert client.get("/mandates/")["Location"].startswith("/accounts/two-factor/setup/")
    setup = client.get("/accounts/two-factor/setup/").content.decode()
    secret = re.search(r'id="totp-secret">(\w+)<', setup)
    assert secret and "<svg" in setup  # the key as a QR code and as text
    device = TOTPDevice.objects.get(user=officer)
    assert client.post("/accounts/two-factor/setup/", {"token": "000000"}).status_code == 200
    time.sleep(1.1)  # after a wrong code, the device waits a second before the next try
    code = f"{totp(device.bin_key):06d}"
    assert client.post("/accounts/two-factor/setup/", {"token": code}).status_code == 302
    assert client.get("/mandates/").status_code == 200
    # Next time, the code is asked after the password.
    again = Client()
    _sign_in(again, officer.username)
    assert again.get("/mandates/")["Location"].startswith("/accounts/two-factor/")
    assert again.get("/mandates/")["Location"].startswith("/accounts/two-factor/?")


def test_a_mission_member_needs_a_second_factor_only_where_the_deployment_says(
    db: None, settings: Any
) -> None:
    _member("norway-focal")
    client = Client()
    _sign_in(client, "norway-focal")
    assert client.get("/portal/").status_code == 200
    settings.MEMBERVIEWS_MISSION_REQUIRES_2FA = True
    assert client.get("/portal/")["Location"].startswith("/accounts/two-factor/setup/")


def test_sign_in_is_blocked_after_five_failures(db: None) -> None:
    _member("norway-focal")
    client = Client()
    for _ in range(4):
        assert _sign_in(client, "norway-focal", "wrong").status_code == 200
    assert _sign_in(client, "norway-focal", "wrong").status_code == 429  # the fifth
    blocked = _sign_in(client, "norway-focal")  # even with the right password, for an hour
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in blocked.content.decode()
    assert Client().get("/portal/").status_code == 302


def test_a_password_reset_comes_in_the_account_s_language(db: None, smtp: Mailbox) -> None:
    _member("norway-focal", language="ru")
    Client().post("/accounts/password/reset/", {"email": "norway-focal@norway.example"})
    (mail,) = smtp.received
    body = payload(mail.message).decode()
    assert "norway-focal" in body and "пароль" in body.lower(), body
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", body)
    assert link
    client = Client()
    form = client.get(link.group(1), follow=True)
    chosen = {"new_password1": "Another-Long-Pass-77", "new_password2": "Another-Long-Pass-77"}
    done = client.post(form.redirect_chain[-1][0], chosen)
    assert done.status_code == 302
    assert _sign_in(Client(), "norway-focal", "Another-Long-Pass-77").status_code == 302
