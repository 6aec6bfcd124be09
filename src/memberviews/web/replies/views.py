from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from memberviews.web import formats
from memberviews.web.access import acting_user, staff_view
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.errors import ActionError
from memberviews.web.replies.actions import do_attach_translation, do_record_reply
from memberviews.web.replies.forms import ReplyForm, TranslationForm
from memberviews.web.replies.models import Reply
from memberviews.web.replies.status import statuses
from memberviews.web.requests.models import Mission, Request
from memberviews.web.submission import read_submission, typed_paragraphs


@staff_view(Role.OFFICER)
def reply_record(request: HttpRequest, request_id: int) -> HttpResponse:
    """Two steps: the text (pasted or uploaded) is read and shown as the paragraphs that
    will be stored, with the language detected; the officer checks, corrects and confirms."""
    chosen = get_object_or_404(Request, pk=request_id)
    missions = Mission.objects.filter(pk__in=chosen.recipients.values("mission"))
    form = ReplyForm(request.POST or None, request.FILES or None, missions=missions)
    if request.method != "POST" or not form.is_valid():
        return render(request, "replies/record.html", {"form": form, "request_": chosen})
    data = form.cleaned_data
    try:
        paragraphs, detected = read_submission(data["text"], data["upload"])
        language = data["original_language"] or detected
        if not data["confirm"]:
            checked = ReplyForm(
                missions=missions,
                initial={
                    "mission": data["mission"],
                    "text": "\n\n".join(paragraphs),
                    "original_language": language or "",
                    "dated": data["dated"],
                    "confirm": True,
                },
            )
            context = {
                "form": checked,
                "request_": chosen,
                "paragraphs": paragraphs,
                "detected": detected,
            }
            return render(request, "replies/record.html", context)
        if not language:
            raise ActionError(_("The language of the reply cannot be told: choose it."))
        version = do_record_reply(
            acting_user(request),
            chosen,
            mission=data["mission"],
            paragraphs=paragraphs,
            original_language=language,
            dated=data["dated"],
        )
        reply = version.reply
    except ActionError as error:
        form.add_error(None, str(error))
        return render(request, "replies/record.html", {"form": form, "request_": chosen})
    messages.success(
        request,
        _("Reply from %(who)s recorded, received %(when)s.")
        % {"who": reply.mission.local_name, "when": formats.moment(reply.received_at)},
    )
    return redirect("requests:detail", pk=chosen.pk)


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def reply_detail(request: HttpRequest, pk: int) -> HttpResponse:
    reply = get_object_or_404(Reply.objects.select_related("mission", "request__mandate"), pk=pk)
    form = TranslationForm(request.POST or None)
    if request.method == "POST":
        if not has_role(acting_user(request), Role.OFFICER, Role.TRANSLATOR):
            raise PermissionDenied
        if form.is_valid():
            try:
                do_attach_translation(
                    acting_user(request),
                    reply,
                    language=form.cleaned_data["language"],
                    paragraphs=typed_paragraphs(form.cleaned_data["text"]),
                    provenance=form.cleaned_data["provenance"],
                )
            except ActionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Translation saved."))
                return redirect("replies:detail", pk=pk)
    history = Reply.objects.filter(mission=reply.mission).select_related("request__mandate")
    context = {
        "reply": reply,
        "statuses": statuses(reply),
        "form": form,
        "history": history.order_by("received_at"),
    }
    return render(request, "replies/detail.html", context)
