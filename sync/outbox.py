"""Deliveries of each recorded change to the active webhooks, written in the change's transaction
(so a change is never logged without them, nor they without it)."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings

from sync.models import Change, Delivery, Webhook


def enqueue(changes: Sequence[Change]) -> list[Delivery]:
    """A pending delivery of each change for each active webhook; on the task queue
    (FACTDB_TASKS=queue) a job for each, else `manage.py deliver_webhooks` sends them."""
    webhooks = list(Webhook.objects.active())
    if not webhooks or not changes:
        return []
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(
                webhook=webhook,
                seq=change.seq,
                type=change.type,
                item_id=change.item_id,
                action=change.action,
                at=change.at,
                item_status=change.status,
                reason=change.reason,
                next_attempt_at=change.at,
            )
            for change in changes
            for webhook in webhooks
        ]
    )
    if settings.FACTDB_TASKS == "queue":
        from sync.tasks import deliver  # procrastinate is installed on PostgreSQL only

        for delivery in deliveries:
            deliver.defer(delivery_id=delivery.pk)
    return deliveries
