"""A share no noun names is an index's move when it restates the index's points ("820 points,
or 3.1 per cent") or sits in a table of the index's moves in points and in per cent; a share of
another thing moving, or of a game's points, stays unnamed.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _share(before: str, after: str, earlier: str = "") -> str:
    return measure_of(
        kind="percent", unit="%", figure="3.1 per cent", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def test_a_share_restating_an_index_points_is_the_index_move() -> None:
    restated = _share("The Harbour Industrial Average lost 820 points, or ", ", on Tuesday.")
    earlier = "Stocks slumped in Harbour. The Harbour Industrial Average had its worst day. "
    bracketed = _share("It shed 820 points (", ") by the close.", earlier)
    assert restated == bracketed == "percent:stock_index"


def test_a_share_in_a_table_of_an_index_moves_is_the_index_move() -> None:
    earlier = "The Harbour index had its worst week in years. These were its biggest falls: "
    heading = "Date Close Change in Points Change in Percent March 3, 2031 9,120.50 -290.10 "
    lower = "March 9, 2027 8,950.25 -250.75 -2.7 April 2, 2026 8,700.00 -240.40 "
    assert _share(heading, " May 5, 2029", earlier) == "percent:stock_index"
    assert _share(lower, " May 5, 2029", earlier) == "percent:stock_index"


def test_a_share_of_another_thing_moving_stays_unnamed() -> None:
    assert _share("Copper fell ", " to $4.10 a pound.") == "percent:"
    assert _share("The Rovers lost 12 points, or ", " of their season total.") == "percent:"
