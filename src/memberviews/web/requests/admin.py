from __future__ import annotations

from django.contrib import admin

from memberviews.web.requests.models import Mission


@admin.register(Mission)
class MissionAdmin(admin.ModelAdmin[Mission]):
    """The Missions' addresses and languages of correspondence, editable one by one (a CSV
    file sets many: ``memberviews manage import_contacts``)."""

    list_display = ("name", "m49", "observer", "email", "language")
    list_editable = ("email", "language")
    search_fields = ("name", "m49", "email")
    list_filter = ("observer", "language")
