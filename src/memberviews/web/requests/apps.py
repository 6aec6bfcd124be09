from __future__ import annotations

from django.apps import AppConfig


class RequestsConfig(AppConfig):
    name = "memberviews.web.requests"
    label = "requests"
    default_auto_field = "django.db.models.BigAutoField"
