"""A sentence that draws the consequence of a projection ("The Greens were projected to win 88
seats. This would mean the Moor Party had lost 14 seats") gives the projection's figures, not a
possibility that a later count may state. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.ingest import _projected_before
from claims.linking.match import Figure, figure, judge

PROJECTION = (
    "With a few wards still to declare, the Greens were projected to win 88 seats. "
    "This would mean the Moor Party had lost 14 seats while the Greens had gained 9."
)


def seat_change(statement: str, wording: str, value: str) -> Figure:
    start = statement.rindex(wording)
    return figure(
        claimant=None,
        measure_key="count:seats_changed",
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 5, 9),
        statement=statement,
        difference=True,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_the_sentence_before_a_consequence_is_kept_when_it_projects() -> None:
    start = PROJECTION.index("This would")
    assert _projected_before(PROJECTION, start) == (
        "With a few wards still to declare, the Greens were projected to win 88 seats"
    )


def test_a_consequence_of_a_count_or_a_plain_sentence_keeps_nothing() -> None:
    counted = "The Greens won 88 seats. This would mean the Moor Party had lost 14 seats."
    assert _projected_before(counted, counted.index("This would")) == ""
    plain = "The Greens were projected to win 88 seats. The Moor Party lost 14 seats."
    assert _projected_before(plain, plain.index("The Moor")) == ""


def test_every_number_of_a_projections_consequence_is_the_projections() -> None:
    earlier = _projected_before(PROJECTION, PROJECTION.index("This would"))
    statement = f"{earlier} — " + PROJECTION[PROJECTION.index("This would") :]
    lost = seat_change(statement, "lost 14 seats", "14")
    gained = seat_change(statement, "gained 9", "9")
    assert lost.foretold == gained.foretold == "projected"
    result = seat_change(
        "When all wards had declared, the Moor Party had lost 14 seats.", "lost 14 seats", "14"
    )
    assert result.foretold == ""
    assert judge(lost, result) == "scope"
    assert judge(result, lost) == "scope"


def test_a_would_without_a_projection_before_it_stays_a_possibility() -> None:
    alone = seat_change("This would mean the Moor Party had lost 14 seats.", "lost 14 seats", "14")
    assert alone.foretold == "possible"
