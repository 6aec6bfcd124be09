from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES
from memberviews.web.requests.models import Mission


class ReplyForm(forms.Form):
    mission = forms.ModelChoiceField(label=_("From"), queryset=Mission.objects.none())
    text = forms.CharField(
        label=_("Text of the reply"),
        help_text=_("Paragraphs separated by a blank line."),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
    )
    upload = forms.FileField(label=_("or a file (DOCX, PDF, text)"), required=False)
    original_language = forms.ChoiceField(
        label=_("Original language"), choices=[("", _("Detect")), *LANGUAGE_CHOICES], required=False
    )
    dated = forms.DateField(
        label=_("Date on the reply"), required=False, widget=forms.DateInput({"type": "date"})
    )
    #: Set once the officer has seen the paragraphs as they will be stored.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: object, missions: object = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["mission"].queryset = missions  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("text") and not data.get("upload"):
            raise forms.ValidationError(_("Paste the reply's text or choose a file."))
        return data


class TranslationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    provenance = forms.ChoiceField(
        label=_("Translated by"),
        choices=[
            ("human", _("a translator (official)")),
            ("machine", _("a machine (to be revised)")),
            ("pending", _("nobody yet (pending)")),
        ],
    )
    text = forms.CharField(
        label=_("Text"),
        help_text=_("Paragraphs separated by a blank line."),
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
    )
