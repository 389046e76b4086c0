"""List filters of the quote and claim changelists."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import BooleanField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from claims.models import (
    Evidence,
)


class ContestedFilter(admin.SimpleListFilter):
    title = "contested"
    parameter_name = "contested"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Supported and disputed"), ("no", "Not contested")]

    def queryset(self, request: HttpRequest, queryset: Any):
        contested = queryset.model.objects.contested().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=contested)
        if self.value() == "no":
            return queryset.exclude(pk__in=contested)
        return queryset


class AwaitingReviewFilter(admin.SimpleListFilter):
    title = "queue"
    parameter_name = "queue"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("awaiting", "Awaiting review (unreviewed or in review)")]

    def queryset(self, request: HttpRequest, queryset: Any):
        if self.value() == "awaiting":
            return queryset.awaiting_review()
        return queryset


def stance_exists(stance: str) -> Coalesce:
    """Whether a claim has evidence of this stance, as a one-row subquery PostgreSQL runs for
    the rows on the page only (as EXISTS it hashed every piece of evidence first: two scans of
    200,000 rows, 70 ms, for a page of 50 claims)."""
    found = Evidence.objects.filter(claim=OuterRef("pk"), stance=stance).values(flag=Value(True))
    return Coalesce(Subquery(found[:1], output_field=BooleanField()), Value(False))
