"""Measures as news words them beyond a figure's own noun (issue 9, meas13): seats said as a
party's members in a results table, a count's adverb of place ("votes nationally"), popular
support, crowds of concertgoers, and killings said by a noun. Every sentence is made up for
the test; each figure is extracted and measured as ingest does."""

from __future__ import annotations

import pytest

from tests.claims.linking.measures.test_economy import keys


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # A party's members counted by its capitalised name, as a results table lists them.
        (
            "Final count: 148 Liberals, 102 Conservatives and 3 Greens.",
            "148 Liberals",
            "count:seats",
        ),
        ("Final count: 148 Liberals, 102 Conservatives and 3 Greens.", "3 Greens", "count:seats"),
        # An adverb of where a count is taken ends the phrase.
        (
            "The Greens were second in the popular vote with 31.5 per cent of votes nationally.",
            "31.5 per cent",
            "percent:votes",
        ),
        ("Their popular support fell to 29 per cent.", "29 per cent", "percent:votes"),
        ("A crowd of 9,000 concertgoers fled the field.", "9,000 concertgoers", "count:crowd"),
        # A headline's count with no noun, named by its present-tense verb.
        (
            "Tens of thousands march in Tarnville against the new tax",
            "Tens of thousands",
            "count:crowd",
        ),
        (
            "Hundreds of thousands filling the streets of Tarnville",
            "Hundreds of thousands",
            "count:crowd",
        ),
        # A killing said by a noun: "the massacre of 31 people".
        (
            "It surpassed the massacre of 31 people at a school in 2011.",
            "31 people",
            "count:deaths",
        ),
    ],
)
def test_wording_of_seats_votes_crowds_and_killings(text: str, figure: str, key: str) -> None:
    assert keys(text)[figure] == key


def test_lower_case_members_are_no_seats() -> None:
    # "liberals" not capitalised are people of an outlook, no party's seats.
    found = keys("Some 300 liberals marched downtown on Sunday.")
    assert found["Some 300 liberals"] == "count:crowd"
