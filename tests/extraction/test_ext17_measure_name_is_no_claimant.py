"""ext17 (issue 9): the name of a measure ("GDP", "GDP growth", "core CPI") is never a figure's
claimant, whether it stands before a noun-like cue ("its GDP forecast was cut") or labels a row;
a body or a person before the same words still is. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "The Varrow central bank cut its GDP forecast for next year to 1.3% from 1.6%.",
        "The Ostley fund lowered its CPI forecast to 2.1%.",
    ],
)
def test_a_measure_name_claims_nothing(text: str) -> None:
    quantities = extract(text).quantities
    assert quantities
    assert all(q.claimant is None for q in quantities)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Halden Institute forecast GDP growth of 2.4% next year.", "Halden Institute"),
        ("Mr Pell cut his sales forecast to 40,000 cars.", "Pell"),
    ],
)
def test_a_body_before_a_measure_still_claims(text: str, claimant: str) -> None:
    quantities = extract(text).quantities
    assert quantities
    assert all(claimant in (q.claimant or "") for q in quantities)
