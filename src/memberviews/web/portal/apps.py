from __future__ import annotations

from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The Missions' portal: a Mission's requests, its replies and receipts, its members."""

    name = "memberviews.web.portal"
    label = "portal"
