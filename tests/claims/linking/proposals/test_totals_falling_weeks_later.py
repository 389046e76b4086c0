"""A running total that is lower weeks later: a recount or a corrected tally, which disputes the
earlier count however far apart the two reports are; a higher one weeks later is the count
going on, and other figures weeks apart are of two moments (fictional wording)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, bearing, figure


def counted(
    measure_key: str, value: int, on: datetime.date, claimant: int, name: str, statement: str
) -> Figure:
    return figure(
        claimant=claimant,
        claimant_name=name,
        measure_key=measure_key,
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=on,
        statement=statement,
    )


def injured(value: int, on: datetime.date, claimant: int, name: str, statement: str) -> Figure:
    return counted("count:injured", value, on, claimant, name, statement)


SEPTEMBER = datetime.date(2031, 9, 14)
OCTOBER = datetime.date(2031, 10, 12)  # four weeks on, past the window of one news event
BOARDS_COUNT = injured(
    1240, SEPTEMBER, 1, "Orvane Safety Board",
    "The Orvane Safety Board said 1,240 people were injured by the faulty heaters",
)  # fmt: skip


def test_a_total_lower_weeks_later_disputes_the_earlier_count() -> None:
    later = injured(
        1185, OCTOBER, 2, "Orvane Trade Ministry",
        "The ministry now says 1,185 people were injured by the faulty heaters",
    )  # fmt: skip
    assert bearing(later, BOARDS_COUNT) == (
        "disputes",
        "a running total cannot fall: 1,185 after 1,240",
    )


def test_a_total_higher_weeks_later_is_the_count_going_on() -> None:
    later = injured(
        1377, OCTOBER, 2, "Orvane Trade Ministry",
        "The ministry now says 1,377 people were injured by the faulty heaters",
    )  # fmt: skip
    assert bearing(later, BOARDS_COUNT) is None


def test_a_count_that_is_no_running_total_weeks_later_bears_on_nothing() -> None:
    def sold(value: int, on: datetime.date) -> Figure:
        said = f"Orvane Motors said it had sold {value:,} heaters"
        return counted("count:units_sold", value, on, 1, "Orvane Motors", said)

    assert bearing(sold(41_200, OCTOBER), sold(43_900, SEPTEMBER)) is None
