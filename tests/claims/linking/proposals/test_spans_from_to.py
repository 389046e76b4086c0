"""A level and the level it went to, told "from X to Y" in one sentence, give a change: a
stored change of that measure and direction that rounds it is supported, with the
arithmetic as the reason."""

from __future__ import annotations

import pytest

from .proposing import ingest, stances_and_reasons

FIRST = (
    "Harlow Bank said on Monday it would cut 4,520 jobs by 2033. The bank said the layoffs "
    "would reduce annual costs by €6 billion over the same period."
)


@pytest.mark.django_db
def test_costs_from_one_level_to_another_support_the_cut_that_rounds_the_step() -> None:
    ingest(FIRST, "2032-03-08")
    ingest(
        "Harlow Bank said on Monday it would cut 4,520 jobs by 2033.\n"
        "The bank said it would bring its annual costs down from €12.3 billion ($13 billion) "
        "last year to €6.5 billion.",
        "2032-03-09",
    )
    found = stances_and_reasons()
    assert ("supports", "12,300,000,000 to 6,500,000,000 is a fall of 5,800,000,000") in found
