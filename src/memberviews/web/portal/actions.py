"""What a Mission's member does on the portal: submit and amend its reply. Each is the
replies' action, with the receipt e-mail queued in the same transaction (so a reply is
never stored without its receipt to come, nor a receipt sent for a reply not stored)."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.db import transaction

from memberviews.web.accounts.models import Membership
from memberviews.web.portal.tasks import send_receipt
from memberviews.web.replies.actions import do_amend_reply, do_receive_reply
from memberviews.web.replies.models import Channel, Reply, ReplyVersion
from memberviews.web.requests.models import Request


def do_submit_reply(
    actor: User,
    membership: Membership,
    request: Request,
    *,
    paragraphs: list[str],
    original_language: str,
    dated: date | None,
) -> Reply:
    """The Mission's reply, stored and committed when this returns."""
    with transaction.atomic():
        reply = do_receive_reply(
            actor,
            request,
            mission=membership.mission,
            paragraphs=paragraphs,
            original_language=original_language,
            dated=dated,
            channel=Channel.PORTAL,
        )
        send_receipt.enqueue(reply.pk, 1, actor.pk)
    return reply


def do_amend(
    actor: User, reply: Reply, *, paragraphs: list[str], original_language: str, dated: date | None
) -> ReplyVersion:
    with transaction.atomic():
        version = do_amend_reply(
            actor, reply, paragraphs=paragraphs, original_language=original_language, dated=dated
        )
        send_receipt.enqueue(reply.pk, version.number, actor.pk)
    return version
