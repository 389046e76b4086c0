"""Speakers and their aliases."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest

from claims.admin.common import refusal
from claims.admin.history import RecordedHistoryAdmin
from claims.models import (
    Speaker,
    SpeakerAlias,
)
from factdb.published import ShownFieldsLockedAdmin


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


@admin.register(Speaker)
class SpeakerAdmin(ShownFieldsLockedAdmin, RecordedHistoryAdmin):
    list_display = ["name", "kind", "alias_list", "organisation", "wikidata_id"]
    list_filter = ["kind"]
    list_select_related = ["organisation"]
    search_fields = ["name", "aliases__name", "wikidata_id"]
    autocomplete_fields = ["organisation"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Also known as")
    def alias_list(self, speaker: Speaker) -> str:
        return "; ".join(speaker.alias_names())  # prefetched: no query per row

    @admin.action(
        description="Merge the selected speakers into the oldest of them (one real speaker)"
    )
    def merge_selected(self, request: HttpRequest, queryset: Any) -> None:
        """The oldest speaker stays; the others' quotes, claims, members and names move to it
        and their names become its aliases. History keeps every move and the merged rows."""
        if not (
            request.user.has_perm("claims.change_speaker")
            and request.user.has_perm("claims.change_quote")
            and request.user.has_perm("claims.change_claim")
        ):
            raise PermissionDenied
        speakers = list(queryset.order_by("created_at", "pk"))
        if len(speakers) < 2:
            self.message_user(request, "Select two or more speakers to merge.", messages.ERROR)
            return
        target, merged = speakers[0], []
        for speaker in speakers[1:]:
            try:
                speaker.merge_into(target)
            except ValidationError as exc:
                messages.error(request, refusal(exc))
                continue
            merged.append(speaker.name)
        if merged:
            self.message_user(
                request,
                f"Merged into “{target}”: {', '.join(merged)} (now its aliases).",
                messages.SUCCESS,
            )
