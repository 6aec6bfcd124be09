"""Background work of a request: one task per e-mail, retried with back-off, each outcome
recorded on its recipient; reminders on the day set."""

from __future__ import annotations

import smtplib
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from memberviews.web.audit.log import record
from memberviews.web.replies.models import Reply
from memberviews.web.requests.mail import note_message
from memberviews.web.requests.models import DeliveryStatus, Recipient, Request


@task()
def send_note(recipient_id: int, kind: str, today: str) -> str:
    """Sends one note to one recipient and records what happened. A refusal by the
    receiving server (5xx) is final; any other failure is tried again after
    ``MEMBERVIEWS_SEND_BACKOFF_SECONDS``, doubling, up to ``MEMBERVIEWS_SEND_ATTEMPTS`` tries."""
    recipient = Recipient.objects.select_related("request__mandate", "mission").get(pk=recipient_id)
    if kind == "request" and recipient.delivery == DeliveryStatus.SENT:
        return "already sent"  # a task run twice sends once
    mission, request = recipient.mission, recipient.request
    error = ""
    final = False
    if not mission.email:
        error, final = "no e-mail address on record", True
    else:
        try:
            note_message(request, mission, kind, date.fromisoformat(today)).send()
        except smtplib.SMTPRecipientsRefused as refused:
            code, error = _first_refusal(refused)
            final = code >= 500  # 4xx: the server asks to be tried again
        except smtplib.SMTPResponseException as failure:
            reason = failure.smtp_error
            text = reason.decode(errors="replace") if isinstance(reason, bytes) else reason
            error = f"{failure.smtp_code} {text}"
            final = failure.smtp_code >= 500
        except (smtplib.SMTPException, OSError) as failure:
            error = f"{type(failure).__name__}: {failure}"
    return _record(recipient_id, kind, today, error, final=final)


def _first_refusal(refused: smtplib.SMTPRecipientsRefused) -> tuple[int, str]:
    for code, reason in refused.recipients.values():
        return code, f"{code} {reason.decode(errors='replace')}"
    return 550, "refused"


def _record(recipient_id: int, kind: str, today: str, error: str, *, final: bool) -> str:
    with transaction.atomic():
        recipient = Recipient.objects.select_for_update().get(pk=recipient_id)
        recipient.attempts += 1
        now = timezone.now()
        if not error:
            if kind == "request":
                recipient.delivery, recipient.sent_at, recipient.last_error = "sent", now, ""
            elif kind == "reminder":
                recipient.reminded_at = now
            outcome = "sent"
        elif final or recipient.attempts >= settings.MEMBERVIEWS_SEND_ATTEMPTS:
            recipient.delivery, recipient.last_error = DeliveryStatus.FAILED, error[:500]
            outcome = "failed"
        else:
            recipient.delivery, recipient.last_error = DeliveryStatus.RETRYING, error[:500]
            delay = settings.MEMBERVIEWS_SEND_BACKOFF_SECONDS * 2 ** (recipient.attempts - 1)
            send_note.using(run_after=now + timedelta(seconds=delay)).enqueue(
                recipient_id, kind, today
            )
            outcome = "retrying"
        recipient.save()
        record(
            None,
            f"deliver_{kind}",
            recipient,
            after={"outcome": outcome, "attempt": recipient.attempts, "error": error or None},
        )
    return outcome


@task()
def send_reminders(request_id: int, deadline: str) -> int:
    """Sends the reminder to every recipient that has not replied, unless the deadline has
    moved since the reminders were scheduled (an extension schedules its own)."""
    request = Request.objects.get(pk=request_id)
    if request.deadline.isoformat() != deadline:
        return 0
    replied = Reply.objects.filter(request=request).values("mission")
    waiting = request.recipients.exclude(mission__in=replied).exclude(
        delivery=DeliveryStatus.FAILED
    )
    today = timezone.now().date().isoformat()
    count = 0
    for recipient in waiting:
        send_note.enqueue(recipient.pk, "reminder", today)
        count += 1
    return count
