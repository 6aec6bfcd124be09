"""Writing the audit entry of an action, inside the action's transaction."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import models, transaction

from memberviews.web.audit.models import AuditEntry


def record(
    actor: User | None,
    action: str,
    target: models.Model,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Adds the audit entry of ``action`` on ``target``. Called by actions only, inside their
    transaction: the entry and the change are stored together or not at all."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("an audit entry is written inside its action's transaction")
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        before=before,
        after=after,
    )
