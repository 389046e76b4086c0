"""Reads from replicas, writes on the primary, and every request reads its own writes.

`ReplicaReadsMiddleware` decides per request: a GET or HEAD outside the admin, from a client
that has not just written, may read from a replica (`DATABASE_REPLICAS`); anything else reads
from the primary. Once a request writes, the rest of it reads from the primary, and the
response sets a short-lived cookie that keeps that browser on the primary for
`REPLICA_PIN_SECONDS`, so it sees its change even when a replica lags behind.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

PIN_COOKIE = "factdb_primary"

_replica_reads: ContextVar[bool] = ContextVar("factdb_replica_reads", default=False)
_wrote: ContextVar[bool] = ContextVar("factdb_wrote", default=False)


class PrimaryReplicaRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str:
        if _replica_reads.get() and settings.DATABASE_REPLICAS:
            return random.choice(settings.DATABASE_REPLICAS)
        return "default"

    def db_for_write(self, model: Any, **hints: Any) -> str:
        # Read your own writes: whatever this request reads next comes from the primary.
        _replica_reads.set(False)
        _wrote.set(True)
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # replicas hold the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == "default"


def may_read_from_replica(request: HttpRequest) -> bool:
    return (
        bool(settings.DATABASE_REPLICAS)
        and request.method in ("GET", "HEAD")
        and PIN_COOKIE not in request.COOKIES
        and not any(request.path.startswith(p) for p in settings.REPLICA_PRIMARY_PATHS)
    )


class ReplicaReadsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        reads = _replica_reads.set(may_read_from_replica(request))
        wrote = _wrote.set(False)
        try:
            response = self.get_response(request)
            if _wrote.get() and settings.DATABASE_REPLICAS and settings.REPLICA_PIN_SECONDS:
                response.set_cookie(
                    PIN_COOKIE,
                    "1",
                    max_age=settings.REPLICA_PIN_SECONDS,
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                )
            return response
        finally:
            _replica_reads.reset(reads)
            _wrote.reset(wrote)
