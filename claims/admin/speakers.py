"""Speakers and their aliases."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from claims.admin.history import RecordedHistoryAdmin
from claims.models import (
    Speaker,
    SpeakerAlias,
)


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


@admin.register(Speaker)
class SpeakerAdmin(RecordedHistoryAdmin):
    list_display = ["name", "kind", "alias_list", "organisation", "wikidata_id"]
    list_filter = ["kind"]
    list_select_related = ["organisation"]
    search_fields = ["name", "aliases__name", "wikidata_id"]
    autocomplete_fields = ["organisation"]
    inlines = [SpeakerAliasInline]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Also known as")
    def alias_list(self, speaker: Speaker) -> str:
        return "; ".join(speaker.alias_names())  # prefetched: no query per row
