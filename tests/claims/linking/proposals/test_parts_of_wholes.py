"""A part and the whole it is said to be of, in one sentence ("cut 1,200 jobs from its 9,000
staff"), give a share of the whole and what a cut leaves: stored claims that round them are
supported, with the arithmetic as the reason."""

from __future__ import annotations

import pytest

from .proposing import ingest, stances_and_reasons

FIRST = (
    "Harlow Bank said on Monday it would cut 4,500 jobs by 2033. One fifth of Harlow Bank's "
    "global workforce will go. The bank said it would reduce headcount to 18,000 employees."
)


@pytest.mark.django_db
def test_a_cut_from_a_workforce_supports_the_share_it_makes_and_the_headcount_it_leaves() -> None:
    ingest(FIRST, "2032-03-08")
    ingest(
        "Harlow Bank said on Monday it would cut 4,500 jobs by 2033.\n"
        "Harlow Bank aims to cut 4,500 jobs from its 22,600 workforce.",
        "2032-03-09",
    )
    found = stances_and_reasons()
    assert ("supports", "4,500 of 22,600 is 19.9%") in found
    assert ("supports", "22,600 less 4,500 leaves 18,100") in found


@pytest.mark.django_db
def test_a_share_of_a_workforce_said_to_be_cut_supports_the_headcount_it_leaves() -> None:
    ingest(FIRST, "2032-03-08")
    ingest(
        "Harlow Bank said on Monday it would cut 4,500 jobs by 2033.\n"
        "The jobs being cut make up about a fifth of Harlow Bank's global workforce of 22,600.",
        "2032-03-09",
    )
    found = stances_and_reasons()
    assert ("supports", "20% of 22,600 is 4,520; 22,600 less that leaves 18,080") in found
