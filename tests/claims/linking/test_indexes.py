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
from claims.linking.ingest import (
    APPEARANCES_PER_CLAIM,
    RANGES_PER_QUERY,
    Linker,
    first_appearances,
)
from claims.models import Appearance, Claim
from sources.ingest import parse_text
from sources.models import Source
from sources.services import ingest_document

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


def number_lookups(text: str, published_on: datetime.date | None = None) -> list[str]:
    """The SQL of the lookups by number that linking this text runs, undated unless said: a
    date near the claims' would let the date index serve as well."""
    source = Source(text=text, published_on=published_on)
    linker = Linker(source, {})
    prepared = [linker.prepare(q, None) for q in extract(text).quantities]
    with CaptureQueriesContext(connection) as queries:
        linker.load(prepared)
    return [q["sql"] for q in queries.captured_queries if '"value" BETWEEN' in q["sql"]]


def plan(sql: str, tiny: bool = False) -> str:
    """The query plan; for a `tiny` table, the plan when reading the table whole is ruled out
    (on a page or two of rows PostgreSQL rightly reads it all)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if tiny:
                cursor.execute("SET LOCAL enable_seqscan = off")
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


# A page of amounts: each is looked up in its own currency and in every other of the table.
AMOUNTS = (
    "Harbourline Foods paid $412.6 million for the Corvale plant, $38.2 million for its fleet, "
    "$17.45 million for patents, $9.37 million in fees, $6.21 million for land, $4.83 million "
    "for stock, $3.19 million for software and $2.76 million for the brand, its filing said."
)


@pytest.mark.usefixtures("stored_claims")
def test_a_page_of_amounts_is_looked_up_in_bounded_queries_through_the_indexes() -> None:
    # One query ORing every conversion of every amount is planned, at a million claims, as a
    # scan of the whole table testing each row against all of them.
    # Dated (amounts convert at a year's rates), years before any stored claim.
    lookups = number_lookups(AMOUNTS, datetime.date(2012, 5, 1))
    assert len(lookups) > 1
    for sql in lookups:
        assert sql.count('"value" BETWEEN') <= RANGES_PER_QUERY
        if connection.vendor == "postgresql":
            # SQLite reads the table for a disjunction of so many ranges; at the size it is the
            # embedded default for that is cheap, and the million-claim target is PostgreSQL's.
            explained = plan(sql)
            assert "Seq Scan on claims_claim" not in explained, explained


@pytest.mark.django_db
def test_only_the_first_appearances_of_a_much_reported_claim_are_read() -> None:
    text = "Officials in Velmora said 4,812 homes were flooded on Sunday."
    source = ingest_document(parse_text(f"date 2021-05-02\n{text}\n", "velmora.txt")).source
    often = Claim.objects.get(value=4812)
    once = Claim.objects.create(statement="Rarely reported", measure_key="count:homes", value=7)
    first = often.appearances.get()
    Appearance.objects.bulk_create(
        Appearance(
            claim=claim,
            source=source,
            wording=first.wording,
            start=first.start + shift,
            end=first.end + shift,
        )
        for claim, count in ((often, APPEARANCES_PER_CLAIM + 8), (once, 3))
        for shift in range(1, count)
    )
    with CaptureQueriesContext(connection) as queries:
        read = list(first_appearances({often.pk, once.pk}).values_list("claim_id", "pk"))
    firsts = sorted(often.appearances.values_list("pk", flat=True))[:APPEARANCES_PER_CLAIM]
    assert sorted(pk for claim, pk in read if claim == often.pk) == firsts
    assert sum(1 for claim, _ in read if claim == once.pk) == 2
    # The last of the first ones is found through the (claim, id) index, never by numbering
    # every appearance of the claim.
    last = plan(queries.captured_queries[0]["sql"], tiny=True)
    assert "appearance_claim_in_order" in last, last
