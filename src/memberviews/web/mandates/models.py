"""A mandate: the resolution paragraph that asks the Secretary-General for States' views."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from memberviews.core.resolutions import Recurrence
from memberviews.web.choices import LANGUAGE_CHOICES

RECURRENCE_CHOICES = [(r.value, r.label) for r in Recurrence]


class Mandate(models.Model):
    resolution = models.CharField(_("resolution"), max_length=40)
    title = models.CharField(_("title"), max_length=500, blank=True)
    adopted = models.DateField(_("adopted on"), null=True, blank=True)
    paragraphs = models.JSONField(_("operative paragraphs"), default=list, blank=True)
    subject = models.TextField(_("views sought on"), blank=True)
    session = models.PositiveIntegerField(_("report to session"), null=True, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=20, choices=RECURRENCE_CHOICES, blank=True
    )
    invites_observers = models.BooleanField(_("observer States invited"), null=True)
    invites_organizations = models.BooleanField(_("organizations invited"), null=True)
    invites_civil_society = models.BooleanField(_("civil society invited"), null=True)
    language = models.CharField(_("language of the text"), max_length=2, choices=LANGUAGE_CHOICES)
    #: The operative paragraph(s) that ask for views, as given, by language code.
    operative_text = models.JSONField(_("operative paragraph"), default=dict)
    source_text = models.TextField(_("resolution text"), blank=True)
    due = models.DateField(_("report due"), null=True, blank=True)
    confirmed = models.BooleanField(_("confirmed by the officer"), default=False)
    registered_at = models.DateTimeField(_("registered"), auto_now_add=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-registered_at"]
        verbose_name = _("mandate")

    def __str__(self) -> str:
        return str(_("Resolution {resolution}")).format(resolution=self.resolution)
