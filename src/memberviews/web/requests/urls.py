from __future__ import annotations

from django.urls import path

from memberviews.web.requests import views

app_name = "requests"
urlpatterns = [
    path("new/<int:mandate>/", views.request_create, name="create"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/send/", views.request_send, name="send"),
    path("<int:pk>/extend/", views.request_extend, name="extend"),
    path("missions/", views.mission_list, name="missions"),
    path("missions/<int:pk>/invite/", views.mission_invite, name="invite"),
]
