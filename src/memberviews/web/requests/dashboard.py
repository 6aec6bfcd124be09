"""What the request's dashboard shows, prepared for a thin template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from memberviews.web import formats
from memberviews.web.choices import LANGUAGE_CHOICES
from memberviews.web.replies.models import Channel, Reply
from memberviews.web.replies.status import LanguageStatus, statuses
from memberviews.web.requests.chart import replies_chart
from memberviews.web.requests.models import DeliveryStatus, Recipient, Request


@dataclass
class Row:
    """One addressee's line, every cell's text prepared (a page has about 200 of them)."""

    recipient: Recipient
    reply: Reply | None
    late: bool
    statuses: list[LanguageStatus]
    name: str
    reply_url: str
    note: str
    reminded: str
    answer: str
    received: str
    channel: str
    original: str


class _Labels:
    """The words of the rows, translated once per page rather than once per row."""

    def __init__(self) -> None:
        self.delivery = {str(value): str(label) for value, label in DeliveryStatus.choices}
        self.languages = {code: str(name) for code, name in LANGUAGE_CHOICES}
        self.channels = {str(value): str(label) for value, label in Channel.choices}
        self.late, self.on_time, self.not_yet = _("late"), _("on time"), _("not yet")
        self.reply_url = reverse("replies:detail", args=[0]).removesuffix("0/")

    def row(self, recipient: Recipient, reply: Reply | None) -> Row:
        note = self.delivery[recipient.delivery]
        if recipient.last_error:
            note += f": {recipient.last_error[:40]}"
        late = reply is not None and reply.late
        return Row(
            recipient=recipient,
            reply=reply,
            late=late,
            statuses=statuses(reply) if reply else [],
            name=recipient.mission.local_name,
            reply_url=f"{self.reply_url}{reply.pk}/" if reply else "",
            note=note,
            reminded=formats.day(recipient.reminded_at.date()) if recipient.reminded_at else "",
            answer=(self.late if late else self.on_time) if reply else self.not_yet,
            received=formats.moment(reply.received_at) if reply else "",
            channel=self.channels[reply.channel] if reply else "",
            original=self.languages[reply.original_language] if reply else "",
        )


def dashboard(request: Request) -> dict[str, Any]:
    """Every addressee with its reply (the first), whether it came late, and the counts."""
    replies: dict[int, Reply] = {}
    replied = Reply.objects.filter(request=request, withdrawn_at=None)
    replied = replied.select_related("mission", "request")
    for reply in replied.prefetch_related("texts"):
        replies.setdefault(reply.mission_id, reply)
    labels = _Labels()
    recipients = request.recipients.select_related("mission").order_by("mission__name")
    rows = [labels.row(r, replies.get(r.mission_id)) for r in recipients]
    rows.sort(key=lambda row: row.name)  # in the page's language
    on_time = sum(1 for row in rows if row.reply and not row.late)
    late = sum(1 for row in rows if row.late)
    received = [row.reply.received_at.date() for row in rows if row.reply]
    chart = replies_chart(request.dated, request.deadline, received, timezone.now().date())
    delivered = sum(1 for row in rows if row.recipient.delivery == DeliveryStatus.SENT)
    failed = sum(1 for row in rows if row.recipient.delivery == DeliveryStatus.FAILED)
    return {
        "rows": rows,
        "reminded_label": _("reminded"),
        "chart": chart,
        "sending": any(
            row.recipient.delivery in (DeliveryStatus.PENDING, DeliveryStatus.RETRYING)
            for row in rows
        )
        and request.status == "sent",
        "delivery": {"sent": delivered, "failed": failed},
        "counts": {
            "addressed": len(rows),
            "on_time": on_time,
            "late": late,
            "waiting": len(rows) - on_time - late,
        },
    }
