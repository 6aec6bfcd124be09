"""The controlled vocabularies of the web application, as Django choices, made from core's
own (one module per vocabulary: the models, the forms and the templates use these)."""

from __future__ import annotations

from memberviews.core.languages import LANGUAGES
from memberviews.core.provenance import Provenance

#: The six official languages, by ISO 639-1 code.
LANGUAGE_CHOICES = [(code, language.english_name) for code, language in LANGUAGES.items()]

#: Where a reply's text in one language comes from.
PROVENANCE_CHOICES = [(p.value, p.value.capitalize()) for p in Provenance]
