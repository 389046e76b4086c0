"""Lean serialisation for the hot list endpoints: `.values()` rows to plain dicts.

A ModelSerializer costs about half the throughput of a list page (measured: see README,
"Performance"). These functions build exactly the shapes of `QuoteSerializer` and
`ClaimSerializer` (tests/api/test_lean.py holds them equal) in a fixed number of queries: the
page itself, then one query per nested list for the whole page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from django.urls import reverse

from claims.api.serializers import APPEARANCE_ORDER, EVIDENCE_ORDER, QUANTITY_FIELDS
from claims.models import Appearance, Evidence

QUOTE_FIELDS = (
    "id",
    "text",
    "partial",
    "speaker_description",
    "said_on",
    "via",
    "status",
    "reviewed_at",
    "speaker_id",
    "speaker__name",
    "speaker__kind",
    "speaker__wikidata_id",
)
CLAIM_FIELDS = (
    "id",
    "statement",
    *QUANTITY_FIELDS,
    "verdict",
    "verdict_explanation",
    "status",
    "reviewed_at",
    "claimant_id",
    "claimant__name",
    "claimant__kind",
    "claimant__wikidata_id",
)
SOURCE_FIELDS = (
    "source_id",
    "source__title",
    "source__url",
    "source__published_on",
    "source__outlet_id",
    "source__outlet__name",
)


def _source(row: dict[str, Any]) -> dict[str, Any]:
    outlet_id = row["source__outlet_id"]
    return {
        "id": row["source_id"],
        "title": row["source__title"],
        "url": row["source__url"],
        "outlet": None
        if outlet_id is None
        else {"id": outlet_id, "name": row["source__outlet__name"]},
        "published_on": row["source__published_on"],
    }


def _speaker_of(prefix: str) -> Any:
    """A function from a row to the nested speaker at `prefix` ('speaker', 'claimant')."""
    id_key, name_key = f"{prefix}_id", f"{prefix}__name"
    kind_key, wikidata_key = f"{prefix}__kind", f"{prefix}__wikidata_id"

    def speaker(row: dict[str, Any]) -> dict[str, Any] | None:
        speaker_id = row[id_key]
        if speaker_id is None:
            return None
        return {
            "id": speaker_id,
            "name": row[name_key],
            "kind": row[kind_key],
            "wikidata_id": row[wikidata_key],
        }

    return speaker


_quote_speaker = _speaker_of("speaker")
_claimant = _speaker_of("claimant")


def _appearances_by_item(item: str, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """One query: the appearances of these quotes or claims, grouped by item id."""
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return grouped
    rows = (
        Appearance.objects.filter(**{f"{item}_id__in": ids})
        .order_by(*APPEARANCE_ORDER)
        .values(f"{item}_id", "wording", "start", "end", *SOURCE_FIELDS)
    )
    item_key = f"{item}_id"
    for row in rows:
        grouped[row[item_key]].append(
            {
                "source": _source(row),
                "wording": row["wording"],
                "start": row["start"],
                "end": row["end"],
            }
        )
    return grouped


def _evidence_by_claim(ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return grouped
    rows = (
        Evidence.objects.filter(claim_id__in=ids)
        .order_by(*EVIDENCE_ORDER)
        .values("claim_id", "stance", "excerpt", "summary", *SOURCE_FIELDS)
    )
    for row in rows:
        grouped[row["claim_id"]].append(
            {
                "stance": row["stance"],
                "source": _source(row),
                "excerpt": row["excerpt"],
                "summary": row["summary"],
            }
        )
    return grouped


def _detail_prefix(request: Any, list_view_name: str) -> str:
    """The absolute URL of the list endpoint; an item's is this plus 'id/'."""
    return request.build_absolute_uri(reverse(list_view_name))


def quote_items(rows: Iterable[dict[str, Any]], request: Any) -> list[dict[str, Any]]:
    """QuoteSerializer's shape for a page of `QUOTE_FIELDS` rows: one more query."""
    rows = list(rows)
    appearances = _appearances_by_item("quote", [row["id"] for row in rows])
    prefix = _detail_prefix(request, "quote-list")
    return [
        {
            "id": row["id"],
            "text": row["text"],
            "partial": row["partial"],
            "speaker": _quote_speaker(row),
            "speaker_description": row["speaker_description"],
            "said_on": row["said_on"],
            "via": row["via"],
            "appearances": appearances.get(row["id"], []),
            "status": row["status"],
            "verified_at": row["reviewed_at"],
            "url": f"{prefix}{row['id']}/",
        }
        for row in rows
    ]


def claim_items(rows: Iterable[dict[str, Any]], request: Any) -> list[dict[str, Any]]:
    """ClaimSerializer's shape for a page of `CLAIM_FIELDS` rows: two more queries."""
    rows = list(rows)
    ids = [row["id"] for row in rows]
    appearances = _appearances_by_item("claim", ids)
    evidence = _evidence_by_claim(ids)
    prefix = _detail_prefix(request, "claim-list")
    return [
        {
            "id": row["id"],
            "statement": row["statement"],
            "claimant": _claimant(row),
            "quantity": {field: row[field] for field in QUANTITY_FIELDS},
            "verdict": row["verdict"],
            "verdict_explanation": row["verdict_explanation"],
            "evidence": evidence.get(row["id"], []),
            "appearances": appearances.get(row["id"], []),
            "status": row["status"],
            "reviewed_at": row["reviewed_at"],
            "url": f"{prefix}{row['id']}/",
        }
        for row in rows
    ]
