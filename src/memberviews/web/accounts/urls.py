from __future__ import annotations

from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy

from memberviews.web.access import public_view
from memberviews.web.accounts import views

app_name = "accounts"
urlpatterns = [
    path(
        "login/",
        public_view(
            auth.LoginView.as_view(
                template_name="accounts/login.html", redirect_authenticated_user=False
            )
        ),
        name="login",
    ),
    path("logout/", public_view(auth.LogoutView.as_view()), name="logout"),
    path("start/", views.start, name="start"),
    path("invitation/<str:token>/", views.accept, name="accept"),
    path("two-factor/setup/", views.totp_setup, name="totp_setup"),
    path("two-factor/", views.verify, name="verify"),
    path("language/", views.language, name="language"),
    path(
        "password/reset/",
        public_view(
            auth.PasswordResetView.as_view(
                template_name="accounts/password_reset.html",
                form_class=views.LocalizedPasswordResetForm,
                email_template_name="accounts/password_reset_email.txt",
                subject_template_name="accounts/password_reset_subject.txt",
                success_url=reverse_lazy("accounts:password_reset_done"),
            )
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        public_view(
            auth.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html")
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        public_view(
            auth.PasswordResetConfirmView.as_view(
                template_name="accounts/password_reset_confirm.html",
                success_url=reverse_lazy("accounts:password_reset_complete"),
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        public_view(
            auth.PasswordResetCompleteView.as_view(
                template_name="accounts/password_reset_complete.html"
            )
        ),
        name="password_reset_complete",
    ),
]
