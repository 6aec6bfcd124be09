from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class RequestForm(forms.Form):
    dated = forms.DateField(label=_("Date of the note"), widget=forms.DateInput({"type": "date"}))
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput({"type": "date"}))
