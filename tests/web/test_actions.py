"""The actions: what each stores, and what each refuses without storing anything."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import User

from memberviews.web.audit.models import AuditEntry
from memberviews.web.errors import ActionError
from memberviews.web.mandates.actions import do_confirm_mandate, do_register_mandate
from memberviews.web.mandates.models import Mandate
from memberviews.web.replies.actions import do_attach_translation, do_receive_reply
from memberviews.web.replies.models import Reply
from memberviews.web.replies.status import statuses
from memberviews.web.requests.actions import do_create_request
from memberviews.web.requests.models import Mission, Request
from support.web import RESOLUTIONS


def _mandate(officer: User, language: str = "en") -> Mandate:
    text = (RESOLUTIONS / f"{language}.txt").read_text(encoding="utf-8")
    return do_register_mandate(officer, text=text, language=None)


def test_a_pasted_resolution_becomes_an_unconfirmed_mandate(officer: User) -> None:
    mandate = _mandate(officer, "fr")
    assert (mandate.resolution, mandate.session, mandate.recurrence) == ("67/44", 70, "triennial")
    assert mandate.paragraphs == [2]
    assert mandate.operative_text["fr"].startswith("2. Prie le Secrétaire général")
    # Due ten weeks before the seventieth session opened (15 September 2015).
    assert mandate.due == date(2015, 7, 7)
    assert not mandate.confirmed


def test_a_text_that_asks_for_no_views_stores_nothing(officer: User) -> None:
    with pytest.raises(ActionError, match="no paragraph of the text asks"):
        do_register_mandate(officer, text="1. Decides to adjourn.", language="en")
    assert not Mandate.objects.exists()
    assert not AuditEntry.objects.exists()


def test_the_officer_corrects_and_confirms(officer: User) -> None:
    mandate = _mandate(officer, "ru")
    assert mandate.recurrence == ""  # the resolution does not say
    confirmed = do_confirm_mandate(
        officer, mandate, {"resolution": "69/62", "recurrence": "biennial"}
    )
    assert confirmed.confirmed and confirmed.recurrence == "biennial"
    entry = AuditEntry.objects.get(action="confirm_mandate")
    assert entry.before is not None and entry.after is not None
    assert (entry.before["recurrence"], entry.after["recurrence"]) == ("", "biennial")


def test_a_request_needs_a_confirmed_mandate_and_a_later_deadline(officer: User) -> None:
    mandate = _mandate(officer)
    with pytest.raises(ActionError, match="Confirm the mandate"):
        do_create_request(officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31))
    unnumbered = do_confirm_mandate(officer, mandate, {"resolution": "66/32", "paragraphs": []})
    with pytest.raises(ActionError, match="operative paragraph"):
        do_create_request(officer, unnumbered, dated=date(2012, 2, 13), deadline=date(2012, 5, 31))
    mandate = do_confirm_mandate(officer, mandate, {"resolution": "66/32", "paragraphs": [2]})
    with pytest.raises(ActionError, match="deadline must come after"):
        do_create_request(officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 2, 1))
    assert not Request.objects.exists()


def test_a_request_is_addressed_to_the_members_and_the_invited(officer: User) -> None:
    mandate = do_confirm_mandate(officer, _mandate(officer), {"resolution": "66/32"})
    assert mandate.invites_observers  # "Member States, observer States and …"
    first = do_create_request(officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31))
    second = do_create_request(officer, mandate, dated=date(2012, 3, 1), deadline=date(2012, 6, 1))
    assert (first.reference, second.reference) == ("ODA/1-2012/VIEWS", "ODA/2-2012/VIEWS")
    names = set(first.recipients.values_list("mission__name", flat=True))
    # "Member States, observer States and relevant international organizations": the 193,
    # the two observer States and the organizations of the register.
    organizations = Mission.objects.exclude(organization="").count()
    assert organizations >= 20
    assert len(names) == 195 + organizations
    assert {"Norway", "Holy See", "State of Palestine", "European Union"} <= names


def test_a_reply_is_stamped_on_receipt_and_an_empty_one_refused(officer: User) -> None:
    mandate = do_confirm_mandate(officer, _mandate(officer), {"resolution": "66/32"})
    request = do_create_request(
        officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31)
    )
    cuba = Mission.objects.get(m49="192")
    with pytest.raises(ActionError, match="no text"):
        do_receive_reply(
            officer, request, mission=cuba, paragraphs=[" ", ""], original_language="es", dated=None
        )
    assert not Reply.objects.exists()
    reply = do_receive_reply(
        officer,
        request,
        mission=cuba,
        paragraphs=["Cuba reafirma su compromiso.", "", "El multilateralismo es la vía."],
        original_language="es",
        dated=date(2012, 6, 5),
    )
    text = reply.texts.get()
    assert (text.language, text.provenance) == ("es", "original")
    assert text.paragraphs == ["Cuba reafirma su compromiso.", "El multilateralismo es la vía."]
    assert reply.received_at is not None


def test_a_translation_is_attached_with_its_provenance(officer: User) -> None:
    mandate = do_confirm_mandate(officer, _mandate(officer), {"resolution": "66/32"})
    request = do_create_request(
        officer, mandate, dated=date(2012, 2, 13), deadline=date(2012, 5, 31)
    )
    reply = do_receive_reply(
        officer,
        request,
        mission=Mission.objects.get(m49="192"),
        paragraphs=["Cuba reafirma su compromiso."],
        original_language="es",
        dated=None,
    )
    with pytest.raises(ActionError, match="original language"):
        do_attach_translation(
            officer, reply, language="es", paragraphs=["Otro texto."], provenance="human"
        )
    do_attach_translation(
        officer,
        reply,
        language="en",
        paragraphs=["Cuba reaffirms its commitment."],
        provenance="machine",
    )
    do_attach_translation(
        officer,
        reply,
        language="en",
        paragraphs=["Cuba reaffirms its commitment."],
        provenance="human",
    )
    shown = {s.language: s.provenance for s in statuses(reply)}
    assert shown == {"ar": "pending", "zh": "pending", "en": "human", "fr": "pending",
                     "ru": "pending", "es": "original"}  # fmt: skip
    assert reply.texts.get(language="es").paragraphs == ["Cuba reafirma su compromiso."]


def test_organizations_are_addressed_where_the_mandate_invites_them(officer: User) -> None:
    mandate = _mandate(officer, "ar")  # "… الدول الأعضاء والمنظمات الدولية ذات الصلة …"
    assert mandate.invites_organizations and not mandate.invites_observers
    mandate = do_confirm_mandate(officer, mandate, {"resolution": "71/44"})
    request = do_create_request(
        officer, mandate, dated=date(2017, 2, 1), deadline=date(2017, 5, 31)
    )
    names = set(request.recipients.values_list("mission__name", flat=True))
    assert "European Union" in names and "Holy See" not in names
    assert len(names) == 193 + Mission.objects.exclude(organization="").count()
