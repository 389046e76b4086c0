"""Measures as news words them beyond a figure's own noun (issue 9, meas13): seats said as the
constituencies won or as a party's members in a results table, a figure made an adjective
("a 290-seat House"), a count's adverb of place ("votes nationally"), crowds of concertgoers,
arms, and killings said by a noun. Every sentence is made up for the test; each figure is
extracted and measured as ingest does."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.linking.ingest import sentence_span
from claims.linking.measures import measure_of


def keys(text: str) -> dict[str, str]:
    """Each extracted figure of `text` -> its measure key, read as ingest reads it."""
    found = {}
    for c in extract(text).quantities:
        left, right = sentence_span(text, c.start, c.end)
        found[text[c.start : c.end]] = measure_of(
            kind=c.kind,
            unit=c.unit or "",
            noun=c.noun,
            measure=c.measure,
            before=text[max(left, c.start - 200) : c.start],
            after=text[c.end : right],
            figure=text[c.start : c.end],
            earlier=text[:left],
        ).key
    return found


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # A constituency elects one member: the constituencies won are seats.
        (
            "The Greens were ahead or elected in 140 ridings at midnight.",
            "140 ridings",
            "count:seats",
        ),
        # A party's members counted by its capitalised name, as a results table lists them.
        (
            "Final count: 148 Liberals, 102 Conservatives and 3 Greens.",
            "148 Liberals",
            "count:seats",
        ),
        ("Final count: 148 Liberals, 102 Conservatives and 3 Greens.", "3 Greens", "count:seats"),
        # A figure made an adjective counts the noun of its hyphen, not the noun it qualifies.
        ("No party reached the 150 needed in the 290-seat House.", "290-seat", "count:seats"),
        ("No party reached the 146-seat mark on election night.", "146-seat", "count:seats"),
        # An adverb of where a count is taken ends the phrase.
        (
            "The party came second with 31.5 per cent of votes nationally.",
            "31.5 per cent",
            "percent:votes",
        ),
        ("Their popular support fell to 29 per cent.", "29 per cent", "percent:votes"),
        ("A crowd of 9,000 concertgoers fled the field.", "9,000 concertgoers", "count:crowd"),
        ("Officers found 14 firearms in the rented flat.", "14 firearms", "count:weapons"),
        ("Deputies later seized 6 more guns at his ranch.", "6 more guns", "count:weapons"),
        # A killing said by a noun: "the massacre of 31 people".
        (
            "It surpassed the massacre of 31 people at a school in 2011.",
            "31 people",
            "count:deaths",
        ),
    ],
)
def test_wording_of_seats_crowds_arms_and_killings(text: str, figure: str, key: str) -> None:
    assert keys(text)[figure] == key


def test_lower_case_members_and_a_hyphen_of_rooms_are_no_seats() -> None:
    # "liberals" not capitalised are people of an outlook, no party's seats; a "two-room" suite
    # counts rooms, not what the sentence killed.
    found = keys("Some 300 liberals marched downtown on Sunday.")
    assert found["Some 300 liberals"] == "count:crowd"
    found = keys("The gunman killed 9 people from a 12-room suite.")
    assert found["12-room"] == "count:room"
