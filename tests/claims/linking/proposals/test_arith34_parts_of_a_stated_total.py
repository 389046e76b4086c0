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

# The paper's sentences, each a case: (its words, the sums it should give).
CASES = [
    (
        "The ministry said there were 214 cases of measles in the outbreak. Of those cases, "
        "203 were found in the capital, and 11 were found in the hill towns.",
        [("supports", "203 and 11 add up to 214")],
    ),
    (
        "The ministry counted 214 cases of measles, with 203 cases in the capital versus 11 in "
        "the hill towns.",
        [("supports", "203 and 11 add up to 214")],
    ),
    (
        "The ministry counted 214 cases of measles, with 198 cases in the capital versus 11 in "
        "the hill towns.",
        [],
    ),
    (
        "The ministry said there were 214 cases of measles in the outbreak. In all, 203 cases "
        "were in children, and of those 11 needed hospital care.",
        [],
    ),
]


def sums_after(paper: str) -> list[tuple[str, str]]:
    """The proposals whose reason adds two parts up, once the agency's and the paper's
    articles are in."""
    ingest(AGENCY, "agency.txt")
    ingest(f" date 2033-05-03\nMeasles in Norland\n{paper}", "paper.txt")
    return [pair for pair in stances_and_reasons() if "add up to" in pair[1]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("paper", "expected"),
    CASES,
    ids=[
        "parts in the sentence after the total support it",
        "parts after the total in its sentence support it",
        "parts that do not add up give nothing",
        "a part of the part before is not added",
    ],
)
def test_parts_of_a_stated_total(paper: str, expected: list[tuple[str, str]]) -> None:
    assert sums_after(paper) == expected
