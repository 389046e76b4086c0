"""The task queue's webhook deliveries (procrastinate, PostgreSQL only: its app imports this)."""

from django.db import close_old_connections
from procrastinate.contrib.django import app

from sync import webhooks

QUEUE = "webhooks"


@app.task(queue=QUEUE)
def deliver(delivery_id: int) -> None:
    """One attempt at delivery `delivery_id`; a failure schedules the next after the backoff."""
    close_old_connections()  # a worker thread may hold a connection the server has dropped
    try:
        delivery = webhooks.attempt(delivery_id)
        if delivery is not None and delivery.status == delivery.Status.PENDING:
            deliver.configure(schedule_at=delivery.next_attempt_at).defer(delivery_id=delivery_id)
    finally:
        close_old_connections()
