"""The Missions' e-mail addresses, imported from a CSV file."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from zoneinfo import available_timezones

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from memberviews.core.languages import CODES
from memberviews.core.states import find_state
from memberviews.web.audit.log import record
from memberviews.web.errors import ActionError
from memberviews.web.requests.models import Mission


@dataclass
class ContactImport:
    updated: int = 0
    refused: list[str] = field(default_factory=list)


def import_contacts(text: str) -> ContactImport:
    """Sets the e-mail address (and language of correspondence) of each Mission named in the
    CSV ``text``, whose header names ``email`` and either ``m49`` or ``state`` (any of its
    names in the six languages), and optionally ``language``. A row that names no Mission on
    record or gives no valid address is refused (and listed); the rest are stored together."""
    result = ContactImport()
    rows = list(csv.DictReader(io.StringIO(text)))
    changes: list[tuple[Mission, str, str | None]] = []
    for number, row in enumerate(rows, start=2):
        mission = _mission(row)
        email = (row.get("email") or "").strip()
        language = (row.get("language") or "").strip().lower() or None
        try:
            validate_email(email)
        except ValidationError:
            result.refused.append(f"line {number}: {email!r} is not an e-mail address")
            continue
        if mission is None:
            result.refused.append(f"line {number}: no Mission on record for this row")
            continue
        if language is not None and language not in CODES:
            result.refused.append(f"line {number}: {language!r} is not an official language")
            continue
        changes.append((mission, email, language))
    with transaction.atomic():
        for mission, email, language in changes:
            update = {"email": email} | ({"language": language} if language else {})
            do_update_mission(None, mission, update)
            result.updated += 1
    return result


def _mission(row: dict[str, str]) -> Mission | None:
    m49 = (row.get("m49") or "").strip()
    if not m49 and (name := (row.get("state") or "").strip()):
        state = find_state(name)
        m49 = state.m49 if state else ""
    return Mission.objects.filter(m49=m49.zfill(3)).first() if m49 else None


def do_update_mission(actor: User | None, mission: Mission, changes: dict[str, str]) -> Mission:
    """Changes a Mission's address, language of correspondence or time zone, with its audit
    entry. Raises ActionError, changing nothing, for a time zone that is not one."""
    fields = ("email", "language", "time_zone")
    zone = changes.get("time_zone")
    if zone is not None and zone not in available_timezones():
        raise ActionError(_("%(zone)s is not a time zone.") % {"zone": zone})
    with transaction.atomic():
        locked = Mission.objects.select_for_update().get(pk=mission.pk)
        before = {name: getattr(locked, name) for name in fields}
        for name in fields:
            if name in changes:
                setattr(locked, name, changes[name])
        locked.save(update_fields=list(fields))
        after = {name: getattr(locked, name) for name in fields}
        if after != before:
            record(actor, "update_mission", locked, before=before, after=after)
    return locked
