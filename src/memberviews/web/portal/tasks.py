"""The receipt e-mail, sent in the background once the reply is committed."""

from __future__ import annotations

from django.contrib.auth.models import User
from django_tasks import task

from memberviews.web.accounts.models import Membership
from memberviews.web.portal.receipts import receipt_message
from memberviews.web.replies.models import ReplyVersion


@task()
def send_receipt(reply_id: int, number: int, user_id: int) -> str:
    """E-mails the receipt of the reply's version ``number`` to the member who submitted it,
    in its language."""
    versions = ReplyVersion.objects.select_related("reply__mission", "reply__request__mandate")
    version = versions.get(reply_id=reply_id, number=number)
    user = User.objects.get(pk=user_id)
    if not user.email:
        return "no e-mail address"
    membership = Membership.objects.filter(user=user).first()
    language = membership.language if membership else "en"
    receipt_message(version.reply, version, user.email, language).send()
    return "sent"
