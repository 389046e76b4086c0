"""What history may be pruned: records of saves that changed nothing anyone can see.

History is the review record: who changed what, when and why. Every record that says so is
kept for good, however old: creations, deletions, any change of a field a reviewer sees, and any
record that carries a reason. What may go is a "changed" record identical to the one before it
in every such field, with no reason: a save that only raised the edit version or the update
time. (django-simple-history's own `clean_old_history` deletes every record older than a date,
review steps included: factdb does not use it.)
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.db import models, transaction

# Bookkeeping every save changes: no change of what an item says or of its review.
BOOKKEEPING = {"version", "updated_at"}
BATCH = 2000


def historical_models() -> list[type[models.Model]]:
    """The history table of every model of factdb that keeps one."""
    return [
        model.history.model  # type: ignore[attr-defined]
        for model in apps.get_models()
        if model._meta.app_label in ("claims", "sources") and hasattr(model, "history")
    ]


def tracked(history: type[models.Model]) -> list[str]:
    """The fields of a history record that say what the item was."""
    return [
        f.attname
        for f in history._meta.concrete_fields
        if not f.attname.startswith("history_") and f.attname not in BOOKKEEPING
    ]


def unchanged_records(history: type[models.Model], before: datetime.datetime) -> Iterator[int]:
    """history_id of each record older than `before` that changed nothing tracked and gives no
    reason, compared with the record before it of the same item. One pass over the table."""
    fields = tracked(history)
    rows = (
        history._default_manager.order_by("id", "history_date", "history_id")
        .values("history_id", "history_type", "history_date", "history_change_reason", *fields)
        .iterator(chunk_size=BATCH)
    )
    previous: dict[str, Any] | None = None
    for row in rows:
        if (
            previous is not None
            and previous["id"] == row["id"]
            and row["history_type"] == "~"
            and not row["history_change_reason"]
            and row["history_date"] < before
            and all(row[f] == previous[f] for f in fields)
        ):
            yield row["history_id"]
            continue  # the record before stays the one to compare with
        previous = row


def prune(before: datetime.datetime, dry_run: bool = False) -> dict[str, int]:
    """Delete the records that changed nothing (see the module), older than `before`; how many
    per history table. Each table in one transaction."""
    counts: dict[str, int] = {}
    for history in historical_models():
        found = list(unchanged_records(history, before))
        counts[history._meta.label] = len(found)
        if dry_run or not found:
            continue
        with transaction.atomic():
            for start in range(0, len(found), BATCH):
                history._default_manager.filter(
                    history_id__in=found[start : start + BATCH]
                ).delete()
    return counts
