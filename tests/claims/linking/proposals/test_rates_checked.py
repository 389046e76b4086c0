"""A stated percentage that its own levels confirm ("will pay $55 a share. That's 20% higher
than the closing price of $45.80") disputes a stored percentage of that concept far from it."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons


@pytest.mark.django_db
@pytest.mark.parametrize(("price", "made"), [("$45.80", 1), ("$49.80", 0)])
def test_a_premium_its_levels_confirm_disputes_another(price: str, made: int) -> None:
    ingest(
        " date 2034-02-10\nBrisco Mills will pay $55 per share for Tallow Farms. That marks an "
        "11 percent premium to Tallow's closing price on Thursday.",
        "wire.txt",
    )
    ingest(
        " date 2034-02-10\nBrisco Mills will pay $55 per share in an all-cash deal. That's 20% "
        f"higher than Tallow's Thursday closing stock price of {price}.",
        "herald.txt",
    )
    made_here = [(s, r) for s, r in stances_and_reasons() if r.endswith("as stated")]
    assert made_here == [("disputes", "55 against 45.8 is 20.1% more, as stated")] * made
