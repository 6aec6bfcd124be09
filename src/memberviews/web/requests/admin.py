from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.models import User
from django.http import HttpRequest

from memberviews.web.requests.contacts import do_update_mission
from memberviews.web.requests.models import Mission


@admin.register(Mission)
class MissionAdmin(admin.ModelAdmin[Mission]):
    """The Missions' addresses and languages of correspondence, editable one by one (a CSV
    file sets many: ``memberviews manage import_contacts``)."""

    list_display = ("name", "m49", "observer", "email", "language")
    list_editable = ("email", "language")
    search_fields = ("name", "m49", "email")
    list_filter = ("observer", "language")
    fields = ("name", "m49", "organization", "observer", "email", "language", "time_zone")
    readonly_fields = ("name", "m49", "organization", "observer")

    def save_model(self, request: HttpRequest, obj: Mission, form: Any, change: bool) -> None:
        # Through the action, so that the change has its audit entry.
        user = request.user if isinstance(request.user, User) else None
        changes = {"email": obj.email, "language": obj.language, "time_zone": obj.time_zone}
        do_update_mission(user, obj, changes)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # Missions come from the States and organizations registers

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
