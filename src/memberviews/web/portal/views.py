"""The Missions' portal: views do HTTP only; the actions and the rules decide."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import user_has_device

from memberviews.render.note_verbale import render_note_pdf
from memberviews.web.access import acting_user, membership_of, mission_view
from memberviews.web.accounts.actions import do_invite, do_remove_member
from memberviews.web.accounts.models import Membership
from memberviews.web.documents.models import ReportStatus
from memberviews.web.errors import ActionError
from memberviews.web.portal.actions import do_amend, do_submit_reply
from memberviews.web.portal.forms import InvitationForm, MissionSettingsForm, PortalReplyForm
from memberviews.web.portal.receipts import receipt_of, receipt_pdf
from memberviews.web.replies.actions import (
    amendable_until,
    can_amend,
    do_withdraw_reply,
    text_digest,
)
from memberviews.web.replies.models import Reply
from memberviews.web.requests.contacts import do_update_mission
from memberviews.web.requests.mail import compose_note
from memberviews.web.requests.models import Request
from memberviews.web.submission import read_submission


def _membership(request: HttpRequest) -> Membership:
    membership = membership_of(request.user)
    if membership is None:
        raise PermissionDenied
    return membership


def _own_request(request: HttpRequest, pk: int) -> Request:
    """A request addressed to the member's Mission; any other is "not found", whether it
    exists or not (an identifier tells nothing)."""
    chosen = Request.objects.select_related("mandate").filter(pk=pk).first()
    if chosen is None or not request.user.has_perm("requests.reply_to_request", chosen):
        raise Http404
    return chosen


def _own_reply(request: HttpRequest, pk: int) -> Reply:
    reply = (
        Reply.objects.select_related("mission", "request__mandate", "recorded_by")
        .filter(pk=pk)
        .first()
    )
    if reply is None or not request.user.has_perm("replies.view_reply", reply):
        raise Http404
    if membership_of(request.user) is None:
        raise Http404  # staff read replies on their own pages
    return reply


@mission_view
def home(request: HttpRequest) -> HttpResponse:
    membership = _membership(request)
    mission = membership.mission
    requests = (
        Request.objects.filter(status="sent", recipients__mission=mission)
        .exclude(report__status=ReportStatus.PUBLISHED)  # open: its report not yet out
        .select_related("mandate")
        .order_by("deadline")
    )
    replies = {
        reply.request_id: reply
        for reply in Reply.objects.filter(mission=mission, withdrawn_at=None)
    }
    rows = [(r, replies.get(r.pk)) for r in requests]
    history = (
        Reply.objects.filter(mission=mission)
        .select_related("request__mandate")
        .order_by("-received_at")
    )
    context = {
        "membership": membership,
        "mission": mission,
        "rows": rows,
        "history": history,
        "second_factor": user_has_device(request.user),
    }
    return render(request, "portal/home.html", context)


@mission_view
def request_view(request: HttpRequest, pk: int) -> HttpResponse:
    membership = _membership(request)
    chosen = _own_request(request, pk)
    note = compose_note(chosen, membership.mission, "request", chosen.dated)
    reply = Reply.objects.filter(request=chosen, mission=membership.mission, withdrawn_at=None)
    context = {
        "request_": chosen,
        "note": note,
        "reply": reply.first(),
        "form": PortalReplyForm(),
    }
    return render(request, "portal/request.html", context)


@mission_view
def note_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    membership = _membership(request)
    chosen = _own_request(request, pk)
    note = compose_note(chosen, membership.mission, "request", chosen.dated)
    name = chosen.reference.replace("/", "-")
    response = HttpResponse(render_note_pdf(note), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


def _two_steps(
    request: HttpRequest,
    form: PortalReplyForm,
    context: Mapping[str, object],
    store: Callable[[list[str], str, date | None], Reply],
) -> HttpResponse:
    """The form's two steps: first read the text and show it as it will be published; the
    second (confirmed) stores it with ``store`` (paragraphs, language, date on the reply) and
    shows the receipt. A text changed after it was shown (its digest differs from the one
    shown) is shown again first."""
    template = "portal/submit.html"
    if request.method != "POST" or not form.is_valid():
        return render(request, template, {**context, "form": form})
    data = form.cleaned_data
    try:
        paragraphs, detected = read_submission(data["text"], data["upload"])
        if not paragraphs:
            raise ActionError(_("The reply has no text."))
        language = data["original_language"] or detected
        shown = data["checked"]
        if not data["confirm"] or (shown and shown != text_digest(paragraphs)):
            checked = PortalReplyForm(
                initial={
                    "text": "\n\n".join(paragraphs),
                    "original_language": language or "",
                    "dated": data["dated"],
                    "confirm": True,
                    "checked": text_digest(paragraphs),
                }
            )
            preview = {"paragraphs": paragraphs, "detected": detected}
            return render(request, template, {**context, "form": checked, **preview})
        if not language:
            raise ActionError(_("The language of the reply cannot be told: choose it."))
        reply = store(paragraphs, language, data["dated"])
    except ActionError as error:
        form.add_error(None, str(error))
        return render(request, template, {**context, "form": form})
    return redirect("portal:receipt", pk=reply.pk)


@mission_view
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    membership = _membership(request)
    chosen = _own_request(request, pk)
    existing = Reply.objects.filter(request=chosen, mission=membership.mission, withdrawn_at=None)
    if (reply := existing.first()) is not None:
        return redirect("portal:amend", pk=reply.pk)

    def store(paragraphs: list[str], language: str, dated: date | None) -> Reply:
        return do_submit_reply(
            acting_user(request),
            membership,
            chosen,
            paragraphs=paragraphs,
            original_language=language,
            dated=dated,
        )

    form = PortalReplyForm(request.POST or None, request.FILES or None)
    return _two_steps(request, form, {"request_": chosen, "amending": None}, store)


@mission_view
def amend(request: HttpRequest, pk: int) -> HttpResponse:
    reply = _own_reply(request, pk)
    if not request.user.has_perm("replies.amend_reply", reply):
        messages.error(request, _("This reply can no longer be changed."))
        return redirect("portal:reply", pk=pk)
    current = reply.versions.order_by("-number").first()
    initial = {
        "text": "\n\n".join(current.paragraphs) if current else "",
        "original_language": reply.original_language,
        "dated": reply.dated,
    }

    def store(paragraphs: list[str], language: str, dated: date | None) -> Reply:
        do_amend(
            acting_user(request),
            reply,
            paragraphs=paragraphs,
            original_language=language,
            dated=dated,
        )
        return reply

    form = PortalReplyForm(request.POST or None, request.FILES or None, initial=initial)
    return _two_steps(request, form, {"request_": reply.request, "amending": reply}, store)


@mission_view
def reply_view(request: HttpRequest, pk: int) -> HttpResponse:
    reply = _own_reply(request, pk)
    context = {
        "reply": reply,
        "versions": reply.versions.select_related("submitted_by").order_by("-number"),
        "open": can_amend(reply),
        "until": amendable_until(reply),
    }
    return render(request, "portal/reply.html", context)


@mission_view
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    reply = _own_reply(request, pk)
    if not request.user.has_perm("replies.amend_reply", reply):
        messages.error(request, _("This reply can no longer be changed."))
        return redirect("portal:reply", pk=pk)
    try:
        do_withdraw_reply(acting_user(request), reply)
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The reply has been withdrawn."))
    return redirect("portal:reply", pk=pk)


@mission_view
def receipt(request: HttpRequest, pk: int) -> HttpResponse:
    reply = _own_reply(request, pk)
    number = request.GET.get("version", "")
    versions = reply.versions.order_by("-number")
    version = versions.filter(number=int(number)).first() if number.isdigit() else versions.first()
    if version is None:
        raise Http404
    if request.GET.get("format") == "pdf":
        response = HttpResponse(receipt_pdf(reply, version), content_type="application/pdf")
        name = f"{reply.reference}-v{version.number}.pdf"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response
    context = {"reply": reply, "version": version, "receipt": receipt_of(reply, version)}
    return render(request, "portal/receipt.html", context)


@mission_view
def members(request: HttpRequest) -> HttpResponse:
    """The Mission's administrator: its members, invitations, and the Mission's settings."""
    membership = _membership(request)
    if not membership.is_admin:
        raise PermissionDenied
    mission = membership.mission
    posted = request.POST if request.method == "POST" else None
    form = InvitationForm(
        posted if posted and "email" in posted else None, initial={"language": mission.language}
    )
    settings_form = MissionSettingsForm(
        posted if posted and "time_zone" in posted else None,
        initial={"language": mission.language, "time_zone": mission.time_zone},
    )
    try:
        if form.is_bound and form.is_valid():
            site = request.build_absolute_uri("/")
            do_invite(acting_user(request), mission, site=site, **form.cleaned_data)
            email = form.cleaned_data["email"]
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": email})
            return redirect("portal:members")
        if settings_form.is_bound and settings_form.is_valid():
            do_update_mission(acting_user(request), mission, settings_form.cleaned_data)
            messages.success(request, _("Your Mission's settings are saved."))
            return redirect("portal:members")
    except ActionError as error:
        (form if form.is_bound else settings_form).add_error(None, str(error))
    team = Membership.objects.filter(mission=mission).select_related("user")
    context = {
        "membership": membership,
        "team": team,
        "form": form,
        "settings_form": settings_form,
    }
    return render(request, "portal/members.html", context)


@mission_view
@require_POST
def remove_member(request: HttpRequest, pk: int) -> HttpResponse:
    membership = _membership(request)
    target = Membership.objects.filter(pk=pk, mission=membership.mission).first()
    if target is None or not membership.is_admin:
        raise Http404
    try:
        do_remove_member(acting_user(request), target)
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s removed.") % {"name": target.user.username})
    return redirect("portal:members")
