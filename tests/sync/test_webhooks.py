"""Webhooks: each change POSTed to a loopback receiver, signed with HMAC-SHA256, retried after a
failure with backoff, every attempt in the delivery log."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import http.server
import io
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from claims.api.serializers import ClaimSerializer, QuoteSerializer
from claims.models import Stance, Verdict
from factdb.api.renderers import dumps
from sync.models import Delivery, DeliveryAttempt, Webhook
from sync.webhooks import BaseURL, render
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_outlet,
    make_quote,
    make_source,
    make_speaker,
)


@dataclass
class Receiver:
    """A subscriber on 127.0.0.1: answers with `codes` in turn (the last one from then on) and
    keeps what it was sent."""

    codes: list[int]
    url: str = ""
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(codes=[200])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.received.append((dict(self.headers), body))
            code = state.codes.pop(0) if len(state.codes) > 1 else state.codes[0]
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/factdb"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def signature_holds(secret: str, header: str, body: bytes) -> bool:
    """What a receiver does with X-Factdb-Signature, as README describes it."""
    parts = dict(part.split("=", 1) for part in header.split(","))
    expected = hmac.new(secret.encode(), parts["t"].encode() + b"." + body, hashlib.sha256)
    fresh = abs(time.time() - int(parts["t"])) < 300
    return fresh and hmac.compare_digest(expected.hexdigest(), parts["v1"])


def test_a_change_is_posted_signed_and_a_failure_is_retried(receiver, reviewer, settings):
    settings.WEBHOOK_RETRY_SECONDS = 1
    receiver.codes = [500, 200]
    hook = Webhook.objects.create(url=receiver.url, description="Partner desk")
    quote = make_quote("The bridge reopens on Monday.", speaker=make_speaker("Ada Minister"))
    quote.verify(reviewer)

    out = io.StringIO()
    call_command("deliver_webhooks", stdout=out)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert delivery.last_error == "HTTP 500 Internal Server Error"
    assert delivery.next_attempt_at > DeliveryAttempt.objects.get().at  # backs off
    call_command("deliver_webhooks", "--wait", "--timeout", "30", stdout=out)

    delivery.refresh_from_db()
    assert delivery.status == "delivered"
    assert [a.status_code for a in delivery.log.all()] == [500, 200]
    assert len(receiver.received) == 2
    (first_headers, first_body), (headers, body) = receiver.received
    assert first_body == body  # the retry sends the same change
    assert signature_holds(hook.secret, headers["X-Factdb-Signature"], body)
    assert not signature_holds("another secret", headers["X-Factdb-Signature"], body)
    assert not signature_holds(hook.secret, headers["X-Factdb-Signature"], body + b" ")
    change = json.loads(body)
    assert (change["type"], change["id"], change["action"]) == ("quote", quote.pk, "published")
    assert change["item"]["text"] == "The bridge reopens on Monday."
    assert change["item"]["url"] == f"http://localhost:8000/api/v1/quotes/{quote.pk}/"
    assert headers["Content-Type"] == "application/json"


def test_the_delivery_log_shows_each_attempt_in_the_admin(receiver, reviewer, admin_client):
    receiver.codes = [500, 204]
    Webhook.objects.create(url=receiver.url)
    make_quote(speaker=make_speaker()).verify(reviewer)
    call_command("deliver_webhooks", stdout=io.StringIO())
    Delivery.objects.update(next_attempt_at=Delivery.objects.get().created_at)  # due again
    call_command("deliver_webhooks", stdout=io.StringIO())
    delivery = Delivery.objects.get()
    page = admin_client.get(f"/admin/sync/delivery/{delivery.pk}/change/").content.decode()
    assert "HTTP 500" in page and ">204<" in page and ">500<" in page
    assert admin_client.get("/admin/sync/delivery/add/").status_code == 403
    assert admin_client.get("/admin/sync/deliveryattempt/").status_code == 200


def test_a_retraction_is_posted_as_a_tombstone(receiver, reviewer):
    Webhook.objects.create(url=receiver.url)
    quote = make_quote(speaker=make_speaker())
    quote.verify(reviewer)
    quote.retract(reviewer, "Misquoted.")
    call_command("deliver_webhooks", stdout=io.StringIO())
    sent = [json.loads(body) for _, body in receiver.received]
    # The publication was overtaken before it was sent: only the tombstone goes out.
    assert [(c["action"], c.get("reason")) for c in sent] == [("withdrawn", "Misquoted.")]
    assert "item" not in sent[0]
    assert sorted(Delivery.objects.values_list("status", flat=True)) == [
        "delivered",
        "superseded",
    ]


def test_a_subscriber_that_keeps_failing_is_given_up_with_an_error(receiver, reviewer, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    settings.WEBHOOK_RETRY_SECONDS = 0
    receiver.codes = [503]
    Webhook.objects.create(url=receiver.url)
    make_quote(speaker=make_speaker()).verify(reviewer)
    with pytest.raises(CommandError, match="1 deliveries gave up after WEBHOOK_MAX_ATTEMPTS"):
        call_command("deliver_webhooks", "--wait", "--timeout", "10", stdout=io.StringIO())
    assert list(DeliveryAttempt.objects.values_list("status_code", flat=True)) == [503, 503]
    assert Delivery.objects.get().status == "failed"


def test_an_unreachable_subscriber_is_logged_without_a_status(reviewer, settings):
    settings.WEBHOOK_TIMEOUT_SECONDS = 2
    Webhook.objects.create(url="http://127.0.0.1:9/nobody-listens")
    make_quote(speaker=make_speaker()).verify(reviewer)
    call_command("deliver_webhooks", stdout=io.StringIO())
    attempt = DeliveryAttempt.objects.get()
    assert attempt.status_code is None and attempt.error.startswith("no answer")
    assert Delivery.objects.get().status == "pending"


def test_inactive_subscribers_get_nothing(receiver, reviewer):
    paused = Webhook.objects.create(url=receiver.url)
    Webhook.objects.create(url=receiver.url + "/off", active=False)
    make_quote(speaker=make_speaker()).verify(reviewer)
    assert Delivery.objects.get().webhook == paused  # none for the inactive one
    paused.active = False
    paused.save()
    call_command("deliver_webhooks", stdout=io.StringIO())
    assert receiver.received == []
    assert Delivery.objects.get().status == "pending"  # sent once it is active again


@pytest.mark.parametrize("url", ["ftp://example.org/hook", "file:///etc/passwd", "example.org"])
def test_a_webhook_url_must_be_http_or_https(db, url):
    with pytest.raises(ValidationError) as refused:
        Webhook(url=url).full_clean()
    assert "url" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Webhook.objects.create(url=url)


def test_staff_manage_webhooks_in_the_admin(admin_client, db):
    page = admin_client.post(
        "/admin/sync/webhook/add/",
        {"url": "ftp://example.org/", "description": "x", "active": "on", "secret": "s"},
    )
    assert 'id="id_url_error"><li>Enter a valid URL.' in page.content.decode()
    assert not Webhook.objects.exists()
    admin_client.post(
        "/admin/sync/webhook/add/",
        {"url": "https://partner.example.org/hook", "active": "on", "secret": "s3cret"},
    )
    assert Webhook.objects.get().secret == "s3cret"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_queue_worker_delivers_and_retries(receiver, reviewer, settings, monkeypatch):
    from tests.sources.test_jobs import start_workers, stop

    settings.FACTDB_TASKS = "queue"
    monkeypatch.setenv("WEBHOOK_RETRY_SECONDS", "1")
    receiver.codes = [500, 200]
    hook = Webhook.objects.create(url=receiver.url)
    quote = make_quote(speaker=make_speaker())
    quote.verify(reviewer)  # the delivery's job is queued in the same transaction
    workers = start_workers(1)
    try:
        deadline = time.monotonic() + 60
        while Delivery.objects.get().status == "pending" and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(workers)
    delivery = Delivery.objects.get()
    assert delivery.status == "delivered"
    assert [a.status_code for a in delivery.log.all()] == [500, 200]
    headers, body = receiver.received[-1]
    assert signature_holds(hook.secret, headers["X-Factdb-Signature"], body)
    assert json.loads(body)["id"] == quote.pk


def test_a_body_carries_the_item_byte_for_byte_as_its_serializer_writes_it(reviewer, settings):
    """The feed builds items from `.values()` rows (datetimes, dates, Decimals as Python
    values); a subscriber must get exactly the JSON the serializers wrote before: the same
    times to the microsecond with 'Z', numbers as numbers, null where nothing is known."""
    Webhook.objects.create(url="http://127.0.0.1:9/nobody-listens")
    source = make_source(
        "Officials said 1,000.5 tonnes of wheat arrived in Herat.",
        outlet=make_outlet(name="Herat Daily"),
        published_on=datetime.date(2021, 7, 14),
    )
    claim = make_claim("1,000.5 tonnes of wheat arrived.", value="1000.5", unit="tonnes")
    make_appearance(claim, source, "1,000.5 tonnes of wheat")
    make_evidence(claim, source, Stance.SUPPORTS, summary="The officials' count.")
    claim.verify(reviewer, verdict=Verdict.TRUE)
    quote = make_quote("Wheat arrived.", speaker=make_speaker("Ada Minister"), partial=True)
    make_appearance(quote, make_source("She said: Wheat arrived."), "Wheat arrived.")
    quote.verify(reviewer)

    request = BaseURL(settings.WEBHOOKS_BASE_URL)
    for item, serializer in ((claim, ClaimSerializer), (quote, QuoteSerializer)):
        item.refresh_from_db()
        assert item.reviewed_at.microsecond  # the case where a format could differ
        delivery = Delivery.objects.get(item_id=item.pk, type=type(item).__name__.lower())
        body = render(delivery)
        assert body is not None
        loaded = serializer.prefetch(type(item).objects.filter(pk=item.pk)).get()
        expected = dumps(serializer(loaded, context={"request": request}).data).decode()
        assert body.endswith(f',"item":{expected}}}')
