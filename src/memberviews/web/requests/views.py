from __future__ import annotations

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from memberviews.web.access import acting_user, staff_view
from memberviews.web.accounts.actions import do_invite
from memberviews.web.accounts.models import Invitation, Membership
from memberviews.web.accounts.roles import Role
from memberviews.web.documents.models import Report
from memberviews.web.errors import ActionError
from memberviews.web.mandates.models import Mandate
from memberviews.web.portal.forms import InvitationForm
from memberviews.web.requests.actions import (
    do_create_request,
    do_extend_deadline,
    do_send_request,
)
from memberviews.web.requests.dashboard import dashboard
from memberviews.web.requests.forms import ExtensionForm, RequestForm
from memberviews.web.requests.models import Mission, Request


@staff_view(Role.OFFICER)
def request_create(request: HttpRequest, mandate: int) -> HttpResponse:
    chosen = get_object_or_404(Mandate, pk=mandate)
    initial = {
        f"title_{chosen.language}": chosen.title,
        **{f"quoted_{code}": text for code, text in chosen.operative_text.items()},
    }
    form = RequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            created = do_create_request(
                acting_user(request),
                chosen,
                dated=form.cleaned_data["dated"],
                deadline=form.cleaned_data["deadline"],
                quoted=form.by_language("quoted"),
                titles=form.by_language("title"),
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Request %(ref)s created.") % {"ref": created.reference})
            return redirect("requests:detail", pk=created.pk)
    return render(request, "requests/create.html", {"form": form, "mandate": chosen})


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Request.objects.select_related("mandate"), pk=pk)
    report = Report.objects.filter(request=chosen).first()
    context = {
        "request_": chosen,
        "report": report,
        "extension": ExtensionForm(),
        **dashboard(chosen),
    }
    return render(request, "requests/detail.html", context)


@staff_view(Role.OFFICER)
@require_POST
def request_send(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Request, pk=pk)
    try:
        count = do_send_request(acting_user(request), chosen)
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(n)d notes queued for sending.") % {"n": count})
    return redirect("requests:detail", pk=pk)


@staff_view(Role.OFFICER)
@require_POST
def request_extend(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Request, pk=pk)
    form = ExtensionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the new deadline."))
        return redirect("requests:detail", pk=pk)
    try:
        count = do_extend_deadline(acting_user(request), chosen, form.cleaned_data["deadline"])
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Deadline extended; %(n)d notes queued.") % {"n": count})
    return redirect("requests:detail", pk=pk)


@staff_view(Role.OFFICER)
def mission_list(request: HttpRequest) -> HttpResponse:
    """The Missions, their members and pending invitations: where the officer invites."""
    missions = Mission.objects.annotate(
        member_count=Count("members", filter=Q(members__removed_at=None)),
    ).order_by("organization", "name")
    return render(request, "requests/missions.html", {"missions": missions})


@staff_view(Role.OFFICER)
def mission_invite(request: HttpRequest, pk: int) -> HttpResponse:
    mission = get_object_or_404(Mission, pk=pk)
    form = InvitationForm(request.POST or None, initial={"language": mission.language})
    if request.method == "POST" and form.is_valid():
        try:
            do_invite(
                acting_user(request),
                mission,
                site=request.build_absolute_uri("/"),
                **form.cleaned_data,
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect("requests:missions")
    members = Membership.objects.filter(mission=mission).select_related("user")
    invitations = Invitation.objects.filter(mission=mission)
    context = {"mission": mission, "form": form, "members": members, "invitations": invitations}
    return render(request, "requests/invite.html", context)
