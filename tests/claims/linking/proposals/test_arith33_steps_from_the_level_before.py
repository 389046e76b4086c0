"""Evidence proposals (issue 9), arith33: a sentence that opens "That was up from 45,020 in
2032" sets the level the sentence before gave ("a record 48,310") against an earlier one, a rise
of 3,290. A stored rise of that measure, reported by an article that gives a level within a
twentieth of this one, is supported when it is that step and disputed when its range leaves the
step well out ("more than 6,000"); a rise stated beside a level of its own (a part's) is left
alone. Sentences written for these tests, of a fictional country."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons

AGENCY = (
    " date 2033-03-02\nNorland flu deaths pass 48,000\n"
    "Flu deaths in Norland passed 48,000 last year, the national health agency said on Tuesday.\n"
    "That was an increase of {rise} deaths over the year before, the agency added."
)
PAPER = "\n".join(
    [
        " date 2033-03-04",
        "Norland flu toll at a record",
        "Flu deaths in Norland climbed to a record 48,310 last year, the health agency reported.",
        "That was up from 45,020 in 2032, when hospitals were less crowded.",
    ]
)


def steps() -> list[tuple[str, str]]:
    """The proposals whose reason sets a level against the earlier 45,020."""
    made = stances_and_reasons()
    return [pair for pair in made if "against 45,020" in pair[1]]


@pytest.mark.django_db
def test_a_stored_rise_well_above_the_step_is_disputed() -> None:
    ingest(AGENCY.format(rise="more than 6,000"), "agency.txt")
    ingest(PAPER, "paper.txt")
    assert steps() == [("disputes", "48,310 against 45,020 is a rise of 3,290")]


@pytest.mark.django_db
def test_a_stored_rise_of_the_step_is_supported() -> None:
    ingest(AGENCY.format(rise="3,290"), "agency.txt")
    ingest(PAPER, "paper.txt")
    assert steps() == [("supports", "48,310 against 45,020 is a rise of 3,290")]


@pytest.mark.django_db
def test_a_rise_stated_beside_a_smaller_level_of_its_own_is_left_alone() -> None:
    ingest(
        " date 2033-03-02\nNorland flu deaths pass 48,000\n"
        "Flu deaths in Norland passed 48,000 last year, the national health agency said.\n"
        "There were nearly 20,000 deaths among the over-80s, an increase of more than 6,000.",
        "agency.txt",
    )
    ingest(PAPER, "paper.txt")
    assert steps() == []
