from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from memberviews.web.access import acting_user, staff_view
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.errors import ActionError
from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.mandates.forms import ConfirmForm, RegisterForm
from memberviews.web.mandates.models import Mandate
from memberviews.web.uploads import read_upload


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def mandate_list(request: HttpRequest) -> HttpResponse:
    mandates = Mandate.objects.all()
    return render(request, "mandates/list.html", {"mandates": mandates})


@staff_view(Role.OFFICER)
def mandate_register(request: HttpRequest) -> HttpResponse:
    form = RegisterForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            text = form.cleaned_data["text"]
            if form.cleaned_data["upload"]:
                text = "\n\n".join(read_upload(form.cleaned_data["upload"]).paragraphs)
            mandate = do_register_mandate(
                acting_user(request),
                text=text,
                language=form.cleaned_data["language"],
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Read. Check each value and confirm."))
            return redirect("mandates:detail", pk=mandate.pk)
    return render(request, "mandates/register.html", {"form": form})


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def mandate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mandate = get_object_or_404(Mandate, pk=pk)
    form = ConfirmForm(request.POST or None, instance=mandate)
    if request.method == "POST":
        if not has_role(request.user, Role.OFFICER):
            raise PermissionDenied
        if form.is_valid():
            try:
                do_confirm_mandate(acting_user(request), mandate, form.cleaned_data)
            except ActionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Mandate confirmed."))
                return redirect("mandates:detail", pk=mandate.pk)
    return render(
        request,
        "mandates/detail.html",
        {"mandate": mandate, "form": form, "requests": mandate.requests.all()},
    )
