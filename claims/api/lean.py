"""Lean serialisation for the hot list endpoints: `.values()` rows to plain dicts.

A ModelSerializer costs about half the throughput of a list page (measured: see README,
"Performance"). These functions build exactly the shapes of `QuoteSerializer` and
`ClaimSerializer` (tests/api/test_lean.py holds them equal) in a fixed number of queries: the
page itself, then one query per nested list for the whole page. The nested lists' queries are
compiled once per database (`IdsQuery`): compiling a `filter(id__in=[100 ids])` costs more
than running it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connections, router
from django.db.models import BooleanField, Expression, F, Model, QuerySet
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


class AmongIds(Expression):
    """`column` is one of the ids in `param`, which is a single parameter whatever their number
    (an array on PostgreSQL, a JSON list on SQLite): the statement's text stays the same."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, column: str, param: Any) -> None:
        super().__init__()
        self.column: Any = F(column)
        self.param = param

    def get_source_expressions(self) -> list[Any]:
        return [self.column]

    def set_source_expressions(self, exprs: Sequence[Any]) -> None:
        (self.column,) = exprs

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple]:
        sql, params = compiler.compile(self.column)
        if connection.vendor == "postgresql":
            # An array of the column's own type: the plan of `IN (…)`, index and all.
            array = f"{self.column.output_field.cast_db_type(connection)}[]"
            return f"{sql} = ANY(%s::{array})", (*params, self.param)
        return f"{sql} IN (SELECT value FROM json_each(%s))", (*params, self.param)


class IdsQuery:
    """A `.values()` query narrowed to the rows whose `column` is among some ids, compiled once
    per database alias and then run with the ids as its one parameter.

    Django compiles a query on every run; for `filter(quote_id__in=ids)` with a page of 100
    ids that costs about 1 ms of CPU, more than PostgreSQL takes to answer it. The rows are
    what `.values()` gives, the database's converters applied (SQLite's dates), from the
    database the router reads this model from (a replica, where configured). Other databases
    than PostgreSQL and SQLite run the query through the ORM each time.
    """

    def __init__(self, model: type[Model], build: Callable[[], QuerySet], column: str) -> None:
        self.model = model
        self.build = build  # ordered, `.values(...)`, without the ids (building costs 0.2 ms)
        self.column = column
        self._compiled: dict[str, tuple[str, list[Any], int, list[str], list[Any]]] = {}

    def rows(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """The rows among these ids: one query, none when there are no ids."""
        if not ids:
            return []
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        if connection.vendor == "postgresql":
            param: Any = list(ids)
        elif connection.vendor == "sqlite":
            param = json.dumps(list(ids))
        else:
            return list(self.build().using(alias).filter(**{f"{self.column}__in": ids}))
        compiled = self._compiled.get(alias) or self._compile(self.build(), alias)
        sql, params, slot, names, selected = compiled
        params = [*params]
        params[slot] = param
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # What compiler.get_converters() finds, for this thread's connection (SQLite's dates).
        converters = [
            (position, functions, expression)
            for position, expression in enumerate(selected)
            if (
                functions := connection.ops.get_db_converters(expression)
                + expression.get_db_converters(connection)
            )
        ]
        if converters:
            rows = [list(row) for row in rows]
            for row in rows:
                for position, functions, expression in converters:
                    value = row[position]
                    for convert in functions:
                        value = convert(value, expression, connection)
                    row[position] = value
        return [dict(zip(names, row, strict=True)) for row in rows]

    def _compile(
        self, queryset: QuerySet, alias: str
    ) -> tuple[str, list[Any], int, list[str], list[Any]]:
        marker = object()
        query = queryset.filter(AmongIds(self.column, marker)).query
        compiler = query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        slots = [n for n, p in enumerate(params) if p is marker]
        assert len(slots) == 1, "the ids must be the query's one parameter among them"
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
        selected = [s[0] for s in compiler.select[0 : compiler.col_count]]
        compiled = (sql, list(params), slots[0], names, selected)
        self._compiled[alias] = compiled
        return compiled


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


def _appearances_of(item: str) -> IdsQuery:
    def build() -> QuerySet:
        return Appearance.objects.order_by(*APPEARANCE_ORDER).values(
            f"{item}_id", "wording", "start", "end", *SOURCE_FIELDS
        )

    return IdsQuery(Appearance, build, f"{item}_id")


APPEARANCES = {"quote": _appearances_of("quote"), "claim": _appearances_of("claim")}
EVIDENCE = IdsQuery(
    Evidence,
    lambda: Evidence.objects.order_by(*EVIDENCE_ORDER).values(
        "claim_id", "stance", "excerpt", "summary", *SOURCE_FIELDS
    ),
    "claim_id",
)


def _appearances_by_item(item: str, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """One query: the appearances of these quotes or claims, grouped by item id."""
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    item_key = f"{item}_id"
    for row in APPEARANCES[item].rows(ids):
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
    for row in EVIDENCE.rows(ids):
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
    if not rows:
        return []
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
    if not rows:
        return []
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
