import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from claims.roles import EDITORS, REVIEWERS

DEFAULT_PASSWORD = "factdb-demo"  # noqa: S105 - a demo login, printed on purpose


class Command(BaseCommand):
    help = (
        "Create the demo logins that do not exist yet: a superuser, an editor and a reviewer. "
        "Existing ones keep their password (--reset sets it again). The password comes from "
        "DEMO_PASSWORD (default 'factdb-demo'); the usernames from DEMO_ADMIN, DEMO_EDITOR and "
        "DEMO_REVIEWER (defaults admin, editor, reviewer). For local use only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet-password", action="store_true", help="Don't print it.")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Also set the password, staff flag and group of logins that already exist.",
        )

    def handle(self, *args, **options) -> None:
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        accounts = [
            (os.environ.get("DEMO_ADMIN") or "admin", None, True),
            (os.environ.get("DEMO_EDITOR") or "editor", EDITORS, False),
            (os.environ.get("DEMO_REVIEWER") or "reviewer", REVIEWERS, False),
        ]
        User = get_user_model()
        try:
            groups = {name: Group.objects.get(name=name) for name in (EDITORS, REVIEWERS)}
        except Group.DoesNotExist:
            raise CommandError(
                "The Editors and Reviewers groups are missing: run migrate."
            ) from None
        with transaction.atomic():
            for username, group, superuser in accounts:
                user, created = User.objects.get_or_create(username=username)
                role = "superuser" if superuser else group
                if not created and not options["reset"]:
                    # A password someone chose (or changed on purpose) is never overwritten.
                    self.stdout.write(
                        f"kept    {role:<9} login: {username} (its password is unchanged; "
                        "demo_users --reset sets it again)"
                    )
                    continue
                user.is_staff = True
                user.is_superuser = superuser
                user.set_password(password)
                user.save()
                if group:
                    user.groups.set([groups[group]])
                verb = "created" if created else "reset  "
                shown = "(hidden)" if options["quiet_password"] else password
                self.stdout.write(f"{verb} {role:<9} login: {username} / {shown}")
