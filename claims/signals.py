from typing import Any

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from claims import locking
from claims.models import Appearance, Speaker
from sources.models import Outlet, Source
from sources.signals import source_ingested


@receiver(source_ingested, dispatch_uid="claims.store_candidates")
def store_extracted_candidates(sender: type, source: Source, **kwargs: Any) -> dict[str, int]:
    from claims.services import store_candidates  # the extractor loads on first ingest only

    return store_candidates(source, **kwargs)


@receiver(post_save, sender=Source, dispatch_uid="claims.mark_orphans")
def mark_orphaned_appearances(sender: type, instance: Source, created: bool, **kwargs: Any) -> None:
    """An edited text may no longer hold an appearance's wording: flag it, never move it."""
    if not created:
        Appearance.objects.mark_orphans(instance)


@receiver(pre_save, sender=Speaker, dispatch_uid="claims.shown_is_locked")
@receiver(pre_save, sender=Source, dispatch_uid="claims.shown_is_locked")
@receiver(pre_save, sender=Outlet, dispatch_uid="claims.shown_is_locked")
def refuse_shown_change(sender: type, instance: Any, **kwargs: Any) -> None:
    """What a verified item shows of its speaker, source or outlet changes only through an
    approved correction (claims.locking; the PostgreSQL triggers of migration 0013 too)."""
    locking.refuse_shown_change(instance, kwargs.get("update_fields"))
