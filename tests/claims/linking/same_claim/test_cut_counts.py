"""A count of things given as a whole number of millions that is another report's precise
count cut short ("38 million kettles" for 38.6 million); and a count of votes still under way,
whose "expected to win" gives the count as it stands. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim


def count(statement: str, wording: str, value: str, measure_key: str = "count:kettle") -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 3, 4),
        statement=statement,
        difference=False,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_a_count_of_things_cut_to_whole_millions_is_the_precise_count() -> None:
    precise = count(
        "Brindle Works shipped 38.6 million kettles in the quarter.", "38.6 million", "38600000"
    )
    cut = count(
        "The Osk firm sold 38 million kettles over the three months.", "38 million", "38000000"
    )
    assert isinstance(same_claim(cut, precise), Link)
    assert isinstance(same_claim(precise, cut), Link)


def test_a_count_cut_the_other_way_or_too_far_stays_apart() -> None:
    precise = count(
        "Brindle Works shipped 38.6 million kettles in the quarter.", "38.6 million", "38600000"
    )
    higher = count(
        "The Osk firm sold 39.5 million kettles over the three months.",
        "39.5 million",
        "39500000",
    )
    assert judge(higher, precise) == "numbers"
    far = count(
        "The Osk firm sold 37 million kettles over the three months.", "37 million", "37000000"
    )
    assert judge(far, precise) == "numbers"


def test_a_running_toll_or_a_share_keeps_to_rounding_half_up() -> None:
    toll = count(
        "Officials said 51,600 people were injured in Varrow.", "51,600", "51600", "count:injured"
    )
    cut_toll = count(
        "In all 51,000 people were hurt in Varrow, officials said.",
        "51,000",
        "51000",
        "count:injured",
    )
    assert judge(cut_toll, toll) == "numbers"
    money = count("Brindle Works earned $38.6 million.", "$38.6 million", "38600000", "USD:revenue")
    cut_money = count("Brindle Works earned $38 million.", "$38 million", "38000000", "USD:revenue")
    assert judge(cut_money, money) == "numbers"


def seats(statement: str, wording: str) -> Figure:
    return count(statement, wording, "88", "count:seats")


def test_an_expectation_while_the_votes_are_still_counted_is_the_count_as_it_stands() -> None:
    tally = seats("Results at 1am: 88 Greens, 61 Moor Party, 12 others.", "88 Greens")
    night = seats(
        "With ballots still being counted in the hill seats, the Greens are expected to win "
        "88 seats, six more than last time.",
        "88 seats",
    )
    assert night.foretold == ""
    assert isinstance(same_claim(night, tally), Link)
    counting = seats(
        "As counting continues, the Greens are projected to take 88 seats.", "88 seats"
    )
    assert counting.foretold == ""


def test_an_expectation_before_the_count_stays_a_forecast() -> None:
    tally = seats("Results at 1am: 88 Greens, 61 Moor Party, 12 others.", "88 Greens")
    poll = seats(
        "A week before the vote, the Greens are expected to win 88 seats, a poll found.",
        "88 seats",
    )
    assert poll.foretold == "expected"
    assert judge(poll, tally) == "scope"
