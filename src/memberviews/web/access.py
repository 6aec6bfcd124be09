"""Who may open a view: every view is wrapped in one of these (none is left open).

- :func:`staff_view`: the Secretariat's roles, always with a second factor (TOTP);
- :func:`mission_view`: a member of a Mission (the view then checks the object's rules);
- :func:`account_view`: anyone signed in (their own account's pages);
- :func:`public_view`: anyone; such a view shows published material only.

The ``access`` attribute each sets is what the role × URL test reads."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django_otp import user_has_device

from memberviews.web.accounts.models import Membership
from memberviews.web.accounts.roles import Role, has_role

View = Callable[..., HttpResponseBase]


def acting_user(request: HttpRequest) -> User:
    """The signed-in user of a protected view (which has already turned everyone else away)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def membership_of(user: AbstractBaseUser | AnonymousUser) -> Membership | None:
    """The user's active membership of a Mission, if it has one (asked once per request: kept
    on the user object, which lives as long as the request)."""
    if not user.is_authenticated or not user.is_active:
        return None
    cached: Membership | bool | None = getattr(user, "_memberviews_membership", False)
    if cached is False:
        found = Membership.objects.filter(user_id=user.pk, removed_at=None)
        cached = found.select_related("mission").first()
        setattr(user, "_memberviews_membership", cached)  # noqa: B010
    return cached if isinstance(cached, Membership) else None


def needs_second_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Staff always; a Mission's member when the deployment says so."""
    if has_role(user, *Role):
        return True
    return bool(settings.MEMBERVIEWS_MISSION_REQUIRES_2FA)


def second_factor_redirect(request: HttpRequest) -> HttpResponseBase | None:
    """Where a signed-in user must go before anything else: to confirm its code when it has
    a device, or to set one up when one is required. None when it may go on."""
    user = request.user
    if getattr(user, "is_verified", lambda: False)():
        return None
    if user_has_device(user):
        return redirect_to_login(request.get_full_path(), "accounts:verify")
    if needs_second_factor(user):
        return redirect_to_login(request.get_full_path(), "accounts:totp_setup")
    return None


def _guarded(kind: str, roles: tuple[Role, ...], allowed: Callable[[Any], bool]) -> Any:
    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if (elsewhere := second_factor_redirect(request)) is not None:
                return elsewhere
            if not allowed(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.access = (kind, roles)  # type: ignore[attr-defined]
        return wrapped

    return decorate


def staff_view(*roles: Role) -> Callable[[View], View]:
    """Signed-in staff holding one of ``roles``, past the second factor: others are sent to
    sign in, or refused."""
    return _guarded("staff", roles, lambda user: has_role(user, *roles))  # type: ignore[no-any-return]


def mission_view(view: View) -> View:
    """A signed-in member of a Mission (past the second factor if it has or needs one)."""
    guarded: View = _guarded("mission", (), lambda user: membership_of(user) is not None)(view)
    return guarded


def account_view(view: View) -> View:
    """Anyone signed in, for its own account (no second factor asked: these pages set it)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapped.access = ("account", ())  # type: ignore[attr-defined]
    return wrapped


def public_view(view: View) -> View:
    """Anyone, signed in or not: such a view shows published material only."""
    view.access = ("public", ())  # type: ignore[attr-defined]
    return view


def start_page(user: AbstractBaseUser | AnonymousUser) -> HttpResponseBase:
    """Where a user lands after signing in: the Mission's portal or the Secretariat's pages."""
    if membership_of(user) is not None:
        return redirect("portal:home")
    if has_role(user, *Role):
        return redirect("mandates:list")
    return redirect("home")
