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

What a published item shows of the records it points to (its speaker's name, its sources' titles
and outlets: `SHOWN_FIELDS`) is locked the same way while it shows them; those change through a
`Correction` that a second reviewer approves (migration 0013 adds the triggers).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q

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


# --- speakers, sources and outlets that published items show --------------------------------

# What the public forms show of the records an item points to (SpeakerBriefSerializer,
# SourceBriefSerializer, OutletBriefSerializer and their lean twins). While a verified or
# retracted item shows a record, these change only through an approved `Correction`.
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "speaker": ("name", "kind", "wikidata_id"),
    "source": ("title", "url", "outlet_id", "published_on"),
    "outlet": ("name",),
}

# The records a correction being applied may change, as (model name, pk): set only by
# `Correction.approve`, for the length of its transaction.
_applying: ContextVar[frozenset[tuple[str, int]]] = ContextVar("applying", default=frozenset())


def shown_fields(model: Any) -> tuple[str, ...]:
    """The columns (attnames: `outlet_id`) of `model` that published items show."""
    return SHOWN_FIELDS[model._meta.model_name]


def shown_field_names(model: Any) -> list[str]:
    """The same as field names (`outlet`), as forms and messages name them."""
    return [model._meta.get_field(column).name for column in shown_fields(model)]


def published_showing(record: Any) -> Any:
    """The published (verified or retracted) quotes and claims that show `record`, a speaker,
    source or outlet, as two querysets' union of ids; empty for any other record."""
    from claims.models import Claim, Quote

    name = record._meta.model_name
    if name == "speaker":
        quotes, claims = Q(speaker=record.pk), Q(claimant=record.pk)
    else:
        path = "source" if name == "source" else "source__outlet"
        quotes = claims = Q(**{f"appearances__{path}": record.pk}) | Q(
            **{f"evidence__{path}": record.pk}
        )
    return (
        Quote.objects.filter(quotes, status__in=LOCKED_STATUSES),
        Claim.objects.filter(claims, status__in=LOCKED_STATUSES),
    )


def is_shown_by_published(record: Any) -> bool:
    """Whether a verified or retracted item shows `record` (two indexed EXISTS queries)."""
    if record.pk is None or record._meta.model_name not in SHOWN_FIELDS:
        return False
    return any(queryset.exists() for queryset in published_showing(record))


class ShownLocked(PermissionDenied):
    """A change to what published items show of a speaker, source or outlet, made directly."""

    def __init__(self, record: Any, changed: list[str]) -> None:
        self.record = record
        label = record._meta.verbose_name
        super().__init__(
            f"{str(label).capitalize()} #{record.pk} is shown by verified items: its "
            f"{', '.join(changed)} cannot change directly. Propose a correction (Corrections in "
            "the admin); another reviewer approves it."
        )


def refuse_shown_change(record: Any, update_fields: Any = None) -> None:
    """Raise ShownLocked if saving `record` would change a shown field while a published item
    shows it, unless an approved correction of this record is being applied."""
    if record._state.adding or record.pk is None:
        return
    name = record._meta.model_name
    if (name, record.pk) in _applying.get():
        return
    model = type(record)
    fields = shown_fields(model)
    if update_fields is not None:
        saved = {model._meta.get_field(f).attname for f in update_fields}
        fields = tuple(f for f in fields if f in saved)
    if not fields:
        return
    stored = model._default_manager.filter(pk=record.pk).values(*fields).first()
    if stored is None:
        return
    changed = [model._meta.get_field(f).name for f in fields if stored[f] != getattr(record, f)]
    if changed and is_shown_by_published(record):
        raise ShownLocked(record, changed)


@contextmanager
def applying_correction(record: Any) -> Iterator[None]:
    """Let `record`'s shown fields change for the block (an approved correction), in Python and,
    on PostgreSQL, for the database's triggers (a setting local to the transaction)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('factdb.correction', 'on', true)")
    token = _applying.set(_applying.get() | {(record._meta.model_name, record.pk)})
    try:
        yield
    finally:
        _applying.reset(token)
        if connection.vendor == "postgresql" and connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('factdb.correction', '', true)")
