"""Which database a request reads from, with replicas configured (no real standby here: the
replica alias is the primary itself, so these tests run on SQLite too)."""

import pytest
from rest_framework.test import APIClient

from factdb.routers import PIN_COOKIE, may_read_from_replica


@pytest.fixture
def with_a_replica(settings):
    settings.DATABASE_REPLICAS = ["default"]


def test_a_write_pins_the_client_to_the_primary_for_a_few_seconds(db, editor, with_a_replica):
    client = APIClient()
    client.force_authenticate(editor)
    posted = client.post("/api/v1/sources/", {"text": "A short note: 3 bridges."}, format="json")
    assert posted.status_code == 201
    cookie = posted.cookies[PIN_COOKIE]
    assert cookie["max-age"] == 5 and cookie["httponly"]


def test_a_read_does_not_pin(db, with_a_replica):
    response = APIClient().get("/api/v1/quotes/")
    assert response.status_code == 200
    assert PIN_COOKIE not in response.cookies


def test_no_pin_cookie_without_replicas(db, editor):
    client = APIClient()
    client.force_authenticate(editor)
    posted = client.post("/api/v1/sources/", {"text": "Another note: 4 ferries."}, format="json")
    assert posted.status_code == 201
    assert PIN_COOKIE not in posted.cookies


@pytest.mark.parametrize(
    ("method", "path", "cookies", "replica"),
    [
        ("GET", "/api/v1/quotes/", {}, True),
        ("HEAD", "/api/v1/claims/1/", {}, True),
        ("POST", "/api/v1/sources/", {}, False),
        ("GET", "/admin/claims/claim/", {}, False),
        ("GET", "/api/v1/quotes/", {PIN_COOKIE: "1"}, False),
    ],
)
def test_which_requests_may_read_from_a_replica(rf, with_a_replica, method, path, cookies, replica):
    request = rf.generic(method, path)
    request.COOKIES.update(cookies)
    assert may_read_from_replica(request) is replica
