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


@pytest.mark.parametrize(
    "line",
    [
        "SEE ALSO: Kestrel Bank to shed 10,000 jobs",
        "Read more: Marisol shares jump 12%",
        "RELATED: Tarnby port handles 4 million containers",
        "- Related coverage: 300 flights cancelled",
        "More: 40 stores close in Delmont",
        "Also read: Delmont council borrows $2 million",
    ],
)
def test_a_link_line_gives_no_quantities(line: str) -> None:
    text = f"Harborview will cut 1,200 jobs.\n{line}\nThe cuts will save $300 million, it said."
    assert [q[0] for q in quantities(text)] == ["1,200 jobs", "$300 million"]


def test_a_sentence_that_opens_with_more_is_no_link_line() -> None:
    text = "More than 500 people attended.\nMore were expected on Sunday, when 300 buses run."
    assert [q[0] for q in quantities(text)] == ["More than 500 people", "300 buses"]
