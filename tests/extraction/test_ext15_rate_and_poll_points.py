"""ext15 (issue 9): "points" a rate or yield moves by are basis points; a poll lead named after
a longer name ("leads Senator Jon Marsh of Delmont by 20 points") is in percentage points. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def units(text: str) -> dict[str, str]:
    return {q.text: q.unit for q in extract(text).quantities}


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Reserve raised its policy rate by 75 points in May.",
        "Ten-year yields rose 25 points on Friday.",
        "The bank cut rates by 50 points, its first cut in a decade.",
    ],
)
def test_points_a_rate_moves_by_are_basis_points(text: str) -> None:
    assert "basis point" in units(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow index fell 75 points as rates rose.",
        "As rates rose, the Dow fell 75 points.",
        "The team scored 75 points at a rate of one a minute.",
        "The unemployment rate fell 2 points.",
        "The policy rate moved by 7 points.",
    ],
)
def test_other_points_are_not_basis_points(text: str) -> None:
    assert "basis point" not in units(text).values()


def test_a_poll_lead_after_a_long_name_is_in_percentage_points() -> None:
    text = "Vannor leads Senator Jon Marsh of Delmont by 20 points, 57 percent to 37 percent."
    assert units(text)["20 points"] == "percentage point"


def test_points_a_rate_with_a_long_name_moves_by_are_basis_points() -> None:
    # ext24: the verb of change is far from the number when the rate's name is long
    text = (
        "The Kessel bank chose to lower the rate it charges lenders on spare reserves by 10 points."
    )
    assert units(text)["10 points"] == "basis point"
