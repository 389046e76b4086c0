"""The admin login locks out after repeated wrong passwords (django-axes), and says so."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


def attempt(client, username: str, password: str, address: str = "192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_two_hundred_wrong_passwords_then_the_right_one_stays_locked_out(client, reviewer):
    responses = [attempt(client, reviewer.username, f"guess-{n}") for n in range(200)]
    assert responses[0].status_code == 200  # the form again, with an error
    assert responses[-1].status_code == 429
    locked = attempt(client, reviewer.username, PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_begins_at_the_configured_limit(client, reviewer, settings):
    settings.AXES_FAILURE_LIMIT = 3
    statuses = [attempt(client, reviewer.username, "wrong").status_code for _ in range(4)]
    assert statuses == [200, 200, 429, 429]


def test_another_address_is_not_locked_out_by_someone_elses_guesses(client, reviewer):
    for n in range(10):
        attempt(client, reviewer.username, f"guess-{n}", address="192.0.2.66")
    response = attempt(client, reviewer.username, PASSWORD, address="192.0.2.10")
    assert response.status_code == 302  # logged in: redirected to the admin
    assert client.session["_auth_user_id"] == str(reviewer.pk)


def test_axes_reset_unlocks(client, reviewer):
    for n in range(10):
        attempt(client, reviewer.username, f"guess-{n}")
    call_command("axes_reset_username", reviewer.username, verbosity=0)
    assert attempt(client, reviewer.username, PASSWORD).status_code == 302
