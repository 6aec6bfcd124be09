"""Importing the Missions' e-mail addresses from a CSV file."""

from __future__ import annotations

import pytest

from memberviews.web.requests.contacts import import_contacts
from memberviews.web.requests.models import Mission

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
