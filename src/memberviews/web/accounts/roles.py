"""The roles of the Secretariat's staff, each a group of Django's auth.

The public has no role: it sees published reports only. The superuser administers accounts
through Django's admin.
"""

from __future__ import annotations

from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    OFFICER = "officer"  # runs the cycle: mandates, requests, replies, composition
    APPROVER = "approver"  # approves publication (a second person)
    TRANSLATOR = "translator"  # attaches translations

    @property
    def label(self) -> str:
        return str(_ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.OFFICER: _("Reporting officer"),
    Role.APPROVER: _("Approver"),
    Role.TRANSLATOR: _("Translation staff"),
}


def has_role(user: AbstractBaseUser | AnonymousUser, *roles: Role) -> bool:
    """True when ``user`` is signed in and holds one of ``roles``."""
    if not user.is_authenticated or not user.is_active:
        return False
    groups = getattr(user, "groups", None)
    return groups is not None and groups.filter(name__in=[str(r) for r in roles]).exists()
