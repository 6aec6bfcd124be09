"""Helpers and fixtures of the web tests (registered as a plugin by ``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from memberviews.web.accounts.roles import Role

#: Makes a user holding a role (None: a user with no role).
MakeUser = Callable[[Role | None], User]

#: Resolution texts written for the tests, one per language.
RESOLUTIONS = Path(__file__).parents[1] / "ingest" / "resolutions"


def client_for(user: User | None, *, second_factor: bool = True) -> Client:
    """A test client signed in as ``user`` (anonymous for None), past the second factor
    with a paired authenticator unless ``second_factor`` is False."""
    client = Client()
    if user is not None:
        client.force_login(user)
        if second_factor:
            device, _ = TOTPDevice.objects.get_or_create(
                user=user, name="test", defaults={"confirmed": True}
            )
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
    return client


@pytest.fixture
def make_user(db: None) -> MakeUser:
    def make(role: Role | None) -> User:
        name = f"user-{role or 'none'}-{User.objects.count()}"
        user = User.objects.create_user(name, password="not-used-here")
        if role is not None:
            user.groups.add(Group.objects.get(name=str(role)))
        return user

    return make


@pytest.fixture
def officer(make_user: MakeUser) -> User:
    return make_user(Role.OFFICER)
