"""A count its words call new ("Four additional victims were recovered") and the sentences right
after it that open on "Another" add up to a rise: a stored rise of that measure by the same
number is supported, with the sum as the reason."""

from __future__ import annotations

import pytest

from .proposing import ingest, stances_and_reasons

TOLL = (
    " date 2031-03-02 The Tarnby flood has killed 31 people, the county coroner said. The "
    "death toll rose by {rise} on Sunday as crews searched the river banks."
)
FOUND = (
    " date 2031-03-02 The Tarnby flood has killed 31 people, the county coroner said. Four "
    "additional victims were recovered near the old mill, the coroner said. Another was found "
    "in a flooded cellar."
)


@pytest.mark.django_db
def test_an_increment_and_another_found_support_a_rise_of_their_sum() -> None:
    ingest(TOLL.format(rise="five"), "gazette.txt")
    ingest(FOUND, "herald.txt")
    assert ("supports", "4 and another 1 add up to 5 more") in stances_and_reasons()


@pytest.mark.django_db
def test_an_increment_and_another_found_do_not_support_another_rise() -> None:
    ingest(TOLL.format(rise="seven"), "gazette.txt")
    ingest(FOUND, "herald.txt")
    assert not [r for _, r in stances_and_reasons() if "add up to" in r and "more" in r]
