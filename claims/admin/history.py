"""History as a record: recent changes of an item, its evidence and its appearances."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from simple_history.admin import SimpleHistoryAdmin

from claims.models import (
    Appearance,
    Claim,
    Evidence,
    Quote,
)


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
                # The history keeps the span, not a copy of the words: the source has them.
                else f"“{record.source.text[record.start : record.end][:60]}” in {record.source}"
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
