"""Evidence proposals (issue 9), prop24: figures set side by side that are two rival counts of
one thing. Sentences written for these tests, of fictional places and bodies."""

from __future__ import annotations

import pytest

from claims.linking.ingest import _writes
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_the_police_count_beside_the_organisers_count_disputes_it() -> None:
    # The organisers' crowd, then an article that sets the police's own count against it in
    # one sentence: the police's number is the organisers' rival reading.
    ingest(
        "Thousands march in Tarnby\n\n"
        "The Tarnby Tenants Union, which organised the march, said a crowd of 90,000 "
        "people filled the square on Saturday.",
        "herald.txt",
    )
    ingest(
        "Tarnby march draws a big crowd\n\n"
        "The Tarnby Tenants Union said a crowd of 90,000 people filled the square, while the "
        "Tarnby Police Department estimated the crowd at 30,000.",
        "gazette.txt",
    )
    found = proposals("disputes", "30,000")
    assert found and "90,000" in found[0][0], found


def test_two_shares_of_one_comparison_are_still_no_rivals() -> None:
    # "40% against 35%" of two parties: the other side of a comparison, not a rival reading.
    ingest(
        "Greens lead in Tarnby\n\nThe Greens won 40% of the vote in Tarnby on Sunday.",
        "herald.txt",
    )
    ingest(
        "Tarnby result\n\nThe Greens won 40% against 35% for the Reds in Tarnby on Sunday.",
        "gazette.txt",
    )
    assert not proposals("disputes", "35%")


def test_one_update_told_from_two_starting_figures_disputes_the_earlier_one() -> None:
    # Both articles say the list reached 412; they disagree on what it held before.
    ingest(
        " date 2031-03-04 Search goes on in Tarnby\n\n"
        "The list of people missing after the Tarnby flood grew to 412 on Tuesday, from 180 "
        "the day before, the county said.",
        "herald.txt",
    )
    ingest(
        " date 2031-03-04 Tarnby missing list swells\n\n"
        "The list of people missing after the Tarnby flood rose from 215 to 412 on Tuesday.",
        "gazette.txt",
    )
    found = proposals("disputes", "215")
    assert found and "from 180" in found[0][0], found


def test_two_updates_that_reach_other_numbers_start_from_figures_of_their_own() -> None:
    # One list went from 180 to 412, another account's from 215 to 390: nothing says the two
    # started from one count, and a running total's figures are updates.
    ingest(
        " date 2031-03-04 Search goes on in Tarnby\n\n"
        "The list of people missing after the Tarnby flood grew to 412 on Tuesday, from 180 "
        "the day before, the county said.",
        "herald.txt",
    )
    ingest(
        " date 2031-03-04 Tarnby missing list swells\n\n"
        "The list of people missing after the Tarnby flood rose from 215 to 390 on Tuesday.",
        "gazette.txt",
    )
    assert not proposals("disputes", "215")


def test_a_reached_number_is_written_with_its_sign() -> None:
    # The rate cut to -0.5% reached no 0.5, whatever digits the two share.
    assert _writes("The rate was cut from 0.75% to 0.5% on Thursday.", "0.5", negative=False)
    assert not _writes("The rate was cut from -0.4% to -0.5% on Thursday.", "0.5", negative=False)
    assert _writes("The rate was cut to minus 0.5% from minus 0.4%.", "0.5", negative=True)
    assert not _writes("Rates rose to 0.55% from 0.25%.", "0.5", negative=False)
