"""Measures read the same whatever the wording, and kept apart where the words say another
thing: the end of a span that is no market's close, a figure raised to a new level.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _money(before: str, after: str, earlier: str = "") -> str:
    return measure_of(
        kind="money", unit="USD", figure="$90 million", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def test_an_amount_by_the_end_of_a_weekend_is_no_share_price() -> None:
    assert _money("The film ended up taking ", " by the end of the weekend.") == "USD:"
    assert _money("a premium over the price of about ", " at the close of trading") == (
        "USD:share_price"
    )


def test_a_figure_raised_to_a_new_level_is_no_money_raised() -> None:
    assert _money("That forecast was raised to ", " or so by Friday.") == "USD:"
    assert _money("The studio raised its estimate to ", " on Sunday.") == "USD:"
    assert _money("The start-up has raised ", " from investors.") == "USD:money_raised"
