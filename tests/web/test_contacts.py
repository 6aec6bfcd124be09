"""Importing the Missions' e-mail addresses from a CSV file."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from memberviews.web.audit.models import AuditEntry
from memberviews.web.requests.contacts import import_contacts
from memberviews.web.requests.models import Mission
from support.web import client_for

CSV = """m49,state,email,language
578,,norway@missions.example,en
,Côte d'Ivoire,civ@missions.example,fr
,Atlantis,atlantis@missions.example,en
192,,not an address,es
250,,france@missions.example,de
"""


@pytest.mark.django_db
def test_contacts_are_set_and_bad_rows_listed() -> None:
    result = import_contacts(CSV)
    assert result.updated == 2
    assert [problem.split(":")[0] for problem in result.refused] == ["line 4", "line 5", "line 6"]
    assert Mission.objects.get(m49="578").email == "norway@missions.example"
    ivory_coast = Mission.objects.get(m49="384")
    assert (ivory_coast.email, ivory_coast.language) == ("civ@missions.example", "fr")
    assert Mission.objects.get(m49="192").email == ""
    assert Mission.objects.get(m49="250").email == ""


@pytest.mark.django_db
def test_each_change_of_address_is_audited_also_from_the_admin() -> None:
    import_contacts(CSV)
    imported = AuditEntry.objects.filter(action="update_mission")
    assert imported.count() == 2
    norway = Mission.objects.get(m49="578")
    admin = User.objects.create_superuser("admin", password="not-used-here")
    response = client_for(admin).post(
        f"/admin/requests/mission/{norway.pk}/change/",
        {"email": "new@missions.example", "language": "fr", "time_zone": "Europe/Oslo"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.filter(action="update_mission").order_by("id").last()
    assert entry is not None and entry.actor == admin
    assert entry.before == {
        "email": "norway@missions.example",
        "language": "en",
        "time_zone": "America/New_York",
    }
    assert entry.after == {
        "email": "new@missions.example",
        "language": "fr",
        "time_zone": "Europe/Oslo",
    }
