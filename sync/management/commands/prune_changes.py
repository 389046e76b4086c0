from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sync import changes


class Command(BaseCommand):
    help = (
        "Delete changes-feed entries older than CHANGES_RETENTION_DAYS (or --days); clients "
        "holding an older cursor then get 410 and re-sync in full."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, help="Keep this many days instead.")

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"] if options["days"] is not None else settings.CHANGES_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"--days must be 1 or more, not {days}.")
        deleted = changes.prune(days)
        state = changes.state()
        self.stdout.write(
            f"{deleted} changes older than {days} days deleted; cursors below "
            f"{state.pruned_through} now answer 410."
        )
