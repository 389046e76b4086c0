"""API tokens: hashed at rest, expiring, issued and revoked with `manage.py api_token`."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def api_token(*args: str) -> str:
    out = StringIO()
    call_command("api_token", *args, stdout=out)
    return out.getvalue()


def issued_token(output: str) -> str:
    return next(line.split()[-1] for line in output.splitlines() if line.startswith("token:"))


def staff_list(token: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client.get("/api/v1/quotes/", {"status": "unreviewed"}).status_code


def test_an_issued_token_works_and_is_stored_only_as_a_hash(reviewer):
    output = api_token("issue", reviewer.username, "--days", "30")
    token = issued_token(output)
    assert "shown once" in output
    assert staff_list(token) == 200
    stored = AuthToken.objects.get(user=reviewer)
    assert token not in {stored.digest, stored.token_key}
    assert stored.digest != token and len(stored.digest) == 128  # SHA-512, hex
    expiry = stored.expiry - timezone.now()
    assert datetime.timedelta(days=29) < expiry <= datetime.timedelta(days=30)


def test_an_expired_token_is_refused(reviewer):
    token = issued_token(api_token("issue", reviewer.username))
    AuthToken.objects.filter(user=reviewer).update(expiry=timezone.now() - datetime.timedelta(1))
    assert staff_list(token) == 401


def test_revoking_a_users_tokens_refuses_them_at_once(reviewer):
    first = issued_token(api_token("issue", reviewer.username))
    second = issued_token(api_token("issue", reviewer.username))
    output = api_token("revoke", reviewer.username)
    assert "revoked 2 tokens" in output
    assert staff_list(first) == 401 and staff_list(second) == 401


def test_one_token_is_revoked_by_its_key_prefix(reviewer):
    keep = issued_token(api_token("issue", reviewer.username))
    drop = issued_token(api_token("issue", reviewer.username))
    listing = api_token("list", reviewer.username)
    assert drop[:8] in listing and keep[:8] in listing
    api_token("revoke", reviewer.username, "--key", drop[:8])
    assert staff_list(keep) == 200 and staff_list(drop) == 401


def test_an_unknown_user_is_an_error_naming_it(db):
    with pytest.raises(CommandError, match="no user 'nobody'"):
        api_token("issue", "nobody")


def test_the_default_lifetime_comes_from_the_settings(reviewer, settings):
    settings.REST_KNOX = {**settings.REST_KNOX, "TOKEN_TTL": datetime.timedelta(days=7)}
    api_token("issue", reviewer.username)
    expiry = AuthToken.objects.get(user=reviewer).expiry - timezone.now()
    assert datetime.timedelta(days=6) < expiry <= datetime.timedelta(days=7)
