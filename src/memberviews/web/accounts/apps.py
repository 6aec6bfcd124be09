from __future__ import annotations

import logging

from django.apps import AppConfig

logger = logging.getLogger(__name__)


class AccountsConfig(AppConfig):
    name = "memberviews.web.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The pages' translations, compiled where out of date, whatever starts Django
        # (gunicorn's workers, a management command, the tests).
        from memberviews.web.catalogs import compile_catalogs

        try:
            compile_catalogs()
        except OSError as error:  # a read-only installation: its catalogs were compiled
            logger.warning("the message catalogs could not be compiled: %s", error)
