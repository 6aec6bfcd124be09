"""Composing a request's report from the database, previewing it, publishing it with a
second person, and what the public then sees (and does not see before)."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from django.contrib.auth.models import User

from conftest import ROOT
from memberviews.web.accounts.roles import Role
from memberviews.web.demo import load_demo
from memberviews.web.documents.actions import do_prepare_report, do_publish
from memberviews.web.documents.models import PublishedDocument, Report
from memberviews.web.errors import ActionError
from memberviews.web.requests.models import Request
from support.web import MakeUser, client_for

EXAMPLE = ROOT / "examples" / "A-67-131.consultation.yaml"


@pytest.fixture
def report(make_user: MakeUser) -> Report:
    load_demo(EXAMPLE, publish=False)
    officer = User.objects.get(username="demo-officer")
    return do_prepare_report(
        officer,
        Request.objects.get(reference__startswith="ODA/1-"),  # the demo's past cycle
        symbol="A/67/131",
        dated=date(2012, 7, 10),
        cut_off=date(2012, 6, 30),
        job_numbers={"zh": "12-41312"},
    )


def test_the_report_is_composed_from_the_records(report: Report) -> None:
    officer = client_for(User.objects.get(username="demo-officer"))
    page = officer.get(f"/documents/{report.pk}/").content.decode()
    assert "A/67/131" in page
    preview = officer.get(f"/documents/{report.pk}/preview/zh/A/67/131").content.decode()
    # The Chinese version prints the six replies received by the cut-off, in Chinese.
    for state in ("古巴", "挪威", "巴拿马", "卡塔尔", "西班牙", "土库曼斯坦"):
        assert state in preview
    pdf = officer.get(f"/documents/{report.pk}/file/pdf/zh/A/67/131")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_publishing_needs_a_second_person_who_approves(report: Report, make_user: MakeUser) -> None:
    officer = User.objects.get(username="demo-officer")
    with pytest.raises(ActionError, match="Only an approver"):
        do_publish(officer, report)
    approver_who_prepared = make_user(Role.APPROVER)
    approver_who_prepared.groups.add(*officer.groups.all())
    prepared = do_prepare_report(
        approver_who_prepared,
        report.request,
        symbol="A/67/131",
        dated=report.dated,
        cut_off=report.cut_off,
        job_numbers=report.job_numbers,
    )
    with pytest.raises(ActionError, match="A second person must publish"):
        do_publish(approver_who_prepared, prepared)
    assert not PublishedDocument.objects.exists()
    assert do_publish(User.objects.get(username="demo-approver"), prepared) >= 6


def test_the_public_sees_a_report_only_once_published(report: Report) -> None:
    public = client_for(None)
    assert public.get("/reports/en/A/67/131").status_code == 404
    assert "Nothing has been published yet" in public.get("/").content.decode()
    do_publish(User.objects.get(username="demo-approver"), report)
    home = public.get("/").content.decode()
    assert "A/67/131" in home
    response = public.get("/reports/zh/A/67/131")
    page = response.content.decode()
    assert "挪威" in page
    # The page's own style sheet is admitted by its hash (else the browser drops it).
    style = page.split("<style>")[1].split("</style>")[0]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"'sha256-{digest}'" in policy and "unsafe-inline" not in policy
    pdf = public.get("/reports/en/A/67/131?format=pdf")
    assert pdf.content.startswith(b"%PDF")


def test_the_demo_publishes_a_67_131(db: None) -> None:
    accounts = load_demo(EXAMPLE)
    assert sorted(name for name, _, _ in accounts) == [
        "demo-approver",
        "demo-mission",
        "demo-officer",
        "demo-translator",
    ]
    public = client_for(None)
    page = public.get("/reports/zh/A/67/131").content.decode()
    assert "促进裁军和不扩散领域的多边主义" in page  # the title, from the consultation
    assert "古巴" in page and "土库曼斯坦" in page
    assert load_demo(EXAMPLE) == []  # once only
    # This year's cycle is open, and the demo's Mission account may answer it.
    mission = User.objects.get(username="demo-mission")
    home = client_for(mission, second_factor=False).get("/portal/").content.decode()
    assert "ODA/2-" in home and "Requests to Norway" in home
