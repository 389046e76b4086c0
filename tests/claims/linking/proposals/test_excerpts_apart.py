"""Evidence proposals (issue 9), hk29: of the sentences of one article that bear on a claim,
the one quoted is one that does not also state the claim's own figure. Sentences written for
these tests, of fictional places and bodies."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_a_dispute_quotes_the_sentence_that_gives_the_rival_count_alone() -> None:
    # The stand-first sets the organisers' 90,000 beside the police's 30,000; a later sentence
    # gives the police's count alone, and that one is the plainer evidence against the 90,000.
    ingest(
        "Thousands march in Tarnby\n\n"
        "The Tarnby Tenants Union, which organised the march, said a crowd of 90,000 "
        "people filled the square on Saturday.",
        "herald.txt",
    )
    ingest(
        "Tarnby march draws a big crowd\n\n"
        "The Tarnby Tenants Union said a crowd of 90,000 people filled the square, while the "
        "Tarnby Police Department estimated the crowd at 30,000.\n\n"
        "Shops along the avenue stayed shut all afternoon.\n\n"
        "The Tarnby Police Department later put the crowd at about 30,000 people.",
        "gazette.txt",
    )
    found = proposals("disputes", "30,000")
    assert len(found) == 1 and "90,000" in found[0][0], found
    assert found[0][1].startswith("The Tarnby Police Department later"), found


def test_a_side_by_side_sentence_is_still_quoted_when_it_is_the_only_one() -> None:
    ingest(
        "Thousands march in Tarnby\n\n"
        "The Tarnby Tenants Union, which organised the march, said a crowd of 90,000 "
        "people filled the square on Saturday.",
        "herald.txt",
    )
    ingest(
        "Tarnby march draws a big crowd\n\n"
        "The Tarnby Tenants Union said a crowd of 90,000 people filled the square, while the "
        "Tarnby Police Department estimated the crowd at 30,000.",
        "gazette.txt",
    )
    found = proposals("disputes", "30,000")
    assert len(found) == 1 and "90,000" in found[0][0], found
