"""ext14 (issue 9): "halfway to a target" is the fraction one half; a line that links to another
article ("SEE ALSO: …", "Read more: …") gives no quantities. Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


def quantities(text: str) -> list[tuple[str, str, Decimal | None]]:
    return [(q.text, q.kind, q.value) for q in extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Basin is already halfway to the 2C limit.",
        "Tarnby is halfway towards its goal, the mayor said.",
        "The fund is halfway toward the target.",
    ],
)
def test_halfway_to_a_target_is_one_half(text: str) -> None:
    assert ("halfway", "ratio", Decimal("0.5")) in quantities(text)


def test_a_qualified_halfway_keeps_its_qualifier() -> None:
    (halfway,) = extract("Tarnby is more than halfway to its target.").quantities
    assert halfway.text == "more than halfway"
    assert halfway.lower == Decimal("0.5") and halfway.upper is None


@pytest.mark.parametrize(
    "text",
    [
        "The Otters were halfway through the season.",
        "He moved into a halfway house in Delmont.",
        "They met halfway.",
    ],
)
def test_halfway_through_a_time_or_as_an_adjective_is_no_number(text: str) -> None:
    assert not [q for q in quantities(text) if q[0].endswith("halfway")]
