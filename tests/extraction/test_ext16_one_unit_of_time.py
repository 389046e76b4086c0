"""ext16 (issue 9): "a"/"an" before a unit of time counts one of it when a qualifier stands
before it ("about a minute", "nearly a decade", "more than an hour"); without a qualifier, or
after a preposition that also means "during" ("rose 4% over a year"), it is no quantity. Every
sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "span", "unit", "amount"),
    [
        ("The tremor shook the Ardley valley for about a minute.", "about a minute", "minute", 1),
        # a decade is stated in years (ext17, test_ext17_decades_in_years.py)
        ("Mr Thorne ran the Pellham fund for nearly a decade.", "nearly a decade", "year", 10),
        ("The vote count took more than an hour.", "more than an hour", "hour", 1),
        ("Almost a year later, the Corran bridge reopened.", "Almost a year", "year", 1),
        ("He faces up to a month in jail.", "up to a month", "month", 1),
    ],
)
def test_one_unit_of_time_after_a_qualifier(text: str, span: str, unit: str, amount: int) -> None:
    got = {q.text: q for q in extract(text).quantities}
    assert span in got
    quantity = got[span]
    assert quantity.unit == unit
    assert quantity.kind == "duration"
    assert Decimal(amount) in (quantity.value, quantity.lower, quantity.upper)


@pytest.mark.parametrize(
    "text",
    [
        "The Linwood council meets once a year.",
        "The ferry sails twice a day.",
        "A decade of building left the town changed.",
        "House prices in Tarrow rose 4% over a year.",
        "The plant ran under a year of state control.",
    ],
)
def test_a_unit_of_time_without_a_qualifier_is_no_quantity(text: str) -> None:
    assert not [q for q in extract(text).quantities if q.kind == "duration"]
