"""Registering and confirming a mandate."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from memberviews.core.resolutions import report_due
from memberviews.ingest.resolution import ResolutionError, read_resolution
from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.mandates.models import Mandate

#: What the officer confirms or corrects.
FIELDS = (
    "resolution",
    "title",
    "adopted",
    "paragraphs",
    "subject",
    "session",
    "recurrence",
    "invites_observers",
    "invites_organizations",
    "invites_civil_society",
    "due",
)


def do_register_mandate(actor: User, *, text: str, language: str | None) -> Mandate:
    """Reads a resolution's request for views from its text and stores it, unconfirmed.

    Raises ActionError, storing nothing, when the text asks for no views."""
    try:
        found = read_resolution(text, language or None)
    except ResolutionError as error:
        raise ActionError(_("This text cannot be registered: %(why)s.") % {"why": error}) from None
    weeks = settings.MEMBERVIEWS_DUE_WEEKS_BEFORE_SESSION
    with transaction.atomic():
        mandate = Mandate.objects.create(
            resolution=found.resolution or "",
            title=found.title or "",
            adopted=found.adopted,
            paragraphs=found.paragraphs,
            subject=found.subject or "",
            session=found.session,
            recurrence=found.recurrence.value if found.recurrence else "",
            invites_observers=found.invites_observers,
            invites_organizations=found.invites_organizations,
            invites_civil_society=found.invites_civil_society,
            language=found.language,
            operative_text={found.language: found.operative_text},
            source_text=text,
            due=report_due(found.session, weeks) if found.session else None,
            registered_by=actor,
        )
        record(actor, "register_mandate", mandate, after=snapshot(mandate))
    return mandate


def do_confirm_mandate(actor: User, mandate: Mandate, changes: dict[str, Any]) -> Mandate:
    """Stores the officer's corrections and marks the mandate confirmed."""
    if not changes.get("resolution"):
        raise ActionError(_("A mandate needs the resolution's number."))
    with transaction.atomic():
        locked = Mandate.objects.select_for_update().get(pk=mandate.pk)
        before = snapshot(locked)
        for name in FIELDS:
            if name in changes:
                setattr(locked, name, changes[name])
        locked.confirmed = True
        locked.save()
        record(actor, "confirm_mandate", locked, before=before, after=snapshot(locked))
    return locked


def snapshot(mandate: Mandate) -> dict[str, Any]:
    """The mandate's fields as the audit log keeps them."""
    values = {name: getattr(mandate, name) for name in (*FIELDS, "confirmed", "language")}
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
