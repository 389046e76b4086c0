"""A turnout said as a count by those who organised something is its crowd, as a turnout said
where its sentence names a march is. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def test_a_turnout_counted_by_its_organisers_is_the_crowd() -> None:
    organisers = measure_of(
        kind="count",
        figure="about 40,000",
        before="Organisers estimated that the turnout reached ",
        after=", according to Tarnby Radio.",
    )
    organizers = measure_of(
        kind="count",
        figure="some 12,000",
        before="The organizers put the turnout at ",
        after=".",
    )
    marchers = measure_of(kind="count", figure="40,000", noun="marchers", measure="marchers")
    assert organisers.key == organizers.key == marchers.key == "count:crowd"
    # A turnout of a vote stays the number who voted, whoever organised it.
    voted = measure_of(
        kind="count",
        figure="about 40,000",
        before="Organisers of the referendum said the turnout reached ",
        after=".",
    )
    assert voted.key == "count:votes_cast"
