from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from memberviews.web.archive.api import api
from memberviews.web.documents import views as documents
from memberviews.web.documents.urls import public_urlpatterns

urlpatterns = [
    path("", documents.published_list, name="home"),
    path("reports/", include((public_urlpatterns, "public"))),
    path("accounts/", include("memberviews.web.accounts.urls")),
    path("mandates/", include("memberviews.web.mandates.urls")),
    path("requests/", include("memberviews.web.requests.urls")),
    path("replies/", include("memberviews.web.replies.urls")),
    path("documents/", include("memberviews.web.documents.urls")),
    path("portal/", include("memberviews.web.portal.urls")),
    path("archive/", include("memberviews.web.archive.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
