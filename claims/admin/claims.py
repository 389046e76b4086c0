"""Claims: the changelist, the review page with its suggested matches."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse

from claims.admin.common import REVIEW_FIELDS, quantity_text
from claims.admin.filters import AwaitingReviewFilter, ContestedFilter, stance_exists
from claims.admin.queue import review_queue_view
from claims.admin.review import ReviewableAdmin
from claims.conflicts import refresh_conflicts
from claims.models import (
    Claim,
    ClaimMatch,
    Stance,
)


class ClaimMatchPanel:
    """Suggested same-claim matches of a claim, in either direction, with their decision URLs."""

    @staticmethod
    def for_claim(claim: Claim) -> list[dict[str, Any]]:
        matches = (
            ClaimMatch.objects.suggested()
            .filter(Q(claim=claim) | Q(candidate=claim))
            .select_related("claim", "candidate")
        )
        rows = []
        for match in matches:
            other = match.candidate if match.claim_id == claim.pk else match.claim
            wordings = list(other.appearances.select_related("source")[:3])
            rows.append(
                {
                    "match": match,
                    "other": other,
                    "other_url": reverse("admin:claims_claim_change", args=[other.pk]),
                    "wordings": wordings,
                    "keeps": match.claim,
                    "confirm_url": reverse(
                        "admin:claims_claimmatch_decide", args=[match.pk, "confirm"]
                    ),
                    "dismiss_url": reverse(
                        "admin:claims_claimmatch_decide", args=[match.pk, "dismiss"]
                    ),
                }
            )
        return rows


@admin.register(Claim)
class ClaimAdmin(ReviewableAdmin):
    list_display = [
        "statement_short",
        "claimant",
        "quantity",
        "status_badge",
        "verdict",
        "is_contested",
        "has_conflict",
        "appearance_count",
    ]
    list_display_links = ["statement_short"]
    list_filter = [
        AwaitingReviewFilter,
        "status",
        ContestedFilter,
        "numbers_conflict",
        "verdict",
        ("claimant", admin.RelatedOnlyFieldListFilter),
        ("appearances__source__outlet", admin.RelatedOnlyFieldListFilter),
        ("appearances__source", admin.RelatedOnlyFieldListFilter),
        "evidence__stance",
        "kind",
        "change",
        "vague",
    ]
    list_select_related = ["claimant"]
    search_fields = ["statement", "claimant__name", "claimant__aliases__name", "measure", "noun"]
    autocomplete_fields = ["claimant"]
    # The job first: the claim, its numbers and conflicts, where it appeared, then (after the
    # evidence and the review panel, see reviewable_change_form.html) the record, folded.
    fieldsets = [
        (
            None,
            {"fields": ["statement", "claimant", "quantity", "measure", "as_of", "opened_version"]},
        ),
        ("Where it appeared", {"fields": ["appearances_in_context"]}),
        (
            "Conflicts",
            {"fields": ["contested_note", "numbers_conflict", "conflict_note"]},
        ),
        (
            "The numbers, field by field",
            {
                "fields": [
                    ("value", "total"),
                    ("lower", "lower_inclusive"),
                    ("upper", "upper_inclusive"),
                    ("unit", "noun"),
                    ("kind", "change", "difference"),
                    ("qualifier", "vague"),
                    "number_warning",
                ],
                "description": "For '250 of 398 districts' give value 250 and total 398; for "
                "'at least 85%' lower 85, inclusive, unit 'percent'; for 'rose 2.8%' value 2.8, "
                "change up, difference ticked.",
                "classes": ["collapse"],
            },
        ),
        (
            "Verdict",
            {
                "fields": ["verdict", "verdict_explanation"],
                "description": "Reviewers give the verdict in the Review panel, with Verify.",
                "classes": ["desk-late"],
            },
        ),
        ("Review record", {"fields": [*REVIEW_FIELDS], "classes": ["desk-late", "collapse"]}),
        ("History", {"fields": ["recent_history"], "classes": ["desk-late", "collapse"]}),
    ]
    readonly_fields = [
        "quantity",
        "appearances_in_context",
        "recent_history",
        "contested_note",
        "numbers_conflict",
        "conflict_note",
        "number_warning",
        "verdict",
        "verdict_explanation",
    ]

    def get_urls(self) -> list[Any]:
        # The queue of quotes and claims together lives here, as the admin has no app-level
        # pages of its own.
        def queue(request: HttpRequest) -> HttpResponse:
            return review_queue_view(request, self.admin_site)

        return [
            path("queue/", self.admin_site.admin_view(queue), name="claims_review_queue"),
            *super().get_urls(),
        ]

    def get_queryset(self, request: HttpRequest):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_appearances=Count("appearances", distinct=True),
                supported=stance_exists(Stance.SUPPORTS),
                disputed=stance_exists(Stance.DISPUTES),
            )
        )

    @admin.display(description="Claim", ordering="statement")
    def statement_short(self, claim: Claim) -> str:
        return claim.statement[:70] + ("…" if len(claim.statement) > 70 else "")

    @admin.display(description="Quantity")
    def quantity(self, claim: Claim) -> str:
        return quantity_text(claim)

    @admin.display(description="Contested", boolean=True)
    def is_contested(self, claim: Claim) -> bool:
        return bool(claim.supported and claim.disputed)  # type: ignore[attr-defined]

    @admin.display(description="Conflict", boolean=True, ordering="numbers_conflict")
    def has_conflict(self, claim: Claim) -> bool:
        return claim.numbers_conflict

    @admin.display(description="Contested")
    def contested_note(self, claim: Claim) -> str:
        if claim.pk is None:
            return "—"
        if self.is_contested(claim):
            return "Yes: some evidence supports it and some disputes it."
        return "No"

    @admin.display(description="Appear\u00adances", ordering="n_appearances")
    def appearance_count(self, claim: Claim) -> int:
        return claim.n_appearances  # type: ignore[attr-defined]

    def apply_transition(self, obj: Any, transition: str, request: HttpRequest) -> None:
        if transition == "verify":
            obj.verify(
                request.user,
                verdict=request.POST.get("verdict") or None,
                explanation=request.POST.get("verdict_explanation", ""),
            )
        else:
            super().apply_transition(obj, transition, request)

    def review_panel(self, request: HttpRequest, obj: Any) -> dict[str, Any]:
        panel = super().review_panel(request, obj)
        panel["matches"] = ClaimMatchPanel.for_claim(obj)
        # Confirming or dismissing a match is a reviewer's decision (ClaimMatch refuses others).
        panel["may_decide_matches"] = request.user.has_perm("claims.verify_claim")
        return panel

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        refresh_conflicts(form.instance)
