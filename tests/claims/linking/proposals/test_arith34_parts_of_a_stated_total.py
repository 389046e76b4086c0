"""Evidence proposals (issue 9), arith34: two parts of one measure that add up to the total the
article states right before them ("214 cases. Of those, 203 were ... and 11 were ...") check
the stored total that figure repeats: the sum supports it. Parts that are a part of the part
before ("of those") or that do not add up give nothing. Sentences written for these tests, of a
fictional country."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons

AGENCY = (
    " date 2033-05-02\nNorland measles outbreak\n"
    "Health officials in Norland have counted 214 cases of measles since March, the ministry "
    "said on Monday."
)


def sums() -> list[tuple[str, str]]:
    """The proposals whose reason adds two parts up."""
    return [pair for pair in stances_and_reasons() if "add up to" in pair[1]]


@pytest.mark.django_db
def test_parts_in_the_sentence_after_the_total_support_it() -> None:
    ingest(AGENCY, "agency.txt")
    ingest(
        " date 2033-05-03\nMeasles in Norland\n"
        "The ministry said there were 214 cases of measles in the outbreak. Of those cases, "
        "203 were found in the capital, and 11 were found in the hill towns.",
        "paper.txt",
    )
    assert sums() == [("supports", "203 and 11 add up to 214")]


@pytest.mark.django_db
def test_parts_after_the_total_in_its_sentence_support_it() -> None:
    ingest(AGENCY, "agency.txt")
    ingest(
        " date 2033-05-03\nMeasles in Norland\n"
        "The ministry counted 214 cases of measles, with 203 cases in the capital versus 11 in "
        "the hill towns.",
        "paper.txt",
    )
    assert sums() == [("supports", "203 and 11 add up to 214")]


@pytest.mark.django_db
def test_parts_that_do_not_add_up_give_nothing() -> None:
    ingest(AGENCY, "agency.txt")
    ingest(
        " date 2033-05-03\nMeasles in Norland\n"
        "The ministry counted 214 cases of measles, with 198 cases in the capital versus 11 in "
        "the hill towns.",
        "paper.txt",
    )
    assert sums() == []


@pytest.mark.django_db
def test_a_part_of_the_part_before_is_not_added() -> None:
    ingest(
        " date 2033-05-02\nNorland measles outbreak\n"
        "Health officials in Norland have counted 214 cases of measles since March.",
        "agency.txt",
    )
    ingest(
        " date 2033-05-03\nMeasles in Norland\n"
        "The ministry said there were 214 cases of measles in the outbreak. In all, 203 cases "
        "were in children, and of those 11 needed hospital care.",
        "paper.txt",
    )
    assert sums() == []
