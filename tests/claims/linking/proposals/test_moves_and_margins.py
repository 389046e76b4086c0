"""Arithmetic on an article's own figures: a move's size and the level it went to give the level
it started from ("rose $4.12, or 9 percent, to $49.80" gives a close of $45.68), and two exact
counts whose gap is a stored margin support it ("a majority of 20,293")."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons


def with_reason(word: str) -> list[tuple[str, str]]:
    return [(stance, reason) for stance, reason in stances_and_reasons() if word in reason]


@pytest.mark.django_db
@pytest.mark.parametrize(("close", "made"), [("$45.68", 1), ("$45.18", 0)])
def test_the_price_a_move_started_from(close: str, made: int) -> None:
    ingest(
        " date 2034-02-10\nBrisco Mills agreed to buy Tallow Farms for $2.2 billion, or $55 a "
        f"share. That's 20% higher than Tallow's Thursday closing stock price of {close}.",
        "herald.txt",
    )
    ingest(
        " date 2034-02-10\nBrisco Mills will buy Tallow Farms for $2.2 billion. Tallow shares "
        "rose $4.12, or 9 percent, to $49.80 in morning trading.",
        "wire.txt",
    )
    assert with_reason("less 4.1") == [("supports", "49.8 less 4.1 gives 45.7")] * made


@pytest.mark.django_db
@pytest.mark.parametrize(("margin", "made"), [("20,293", 1), ("20,391", 0)])
def test_two_counts_whose_gap_is_a_stated_margin(margin: str, made: int) -> None:
    ingest(
        " date 2035-05-27\nVoters in Orlen backed the new charter by a majority of "
        f"{margin}, or 59.9% to 40.1%, with 102,115 valid votes cast.",
        "gazette.txt",
    )
    ingest(
        " date 2035-05-27\nThe charter passed with 59.9 per cent of the vote, 61,204 votes in "
        "favour.\nA total of 40,911 – 40.1 per cent – voted against it, of 102,115 valid votes.",
        "courier.txt",
    )
    assert (
        with_reason("margin") == [("supports", "61,204 less 40,911 is the margin of 20,293")] * made
    )
