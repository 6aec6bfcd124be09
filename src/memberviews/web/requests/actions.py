"""Issuing a request for views (the note verbale)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.mandates.models import Mandate
from memberviews.web.requests.models import Mission, Recipient, Request


def next_reference(year: int) -> str:
    """The next reference of the year from the configured pattern (``ODA/{n}-{year}/{code}``)."""
    count = Request.objects.filter(dated__year=year).count()
    pattern = settings.MEMBERVIEWS_REFERENCE_PATTERN
    code = settings.MEMBERVIEWS_OFFICE_CODE
    n = count + 1
    while Request.objects.filter(reference=pattern.format(n=n, year=year, code=code)).exists():
        n += 1
    return pattern.format(n=n, year=year, code=code)


def do_create_request(actor: User, mandate: Mandate, *, dated: date, deadline: date) -> Request:
    """Creates the request of a confirmed mandate, addressed to every Mission on record
    (observer States and organizations where the mandate invites them)."""
    if not mandate.confirmed:
        raise ActionError(_("Confirm the mandate before issuing a request."))
    if deadline <= dated:
        raise ActionError(_("The deadline must come after the date of the note."))
    with transaction.atomic():
        request = Request.objects.create(
            mandate=mandate,
            reference=next_reference(dated.year),
            dated=dated,
            deadline=deadline,
            quoted=dict(mandate.operative_text),
        )
        missions = Mission.objects.filter(organization="", observer=False)
        if mandate.invites_observers:
            missions = missions | Mission.objects.filter(observer=True)
        if mandate.invites_organizations:
            missions = missions | Mission.objects.exclude(organization="")
        Recipient.objects.bulk_create(Recipient(request=request, mission=m) for m in missions)
        record(
            actor,
            "create_request",
            request,
            after={
                "reference": request.reference,
                "dated": dated.isoformat(),
                "deadline": deadline.isoformat(),
                "recipients": request.recipients.count(),
            },
        )
    return request
