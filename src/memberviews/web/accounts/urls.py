from __future__ import annotations

from django.contrib.auth import views as auth
from django.urls import path

from memberviews.web.access import public_view

app_name = "accounts"
urlpatterns = [
    path(
        "login/",
        public_view(auth.LoginView.as_view(template_name="accounts/login.html")),
        name="login",
    ),
    path("logout/", public_view(auth.LogoutView.as_view()), name="logout"),
]
