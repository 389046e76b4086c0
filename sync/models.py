"""The changes feed's log, and the webhooks that push each change to subscribers.

`Change` holds one row per quote or claim that ever entered, changed in or left the public API:
its latest change, under a sequence number from the single `FeedState` row. A writer takes that
row's lock (SELECT … FOR UPDATE) in the transaction that makes the change and keeps it until
commit, so sequence numbers are handed out in commit order and a reader never sees a lower number
appear after a higher one (no change skipped), nor the same one twice.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone


class ItemType(models.TextChoices):
    QUOTE = "quote", "Quote"
    CLAIM = "claim", "Claim"


class Action(models.TextChoices):
    PUBLISHED = "published", "Published"
    UPDATED = "updated", "Updated"
    WITHDRAWN = "withdrawn", "Withdrawn"


class FeedState(models.Model):
    """The one row whose lock orders the feed: the last sequence number handed out, and the
    highest one pruned (a cursor below it has missed changes)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    last_seq = models.PositiveBigIntegerField(default=0)
    pruned_through = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=Q(id=1), name="feed_state_single_row")]

    def __str__(self) -> str:
        return f"changes feed at {self.last_seq} (pruned through {self.pruned_through})"


class ChangeQuerySet(models.QuerySet["Change"]):
    def after(self, seq: int) -> ChangeQuerySet:
        """Changes committed after cursor `seq`, in commit order."""
        return self.filter(seq__gt=seq).order_by("seq")

    def older_than(self, when: Any) -> ChangeQuerySet:
        return self.filter(at__lt=when)


class Change(models.Model):
    """The latest change of one quote or claim as the public sees it; a newer change of the same
    item replaces the row under a new sequence number (the feed lists each item once, current)."""

    seq = models.PositiveBigIntegerField(unique=True, help_text="The feed cursor of this change.")
    type = models.CharField(max_length=5, choices=ItemType.choices)
    item_id = models.PositiveBigIntegerField()
    action = models.CharField(max_length=9, choices=Action.choices)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=20, help_text="The item's review status after it.")
    reason = models.TextField(blank=True, help_text="Why it was withdrawn.")

    objects = ChangeQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        constraints = [
            models.UniqueConstraint(fields=["type", "item_id"], name="change_once_per_item"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.type} {self.item_id} {self.action}"


# --- webhooks -----------------------------------------------------------------------------


def new_secret() -> str:
    return secrets.token_urlsafe(32)


http_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// URL.")


class WebhookQuerySet(models.QuerySet["Webhook"]):
    def active(self) -> WebhookQuerySet:
        return self.filter(active=True)


class Webhook(models.Model):
    """A subscriber: every change of the feed is POSTed to `url`, signed with `secret`."""

    url = models.URLField(
        "URL",
        max_length=500,
        validators=[http_url],
        help_text="Where each change is POSTed as JSON: http:// or https://.",
    )
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        help_text="Shared with the subscriber, who checks the X-Factdb-Signature header with it "
        "(see README, Webhooks). Change it to rotate; never send it anywhere else.",
    )
    description = models.CharField(max_length=200, blank=True, help_text="Who receives it.")
    active = models.BooleanField(
        default=True, help_text="Inactive subscribers get no new deliveries."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = WebhookQuerySet.as_manager()

    class Meta:
        ordering = ["url", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="webhook_url_is_http",
                violation_error_message="Enter an http:// or https:// URL.",
            ),
            models.CheckConstraint(condition=~Q(secret=""), name="webhook_secret_not_empty"),
        ]

    def __str__(self) -> str:
        return self.description or self.url


class DeliveryQuerySet(models.QuerySet["Delivery"]):
    def due(self, now: Any = None) -> DeliveryQuerySet:
        """Pending deliveries to active webhooks whose next attempt is due and that no sender
        holds."""
        now = now or timezone.now()
        return self.filter(
            status=Delivery.Status.PENDING, next_attempt_at__lte=now, webhook__active=True
        ).filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))

    def pending(self) -> DeliveryQuerySet:
        return self.filter(status=Delivery.Status.PENDING)


class Delivery(models.Model):
    """One change for one subscriber: sent, retried with exponential backoff, or given up."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed (gave up)"
        SUPERSEDED = "superseded", "Superseded (the item changed again before it was sent)"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    seq = models.PositiveBigIntegerField(help_text="The change's feed cursor.")
    type = models.CharField(max_length=5, choices=ItemType.choices)
    item_id = models.PositiveBigIntegerField()
    action = models.CharField(max_length=9, choices=Action.choices)
    at = models.DateTimeField(help_text="When the change was made.")
    item_status = models.CharField(max_length=20, help_text="The item's status after it.")
    reason = models.TextField(blank=True)
    body = models.TextField(
        blank=True, help_text="The JSON sent: rendered at the first attempt, resent unchanged."
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    claimed_until = models.DateTimeField(
        null=True, blank=True, help_text="A sender holds it until then."
    )
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-seq", "webhook_id"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["webhook", "seq"], name="delivery_once_per_change"),
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.item_id} {self.action} → {self.webhook}"


class DeliveryAttempt(models.Model):
    """One POST of a delivery and what the subscriber answered."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="log")
    number = models.PositiveSmallIntegerField()
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Empty when no answer came."
    )
    error = models.TextField(blank=True, help_text="Why it failed; empty when delivered.")
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [
            models.UniqueConstraint(fields=["delivery", "number"], name="attempt_once_per_number"),
        ]

    def __str__(self) -> str:
        return f"attempt {self.number}: {self.status_code or self.error[:40]}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
