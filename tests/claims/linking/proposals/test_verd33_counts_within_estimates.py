"""Evidence proposals, verd33: a count a named claimant states to a finer digit, within the
looseness an estimate of one measure states ("about 41 million viewers" and a ratings firm's
38.9 million), bears the estimate out; an unclaimed finer figure may be the estimate repeated,
and a claimant's count beyond the looseness does not. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from claims.linking.match import Figure, bearing, figure

DAY = datetime.date(2031, 2, 10)


def _viewers(value: str, *, claimant: int | None, qualifier: str = "", said: str) -> Figure:
    number = Decimal(value)
    point: dict[str, Any] = {"value": number, "lower": number, "upper": number}
    ends: dict[str, Any] = {"lower_inclusive": True, "upper_inclusive": True}
    name = "Telemetrix" if claimant else ""
    return figure(
        claimant=claimant, claimant_name=name, measure_key="count:viewer", qualifier=qualifier,
        seen_on=DAY, statement=said, **point, **ends,
    )  # fmt: skip


def _firms(value: str) -> tuple[str, str] | None:
    """How the ratings firm's count of `value` viewers bears on the estimate."""
    said = f"Ratings firm Telemetrix said the cup final averaged {value} viewers."
    return bearing(_viewers(value, claimant=7, said=said), ESTIMATE, story=True)


ESTIMATE = _viewers(
    "41000000",
    claimant=None,
    qualifier="about",
    said="The cup final drew about 41 million viewers.",
)


def test_a_claimants_finer_count_within_the_estimate_supports_it() -> None:
    found = _firms("38900000")
    assert found is not None and found[0] == "supports", found
    assert "looseness" in found[1]


def test_an_unclaimed_finer_figure_may_be_the_estimate_repeated() -> None:
    count = _viewers("38900000", claimant=None, said="The cup final averaged 38.9 million viewers.")
    assert bearing(count, ESTIMATE, story=True) is None


def test_a_claimants_count_beyond_the_estimates_looseness_does_not_support_it() -> None:
    found = _firms("35200000")
    assert found is None or found[0] != "supports", found
