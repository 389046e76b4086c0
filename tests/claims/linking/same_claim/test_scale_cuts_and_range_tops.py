"""An amount whose number before the scale word is cut to a whole ("$318 million" for $318.7
million), and a number said to be the top end of a range of two round ends ("the top end of the
estimate at 6,000" of "3,000 to 6,000"). Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim


def said(
    statement: str, wording: str, value: str, measure_key: str, **bounds: Decimal | None
) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=None if bounds else Decimal(value),
        lower=bounds.get("lower"),
        upper=bounds.get("upper"),
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 5, 6),
        statement=statement,
        difference=False,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_an_amount_cut_to_whole_millions_is_the_precise_amount_not_another() -> None:
    fine = said(
        "The film Quarry Hollow opened with $318.7 million in global ticket sales.",
        "$318.7 million",
        "318700000",
        "USD:",
    )
    cut = said(
        "Quarry Hollow took $318 million in global ticket sales at the weekend.",
        "$318 million",
        "318000000",
        "USD:",
    )
    assert isinstance(same_claim(cut, fine), Link)
    assert isinstance(same_claim(fine, cut), Link)
    above = said(
        "Quarry Hollow took $319.5 million in global ticket sales at the weekend.",
        "$319.5 million",
        "319500000",
        "USD:",
    )
    assert judge(above, fine) == "numbers"
    small = said(
        "The film Quarry Hollow opened with $31.7 million in ticket sales.",
        "$31.7 million",
        "31700000",
        "USD:",
    )
    two_digits = said(
        "Quarry Hollow took $31 million in ticket sales at the weekend.",
        "$31 million",
        "31000000",
        "USD:",
    )
    assert judge(two_digits, small) == "numbers"


def test_a_number_said_to_be_the_top_end_is_a_round_ranges_top() -> None:
    span = said(
        "The survey put the seepage at 3,000 to 6,000 cubic metres a day.",
        "3,000 to 6,000 cubic metres",
        "",
        "m3 per day:volume per day",
        lower=Decimal(3000),
        upper=Decimal(6000),
    )
    top = said(
        "The Varn water board put the top end of the seepage estimate at 6,000 cubic metres.",
        "6,000 cubic metres",
        "6000",
        "m3 per day:volume per day",
    )
    assert isinstance(same_claim(top, span), Link)
    assert isinstance(same_claim(span, top), Link)
    bare = said(
        "The Varn water board said seepage reached 6,000 cubic metres on Tuesday.",
        "6,000 cubic metres",
        "6000",
        "m3 per day:volume per day",
    )
    assert judge(bare, span) == "numbers"  # a round number of its own
