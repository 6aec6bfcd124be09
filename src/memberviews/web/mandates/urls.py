from __future__ import annotations

from django.urls import path

from memberviews.web.mandates import views

app_name = "mandates"
urlpatterns = [
    path("", views.mandate_list, name="list"),
    path("new/", views.mandate_register, name="register"),
    path("<int:pk>/", views.mandate_detail, name="detail"),
]
