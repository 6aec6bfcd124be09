from __future__ import annotations

from zoneinfo import available_timezones

from django import forms
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES


class PortalReplyForm(forms.Form):
    """A Mission's reply: typed, or a file; then checked and confirmed (second step)."""

    text = forms.CharField(
        label=_("Text of the reply"),
        help_text=_("Paragraphs separated by a blank line, as they should be published."),
        widget=forms.Textarea(attrs={"rows": 14}),
        required=False,
    )
    upload = forms.FileField(label=_("or a file (DOCX, PDF or text, up to 20 MB)"), required=False)
    original_language = forms.ChoiceField(
        label=_("Original language"),
        choices=[("", _("Detect")), *LANGUAGE_CHOICES],
        required=False,
    )
    dated = forms.DateField(
        label=_("Date on the reply"), required=False, widget=forms.DateInput({"type": "date"})
    )
    #: Set once the member has seen the paragraphs as they will be published.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
    #: The digest of the paragraphs shown for checking: a text changed after it was shown is
    #: shown again before it is stored.
    checked = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("text") and not data.get("upload"):
            raise forms.ValidationError(_("Type the reply's text or choose a file."))
        return data


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=LANGUAGE_CHOICES)
    as_admin = forms.BooleanField(
        label=_("Mission administrator (adds and removes members)"), required=False
    )


class AcceptForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password_again = forms.CharField(label=_("Password, again"), widget=forms.PasswordInput)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("password") != data.get("password_again"):
            raise forms.ValidationError(_("The two passwords differ."))
        return data


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class MissionSettingsForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the notes verbales to your Mission"), choices=LANGUAGE_CHOICES
    )
    time_zone = forms.ChoiceField(label=_("Your Mission's time zone"), choices=[])

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        zones = sorted(available_timezones())
        self.fields["time_zone"].choices = [(zone, zone) for zone in zones]  # type: ignore[attr-defined]
