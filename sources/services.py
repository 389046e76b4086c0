"""Ingesting a document: one transaction for the source and everything derived from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction

from sources.ingest import Document
from sources.models import Outlet, Source
from sources.signals import source_ingested


@dataclass
class IngestResult:
    source: Source
    created: bool
    counts: dict[str, int] = field(default_factory=dict)
    # What could not be stored as extracted (a number too large for its field, say): the rest
    # of the document went in, and these say what to check by hand.
    warnings: list[str] = field(default_factory=list)


def ingest_document(
    document: Document,
    *,
    outlet: Outlet | None = None,
    overrides: dict[str, Any] | None = None,
    by: Any = None,
    source: Source | None = None,
) -> IngestResult:
    """Store a document as a Source unless its text is already stored; idempotent.

    What the document says of itself (title, date, author, outlet, url) fills what `overrides`
    and `outlet` leave empty; an outlet named only by the document is matched by name or
    created. `source` is an unsaved Source to store (the admin's add form), whose filled fields
    win too. The `source_ingested` receivers (the claims app's extraction) run inside the same
    transaction, so a failure leaves nothing half-written.
    """
    existing = Source.objects.with_text(document.text).first()
    if existing is not None:
        return IngestResult(existing, created=False)
    values: dict[str, Any] = {
        "title": document.title,
        "published_on": document.published_on,
        "author": document.author,
        "url": document.url,
        "origin": document.origin[:500],
    }
    values.update({k: v for k, v in (overrides or {}).items() if v not in (None, "")})
    given = source is not None
    source = source if source is not None else Source()
    try:
        with transaction.atomic():
            if outlet is None and source.outlet_id is None and document.outlet:
                # A site name the page gives ("The Daily Example"), as an outlet.
                outlet, _ = Outlet.objects.get_or_create(
                    name__iexact=document.outlet, defaults={"name": document.outlet}
                )
            source.text = document.text
            for name, value in values.items():
                if not given or getattr(source, name) in (None, ""):
                    setattr(source, name, value)
            if outlet is not None and source.outlet_id is None:
                source.outlet = outlet
            if source.ingested_by_id is None:
                source.ingested_by = _user_or_none(by)
            source.full_clean()
            source.save()
            counts: dict[str, int] = {}
            warnings: list[str] = []
            for _receiver, response in source_ingested.send(sender=Source, source=source, by=by):
                if isinstance(response, dict):
                    warnings += response.pop("warnings", [])
                    counts.update(response)
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        existing = Source.objects.with_text(document.text).first()
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    return IngestResult(source, created=True, counts=counts, warnings=warnings)


def _user_or_none(by: Any) -> Any:
    """The user who ingests, when there is one (an anonymous request or a script has none)."""
    return by if getattr(by, "is_authenticated", False) and getattr(by, "pk", None) else None
