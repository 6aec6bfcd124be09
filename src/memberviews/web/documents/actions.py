"""Preparing a request's report and publishing it (by a second person)."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from memberviews.core.symbols import parse_symbol
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.archive.models import Origin
from memberviews.web.archive.store import drop_empty_series, store_version
from memberviews.web.audit.log import record
from memberviews.web.documents.composition import composition_of
from memberviews.web.documents.models import PublishedDocument, Report, ReportStatus
from memberviews.web.errors import ActionError
from memberviews.web.requests.models import Request


def do_prepare_report(
    actor: User,
    request: Request,
    *,
    symbol: str,
    dated: date,
    cut_off: date,
    job_numbers: dict[str, str],
) -> Report:
    """Sets (or changes, while a draft) the report's symbol, date, cut-off and job numbers.
    Replies received after the cut-off go to addenda. Raises ActionError, changing nothing,
    for a symbol that is not one or a mandate that lacks what the introduction states."""
    try:
        parsed = str(parse_symbol(symbol))
    except ValueError as error:
        raise ActionError(
            _("%(symbol)s is not a symbol: %(why)s") % {"symbol": symbol, "why": error}
        ) from None
    mandate = request.mandate
    missing = [
        label
        for label, value in (
            (_("the resolution"), mandate.resolution),
            (_("the paragraph"), mandate.paragraphs),
            (_("the date of adoption"), mandate.adopted),
            (_("the session"), mandate.session),
        )
        if not value
    ]
    if missing:
        raise ActionError(_("The mandate lacks %(what)s.") % {"what": ", ".join(missing)})
    with transaction.atomic():
        report = Report.objects.select_for_update().filter(request=request).first()
        if report is not None and report.status != ReportStatus.DRAFT:
            raise ActionError(_("This report has been published."))
        if Report.objects.filter(symbol=parsed).exclude(request=request).exists():
            raise ActionError(_("Another report has the symbol %(s)s.") % {"s": parsed})
        before = _snapshot(report) if report else None
        if report is None:
            report = Report(request=request, prepared_by=actor)
        report.symbol, report.dated, report.cut_off = parsed, dated, cut_off
        report.job_numbers = {k: v for k, v in job_numbers.items() if v}
        report.prepared_by = actor
        report.save()
        record(actor, "prepare_report", report, before=before, after=_snapshot(report))
    return report


def do_publish(actor: User, report: Report) -> int:
    """Publishes the report and its addenda as composed now: stores each language version,
    which the public pages then show. Needs an approver who did not prepare it. Returns
    how many language versions were published."""
    if not has_role(actor, Role.APPROVER):
        raise ActionError(_("Only an approver may publish."))
    with transaction.atomic():
        locked = Report.objects.select_for_update().get(pk=report.pk)
        if locked.status == ReportStatus.PUBLISHED:
            raise ActionError(_("This report has already been published."))
        if locked.prepared_by_id == actor.pk:
            raise ActionError(_("A second person must publish: you prepared this report."))
        composition = composition_of(locked)
        for document in composition.documents:
            data = document.to_json()
            PublishedDocument.objects.create(
                report=locked,
                symbol=document.symbol or locked.symbol,
                language=document.language or "",
                data=data,
            )
            # The archive holds what is published here as it holds what is imported.
            text = json.dumps(data, ensure_ascii=False, sort_keys=True)
            store_version(
                document,
                digest=hashlib.sha256(text.encode()).hexdigest(),
                origin=Origin.PUBLISHED,
            )
        drop_empty_series()
        locked.status = ReportStatus.PUBLISHED
        locked.published_by = actor
        locked.published_at = timezone.now()
        locked.save()
        record(
            actor,
            "publish",
            locked,
            after={
                "symbols": composition.symbols,
                "versions": len(composition.documents),
                "pending": len(composition.incomplete),
            },
        )
    return len(composition.documents)


def _snapshot(report: Report) -> dict[str, object]:
    return {
        "symbol": report.symbol,
        "dated": report.dated.isoformat(),
        "cut_off": report.cut_off.isoformat(),
        "job_numbers": report.job_numbers,
    }
