"""The archive's search form: the query, what it may be narrowed to, and the order."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.core.groups import GROUPS
from memberviews.web.archive.models import Mandate
from memberviews.web.archive.pages import series_titles, states_in_archive
from memberviews.web.archive.search import Filters, Sort
from memberviews.web.choices import LANGUAGE_CHOICES

_ANY = [("", _("Any"))]

SORTS = [("relevance", _("Relevance")), ("date", _("Date, newest first"))]
AUTHORS = [("state", _("States")), ("organization", _("Organizations"))]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=500)
    state = forms.ChoiceField(label=_("State"), required=False)
    group = forms.ChoiceField(label=_("Regional group"), required=False)
    year_from = forms.IntegerField(
        label=_("From the year"), required=False, min_value=1945, max_value=2100
    )
    year_to = forms.IntegerField(
        label=_("To the year"), required=False, min_value=1945, max_value=2100
    )
    session = forms.IntegerField(label=_("Session"), required=False, min_value=1, max_value=200)
    mandate = forms.ChoiceField(label=_("Mandate (resolution)"), required=False)
    series = forms.TypedChoiceField(
        label=_("Question"), required=False, coerce=int, empty_value=None
    )
    original_language = forms.ChoiceField(
        label=_("Original language"), required=False, choices=_ANY + LANGUAGE_CHOICES
    )
    language = forms.ChoiceField(
        label=_("Language version"), required=False, choices=_ANY + LANGUAGE_CHOICES
    )
    author = forms.ChoiceField(label=_("Replies of"), required=False, choices=_ANY + AUTHORS)
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["state"].choices = _ANY + states_in_archive(language)
        fields["group"].choices = _ANY + [(k, names[language]) for k, names in GROUPS.items()]
        resolutions = Mandate.objects.filter(documents__isnull=False).distinct()
        fields["mandate"].choices = _ANY + [
            (m.resolution, m.resolution) for m in resolutions.order_by("adopted", "resolution")
        ]
        fields["series"].choices = _ANY + series_titles(language)

    def has_query(self) -> bool:
        """Whether a search was asked for (the form was sent with something to look for)."""
        return self.is_bound and bool((self.data.get("q") or "").strip())

    def narrowed(self) -> bool:
        """Whether the form as sent narrows the search (or has a mistake to show): the
        filters are then shown open."""
        if not self.is_bound:
            return False
        asked = any(self.data.get(name) for name in self.fields if name not in ("q", "sort"))
        return asked or any(name != "q" for name in self.errors)

    def query(self) -> str:
        return str(self.cleaned_data.get("q") or "").strip()

    def order(self) -> Sort:
        return "date" if self.cleaned_data.get("sort") == "date" else "relevance"

    def filters(self) -> Filters:
        """What the search is narrowed to, from the cleaned form."""
        data = self.cleaned_data

        def one(name: str) -> tuple[str, ...]:
            return (data[name],) if data.get(name) else ()

        author = data.get("author") or None
        return Filters(
            states=one("state"),
            groups=one("group"),
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            sessions=(data["session"],) if data.get("session") else (),
            mandate=data.get("mandate") or None,
            series=data.get("series"),
            original_languages=one("original_language"),
            languages=one("language"),
            author="state" if author == "state" else "organization" if author else None,
        )
