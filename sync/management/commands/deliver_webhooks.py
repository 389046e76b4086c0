from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from sync import webhooks
from sync.models import Delivery


class Command(BaseCommand):
    help = (
        "Send the webhook deliveries that are due (where no task queue does: FACTDB_TASKS=inline). "
        "--wait keeps going, retries included, until none is pending."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--wait", action="store_true", help="Wait for retries until no delivery is pending."
        )
        parser.add_argument(
            "--timeout", type=float, default=600.0, help="--wait gives up after this many seconds."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        totals = {status: 0 for status in Delivery.Status.values}
        deadline = time.monotonic() + options["timeout"]
        while True:
            for status, count in webhooks.deliver_due().items():
                totals[status] += count
            pending = Delivery.objects.pending().filter(webhook__active=True)
            if not options["wait"] or not pending.exists():
                break
            if time.monotonic() >= deadline:
                raise CommandError(f"{pending.count()} deliveries still pending after --timeout.")
            upcoming = pending.order_by("next_attempt_at").values_list("next_attempt_at", flat=True)
            wait = (upcoming[0] - timezone.now()).total_seconds()
            time.sleep(min(max(wait, 0.05), max(deadline - time.monotonic(), 0.05)))
        retrying = Delivery.objects.pending().count()
        self.stdout.write(
            f"{totals['delivered']} delivered, {totals['pending']} failed attempts to retry, "
            f"{totals['superseded']} superseded, {totals['failed']} gave up; {retrying} pending."
        )
        if totals["failed"]:
            raise CommandError(
                f"{totals['failed']} deliveries gave up after WEBHOOK_MAX_ATTEMPTS attempts: see "
                "the delivery log in the admin."
            )
