"""Webhook subscribers (administrators manage them) and their delivery log (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sources.admin import URL_FIELDS
from sync.models import Delivery, DeliveryAttempt, Webhook


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["url", "description", "active", "created_at"]
    list_filter = ["active"]
    search_fields = ["url", "description"]
    fields = ["url", "description", "active", "secret"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """A log: nobody adds or edits its rows by hand."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    fields = readonly_fields = ("number", "at", "status_code", "error", "duration_ms")
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = [
        "seq",
        "webhook",
        "type",
        "item_id",
        "action",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
    ]
    list_filter = ["status", "action", "type", "webhook"]
    list_select_related = ["webhook"]
    search_fields = ["webhook__url", "last_error"]
    inlines = [DeliveryAttemptInline]


@admin.register(DeliveryAttempt)
class DeliveryAttemptAdmin(ReadOnlyAdmin):
    list_display = ["delivery", "number", "at", "status_code", "error", "duration_ms"]
    list_filter = ["status_code"]
    list_select_related = ["delivery__webhook"]
