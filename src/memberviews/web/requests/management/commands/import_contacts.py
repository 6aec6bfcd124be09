"""``memberviews manage import_contacts FILE.csv``: the Missions' e-mail addresses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from memberviews.web.requests.contacts import import_contacts


class Command(BaseCommand):
    help = "Sets the Missions' e-mail addresses from a CSV file (email, m49 or state, language)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            text = options["path"].read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{options['path']}: cannot be read ({error})") from None
        result = import_contacts(text)
        for problem in result.refused:
            self.stderr.write(problem)
        self.stdout.write(f"{result.updated} Missions updated, {len(result.refused)} rows refused")
