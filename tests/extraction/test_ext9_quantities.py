"""Quantities of the stop-20 extraction round, in sentences written for these tests: "a million"
bounded by a qualifier is a count, and a crowd's "march" after a count is its verb, never a
month."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import QuantityCandidate, extract


def quantities(text: str) -> list[QuantityCandidate]:
    return extract(text).quantities


@pytest.mark.parametrize(
    ("text", "wording", "lower", "upper"),
    [
        ("The union said it was more than a million.", "more than a million", 1000000, None),
        ("Riots after ‘more than a million’ voters left", "more than a million", 1000000, None),
        ("Nearly a million, the league said.", "Nearly a million", None, None),
        ("Up to a million could come, the mayor said.", "Up to a million", None, 1000000),
    ],
)  # fmt: skip
def test_a_million_with_a_qualifier_is_a_count(text, wording, lower, upper) -> None:
    [found] = quantities(text)
    assert found.text == wording
    assert found.lower == (Decimal(lower) if lower is not None else None)
    assert found.upper == (Decimal(upper) if upper is not None else None)


@pytest.mark.parametrize(
    "text",
    ["She is one in a million.", "It was a million."],
)
def test_a_million_alone_stays_a_figure_of_speech(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "wording", "lower"),
    [
        ("Hundreds of thousands march in Velmar", "Hundreds of thousands", 200000),
        ("Tens of thousands march against the toll road", "Tens of thousands", 20000),
        ("Some 5,000 march through Dorn on Sunday.", "Some 5,000", None),
    ],
)
def test_a_crowd_that_marches_is_a_count_not_a_date(text, wording, lower) -> None:
    [found] = quantities(text)
    assert found.text == wording
    assert found.unit == ""
    assert found.lower == (Decimal(lower) if lower is not None else None)


@pytest.mark.parametrize(
    "text", ["The fair opens on 5 march.", "The fair ran from 10 March to 12 March."]
)
def test_a_day_before_a_month_stays_a_date(text: str) -> None:
    assert quantities(text) == []
