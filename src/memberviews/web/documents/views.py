from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from csp.constants import SELF
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from memberviews.core.languages import CODES
from memberviews.core.model import Document, document_from_json
from memberviews.render.errors import RenderError
from memberviews.render.formats import FORMATS, output_name
from memberviews.render.formats import render as render_file
from memberviews.render.html import STYLE_HASH, html_page
from memberviews.web.access import acting_user, public_view, staff_view
from memberviews.web.accounts.roles import Role, has_role
from memberviews.web.documents.actions import do_prepare_report, do_publish
from memberviews.web.documents.composition import composition_of
from memberviews.web.documents.forms import ReportForm
from memberviews.web.documents.models import PublishedDocument, Report, ReportStatus
from memberviews.web.errors import ActionError
from memberviews.web.requests.models import Request

#: A report page carries its one style sheet inline (the file stands alone): the policy
#: admits that style sheet, by its hash, and no other.
REPORT_STYLE = {"style-src": [SELF, STYLE_HASH]}


@staff_view(Role.OFFICER)
def report_prepare(request: HttpRequest, request_id: int) -> HttpResponse:
    chosen = get_object_or_404(Request, pk=request_id)
    existing = Report.objects.filter(request=chosen).first()
    initial = {}
    if existing:
        initial = {"symbol": existing.symbol, "dated": existing.dated, "cut_off": existing.cut_off}
        initial |= {f"job_{k}": v for k, v in existing.job_numbers.items()}
    form = ReportForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            report = do_prepare_report(
                acting_user(request),
                chosen,
                symbol=form.cleaned_data["symbol"],
                dated=form.cleaned_data["dated"],
                cut_off=form.cleaned_data["cut_off"],
                job_numbers=form.job_numbers(),
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            return redirect("documents:detail", pk=report.pk)
    return render(request, "documents/prepare.html", {"form": form, "request_": chosen})


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report.objects.select_related("request__mandate"), pk=pk)
    composition = composition_of(report)
    versions = [
        {
            "symbol": symbol,
            "languages": [
                {
                    "code": code,
                    "words": composition.word_counts.get((symbol, code), 0),
                    "pending": composition.pending(symbol, code),
                }
                for code in CODES
            ],
        }
        for symbol in composition.symbols
    ]
    user = acting_user(request)
    context = {
        "report": report,
        "versions": versions,
        "warnings": composition.warnings,
        "formats": list(FORMATS),
        "may_publish": report.status == ReportStatus.DRAFT
        and has_role(user, Role.APPROVER)
        and report.prepared_by_id != user.pk,
    }
    return render(request, "documents/detail.html", context)


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def report_preview(request: HttpRequest, pk: int, language: str, symbol: str) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    return _report_page(_version(report, symbol, language))


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def report_file(
    request: HttpRequest, pk: int, fmt: str, language: str, symbol: str
) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    return _file(_version(report, symbol, language), fmt)


@staff_view(Role.OFFICER, Role.APPROVER, Role.TRANSLATOR)
def report_zip(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(buffer, "w") as archive:
        for document in composition_of(report).documents:
            for fmt in FORMATS.values():
                path = Path(folder) / output_name(document, fmt)
                try:
                    render_file(document, fmt.name, path)
                except RenderError as error:
                    archive.writestr(f"{path.name}.error.txt", str(error))
                    continue
                archive.write(path, path.name)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    name = report.symbol.replace("/", "-")
    response["Content-Disposition"] = f'attachment; filename="{name}.zip"'
    return response


@staff_view(Role.APPROVER)
@require_POST
def report_publish(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    try:
        count = do_publish(acting_user(request), report)
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Published: %(n)d language versions.") % {"n": count})
    return redirect("documents:detail", pk=pk)


@public_view
def published_list(request: HttpRequest) -> HttpResponse:
    reports = Report.objects.filter(status=ReportStatus.PUBLISHED).select_related(
        "request__mandate"
    )
    return render(request, "home.html", {"published": reports.order_by("-published_at")})


@public_view
def published_page(request: HttpRequest, language: str, symbol: str) -> HttpResponse:
    stored = _published(symbol, language)
    fmt = request.GET.get("format", "html")
    document = document_from_json(stored.data)
    if fmt == "html":
        return _report_page(document)
    return _file(document, fmt)


def _published(symbol: str, language: str) -> PublishedDocument:
    stored = PublishedDocument.objects.filter(
        symbol=symbol, language=language, report__status=ReportStatus.PUBLISHED
    ).first()
    if stored is None:
        raise Http404
    return stored


def _version(report: Report, symbol: str, language: str) -> Document:
    try:
        return composition_of(report).document(symbol, language)
    except KeyError:
        raise Http404 from None


def _file(document: Document, fmt: str) -> HttpResponse:
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise Http404
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / output_name(document, chosen)
        try:
            render_file(document, chosen.name, path)
        except RenderError as error:
            return HttpResponse(str(error), status=422, content_type="text/plain; charset=utf-8")
        response = HttpResponse(path.read_bytes(), content_type=chosen.media_type)
    response["Content-Disposition"] = f'attachment; filename="{path.name}"'
    return response


def _report_page(document: Document) -> HttpResponse:
    """The version as its HTML page, under a policy that admits the page's style sheet."""
    response = HttpResponse(html_page(document))
    response._csp_update = REPORT_STYLE  # type: ignore[attr-defined]  # read by django-csp
    return response
