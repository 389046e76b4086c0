"""ext25 (issue 9): "at one point" tells a moment ("At one point the index was down 900
points"), not a figure of one point, so the sentence's real figure is its only quantity; after a
verb of level ("closed at one point above par") and elsewhere ("rose one point") one point is a
figure. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At one point the Harlow index was down 900 points.", "900 points"),
        ("At one point, 40 walkers were stranded on the ridge.", "40 walkers"),
        ("The Harlow index had at one point fallen 900 points.", "900 points"),
    ],
)
def test_at_one_point_is_a_moment_not_a_figure(text: str, figure: str) -> None:
    assert [q.text for q in extract(text).quantities] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow index rose one point on Monday.",
        "The Brenner bond closed at one point above par.",
        "Her lead in the poll narrowed to one point.",
    ],
)
def test_one_point_is_still_a_figure_elsewhere(text: str) -> None:
    assert [q.text for q in extract(text).quantities] == ["one point"]
