from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from claims.models import Appearance
from sources.models import Source
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
