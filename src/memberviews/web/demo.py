"""The demo: the A/67/131 consultation (its mandate, request and replies, from the example
consultation file, and its report, published) and one account per role, loaded once into an
empty database."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from memberviews.compose.load import load_consultation
from memberviews.core.resolutions import report_due
from memberviews.web.accounts.models import Membership
from memberviews.web.accounts.roles import Role
from memberviews.web.audit.log import record
from memberviews.web.documents.actions import do_prepare_report, do_publish
from memberviews.web.mandates.models import Mandate
from memberviews.web.replies.actions import do_receive_reply
from memberviews.web.replies.models import ReplyText
from memberviews.web.requests.models import Mission, Recipient, Request

#: ILLUSTRATIVE: the note verbale's deadline is not known from the published report; the demo
#: gives the Missions this long to reply.
_DEMO_WEEKS_TO_REPLY = 15


def load_demo(path: Path, *, publish: bool = True) -> list[tuple[str, str, str]]:
    """Loads the consultation at ``path`` and the demo accounts into a database with no
    mandate yet, and (with ``publish``) its report, prepared and published. Returns (user
    name, password, role) of each account made (none when the demo was already loaded)."""
    if Mandate.objects.exists():
        return []
    consultation = load_consultation(path)
    accounts = []
    with transaction.atomic():
        for role in Role:
            password = secrets.token_urlsafe(9)
            user = User.objects.create_user(f"demo-{role}", password=password)
            user.groups.add(Group.objects.get(name=str(role)))
            accounts.append((user.username, password, role.label))
        officer = User.objects.get(username=f"demo-{Role.OFFICER}")
        source = consultation.mandate
        mandate = Mandate.objects.create(
            resolution=source.resolution or "",
            title=consultation.resolution_titles.get("en", ""),
            adopted=source.adopted,
            paragraphs=[source.paragraph] if source.paragraph else [],
            recurrence="",
            subject=consultation.subjects.get("en", ""),
            session=source.session,
            language="en",
            due=report_due(source.session, 10) if source.session else None,
            confirmed=True,
            registered_by=officer,
        )
        dated = consultation.request.date
        if dated is None:
            raise ValueError(f"{path}: the demo needs the date of the note verbale")
        request = Request.objects.create(
            mandate=mandate,
            reference=f"ODA/1-{dated.year}/DEMO",
            dated=dated,
            deadline=dated + timedelta(weeks=_DEMO_WEEKS_TO_REPLY),
            status="sent",
            titles=dict(consultation.resolution_titles),
        )
        missions = Mission.objects.filter(organization="", observer=False)
        Recipient.objects.bulk_create(
            Recipient(request=request, mission=m, delivery="sent") for m in missions
        )
        for received in consultation.replies:
            state = received.sender.state
            if state is None:
                continue
            mission = Mission.objects.get(m49=state.m49)
            when = received.date_of_receipt or received.date
            original = received.texts[received.original_language]
            # Past replies enter with the date they were received, once; the database
            # refuses to change it afterwards.
            reply = do_receive_reply(
                officer,
                request,
                mission=mission,
                paragraphs=list(original.paragraphs),
                original_language=received.original_language,
                dated=received.date,
                received_at=datetime.combine(when, time(12), tzinfo=UTC),
            )
            for language, text in received.texts.items():
                if language != received.original_language:
                    ReplyText.objects.create(
                        reply=reply,
                        language=language,
                        paragraphs=list(text.paragraphs),
                        provenance=text.provenance.value,
                    )
        record(officer, "load_demo", mandate, after={"consultation": str(consultation.symbol)})
        accounts.append(_open_cycle(mandate, officer, consultation.resolution_titles))
        if not publish:
            return accounts
        # The report as published: prepared by the officer, published by the approver.
        report = do_prepare_report(
            officer,
            request,
            symbol=str(consultation.symbol),
            dated=consultation.date or dated,
            cut_off=consultation.cut_off or request.deadline,
            job_numbers={k: v for k, v in consultation.job_numbers.items() if v},
        )
        do_publish(User.objects.get(username=f"demo-{Role.APPROVER}"), report)
    return accounts


def _open_cycle(mandate: Mandate, officer: User, titles: Mapping[str, str]) -> tuple[str, str, str]:
    """This year's cycle of the mandate, sent and open, and an administrator of Norway's
    Mission to answer it on the portal. Returns that account as (name, password, role)."""
    today = timezone.now().date()
    request = Request.objects.create(
        mandate=mandate,
        reference=f"ODA/2-{today.year}/DEMO",
        dated=today,
        deadline=today + timedelta(weeks=_DEMO_WEEKS_TO_REPLY),
        status="sent",
        titles=dict(titles),
    )
    missions = Mission.objects.filter(organization="", observer=False)
    Recipient.objects.bulk_create(
        Recipient(request=request, mission=m, delivery="sent") for m in missions
    )
    password = secrets.token_urlsafe(9)
    user = User.objects.create_user("demo-mission", "demo-mission@norway.example", password)
    Membership.objects.create(user=user, mission=Mission.objects.get(m49="578"), is_admin=True)
    return user.username, password, str(_("Mission administrator"))
