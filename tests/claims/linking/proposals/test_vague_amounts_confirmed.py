"""Evidence proposals (issue 9), vague29: a stated figure inside the order of magnitude a vague
amount names ("billions of euros of assets" and "€62bn of assets"; "millions affected" and
"more than 8 million affected") supports the vague claim. Sentences written for these tests,
of a fictional bank, storm and relief agency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.conflicts import interval_from_fields
from claims.linking.match import Figure, in_vague_range
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db

BAD_BANK = (
    " date 2031-03-04 Varnbank to shed staff\n\n"
    "After three straight years of heavy losses and a string of fines on both sides of the "
    "ocean, Varnbank is cutting costs by shrinking its trading arm, closing offices in "
    "Ostrel and Tarnby, and parking billions of euros of assets in a so-called bad bank."
)


def test_a_stated_sum_of_billions_supports_billions() -> None:
    # The vague sentence shares few words with the stated one; the bank both name ties them.
    ingest(BAD_BANK, "ledger.txt")
    ingest(
        " date 2031-03-04 Varnbank overhaul\n\n"
        "Varnbank will transfer €62bn of risk weighted assets into its wind-down division.",
        "courier.txt",
    )
    found = proposals("supports", "€62bn")
    assert found and "billions of euros" in found[0][0], found


def test_millions_affected_are_supported_by_a_count_in_the_millions() -> None:
    ingest(
        " date 2031-09-12 Storm Orla\n\n"
        "President Halvard Ness said extra funds would help the millions of people affected "
        "by Storm Orla in Tarnby province.",
        "ledger.txt",
    )
    ingest(
        " date 2031-09-13 Storm Orla\n\n"
        "The Tarnby Relief Agency says more than 8 million people have been affected by Storm "
        "Orla in Tarnby province.",
        "courier.txt",
    )
    found = proposals("supports", "8 million")
    assert found and "millions of people" in found[0][0], found


def test_a_count_outside_the_order_or_under_a_cap_does_not() -> None:
    def fig(
        vague: bool = False,
        value: Decimal | None = None,
        lower: Decimal | None = None,
        upper: Decimal | None = None,
    ) -> Figure:
        interval = interval_from_fields(vague=vague, value=value, lower=lower, upper=upper)
        anchor = value if value is not None else lower if lower is not None else upper
        return Figure(
            claimant=None,
            claimant_name="",
            measure_key="count:affected",
            interval=interval,
            anchor=anchor,
            approximate=False,
            seen_on=None,
            words=frozenset(),
            vague=vague,
        )

    millions = fig(vague=True, lower=Decimal(1_000_000))
    assert in_vague_range(fig(lower=Decimal(8_000_000)), millions)
    assert not in_vague_range(fig(upper=Decimal(8_000_000)), millions)  # "up to": a cap
    assert not in_vague_range(fig(value=Decimal(800_000)), millions)
    # "hundreds" or "thousands" are as often a part (one city's jobs) as a stated whole.
    thousands = fig(vague=True, lower=Decimal(1_000))
    assert not in_vague_range(fig(value=Decimal(18_000)), thousands)


def test_one_rival_counters_crowd_does_not_confirm_hundreds_of_thousands() -> None:
    # The police's count and the organisers' are each side's account; the outlets' "hundreds
    # of thousands" hedges between them.
    ingest(
        " date 2031-06-09 Ostrel march\n\n"
        "Hundreds of thousands of protesters marched through Ostrel on Sunday.",
        "ledger.txt",
    )
    ingest(
        " date 2031-06-09 Ostrel march\n\n"
        "The crowd in Ostrel numbered 240,000 at its peak, the Ostrel Police Force said.",
        "courier.txt",
    )
    assert not proposals("supports", "240,000"), proposals("supports", "240,000")


def test_thousands_of_jobs_are_not_supported_by_a_worldwide_cut() -> None:
    ingest(
        " date 2031-03-04 Varnbank to shed staff\n\n"
        "Thousands of jobs in Ostrel are at risk as Varnbank shrinks its trading arm.",
        "ledger.txt",
    )
    ingest(
        " date 2031-03-04 Varnbank overhaul\n\n"
        "Varnbank said it would cut 18,000 jobs worldwide by 2034.",
        "courier.txt",
    )
    assert not proposals("supports", "18,000"), proposals("supports", "18,000")
