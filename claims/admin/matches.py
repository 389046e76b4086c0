"""Suggested same-claim matches: confirm (merge) or dismiss."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse

from claims.admin.common import refresh_claim, refusal
from claims.admin.history import RecordedHistoryAdmin
from claims.models import (
    ClaimMatch,
    StaleEdit,
)


@admin.register(ClaimMatch)
class ClaimMatchAdmin(RecordedHistoryAdmin):
    list_display = ["__str__", "candidate", "claim", "score", "status", "decided_by", "decided_at"]
    list_filter = ["status"]
    list_select_related = ["claim", "candidate", "decided_by"]
    search_fields = ["claim__statement", "candidate__statement", "reasons"]
    autocomplete_fields = ["claim", "candidate"]
    readonly_fields = ["status", "decided_by", "decided_at", "created_at"]
    actions = ["confirm_selected", "dismiss_selected"]

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/decide/<slug:decision>/",
                self.admin_site.admin_view(self.decide_view),
                name="claims_claimmatch_decide",
            ),
            *super().get_urls(),
        ]

    def decide_view(self, request: HttpRequest, object_id: str, decision: str) -> HttpResponse:
        if request.method != "POST" or decision not in {"confirm", "dismiss"}:
            return HttpResponseNotAllowed(["POST"])
        match = self.get_object(request, unquote(object_id))
        if match is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, match):
            raise PermissionDenied
        self._decide(request, match, decision)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[match.claim_id]))

    def _decide(self, request: HttpRequest, match: ClaimMatch, decision: str) -> bool:
        try:
            if decision == "confirm":
                match.confirm(request.user)
            else:
                match.dismiss(request.user)
        except (PermissionDenied, ValidationError, StaleEdit) as exc:
            messages.error(request, refusal(exc))
            return False
        if decision == "confirm":
            refresh_claim(match.claim_id)
            self.message_user(
                request,
                f"Merged: claim #{match.candidate_id}'s appearances and evidence now belong to "
                f"claim #{match.claim_id}.",
                messages.SUCCESS,
            )
        else:
            self.message_user(request, "Dismissed: the two claims stay apart.", messages.SUCCESS)
        return True

    @admin.action(description="Confirm: merge each candidate into its claim")
    def confirm_selected(self, request: HttpRequest, queryset: Any) -> None:
        for match in queryset:
            self._decide(request, match, "confirm")

    @admin.action(description="Dismiss: not the same claim")
    def dismiss_selected(self, request: HttpRequest, queryset: Any) -> None:
        for match in queryset:
            self._decide(request, match, "dismiss")
