"""Accounts of the Missions: invitations (sent by e-mail, accepted once), members removed by
their Mission's administrator, and each member's language."""

from __future__ import annotations

import secrets
import smtplib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from memberviews.web.accounts.models import Invitation, Membership, token_digest
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.audit.log import record
from memberviews.web.choices import ui_language
from memberviews.web.errors import ActionError
from memberviews.web.requests.models import Mission


def may_manage(actor: User, mission: Mission) -> bool:
    """The reporting officer, or an administrator of that Mission."""
    if has_role(actor, Role.OFFICER):
        return True
    return Membership.objects.filter(
        user=actor, mission=mission, is_admin=True, removed_at=None
    ).exists()


def do_invite(
    actor: User, mission: Mission, *, email: str, language: str, as_admin: bool, site: str
) -> Invitation:
    """Stores an invitation and e-mails its one-time link (``site`` is the address the link
    starts with). The e-mail goes before the invitation is committed: if it cannot be sent,
    nothing is stored and the error says why."""
    if not may_manage(actor, mission):
        raise ActionError(_("You may not invite members of this Mission."))
    if User.objects.filter(email__iexact=email, is_active=True, membership__isnull=False).exists():
        raise ActionError(_("%(email)s already has an account.") % {"email": email})
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitation = Invitation.objects.create(
            mission=mission,
            email=email,
            language=language,
            as_admin=as_admin,
            digest=token_digest(token),
            invited_by=actor,
            expires_at=timezone.now() + timedelta(days=settings.MEMBERVIEWS_INVITATION_DAYS),
        )
        record(
            actor,
            "invite",
            invitation,
            after={"mission": mission.name, "email": email, "as_admin": as_admin},
        )
        link = site.rstrip("/") + reverse("accounts:accept", args=[token])
        try:
            _invitation_message(invitation, link).send()
        except (smtplib.SMTPException, OSError) as error:
            raise ActionError(
                _("The invitation could not be e-mailed (%(why)s); nothing was stored.")
                % {"why": error}
            ) from None
    return invitation


def _invitation_message(invitation: Invitation, link: str) -> EmailMessage:
    with translation.override(ui_language(invitation.language)):
        mission = invitation.mission.name_in(invitation.language)
        subject = _("Your account on memberviews for %(mission)s") % {"mission": mission}
        body = _(
            "The Secretariat invites you to reply to its requests for views on behalf of "
            "%(mission)s.\n\nOpen this link to choose your user name and password:\n%(link)s\n\n"
            "The link works once, until %(until)s (UTC)."
        ) % {
            "mission": mission,
            "link": link,
            "until": f"{invitation.expires_at:%Y-%m-%d %H:%M}",
        }
    return EmailMessage(
        subject=subject,
        body=body + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
    )


def invitation_for(token: str) -> Invitation | None:
    """The usable invitation of ``token`` (unexpired, not yet accepted), if any."""
    invitation = Invitation.objects.filter(digest=token_digest(token)).first()
    return invitation if invitation is not None and invitation.usable else None


def do_accept_invitation(token: str, *, username: str, password: str) -> User:
    """Opens the invited member's account (its password hashed with Argon2) and uses up the
    invitation. Raises ActionError, changing nothing, for a used or expired link, a taken
    name or a weak password."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update().filter(digest=token_digest(token)).first()
        )
        if invitation is None or not invitation.usable:
            raise ActionError(_("This invitation has expired or has been used."))
        if User.objects.filter(username__iexact=username).exists():
            raise ActionError(_("The user name %(name)s is taken.") % {"name": username})
        user = User(username=username, email=invitation.email)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise ActionError(" ".join(error.messages)) from None
        user.set_password(password)
        user.save()
        Membership.objects.create(
            user=user,
            mission=invitation.mission,
            is_admin=invitation.as_admin,
            language=invitation.language,
        )
        invitation.accepted_at, invitation.accepted_by = timezone.now(), user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        record(
            user,
            "accept_invitation",
            invitation,
            after={"mission": invitation.mission.name, "username": username},
        )
    return user


def do_remove_member(actor: User, membership: Membership) -> Membership:
    """Removes a member from its Mission: the account is closed (kept, for the record)."""
    if not may_manage(actor, membership.mission):
        raise ActionError(_("You may not remove members of this Mission."))
    if membership.user_id == actor.pk:
        raise ActionError(_("You cannot remove yourself."))
    with transaction.atomic():
        locked = Membership.objects.select_for_update().get(pk=membership.pk)
        if locked.removed_at is not None:
            raise ActionError(_("This member has already been removed."))
        locked.removed_at = timezone.now()
        locked.save(update_fields=["removed_at"])
        User.objects.filter(pk=locked.user_id).update(is_active=False)
        record(actor, "remove_member", locked, after={"username": locked.user.username})
    return locked


def do_set_language(actor: User, language: str) -> None:
    """Remembers a member's language for its e-mails (the pages' choice is a cookie)."""
    with transaction.atomic():
        changed = Membership.objects.filter(user=actor, removed_at=None).exclude(language=language)
        for membership in changed.select_for_update():
            before = membership.language
            membership.language = language
            membership.save(update_fields=["language"])
            record(
                actor,
                "set_language",
                membership,
                before={"language": before},
                after={"language": language},
            )
