"""Evidence and appearances: what bears on an item, and where it appeared."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html
from django.utils.text import capfirst

from claims.admin.common import admin_link, highlighted, refresh_claim
from claims.admin.history import RecordedHistoryAdmin
from claims.locking import is_locked, locked_target
from claims.models import (
    Appearance,
    Evidence,
)


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["source", "stance", "excerpt", "summary", "note"]
        widgets = {
            "excerpt": forms.Textarea(attrs={"rows": 2, "cols": 34}),
            "summary": forms.Textarea(attrs={"rows": 2, "cols": 26}),
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
        fields = ["claim", "quote", "source", "stance", "excerpt", "summary", "note"]


class EvidenceFormSet(BaseInlineFormSet):
    def add_fields(self, form: forms.ModelForm, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:  # a table cell has no <label>
            form.fields["DELETE"].widget.attrs["aria-label"] = "Delete this evidence"


class EvidenceInline(admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    formset = EvidenceFormSet
    # One empty row ready: search a source, choose the stance, and it is added with the save
    # (or the review decision) of the page; an untouched empty row saves nothing.
    extra = 1
    fields = ["source", "stance", "excerpt", "summary", "note", "added"]
    readonly_fields = ["added"]
    autocomplete_fields = ["source"]
    verbose_name_plural = "Evidence: sources that support, dispute or give context"

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).select_related("added_by", "source")

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any):
        # A table cell has no <label>: each input is named for screen readers (and desk.js
        # names the source search box after its select).
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name in self.fields:
            field.widget.attrs["aria-label"] = capfirst(db_field.verbose_name)
        return field

    @admin.display(description="Added")
    def added(self, evidence: Evidence) -> str:
        if evidence.pk is None:
            return "—"
        return format_html(
            '{}<br><span class="quiet">{}</span>',
            evidence.added_by or "—",
            evidence.added_at.strftime("%Y-%m-%d %H:%M"),
        )

    # A verified or retracted item's evidence is published: read-only until it is reopened.
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not is_locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not is_locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not is_locked(obj) and super().has_delete_permission(request, obj)


def set_added_by(request: HttpRequest, formset: forms.BaseModelFormSet) -> None:
    for form in formset.forms:
        if form.instance.pk is None and form.has_changed():
            form.instance.added_by = request.user  # type: ignore[assignment]


class LockedRowAdmin(RecordedHistoryAdmin):
    """Appearances and evidence of a verified or retracted item are read-only (the models
    refuse the change too): the page says so and how to change them."""

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and locked_target(obj) is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and locked_target(obj) is not None:
            return False
        return super().has_delete_permission(request, obj)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        obj = self.get_object(request, unquote(object_id))
        item = locked_target(obj) if obj is not None else None
        if item is not None and request.method == "GET":
            messages.info(
                request,
                f"Read-only: this belongs to {item._meta.verbose_name} #{item.pk}, which is "
                f"{item.get_status_display().lower()}. A reviewer reopens it (with a reason) to "
                "change its appearances and evidence.",
            )
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Evidence)
class EvidenceAdmin(LockedRowAdmin):
    form = EvidenceTargetForm
    list_display = ["__str__", "item", "stance", "excerpt_short", "added_by", "added_at"]
    list_filter = ["stance", ("source__outlet", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["source", "claim", "quote__speaker", "added_by"]
    search_fields = [
        "excerpt",
        "summary",
        "note",
        "claim__statement",
        "quote__text",
        "source__title",
    ]
    autocomplete_fields = ["claim", "quote", "source"]
    fields = [
        "claim",
        "quote",
        "source",
        "stance",
        "excerpt",
        "summary",
        "note",
        "added_by",
        "added_at",
    ]
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
class AppearanceAdmin(LockedRowAdmin):
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
