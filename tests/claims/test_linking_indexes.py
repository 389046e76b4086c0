"""Linking's number lookup is served by the number indexes at any size (issue 9, candidate
retrieval that scales): the claims stating a figure's number are found through
`claim_scale_value`, `claim_scale_lower` and `claim_scale_upper`, keyed by the figure's scale. A
query whose expression drifts from the indexes' (`MEASURE_SCALE`) still runs and still finds the
claims, but by reading the whole table: only the plan tells. (Which of the three a plan takes
depends on the table's size; benchmarks/linking.py --scale measures that.)"""

from __future__ import annotations

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.extraction import extract
from claims.linking.ingest import Linker
from claims.models import Claim
from sources.models import Source

NUMBER_INDEXES = ("claim_scale_value", "claim_scale_lower", "claim_scale_upper")


@pytest.fixture
def stored_claims(db) -> None:
    """Claims of three scales over five years, with the statistics a planner goes by: on an
    empty table any plan is as cheap as another."""
    rng = random.Random(9)
    keys = ["count:troops", "count:deaths", "percent:turnout", "percent:", "USD:revenue", "USD:"]
    claims = []
    for i in range(3000):
        value = rng.randint(1, 100_000) * 1000
        claims.append(
            Claim(
                statement=f"Stored claim {i}",
                measure_key=keys[i % len(keys)],
                value=value,
                lower=value,
                upper=value,
                seen_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800)),
            )
        )
    Claim.objects.bulk_create(claims)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def number_lookups(text: str) -> list[str]:
    """The SQL of the lookups by number that linking this text runs, undated: a date near
    the claims' would let the date index serve as well."""
    source = Source(text=text, published_on=None)
    linker = Linker(source, {})
    prepared = [linker.prepare(q, None) for q in extract(text).quantities]
    with CaptureQueriesContext(connection) as queries:
        linker.load(prepared)
    return [q["sql"] for q in queries.captured_queries if '"value" BETWEEN' in q["sql"]]


def plan(sql: str) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN " + sql)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return "\n".join(str(row) for row in cursor.fetchall())


@pytest.mark.usefixtures("stored_claims")
@pytest.mark.parametrize(
    "text",
    [
        # A precise amount of a named measure: looked up by its number within dollars.
        "Harbourline Foods said its quarterly revenue was $12.37 billion on Tuesday.",
        # A figure quoted without its measure: any claim of its scale stating the number.
        "Analysts in Corvale disputed the 41.6 per cent figure on Tuesday.",
    ],
)
def test_a_figure_is_looked_up_through_the_number_indexes_of_its_scale(text: str) -> None:
    lookups = number_lookups(text)
    assert lookups, "the figure was not looked up by its number"
    for sql in lookups:
        explained = plan(sql)
        assert any(index in explained for index in NUMBER_INDEXES), explained
        assert "Seq Scan on claims_claim" not in explained, explained  # PostgreSQL
        assert "SCAN claims_claim" not in explained, explained  # SQLite
