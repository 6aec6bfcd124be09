"""What every page's header needs: where the signed-in user belongs, and the languages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from memberviews.web.access import membership_of
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.choices import NATIVE_NAMES, ui_language


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {
        "nav_membership": membership_of(user),
        "nav_staff": has_role(user, *Role),
        "nav_officer": has_role(user, Role.OFFICER),
        "nav_languages": [(ui_language(code), name) for code, name in NATIVE_NAMES.items()],
    }
