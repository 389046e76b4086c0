"""ext15 (issue 9): a clause opened by a partitive ("Of the deaths,") names what the bare count
right after its comma counts. Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


def units(text: str) -> dict[Decimal | None, str]:
    return {q.value: q.unit for q in extract(text).quantities}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The storm killed 2,310 people. Of the deaths, 1,804 were recorded in Harlow.",
            "1804",
            "deaths",
        ),
        ("Of those 90 patients, 12 were sent home on Friday.", "12", "patients"),
        (
            "Officials counted the ballots. Of all the ballots, 4,120 were spoiled.",
            "4120",
            "ballots",
        ),
    ],
)
def test_a_partitive_opener_names_the_count(text: str, value: str, unit: str) -> None:
    assert units(text)[Decimal(value)] == unit


def test_a_count_later_in_the_clause_is_not_named_by_the_opener() -> None:
    # the opener speaks for the figure right after its comma, not for one further on
    found = units("Of the deaths, officials said 1,804 happened in Harlow.")
    assert found.get(Decimal("1804")) != "deaths"
