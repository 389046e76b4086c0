"""Four-eyes counts every hand: who shaped a quote or claim, read from its history.

A reviewer may not verify an item they shaped: who ingested its first source, who created or
edited it (its words, speaker, numbers), who reopened it, who added, changed or removed its
evidence or appearances, and who confirmed a merge into it. The records say so: the item's own
history, the history of its evidence and appearances, `Source.ingested_by` and the claim matches
decided into it, so a path that forgets to set `created_by` or `last_edited_by` still counts.
"""

from __future__ import annotations

from typing import Any

from claims.locking import LOCKED_STATUSES, locked_fields

CREATED = "created"
EDITED = "edited"
REOPENED = "reopened"
INGESTED = "ingested its first source"
EVIDENCE = "added or changed its evidence"
APPEARANCES = "added or changed its appearances"
MERGED = "merged another claim into"


def hands(item: Any) -> dict[int, str]:
    """Each user who shaped `item`, with the first way found (a handful of queries)."""
    from claims.models import Appearance, ClaimMatch, Evidence

    found: dict[int, str] = {}

    def add(user_id: int | None, how: str) -> None:
        if user_id is not None:
            found.setdefault(user_id, how)

    add(item.created_by_id, CREATED)
    add(item.last_edited_by_id, EDITED)
    target = {"claim_id": item.pk} if item._meta.model_name == "claim" else {"quote_id": item.pk}
    first = (
        Appearance.objects.filter(**target)
        .order_by("created_at", "id")
        .values_list("source__ingested_by_id", flat=True)
        .first()
    )
    add(first, INGESTED)  # before its history, which names the ingester as its creator
    _own_history(item, add)
    for user_id in Evidence.history.filter(**target).values_list("history_user_id", flat=True):
        add(user_id, EVIDENCE)
    for user_id in Evidence.objects.filter(**target).values_list("added_by_id", flat=True):
        add(user_id, EVIDENCE)
    for user_id in Appearance.history.filter(**target).values_list("history_user_id", flat=True):
        add(user_id, APPEARANCES)
    if "claim_id" in target:
        merges = ClaimMatch.objects.filter(claim_id=item.pk, status=ClaimMatch.Status.CONFIRMED)
        for user_id in merges.values_list("decided_by_id", flat=True):
            add(user_id, MERGED)
    return found


def _own_history(item: Any, add: Any) -> None:
    """Who created the item, who changed its content, who reopened it: its history rows in
    order, each compared with the one before (review transitions alone are not authorship)."""
    fields = locked_fields(type(item))
    content = [f for f in fields if not f.startswith("verdict")]  # the verifier gives those
    rows = item.history.order_by("history_date", "history_id").values(
        "history_type", "history_user_id", "status", *content
    )
    previous: dict[str, Any] | None = None
    for row in rows:
        if previous is None or row["history_type"] == "+":
            add(row["history_user_id"], CREATED)
        elif any(row[f] != previous[f] for f in content):
            add(row["history_user_id"], EDITED)
        elif previous["status"] in LOCKED_STATUSES and row["status"] not in LOCKED_STATUSES:
            add(row["history_user_id"], REOPENED)
        previous = row


def why_not_verifier(item: Any, user: Any) -> str:
    """'' when `user` may verify `item` under the four-eyes rule; else what they did to it."""
    how = hands(item).get(user.pk)
    if how is None:
        return ""
    label = item._meta.verbose_name
    if how == INGESTED:
        return f"you ingested the first source of this {label}"
    if how == MERGED:
        return f"you merged another claim into this {label}"
    if how in (EVIDENCE, APPEARANCES):
        return f"you {how.replace('its', f'this {label}’s')}"
    return f"you {how} this {label}"
