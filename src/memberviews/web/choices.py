"""The controlled vocabularies of the web application, as Django choices, made from core's
own (one module per vocabulary: the models, the forms and the templates use these)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from memberviews.core.provenance import Provenance

#: The six official languages, by ISO 639-1 code, named in the language of the page.
LANGUAGE_CHOICES = [
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]

#: Each language named in itself (the language switch).
NATIVE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def ui_language(code: str) -> str:
    """The pages' language code for an ISO 639-1 code: Django calls Simplified Chinese
    "zh-hans"."""
    return "zh-hans" if code == "zh" else code


def data_language(code: str) -> str:
    """The ISO 639-1 code of a pages' language code."""
    return "zh" if code.startswith("zh") else code[:2]


#: Where a reply's text in one language comes from.
PROVENANCE_CHOICES = [
    (Provenance.ORIGINAL.value, _("Original")),
    (Provenance.HUMAN.value, _("Official translation")),
    (Provenance.MACHINE.value, _("Machine translation")),
    (Provenance.PENDING.value, _("Pending")),
]
