from __future__ import annotations

from django.urls import path

from memberviews.web.replies import views

app_name = "replies"
urlpatterns = [
    path("new/<int:request_id>/", views.reply_record, name="record"),
    path("<int:pk>/", views.reply_detail, name="detail"),
]
