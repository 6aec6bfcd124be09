from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from memberviews.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/", include("memberviews.web.accounts.urls")),
    path("mandates/", include("memberviews.web.mandates.urls")),
    path("requests/", include("memberviews.web.requests.urls")),
    path("replies/", include("memberviews.web.replies.urls")),
    path("admin/", admin.site.urls),
]
