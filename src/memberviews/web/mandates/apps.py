from __future__ import annotations

from django.apps import AppConfig


class MandatesConfig(AppConfig):
    name = "memberviews.web.mandates"
    label = "mandates"
    default_auto_field = "django.db.models.BigAutoField"
