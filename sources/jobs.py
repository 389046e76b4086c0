"""Ingest on background workers: a document becomes an IngestJob, which a worker ingests.

FACTDB_TASKS=inline (the default, and the only choice on SQLite) ingests in the caller, at once.
FACTDB_TASKS=queue (PostgreSQL) hands each job to procrastinate, a task queue kept in PostgreSQL
itself (no broker to run): `manage.py procrastinate worker` processes, on any number of machines,
take jobs from the `ingest` queue. A job's text waits in its row, not in the queue's arguments.
"""

from __future__ import annotations

import datetime
import time
from dataclasses import replace
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from sources.ingest import Document, IngestError, parse_text
from sources.models import IngestJob, Outlet
from sources.services import ingest_document

QUEUE = "ingest"
METADATA_KEYS = ("title", "url", "published_on", "kind", "language", "author")


def queued() -> bool:
    """Whether documents go to background workers (FACTDB_TASKS=queue)."""
    return settings.FACTDB_TASKS == "queue"


def submit(
    document: Document,
    *,
    outlet: Outlet | None = None,
    overrides: dict[str, Any] | None = None,
    by: Any = None,
) -> IngestJob:
    """Record `document` as a job and hand it to a worker (the queue row is written in the same
    transaction as the job, so a worker never sees one without the other)."""
    # What the document says of itself (a web page's title, date, author, outlet) travels with
    # it; the worker parses only the text again.
    found = {k: getattr(document, k) for k in ("title", "url", "published_on", "author")}
    given = {k: v for k, v in (overrides or {}).items() if k in METADATA_KEYS and v}
    metadata = {**{k: v for k, v in found.items() if v}, **given}
    if isinstance(metadata.get("published_on"), datetime.date):
        metadata["published_on"] = metadata["published_on"].isoformat()
    if outlet is not None:
        metadata["outlet_id"] = outlet.pk
    elif document.outlet:
        metadata["outlet_name"] = document.outlet
    with transaction.atomic():
        job = IngestJob.objects.create(
            text=document.text,
            metadata=metadata,
            origin=document.origin[:500],
            size=len(document.text.encode("utf-8")),
            requested_by=by if getattr(by, "is_authenticated", False) else None,
        )
        from sources.tasks import ingest  # procrastinate is installed on PostgreSQL only

        ingest.defer(job_id=job.pk)
    return job


def wait_for(jobs: list[IngestJob], progress: Any = None, poll: float = 0.5) -> list[IngestJob]:
    """Block until every job is done or failed; the jobs as they ended, in the order given."""
    ids = [job.pk for job in jobs]
    finished = 0
    while True:
        pending = IngestJob.objects.filter(pk__in=ids).pending().count()
        if progress is not None and len(ids) - pending > finished:
            progress.step(len(ids) - pending - finished)
        finished = len(ids) - pending
        if not pending:
            break
        time.sleep(poll)
    if progress is not None:
        progress.close()
    ended = IngestJob.objects.defer("text").in_bulk(ids)
    return [ended[pk] for pk in ids]


def run(job_id: int) -> IngestJob:
    """Ingest one job's document. A document that cannot be ingested fails the job with the
    reason (nothing of it is written); anything else is raised for the queue to retry."""
    with transaction.atomic():
        job = IngestJob.objects.select_for_update().get(pk=job_id)
        if job.status in (IngestJob.Status.DONE, IngestJob.Status.FAILED):
            return job
        IngestJob.objects.filter(pk=job.pk).update(
            status=IngestJob.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
        )
    metadata = dict(job.metadata)
    outlet = Outlet.objects.filter(pk=metadata.pop("outlet_id", None)).first()
    outlet_name = metadata.pop("outlet_name", "")
    if "published_on" in metadata:
        metadata["published_on"] = datetime.date.fromisoformat(metadata["published_on"])
    try:
        document = replace(parse_text(job.text, job.origin), outlet=outlet_name)
        result = ingest_document(document, outlet=outlet, overrides=metadata, by=job.requested_by)
    except IngestError as exc:
        return _finish(job, IngestJob.Status.FAILED, error=exc.reason)
    except ValidationError as exc:
        problems = (
            "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
            if hasattr(exc, "error_dict")
            else " ".join(exc.messages)
        )
        return _finish(job, IngestJob.Status.FAILED, error=problems)
    return _finish(
        job,
        IngestJob.Status.DONE,
        source=result.source,
        created_source=result.created,
        counts=result.counts,
        text="",
    )


def _finish(job: IngestJob, status: str, **fields: Any) -> IngestJob:
    fields.update(status=status, finished_at=timezone.now())
    IngestJob.objects.filter(pk=job.pk).update(**fields)
    job.refresh_from_db()
    return job
