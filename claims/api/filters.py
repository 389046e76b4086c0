"""Filters for the list endpoints (django-filter) and an ordering that refuses unknown fields.

Every filter that follows a relation through appearances or evidence filters by `pk__in` a
subquery, not by a join, so no row is listed twice and no DISTINCT is needed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import FloatField, Q, QuerySet
from django.db.models.functions import Cast
from django_filters import rest_framework as filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

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
from sources.models import Outlet, Source

MAX_ID = 2**63 - 1


class IdFilter(filters.NumberFilter):
    """A row id: a whole number in the database's range (a larger one is a 400, not a 500)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


def id_or_name(value: str) -> tuple[int | None, str]:
    """'12' → (12, ''); 'NDTV' → (None, 'NDTV'). A number too large to be an id matches nothing."""
    value = value.strip()
    if value.isdigit():
        number = int(value)
        return (number if number <= MAX_ID else 0), ""
    return None, value


def speakers_matching(value: str) -> QuerySet[Speaker]:
    """The speaker with this id, or those called this name or known by it as an alias."""
    number, name = id_or_name(value)
    if number is not None:
        return Speaker.objects.filter(pk=number)
    return Speaker.objects.named(name)


def outlets_matching(value: str) -> QuerySet[Outlet]:
    number, name = id_or_name(value)
    if number is not None:
        return Outlet.objects.filter(pk=number)
    return Outlet.objects.filter(name__iexact=name)


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
        return self._appearing(queryset, Q(source__outlet__in=outlets_matching(value)))

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


class SourceFilter(filters.FilterSet):
    outlet = filters.CharFilter(method="filter_outlet", help_text="The outlet's id or name.")
    published_after = filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="published_on", lookup_expr="lte")
    kind = filters.ChoiceFilter(choices=Source.Kind.choices)

    class Meta:
        model = Source
        fields = ["outlet", "published_after", "published_before", "kind"]

    def filter_outlet(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(outlet__in=outlets_matching(value))


class OutletFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Outlet.Kind.choices)

    class Meta:
        model = Outlet
        fields = ["kind"]


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, skipped when the request names none of the view's filters:
    building and validating a FilterSet's form costs about a tenth of a list request."""

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is not None and not any(
            name in request.query_params for name in filterset_class.base_filters
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StrictOrderingFilter(OrderingFilter):
    """`?ordering=` over the view's `ordering_fields`, a mapping of public names to sort keys.

    An unknown field is a 400 (DRF's OrderingFilter would ignore it silently). Nullable fields
    sort by a coalesced annotation from the view's `ordering_annotations`, because a cursor
    cannot point at NULL. The ordering always ends with `id`, so it is total and a cursor
    never skips or repeats a row; a ranked search sorts by rank unless told otherwise.
    """

    ordering_description = "Sort by one or more fields, comma-separated; '-' for descending."

    def get_ordering(self, request: Any, queryset: QuerySet, view: Any) -> list[str]:
        fields: dict[str, str] = view.ordering_fields
        raw = request.query_params.get(self.ordering_param)
        if raw is not None:
            ordering = []
            for term in (t.strip() for t in raw.split(",")):
                name = term.removeprefix("-")
                if name not in fields:
                    raise ValidationError(
                        {
                            self.ordering_param: [
                                f"Unknown field {name!r}; choose from "
                                f"{', '.join(sorted(fields))} (prefix '-' for descending)."
                            ]
                        }
                    )
                ordering.append(("-" if term.startswith("-") else "") + fields[name])
        elif "search_score" in queryset.query.annotations:
            ordering = ["-search_score"]  # ranked search: best first
        else:
            ordering = list(view.ordering)
        if not any(key.removeprefix("-") == "id" for key in ordering):
            ordering.append("-id" if ordering[0].startswith("-") else "id")
        return ordering

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        ordering = self.get_ordering(request, queryset, view)
        keys = {key.removeprefix("-") for key in ordering}
        annotations = {
            name: expression
            for name, expression in getattr(view, "ordering_annotations", {}).items()
            if name in keys
        }
        if annotations:
            queryset = queryset.annotate(**annotations)
        return queryset.order_by(*ordering)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        names = sorted(view.ordering_fields)
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"{self.ordering_description} Fields: {', '.join(names)}.",
                "schema": {"type": "string"},
            }
        ]
