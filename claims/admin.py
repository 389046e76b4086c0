"""The reviewers' admin: speakers, quotes, claims, where they appeared and the evidence on them.

Review transitions (start review, verify, reject, retract) are buttons on the quote and claim
pages that post to small admin views; the models enforce who may do what, and the views turn a
refusal into a message on the page. Every change form carries the version the user opened, so a
save over someone else's newer change is refused instead of overwriting it.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from claims.conflicts import claim_interval, refresh_conflicts
from claims.conflicts import number as interval_number
from claims.models import (
    KEPT_FOREVER,
    Appearance,
    Claim,
    ClaimMatch,
    Evidence,
    Quote,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    StaleEdit,
    Stance,
    Verdict,
)

# The site's index leads with the review queue and how many items await review.
admin.site.index_template = "admin/claims/index.html"

# Unreviewed first, then in review: the order of the review queue.
QUEUE_RANK = Case(
    When(status=ReviewStatus.UNREVIEWED, then=Value(0)),
    When(status=ReviewStatus.IN_REVIEW, then=Value(1)),
    When(status=ReviewStatus.REJECTED, then=Value(2)),
    When(status=ReviewStatus.VERIFIED, then=Value(3)),
    default=Value(4),
    output_field=IntegerField(),
)
REVIEW_FIELDS = (
    "status",
    "status_reason",
    "reviewed_by",
    "reviewed_at",
    "created_by",
    "created_at",
    "last_edited_by",
    "updated_at",
    "confidence",
)
# How much of the source to show around a highlighted appearance, at most, each side.
CONTEXT_CHARS = 240
SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s)|\n")


def refusal(exc: Exception) -> str:
    """The model's own words for why it refused."""
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or "You may not do this."


def apply_each(request: HttpRequest, queryset: Any, change: Any, done: str) -> None:
    """Apply `change` to each item in turn: one refusal (a message naming the item) does not
    stop the others. Used by the changelists' bulk actions and by the review queue."""
    moved, refused = 0, []
    for obj in queryset:
        try:
            change(obj)
        except (PermissionDenied, ValidationError, StaleEdit) as exc:
            refused.append(f"{capfirst(obj._meta.verbose_name)} #{obj.pk}: {refusal(exc)}")
        else:
            moved += 1
    if moved:
        opts = queryset.model._meta
        noun = opts.verbose_name if moved == 1 else opts.verbose_name_plural
        messages.success(request, f"{moved} {noun} now {done}.")
    for line in refused:
        messages.error(request, line)


# --- highlighting --------------------------------------------------------------------------


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence(s) holding text[start:end], split into before, the span, after."""
    floor = max(0, start - CONTEXT_CHARS)
    before_ends = [m.end() for m in SENTENCE_END.finditer(text, floor, start)]
    left = before_ends[-1] if before_ends else floor
    after = SENTENCE_END.search(text, end, min(len(text), end + CONTEXT_CHARS))
    right = after.end() if after else min(len(text), end + CONTEXT_CHARS)
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


def highlighted(text: str, start: int, end: int) -> str:
    """The sentence around [start:end] with the span in <mark>; every part escaped."""
    before, words, after = sentence_around(text, start, end)
    return format_html("…{}<mark>{}</mark>{}…", before, words, after)


def admin_link(obj: Any, label: Any = None) -> str:
    if obj is None:
        return "—"
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label if label is not None else obj)


# --- history -------------------------------------------------------------------------------


class RecordedHistoryAdmin(SimpleHistoryAdmin):
    """History is a record, not an undo button: every page links to it, nobody reverts it."""

    def has_change_history_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: Any = None
    ) -> HttpResponse:
        if request.method == "POST":
            raise PermissionDenied("History is kept as it was: it cannot be reverted.")
        return super().history_form_view(request, object_id, version_id, extra_context)


def history_rows(item: Quote | Claim, limit: int = 12) -> list[dict[str, Any]]:
    """Recent changes of an item, its evidence and its appearances, newest first (3 queries)."""
    own = list(item.history.select_related("history_user").order_by("-history_date")[: limit + 1])
    rows = []
    for newer, older in zip(own[:limit], [*own[1:], None], strict=False):
        changed = ""
        if older is not None and newer.history_type == "~":
            delta = newer.diff_against(older, foreign_keys_are_objs=False)
            changed = ", ".join(
                c.field for c in delta.changes if c.field not in {"version", "updated_at"}
            )
        verb = {"+": "created", "~": "changed", "-": "deleted"}[newer.history_type]
        rows.append(
            {
                "when": newer.history_date,
                "who": newer.history_user,
                "what": f"{str(item._meta.verbose_name).capitalize()} {verb}"
                + (f": {changed}" if changed else "")
                + f" (status: {newer.get_status_display().lower()})",
                "reason": newer.history_change_reason or "",
            }
        )
    rows += related_history_rows(item, limit)
    rows.sort(key=lambda row: row["when"], reverse=True)
    return rows[:limit]


def related_history_rows(item: Quote | Claim, limit: int | None = None) -> list[dict[str, Any]]:
    """Changes to an item's evidence and appearances, removed ones included, newest first."""
    target = {"claim_id": item.pk} if isinstance(item, Claim) else {"quote_id": item.pk}
    rows = []
    for model, noun in ((Evidence, "Evidence"), (Appearance, "Appearance")):
        records = (
            model.history.filter(**target)
            .select_related("history_user", "source")
            .order_by("-history_date")
        )
        for record in records[:limit] if limit else records:
            verb = {"+": "added", "~": "changed", "-": "removed"}[record.history_type]
            detail = (
                f"{record.get_stance_display().lower()}, from {record.source}"
                + (f": “{record.excerpt[:80]}”" if record.excerpt else "")
                if model is Evidence
                else f"“{record.wording[:60]}” in {record.source}"
            )
            rows.append(
                {
                    "when": record.history_date,
                    "who": record.history_user,
                    "what": f"{noun} {verb}: {detail}",
                    "reason": record.history_change_reason or "",
                }
            )
    rows.sort(key=lambda row: row["when"], reverse=True)
    return rows


# --- speakers ------------------------------------------------------------------------------


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


# --- evidence and appearances --------------------------------------------------------------


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["source", "stance", "excerpt", "note"]
        widgets = {
            "excerpt": forms.Textarea(attrs={"rows": 2, "cols": 34}),
            "note": forms.Textarea(attrs={"rows": 2, "cols": 26}),
        }

    def clean(self) -> dict[str, Any]:
        """Anchor a pasted excerpt in its source, so it can be highlighted and checked later."""
        super().clean()
        cleaned = self.cleaned_data
        source, excerpt = cleaned.get("source"), (cleaned.get("excerpt") or "").strip()
        if source is None or not excerpt:
            return cleaned
        if "excerpt" in self.changed_data or "source" in self.changed_data:
            found = source.text.find(excerpt)
            if found < 0:
                self.add_error(
                    "excerpt", "These words are not in the source's text: paste them exactly."
                )
            else:
                cleaned["excerpt"] = excerpt
                self.instance.excerpt_start, self.instance.excerpt_end = (
                    found,
                    found + len(excerpt),
                )
        return cleaned


class EvidenceTargetForm(EvidenceForm):
    class Meta(EvidenceForm.Meta):
        fields = ["claim", "quote", "source", "stance", "excerpt", "note"]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    extra = 0
    fields = ["source", "stance", "excerpt", "note", "added_by", "added_at"]
    readonly_fields = ["added_by", "added_at"]
    autocomplete_fields = ["source"]
    verbose_name_plural = "Evidence: sources that support, dispute or give context"


def set_added_by(request: HttpRequest, formset: forms.BaseModelFormSet) -> None:
    for form in formset.forms:
        if form.instance.pk is None and form.has_changed():
            form.instance.added_by = request.user  # type: ignore[assignment]


def refresh_claim(claim_id: int | None) -> None:
    if claim_id is not None:
        claim = Claim.objects.filter(pk=claim_id).first()
        if claim is not None:
            refresh_conflicts(claim)


@admin.register(Evidence)
class EvidenceAdmin(RecordedHistoryAdmin):
    form = EvidenceTargetForm
    list_display = ["__str__", "item", "stance", "excerpt_short", "added_by", "added_at"]
    list_filter = ["stance", ("source__outlet", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["source", "claim", "quote__speaker", "added_by"]
    search_fields = ["excerpt", "note", "claim__statement", "quote__text", "source__title"]
    autocomplete_fields = ["claim", "quote", "source"]
    fields = ["claim", "quote", "source", "stance", "excerpt", "note", "added_by", "added_at"]
    readonly_fields = ["added_by", "added_at"]

    @admin.display(description="About")
    def item(self, evidence: Evidence) -> str:
        return admin_link(evidence.claim or evidence.quote)

    @admin.display(description="Excerpt")
    def excerpt_short(self, evidence: Evidence) -> str:
        return evidence.excerpt[:80] + ("…" if len(evidence.excerpt) > 80 else "")

    def save_model(self, request: HttpRequest, obj: Evidence, form: Any, change: bool) -> None:
        if not change:
            obj.added_by = request.user  # type: ignore[assignment]
        previous = Evidence.objects.filter(pk=obj.pk).values_list("claim_id", flat=True).first()
        super().save_model(request, obj, form, change)
        refresh_claim(obj.claim_id)
        if previous != obj.claim_id:
            refresh_claim(previous)

    def delete_model(self, request: HttpRequest, obj: Evidence) -> None:
        claim_id = obj.claim_id
        super().delete_model(request, obj)
        refresh_claim(claim_id)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        claim_ids = set(queryset.values_list("claim_id", flat=True))
        super().delete_queryset(request, queryset)
        for claim_id in claim_ids:
            refresh_claim(claim_id)


@admin.register(Appearance)
class AppearanceAdmin(RecordedHistoryAdmin):
    list_display = ["wording_short", "item", "source", "start", "end", "orphaned"]
    list_filter = ["orphaned", ("source__outlet", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["source", "claim", "quote__speaker"]
    search_fields = ["wording", "claim__statement", "quote__text", "source__title"]
    autocomplete_fields = ["claim", "quote", "source"]
    fields = [
        "claim",
        "quote",
        "source",
        "in_context",
        "wording",
        "start",
        "end",
        "prefix",
        "suffix",
        "role",
        "cue",
        "attribution",
        "orphaned",
    ]
    readonly_fields = ["in_context"]

    @admin.display(description="Wording")
    def wording_short(self, appearance: Appearance) -> str:
        return appearance.wording[:80] + ("…" if len(appearance.wording) > 80 else "")

    @admin.display(description="Of")
    def item(self, appearance: Appearance) -> str:
        return admin_link(appearance.item)

    @admin.display(description="In the source")
    def in_context(self, appearance: Appearance) -> str:
        if appearance.pk is None:
            return "—"
        return highlighted(appearance.source.text, appearance.start, appearance.end)

    def save_model(self, request: HttpRequest, obj: Appearance, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        refresh_claim(obj.claim_id)

    def delete_model(self, request: HttpRequest, obj: Appearance) -> None:
        claim_id = obj.claim_id
        super().delete_model(request, obj)
        refresh_claim(claim_id)


# --- quotes and claims: the review pages ---------------------------------------------------


class ReviewableForm(forms.ModelForm):
    """Carries the version the user opened; saving over a newer version is refused."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
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
        return [*super().get_readonly_fields(request, obj), *REVIEW_FIELDS]

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
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleEdit as exc:
            # A save that raced the form's own check: nothing was saved (the view's transaction
            # rolled back), and the newer change stays.
            messages.error(request, str(exc))
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
        opened = request.POST.get("opened_version", "")
        if opened.isdigit():
            obj.version = int(opened)  # a transition over a newer change is refused too
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
        """The transition buttons this user sees, each with why it is disabled, if it is."""
        user = request.user
        reviewer = user.has_perm(obj.verify_permission)
        not_reviewer = "Only reviewers may verify, reject or retract; you are an editor."
        url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_transition",
            args=[obj.pk, "TRANSITION"],
        )
        buttons = []
        for name, status, label in (
            ("start-review", ReviewStatus.IN_REVIEW, "Start review"),
            ("verify", ReviewStatus.VERIFIED, "Verify"),
            ("reject", ReviewStatus.REJECTED, "Reject"),
            ("retract", ReviewStatus.RETRACTED, "Retract"),
        ):
            if not obj.can_transition(status):
                continue
            why_not = ""
            if status != ReviewStatus.IN_REVIEW and not reviewer:
                why_not = not_reviewer
            elif status == ReviewStatus.VERIFIED and not obj.may_be_verified_by(user):
                why_not = (
                    "Four-eyes rule: you created or last edited it; another reviewer verifies."
                )
            buttons.append(
                {
                    "name": name,
                    "label": label,
                    "url": url.replace("TRANSITION", name),
                    "why_not": why_not,
                    "needs_reason": status in (ReviewStatus.REJECTED, ReviewStatus.RETRACTED),
                    "verdict": name == "verify" and isinstance(obj, Claim),
                }
            )
        return {
            "buttons": buttons,
            "opened_version": obj.version,
            "status": obj.get_status_display(),
            "status_code": obj.status,
            "status_reason": obj.status_reason,
            "reviewed_by": obj.reviewed_by,
            "reviewed_at": obj.reviewed_at,
            "verdicts": Verdict.choices,
            "verdict": getattr(obj, "verdict", ""),
            "verdict_explanation": getattr(obj, "verdict_explanation", ""),
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


# --- filters -------------------------------------------------------------------------------


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


# --- quotes --------------------------------------------------------------------------------


@admin.register(Quote)
class QuoteAdmin(ReviewableAdmin):
    list_display = [
        "text_short",
        "speaker",
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
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("appearances__source__outlet", admin.RelatedOnlyFieldListFilter),
        ("appearances__source", admin.RelatedOnlyFieldListFilter),
        "evidence__stance",
        ContestedFilter,
        "partial",
    ]
    list_select_related = ["speaker"]
    search_fields = ["text", "speaker__name", "speaker__aliases__name", "via"]
    autocomplete_fields = ["speaker"]
    fieldsets = [
        (None, {"fields": ["text", "speaker", "said_on", "via", "partial", "opened_version"]}),
        ("Where it appeared", {"fields": ["appearances_in_context"]}),
        ("Review", {"fields": [*REVIEW_FIELDS]}),
        ("History", {"fields": ["recent_history"]}),
    ]
    readonly_fields = ["appearances_in_context", "recent_history"]

    def get_queryset(self, request: HttpRequest):
        return (
            super()
            .get_queryset(request)
            .annotate(n_appearances=Count("appearances", distinct=True))
        )

    @admin.display(description="Quote", ordering="text")
    def text_short(self, quote: Quote) -> str:
        return f"“{quote.text[:100]}{'…' if len(quote.text) > 100 else ''}”"

    @admin.display(description="Appearances", ordering="n_appearances")
    def appearance_count(self, quote: Quote) -> int:
        return quote.n_appearances  # type: ignore[attr-defined]


# --- claims --------------------------------------------------------------------------------


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
        "vague",
    ]
    list_select_related = ["claimant"]
    search_fields = ["statement", "claimant__name", "claimant__aliases__name", "measure", "noun"]
    autocomplete_fields = ["claimant"]
    fieldsets = [
        (None, {"fields": ["statement", "claimant", "measure", "as_of", "opened_version"]}),
        ("Where it appeared", {"fields": ["appearances_in_context"]}),
        (
            "Conflicts",
            {"fields": ["contested_note", "numbers_conflict", "conflict_note"]},
        ),
        (
            "Quantity",
            {
                "fields": [
                    ("value", "total"),
                    ("lower", "lower_inclusive"),
                    ("upper", "upper_inclusive"),
                    ("unit", "noun"),
                    ("qualifier", "vague"),
                ],
                "description": "For '250 of 398 districts' give value 250 and total 398; for "
                "'at least 85%' lower 85, inclusive, unit 'percent'.",
            },
        ),
        (
            "Verdict",
            {
                "fields": ["verdict", "verdict_explanation"],
                "description": "Reviewers give the verdict with the Verify button above.",
            },
        ),
        ("Review", {"fields": [*REVIEW_FIELDS]}),
        ("History", {"fields": ["recent_history"]}),
    ]
    readonly_fields = [
        "appearances_in_context",
        "recent_history",
        "contested_note",
        "numbers_conflict",
        "conflict_note",
        "verdict",
        "verdict_explanation",
    ]

    def get_urls(self) -> list[Any]:
        # The queue of quotes and claims together lives here, as the admin has no app-level
        # pages of its own; claims.admin_queue imports this module, so it is imported late.
        from claims.admin_queue import review_queue_view

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
        # As stored: the cap a vague amount gets for conflict checks is not shown as a bound.
        interval = claim_interval(claim, cap_vague=False)
        if interval is None:
            return "—"
        if claim.total and claim.value is not None:
            return f"{interval_number(claim.value)} of {interval_number(claim.total)} " + (
                f"{claim.unit} ({interval.describe()})"
            )
        unit = "" if interval.is_percent else f" {claim.unit}".rstrip()
        return interval.describe() + unit + (" (vague)" if claim.vague else "")

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

    @admin.display(description="Appearances", ordering="n_appearances")
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
        panel["may_decide_matches"] = request.user.has_perm("claims.change_claimmatch")
        return panel

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        refresh_conflicts(form.instance)


# --- suggested matches ---------------------------------------------------------------------


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
