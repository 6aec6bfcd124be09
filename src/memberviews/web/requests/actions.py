"""Issuing a request for views (the note verbale)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.mandates.models import Mandate
from memberviews.web.requests.models import Mission, Recipient, Request, RequestStatus
from memberviews.web.requests.tasks import send_note, send_reminders


def next_reference(year: int) -> str:
    """The next reference of the year from the configured pattern (``ODA/{n}-{year}/{code}``)."""
    count = Request.objects.filter(dated__year=year).count()
    pattern = settings.MEMBERVIEWS_REFERENCE_PATTERN
    code = settings.MEMBERVIEWS_OFFICE_CODE
    n = count + 1
    while Request.objects.filter(reference=pattern.format(n=n, year=year, code=code)).exists():
        n += 1
    return pattern.format(n=n, year=year, code=code)


def do_create_request(
    actor: User,
    mandate: Mandate,
    *,
    dated: date,
    deadline: date,
    quoted: dict[str, str] | None = None,
    titles: dict[str, str] | None = None,
) -> Request:
    """Creates the request of a confirmed mandate, addressed to every Mission on record
    (observer States and organizations where the mandate invites them). ``quoted`` and
    ``titles`` give the operative paragraph and the resolution's title by language (by
    default the mandate's own, in its language)."""
    if not mandate.confirmed:
        raise ActionError(_("Confirm the mandate before issuing a request."))
    if not mandate.paragraphs:
        # The note cites "paragraph 8 of resolution 66/32": it needs the number.
        raise ActionError(_("Give the mandate's operative paragraph before issuing a request."))
    if deadline <= dated:
        raise ActionError(_("The deadline must come after the date of the note."))
    with transaction.atomic():
        request = Request.objects.create(
            mandate=mandate,
            reference=next_reference(dated.year),
            dated=dated,
            deadline=deadline,
            quoted={k: v for k, v in (quoted or mandate.operative_text).items() if v.strip()},
            titles={k: v for k, v in (titles or {mandate.language: mandate.title}).items() if v},
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


def do_send_request(actor: User, request: Request) -> int:
    """Sends the note verbale to every recipient, each e-mail a task of its own (sent by the
    workers once this transaction commits), and schedules the reminders. Returns how many
    notes were queued."""
    with transaction.atomic():
        locked = Request.objects.select_for_update().get(pk=request.pk)
        if locked.status != RequestStatus.DRAFT:
            raise ActionError(_("This request has already been sent."))
        if not locked.quoted:
            raise ActionError(_("Give the operative paragraph to quote before sending."))
        locked.status = RequestStatus.SENT
        today = timezone.now().date()
        locked.reminders_due = _reminder_day(locked.deadline, today)
        locked.save()
        recipients = list(locked.recipients.values_list("pk", flat=True))
        for recipient in recipients:
            send_note.enqueue(recipient, "request", today.isoformat())
        _schedule_reminders(locked)
        record(actor, "send_request", locked, after={"notes": len(recipients)})
    return len(recipients)


def do_extend_deadline(actor: User, request: Request, deadline: date) -> int:
    """Moves the deadline, sends the extension note to those who have not replied, and
    moves the reminders. Returns how many notes were queued."""
    with transaction.atomic():
        locked = Request.objects.select_for_update().get(pk=request.pk)
        if locked.status != RequestStatus.SENT:
            raise ActionError(_("Only a request that has been sent can be extended."))
        if deadline <= locked.deadline:
            raise ActionError(_("The new deadline must come after the present one."))
        before = {"deadline": locked.deadline.isoformat()}
        locked.deadline = deadline
        today = timezone.now().date()
        locked.reminders_due = _reminder_day(deadline, today)
        locked.save()
        replied = locked.replies.values("mission")
        waiting = list(locked.recipients.exclude(mission__in=replied).values_list("pk", flat=True))
        for recipient in waiting:
            send_note.enqueue(recipient, "extension", today.isoformat())
        _schedule_reminders(locked)
        record(
            actor,
            "extend_deadline",
            locked,
            before=before,
            after={"deadline": deadline.isoformat(), "notes": len(waiting)},
        )
    return len(waiting)


def _reminder_day(deadline: date, today: date) -> date | None:
    day = deadline - timedelta(days=settings.MEMBERVIEWS_REMINDER_DAYS)
    return day if day > today else None


def _schedule_reminders(request: Request) -> None:
    if request.reminders_due is None:
        return
    when = datetime.combine(request.reminders_due, time(9), tzinfo=UTC)
    send_reminders.using(run_after=when).enqueue(request.pk, request.deadline.isoformat())
