"""A signed change ("-4.6%", as a markets table prints it) is the same change worded as a fall
("fell 4.6%", "a 4.6% drop"); not a rise of that size, nor a fall of another size. Sentences
written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from claims.linking.match import Figure, Link, figure, judge

DAY = datetime.date(2031, 3, 4)
INDEX = "percent:stock_index"


def fig(statement: str, wording: str, value: str, **fields: Any) -> Figure:
    """A change of the stock index on DAY, as `statement` words it around `wording`."""
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key=INDEX,
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=DAY,
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
        **fields,
    )


def signed() -> Figure:
    return fig("Brisk 40 index on the day: -4.6% at the close.", "-4.6%", "-4.6")


def test_a_signed_change_is_the_fall_of_its_size() -> None:
    fell = fig("The Brisk 40 index fell 4.6% on Monday.", "4.6%", "4.6")
    assert fell.fell
    assert isinstance(judge(signed(), fell), Link)
    assert isinstance(judge(fell, signed()), Link)
    drop = fig("The Brisk 40 index closed with a 4.6% drop on Monday.", "4.6%", "4.6")
    assert isinstance(judge(drop, signed()), Link)
    down = fig("The Brisk 40 index was down 4.6 per cent on Monday.", "4.6 per cent", "4.6")
    assert isinstance(judge(signed(), down), Link)


def test_a_rise_of_that_size_is_not_the_signed_fall() -> None:
    rose = fig("The Brisk 40 index rose 4.6% on Monday.", "4.6%", "4.6")
    assert not rose.fell
    assert judge(signed(), rose) == "numbers"
    bare = fig("The Brisk 40 index moved 4.6% on Monday.", "4.6%", "4.6")
    assert judge(bare, signed()) == "numbers"


def test_a_fall_of_another_size_is_not_the_signed_fall() -> None:
    other = fig("The Brisk 40 index fell 4.1% on Monday.", "4.1%", "4.1")
    assert judge(signed(), other) == "numbers"
