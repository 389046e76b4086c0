"""Evidence proposals (issue 9), verd30: a count stated in the order a vague claim of a small
order names ("hundreds"), in an article that repeats a precise figure of the claim's article,
backs it. Sentences written for these tests, of fictional places."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db

VAGUE = (
    " date 2031-06-14 Stand collapses in Varn\n\n"
    "Hundreds of people were injured and 137 were killed when the grandstand of the Varn "
    "stadium collapsed, the Varn police said."
)


def test_a_count_in_the_order_of_hundreds_backs_them_in_one_story() -> None:
    ingest(VAGUE, "herald.txt")
    ingest(
        " date 2031-06-15 Varn stadium\n\n"
        "The grandstand collapse at the Varn stadium killed 137 people and injured more than "
        "412 people.",
        "gazette.txt",
    )
    found = proposals("supports", "412")
    assert found and "Hundreds" in found[0][0], found


def test_a_count_in_the_order_of_hundreds_of_no_story_tie_may_count_a_part() -> None:
    # No figure of the claim's article repeated: 412 may be one hospital's injured.
    ingest(VAGUE, "herald.txt")
    ingest(
        " date 2031-06-15 Varn stadium\n\n"
        "The grandstand collapse at the Varn stadium injured more than 412 people.",
        "gazette.txt",
    )
    assert not [f for f in proposals("supports", "412") if "Hundreds" in f[0]]
