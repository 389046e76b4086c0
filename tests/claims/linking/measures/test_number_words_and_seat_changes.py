"""A vague amount's own number words are never what it counts; seats held bear on seats gained
or lost. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of, related_keys


def test_number_words_of_a_vague_amount_are_not_what_it_counts() -> None:
    crowd = measure_of(
        kind="count",
        noun="thousands",
        measure="thousands",
        before="Stewards along the route put the crowd at ",
        after=".",
        figure="several hundred thousands",
    ).key
    said_plainly = measure_of(
        kind="count",
        before="Stewards along the route put the crowd at ",
        after=".",
        figure="300,000",
    ).key
    assert crowd == said_plainly == "count:crowd"


def test_seats_won_bear_on_seats_gained_or_lost() -> None:
    # "The Greens won 31 seats, up from 19": a tally and the one before it bear on "gained 12".
    assert "count:seats_changed" in related_keys("count:seats")
