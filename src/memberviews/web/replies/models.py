"""A reply received to a request, its versions, and its text in each language.

The date of receipt is stamped by the system when the reply is first stored and never
changes: the database refuses any update to it, and any change or deletion of a version
(triggers made by this app's migrations). A Mission amending its reply adds a version; the
reply's original text is always its last version.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES, PROVENANCE_CHOICES
from memberviews.web.requests.models import Mission, Request


class Channel(models.TextChoices):
    RECORDED = "recorded", _("Recorded by the Secretariat")
    PORTAL = "portal", _("Submitted by the Mission")


class Reply(models.Model):
    request = models.ForeignKey(Request, on_delete=models.PROTECT, related_name="replies")
    mission = models.ForeignKey(Mission, on_delete=models.PROTECT, related_name="replies")
    original_language = models.CharField(
        _("original language"), max_length=2, choices=LANGUAGE_CHOICES
    )
    dated = models.DateField(_("date on the reply"), null=True, blank=True)
    received_at = models.DateTimeField(_("date of receipt"), default=timezone.now, editable=False)
    #: The deadline in force when the reply came: it was late if received after that day.
    deadline_then = models.DateField(_("deadline when received"), null=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    channel = models.CharField(
        _("received through"), max_length=10, choices=Channel, default=Channel.RECORDED
    )
    #: The receipt's reference, given when the reply is first stored.
    reference = models.CharField(
        _("reference"), max_length=20, unique=True, editable=False, default=None
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        ordering = ["received_at", "id"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        constraints = [
            # One live reply per Mission and request: a second is an amendment of the first.
            models.UniqueConstraint(
                fields=["request", "mission"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_live_reply_per_mission",
            )
        ]

    def __str__(self) -> str:
        return f"{self.mission} ({self.request})"

    @property
    def late(self) -> bool:
        """Received after the deadline in force at the time."""
        deadline = self.deadline_then or self.request.deadline
        return self.received_at.date() > deadline


class ReplyVersion(models.Model):
    """The reply as submitted once: the first submission, or an amendment. Never changed."""

    reply = models.ForeignKey(Reply, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    original_language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    dated = models.DateField(null=True, blank=True)
    paragraphs = models.JSONField(default=list)
    #: SHA-256 of the paragraphs as stored (UTF-8, joined by blank lines): the receipt's.
    digest = models.CharField(max_length=64)
    submitted_at = models.DateTimeField(default=timezone.now)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["reply", "number"]
        constraints = [
            models.UniqueConstraint(fields=["reply", "number"], name="one_version_number")
        ]


class ReplyText(models.Model):
    """A reply's paragraphs in one language: the original, or a translation."""

    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    paragraphs = models.JSONField(_("paragraphs"), default=list)
    provenance = models.CharField(_("provenance"), max_length=10, choices=PROVENANCE_CHOICES)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["reply", "language"], name="one_text_per_language")
        ]
