"""The review pages quotes and claims share.

Review transitions (start review, verify, reject, retract) are buttons of the quote's or claim's
change form: one submit saves the fields, the evidence rows and the transition in one transaction,
or nothing at all (a refused transition shows the page again with everything typed kept and the
reason on top). The models enforce who may do what. Every change form carries the version the
user opened, so a save over someone else's newer change is refused instead of overwriting it.
The small transition views (`<id>/review/<transition>/`) stay for scripted posts."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from claims.admin.common import (
    QUEUE_RANK,
    REVIEW_FIELDS,
    admin_link,
    apply_each,
    highlighted,
    refusal,
)
from claims.admin.evidence import EvidenceInline, set_added_by
from claims.admin.history import RecordedHistoryAdmin, history_rows, related_history_rows
from claims.admin.queue import neighbour_url
from claims.locking import Locked, is_locked, locked_form_fields
from claims.models import (
    KEPT_FOREVER,
    Claim,
    Quote,
    ReviewStatus,
    StaleEdit,
    Verdict,
)
from factdb.ids import parse_id

# The change form's submit buttons that carry a review transition: <button name=_transition>.
TRANSITION_FIELD = "_transition"


class ReviewRefused(Exception):
    """A transition submitted with the change form was refused: everything rolls back."""


class ReviewableForm(forms.ModelForm):
    """Carries the version the user opened; saving over a newer version is refused."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # Set (by ReviewableAdmin.get_form) when this same submit was just refused a transition:
    # the form is then invalid, so the page shows again with the user's input and nothing saved.
    review_refusal = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if self.review_refusal:
            raise ValidationError(self.review_refusal, code="refused")
        if self.instance.pk is None or self.instance._state.adding:
            return cleaned
        opened = cleaned.get("opened_version")
        if opened is None:
            raise ValidationError(
                "This page did not say which version you opened: reload it and edit again.",
                code="no_version",
            )
        if opened != self.instance.version:  # the instance was read from the database just now
            current = type(self.instance)._default_manager.select_related(
                "last_edited_by", "reviewed_by"
            )
            current = current.get(pk=self.instance.pk)
            stale = StaleEdit(
                self.instance, current.last_edited_by or current.reviewed_by, current.updated_at
            )
            raise ValidationError(str(stale), code="stale")
        # The model checks again when it saves: a save racing this one is refused there too.
        self.instance.version = opened
        return cleaned


class ReviewableAdmin(RecordedHistoryAdmin):
    """What quotes and claims share: the review panel, the queue order and the safe delete."""

    form = ReviewableForm
    change_form_template = "admin/claims/reviewable_change_form.html"
    change_list_template = "admin/claims/reviewable_change_list.html"
    object_history_template = "admin/claims/object_history.html"
    history_list_display = ["status", "status_reason"]
    actions = ["start_review_selected", "reject_selected", "delete_selected"]
    inlines = [EvidenceInline]
    list_per_page = 50

    class Media:
        css = {"all": ["claims/review.css"]}

    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})}
    }

    # -- queue ---------------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).annotate(queue_rank=QUEUE_RANK)

    def get_ordering(self, request: HttpRequest) -> list[Any]:
        return [QUEUE_RANK.asc(), "-created_at"]

    @admin.display(description="Status", ordering="queue_rank")
    def status_badge(self, obj: Quote | Claim) -> str:
        return format_html(
            '<span class="review-status review-status-{}">{}</span>',
            obj.status,
            obj.get_status_display(),
        )

    # -- who did what --------------------------------------------------------------------

    @admin.display(description="Where it appeared")
    def appearances_in_context(self, obj: Quote | Claim) -> str:
        if obj.pk is None:
            return "—"
        appearances = obj.appearances.select_related("source__outlet")
        if not appearances:
            return "No appearance recorded yet."
        return format_html_join(
            "",
            '<div class="appearance"><p class="appearance-source">{} {}</p>'
            '<blockquote class="appearance-text">{}</blockquote></div>',
            (
                (
                    admin_link(a.source),
                    format_html(" · {}", a.source.outlet) if a.source.outlet else "",
                    highlighted(a.source.text, a.start, a.end)
                    if not a.orphaned
                    else format_html(
                        "<em>Orphaned: the source no longer holds “{}” here.</em>", a.wording
                    ),
                )
                for a in appearances
            ),
        )

    @admin.display(description="Recent history")
    def recent_history(self, obj: Quote | Claim) -> str:
        if obj.pk is None:
            return "—"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    row["when"].strftime("%Y-%m-%d %H:%M"),
                    row["who"] or "—",
                    row["what"],
                    row["reason"],
                )
                for row in history_rows(obj)
            ),
        )
        url = reverse(f"admin:claims_{obj._meta.model_name}_history", args=[obj.pk])
        return format_html(
            '<table class="recent-history"><thead><tr><th>When</th><th>Who</th><th>What</th>'
            "<th>Reason</th></tr></thead><tbody>{}</tbody></table>"
            '<p><a href="{}">Full history of every change</a></p>',
            rows,
            url,
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        fields = [*super().get_readonly_fields(request, obj), *REVIEW_FIELDS]
        if is_locked(obj):  # published means locked: reopen to change
            fields += [f for f in locked_form_fields(self.model) if f not in fields]
        return fields

    # -- saving --------------------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            obj.created_by = obj.last_edited_by = request.user
        elif any(name != "opened_version" for name in form.changed_data):
            obj.last_edited_by = request.user
        else:
            # Nothing of the item itself changed (evidence only, say): it keeps its version
            # and its last editor, so adding evidence does not stop a reviewer verifying it.
            return
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        set_added_by(request, formset)
        super().save_formset(request, form, formset, change)

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        transition = request.POST.get(TRANSITION_FIELD) if request.method == "POST" else None
        if transition and object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and not self.has_change_permission(request, obj):
                # A page shown read-only has nothing to save: the decision alone, as the
                # transition view takes it (and refuses it when the user may not).
                return self.transition_view(request, object_id, transition)
        try:
            try:
                return super().changeform_view(request, object_id, form_url, extra_context)
            except ReviewRefused as refused:
                # Everything the submit saved was rolled back with the refusal; show the page
                # again from the same POST, the form invalid with the reason: nothing is saved,
                # nothing typed is lost.
                request._review_refusal = str(refused)  # type: ignore[attr-defined]
                return super().changeform_view(request, object_id, form_url, extra_context)
        except (StaleEdit, Locked) as exc:
            # A save that raced the form's own check (or a reopened item's verification):
            # nothing was saved (the view's transaction rolled back), and the newer change stays.
            messages.error(request, str(exc))
            return HttpResponseRedirect(request.path)

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any):
        form = super().get_form(request, obj, change, **kwargs)
        refused = getattr(request, "_review_refusal", "")
        if refused:
            return type(form.__name__, (form,), {"review_refusal": refused})
        return form

    def response_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        """After the form and its evidence rows are saved, inside the same transaction, apply
        the transition the submit asked for; a refusal rolls all of it back."""
        transition = request.POST.get(TRANSITION_FIELD)
        if not transition:
            return super().response_change(request, obj)
        if transition not in self.TRANSITIONS:
            raise ReviewRefused(f"There is no review action called “{transition}”.")
        try:
            self.apply_transition(obj, transition, request)
        except (PermissionDenied, ValidationError, StaleEdit) as exc:
            raise ReviewRefused(refusal(exc)) from exc
        self.message_user(
            request,
            f"The {self.opts.verbose_name} is now {obj.get_status_display().lower()}.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(request.path)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        obj = self.get_object(request, unquote(object_id))
        context = dict(extra_context or {})
        if obj is not None:
            context["review"] = self.review_panel(request, obj)
            if is_locked(obj) and request.method == "GET":
                messages.info(
                    request,
                    f"This {self.opts.verbose_name} is {obj.get_status_display().lower()}: its "
                    "published content, appearances and evidence are read-only. A reviewer "
                    "reopens it (with a reason) to change them; another reviewer then verifies "
                    "it again.",
                )
        return super().change_view(request, object_id, form_url, context)

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        item = self.model(pk=unquote(object_id))  # deleted items keep their history too
        context = {**(extra_context or {}), "related_history": related_history_rows(item)}
        return super().history_view(request, object_id, context)

    # -- never delete what was verified --------------------------------------------------

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.status in KEPT_FOREVER:
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(
        permissions=["delete"], description="Delete selected %(verbose_name_plural)s (not verified)"
    )
    def delete_selected(self, request: HttpRequest, queryset: Any) -> HttpResponse | None:
        kept = queryset.filter(status__in=KEPT_FOREVER).count()
        if kept:
            self.message_user(
                request,
                f"{kept} verified or retracted {self.opts.verbose_name_plural} kept: they are "
                "never deleted. Retract a verified item with a reason instead.",
                messages.WARNING,
            )
        deletable = queryset.exclude(status__in=KEPT_FOREVER)
        if not deletable.exists():
            return None
        return django_delete_selected(self, request, deletable)

    # -- review transitions --------------------------------------------------------------

    def get_urls(self) -> list[Any]:
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/review/<slug:transition>/",
                self.admin_site.admin_view(self.transition_view),
                name="{}_{}_transition".format(*info),
            ),
            *super().get_urls(),
        ]

    TRANSITIONS = {
        "start-review": ReviewStatus.IN_REVIEW,
        "verify": ReviewStatus.VERIFIED,
        "reject": ReviewStatus.REJECTED,
        "retract": ReviewStatus.RETRACTED,
        "reopen": ReviewStatus.IN_REVIEW,
    }

    def apply_transition(self, obj: Any, transition: str, request: HttpRequest) -> None:
        by, data = request.user, request.POST
        reason = data.get("reason", "")
        if transition == "start-review":
            obj.start_review(by)
        elif transition == "verify":
            obj.verify(by)
        elif transition == "reject":
            obj.reject(by, reason)
        elif transition == "retract":
            obj.retract(by, reason)
        elif transition == "reopen":
            obj.reopen(by, reason)

    def transition_view(self, request: HttpRequest, object_id: str, transition: str):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if transition not in self.TRANSITIONS:
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        opened = parse_id(request.POST.get("opened_version", ""))
        if opened is not None:
            obj.version = opened  # a transition over a newer change is refused too
        try:
            self.apply_transition(obj, transition, request)
        except (PermissionDenied, ValidationError, StaleEdit) as exc:
            messages.error(request, refusal(exc))
        else:
            self.message_user(
                request,
                f"The {self.opts.verbose_name} is now {obj.get_status_display().lower()}.",
                messages.SUCCESS,
            )
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        return HttpResponseRedirect(url)

    def review_panel(self, request: HttpRequest, obj: Any) -> dict[str, Any]:
        """The transition buttons this user sees, each with why it is disabled, if it is (each
        reason said once), and the items before and after this one in the queue."""
        user = request.user
        reviewer = user.has_perm(obj.verify_permission)
        not_reviewer = "Only reviewers may verify, reject or retract; you are an editor."
        buttons = []
        for name, status, label, key in (
            ("start-review", ReviewStatus.IN_REVIEW, "Start review", ""),
            ("verify", ReviewStatus.VERIFIED, "Verify", "v"),
            ("reject", ReviewStatus.REJECTED, "Reject", "r"),
            ("retract", ReviewStatus.RETRACTED, "Retract", ""),
            ("reopen", ReviewStatus.IN_REVIEW, "Reopen to change", ""),
        ):
            if not obj.can_transition(status):
                continue
            reopening = status == ReviewStatus.IN_REVIEW and is_locked(obj)
            if (name == "reopen") != reopening:
                continue
            why_not = ""
            if (status != ReviewStatus.IN_REVIEW or reopening) and not reviewer:
                why_not = not_reviewer
            elif status == ReviewStatus.VERIFIED and (hand := obj.why_not_verifier(user)):
                why_not = f"Four-eyes rule: {hand}; another reviewer verifies it."
            buttons.append(
                {
                    "name": name,
                    "label": label,
                    "key": key,
                    "why_not": why_not,
                    "why_not_id": "review-why-not-four-eyes"
                    if why_not.startswith("Four-eyes")
                    else "review-why-not-role",
                    "needs_reason": status in (ReviewStatus.REJECTED, ReviewStatus.RETRACTED)
                    or reopening,
                }
            )
        usable = [b for b in buttons if not b["why_not"]]
        reasons = list(
            dict.fromkeys((b["why_not_id"], b["why_not"]) for b in buttons if b["why_not"])
        )
        kind = self.opts.model_name
        return {
            "buttons": buttons,
            "why_not": reasons,
            "transition_field": TRANSITION_FIELD,
            "opened_version": obj.version,
            "status": obj.get_status_display(),
            "status_code": obj.status,
            "status_reason": obj.status_reason,
            "reviewed_by": obj.reviewed_by,
            "reviewed_at": obj.reviewed_at,
            "asks_verdict": isinstance(obj, Claim) and any(b["name"] == "verify" for b in usable),
            "asks_reason": any(b["needs_reason"] for b in usable),
            "verdicts": Verdict.choices,
            "verdict": getattr(obj, "verdict", ""),
            "verdict_explanation": getattr(obj, "verdict_explanation", ""),
            "next_url": neighbour_url(kind, obj.pk),
            "previous_url": neighbour_url(kind, obj.pk, forward=False),
        }

    # -- bulk actions --------------------------------------------------------------------

    @admin.action(description="Start review of the selected %(verbose_name_plural)s")
    def start_review_selected(self, request: HttpRequest, queryset: Any) -> None:
        apply_each(request, queryset, lambda obj: obj.start_review(request.user), "in review")

    @admin.action(description="Reject the selected %(verbose_name_plural)s, with a reason…")
    def reject_selected(self, request: HttpRequest, queryset: Any) -> HttpResponse | None:
        reason = request.POST.get("reason", "").strip()
        if "apply" in request.POST and reason:
            apply_each(request, queryset, lambda obj: obj.reject(request.user, reason), "rejected")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Reject {queryset.count()} {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "queryset": queryset,
            "action": "reject_selected",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "missing_reason": "apply" in request.POST,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/reject_selected.html", context)
