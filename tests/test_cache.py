"""CACHE_URL puts the throttle's counts (and any cache) where every process and machine sees
them: the database or Redis, both real here."""

from __future__ import annotations

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from factdb.env import envcache

REDIS_URL = "redis://127.0.0.1:6379/15"


def throttled_after_two(settings) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/min"},
    }
    statuses = [APIClient().get("/api/v1/outlets/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_the_database_cache_holds_the_throttle_counts(db, settings, monkeypatch):
    monkeypatch.setenv("CACHE_URL", "db://factdb_test_cache")
    settings.CACHES = {"default": envcache("CACHE_URL")}
    caches.close_all()
    call_command("createcachetable", verbosity=0)
    throttled_after_two(settings)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM factdb_test_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert any("throttle_anon" in key for key in keys)


def test_redis_holds_the_throttle_counts(db, settings, monkeypatch):
    server = redis.Redis.from_url(REDIS_URL)
    try:
        server.ping()
    except redis.ConnectionError:
        pytest.fail(
            "Redis is not answering on 127.0.0.1:6379: start it (see README, Running at scale)"
        )
    server.flushdb()
    monkeypatch.setenv("CACHE_URL", REDIS_URL)
    settings.CACHES = {"default": envcache("CACHE_URL")}
    caches.close_all()
    try:
        throttled_after_two(settings)
        assert any(b"throttle_anon" in key for key in server.keys("*"))
    finally:
        server.flushdb()
        caches.close_all()


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("locmem://", "locmem.LocMemCache", "factdb"),
        ("db://factdb_cache", "db.DatabaseCache", "factdb_cache"),
        ("redis://10.0.0.5:6379/2", "redis.RedisCache", "redis://10.0.0.5:6379/2"),
        ("dummy://", "dummy.DummyCache", "factdb"),
    ],
)
def test_cache_urls(monkeypatch, url, backend, location):
    monkeypatch.setenv("CACHE_URL", url)
    cache = envcache("CACHE_URL")
    assert cache == {"BACKEND": f"django.core.cache.backends.{backend}", "LOCATION": location}
