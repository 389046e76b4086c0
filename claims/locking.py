"""Published means locked: what a client can read of a verified or retracted item changes only
through review.

A verified or retracted quote's or claim's published content (its words, speaker or claimant,
numbers and verdict, its appearances and its evidence) is read-only on every path: the admin's
forms and inlines, the appearance and evidence pages, claim-match merges, bulk actions, history
reverts and ingest. To change it a reviewer reopens the item (`Reviewable.reopen`: back to
`in_review`, out of the API, with a reason in its history), and a different reviewer verifies it
again (the reopener counts as a hand that shaped it: see `claims.authorship`).

The rule is kept here, where `Reviewable.save`, `Appearance`, `Evidence` and their querysets call
it; on PostgreSQL, triggers (migration 0007_locked_published_triggers) refuse the same changes
made by a queryset update or in SQL.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

# What a client reads of each item: never changed while the item is verified or retracted.
LOCKED_FIELDS: dict[str, tuple[str, ...]] = {
    "quote": ("text", "speaker_id", "said_on", "partial", "via"),
    "claim": (
        "statement",
        "claimant_id",
        "value",
        "lower",
        "upper",
        "lower_inclusive",
        "upper_inclusive",
        "unit",
        "noun",
        "kind",
        "change",
        "difference",
        "qualifier",
        "vague",
        "total",
        "measure",
        "as_of",
        "verdict",
        "verdict_explanation",
    ),
}
LOCKED_STATUSES = ("verified", "retracted")


class Locked(PermissionDenied):
    """A change to what is published as verified (or retracted): reopen the item first."""

    def __init__(self, item: Any, what: str) -> None:
        self.item = item
        label = item._meta.verbose_name
        status = "verified" if item.status == "verified" else "retracted"
        super().__init__(
            f"{str(label).capitalize()} #{item.pk} is {status}: {what} cannot change while it "
            f"is published. A reviewer reopens the {label} (with a reason) to change it; "
            "another reviewer then verifies it again."
        )


def is_locked(item: Any) -> bool:
    """Whether `item` (a quote or claim as last read) is verified or retracted."""
    return item is not None and item.status in LOCKED_STATUSES


def locked_fields(model: Any) -> tuple[str, ...]:
    return LOCKED_FIELDS[model._meta.model_name]


def locked_form_fields(model: Any) -> list[str]:
    """The locked fields by their form names (`speaker`, not `speaker_id`)."""
    return [name.removesuffix("_id") for name in locked_fields(model)]


def refuse_published_change(item: Any, update_fields: Any = None) -> None:
    """Raise Locked if saving `item` would change a locked field of a verified or retracted row.

    Compares with the row as stored (one query); called inside the save's transaction after
    the version bump, which holds the row's lock on PostgreSQL, so no save slips in between."""
    fields = locked_fields(type(item))
    if update_fields is not None:
        saved = {f.removesuffix("_id") for f in update_fields}
        fields = tuple(f for f in fields if f.removesuffix("_id") in saved)
    stored = type(item)._default_manager.filter(pk=item.pk).values("status", *fields).first()
    if stored is None or stored["status"] not in LOCKED_STATUSES:
        return
    changed = [f.removesuffix("_id") for f in fields if stored[f] != getattr(item, f)]
    if changed:
        current = type(item)(pk=item.pk, status=stored["status"])
        raise Locked(current, "its " + ", ".join(changed))


# --- appearances and evidence ---------------------------------------------------------------


def locked_target(row: Any) -> Any:
    """The verified or retracted quote or claim `row` (an appearance or evidence) belongs to,
    as stored now; None when it belongs to one still open to change."""
    from claims.models import Claim, Quote

    for model, pk in ((Quote, row.quote_id), (Claim, row.claim_id)):
        if pk is None:
            continue
        item = model._default_manager.filter(pk=pk).only("status").first()
        if is_locked(item):
            return item
    return None


def refuse_linked_change(row: Any, what: str) -> None:
    """Raise Locked if adding, changing or removing `row` (an appearance or evidence) would
    change a verified or retracted item: the one it belongs to now, or belonged to as stored."""
    item = locked_target(row)
    if item is None and row.pk is not None:
        stored = type(row)._default_manager.filter(pk=row.pk).first()
        if stored is not None:
            item = locked_target(stored)
    if item is not None:
        raise Locked(item, f"its {what}")


def refuse_linked_rows(queryset: Any, what: str, new_targets: dict[str, Any] | None = None) -> None:
    """Raise Locked if a bulk update or delete of appearances or evidence touches a verified or
    retracted item (two queries)."""
    from claims.models import Claim, Quote

    new_targets = new_targets or {}
    quote_ids = {pk for pk in queryset.values_list("quote_id", flat=True) if pk}
    claim_ids = {pk for pk in queryset.values_list("claim_id", flat=True) if pk}
    for name, ids in (("quote", quote_ids), ("claim", claim_ids)):
        target = new_targets.get(name, new_targets.get(f"{name}_id"))
        if target is not None:
            ids.add(getattr(target, "pk", target))
    for model, ids in ((Quote, quote_ids), (Claim, claim_ids)):
        item = model._default_manager.filter(pk__in=ids, status__in=LOCKED_STATUSES).first()
        if item is not None:
            raise Locked(item, f"its {what}")
