from __future__ import annotations

from django.apps import AppConfig


class RepliesConfig(AppConfig):
    name = "memberviews.web.replies"
    label = "replies"
    default_auto_field = "django.db.models.BigAutoField"
