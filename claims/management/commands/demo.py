import os

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.demo import DemoReport, load_demo
from sources.ingest import IngestError


class Command(BaseCommand):
    help = (
        "Load the demo: ingest seeds/ and an invented, labelled desk note, then review a few "
        "items as the demo logins would (the editor tidies and adds evidence, the reviewer "
        "verifies with a verdict, rejects a scare quote and retracts one claim), so the API has "
        "verified rows at once. Creates the demo logins that are missing first (as "
        "demo_users does). Idempotent."
    )

    def handle(self, *args, **options) -> None:
        # One process for the logins and the demo: `./dev serve` pays Django's start-up once.
        call_command("demo_users", stdout=self.stdout, stderr=self.stderr)
        editor = self._user("DEMO_EDITOR", "editor")
        reviewer = self._user("DEMO_REVIEWER", "reviewer")
        if editor.pk == reviewer.pk:
            raise CommandError(
                "The demo editor and reviewer are the same login; the four-eyes rule needs two."
            )
        try:
            report = load_demo(editor, reviewer)
        except IngestError as exc:
            raise CommandError(f"demo: {exc}") from None
        except (PermissionDenied, ValidationError) as exc:
            reason = "; ".join(getattr(exc, "messages", [str(exc)]))
            raise CommandError(f"demo: nothing was loaded: {reason}") from None
        self._print(report)

    def _user(self, variable: str, default: str):
        username = os.environ.get(variable) or default
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(
                f"No login {username!r} ({variable}): run `manage.py demo_users` first."
            )
        return user

    def _print(self, report: DemoReport) -> None:
        for line in report.done:
            self.stdout.write(f"demo: {line}")
        if report.kept:
            self.stdout.write(f"demo: {len(report.kept)} things were already in place")
        for line in report.missing:
            self.stdout.write(self.style.WARNING(f"demo: not found in the seeds: {line}"))
        if not report.public:
            raise CommandError("demo: nothing is verified; the API would answer with no rows.")
        self.stdout.write(
            self.style.SUCCESS(
                f"demo loaded: {report.public} verified items in the API (labelled 'Demo')"
            )
        )
