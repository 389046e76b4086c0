import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.lookups import Exact
from django.utils import timezone
from simple_history.models import HistoricalRecords

from sources.ingest import DATE_HEADER


def text_sha256(text: str) -> str:
    """The identity of a source's text: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Outlet(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", "Newspaper"
        BROADCASTER = "broadcaster", "Broadcaster"
        WIRE_AGENCY = "wire_agency", "Wire agency"
        ONLINE = "online", "Online publication"
        GOVERNMENT = "government", "Government body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True, help_text="As the outlet names itself.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = models.URLField(blank=True, help_text="Home page.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SourceQuerySet(models.QuerySet["Source"]):
    def for_outlet(self, outlet: Outlet) -> "SourceQuerySet":
        """Sources published by this outlet."""
        return self.filter(outlet=outlet)

    def with_text(self, text: str) -> "SourceQuerySet":
        """The source holding exactly this text (at most one: sha256 is unique)."""
        return self.filter(sha256=text_sha256(text))

    def undated(self) -> "SourceQuerySet":
        """Sources whose publication date an editor still has to fill in."""
        return self.filter(published_on__isnull=True)

    def languages(self) -> list[str]:
        """The languages sources are in, in order: one index lookup per language (a recursive
        query skipping from each to the next), not a scan of every source (80 ms at 100,000)."""
        table = connections[self.db].ops.quote_name(Source._meta.db_table)
        with connections[self.db].cursor() as cursor:
            cursor.execute(
                f"WITH RECURSIVE lang(code) AS (SELECT MIN(language) FROM {table} UNION ALL "
                f"SELECT (SELECT MIN(language) FROM {table} WHERE language > lang.code) "
                "FROM lang WHERE lang.code IS NOT NULL) "
                "SELECT code FROM lang WHERE code IS NOT NULL"
            )
            return [code for (code,) in cursor.fetchall()]


class TextChanged(ValidationError):
    """A stored source's text is fixed: quotes, claims and evidence point into it by offset."""

    message = (
        "A source's text never changes after ingest: quotes, claims and evidence point into it "
        "by character offset. Ingest the corrected text as a new source instead."
    )

    def __init__(self, source: "Source") -> None:
        super().__init__({"text": f"Source #{source.pk}: {self.message}"})


class Source(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        INTERVIEW = "interview", "Interview"
        STATEMENT = "statement", "Statement"
        REPORT = "report", "Report"
        VIDEO = "video", "Video (transcript)"
        SOCIAL_POST = "social_post", "Social media post"

    title = models.CharField(max_length=300, blank=True)
    author = models.CharField(
        max_length=300, blank=True, help_text="Who wrote it, as the page says (byline)."
    )
    url = models.URLField(max_length=500, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="sources"
    )
    published_on = models.DateField(
        null=True, blank=True, help_text="Leave empty when the source does not say."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    language = models.CharField(max_length=16, default="en", help_text="BCP 47 tag, e.g. en, ru.")
    text = models.TextField(
        help_text="The full text exactly as ingested; quotes and claims point into it by offset."
    )
    sha256 = models.CharField(max_length=64, editable=False, db_index=False)
    origin = models.CharField(
        max_length=500, blank=True, help_text="Where the text came from, e.g. the ingested file."
    )
    ingested_at = models.DateTimeField(default=timezone.now, editable=False)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        help_text="Who ingested it (the command's --by or OS user, the API token's user); "
        "empty when nobody is known. They may not verify what was extracted from it.",
    )

    objects = SourceQuerySet.as_manager()
    # The text is fixed at ingest (see `save`): history rows need not repeat up to 5 MB each.
    history = HistoricalRecords(excluded_fields=["text"], no_db_index=["outlet", "ingested_by"])

    class Meta:
        ordering = [F("published_on").desc(nulls_last=True), "title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["sha256"],
                name="source_one_per_text_sha256",
                violation_error_message="This exact text is already stored as another source.",
            ),
            models.CheckConstraint(
                condition=Exact(Length("sha256"), 64), name="source_sha256_is_64_chars"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="source_text_not_empty"),
        ]
        # PostgreSQL also has `source_list_order`, on this ordering (migration 0007).
        indexes = [
            models.Index(fields=["published_on"], name="source_published_on_idx"),
            models.Index(fields=["language"], name="source_language_idx"),  # `languages()`
        ]

    def __str__(self) -> str:
        label = self.title or self.opening_words()
        return f"{label} ({self.published_on})" if self.published_on else label

    def save(self, *args, **kwargs) -> None:
        self.sha256 = text_sha256(self.text)
        if not self._state.adding and self.pk is not None:
            # Appearances and evidence point into the text by offset: it never changes.
            stored = Source.objects.filter(pk=self.pk).values_list("sha256", flat=True).first()
            if stored is not None and stored != self.sha256:
                raise TextChanged(self)
        if kwargs.get("update_fields") is not None and "text" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sha256"}
        super().save(*args, **kwargs)

    def opening_words(self, length: int = 60) -> str:
        """The start of the body, after any date header: a label for an untitled source."""
        header = DATE_HEADER.match(self.text)
        body = " ".join(self.text[header.end() if header else 0 :][: length * 2].split())
        return body if len(body) <= length else body[: length - 1].rstrip() + "…"

    def clean(self) -> None:
        self.sha256 = text_sha256(self.text)
        if not self._state.adding and self.pk is not None:
            stored = Source.objects.filter(pk=self.pk).values_list("sha256", flat=True).first()
            if stored is not None and stored != self.sha256:
                raise ValidationError({"text": TextChanged.message})

    def excerpt(self, start: int, end: int, context: int = 80) -> tuple[str, str, str]:
        """The text before, at and after [start:end], with up to `context` characters each side."""
        return (
            self.text[max(0, start - context) : start],
            self.text[start:end],
            self.text[end : end + context],
        )


class IngestJobQuerySet(models.QuerySet["IngestJob"]):
    def pending(self) -> "IngestJobQuerySet":
        """Jobs a worker has not finished: queued or running."""
        return self.filter(status__in=[IngestJob.Status.QUEUED, IngestJob.Status.RUNNING])


class IngestJob(models.Model):
    """A document waiting for, or ingested by, a background worker (FACTDB_TASKS=queue).

    The text waits here, not in the task queue's arguments, and is emptied once it is stored as
    a Source; `source` then points at it. `sources.jobs` queues and runs jobs.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    text = models.TextField(blank=True, help_text="The document; emptied once ingested.")
    metadata = models.JSONField(
        default=dict, blank=True, help_text="title, url, published_on, kind, language, outlet."
    )
    origin = models.CharField(max_length=500, blank=True)
    size = models.PositiveBigIntegerField(default=0, help_text="The text's size in UTF-8 bytes.")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="ingest_jobs"
    )
    created_source = models.BooleanField(
        null=True, help_text="True for a new source; False when the text was already stored."
    )
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = IngestJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="done") | Q(source__isnull=False),
                name="ingest_job_done_has_source",
            ),
            models.CheckConstraint(
                condition=~Q(status="failed") | ~Q(error=""), name="ingest_job_failure_has_error"
            ),
        ]

    def __str__(self) -> str:
        return f"Ingest job {self.pk} ({self.get_status_display().lower()}): {self.origin}"
