"""ext16 (issue 9): a number written as words with "and a half", spaced or hyphenated
throughout, is one quantity with the half added ("two and a half years" is 2.5 years, "one and a
half million people" 1.5 million). Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


def read(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract(text).quantities]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The drought of the last two and a half years emptied the Merrow dam.",
            "two and a half years",
            "2.5",
            "year",
        ),
        (
            "The last three-and-a-half years were the wettest on record in Hollin.",
            "three-and-a-half years",
            "3.5",
            "year",
        ),
        (
            "Volunteers spent four and a half hours clearing the road.",
            "four and a half hours",
            "4.5",
            "hour",
        ),
        (
            "Organisers said one and a half million people marched in Dunmere.",
            "one and a half million people",
            "1500000",
            "people",
        ),
        (
            "The council borrowed two and a half million dollars for the bridge.",
            "two and a half million dollars",
            "2500000",
            "USD",
        ),
    ],
)
def test_and_a_half_is_read_into_the_number(text: str, span: str, value: str, unit: str) -> None:
    got = read(text)
    assert (span, Decimal(value), unit) in [(t, v, u) for t, v, u in got]


def test_a_bare_and_a_half_without_a_unit_stays_unread() -> None:
    # a score or a size with no unit after it is no quantity, halved or not
    assert read("By the end the tally stood at two and a half.") == []
