"""ext15 (issue 9): "N of the hottest M years", "N of the top M banks": a ranking word before
the total leaves it the total. Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Fifteen of the hottest 16 summers on record came after 1990.", "16"),
        ("Eleven of the wettest twelve months fell in Harlow.", "12"),
        ("Two of the top 10 lenders in Delmont failed.", "10"),
        ("Three of the last five seasons ended in a loss.", "5"),
    ],
)
def test_the_total_after_a_ranking_word(text: str, total: str) -> None:
    (found,) = extract(text).quantities
    assert found.total == Decimal(total)


def test_a_ranking_word_with_no_number_after_gives_no_total() -> None:
    (found,) = extract("Two of the largest lenders in Delmont failed.").quantities
    assert found.total is None and found.value == 2
