"""A reply's receipt: as a page, a PDF and an e-mail, in the Mission member's language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from memberviews.core.receipts import Receipt
from memberviews.render.receipt import render_receipt_pdf
from memberviews.web import formats
from memberviews.web.choices import LANGUAGE_CHOICES, data_language, ui_language
from memberviews.web.replies.models import Reply, ReplyVersion


def receipt_of(reply: Reply, version: ReplyVersion | None = None) -> Receipt:
    """The receipt of ``version`` (the last by default), in the active language."""
    version = version or reply.versions.order_by("-number").first()
    if version is None:
        raise ValueError(f"reply {reply.reference} has no version")
    languages = dict(LANGUAGE_CHOICES)
    zone = reply.mission.time_zone
    rows = [
        (_("Reference"), reply.reference),
        (_("From"), reply.mission.local_name),
        (_("Request"), f"{reply.request.reference} ({reply.request.mandate.resolution})"),
        (_("Received (UTC)"), formats.moment(reply.received_at, "UTC")),
        (_("Received (the Mission's time)"), formats.moment(reply.received_at, zone)),
        (_("Version"), formats.number(version.number)),
        (_("Version submitted"), formats.moment(version.submitted_at, "UTC")),
        (_("Original language"), str(languages[version.original_language])),
        (_("Date on the reply"), formats.day(version.dated) or _("none given")),
        (_("Paragraphs"), formats.number(len(version.paragraphs))),
        (_("Digest of the text (SHA-256)"), version.digest),
    ]
    if reply.withdrawn_at:
        rows.append((_("Withdrawn"), formats.moment(reply.withdrawn_at, "UTC")))
    return Receipt(
        language=data_language(translation.get_language() or "en"),
        title=_("Receipt of a reply"),
        facts=tuple(rows),
        text_heading=_("The text as received"),
        paragraphs=tuple(version.paragraphs),
        closing=_(
            "The date of receipt is that of the first version. The report is compiled from "
            "the last version submitted before its cut-off."
        ),
    )


def receipt_pdf(reply: Reply, version: ReplyVersion | None = None) -> bytes:
    return render_receipt_pdf(receipt_of(reply, version))


def receipt_message(reply: Reply, version: ReplyVersion, to: str, language: str) -> EmailMessage:
    """The receipt as an e-mail in ``language`` (ISO 639-1), its PDF attached."""
    with translation.override(ui_language(language)):
        receipt = receipt_of(reply, version)
        lines = [f"{label}: {value}" for label, value in receipt.facts]
        body = "\n".join(
            [
                _("Your Mission's reply has been received and stored."),
                "",
                *lines,
                "",
                receipt.closing,
            ]
        )
        subject = _("Receipt %(reference)s") % {"reference": reply.reference}
        pdf = render_receipt_pdf(receipt)
    message = EmailMessage(
        subject=subject, body=body + "\n", from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
    )
    message.attach(f"{reply.reference}-v{version.number}.pdf", pdf, "application/pdf")
    return message
