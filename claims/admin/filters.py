"""List filters of the quote and claim changelists."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Exists, OuterRef
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


def stance_exists(stance: str) -> Exists:
    return Exists(Evidence.objects.filter(claim=OuterRef("pk"), stance=stance))
