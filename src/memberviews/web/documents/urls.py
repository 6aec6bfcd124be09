from __future__ import annotations

from django.urls import path

from memberviews.web.documents import views

app_name = "documents"
urlpatterns = [
    path("new/<int:request_id>/", views.report_prepare, name="prepare"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/publish/", views.report_publish, name="publish"),
    path("<int:pk>/all.zip", views.report_zip, name="zip"),
    path("<int:pk>/preview/<str:language>/<path:symbol>", views.report_preview, name="preview"),
    path("<int:pk>/file/<str:fmt>/<str:language>/<path:symbol>", views.report_file, name="file"),
]

public_urlpatterns = [
    path("", views.published_list, name="published"),
    path("<str:language>/<path:symbol>", views.published_page, name="published_page"),
]
