"""Filters for the outlet and source list endpoints (django-filter)."""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters import rest_framework as filters

from factdb.api.filters import id_or_name
from sources.models import Outlet, Source


def outlets_matching(value: str) -> QuerySet[Outlet]:
    number, name = id_or_name(value)
    if number is not None:
        return Outlet.objects.filter(pk=number)
    return Outlet.objects.filter(name__iexact=name)


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
