"""Reads from a real streaming replica, writes on the primary, and read-your-writes.

The tests marked `replica` need DATABASE_URL on PostgreSQL and DATABASE_REPLICA_URLS naming a
hot standby of it (`.ci/pg-replica start` makes one on 127.0.0.1:5433; .ci/run does). They
pause the standby's WAL replay to hold it behind the primary, which shows where each read went.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import connections
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Quote, ReviewStatus
from factdb.routers import PIN_COOKIE
from tests.factories import make_appearance, make_quote, make_source

REPLICA = "replica1"


def replay_paused(paused: bool) -> None:
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(
            "SELECT pg_wal_replay_pause()" if paused else "SELECT pg_wal_replay_resume()"
        )


def caught_up(timeout: float = 15.0) -> None:
    """Wait until the standby has replayed everything the primary has written so far."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        (target,) = cursor.fetchone()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connections[REPLICA].cursor() as cursor:
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target])
            if cursor.fetchone()[0]:
                return
        time.sleep(0.05)
    raise AssertionError(f"the replica did not reach {target} within {timeout} s")


@contextmanager
def replica_held_back() -> Iterator[None]:
    replay_paused(True)
    try:
        yield
    finally:
        replay_paused(False)


@pytest.fixture
def replica(transactional_db) -> Iterator[None]:
    """The replica alias pointed at the real standby, holding the test database the primary
    made (physical replication copies every database of the cluster)."""
    if connections["default"].vendor != "postgresql" or REPLICA not in settings.DATABASES:
        pytest.skip("needs DATABASE_URL on PostgreSQL and DATABASE_REPLICA_URLS (.ci/pg-replica)")
    standby = settings.DATABASES[REPLICA]
    connection = connections[REPLICA]
    connection.close()
    # In tests Django makes the replica a mirror of the primary; send it to the standby instead.
    connection.settings_dict = {
        **connections["default"].settings_dict,
        "HOST": standby["HOST"],
        "PORT": standby["PORT"],
    }
    caught_up()
    yield
    connection.close()


def published_quote(words: str) -> Quote:
    source = make_source(f"The minister said “{words}” on Monday.")
    quote = make_quote(words)
    make_appearance(quote, source, words)  # before it is published: then it is locked
    Quote.objects.filter(pk=quote.pk).update(
        status=ReviewStatus.VERIFIED, reviewed_at=timezone.now()
    )
    quote.refresh_from_db()
    return quote


pytestmark = [pytest.mark.postgres, pytest.mark.replica]


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_the_api_reads_from_the_replica(replica):
    quote = published_quote("We reopened the bridge")
    caught_up()
    with replica_held_back():
        newer = published_quote("The river has never been higher")
        # The replica has the first quote and not yet the second: the API reads the replica.
        assert APIClient().get(f"/api/v1/quotes/{quote.pk}/").status_code == 200
        assert APIClient().get(f"/api/v1/quotes/{newer.pk}/").status_code == 404
    caught_up()
    assert APIClient().get(f"/api/v1/quotes/{newer.pk}/").status_code == 200


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_the_admin_reads_from_the_primary(replica, admin_client):
    with replica_held_back():
        quote = published_quote("Nothing is lost in the admin")
        page = admin_client.get(f"/admin/claims/quote/{quote.pk}/change/")
        assert page.status_code == 200
        assert "Nothing is lost in the admin" in page.content.decode()


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_a_client_that_wrote_reads_its_own_write(replica, editor):
    client = APIClient()
    client.force_authenticate(editor)
    with replica_held_back():
        posted = client.post(
            "/api/v1/sources/",
            {"text": "The mayor said “the bridge opens in May” at a briefing."},
            format="json",
        )
        assert posted.status_code == 201, posted.content
        assert PIN_COOKIE in posted.cookies
        source_id = posted.json()["source"]["id"]
        # Within REPLICA_PIN_SECONDS this client reads from the primary and finds its source...
        assert client.get(f"/api/v1/sources/{source_id}/").status_code == 200
        # ...while a client that wrote nothing reads the replica, still behind.
        assert APIClient().get(f"/api/v1/sources/{source_id}/").status_code == 404
