"""Who may open a view: every view is wrapped in one of these (none is left open)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from memberviews.web.accounts.roles import Role, has_role

View = Callable[..., HttpResponseBase]


def acting_user(request: HttpRequest) -> User:
    """The signed-in user of a staff view (which has already turned everyone else away)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def staff_view(*roles: Role) -> Callable[[View], View]:
    """Signed-in staff holding one of ``roles``: others are sent to sign in, or refused."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.access = ("staff", roles)  # type: ignore[attr-defined]
        return wrapped

    return decorate


def public_view(view: View) -> View:
    """Anyone, signed in or not: such a view shows published material only."""
    view.access = ("public", ())  # type: ignore[attr-defined]
    return view
