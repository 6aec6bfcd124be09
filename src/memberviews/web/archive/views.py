"""The archive's public pages: the search, a State's replies, a question's cycles with its
chart, a reply in its language versions, two replies compared. Each view reads the request,
asks :mod:`.pages` (or the search) for what to show, and renders it."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from memberviews.core.languages import CODES
from memberviews.web.access import public_view
from memberviews.web.archive import engines, pages, reading
from memberviews.web.archive import search as archive_search
from memberviews.web.archive.forms import SearchForm
from memberviews.web.archive.models import Mandate, Reply, Series, Version
from memberviews.web.choices import NATIVE_NAMES, data_language, ui_language

#: Hits on a page of results.
PAGE_SIZE = 20


def _language() -> str:
    """The page's language as the data names it (``zh``, not ``zh-hans``)."""
    return data_language(translation.get_language() or "en")


@public_view
@require_safe
def index(request: HttpRequest) -> HttpResponse:
    language = _language()
    context = {
        "form": SearchForm(language=language),
        "questions": pages.all_questions(language),
        "states": pages.states_in_archive(language),
    }
    return render(request, "archive/index.html", context)


@public_view
@require_safe
def search(request: HttpRequest) -> HttpResponse:
    language = _language()
    form = SearchForm(request.GET or None, language=language)
    context: dict[str, object] = {"form": form}
    if form.has_query() and form.is_valid():
        query = form.query()
        try:
            results = archive_search.search(
                query,
                form.filters(),
                sort=form.order(),
                limit=PAGE_SIZE,
                cursor=request.GET.get("cursor") or None,
            )
        except archive_search.QueryError as error:
            context["error"] = str(error)
        else:
            context |= {
                "query": query,
                "hits": pages.hit_rows(results.hits, language),
                "searched": pages.terms_searched(results.searched, query),
                "next_page": _with_cursor(request.GET, results.next_cursor),
                "windowed": results.windowed and form.order() == "relevance",
                "window": engines.WINDOW,
                "first_page": _first_page(request.GET),
            }
    return render(request, "archive/search.html", context)


def _with_cursor(query: QueryDict, cursor: str | None) -> str | None:
    """The query string of the next page of results; None on the last page."""
    if cursor is None:
        return None
    following = query.copy()
    following["cursor"] = cursor
    return following.urlencode()


def _first_page(query: QueryDict) -> str | None:
    """The query string of the first page of results, when this is a later one."""
    if not query.get("cursor"):
        return None
    first = query.copy()
    del first["cursor"]
    return first.urlencode()


@public_view
@require_safe
def state(request: HttpRequest, iso3: str) -> HttpResponse:
    history = pages.state_history(iso3, _language())
    if history is None:
        raise Http404
    return render(request, "archive/state.html", {"history": history})


@public_view
@require_safe
def series(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Series, pk=pk)
    question = pages.question_of_series(chosen, _language())
    return _question_page(request, question, "archive:series_chart", pk)


@public_view
@require_safe
def mandate(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Mandate.objects.select_related("series"), pk=pk)
    question = pages.question_of_mandate(chosen, _language())
    return _question_page(request, question, "archive:mandate_chart", pk)


def _question_page(
    request: HttpRequest, question: pages.Question, chart: str, pk: int
) -> HttpResponse:
    language = _language()
    context = {
        "question": question,
        "mandate_title": (
            pages.mandate_title(question.mandate, language) if question.mandate else ""
        ),
        "table": pages.chart_table(question, language),
        "chart": chart,
        "chart_key": pk,
        "chart_language": language,
    }
    return render(request, "archive/question.html", context)


@public_view
@require_safe
def series_chart(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    chosen = get_object_or_404(Series, pk=pk)
    return _chart(lambda: pages.question_of_series(chosen, language), language)


@public_view
@require_safe
def mandate_chart(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    chosen = get_object_or_404(Mandate.objects.select_related("series"), pk=pk)
    return _chart(lambda: pages.question_of_mandate(chosen, language), language)


def _chart(question_of: Callable[[], pages.Question], language: str) -> HttpResponse:
    if language not in CODES:
        raise Http404
    # The chart's words are in the language its address names, whatever the page's cookie.
    with translation.override(ui_language(language)):
        question = question_of()
        svg = pages.chart_svg(
            pages.chart_table(question, language),
            language=language,
            axis_label=_("Replies"),
        )
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=300"
    return response


@public_view
@require_safe
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    chosen = get_object_or_404(Reply.objects.select_related("document__amends"), pk=pk)
    shown = [code for code in request.GET.getlist("lang") if code in CODES] or list(CODES)
    detail = reading.reply_detail(chosen, _language(), shown)
    context = {
        "detail": detail,
        "shown": shown,
        "languages": [(code, NATIVE_NAMES[code]) for code in CODES],
    }
    return render(request, "archive/reply.html", context)


@public_view
@require_safe
def version_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF a language version was read from, to be opened at a page (``#page=N``)."""
    version = get_object_or_404(Version.objects.select_related("document"), pk=pk)
    if version.pdf is None:
        raise Http404
    response = HttpResponse(bytes(version.pdf), content_type="application/pdf")
    name = f"{version.document.symbol.replace('/', '-')}-{version.language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@public_view
@require_safe
def compare(request: HttpRequest) -> HttpResponse:
    language = _language()
    code = (request.GET.get("state") or "").upper()
    before, after = _reply_param(request, "from"), _reply_param(request, "to")
    context: dict[str, object] = {
        "state": code,
        "author": pages.author_name(code, "", language) if code else "",
        "states": pages.states_in_archive(language),
        "choices": reading.replies_of(code, language) if code else [],
        "before_id": before.pk if before else None,
        "after_id": after.pk if after else None,
    }
    if before is not None and after is not None:
        if (before.state, before.organization) != (after.state, after.organization):
            context["error"] = _("The two replies are not by the same author.")
        elif code and before.state != code:
            raise Http404
        else:
            wanted = request.GET.get("lang") or None
            comparison = reading.compare_replies(before, after, wanted, language)
            context |= {
                "comparison": comparison,
                "author": pages.author_name(before.state, before.organization, language),
                "language_names": [(c, NATIVE_NAMES[c]) for c in comparison.languages],
            }
    return render(request, "archive/compare.html", context)


def _reply_param(request: HttpRequest, name: str) -> Reply | None:
    value = request.GET.get(name, "")
    if not value.isdigit():
        return None
    found = Reply.objects.select_related("document__amends").filter(pk=int(value)).first()
    if found is None:
        raise Http404
    return found
