"""A floor given to a tenth one step below a share given to a tenth ("over 62.3%" for 62.4%):
one finer number (62.37) cut in the floor and rounded half up in the other. Sentences written
for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim


def share(statement: str, wording: str, value: str, floor: bool = False) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="percent:turnout",
        value=None if floor else Decimal(value),
        lower=Decimal(value) if floor else None,
        upper=None,
        lower_inclusive=False,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 9, 12),
        statement=statement,
        difference=False,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_a_decimal_floor_one_step_below_is_the_share_but_not_two_steps() -> None:
    exact = share("Turnout in the Peldor vote was 62.4 percent, officials said.", "62.4", "62.4")
    floor = share(
        "Voters turned out in force, with turnout of over 62.3% across Peldor.",
        "62.3",
        "62.3",
        floor=True,
    )
    assert isinstance(same_claim(floor, exact), Link)
    assert isinstance(same_claim(exact, floor), Link)
    lower = share(
        "Voters turned out in force, with turnout of over 62.2% across Peldor.",
        "62.2",
        "62.2",
        floor=True,
    )
    assert judge(lower, exact) == "numbers"
