"""Two levels of one unit in a sentence, with the words between them naming what a stored
percentage measures ("a premium over"), give that percentage: supported when it rounds it,
disputed when far from it."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons


@pytest.mark.django_db
def test_a_premium_over_a_price_bears_on_stated_premiums() -> None:
    ingest(
        " date 2031-04-04\nNorthwind will pay $63 per share for Harlow Foods. That marks a 12 "
        "percent premium to Harlow's closing price on Thursday.",
        "wire.txt",
    )
    ingest(
        " date 2031-04-04\nNorthwind will pay $63 a share, a 31 percent premium to Thursday's "
        "closing price.",
        "daily.txt",
    )
    ingest(
        " date 2031-04-04\nNorthwind values Harlow stock at $63 a share — a premium over the "
        "price of about $48 at the close of trading on Thursday.",
        "radio.txt",
    )
    made = [(stance, reason) for stance, reason in stances_and_reasons() if "against" in reason]
    assert sorted(made) == [
        ("disputes", "63 against 48 is 31.2% more"),
        ("supports", "63 against 48 is 31.2% more"),
    ]
