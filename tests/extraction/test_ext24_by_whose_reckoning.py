"""ext24 (issue 9): a clause opened by whose reckoning a figure is ("By the Varn Institute's
count, …") names the figure's claimant, even inside someone else's quote: the same figure
credited to its maker in another report can then join it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def claimants(text: str) -> dict[str, str | None]:
    return {q.text: q.claimant for q in extract(text).quantities}


@pytest.mark.parametrize(
    ("text", "span", "claimant"),
    [
        ("By the Varn Institute's count, 1,200 people marched.", "1,200 people", "Varn Institute"),
        ("By Orlen Weather's measure, May was 0.4°C warmer.", "0.4°C", "Orlen Weather"),
        (
            "Few were hurt, and by Halby Council's reckoning 40 homes flooded.",
            "40 homes",
            "Halby Council",
        ),
    ],
)
def test_by_whose_reckoning_names_the_claimant(text: str, span: str, claimant: str) -> None:
    assert claimants(text)[span] == claimant


def test_by_whose_reckoning_wins_over_the_quoted_speaker() -> None:
    text = (
        "Ms Tarly wrote: \"By Orlen Weather's measure, May was 0.4°C warmer. "
        "By the Kessel Office's measure it was 0.6°C warmer.\""
    )
    got = claimants(text)
    assert got["0.4°C"] == "Orlen Weather"
    assert got["0.6°C"] == "Kessel Office"


@pytest.mark.parametrize(
    "text",
    [
        "By Friday's count, 40 people had died in Tessby.",
        "By some estimates, 300 people had left Tessby.",
        "The Tessby bill was carried by the Senate's count of 52 votes.",
    ],
)
def test_a_day_a_vague_source_or_a_phrase_mid_clause_names_no_claimant(text: str) -> None:
    assert set(claimants(text).values()) == {None}
