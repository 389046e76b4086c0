"""The task queue's webhook deliveries (procrastinate, PostgreSQL only: its app imports this)."""

from django.db import close_old_connections
from procrastinate.contrib.django import app

from sync import webhooks
from sync.models import Delivery

QUEUE = "webhooks"


@app.task(queue=QUEUE)
def deliver(delivery_id: int) -> None:
    """One attempt at delivery `delivery_id`; a failure schedules the next after the backoff."""
    close_old_connections()  # a worker thread may hold a connection the server has dropped
    try:
        webhooks.attempt(delivery_id)
        # Still pending: it failed, or was not yet due, or another sender holds it. Come back
        # when it is due (or that sender's hold ends), so no delivery waits for the command.
        pending = Delivery.objects.select_related("webhook").filter(status=Delivery.Status.PENDING)
        delivery = pending.filter(pk=delivery_id).first()
        if delivery is not None and delivery.webhook.active:
            when = max(delivery.next_attempt_at, delivery.claimed_until or delivery.next_attempt_at)
            deliver.configure(schedule_at=when).defer(delivery_id=delivery_id)
    finally:
        close_old_connections()
