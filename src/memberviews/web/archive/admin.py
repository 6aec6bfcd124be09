"""The archive in Django's admin: the search's term list, which users extend."""

from __future__ import annotations

from django.contrib import admin

from memberviews.web.archive.models import Term


@admin.register(Term)
class TermAdmin(admin.ModelAdmin[Term]):
    """Terms added to the shipped term list: the same thing named in the six languages
    (variants separated by ``|``). A search for one form finds the others from the next
    search on."""

    list_display = ("en", "fr", "es", "ru", "zh", "ar")
    search_fields = ("en", "fr", "es", "ru", "zh", "ar")
