"""The public JSON API (``/api/``)."""

from __future__ import annotations

from ninja import NinjaAPI

api = NinjaAPI(title="memberviews", version="1", urls_namespace="api")
