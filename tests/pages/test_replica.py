"""The public pages are reads: they come from the replica, like the API (factdb.routers)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.test_replicas import (  # noqa: F401 - the replica fixture
    REPLICA,
    caught_up,
    published_quote,
    replica,
    replica_held_back,
)

pytestmark = [pytest.mark.postgres, pytest.mark.replica]


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_the_public_pages_read_from_the_replica(replica):  # noqa: F811
    quote = published_quote("We reopened the bridge")
    caught_up()
    with replica_held_back():
        newer = published_quote("The river has never been higher")
        # The replica has the first quote and not yet the second: the page reads the replica.
        assert Client().get(f"/quotes/{quote.pk}/{quote.slug}/").status_code == 200
        assert Client().get(f"/quotes/{newer.pk}/{newer.slug}/").status_code == 404
        assert "The river has never been higher" not in Client().get("/quotes/").content.decode()
    caught_up()
    assert Client().get(f"/quotes/{newer.pk}/{newer.slug}/").status_code == 200
