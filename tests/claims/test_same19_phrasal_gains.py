"""A phrasal verb of getting ("scooped up 41 seats", "picked up 41 seats"): its "up" is the
verb's particle, not a rise, and its number counts the things got, a level. Sentences written
for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.ingest import _holder_here
from claims.linking.match import Figure, figure, object_of_change, same_claim


def seats(statement: str, wording: str, *, difference: bool) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="count:seats",
        value=Decimal(41),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 5, 12),
        statement=statement,
        difference=difference,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_the_object_of_a_phrasal_verb_of_getting_is_a_count_of_the_things_got() -> None:
    assert object_of_change("A buoyant Moor Party scooped up ")
    assert object_of_change("the Greens picked up more than ")
    assert object_of_change("Larkin racked up ")
    assert object_of_change("investors were snapping up some ")
    assert not object_of_change("Shares in Velmont were up ")  # a rise: no object
    assert not object_of_change("The Corren index closed up ")
    assert not object_of_change("The firm snapped ")


def test_seats_scooped_up_and_seats_won_are_one_count() -> None:
    scooped = seats(
        "A buoyant Moor Party scooped up 41 seats, ending Green hopes in the south.",
        "41 seats",
        difference=True,  # as a reading that takes "up 41" for a rise gives it
    )
    won = seats(
        "The Moor Party won 41 seats, all of them in the south.", "41 seats", difference=False
    )
    assert same_claim(scooped, won) is not None
    assert same_claim(won, scooped) is not None


def test_a_rise_of_that_many_seats_is_still_no_level() -> None:
    rise = seats(
        "The Moor Party's tally was up 41 seats on the last election.",
        "41 seats",
        difference=True,
    )
    won = seats(
        "The Moor Party won 41 seats, all of them in the south.", "41 seats", difference=False
    )
    assert same_claim(rise, won) is None
    assert same_claim(won, rise) is None


def test_the_subject_of_a_phrasal_verb_of_getting_holds_its_count() -> None:
    assert _holder_here("A buoyant Moor Party scooped up ", " seats in the south") == {"moor"}
    assert _holder_here("The Greens picked up ", " seats") == {"green"}
