"""Who is asking: the client's address, for the API's throttle and the admin's login lockout.

One rule for both, from NUM_PROXIES: with no proxy the connecting address; behind N proxies the
Nth address of X-Forwarded-For counted from the right, the one the outermost trusted proxy saw.
A client may send any X-Forwarded-For it likes; only the entries trusted proxies appended count.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings


def client_ip(request: Any) -> str:
    """The client's address as the trusted proxies report it (see NUM_PROXIES)."""
    meta = request.META
    remote = meta.get("REMOTE_ADDR", "") or ""
    proxies = settings.NUM_PROXIES
    forwarded = meta.get("HTTP_X_FORWARDED_FOR")
    if not proxies or not forwarded:
        return remote
    addresses = [a.strip() for a in forwarded.split(",")]
    return addresses[-min(proxies, len(addresses))] or remote
