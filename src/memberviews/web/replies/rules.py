"""Per-object rules on replies (django-rules), checked with ``user.has_perm(name, reply)``.

- the Secretariat's roles see every reply; translation staff change only translations;
- a Mission's member sees its own Mission's replies, and amends or withdraws one only while
  it is open (before the cut-off and publication, not withdrawn);
- nobody else sees an unpublished reply (the public reads published reports only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import rules

from memberviews.web.accounts.roles import Role, has_role

predicate: Callable[[Callable[..., bool]], Any] = rules.predicate


@predicate
def is_staff(user: Any) -> bool:
    return has_role(user, *Role)


@predicate
def may_translate(user: Any) -> bool:
    return has_role(user, Role.OFFICER, Role.TRANSLATOR)


@predicate
def of_own_mission(user: Any, reply: Any) -> bool:
    from memberviews.web.access import membership_of

    membership = membership_of(user)
    return (
        membership is not None and reply is not None and reply.mission_id == membership.mission_id
    )


@predicate
def still_open(user: Any, reply: Any) -> bool:
    from memberviews.web.replies.actions import can_amend

    return reply is not None and can_amend(reply)


@predicate
def addressed_to_own_mission(user: Any, request: Any) -> bool:
    from memberviews.web.access import membership_of

    membership = membership_of(user)
    return (
        membership is not None
        and request is not None
        and request.status == "sent"
        and request.recipients.filter(mission=membership.mission_id).exists()
    )


rules.add_perm("replies.view_reply", is_staff | of_own_mission)
rules.add_perm("replies.amend_reply", of_own_mission & still_open)
rules.add_perm("replies.translate_reply", may_translate)
rules.add_perm("requests.reply_to_request", addressed_to_own_mission)
