"""ext15 (issue 9): a figure with a unit joined by a hyphen after a possessive name ("Marsh's
2-point lead", "the Party's 75-seat majority") is a quantity, not an identifier like
"Flight 17". Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("In the poll, Marsh's 2-point lead held.", "2", "percentage point"),
        (
            "In the Delmont poll, Vannor’s 14-point lead — 51 percent to 37 percent — held.",
            "14",
            "percentage point",
        ),
        ("In May, the Kestrel Party's 75-seat majority held.", "75", "seat"),
    ],
)
def test_a_hyphen_unit_after_a_possessive(text: str, value: str, unit: str) -> None:
    assert (Decimal(value), unit) in {(q.value, q.unit) for q in extract(text).quantities}


@pytest.mark.parametrize(
    "text",
    ["In May, Harlow Air's 737-800 jets flew.", "In May, Kestrel's 5G phones shipped."],
)
def test_a_model_after_a_possessive_is_still_no_quantity(text: str) -> None:
    assert extract(text).quantities == [] or all(
        q.value not in (Decimal(737), Decimal(5)) for q in extract(text).quantities
    )
