from __future__ import annotations

from django.urls import path

from memberviews.web.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("requests/<int:pk>/", views.request_view, name="request"),
    path("requests/<int:pk>/note.pdf", views.note_pdf, name="note_pdf"),
    path("requests/<int:pk>/reply/", views.submit, name="submit"),
    path("replies/<int:pk>/", views.reply_view, name="reply"),
    path("replies/<int:pk>/amend/", views.amend, name="amend"),
    path("replies/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("replies/<int:pk>/receipt/", views.receipt, name="receipt"),
    path("members/", views.members, name="members"),
    path("members/<int:pk>/remove/", views.remove_member, name="remove_member"),
]
