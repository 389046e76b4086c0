import datetime

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from claims.retention import prune


class Command(BaseCommand):
    help = (
        "Delete history records older than --days that record no change: a save that only "
        "raised the edit version or the update time, with no reason given. Every record of who "
        "changed what, when and why is kept (see claims/retention.py)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days", type=int, default=90, help="Keep everything newer (default 90)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, **options) -> None:
        if options["days"] < 0:
            raise CommandError(f"--days must be 0 or more, not {options['days']}.")
        before = timezone.now() - datetime.timedelta(days=options["days"])
        counts = prune(before, dry_run=options["dry_run"])
        verb = "would delete" if options["dry_run"] else "deleted"
        for label, n in counts.items():
            if n:
                self.stdout.write(f"{label}: {verb} {n:,} records that changed nothing")
        self.stdout.write(f"{sum(counts.values()):,} records {verb}; every change kept.")
