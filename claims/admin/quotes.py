"""Quotes: the changelist and the review page."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from claims.admin.common import REVIEW_FIELDS
from claims.admin.filters import AwaitingReviewFilter, ContestedFilter
from claims.admin.review import ReviewableAdmin
from claims.admin.scale import (
    FullTextSearchMixin,
    OutletFilter,
    ScaleAdminMixin,
    SourceFilter,
    appearance_count,
    speaker_filter,
)
from claims.models import (
    Quote,
)


@admin.register(Quote)
class QuoteAdmin(ScaleAdminMixin, FullTextSearchMixin, ReviewableAdmin):
    who = "speaker"
    list_display = [
        "text_short",
        "speaker_or_description",
        "said_on",
        "via",
        "partial",
        "status_badge",
        "appearance_count",
        "updated_at",
    ]
    list_display_links = ["text_short"]
    list_filter = [
        AwaitingReviewFilter,
        "status",
        speaker_filter("speaker"),
        OutletFilter,
        SourceFilter,
        "evidence__stance",
        ContestedFilter,
        "partial",
    ]
    list_select_related = ["speaker"]
    search_fields = ["text", "speaker__name", "speaker__aliases__name", "via"]
    autocomplete_fields = ["speaker"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "text",
                    ("speaker", "speaker_description"),
                    "said_on",
                    "via",
                    "partial",
                    "opened_version",
                ]
            },
        ),
        ("Where it appeared", {"fields": ["appearances_in_context"]}),
        ("Review record", {"fields": [*REVIEW_FIELDS], "classes": ["desk-late", "collapse"]}),
        ("History", {"fields": ["recent_history"], "classes": ["desk-late", "collapse"]}),
    ]
    readonly_fields = ["appearances_in_context", "recent_history"]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).annotate(n_appearances=appearance_count("quote"))

    @admin.display(description="Quote", ordering="text")
    def text_short(self, quote: Quote) -> str:
        return f"“{quote.text[:100]}{'…' if len(quote.text) > 100 else ''}”"

    @admin.display(description="Speaker", ordering="speaker__name")
    def speaker_or_description(self, quote: Quote) -> str:
        """The named speaker, else how the source describes an unnamed one, in brackets."""
        if quote.speaker_id is not None:
            return str(quote.speaker)
        if quote.speaker_description:
            return f"[{quote.speaker_description}]"
        return "—"

    @admin.display(description="Appear\u00adances")
    def appearance_count(self, quote: Quote) -> int:
        return quote.n_appearances  # type: ignore[attr-defined]
