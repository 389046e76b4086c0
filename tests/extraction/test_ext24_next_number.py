"""ext24 (issue 9): a figure is not followed by what it counts when the next word starts another
number ("the tally reached 4.2 million nearly two weeks on"): the two are read as two figures,
so that the first keeps its count reading and can join the same figure of another report.
Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "The Brenvale tally stood at 4.2 million almost three weeks on.",
        "The Brenvale tally stood at 4.2 million three weeks on.",
        "The Brenvale tally stood at 4.2 million about 20 days on.",
    ],
)
def test_a_number_after_a_figure_is_a_second_figure(text: str) -> None:
    got = {q.text: q for q in extract(text).quantities}
    assert "4.2 million" in got
    assert got["4.2 million"].kind == "count"
    assert got["4.2 million"].value == Decimal(4_200_000)
    assert any(q.kind == "duration" for q in got.values())


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Orlen Homes built 2,000 three-bedroom houses.", "2,000 three-bedroom houses"),
        ("The Tessby line sold 40,000 one-way tickets.", "40,000 one-way tickets"),
    ],
)
def test_a_number_joined_to_its_noun_by_a_hyphen_stays_the_noun(text: str, span: str) -> None:
    assert span in [q.text for q in extract(text).quantities]
