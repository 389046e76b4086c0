"""Where what the public sees of a quote or claim changes, a change is recorded.

Every path that changes it ends in one of these signals: a review transition or an edit (the
item's save, from the admin, the API or a model method), an appearance or evidence added, edited
or removed, a speaker, source or outlet renamed, an ingest that found an item again (its
appearances are bulk-inserted, without signals: `source_ingested` covers them) and a confirmed
merge (which moves appearances and evidence with `update()`). Each receiver runs inside the
transaction of the change it records.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from claims.locking import shown_fields
from claims.models import Appearance, Claim, ClaimMatch, Evidence, Quote, ReviewStatus, Speaker
from sources.models import Outlet, Source
from sources.signals import source_ingested
from sync import changes
from sync.models import ItemType

# What the public forms show of each related record: a change elsewhere in them changes no item.
SHOWN: dict[type[Model], tuple[str, ...]] = {
    model: shown_fields(model) for model in (Speaker, Source, Outlet)
}


# --- quotes and claims themselves ------------------------------------------------------------


@receiver(pre_save, sender=Quote, dispatch_uid="sync.item_before")
@receiver(pre_save, sender=Claim, dispatch_uid="sync.item_before")
def remember_whether_public(sender: type[Model], instance: Quote | Claim, **kwargs: Any) -> None:
    """Whether the stored row was public before this save: one query (the save has already
    locked the row, raising its version)."""
    instance._sync_was_public = not instance._state.adding and (  # type: ignore[union-attr]
        sender._default_manager.filter(pk=instance.pk, status=ReviewStatus.VERIFIED).exists()
    )


@receiver(post_save, sender=Quote, dispatch_uid="sync.item_saved")
@receiver(post_save, sender=Claim, dispatch_uid="sync.item_saved")
def record_item_change(sender: type[Model], instance: Quote | Claim, **kwargs: Any) -> None:
    was_public = getattr(instance, "_sync_was_public", False)
    event = changes.event_for(instance, was_public)
    if event is not None:
        changes.record([event])


# --- what their public forms include ---------------------------------------------------------


def _targets(row: Appearance | Evidence) -> list[tuple[str, int | None]]:
    return [(ItemType.QUOTE, row.quote_id), (ItemType.CLAIM, row.claim_id)]


@receiver(pre_save, sender=Appearance, dispatch_uid="sync.linked_before")
@receiver(pre_save, sender=Evidence, dispatch_uid="sync.linked_before")
def remember_target(sender: type[Model], instance: Appearance | Evidence, **kwargs: Any) -> None:
    """The item it belonged to before this save: moved to another, both items changed."""
    before = None
    if not instance._state.adding:
        before = sender._default_manager.filter(pk=instance.pk).first()
    instance._sync_before = _targets(before) if before else []  # type: ignore[union-attr,arg-type]


@receiver(post_save, sender=Appearance, dispatch_uid="sync.linked_saved")
@receiver(post_save, sender=Evidence, dispatch_uid="sync.linked_saved")
@receiver(post_delete, sender=Appearance, dispatch_uid="sync.linked_deleted")
@receiver(post_delete, sender=Evidence, dispatch_uid="sync.linked_deleted")
def record_linked_change(sender: type[Model], instance: Appearance | Evidence, **kw: Any) -> None:
    targets = [*getattr(instance, "_sync_before", []), *_targets(instance)]
    for kind in (ItemType.QUOTE, ItemType.CLAIM):
        changes.updated_if_public(kind, {pk for k, pk in targets if k == kind})


@receiver(pre_save, sender=Speaker, dispatch_uid="sync.shown_before")
@receiver(pre_save, sender=Source, dispatch_uid="sync.shown_before")
@receiver(pre_save, sender=Outlet, dispatch_uid="sync.shown_before")
def remember_shown_fields(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    fields = SHOWN[sender]
    before = None
    if not instance._state.adding:
        before = sender._default_manager.filter(pk=instance.pk).values_list(*fields).first()
    instance._sync_shown = before  # type: ignore[attr-defined]


@receiver(post_save, sender=Speaker, dispatch_uid="sync.shown_saved")
@receiver(post_save, sender=Source, dispatch_uid="sync.shown_saved")
@receiver(post_save, sender=Outlet, dispatch_uid="sync.shown_saved")
def record_shown_change(sender: type[Model], instance: Model, created: bool, **kw: Any) -> None:
    """A speaker, source or outlet whose shown fields changed changes every public item that
    shows it: one query per item type to find them."""
    before = getattr(instance, "_sync_shown", None)
    if created or before is None:
        return
    if tuple(getattr(instance, f) for f in SHOWN[sender]) == tuple(before):
        return
    if sender is Speaker:
        quotes, claims = Q(speaker=instance), Q(claimant=instance)
    else:
        path = "source" if sender is Source else "source__outlet"
        quotes = claims = Q(**{f"appearances__{path}": instance}) | Q(
            **{f"evidence__{path}": instance}
        )
    changes.updated_if_public(ItemType.QUOTE, quotes)
    changes.updated_if_public(ItemType.CLAIM, claims)


@receiver(source_ingested, dispatch_uid="sync.ingested")
def record_items_found_again(sender: type, source: Source, **kwargs: Any) -> None:
    """Public items the ingest gave a new appearance (after the claims app's receiver stored
    them: it connected first)."""
    for kind in (ItemType.QUOTE, ItemType.CLAIM):
        changes.updated_if_public(kind, Q(appearances__source=source))


@receiver(post_save, sender=ClaimMatch, dispatch_uid="sync.merged")
def record_merge(sender: type, instance: ClaimMatch, created: bool, **kwargs: Any) -> None:
    """A confirmed merge moved the candidate's appearances and evidence to the claim: both
    changed (a candidate that was not public was rejected by its own save)."""
    if not created and instance.status == ClaimMatch.Status.CONFIRMED:
        changes.updated_if_public(ItemType.CLAIM, [instance.claim_id, instance.candidate_id])
