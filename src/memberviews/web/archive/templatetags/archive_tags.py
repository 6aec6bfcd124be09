"""Template filters of the archive's pages."""

from __future__ import annotations

from django import template

from memberviews.web.choices import LANGUAGE_CHOICES

register = template.Library()

_NAMES = dict(LANGUAGE_CHOICES)


@register.filter
def language_name(code: str) -> str:
    """An official language's name in the page's language ("Arabic", "arabe"); the code
    itself for another."""
    name = _NAMES.get(code)
    return str(name) if name is not None else code
