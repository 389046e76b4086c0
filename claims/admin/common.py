"""What the admin pages share: queue order, refusals as messages, highlighted spans, links."""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst

from claims.conflicts import claim_interval, refresh_conflicts
from claims.conflicts import number as interval_number
from claims.models import (
    Claim,
    StaleEdit,
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


def refresh_claim(claim_id: int | None) -> None:
    if claim_id is not None:
        claim = Claim.objects.filter(pk=claim_id).first()
        if claim is not None:
            refresh_conflicts(claim)


def quantity_text(claim: Claim) -> str:
    """A claim's quantity as stored, in words: 'at least 85%', '204 of 407 districts (50.1%)'.
    The cap a vague amount gets for conflict checks is not shown as a bound."""
    interval = claim_interval(claim, cap_vague=False)
    if interval is None:
        return "—"
    if claim.total and claim.value is not None:
        return f"{interval_number(claim.value)} of {interval_number(claim.total)} " + (
            f"{claim.unit} ({interval.describe()})"
        )
    unit = "" if interval.is_percent else f" {claim.unit}".rstrip()
    return interval.describe() + unit + (" (vague)" if claim.vague else "")
