"""Helpers and fixtures of the web tests (registered as a plugin by ``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tasks_db.management.commands import db_worker

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


@pytest.fixture
def run_tasks(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Runs the database worker until no task is ready (as ``memberviews worker`` does), here,
    in the test's transaction: the worker must then not drop the connection it finds inside
    a transaction, as it rightly would between tasks in production."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run() -> None:
        call_command("db_worker", "--batch", "--interval", "0", verbosity=0)

    return run
