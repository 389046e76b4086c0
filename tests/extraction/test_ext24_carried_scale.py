"""ext24 (issue 9): a bare amount of money keeps the scale its sentence wrote on the amount
before it ("revenue of $5.2 billion, up from $4.8"), so it can join the same amount written in
full elsewhere; a price ("$1.10 a share", "shares at $1.10 each") and whole dollars ("$38") do
not. Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


def values(text: str) -> dict[str, Decimal | None]:
    return {q.text: q.value for q in extract(text).quantities}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Tarnby Foods made $5.2 billion, up from $4.8 a year earlier.", "$4.8", 4_800_000_000),
        (
            "Sales at Ostley hit £2.1bn, ahead of the £2.05 analysts expected.",
            "£2.05",
            2_050_000_000,
        ),
    ],
)
def test_a_bare_amount_keeps_the_scale_written_before_it(text: str, span: str, value: int) -> None:
    assert values(text)[span] == Decimal(value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Halby earned $1.5 billion, or $1.40 a share.", "$1.40 a share", "1.40"),
        ("The $1.2 billion deal values Halby shares at $1.10 each.", "$1.10", "1.10"),
        ("Halby paid $40m for the site, and $38 for the survey.", "$38", "38"),
        ("Halby earned $1.5 billion. Its pens cost $1.40 to make.", "$1.40", "1.40"),
    ],
)
def test_a_price_or_whole_dollars_keep_their_own_scale(text: str, span: str, value: str) -> None:
    assert values(text)[span] == Decimal(value)
