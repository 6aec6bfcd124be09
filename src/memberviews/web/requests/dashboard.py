"""What the request's dashboard shows, prepared for a thin template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from memberviews.web.replies.models import Reply
from memberviews.web.replies.status import LanguageStatus, statuses
from memberviews.web.requests.chart import replies_chart
from memberviews.web.requests.models import DeliveryStatus, Recipient, Request


@dataclass
class Row:
    recipient: Recipient
    reply: Reply | None
    late: bool
    statuses: list[LanguageStatus]


def dashboard(request: Request) -> dict[str, Any]:
    """Every addressee with its reply (the first), whether it came late, and the counts."""
    replies: dict[int, Reply] = {}
    replied = Reply.objects.filter(request=request).select_related("mission", "request")
    for reply in replied.prefetch_related("texts"):
        replies.setdefault(reply.mission_id, reply)
    rows = []
    for recipient in request.recipients.select_related("mission").order_by("mission__name"):
        found = replies.get(recipient.mission_id)
        came_late = found is not None and found.late
        rows.append(Row(recipient, found, came_late, statuses(found) if found else []))
    on_time = sum(1 for row in rows if row.reply and not row.late)
    late = sum(1 for row in rows if row.late)
    received = [row.reply.received_at.date() for row in rows if row.reply]
    chart = replies_chart(request.dated, request.deadline, received, timezone.now().date())
    delivered = sum(1 for row in rows if row.recipient.delivery == DeliveryStatus.SENT)
    failed = sum(1 for row in rows if row.recipient.delivery == DeliveryStatus.FAILED)
    return {
        "rows": rows,
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
