"""Signing in (with the second factor), invitations, and each account's own settings."""

from __future__ import annotations

import base64
from typing import Any

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from memberviews.web.access import (
    account_view,
    acting_user,
    public_view,
    second_factor_redirect,
    start_page,
)
from memberviews.web.accounts.actions import (
    do_accept_invitation,
    do_set_language,
    invitation_for,
)
from memberviews.web.accounts.models import Membership
from memberviews.web.choices import data_language, ui_language
from memberviews.web.errors import ActionError
from memberviews.web.portal.forms import AcceptForm, TokenForm


def _next(request: HttpRequest) -> str | None:
    wanted = request.POST.get("next") or request.GET.get("next")
    if wanted and url_has_allowed_host_and_scheme(wanted, {request.get_host()}):
        return wanted
    return None


@account_view
def start(request: HttpRequest) -> HttpResponseBase:
    """After signing in: the second factor if one is due, then the user's own start page."""
    if (elsewhere := second_factor_redirect(request)) is not None:
        return elsewhere
    return start_page(request.user)


@public_view
def accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = invitation_for(token)
    if invitation is None:
        return render(request, "accounts/accept.html", {"expired": True}, status=410)
    form = AcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = do_accept_invitation(
                token,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome. Your account is open."))
            return redirect("accounts:start")
    return render(request, "accounts/accept.html", {"form": form, "invitation": invitation})


@account_view
def totp_setup(request: HttpRequest) -> HttpResponseBase:
    """Pairs an authenticator app: the secret as a QR code and as text, then a code to
    prove it works. The device counts only once confirmed."""
    user = acting_user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("accounts:verify")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor authentication is set up."))
            return redirect(_next(request) or "accounts:start")
        form.add_error("token", _("That code is not right; try the current one."))
    secret = base64.b32encode(device.bin_key).decode()
    qr = segno.make(device.config_url, error="m").svg_inline(scale=4, omitsize=True)
    context = {"form": form, "secret": secret, "qr": qr, "next": _next(request) or ""}
    return render(request, "accounts/totp_setup.html", context)


@account_view
def verify(request: HttpRequest) -> HttpResponseBase:
    """The second factor at sign-in: the code of the paired app."""
    user = acting_user(request)
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("accounts:totp_setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"].strip())
        if device is not None:
            otp_login(request, device)
            return redirect(_next(request) or "accounts:start")
        form.add_error("token", _("That code is not right; try the current one."))
    return render(request, "accounts/verify.html", {"form": form, "next": _next(request) or ""})


@public_view
@require_POST
def language(request: HttpRequest) -> HttpResponseBase:
    """Switches the pages' language (remembered in a cookie) and, for a Mission's member, the
    language of its e-mails."""
    response = set_language(request)
    chosen = request.POST.get("language", "")
    known = {code for code, _name in settings.LANGUAGES}
    if request.user.is_authenticated and chosen in known:
        do_set_language(acting_user(request), data_language(chosen))
    return response


class LocalizedPasswordResetForm(PasswordResetForm):
    """The reset e-mail in its recipient's language (a Mission member's chosen one), not in
    the language of whoever asked for it."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        membership = Membership.objects.filter(user=context["user"]).first()
        language = ui_language(membership.language) if membership else "en"
        with translation.override(language):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )
