from __future__ import annotations

from django.urls import path

from memberviews.web.archive import views

app_name = "archive"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("states/<str:iso3>/", views.state, name="state"),
    path("questions/<int:pk>/", views.series, name="series"),
    path("questions/<int:pk>/chart/<str:language>.svg", views.series_chart, name="series_chart"),
    path("mandates/<int:pk>/", views.mandate, name="mandate"),
    path("mandates/<int:pk>/chart/<str:language>.svg", views.mandate_chart, name="mandate_chart"),
    path("replies/<int:pk>/", views.reply, name="reply"),
    path("versions/<int:pk>.pdf", views.version_pdf, name="version_pdf"),
    path("compare/", views.compare, name="compare"),
]
