"""Corrections of what verified items show of a speaker, source or outlet: proposed from the
record's page (the link in its message), approved or dismissed by another reviewer from the list
with one click (select, then the action)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from claims import locking
from claims.admin.common import refusal
from claims.admin.history import RecordedHistoryAdmin
from claims.models import Correction, Speaker
from sources.models import Outlet, Source

# `?target=<model>-<id>` names the record a new correction corrects.
TARGETS: dict[str, type[Any]] = {"speaker": Speaker, "source": Source, "outlet": Outlet}


def target_record(value: str) -> Any:
    """The record `value` ('speaker-12') names, or a ValidationError saying what is wrong."""
    kind, _, pk = value.partition("-")
    model = TARGETS.get(kind)
    if model is None or not (pk.isascii() and pk.isdigit()):
        raise ValidationError(
            f"'{value}' names no record: give ?target=speaker-ID, source-ID or outlet-ID."
        )
    record = model._default_manager.filter(pk=int(pk)).first()
    if record is None:
        raise ValidationError(f"There is no {model._meta.verbose_name} #{pk}.")
    return record


class CorrectionForm(forms.ModelForm):
    target = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = Correction
        fields = ["field", "after", "reason"]
        widgets = {"after": forms.TextInput(attrs={"size": 60})}

    user: Any = None  # set by CorrectionAdmin.get_form

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.record = None
        try:
            self.record = target_record(self.data.get("target") or self.initial.get("target", ""))
        except ValidationError:
            choices: list[tuple[str, str]] = []
        else:
            choices = [(n, n) for n in locking.shown_field_names(type(self.record))]
        self.fields["field"] = forms.ChoiceField(
            choices=choices, help_text="What published items show wrongly."
        )
        self.fields["after"].label = "Corrected value"
        self.fields["after"].help_text = "For an outlet, its name or number."

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.record is None:
            target_record(data.get("target", ""))  # raises with the reason
        if self.errors:
            return data
        try:
            self.proposed = Correction.propose(
                self.record,  # type: ignore[arg-type]
                data["field"],
                data.get("after", ""),
                self.user,
                data["reason"],
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    self.add_error(field if field in self.fields else None, errors)
            else:
                self.add_error(None, exc)
        return data


@admin.register(Correction)
class CorrectionAdmin(RecordedHistoryAdmin):
    list_display = [
        "id", "record_link", "field", "before", "after", "reason", "proposed_by", "status",
        "decided_by",
    ]  # fmt: skip
    list_display_links = ["id"]
    list_filter = ["status"]
    list_select_related = ["content_type", "proposed_by", "decided_by"]
    search_fields = ["after", "before", "reason"]
    actions = ["approve_selected", "dismiss_selected"]
    readonly_fields = [
        "record_link", "field", "before", "after", "reason", "status", "proposed_by",
        "proposed_at", "decided_by", "decided_at",
    ]  # fmt: skip

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kw: Any):
        if obj is not None:
            return super().get_form(request, obj, change=change, **kw)
        return type("BoundCorrectionForm", (CorrectionForm,), {"user": request.user})

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ["field", "after", "reason", "target"] if obj is None else self.readonly_fields

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [] if obj is None else self.readonly_fields

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        return {"target": request.GET.get("target", "")}

    def render_change_form(self, request: HttpRequest, context: Any, *args: Any, **kw: Any):
        form = context.get("adminform") and context["adminform"].form
        record = getattr(form, "record", None)
        if kw.get("add") and record is not None:
            context["subtitle"] = f"Correct {record._meta.verbose_name} #{record.pk}: {record}"
        return super().render_change_form(request, context, *args, **kw)

    def save_form(self, request: HttpRequest, form: Any, change: bool) -> Any:
        if change:
            raise PermissionDenied("A correction is approved or dismissed, not edited.")
        return form.proposed  # checked by Correction.propose in the form's clean()

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        pass  # a correction has no related rows

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # decided by the actions; the record of a proposal stays as proposed

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_approve_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("claims.approve_correction")

    @admin.display(description="record")
    def record_link(self, correction: Correction) -> str:
        model = correction.content_type.model_class()
        if model is None:
            return f"#{correction.object_id}"
        url = reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_change",
            args=[correction.object_id],
        )
        return format_html(
            '<a href="{}">{} #{}</a>', url, model._meta.verbose_name, correction.object_id
        )

    @admin.action(description="Approve and apply the selected corrections", permissions=["approve"])
    def approve_selected(self, request: HttpRequest, queryset: Any) -> None:
        self._decide(request, queryset, Correction.approve, "approved and applied")

    @admin.action(description="Dismiss the selected corrections", permissions=["approve"])
    def dismiss_selected(self, request: HttpRequest, queryset: Any) -> None:
        self._decide(request, queryset, Correction.dismiss, "dismissed")

    def _decide(self, request: HttpRequest, queryset: Any, decide: Any, done: str) -> None:
        decided, refused = 0, []
        for correction in queryset.select_related("content_type", "proposed_by"):
            try:
                decide(correction, request.user)
            except (PermissionDenied, ValidationError) as exc:
                refused.append(refusal(exc))
            else:
                decided += 1
        if decided:
            self.message_user(request, f"{decided} correction(s) {done}.", messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.ERROR)
