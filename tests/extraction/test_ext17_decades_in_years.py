"""ext17 (issue 9): a decade or a century is a duration stated in years ("two decades" is 20
year, "a quarter century" 25 year), so that it matches the same span written in years in
another report (the news gold counts a decade as ten years). Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "span", "lower", "upper"),
    [
        ("The Halden mill stood empty for two decades.", "two decades", 20, 20),
        ("The Varrow dam could take two to three decades.", "two to three decades", 20, 30),
        ("The abbey at Quenby has stood for three centuries.", "three centuries", 300, 300),
        ("A quarter century later, the Ostley line reopened.", "quarter century", 25, 25),
        ("The Brenn council signed a two-decade lease.", "two-decade", 20, 20),
    ],
)
def test_decades_and_centuries_are_years(text: str, span: str, lower: int, upper: int) -> None:
    got = {q.text: q for q in extract(text).quantities}
    assert span in got
    quantity = got[span]
    assert quantity.unit == "year"
    assert quantity.kind == "duration"
    assert quantity.lower == Decimal(lower)
    assert quantity.upper == Decimal(upper)


def test_a_decade_of_years_matches_ten_years() -> None:
    decade = extract("Ms Pell led the Arnsby trust for nearly a decade.").quantities
    years = extract("Ms Pell led the Arnsby trust for about ten years.").quantities
    assert [(q.unit, q.value) for q in decade] == [(q.unit, q.value) for q in years]
