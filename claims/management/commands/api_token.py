from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from knox.models import AuthToken
from knox.settings import CONSTANTS, knox_settings


class Command(BaseCommand):
    help = (
        "API tokens (stored hashed, expiring): 'issue USER [--days N | --never-expires]' prints "
        "a new token once; 'list USER' shows each token's key prefix and expiry; 'revoke USER "
        "[--key PREFIX]' revokes that token, or all the user's tokens."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["issue", "list", "revoke"])
        parser.add_argument("username")
        parser.add_argument("--days", type=int, help="Lifetime (default: API_TOKEN_DAYS).")
        parser.add_argument("--never-expires", action="store_true")
        parser.add_argument("--key", help="revoke: the first characters of one token.")

    def handle(self, *args: Any, **options: Any) -> None:
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: options["username"]})
        except User.DoesNotExist:
            raise CommandError(f"There is no user {options['username']!r}.") from None
        getattr(self, options["action"])(user, options)

    def issue(self, user: Any, options: dict[str, Any]) -> None:
        if options["days"] is not None and options["days"] < 1:
            raise CommandError("--days must be at least 1.")
        expiry: datetime.timedelta | None = knox_settings.TOKEN_TTL
        if options["never_expires"]:
            expiry = None
        elif options["days"]:
            expiry = datetime.timedelta(days=options["days"])
        instance, token = AuthToken.objects.create(user=user, expiry=expiry)
        until = timezone.localtime(instance.expiry).isoformat() if instance.expiry else "never"
        self.stdout.write(f"token: {token}")
        self.stdout.write(
            f"for {user.get_username()}, expires {until}. It is shown once and stored only as a "
            f"hash: send it as 'Authorization: Token <token>'. Key prefix {token[:8]}."
        )

    def list(self, user: Any, options: dict[str, Any]) -> None:
        tokens = AuthToken.objects.filter(user=user).order_by("created")
        for token in tokens:
            until = timezone.localtime(token.expiry).isoformat() if token.expiry else "never"
            self.stdout.write(
                f"{token.token_key[:8]}…  created {token.created:%Y-%m-%d}  expires {until}"
            )
        if not tokens:
            self.stdout.write(f"{user.get_username()} has no tokens.")

    def revoke(self, user: Any, options: dict[str, Any]) -> None:
        tokens = AuthToken.objects.filter(user=user)
        if options["key"]:
            prefix = options["key"][: CONSTANTS.TOKEN_KEY_LENGTH]
            tokens = tokens.filter(token_key__startswith=prefix)
            if tokens.count() != 1:
                raise CommandError(
                    f"{tokens.count()} tokens of {user.get_username()} start with {prefix!r}: "
                    "give one token's key prefix (see 'api_token list')."
                )
        revoked, _ = tokens.delete()
        self.stdout.write(f"revoked {revoked} tokens of {user.get_username()}.")
