"""The accounts of the Permanent Missions: who belongs to which Mission, and the invitations
that bring them in.

Secretariat staff hold roles (:mod:`memberviews.web.accounts.roles`); a Mission's member
holds a membership instead, which ties the account to one Mission and nothing else."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES
from memberviews.web.requests.models import Mission


class Membership(models.Model):
    """An account's place in a Mission. A member removed by the Mission is deactivated, not
    deleted: the replies it submitted still name it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="membership"
    )
    mission = models.ForeignKey(Mission, on_delete=models.PROTECT, related_name="members")
    is_admin = models.BooleanField(_("Mission administrator"), default=False)
    #: The language of the member's e-mails (and of the pages, until it picks another).
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="en")
    joined_at = models.DateTimeField(default=timezone.now)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["mission", "user__username"]
        verbose_name = _("membership")

    def __str__(self) -> str:
        return f"{self.user} ({self.mission})"

    @property
    def active(self) -> bool:
        return self.removed_at is None


def token_digest(token: str) -> str:
    """What is stored of an invitation's token: its SHA-256 (the token itself is only in
    the e-mail)."""
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A one-time link, sent by e-mail, with which a focal point opens its account."""

    mission = models.ForeignKey(Mission, on_delete=models.PROTECT, related_name="invitations")
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    as_admin = models.BooleanField(_("Mission administrator"), default=False)
    digest = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")

    def __str__(self) -> str:
        return f"{self.email} ({self.mission})"

    @property
    def usable(self) -> bool:
        return self.accepted_at is None and timezone.now() < self.expires_at
