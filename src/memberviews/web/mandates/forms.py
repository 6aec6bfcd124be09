from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES
from memberviews.web.mandates.actions import FIELDS
from memberviews.web.mandates.models import Mandate


class RegisterForm(forms.Form):
    text = forms.CharField(
        label=_("Resolution text"), widget=forms.Textarea(attrs={"rows": 14}), required=False
    )
    upload = forms.FileField(label=_("or a file (DOCX, PDF, text)"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Detect")), *LANGUAGE_CHOICES],
        required=False,
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("text") and not data.get("upload"):
            raise forms.ValidationError(_("Paste the resolution's text or choose a file."))
        return data


class ConfirmForm(forms.ModelForm[Mandate]):
    paragraphs = forms.CharField(
        label=_("Operative paragraphs"), help_text=_("Numbers, separated by commas")
    )

    class Meta:
        model = Mandate
        # What the officer confirms or corrects: the action's own list.
        fields = list(FIELDS)
        widgets = {
            "adopted": forms.DateInput(attrs={"type": "date"}),
            "due": forms.DateInput(attrs={"type": "date"}),
            "subject": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if self.instance.pk and not self.is_bound:
            self.initial["paragraphs"] = ", ".join(str(n) for n in self.instance.paragraphs)

    def clean_paragraphs(self) -> list[int]:
        text = self.cleaned_data["paragraphs"]
        try:
            return [int(part) for part in text.replace(" ", "").split(",") if part]
        except ValueError:
            raise forms.ValidationError(_("Give paragraph numbers, like 2, 5.")) from None
