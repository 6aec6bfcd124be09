from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES


class RequestForm(forms.Form):
    """The note's dates, and per language the resolution's title and the paragraph quoted
    (a Mission gets the note in its language where these are given, else in English)."""

    dated = forms.DateField(label=_("Date of the note"), widget=forms.DateInput({"type": "date"}))
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput({"type": "date"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for code, name in LANGUAGE_CHOICES:
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title (%(language)s)") % {"language": name}, required=False
            )
            self.fields[f"quoted_{code}"] = forms.CharField(
                label=_("Paragraph quoted (%(language)s)") % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 3, "lang": code}),
            )

    def by_language(self, prefix: str) -> dict[str, str]:
        return {
            code: self.cleaned_data[f"{prefix}_{code}"].strip()
            for code, _name in LANGUAGE_CHOICES
            if self.cleaned_data[f"{prefix}_{code}"].strip()
        }


class ExtensionForm(forms.Form):
    deadline = forms.DateField(label=_("New deadline"), widget=forms.DateInput({"type": "date"}))
