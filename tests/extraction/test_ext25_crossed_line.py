"""ext25 (issue 9): after a verb of change, "below", "under" and "above" name the line the
change crossed, a level ("the Harlow index fell below 9,000"), not the size of the change, so it
compares with the level told without a verb ("took the index below 9,000"). "More than" and
"over" after the verb still give a size. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _only(text: str):
    (quantity,) = extract(text).quantities
    return quantity


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow index briefly fell below 9,000 on Tuesday.",
        "Inflation in Corran rose above 3% in May.",
        "Shares of Brenner slid under $40 after the report.",
    ],
)
def test_a_change_across_a_line_gives_a_level(text: str) -> None:
    quantity = _only(text)
    assert not quantity.difference
    assert quantity.change in ("up", "down")


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow index fell more than 900 points on Tuesday.",
        "The Harlow index fell over 900 points on Tuesday.",
        "The Harlow index fell 900 points on Tuesday.",
    ],
)
def test_a_change_by_a_size_stays_a_difference(text: str) -> None:
    assert _only(text).difference
