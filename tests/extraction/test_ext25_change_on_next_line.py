"""ext25 (issue 9): a word of change after a figure counts only on the figure's own line; a
caption or heading on the next line that opens with "Down" or "Up" says nothing about the figure
before it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize("gap", ["\n", " \n\n", "\n\n"])
def test_a_change_word_on_the_next_line_is_not_the_figures(gap: str) -> None:
    text = f"The Harlow index ended the day at 9,120{gap}Down it goes: traders on the floor."
    (level,) = extract(text).quantities
    assert (level.change, level.difference) == (None, False)


def test_a_change_word_on_the_same_line_still_counts() -> None:
    (figure,) = extract("Corran's exports were 5% higher in May.").quantities
    assert (figure.change, figure.difference) == ("up", True)
