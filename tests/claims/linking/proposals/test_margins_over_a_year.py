"""A level set against the level of an earlier year in one sentence ("0.64C above the average,
well above the 0.52C in 2030") gives the margin over that year: a stated margin over that year
of that unit is supported when it rounds the gap, disputed when far from it."""

from __future__ import annotations

import pytest

from .proposing import ingest, stances_and_reasons

MARGIN = (
    " date 2032-01-20 The Varn Institute, which reads 1,280 weather stations, said 2031 "
    "was the warmest year on its record. Last year beat the previous record, set in 2030, "
    "by {margin}C."
)
LEVELS = (
    " date 2032-01-21 The Varn Institute, which reads 1,280 weather stations, said 2031 "
    "was the warmest year on its record. Its series shows the mean temperature in 2031 was "
    "0.64C higher than the long-term average "
    "between 1971 and 2000, well above the 0.52C in 2030."
)


@pytest.mark.django_db
def test_two_levels_dispute_a_margin_over_that_year_far_from_their_gap() -> None:
    ingest(MARGIN.format(margin="0.07"), "institute.txt")
    ingest(LEVELS, "herald.txt")
    assert ("disputes", "0.64 against the 0.52 of 2030 is 0.12 more") in stances_and_reasons()


@pytest.mark.django_db
def test_two_levels_support_a_margin_over_that_year_that_rounds_their_gap() -> None:
    ingest(MARGIN.format(margin="0.12"), "institute.txt")
    ingest(LEVELS, "herald.txt")
    assert ("supports", "0.64 against the 0.52 of 2030 is 0.12 more") in stances_and_reasons()


@pytest.mark.django_db
def test_a_margin_over_another_year_is_not_checked() -> None:
    ingest(MARGIN.format(margin="0.07").replace("set in 2030", "set in 2016"), "institute.txt")
    ingest(LEVELS, "herald.txt")
    assert not [r for _, r in stances_and_reasons() if "of 2030" in r]
