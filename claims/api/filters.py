"""Filters for the quote, claim and speaker list endpoints (django-filter).

Every filter that follows a relation through appearances or evidence filters by `pk__in` a
subquery, not by a join, so no row is listed twice and no DISTINCT is needed.
"""

from __future__ import annotations

from typing import Any

from django.db.models import FloatField, Q, QuerySet
from django.db.models.functions import Cast
from django_filters import rest_framework as filters

from claims.models import (
    Appearance,
    Claim,
    Evidence,
    Quote,
    ReviewQuerySet,
    ReviewStatus,
    Speaker,
    Stance,
    Verdict,
)
from factdb.api.filters import IdFilter, id_or_name
from sources.api.filters import outlets_matching


def speakers_matching(value: str) -> QuerySet[Speaker]:
    """The speaker with this id, or those called this name or known by it as an alias."""
    number, name = id_or_name(value)
    if number is not None:
        return Speaker.objects.filter(pk=number)
    return Speaker.objects.named(name)


class StatusFilter(filters.ChoiceFilter):
    """Documents and validates `?status=`; who may use it is the view's business."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("choices", ReviewStatus.choices)
        kwargs.setdefault(
            "help_text",
            "Staff only: list items of this review status instead of verified ones.",
        )
        super().__init__(*args, **kwargs)


class ReviewedItemFilter(filters.FilterSet):
    """Filters quotes and claims share; `item` names the Appearance/Evidence foreign key."""

    item = ""

    q = filters.CharFilter(
        method="filter_q",
        help_text="Full-text search (PostgreSQL: ranked, best first, web-search syntax).",
    )
    status = StatusFilter()
    source = IdFilter(method="filter_source", help_text="Appearing in the source with this id.")
    outlet = filters.CharFilter(
        method="filter_outlet",
        help_text="Appearing in a source of this outlet (id or name, any case).",
    )
    published_after = filters.DateFilter(
        method="filter_published_after",
        help_text="Appearing in a source published on or after this date (YYYY-MM-DD).",
    )
    published_before = filters.DateFilter(
        method="filter_published_before",
        help_text="Appearing in a source published on or before this date (YYYY-MM-DD).",
    )

    def _appearing(self, queryset: QuerySet, condition: Q) -> QuerySet:
        ids = Appearance.objects.filter(condition, **{f"{self.item}__isnull": False})
        return queryset.filter(pk__in=ids.values(self.item))

    def filter_q(self, queryset: ReviewQuerySet, name: str, value: str) -> QuerySet:
        queryset = queryset.search(value)
        if "search_rank" in queryset.query.annotations:
            # ts_rank is a float4: its text form does not round-trip through a Python float,
            # so a cursor at that rank would repeat rows. As float8 it does.
            queryset = queryset.annotate(search_score=Cast("search_rank", FloatField()))
        return queryset

    def filter_source(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return self._appearing(queryset, Q(source_id=value))

    def filter_outlet(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The outlets first, as a list (a query of its own): told which outlets, PostgreSQL
        # knows how many sources they have and picks its plan by that; with a name lookup
        # inside the query it walked every verified quote for an outlet with none (2.6 s).
        outlets = list(outlets_matching(value).values_list("pk", flat=True))
        if not outlets:
            return queryset.none()
        return self._appearing(queryset, Q(source__outlet__in=outlets))

    def filter_published_after(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        return self._appearing(queryset, Q(source__published_on__gte=value))

    def filter_published_before(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        return self._appearing(queryset, Q(source__published_on__lte=value))


class QuoteFilter(ReviewedItemFilter):
    item = "quote"

    speaker = filters.CharFilter(
        method="filter_speaker",
        help_text="The speaker's id, or a name or alias (any case): 'the Afghan envoy'.",
    )
    said_after = filters.DateFilter(
        field_name="said_on", lookup_expr="gte", help_text="Said on or after (YYYY-MM-DD)."
    )
    said_before = filters.DateFilter(
        field_name="said_on", lookup_expr="lte", help_text="Said on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Quote
        fields = [
            "q",
            "status",
            "speaker",
            "source",
            "outlet",
            "said_after",
            "said_before",
            "published_after",
            "published_before",
        ]

    def filter_speaker(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(speaker__in=speakers_matching(value))


class ClaimFilter(ReviewedItemFilter):
    item = "claim"

    speaker = filters.CharFilter(
        method="filter_speaker",
        help_text="The claimant's id, or a name or alias (any case).",
    )
    unit = filters.CharFilter(
        field_name="unit", lookup_expr="iexact", help_text="'percent', or a counted noun: 'troops'."
    )
    verdict = filters.ChoiceFilter(choices=Verdict.choices)
    stance = filters.ChoiceFilter(
        choices=Stance.choices,
        method="filter_stance",
        help_text="Claims with at least one piece of evidence of this stance.",
    )

    class Meta:
        model = Claim
        fields = [
            "q",
            "status",
            "speaker",
            "source",
            "outlet",
            "published_after",
            "published_before",
            "unit",
            "verdict",
            "stance",
        ]

    def filter_speaker(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(claimant__in=speakers_matching(value))

    def filter_stance(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        ids = Evidence.objects.filter(stance=value, claim__isnull=False).values("claim")
        return queryset.filter(pk__in=ids)


class SpeakerFilter(filters.FilterSet):
    name = filters.CharFilter(
        method="filter_name", help_text="A name or alias (any case): 'the Afghan envoy'."
    )
    kind = filters.ChoiceFilter(choices=Speaker.Kind.choices)

    class Meta:
        model = Speaker
        fields = ["name", "kind"]

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(pk__in=Speaker.objects.named(value).values("pk"))
