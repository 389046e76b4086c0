"""Sending deliveries: a signed POST, retried with exponential backoff, each attempt logged.

The body is one change exactly as the feed lists it (`sync.changes.entry`). The signature header
is `X-Factdb-Signature: t=<unix seconds>,v1=<hex>`, where hex is HMAC-SHA256 with the webhook's
secret over "<t>.<body>" (README, Webhooks, shows how to check it).

A sender first claims a delivery with one conditional UPDATE (so two senders, a worker and the
command, never send the same one at once), then POSTs outside any transaction.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import time
import urllib.error
import urllib.request
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from factdb.api.renderers import dumps
from sync.changes import entry, public_forms
from sync.models import Change, Delivery, DeliveryAttempt

SIGNATURE_HEADER = "X-Factdb-Signature"
MAX_BACKOFF_SECONDS = 6 * 3600


class BaseURL(HttpRequest):
    """Stands in for a request where serializers build absolute URLs: a delivery has none."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base.rstrip("/")

    def build_absolute_uri(self, location: str | None = None) -> str:
        return self.base + (location or "/")


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Factdb-Signature value of `body` sent at `timestamp`."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def backoff(attempts: int) -> datetime.timedelta:
    """How long to wait after the `attempts`-th failure: the base, doubled each time."""
    seconds = settings.WEBHOOK_RETRY_SECONDS * 2 ** max(attempts - 1, 0)
    return datetime.timedelta(seconds=min(seconds, MAX_BACKOFF_SECONDS))


def render(delivery: Delivery) -> str | None:
    """The body of `delivery`; None when the item it publishes is no longer public (a later
    delivery carries its withdrawal)."""
    change = Change(
        seq=delivery.seq,
        type=delivery.type,
        item_id=delivery.item_id,
        action=delivery.action,
        at=delivery.at,
        status=delivery.item_status,
        reason=delivery.reason,
    )
    data = entry(change, public_forms([change], BaseURL(settings.WEBHOOKS_BASE_URL)))
    return None if data is None else dumps(data).decode()


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer to log, not to follow: the subscriber fixes its URL."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(NoRedirects)


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str]:
    """POST `body`; the status code (None without an answer) and what went wrong, if anything."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return None, f"no answer: {reason}"


def attempt(delivery_id: int) -> Delivery | None:
    """Send delivery `delivery_id` once if it is due and no other sender holds it; the delivery
    as it ended (pending with its next attempt, delivered, failed or superseded), or None when
    it was not due."""
    now = timezone.now()
    lease = now + datetime.timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS + 30)
    if not Delivery.objects.due(now).filter(pk=delivery_id).update(claimed_until=lease):
        return None
    delivery = Delivery.objects.select_related("webhook").get(pk=delivery_id)
    if not delivery.body:
        body = render(delivery)
        if body is None:
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.SUPERSEDED, claimed_until=None
            )
            delivery.refresh_from_db()
            return delivery
        delivery.body = body
        Delivery.objects.filter(pk=delivery.pk).update(body=body)
    number = delivery.attempts + 1
    payload = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "factdb-webhooks",
        "X-Factdb-Delivery": str(delivery.pk),
        SIGNATURE_HEADER: sign(delivery.webhook.secret, int(time.time()), payload),
    }
    started = time.monotonic()
    code, error = post(delivery.webhook.url, payload, headers)
    took = int((time.monotonic() - started) * 1000)
    if code is not None and not 200 <= code < 300 and not error:
        error = f"HTTP {code}"
    finished = timezone.now()
    fields: dict[str, Any] = {"attempts": number, "claimed_until": None, "last_error": error}
    if not error:
        fields.update(status=Delivery.Status.DELIVERED, delivered_at=finished)
    elif number >= settings.WEBHOOK_MAX_ATTEMPTS:
        fields.update(status=Delivery.Status.FAILED)
    else:
        fields.update(next_attempt_at=finished + backoff(number))
    with transaction.atomic():
        DeliveryAttempt.objects.create(
            delivery=delivery,
            number=number,
            at=finished,
            status_code=code,
            error=error,
            duration_ms=took,
        )
        Delivery.objects.filter(pk=delivery.pk).update(**fields)
    delivery.refresh_from_db()
    return delivery


def deliver_due(now: Any = None) -> dict[str, int]:
    """One attempt at every delivery due now, oldest change first; counts by how each ended."""
    counts = {status: 0 for status in Delivery.Status.values}
    due = Delivery.objects.due(now).order_by("seq", "pk")
    for delivery_id in list(due.values_list("pk", flat=True)):
        ended = attempt(delivery_id)
        if ended is not None:
            counts[ended.status] += 1
    return counts
