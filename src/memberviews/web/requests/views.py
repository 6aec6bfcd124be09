from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from memberviews.web.access import acting_user, staff_view
from memberviews.web.accounts.roles import Role
from memberviews.web.errors import ActionError
from memberviews.web.mandates.models import Mandate
from memberviews.web.requests.actions import do_create_request
from memberviews.web.requests.dashboard import dashboard
from memberviews.web.requests.forms import RequestForm
from memberviews.web.requests.models import Request


@staff_view(Role.OFFICER)
def request_create(request: HttpRequest, mandate: int) -> HttpResponse:
    chosen = get_object_or_404(Mandate, pk=mandate)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = do_create_request(
                acting_user(request),
                chosen,
                dated=form.cleaned_data["dated"],
                deadline=form.cleaned_data["deadline"],
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
    return render(request, "requests/detail.html", {"request_": chosen, **dashboard(chosen)})
