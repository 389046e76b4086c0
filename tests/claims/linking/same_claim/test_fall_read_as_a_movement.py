"""A fall the reading stored as a positive movement down (a table's column of declines: "-3.8"
under "Decline in Percent", kept as a fall of 3.8) is the change a signed "-3.8%" states,
whatever words stand next to either number. Sentences written for these tests."""

from __future__ import annotations

from claims.linking.match import Figure, Link, judge
from tests.claims.linking.same_claim.test_signed_change_is_the_fall import fig as signed


def fig(
    statement: str, wording: str, value: str, change: str = "", difference: bool = True
) -> Figure:
    return signed(statement, wording, value, change=change, difference=difference)


ROW = "Day Close Decline in Points Decline in Percent Mar. 4, 2031 8,412.50 -331.20 -3.8"


def table_row(change: str = "down") -> Figure:
    # The reading keeps the row's minus out of the number and says the move is down.
    return fig(ROW, "3.8", "3.8", change)


def tweet() -> Figure:
    return fig("“Today’s Kestrel 30 -3.8% slump is painful, but not historic.”", "-3.8%", "-3.8")


def test_a_decline_column_is_the_signed_fall_of_its_size() -> None:
    assert table_row().fell
    assert isinstance(judge(tweet(), table_row()), Link)
    assert isinstance(judge(table_row(), tweet()), Link)


def test_without_the_movement_the_row_is_no_fall() -> None:
    assert not table_row(change="").fell
    assert judge(tweet(), table_row(change="")) == "numbers"


def test_a_rise_or_a_signed_number_is_no_fall() -> None:
    assert not table_row(change="up").fell
    assert judge(tweet(), table_row(change="up")) == "numbers"
    assert not fig("The Kestrel 30 closed at -3.8% on the day.", "-3.8%", "-3.8", "down").fell


def test_a_fall_of_another_size_stays_apart() -> None:
    other = fig(ROW.replace("-3.8", "-3.1"), "3.1", "3.1", "down")
    assert judge(tweet(), other) == "numbers"


def test_the_level_a_cut_left_is_no_fall() -> None:
    # "cut from 0.75% to 0.5%" moves down, but 0.75% is a level, not the size of the cut.
    said = "The Ostmark central bank cut its rate from 0.75% to 0.5% on Thursday."
    left = fig(said, "0.75%", "0.75", "down", difference=False)
    assert not left.fell
    signed = fig("The Velland bank set its deposit rate at -0.75%.", "-0.75%", "-0.75")
    assert judge(signed, left) == "numbers"
