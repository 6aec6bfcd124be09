"""A request's report (and its addenda): prepared by an officer, published by an approver.

What is published is frozen: each language version's document, as composed at publication,
is stored and is what the public pages and files show."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES
from memberviews.web.requests.models import Request


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Report(models.Model):
    request = models.OneToOneField(Request, on_delete=models.PROTECT, related_name="report")
    symbol = models.CharField(_("symbol"), max_length=60, unique=True)
    dated = models.DateField(_("document date"))
    cut_off = models.DateField(_("cut-off"))
    job_numbers = models.JSONField(_("job numbers"), default=dict, blank=True)
    status = models.CharField(max_length=10, choices=ReportStatus, default=ReportStatus.DRAFT)
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    prepared_at = models.DateTimeField(auto_now=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("report")

    def __str__(self) -> str:
        return self.symbol


class PublishedDocument(models.Model):
    """One language version of a published document (the report, an addendum)."""

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="documents")
    symbol = models.CharField(max_length=60)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    data = models.JSONField()

    class Meta:
        ordering = ["symbol", "language"]
        constraints = [
            models.UniqueConstraint(fields=["symbol", "language"], name="one_version_each")
        ]
