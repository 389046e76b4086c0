"""Speakers, quotes, claims, where they appeared, the evidence that bears on them, and review.

The four things DOMAIN.md keeps apart live in separate models: what was said (`Quote`, `Claim`),
where it appeared (`Appearance`), what bears on it (`Evidence`) and what reviewers concluded (the
review fields every `Reviewable` carries).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import RegexValidator
from django.db import connections, models, transaction
from django.db.models import Exists, F, OuterRef, Q, Subquery, Value, Window
from django.db.models.functions import Coalesce, Left, Lower, RowNumber, StrIndex
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from claims import locking
from factdb.search import SEARCH_CONFIG, StoredSearchVector
from sources.models import Source

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractUser, AnonymousUser

    User = AbstractUser | AnonymousUser


# --- vocabulary ---------------------------------------------------------------------------


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"
    RETRACTED = "retracted", "Retracted"


class Verdict(models.TextChoices):
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"

    @property
    def rating(self) -> int | None:
        """schema.org reviewRating.ratingValue: 1 (false) … 5 (true); None for unverifiable."""
        return VERDICT_RATINGS.get(self)


VERDICT_RATINGS = {
    Verdict.FALSE: 1,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.MIXED: 3,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.TRUE: 5,
}
WORST_RATING, BEST_RATING = 1, 5


class Qualifier(models.TextChoices):
    EXACTLY = "exactly", "exactly"
    ABOUT = "about", "about"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    OVER = "over", "over"
    UP_TO = "up_to", "up to"
    LESS_THAN = "less_than", "less than"
    RANGE = "range", "range"
    VAGUE = "vague", "vague"

    @classmethod
    def from_wording(cls, wording: str) -> Qualifier | None:
        """'at least' → AT_LEAST; None for an empty or unknown wording."""
        try:
            return cls(wording.strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            return None


class QuantityKind(models.TextChoices):
    """What sort of number a claim states (the extractor's kinds, claims.extraction.units.KINDS)."""

    COUNT = "count", "count"
    PERCENT = "percent", "percent"
    MONEY = "money", "money"
    MEASURE = "measure", "measure (length, weight, speed…)"
    DURATION = "duration", "duration"
    AGE = "age", "age"
    RANK = "rank", "rank"
    SCORE = "score", "score or tally"
    RATIO = "ratio", "ratio"
    OTHER = "other", "other"


class Change(models.TextChoices):
    """A number that belongs to a movement: 'rose 2.8%', 'fell to 5%'."""

    UP = "up", "up"
    DOWN = "down", "down"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    DISPUTES = "disputes", "Disputes"
    CONTEXT = "context", "Context"


class Attribution(models.TextChoices):
    NAME = "name", "Named in the text"
    ALIAS = "alias", "By a role or alias"
    PRONOUN = "pronoun", "From a pronoun (he/she/they)"
    CONTEXT = "context", "Continues the previous speaker's words"
    EDITOR = "editor", "Set by an editor"


# --- review --------------------------------------------------------------------------------


class StaleEdit(Exception):
    """Someone saved the record after this copy of it was read; saving would lose their change."""

    def __init__(self, record: Reviewable, by: Any, at: Any) -> None:
        self.record, self.by, self.at = record, by, at
        who = by or "someone"
        when = timezone.localtime(at).strftime("%Y-%m-%d %H:%M:%S") if at else "an unknown time"
        super().__init__(
            f"This {record._meta.verbose_name} was changed by {who} at {when} since you opened "
            f"it. Nothing was saved: reload it to see their change, then make yours again."
        )


# Which statuses each status may be reached from.
TRANSITIONS: dict[str, set[str]] = {
    # From verified or retracted only by `reopen`: a reviewer's action, with a reason.
    ReviewStatus.IN_REVIEW: {
        ReviewStatus.UNREVIEWED,
        ReviewStatus.REJECTED,
        ReviewStatus.VERIFIED,
        ReviewStatus.RETRACTED,
    },
    ReviewStatus.VERIFIED: {ReviewStatus.UNREVIEWED, ReviewStatus.IN_REVIEW},
    ReviewStatus.REJECTED: {ReviewStatus.UNREVIEWED, ReviewStatus.IN_REVIEW},
    ReviewStatus.RETRACTED: {ReviewStatus.VERIFIED},
}
# Reaching these takes the model's verify permission (Reviewers); starting a review does not.
REVIEWER_ONLY = {ReviewStatus.VERIFIED, ReviewStatus.REJECTED, ReviewStatus.RETRACTED}
KEPT_FOREVER = (ReviewStatus.VERIFIED, ReviewStatus.RETRACTED)
# The most characters of an item's words that go into the slug of its public page.
SLUG_LENGTH = 80


def words_slug(words: str, fallback: str) -> str:
    """A URL slug of the first words: 'the-taliban-controls-at-least-85'; `fallback` if none."""
    return slugify(words)[:SLUG_LENGTH].rstrip("-") or fallback


# Unreviewed first, then in review, rejected, verified, retracted: the order of the review queue
# and of the admin's lists. Indexed as it stands (Reviewable.Meta.indexes): change both together.
QUEUE_RANK = models.Case(
    models.When(status=ReviewStatus.UNREVIEWED, then=Value(0)),
    models.When(status=ReviewStatus.IN_REVIEW, then=Value(1)),
    models.When(status=ReviewStatus.REJECTED, then=Value(2)),
    models.When(status=ReviewStatus.VERIFIED, then=Value(3)),
    default=Value(4),
    output_field=models.IntegerField(),
)


# Columns of a quote's or claim's historical rows that nothing looks them up by: history is read
# by item (`id`, always indexed), and each of these indexes cost as much as the item's own (at
# 1,000,000 quotes, about a quarter of the history's size).
HISTORY_UNINDEXED = ["status", "reviewed_by", "created_by", "last_edited_by"]

# How many of the newest matches a search ranks (see ReviewQuerySet.search).
RANK_WINDOW = 1000


class RankCutoff(Coalesce):
    """The oldest match a search ranks (the RANK_WINDOW-th newest), or 0 when there are fewer:
    a subquery, unless `ranked_head` found it already and put in its value."""

    def __init__(self, window: Subquery) -> None:
        super().__init__(window, Value(0))


def _with_cutoff(expression: Any, edge: int) -> Any:
    """`expression` with its RankCutoff replaced by the value `edge`."""
    if isinstance(expression, RankCutoff):
        return Value(edge)
    sources = expression.get_source_expressions()
    if not sources:
        return expression
    copy = expression.copy()
    copy.set_source_expressions(
        [None if source is None else _with_cutoff(source, edge) for source in sources]
    )
    return copy


class ReviewQuerySet(models.QuerySet):
    def verified(self) -> ReviewQuerySet:
        """What reviewers confirmed: the only items the public API shows."""
        return self.filter(status=ReviewStatus.VERIFIED)

    def unreviewed(self) -> ReviewQuerySet:
        """Extracted or entered, and nobody has looked yet."""
        return self.filter(status=ReviewStatus.UNREVIEWED)

    def in_review(self) -> ReviewQuerySet:
        return self.filter(status=ReviewStatus.IN_REVIEW)

    def awaiting_review(self) -> ReviewQuerySet:
        """Unreviewed or in review: the reviewers' queue."""
        return self.filter(status__in=[ReviewStatus.UNREVIEWED, ReviewStatus.IN_REVIEW])

    def rejected(self) -> ReviewQuerySet:
        return self.filter(status=ReviewStatus.REJECTED)

    def retracted(self) -> ReviewQuerySet:
        return self.filter(status=ReviewStatus.RETRACTED)

    def with_status(self, status: str) -> ReviewQuerySet:
        return self.filter(status=status)

    def contested(self) -> ReviewQuerySet:
        """Items with both supporting and disputing evidence."""
        # Evidence's foreign keys are named after the models: `quote`, `claim`.
        target = str(self.model._meta.model_name)
        evidence = Evidence.objects.filter(**{target: OuterRef("pk")})
        return self.filter(
            Exists(evidence.filter(stance=Stance.SUPPORTS)),
            Exists(evidence.filter(stance=Stance.DISPUTES)),
        )

    def appearing_in(self, source: Source) -> ReviewQuerySet:
        """Items with at least one appearance in this source."""
        return self.filter(appearances__source=source).distinct()

    def search(self, terms: str, also: Q | None = None) -> ReviewQuerySet:
        """Items matching `terms` (or the condition `also`), best first: PostgreSQL full-text
        search over the stored vector's GIN index (migration 0007), a case-insensitive
        contains-search on SQLite, where every match ranks alike (`search_rank` 0).

        Only the newest RANK_WINDOW matches are ranked; older ones follow, newest first. So a
        common word costs one pass over its newest matches, not a ranking of each of them; read a
        page through `ranked_head`, which spares reading the rest."""
        field = self.model.search_field  # type: ignore[attr-defined]
        terms = terms.strip()
        if not terms:
            return self
        if connections[self.db].vendor != "postgresql":
            words = Q(**{f"{field}__icontains": terms})
            found = self.filter(words | also if also is not None else words)
            if also is None:
                return found
            return found.annotate(search_rank=Value(0.0)).order_by("-search_rank", "-pk")
        query = SearchQuery(terms, config=SEARCH_CONFIG, search_type="websearch")
        words = Q(search_vector=query)
        matching = self.alias(search_vector=StoredSearchVector()).filter(
            words | also if also is not None else words
        )
        window = matching.order_by("-pk").values("pk")[RANK_WINDOW - 1 : RANK_WINDOW]
        ranked = Q(pk__gte=RankCutoff(Subquery(window)))
        rank = models.Case(
            models.When(ranked, then=SearchRank(StoredSearchVector(), query)),
            default=Value(0.0),
            output_field=models.FloatField(),
        )
        return (
            matching.alias(search_rank_unwindowed=SearchRank(StoredSearchVector(), query))
            .annotate(search_rank=rank)
            .order_by("-search_rank", "-pk")
        )

    def ranked_head(self, rows: int, below: float | None = None) -> ReviewQuerySet:
        """This search, best first, narrowed to its first `rows` rows (those ranked lower than
        `below`, a cursor's position, if given), which it lists the same.

        They are among the newest RANK_WINDOW + `rows` matches (the ranked ones, then the newest
        older ones). On PostgreSQL one walk of those matches, newest first, numbers and ranks
        them and picks the rows (a common word at 1,000,000 quotes: one index walk instead of
        two, and no join of every match in the window; README, "Running at scale"). The search
        is then narrowed to those rows, with the window's edge it found put in as a value."""
        if "search_rank" not in self.query.annotations:
            return self
        newest = self.order_by("-pk")
        if connections[self.db].vendor != "postgresql" or "search_rank_unwindowed" not in (
            self.query.annotations
        ):
            return self.filter(pk__in=newest.values("pk")[: RANK_WINDOW + rows])
        head = newest.annotate(
            head_number=Window(RowNumber(), order_by=F("pk").desc()),
            head_rank=F("search_rank_unwindowed"),
        ).values_list("pk", "head_number", "head_rank")[: RANK_WINDOW + rows]
        sql, params = head.query.get_compiler(self.db).as_sql()
        below_sql = "" if below is None else "WHERE score < %s"
        with connections[self.db].cursor() as cursor:
            # The score as the search computes it, as float8 (see claims/api/filters.py).
            cursor.execute(
                f"WITH head (id, n, rank) AS ({sql}) "
                "SELECT id, (SELECT COALESCE(max(id), 0) FROM head WHERE n = %s) FROM ("
                "  SELECT id, (CASE WHEN n <= %s THEN rank ELSE 0 END)::float8 AS score FROM head"
                f") ranked {below_sql} ORDER BY score DESC, id DESC LIMIT %s",
                (
                    *params,
                    RANK_WINDOW,
                    RANK_WINDOW,
                    *(() if below is None else (below,)),
                    rows,
                ),
            )
            first = cursor.fetchall()
        if not first:
            return self.none()
        edge = first[0][1]
        found = self.filter(pk__in=[pk for pk, _ in first])
        # Query.annotations is the ORM's own map; each expression is copied, not changed.
        found.query.annotations = {
            name: _with_cutoff(expression, edge)
            for name, expression in found.query.annotations.items()
        }
        return found

    def delete(self) -> tuple[int, dict[str, int]]:
        kept = self.filter(status__in=KEPT_FOREVER)
        if kept.exists():
            raise PermissionDenied(
                f"{kept.count()} verified or retracted {self.model._meta.verbose_name_plural} "
                "cannot be deleted: retract a verified item with a reason instead."
            )
        return super().delete()


class Reviewable(models.Model):
    """Review status, who reviewed and when, and an edit version for optimistic concurrency.

    Who created, edited and reviewed an item is kept for good: deleting such an account is
    refused (PROTECT); deactivate it instead (`is_active` off), and its name stays on the record.
    """

    status = models.CharField(
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.UNREVIEWED,
        db_index=True,
        editable=False,
        help_text="Changed only through the review actions (verify, reject, retract).",
    )
    status_reason = models.TextField(
        blank=True, editable=False, help_text="Why it was rejected or retracted."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        help_text="Empty for candidates the extractor proposed.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Raised by every save; a stale copy cannot be saved."
    )
    confidence = models.FloatField(
        null=True, blank=True, editable=False, help_text="The extractor's confidence, 0 to 1."
    )

    verify_permission: ClassVar[str]

    class Meta:
        abstract = True
        indexes = [
            # The admin's lists and the queue, newest first within each status: read in index
            # order, a page of a million rows costs what a page of a thousand does.
            models.Index(
                QUEUE_RANK, F("created_at").desc(), F("id").desc(), name="%(class)s_queue_order"
            ),
            # One status (the API's verified lists, the admin's status filter), newest first.
            models.Index(
                F("status"), F("created_at").desc(), F("id").desc(), name="%(class)s_status_newest"
            ),
            # What the API lists, newest first: a ranked search finds the newest verified
            # matches walking this, a fifth of the rows of the whole table.
            models.Index(
                F("id").desc(),
                condition=Q(status=ReviewStatus.VERIFIED),
                name="%(class)s_verified_newest",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=KEPT_FOREVER) | Q(reviewed_at__isnull=False),
                name="%(app_label)s_%(class)s_verified_has_review_time",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[ReviewStatus.REJECTED, ReviewStatus.RETRACTED])
                | ~Q(status_reason=""),
                name="%(app_label)s_%(class)s_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0.0, confidence__lte=1.0),
                name="%(app_label)s_%(class)s_confidence_0_to_1",
            ),
        ]

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Save, refusing with StaleEdit if the row changed since this copy was read."""
        if self.pk is None or self._state.adding:
            if self.pk is not None:  # a row rebuilt from history, say: saved over the stored one
                locking.refuse_published_change(self, kwargs.get("update_fields"))
            super().save(*args, **kwargs)
            return
        model = type(self)
        with transaction.atomic():
            bumped = model._default_manager.filter(pk=self.pk, version=self.version).update(
                version=F("version") + 1
            )
            if not bumped:
                current = model._default_manager.filter(pk=self.pk).first()
                if current is not None:
                    raise StaleEdit(
                        self, current.last_edited_by or current.reviewed_by, current.updated_at
                    )
            self.version += 1
            # Published means locked: the bump above holds the row, so this check stands.
            locking.refuse_published_change(self, kwargs.get("update_fields"))
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version", "updated_at"}
            self._record_creation()
            super().save(*args, **kwargs)

    def _record_creation(self) -> None:
        """Ingest stores quotes and claims without history (a million unchanged rows would each
        be copied once more): an item's creation is recorded when it first changes, as the
        stored row, dated and attributed as it was created, so this change is a difference
        from it. Who ingested it is its first source's `ingested_by`. One query once recorded."""
        model = type(self)
        if model.history.filter(id=self.pk).exists():  # type: ignore[attr-defined]
            return
        stored = model._default_manager.get(pk=self.pk)
        stored.version -= 1  # as it was before this save's bump
        by = stored.created_by_id
        if by is None:
            first = Appearance.objects.filter(**{str(model._meta.model_name): self.pk})
            by = (
                first.order_by("created_at", "id")
                .values_list("source__ingested_by_id", flat=True)
                .first()
            )
        # Named, never left to simple-history, which would name whoever makes this change.
        creator: Any = get_user_model()(pk=by) if by is not None else None
        setattr(stored, "_history_user", creator)  # noqa: B010 - what simple-history reads
        model.history.bulk_history_create(  # type: ignore[attr-defined]
            [stored], default_date=stored.created_at
        )

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        if self.status in KEPT_FOREVER:
            raise PermissionDenied(
                f"A {self.get_status_display().lower()} {self._meta.verbose_name} is never "
                "deleted: retract it with a reason instead."
            )
        return super().delete(*args, **kwargs)

    # -- review transitions ------------------------------------------------------------------

    @property
    def is_public(self) -> bool:
        return self.status == ReviewStatus.VERIFIED

    def can_transition(self, to: str) -> bool:
        return self.status in TRANSITIONS.get(to, set())

    def may_be_verified_by(self, user: User) -> bool:
        """False when the four-eyes rule stops this user verifying this item."""
        return not self.why_not_verifier(user)

    def why_not_verifier(self, user: User) -> str:
        """What `user` did to this item that stops them verifying it ('' if nothing): every
        hand counts, read from the history (see `claims.authorship`)."""
        if not getattr(settings, "FACTDB_FOUR_EYES", True):
            return ""
        from claims.authorship import why_not_verifier

        return why_not_verifier(self, user)

    def check_reviewer(self, user: User, to: str) -> None:
        """Raise PermissionDenied unless `user` may move this item to status `to`."""
        label = self._meta.verbose_name
        if not user.is_authenticated or not user.is_active:
            raise PermissionDenied(f"Log in to review this {label}.")
        if to in REVIEWER_ONLY and not user.has_perm(self.verify_permission):
            raise PermissionDenied(
                f"Only reviewers may verify, reject or retract a {label}; you are not a reviewer."
            )
        if (
            to == ReviewStatus.IN_REVIEW
            and self.status in KEPT_FOREVER
            and not user.has_perm(self.verify_permission)
        ):
            raise PermissionDenied(
                f"Only reviewers may reopen a {self.get_status_display().lower()} {label}."
            )
        if to == ReviewStatus.VERIFIED:
            why = self.why_not_verifier(user)
            if why:
                raise PermissionDenied(
                    f"Four-eyes rule: {why}, so another reviewer must verify it."
                )

    def _move_to(self, to: str, by: User, reason: str = "", **changes: Any) -> None:
        label = self._meta.verbose_name
        if to in {ReviewStatus.REJECTED, ReviewStatus.RETRACTED} and not reason.strip():
            raise ValidationError({"status_reason": f"Say why this {label} is {to}."})
        if self.status in KEPT_FOREVER and to == ReviewStatus.IN_REVIEW and not reason.strip():
            raise ValidationError({"status_reason": f"Say why this {label} is reopened."})
        self.check_reviewer(by, to)
        if not self.can_transition(to):
            raise ValidationError(
                f"A {self.get_status_display().lower()} {label} cannot become "
                f"{ReviewStatus(to).label.lower()}."
            )
        self.status = to
        self.status_reason = reason.strip()
        for field, value in changes.items():
            setattr(self, field, value)
        if to in REVIEWER_ONLY:
            self.reviewed_by = by  # type: ignore[assignment]
            self.reviewed_at = timezone.now()
        self.full_clean()
        self._change_reason = reason.strip() or f"{ReviewStatus(to).label.lower()}"
        self._history_user = by  # type: ignore[attr-defined] # named in history, request or not
        self.save()

    def start_review(self, by: User) -> None:
        """Unreviewed (or rejected) → in review; editors and reviewers alike."""
        if self.status in KEPT_FOREVER:
            raise ValidationError(
                f"This {self._meta.verbose_name} is {self.get_status_display().lower()}: a "
                "reviewer reopens it, with a reason."
            )
        with transaction.atomic():
            self._move_to(ReviewStatus.IN_REVIEW, by)

    def reopen(self, by: User, reason: str) -> None:
        """Verified or retracted → in review, out of the API, so its content may be changed;
        a reviewer's action, with a reason. Another reviewer then verifies it again."""
        if self.status not in KEPT_FOREVER:
            raise ValidationError(
                f"Only a verified or retracted {self._meta.verbose_name} is reopened; this one "
                f"is {self.get_status_display().lower()}."
            )
        with transaction.atomic():
            self._move_to(ReviewStatus.IN_REVIEW, by, reason)

    def reject(self, by: User, reason: str) -> None:
        """Not a real quote or claim (extraction error, misattribution): kept, with the reason."""
        with transaction.atomic():
            self._move_to(ReviewStatus.REJECTED, by, reason)

    def retract(self, by: User, reason: str) -> None:
        """A verified item turned out wrong: withdrawn from the API, never deleted."""
        with transaction.atomic():
            self._move_to(ReviewStatus.RETRACTED, by, reason)


# --- speakers ------------------------------------------------------------------------------


class SpeakerQuerySet(models.QuerySet["Speaker"]):
    def named(self, name: str) -> SpeakerQuerySet:
        """Speakers called `name` or known by it as an alias, ignoring case."""
        name = name.strip()
        return self.filter(Q(name__iexact=name) | Q(aliases__name__iexact=name)).distinct()

    def called(self, name: str) -> SpeakerQuerySet:
        """Speakers whose name is `name`, ignoring case; uses the unique (lower(name), kind)
        index, so its cost does not grow with the number of speakers."""
        return self.alias(name_lower=Lower("name")).filter(name_lower=Lower(Value(name.strip())))

    def aliased(self, name: str) -> SpeakerQuerySet:
        """Speakers known by `name` as an alias, ignoring case; indexed like `called`."""
        aliases = SpeakerAlias.objects.alias(name_lower=Lower("name")).filter(
            name_lower=Lower(Value(name.strip()))
        )
        return self.filter(pk__in=aliases.values("speaker_id"))

    def public(self) -> SpeakerQuerySet:
        """Speakers the public API shows: those with a verified quote or claim (their count,
        which the database keeps; in name order from an index of these speakers only)."""
        return self.filter(verified_items__gt=0)

    def recount_verified(self) -> int:
        """Count these speakers' verified items again, for a load that ran without the
        database's triggers (`manage.py generate` on PostgreSQL); how many speakers."""
        counts = [
            model.objects.verified()
            .filter(**{who: OuterRef("pk")})
            .order_by()
            .values(who)
            .annotate(n=models.Count("pk"))
            .values("n")
            for model, who in ((Quote, "speaker"), (Claim, "claimant"))
        ]
        return self.update(
            verified_items=Coalesce(Subquery(counts[0]), 0) + Coalesce(Subquery(counts[1]), 0)
        )

    def organisations(self) -> SpeakerQuerySet:
        return self.filter(kind=Speaker.Kind.ORGANISATION)

    def people(self) -> SpeakerQuerySet:
        return self.filter(kind=Speaker.Kind.PERSON)


wikidata_id_validator = RegexValidator(
    r"^Q[1-9][0-9]*$", "A Wikidata id is a Q followed by digits, e.g. Q42."
)


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    name = models.CharField(max_length=200, help_text="The full name, e.g. 'Farid Mamundzay'.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    wikidata_id = models.CharField(
        "Wikidata id",
        max_length=20,
        blank=True,
        validators=[wikidata_id_validator],
        help_text="The Q-number of the person or organisation on wikidata.org, if known.",
    )
    organisation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        limit_choices_to={"kind": "organisation"},
        help_text="The organisation this speaker speaks for, if any.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    verified_items = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="How many verified quotes and claims this speaker has. Kept by the database "
        "(triggers of migration 0016) whenever a quote's or claim's status or speaker changes, "
        "however it is changed; never written by saving a speaker.",
    )

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["verified_items"])

    class Meta:
        ordering = ["name", "kind"]
        indexes = [
            # The public list of speakers, in the API's order: only those with verified items.
            models.Index(
                fields=["name", "id"],
                condition=Q(verified_items__gt=0),
                name="speaker_public_by_name",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "kind",
                name="speaker_unique_name_per_kind",
                violation_error_message="A speaker of this kind already has this name.",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="speaker_name_not_empty"),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__startswith="Q"),
                name="speaker_wikidata_id_is_q_number",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Save, leaving `verified_items` to the database: this copy's may be out of date."""
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "verified_items"
            ]
        elif kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = [f for f in kwargs["update_fields"] if f != "verified_items"]
        super().save(*args, **kwargs)

    @property
    def slug(self) -> str:
        """The name as a slug: the last part of the speaker's public page address."""
        return words_slug(self.name, "speaker")

    def alias_names(self) -> list[str]:
        """Aliases as plain strings; one query unless `aliases` is prefetched."""
        return [alias.name for alias in self.aliases.all()]

    def merge_into(self, target: Speaker) -> dict[str, int]:
        """This speaker and `target` are one: its quotes, claims, members and names move to
        `target` (each change in their history), then this row is deleted (its history kept).

        Refused while this speaker has verified or retracted items: what the public reads
        changes only through review, so reopen them first."""
        if target.pk == self.pk:
            raise ValidationError("A speaker cannot be merged into itself.")
        with transaction.atomic():
            published = Quote.objects.filter(speaker=self, status__in=KEPT_FOREVER).count()
            published += Claim.objects.filter(claimant=self, status__in=KEPT_FOREVER).count()
            if published:
                raise ValidationError(
                    f"“{self}” has {published} verified or retracted quotes or claims: reopen "
                    f"them before merging it into “{target}”."
                )
            reason = f"speaker “{self}” (#{self.pk}) merged into “{target}” (#{target.pk})"
            moved = {"quotes": 0, "claims": 0, "members": 0}
            for quote in Quote.objects.filter(speaker=self):
                quote.speaker = target
                quote._change_reason = reason  # type: ignore[attr-defined]
                quote.save(update_fields=["speaker"])
                moved["quotes"] += 1
            for claim in Claim.objects.filter(claimant=self):
                claim.claimant = target
                claim._change_reason = reason  # type: ignore[attr-defined]
                claim.save(update_fields=["claimant"])
                moved["claims"] += 1
            for member in Speaker.objects.filter(organisation=self):
                member.organisation = target if target.kind == Speaker.Kind.ORGANISATION else None
                member._change_reason = reason  # type: ignore[attr-defined,has-type]
                member.save(update_fields=["organisation"])
                moved["members"] += 1
            for name in [self.name, *self.alias_names()]:
                target.add_alias(name)
            if target.organisation_id is None and self.organisation_id not in (None, target.pk):
                target.organisation_id = self.organisation_id
                target.save(update_fields=["organisation"])
            self._change_reason = reason  # type: ignore[attr-defined]
            self.delete()
            return moved

    def add_alias(self, name: str) -> SpeakerAlias | None:
        """Record `name` as an alias unless it is the name itself or already known."""
        name = " ".join(name.split())
        if not name or name.lower() == self.name.lower():
            return None
        alias, _ = SpeakerAlias.objects.get_or_create(
            speaker=self, name__iexact=name, defaults={"name": name}
        )
        return alias


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(
        max_length=300, help_text="Another name or a role phrase: 'the Afghan envoy'."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(
                Lower("name"), "speaker", name="speaker_alias_unique_per_speaker"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="speaker_alias_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


# --- quotes and claims ---------------------------------------------------------------------


class QuoteQuerySet(ReviewQuerySet):
    def by_speaker(self, speaker: Speaker) -> QuoteQuerySet:
        return self.filter(speaker=speaker)

    def by_speaker_named(self, name: str) -> QuoteQuerySet:
        """Quotes whose speaker is called `name` or has it as an alias."""
        return self.filter(speaker__in=Speaker.objects.named(name))


class Quote(Reviewable):
    text = models.TextField(help_text="The words inside the quotation marks, verbatim.")
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="quotes",
        help_text="Who said it. Extracted quotes whose speaker could not be found have none yet.",
    )
    speaker_description = models.CharField(
        max_length=200,
        blank=True,
        help_text="An unnamed speaker as the source describes them ('a senior State Department "
        "official'); a reviewer who learns the name sets the speaker.",
    )
    said_on = models.DateField(
        null=True,
        blank=True,
        help_text="When it was said, if the source says ('On July 10, he had said').",
    )
    partial = models.BooleanField(
        default=False, help_text="A fragment woven into reported speech, not a whole utterance."
    )
    via = models.CharField(
        max_length=200,
        blank=True,
        help_text="The venue or intermediary it reached us through: 'NDTV', 'Tass'.",
    )

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords(no_db_index=[*HISTORY_UNINDEXED, "speaker"])
    verify_permission = "claims.verify_quote"
    search_field = "text"

    class Meta(Reviewable.Meta):
        ordering = ["-created_at", "-id"]
        permissions = [("verify_quote", "Can verify, reject and retract quotes")]
        indexes = [
            *Reviewable.Meta.indexes,
            # The API's said_after/said_before: a month of a million quotes is a thousand rows
            # read from here and sorted, not ten thousand walked newest first to find fifty.
            models.Index(
                F("said_on"),
                F("id").desc(),
                condition=Q(status=ReviewStatus.VERIFIED),
                name="quote_verified_said",
            ),
        ]
        constraints = [
            *Reviewable.Meta.constraints,
            models.CheckConstraint(condition=~Q(text=""), name="quote_text_not_empty"),
            models.CheckConstraint(
                condition=~Q(status=ReviewStatus.VERIFIED) | Q(speaker__isnull=False),
                name="quote_verified_has_speaker",
                violation_error_message="A verified quote needs a speaker.",
            ),
        ]

    def __str__(self) -> str:
        words = self.text if len(self.text) <= 70 else self.text[:69] + "…"
        return f"{self.speaker or 'Unknown speaker'}: “{words}”"

    @property
    def slug(self) -> str:
        """The words as a slug: the last part of the quote's public page address."""
        return words_slug(self.text, "quote")

    def verify(self, by: User) -> None:
        """Confirm this speaker said these words; the quote becomes public."""
        with transaction.atomic():
            self._move_to(ReviewStatus.VERIFIED, by)


class ClaimQuerySet(ReviewQuerySet):
    def quantitative(self) -> ClaimQuerySet:
        """Claims that carry a number: a value or a bound."""
        return self.filter(Q(value__isnull=False) | Q(lower__isnull=False) | Q(upper__isnull=False))

    def with_conflicting_numbers(self) -> ClaimQuerySet:
        """Claims whose numbers cannot all hold (see `Claim.numbers_conflict`)."""
        return self.filter(numbers_conflict=True)

    def by_claimant_named(self, name: str) -> ClaimQuerySet:
        return self.filter(claimant__in=Speaker.objects.named(name))

    def with_number_warnings(self) -> ClaimQuerySet:
        """Claims whose extracted numbers could not be stored (see `Claim.number_warning`)."""
        return self.exclude(number_warning="")


# What a quantity field holds: numeric(24, 6) on PostgreSQL, 18 digits before the point and 6
# after. SQLite keeps a decimal as a double and Django reads it back through 15 significant
# digits, so a number with more would come back changed there: refused everywhere alike.
QUANTITY_DIGITS, QUANTITY_DECIMALS, QUANTITY_SIGNIFICANT = 24, 6, 15
QUANTITY_LIMIT = Decimal(10) ** (QUANTITY_DIGITS - QUANTITY_DECIMALS)


def number_problem(value: Decimal) -> str | None:
    """Why the quantity fields cannot hold `value` exactly; None when they can."""
    if not value.is_finite():
        return "not a finite number"
    if abs(value) >= QUANTITY_LIMIT:
        return f"more than {QUANTITY_DIGITS - QUANTITY_DECIMALS} digits before the decimal point"
    digits, exponent = value.normalize().as_tuple()[1:]
    if isinstance(exponent, int) and exponent < -QUANTITY_DECIMALS:
        return f"more than {QUANTITY_DECIMALS} digits after the decimal point"
    if len(digits) > QUANTITY_SIGNIFICANT:
        return f"more than {QUANTITY_SIGNIFICANT} significant digits"
    return None


def validate_quantity(value: Decimal) -> None:
    problem = number_problem(Decimal(value))
    if problem:
        raise ValidationError(f"{value} cannot be stored exactly: {problem}.")


def quantity_field(help_text: str) -> models.DecimalField:
    """A number of a quantity: up to 18 digits before the point and 6 after, 15 significant;
    empty allowed."""
    return models.DecimalField(
        max_digits=QUANTITY_DIGITS,
        decimal_places=QUANTITY_DECIMALS,
        null=True,
        blank=True,
        validators=[validate_quantity],
        help_text=help_text,
    )


def within_quantity_range(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gt": -QUANTITY_LIMIT, f"{field}__lt": QUANTITY_LIMIT}),
        name=f"claim_{field}_within_range",
        violation_error_message=f"The {field} has more than 18 digits before the decimal point.",
    )


# The scale of a claim's measure key ("USD" of "USD:revenue", "percent" of "percent:"): the
# expression of the number indexes (Claim.Meta.indexes), to be filtered on as it stands there.
MEASURE_SCALE = Left("measure_key", StrIndex("measure_key", Value(":")) - 1)


class Claim(Reviewable):
    statement = models.TextField(
        help_text="The proposition in plain words: 'The Taliban controls at least 85% of "
        "Afghanistan's territory'."
    )
    claimant = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="Who asserts it (the Taliban; CNN). Empty when the source itself asserts it.",
    )
    value = quantity_field("The point value, where there is one.")
    lower = quantity_field("Lower bound; empty when unbounded.")
    upper = quantity_field("Upper bound; empty when unbounded.")
    lower_inclusive = models.BooleanField(
        default=True, help_text="'at least 85' is inclusive; 'over 85' is not."
    )
    upper_inclusive = models.BooleanField(default=True)
    unit = models.CharField(
        max_length=50,
        blank=True,
        help_text="'percent' for %, per cent and percent; else the "
        "counted noun (troops, commandos).",
    )
    noun = models.CharField(max_length=100, blank=True, help_text="What is counted, as worded.")
    kind = models.CharField(
        max_length=20,
        choices=QuantityKind.choices,
        default=QuantityKind.COUNT,
        help_text="What sort of number: a count, a percentage, money (unit: its currency code)…",
    )
    change = models.CharField(
        max_length=10,
        choices=Change.choices,
        blank=True,
        help_text="Up or down when the number belongs to a movement ('rose 2.8%'); empty for a "
        "plain level.",
    )
    difference = models.BooleanField(
        default=False,
        help_text="The number is the size of a change ('rose 2.8%'), not the level reached "
        "('rose to 6,327.80').",
    )
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, blank=True)
    vague = models.BooleanField(
        default=False, help_text="'dozens', 'hundreds', 'thousands': kept with a cautious bound."
    )
    total = quantity_field("The whole, for '250 of 398 districts'.")
    measure = models.CharField(
        max_length=300, blank=True, help_text="What is measured: 'territory of Afghanistan'."
    )
    as_of = models.DateField(null=True, blank=True, help_text="When the number holds.")
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    verdict_explanation = models.TextField(
        blank=True, help_text="Why this verdict, citing the evidence; shown to API clients."
    )
    numbers_conflict = models.BooleanField(
        default=False,
        editable=False,
        db_index=True,
        help_text="Set when numbers in its appearances or evidence cannot all hold.",
    )
    conflict_note = models.TextField(blank=True, editable=False)
    number_warning = models.TextField(
        blank=True,
        editable=False,
        help_text="Why the extracted numbers were not stored (too large, too small or too "
        "precise for the quantity fields); the statement and wording still have them. Enter "
        "the quantity by hand if it matters.",
    )
    measure_key = models.CharField(
        max_length=120,
        blank=True,
        help_text="What is counted, reduced to a concept that survives rewording: "
        "'<scale>:<concept>', e.g. 'count:troops' for troops, soldiers or personnel, "
        "'percent:territory'. Set at ingest from claims/linking/data/measures.toml; linking "
        "finds the same claim and its evidence through it.",
    )
    seen_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the claim was first reported (its first source's date, or as of when "
        "it holds): linking compares claims reported close together.",
    )

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(no_db_index=[*HISTORY_UNINDEXED, "claimant", "numbers_conflict"])
    verify_permission = "claims.verify_claim"
    search_field = "statement"

    class Meta(Reviewable.Meta):
        ordering = ["-created_at", "-id"]
        permissions = [("verify_claim", "Can verify, reject and retract claims; give verdicts")]
        constraints = [
            *Reviewable.Meta.constraints,
            models.CheckConstraint(condition=~Q(statement=""), name="claim_statement_not_empty"),
            models.CheckConstraint(
                condition=Q(difference=False) | ~Q(change=""),
                name="claim_difference_has_direction",
                violation_error_message="A difference ('rose 2.8%') needs its direction: up or "
                "down.",
            ),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(upper__isnull=True) | Q(lower__lte=F("upper")),
                name="claim_lower_not_above_upper",
                violation_error_message="The lower bound is above the upper bound.",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(lower__isnull=True) | Q(value__gte=F("lower")),
                name="claim_value_not_below_lower",
                violation_error_message="The value is below the lower bound.",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(upper__isnull=True) | Q(value__lte=F("upper")),
                name="claim_value_not_above_upper",
                violation_error_message="The value is above the upper bound.",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(total__isnull=True) | Q(value__lte=F("total")),
                name="claim_part_not_above_whole",
                violation_error_message="The part is larger than the whole.",
            ),
            models.CheckConstraint(
                condition=~Q(status=ReviewStatus.VERIFIED) | ~Q(verdict=""),
                name="claim_verified_has_verdict",
                violation_error_message="A verified claim needs a verdict.",
            ),
            *[within_quantity_range(field) for field in ("value", "lower", "upper", "total")],
        ]
        indexes = [
            *Reviewable.Meta.indexes,
            # Linking's candidate lookup: claims of these measures reported near a date.
            models.Index(fields=["measure_key", "seen_on"], name="claim_measure_seen_idx"),
            # ... and the claims stating a number, of a scale ("the 85 per cent claim": any
            # percentage; "$46.9 billion": any amount in dollars), or of a measure as well:
            # one range scan per number in its scale, the measure checked in the index.
            *[
                models.Index(MEASURE_SCALE, F(bound), F("measure_key"), name=f"claim_scale_{bound}")
                for bound in ("value", "lower", "upper")
            ],
        ]

    def __str__(self) -> str:
        return self.statement if len(self.statement) <= 90 else self.statement[:89] + "…"

    @property
    def slug(self) -> str:
        """The statement as a slug: the last part of the claim's public page address."""
        return words_slug(self.statement, "claim")

    @property
    def is_quantitative(self) -> bool:
        return any(v is not None for v in (self.value, self.lower, self.upper))

    @property
    def share_of_total(self) -> Decimal | None:
        """For part-of-whole claims ('250 of 398'), the part as a percentage of the whole."""
        if self.value is None or not self.total:
            return None
        return (self.value * 100 / self.total).quantize(Decimal("0.1"))

    @property
    def rating(self) -> int | None:
        return Verdict(self.verdict).rating if self.verdict else None

    def verify(self, by: User, verdict: str | None = None, explanation: str | None = None) -> None:
        """Confirm the claim was reviewed and give it a verdict; the claim becomes public."""
        changes: dict[str, Any] = {}
        if verdict is not None:
            changes["verdict"] = verdict
        if explanation is not None:
            changes["verdict_explanation"] = explanation
        if not (verdict or self.verdict):
            raise ValidationError({"verdict": "Give a verdict before verifying a claim."})
        with transaction.atomic():
            self._move_to(ReviewStatus.VERIFIED, by, **changes)


# --- where it appeared, what bears on it ---------------------------------------------------


def exactly_one_target(prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(quote__isnull=False, claim__isnull=True)
        | Q(quote__isnull=True, claim__isnull=False),
        name=f"{prefix}_belongs_to_one_quote_or_claim",
        violation_error_message="Link it to a quote or to a claim, not both and not neither.",
    )


class AppearanceQuerySet(models.QuerySet["Appearance"]):
    def in_source(self, source: Source) -> AppearanceQuerySet:
        return self.filter(source=source)

    def orphaned(self) -> AppearanceQuerySet:
        """Appearances whose wording no longer matches their source's text."""
        return self.filter(orphaned=True)

    def update(self, **kwargs: Any) -> int:
        if set(kwargs) - {"orphaned"}:  # the orphan flag is derived from the source's text
            locking.refuse_linked_rows(self, "appearances", kwargs)
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        locking.refuse_linked_rows(self, "appearances")
        return super().delete()

    def mark_orphans(self, source: Source) -> int:
        """Flag this source's appearances whose span no longer holds their wording."""
        stale = [a.pk for a in self.filter(source=source) if not a.matches(source.text)]
        if stale:
            self.filter(pk__in=stale).update(orphaned=True)
        return len(stale)


class Appearance(models.Model):
    """One quote or claim in one source: the wording there and where exactly it is.

    The span is a W3C Web Annotation TextPositionSelector (start, end) plus a TextQuoteSelector
    (prefix, exact wording, suffix), so an anchor can be checked and is never silently moved.
    """

    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="appearances"
    )
    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="appearances",
        db_index=False,  # Meta.indexes: (claim, id)
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    wording = models.TextField(help_text="Exactly source.text[start:end].")
    start = models.PositiveIntegerField(help_text="Character offset of the first character.")
    end = models.PositiveIntegerField(help_text="Character offset just past the last character.")
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text="The speaker's role as this source gives it: 'Ambassador to India'.",
    )
    cue = models.CharField(
        max_length=100, blank=True, help_text="How the source introduces it: 'said', 'told'."
    )
    attribution = models.CharField(
        max_length=20,
        choices=Attribution.choices,
        blank=True,
        help_text="How the speaker was found in the text.",
    )
    orphaned = models.BooleanField(
        default=False,
        help_text="The source text no longer holds this wording at this span. Never re-anchored "
        "automatically: fix the span by hand or remove the appearance.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = AppearanceQuerySet.as_manager()
    # The wording and its context are source.text at the span, which the history keeps: copying
    # them into every record doubled the history of a table of millions.
    history = HistoricalRecords(
        excluded_fields=["wording", "prefix", "suffix"], no_db_index=["source"]
    )

    class Meta:
        ordering = ["source", "start", "id"]
        indexes = [
            # A claim's appearances in the order they were found: its first few are read
            # without the rest (claims.linking.ingest.first_appearances).
            models.Index(fields=["claim", "id"], name="appearance_claim_in_order"),
        ]
        constraints = [
            exactly_one_target("appearance"),
            models.CheckConstraint(
                condition=Q(start__lt=F("end")),
                name="appearance_start_before_end",
                violation_error_message="The span must start before it ends.",
            ),
            models.UniqueConstraint(
                fields=["quote", "source", "start", "end"],
                condition=Q(quote__isnull=False),
                name="appearance_quote_once_per_span",
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "start", "end"],
                condition=Q(claim__isnull=False),
                name="appearance_claim_once_per_span",
            ),
        ]

    def __str__(self) -> str:
        return f"“{self.wording[:60]}” in {self.source} [{self.start}:{self.end}]"

    def save(self, *args: Any, **kwargs: Any) -> None:
        locking.refuse_linked_change(self, "appearances")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        locking.refuse_linked_change(self, "appearances")
        return super().delete(*args, **kwargs)

    @property
    def item(self) -> Quote | Claim | None:
        return self.quote or self.claim

    def matches(self, text: str) -> bool:
        """Whether `text[start:end]` still holds the stored wording."""
        return text[self.start : self.end] == self.wording

    def clean(self) -> None:
        try:
            locking.refuse_linked_change(self, "appearances")
        except locking.Locked as exc:
            raise ValidationError(str(exc)) from None
        if self.source_id is None or self.start is None or self.end is None:
            return
        if self.end > len(self.source.text):
            raise ValidationError(
                {"end": f"The source has only {len(self.source.text)} characters."}
            )
        if not self.wording:
            self.wording = self.source.text[self.start : self.end]
        if not self.matches(self.source.text):
            raise ValidationError(
                {
                    "wording": "The wording does not match the source text at this span: "
                    f"the source has “{self.source.text[self.start : self.end][:80]}”."
                }
            )
        self.orphaned = False


class EvidenceQuerySet(models.QuerySet["Evidence"]):
    def supporting(self) -> EvidenceQuerySet:
        return self.filter(stance=Stance.SUPPORTS)

    def disputing(self) -> EvidenceQuerySet:
        return self.filter(stance=Stance.DISPUTES)

    def update(self, **kwargs: Any) -> int:
        locking.refuse_linked_rows(self, "evidence", kwargs)
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        locking.refuse_linked_rows(self, "evidence")
        return super().delete()


class Evidence(models.Model):
    """A source, optionally an exact excerpt of it, that supports, disputes or gives context."""

    quote = models.ForeignKey(
        Quote, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=10, choices=Stance.choices)
    excerpt = models.TextField(
        blank=True, help_text="The words of the source that bear on it (optional)."
    )
    excerpt_start = models.PositiveIntegerField(null=True, blank=True)
    excerpt_end = models.PositiveIntegerField(null=True, blank=True)
    summary = models.TextField(
        blank=True,
        help_text="Public: how it bears on the claim, in a sentence API clients show beside "
        "the source.",
    )
    note = models.TextField(
        blank=True,
        help_text="Internal, for other reviewers: never shown outside the admin.",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    added_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EvidenceQuerySet.as_manager()
    history = HistoricalRecords(no_db_index=["source", "added_by"])

    class Meta:
        ordering = ["added_at", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            exactly_one_target("evidence"),
            models.CheckConstraint(
                condition=Q(excerpt_start__isnull=True, excerpt_end__isnull=True)
                | Q(
                    excerpt_start__isnull=False,
                    excerpt_end__isnull=False,
                    excerpt_start__lt=F("excerpt_end"),
                ),
                name="evidence_excerpt_span_in_order",
                violation_error_message="An excerpt span needs a start before its end.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.source}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        locking.refuse_linked_change(self, "evidence")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        locking.refuse_linked_change(self, "evidence")
        return super().delete(*args, **kwargs)

    def clean(self) -> None:
        try:
            locking.refuse_linked_change(self, "evidence")
        except locking.Locked as exc:
            raise ValidationError(str(exc)) from None
        if self.source_id is None or self.excerpt_start is None or self.excerpt_end is None:
            return
        text = self.source.text
        if self.excerpt_end > len(text):
            raise ValidationError({"excerpt_end": f"The source has only {len(text)} characters."})
        found = text[self.excerpt_start : self.excerpt_end]
        if not self.excerpt:
            self.excerpt = found
        elif self.excerpt != found:
            raise ValidationError(
                {
                    "excerpt": "The excerpt does not match the source text at "
                    f"this span: the source has “{found[:80]}”."
                }
            )


# --- suggested matches across sources ------------------------------------------------------


class ClaimMatchQuerySet(models.QuerySet["ClaimMatch"]):
    def suggested(self) -> ClaimMatchQuerySet:
        """Matches the extractor proposed and nobody has decided yet."""
        return self.filter(status=ClaimMatch.Status.SUGGESTED)


class Decided(models.Model):
    """A suggestion a reviewer decides (a claim match, an evidence proposal, a correction): who
    decided it and when, written by `_decide` with the new status, the decider named in history."""

    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def _decide(self, status: str, by: User) -> None:
        self.status = status
        self.decided_by = by  # type: ignore[assignment]
        self.decided_at = timezone.now()
        self._history_user = by  # type: ignore[attr-defined]
        self.save()


class ClaimMatch(Decided):
    """The extractor's guess that `candidate` (from a newer source) is the same claim as `claim`."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed (merged)"
        DISMISSED = "dismissed", "Dismissed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    candidate = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="matched_as_candidate"
    )
    score = models.FloatField(help_text="0 to 1: how alike the two claims are.")
    reasons = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ClaimMatchQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-score", "id"]
        verbose_name_plural = "claim matches"
        constraints = [
            models.UniqueConstraint(fields=["claim", "candidate"], name="claim_match_once"),
            models.CheckConstraint(
                condition=~Q(claim=F("candidate")), name="claim_match_not_itself"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0.0, score__lte=1.0), name="claim_match_score_0_to_1"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.candidate_id} may be #{self.claim_id} ({self.score:.0%})"

    def confirm(self, by: User) -> None:
        """Merge: the candidate's appearances and evidence move to the claim; it is rejected.

        A reviewer's decision, taken on the locked row: of a confirm and a dismiss racing, the
        second finds the match decided and is refused. Neither claim may be verified or
        retracted (their appearances and evidence are published): reopen it first."""
        with transaction.atomic():
            match = self._lock_for_decision(by)
            claims = Claim.objects.select_for_update().filter(
                pk__in=[match.claim_id, match.candidate_id]
            )
            by_pk = {claim.pk: claim for claim in claims.order_by("pk")}
            for claim in by_pk.values():
                if claim.status in KEPT_FOREVER:
                    raise locking.Locked(claim, "its appearances and evidence")
            candidate = by_pk[match.candidate_id]
            candidate.appearances.update(claim_id=match.claim_id)
            candidate.evidence.update(claim_id=match.claim_id)
            candidate.status = ReviewStatus.REJECTED
            candidate.status_reason = f"Merged into claim #{match.claim_id}: the same claim."
            candidate.reviewed_by = by  # type: ignore[assignment]
            candidate.reviewed_at = timezone.now()
            candidate._change_reason = candidate.status_reason
            candidate._history_user = by  # type: ignore[attr-defined]
            candidate.save()
            match._decide(self.Status.CONFIRMED, by)
        self.refresh_from_db()

    def dismiss(self, by: User) -> None:
        """Not the same claim: keep both. A reviewer's decision, on the locked row."""
        with transaction.atomic():
            match = self._lock_for_decision(by)
            match._decide(self.Status.DISMISSED, by)
        self.refresh_from_db()

    def _lock_for_decision(self, by: User) -> ClaimMatch:
        """This match as stored, its row locked until the transaction ends; refused unless
        `by` is a reviewer and the match is still undecided."""
        if not (by.is_authenticated and by.is_active and by.has_perm("claims.verify_claim")):
            raise PermissionDenied(
                "Only reviewers may confirm or dismiss a suggested match; you are not a reviewer."
            )
        match = ClaimMatch.objects.select_for_update().get(pk=self.pk)
        if match.status != self.Status.SUGGESTED:
            raise ValidationError(
                f"This match was already {match.get_status_display().lower()}"
                + (f" by {match.decided_by}" if match.decided_by_id else "")
                + ": nothing was changed."
            )
        return match


# --- evidence proposed at ingest -----------------------------------------------------------


class EvidenceProposalQuerySet(models.QuerySet["EvidenceProposal"]):
    def proposed(self) -> EvidenceProposalQuerySet:
        """Proposals nobody has confirmed or dismissed yet."""
        return self.filter(status=EvidenceProposal.Status.PROPOSED)

    def for_claim(self, claim: Claim) -> EvidenceProposalQuerySet:
        return self.filter(claim=claim)


class EvidenceProposal(Decided):
    """Linking's guess, at ingest, that a passage of a new source supports or disputes a claim.

    Not evidence until a reviewer confirms it: the API never shows a proposal. Confirming makes
    ordinary `Evidence` with the proposal's excerpt; dismissing keeps the proposal, decided, so
    the same passage is not proposed again."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence_proposals")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence_proposals")
    stance = models.CharField(max_length=10, choices=Stance.choices)
    reason = models.CharField(
        max_length=300, help_text="Why linking proposed it: the numbers or the words."
    )
    excerpt = models.TextField(help_text="Exactly source.text[excerpt_start:excerpt_end].")
    excerpt_start = models.PositiveIntegerField()
    excerpt_end = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PROPOSED, db_index=True
    )
    evidence = models.OneToOneField(
        Evidence,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal",
        editable=False,
        help_text="The evidence confirming made of it.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EvidenceProposalQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "stance"], name="evidence_proposal_once"
            ),
            models.CheckConstraint(
                condition=Q(excerpt_start__lt=F("excerpt_end")),
                name="evidence_proposal_excerpt_in_order",
                violation_error_message="An excerpt span needs a start before its end.",
            ),
            models.CheckConstraint(
                condition=Q(status="proposed") | Q(decided_at__isnull=False),
                name="evidence_proposal_decided_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()} claim #{self.claim_id} from {self.source} (proposed)"

    def confirm(self, by: User) -> Evidence:
        """Make it evidence, with its excerpt and reason; the reviewer is who added it."""
        with transaction.atomic():
            proposal = EvidenceProposal.objects.select_for_update().get(pk=self.pk)
            if proposal.status != self.Status.PROPOSED:
                raise ValidationError(
                    f"This proposal was already {proposal.get_status_display().lower()}."
                )
            evidence = Evidence(
                claim_id=self.claim_id,
                source_id=self.source_id,
                stance=self.stance,
                excerpt=self.excerpt,
                excerpt_start=self.excerpt_start,
                excerpt_end=self.excerpt_end,
                note=f"Proposed at ingest: {self.reason}",
                added_by=by,  # type: ignore[misc]
            )
            evidence.full_clean()
            evidence.save()
            self.evidence = evidence
            self._decide(self.Status.CONFIRMED, by)
            return evidence

    def dismiss(self, by: User) -> None:
        """Not evidence on this claim: kept, decided, so it is not proposed again."""
        with transaction.atomic():
            proposal = EvidenceProposal.objects.select_for_update().get(pk=self.pk)
            if proposal.status != self.Status.PROPOSED:
                raise ValidationError(
                    f"This proposal was already {proposal.get_status_display().lower()}."
                )
            self._decide(self.Status.DISMISSED, by)


# --- corrections of what published items show ------------------------------------------------


class CorrectionQuerySet(models.QuerySet["Correction"]):
    def proposed(self) -> CorrectionQuerySet:
        """Corrections nobody has approved or dismissed yet."""
        return self.filter(status=Correction.Status.PROPOSED)

    def of(self, record: models.Model) -> CorrectionQuerySet:
        return self.filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        )


class Correction(Decided):
    """A change to what published items show of a speaker, source or outlet (a name, a title, a
    date), proposed by one person and applied only when another reviewer approves it.

    While a verified or retracted item shows a record, its shown fields (`locking.SHOWN_FIELDS`)
    are locked like the item's own words: a direct edit is refused, in the models and, on
    PostgreSQL, by triggers (migration 0013). Approving applies the new value in one transaction
    and records who proposed it, who approved it and why in the record's history; the changes
    feed reports the items that show it as updated."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved and applied"
        DISMISSED = "dismissed", "Dismissed"

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.PROTECT,
        limit_choices_to=Q(app_label="claims", model="speaker")
        | Q(app_label="sources", model__in=["source", "outlet"]),
        editable=False,
    )
    object_id = models.PositiveBigIntegerField(editable=False)
    record = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=40, help_text="The shown field to correct.")
    before = models.TextField(blank=True, editable=False, help_text="Its value when proposed.")
    after = models.TextField(blank=True, help_text="The corrected value.")
    reason = models.TextField(help_text="Why the published value is wrong, and the source.")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PROPOSED, db_index=True
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    proposed_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = CorrectionQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-proposed_at", "-id"]
        permissions = [
            ("approve_correction", "Can approve a correction of a published speaker or source")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="correction_record")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(reason=""),
                name="correction_has_reason",
                violation_error_message="Say why the published value is wrong.",
            ),
            models.CheckConstraint(
                condition=Q(status="proposed", decided_by__isnull=True, decided_at__isnull=True)
                | (
                    ~Q(status="proposed")
                    & Q(decided_by__isnull=False)
                    & Q(decided_at__isnull=False)
                ),
                name="correction_decided_has_who_and_when",
            ),
        ]

    def __str__(self) -> str:
        return f"Correction #{self.pk} of {self.content_type.name} #{self.object_id}: {self.field}"

    # -- the value, as the record stores it and as the correction keeps it as text

    def model_field(self) -> models.Field:
        model = self.content_type.model_class()
        return model._meta.get_field(self.field)  # type: ignore[union-attr, return-value]

    @staticmethod
    def as_text(record: models.Model, field: models.Field) -> str:
        value = getattr(record, field.attname)
        return "" if value is None else str(value)

    def parsed_after(self) -> Any:
        """The corrected value as the record stores it ('' is empty, or NULL where allowed)."""
        field = self.model_field()
        text = self.after.strip()
        if text == "" and field.null:
            return None
        if isinstance(field, models.ForeignKey):
            related = field.related_model
            manager = related._default_manager  # type: ignore[union-attr]
            found = (
                manager.filter(pk=int(text)).first() if text.isascii() and text.isdigit() else None
            )
            found = found or manager.filter(name__iexact=text).first()
            if found is None:
                label = related._meta.verbose_name  # type: ignore[union-attr]
                raise ValidationError({"after": f"No {label} is named or numbered '{text}'."})
            return found.pk
        try:
            return field.to_python(text)
        except ValidationError as exc:
            raise ValidationError({"after": exc.messages}) from exc

    # -- proposing and deciding

    @classmethod
    def propose(
        cls, record: models.Model, field: str, after: str, by: User, reason: str
    ) -> Correction:
        """A correction of `record`'s shown `field` to `after`, checked as the record would check
        it (so a bad value is refused now, not at approval); not saved."""
        shown = (
            locking.shown_field_names(type(record))
            if record._meta.model_name in locking.SHOWN_FIELDS
            else []
        )
        if field not in shown:
            names = ", ".join(shown) or "nothing"
            raise ValidationError(
                {"field": f"'{field}' is not shown by published items; correctable: {names}."}
            )
        if not reason.strip():
            raise ValidationError({"reason": "Say why the published value is wrong."})
        if not locking.is_shown_by_published(record):
            raise ValidationError(
                f"No verified item shows {record._meta.verbose_name} #{record.pk}: "
                "edit it directly."
            )
        correction = cls(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            field=field,
            after=after.strip(),
            reason=reason.strip(),
            proposed_by=by,  # type: ignore[misc]
        )
        model_field = correction.model_field()
        correction.before = cls.as_text(record, model_field)
        value = correction.parsed_after()
        if value == getattr(record, model_field.attname):
            raise ValidationError({"after": f"The {field} already is '{correction.before}'."})
        changed = type(record)._default_manager.get(pk=record.pk)
        setattr(changed, model_field.attname, value)
        try:
            changed.full_clean()
        except ValidationError as exc:
            messages = exc.message_dict if hasattr(exc, "error_dict") else {"after": exc.messages}
            raise ValidationError({"after": [m for ms in messages.values() for m in ms]}) from exc
        return correction

    def why_not_approver(self, user: User) -> str:
        """Why `user` may not approve this correction ('' if they may)."""
        if not user.is_authenticated or not user.has_perm("claims.approve_correction"):
            return "only reviewers approve corrections"
        if self.proposed_by_id == user.pk and getattr(settings, "FACTDB_FOUR_EYES", True):
            return "you proposed it, so another reviewer must approve it (four-eyes rule)"
        return ""

    def approve(self, by: User) -> None:
        """Apply the correction to its record, in one transaction: refused when the value it
        corrects has changed since it was proposed (propose again from the record as it is)."""
        why = self.why_not_approver(by)
        if why:
            raise PermissionDenied(f"Correction #{self.pk}: {why}.")
        with transaction.atomic():
            correction = self._locked_proposed()
            model = self.content_type.model_class()
            record: Any = model._default_manager.select_for_update().get(pk=self.object_id)  # type: ignore[union-attr]
            field = self.model_field()
            if self.as_text(record, field) != correction.before:
                raise ValidationError(
                    f"Correction #{self.pk}: the {self.field} is now "
                    f"'{self.as_text(record, field)}', not '{correction.before}' as when it was "
                    "proposed. Dismiss it and propose again."
                )
            setattr(record, field.attname, self.parsed_after())
            record.full_clean()
            record._change_reason = (  # type: ignore[attr-defined]
                f"Correction #{self.pk} of the {self.field}, proposed by "
                f"{self.proposed_by}, approved by {by}: {self.reason}"
            )
            record._history_user = by  # type: ignore[attr-defined]
            with locking.applying_correction(record):
                record.save()
            self._decide(self.Status.APPROVED, by)

    def dismiss(self, by: User) -> None:
        """Not applied; kept, decided, in the record's list of corrections."""
        if not by.is_authenticated or not by.has_perm("claims.approve_correction"):
            raise PermissionDenied(f"Correction #{self.pk}: only reviewers dismiss corrections.")
        with transaction.atomic():
            self._locked_proposed()
            self._decide(self.Status.DISMISSED, by)

    def _locked_proposed(self) -> Correction:
        correction = Correction.objects.select_for_update().get(pk=self.pk)
        if correction.status != self.Status.PROPOSED:
            raise ValidationError(
                f"Correction #{self.pk} was already {correction.get_status_display().lower()}."
            )
        return correction
