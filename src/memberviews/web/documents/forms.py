from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES


class ReportForm(forms.Form):
    symbol = forms.CharField(label=_("Symbol"), help_text=_("As the report will bear it: A/67/131"))
    dated = forms.DateField(label=_("Document date"), widget=forms.DateInput({"type": "date"}))
    cut_off = forms.DateField(
        label=_("Cut-off"),
        help_text=_("Replies received after this day go to an addendum."),
        widget=forms.DateInput({"type": "date"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for code, name in LANGUAGE_CHOICES:
            self.fields[f"job_{code}"] = forms.CharField(
                label=_("Job number (%(language)s)") % {"language": name},
                required=False,
                max_length=20,
            )

    def job_numbers(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"job_{code}"].strip() for code, _name in LANGUAGE_CHOICES}
