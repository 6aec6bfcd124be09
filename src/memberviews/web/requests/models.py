"""A request for views (the note verbale) and those it is addressed to."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from memberviews.core.organizations import organization_by_acronym
from memberviews.core.states import state_by_m49
from memberviews.web.choices import LANGUAGE_CHOICES, data_language
from memberviews.web.mandates.models import Mandate


class Mission(models.Model):
    """A Permanent Mission (of a Member State or observer State) or an organization, with the
    address its notes verbales go to."""

    m49 = models.CharField(_("M49 code"), max_length=3, blank=True)
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    name = models.CharField(_("name"), max_length=200)
    observer = models.BooleanField(_("observer State"), default=False)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(
        _("language of correspondence"), max_length=2, choices=LANGUAGE_CHOICES, default="en"
    )
    #: Where the Mission is: its receipts give the time of receipt there as well as in UTC.
    time_zone = models.CharField(_("time zone"), max_length=60, default="America/New_York")

    class Meta:
        ordering = ["name"]
        verbose_name = _("mission")
        constraints = [
            models.UniqueConstraint(
                fields=["m49"], condition=~models.Q(m49=""), name="one_mission_per_state"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def name_in(self, language: str) -> str:
        """The State or organization, as the UN names it in ``language`` (a pages' or ISO
        639-1 code); the name on record when the registers do not know it."""
        code = data_language(language)
        if self.m49 and (state := state_by_m49(self.m49)):
            return state.short_name(code)
        if self.organization and (known := organization_by_acronym(self.organization)):
            return known.name(code)
        return self.name

    @property
    def local_name(self) -> str:
        """:meth:`name_in` the language of the page being made."""
        return self.name_in(get_language() or "en")


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent")


class Request(models.Model):
    """A note verbale seeking views under a mandate."""

    mandate = models.ForeignKey(Mandate, on_delete=models.PROTECT, related_name="requests")
    reference = models.CharField(_("reference"), max_length=60, unique=True)
    dated = models.DateField(_("date"))
    deadline = models.DateField(_("deadline"))
    #: The operative paragraph quoted in the note, by language code, as the officer gives it.
    quoted = models.JSONField(_("quoted paragraph"), default=dict)
    #: The resolution's title, by language code.
    titles = models.JSONField(_("resolution title"), default=dict)
    #: When reminders go, and the deadline they were scheduled for (an extension moves both).
    reminders_due = models.DateField(_("reminders on"), null=True, blank=True)
    status = models.CharField(max_length=10, choices=RequestStatus, default=RequestStatus.DRAFT)
    cut_off = models.DateTimeField(_("cut-off"), null=True, blank=True)

    class Meta:
        ordering = ["-dated", "-id"]
        verbose_name = _("request")

    def __str__(self) -> str:
        return self.reference


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    RETRYING = "retrying", _("Failed, will be tried again")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Recipient(models.Model):
    """One addressee of a request, and what became of the e-mail to it."""

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="recipients")
    mission = models.ForeignKey(Mission, on_delete=models.PROTECT, related_name="+")
    delivery = models.CharField(
        max_length=10, choices=DeliveryStatus, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "mission"], name="one_note_per_mission")
        ]
