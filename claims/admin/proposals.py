"""Evidence proposed at ingest: confirm (it becomes evidence) or dismiss, with one click on the
claim's page or in bulk from the list.

The claim page's piece is self-contained: `ProposalPanel.for_claim` gives the rows and
`admin/claims/evidence_proposals.html` shows them, each button a small form of its own posting to
`decide_view` (no form nested in the change form)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse

from claims.admin.common import refresh_claim, refusal
from claims.admin.history import RecordedHistoryAdmin
from claims.models import Claim, EvidenceProposal


class ProposalPanel:
    """The open proposals on a claim, newest first, with their decision URLs."""

    @staticmethod
    def for_claim(claim: Claim) -> list[dict[str, Any]]:
        proposals = (
            EvidenceProposal.objects.proposed()
            .for_claim(claim)
            .select_related("source", "source__outlet")
        )
        return [
            {
                "proposal": proposal,
                "confirm_url": reverse(
                    "admin:claims_evidenceproposal_decide", args=[proposal.pk, "confirm"]
                ),
                "dismiss_url": reverse(
                    "admin:claims_evidenceproposal_decide", args=[proposal.pk, "dismiss"]
                ),
            }
            for proposal in proposals
        ]


@admin.register(EvidenceProposal)
class EvidenceProposalAdmin(RecordedHistoryAdmin):
    list_display = ["claim", "stance", "reason", "source", "status", "decided_by", "created_at"]
    list_filter = ["status", "stance"]
    list_select_related = ["claim", "source", "decided_by"]
    search_fields = ["claim__statement", "reason", "excerpt"]
    readonly_fields = [
        "claim", "source", "stance", "reason", "excerpt", "excerpt_start", "excerpt_end",
        "status", "evidence", "decided_by", "decided_at", "created_at",
    ]  # fmt: skip
    actions = ["confirm_selected", "dismiss_selected"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # proposals come from ingest; evidence is added as Evidence

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<path:object_id>/decide/<slug:decision>/",
                self.admin_site.admin_view(self.decide_view),
                name="claims_evidenceproposal_decide",
            ),
            *super().get_urls(),
        ]

    def decide_view(self, request: HttpRequest, object_id: str, decision: str) -> HttpResponse:
        if request.method != "POST" or decision not in {"confirm", "dismiss"}:
            return HttpResponseNotAllowed(["POST"])
        proposal = self.get_object(request, unquote(object_id))
        if proposal is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.may_decide(request):
            raise PermissionDenied
        self._decide(request, proposal, decision)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[proposal.claim_id]))

    @staticmethod
    def may_decide(request: HttpRequest) -> bool:
        """Confirming adds evidence: whoever may add evidence decides proposals."""
        return request.user.has_perm("claims.add_evidence")

    def _decide(self, request: HttpRequest, proposal: EvidenceProposal, decision: str) -> None:
        try:
            if decision == "confirm":
                proposal.confirm(request.user)
            else:
                proposal.dismiss(request.user)
        except (PermissionDenied, ValidationError) as exc:
            messages.error(request, refusal(exc))
            return
        if decision == "confirm":
            refresh_claim(proposal.claim_id)
            self.message_user(
                request,
                f"Confirmed: {proposal.get_stance_display().lower()} evidence from "
                f"“{proposal.source}” added to claim #{proposal.claim_id}.",
                messages.SUCCESS,
            )
        else:
            self.message_user(request, "Dismissed: not evidence on this claim.", messages.SUCCESS)

    @admin.action(description="Confirm: make each proposal evidence")
    def confirm_selected(self, request: HttpRequest, queryset: Any) -> None:
        if not self.may_decide(request):
            raise PermissionDenied
        for proposal in queryset:
            self._decide(request, proposal, "confirm")

    @admin.action(description="Dismiss: not evidence on its claim")
    def dismiss_selected(self, request: HttpRequest, queryset: Any) -> None:
        if not self.may_decide(request):
            raise PermissionDenied
        for proposal in queryset:
            self._decide(request, proposal, "dismiss")
