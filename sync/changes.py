"""Recording what the public sees change, and reading it back in commit order.

`record` runs in the transaction that makes the change (the receivers in `sync.receivers` call it
from the model signals), so a change and its log row commit together or not at all. It locks the
`FeedState` row and keeps the lock until that transaction ends: a second writer waits there, so
sequence numbers are handed out in commit order. That wait is the cost: transactions that change
public items commit one at a time from the moment they record a change.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from claims.api import lean
from claims.models import Claim, Quote, ReviewStatus
from sync import outbox
from sync.models import Action, Change, FeedState, ItemType

MODELS: dict[str, type[Quote] | type[Claim]] = {ItemType.QUOTE: Quote, ItemType.CLAIM: Claim}
# The public items among some ids, as rows for the lists' lean path (the shape of the detail
# endpoints), in one statement compiled once: see `lean.IdsQuery`.
PUBLIC_ROWS: dict[str, lean.IdsQuery] = {
    ItemType.QUOTE: lean.IdsQuery(
        Quote, lambda: Quote.objects.verified().values(*lean.QUOTE_FIELDS), "id"
    ),
    ItemType.CLAIM: lean.IdsQuery(
        Claim, lambda: Claim.objects.verified().values(*lean.CLAIM_FIELDS), "id"
    ),
}
PUBLIC_FORMS: dict[str, Any] = {ItemType.QUOTE: lean.quote_items, ItemType.CLAIM: lean.claim_items}


@dataclass(frozen=True)
class Event:
    """What happened to one item, as the public sees it."""

    type: str
    item_id: int
    action: str
    status: str = ReviewStatus.VERIFIED
    reason: str = ""


def type_of(model: type[models.Model]) -> str | None:
    for name, item_model in MODELS.items():
        if issubclass(model, item_model):
            return name
    return None


def event_for(item: Quote | Claim, was_public: bool) -> Event | None:
    """The event a save of `item` makes, given whether it was public before; None when the
    public never saw it and still does not."""
    kind = type_of(type(item))
    assert kind is not None and item.pk is not None
    if item.status == ReviewStatus.VERIFIED:
        action = Action.UPDATED if was_public else Action.PUBLISHED
        return Event(kind, item.pk, action)
    if not was_public:
        return None
    reason = item.status_reason or f"Now {ReviewStatus(item.status).label.lower()}."
    return Event(kind, item.pk, Action.WITHDRAWN, item.status, reason)


def record(events: Iterable[Event]) -> list[Change]:
    """Log these events under the next sequence numbers, in the caller's transaction; an item's
    earlier row gives way to its new one. Active webhooks get a delivery of each."""
    latest = {(e.type, e.item_id): e for e in events}  # an item changed twice here: the last
    if not latest:
        return []
    with transaction.atomic():
        state = _locked_state()
        first = state.last_seq + 1
        FeedState.objects.filter(pk=state.pk).update(last_seq=state.last_seq + len(latest))
        now = timezone.now()
        rows = [
            Change(
                seq=first + n,
                type=e.type,
                item_id=e.item_id,
                action=e.action,
                at=now,
                status=e.status,
                reason=e.reason,
            )
            for n, e in enumerate(latest.values())
        ]
        Change.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["type", "item_id"],
            update_fields=["seq", "action", "at", "status", "reason"],
        )
        outbox.enqueue(rows)
    return rows


def _locked_state() -> FeedState:
    """The FeedState row, locked until the transaction ends (made if missing: a flushed test
    database has none)."""
    try:
        return FeedState.objects.select_for_update().get(pk=1)
    except FeedState.DoesNotExist:
        FeedState.objects.bulk_create([FeedState(pk=1)], ignore_conflicts=True)
        return FeedState.objects.select_for_update().get(pk=1)


def updated_if_public(kind: str, which: Q | Iterable[int | None]) -> list[Change]:
    """Record an update of each item of this type that `which` (a condition, or ids) selects and
    that is public now: its appearances, evidence, speaker or source changed. One query."""
    if not isinstance(which, Q):
        ids = {pk for pk in which if pk is not None}
        if not ids:
            return []
        which = Q(pk__in=ids)
    public = MODELS[kind].objects.verified().filter(which).values_list("pk", flat=True)
    return record(Event(kind, pk, Action.UPDATED) for pk in sorted(set(public)))


def state() -> FeedState:
    return FeedState.objects.filter(pk=1).first() or FeedState(pk=1)


# --- reading ------------------------------------------------------------------------------


def public_forms(rows: Iterable[Change], request: Any) -> dict[tuple[str, int], dict[str, Any]]:
    """The current public form of each published or updated item among `rows`, by (type, id),
    as its detail endpoint shows it; an item no longer public is left out. Built as the lists
    build theirs (`claims.api.lean`): per type, one query for the items and one per nested
    list."""
    wanted: dict[str, list[int]] = {}
    for row in rows:
        if row.action != Action.WITHDRAWN:
            wanted.setdefault(row.type, []).append(row.item_id)
    forms: dict[tuple[str, int], dict[str, Any]] = {}
    for kind, ids in wanted.items():
        for item in PUBLIC_FORMS[kind](PUBLIC_ROWS[kind].rows(ids), request):
            forms[(kind, item["id"])] = item
    return forms


def entry(row: Change, forms: dict[tuple[str, int], dict[str, Any]]) -> dict[str, Any] | None:
    """One change as the feed and the webhooks show it; None for a published or updated item
    that is no longer public (its withdrawal committed later, under a higher cursor)."""
    data: dict[str, Any] = {
        "cursor": str(row.seq),
        "type": row.type,
        "id": row.item_id,
        "action": row.action,
        "at": row.at,
    }
    if row.action == Action.WITHDRAWN:
        data["status"] = row.status
        data["reason"] = row.reason
        return data
    item = forms.get((row.type, row.item_id))
    if item is None:
        return None
    data["item"] = item
    return data


@dataclass
class Page:
    entries: list[dict[str, Any]]
    next: int
    more: bool


def read(since: int, limit: int, request: Any) -> Page:
    """Up to `limit` changes after cursor `since`, in commit order, and the cursor to go on
    from."""
    rows = list(Change.objects.after(since)[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    forms = public_forms(rows, request)
    entries = [e for e in (entry(row, forms) for row in rows) if e is not None]
    return Page(entries, rows[-1].seq if rows else since, more)


def prune(older_than_days: int) -> int:
    """Delete changes older than this many days; a cursor below the newest one deleted then
    answers 410 (full re-sync). Returns how many were deleted."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    with transaction.atomic():
        state = _locked_state()
        old = Change.objects.older_than(cutoff)
        newest = old.aggregate(newest=models.Max("seq"))["newest"]
        if newest is None:
            return 0
        deleted, _ = Change.objects.filter(seq__lte=newest).delete()
        FeedState.objects.filter(pk=state.pk).update(
            pruned_through=max(state.pruned_through, newest)
        )
    return deleted
