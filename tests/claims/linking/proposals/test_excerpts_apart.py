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


def test_a_part_told_beside_the_claims_own_number_does_not_dispute_it() -> None:
    # "almost 8,000 in Varnland, with 7,000 in Varnby": the sentence states the 8,000 itself,
    # and its 7,000 is a part of it, not a rival reading, even where that 8,000 was merged
    # into another claim (here the 7,500 of Varnby).
    ingest(
        " date 2031-07-07 Varn Bank to cut staff\n\n"
        "Varn Bank won't say how many of its 8,000 Varnland staff will lose their jobs.",
        "herald.txt",
    )
    ingest(
        " date 2031-07-08 Varn Bank cuts\n\n"
        "The bank's largest trading floor is in Varnby, where around 7,000 people work, Varn "
        "Bank spokeswoman Ola Brenn said.",
        "gazette.txt",
    )
    ingest(
        " date 2031-07-08 Varn Bank jobs\n\n"
        "The worst cuts will fall in Varnby, where the bank employs 7,500 people.",
        "post.txt",
    )
    ingest(
        " date 2031-07-08 Varn Bank job losses\n\n"
        "The lender employs almost 8,000 people in Varnland, with 7,000 in Varnby, where most "
        "of the cuts will fall.",
        "courier.txt",
    )
    assert not proposals("disputes", "with 7,000 in Varnby"), proposals("disputes", "7,000")
