"""ext17 (issue 9): a number whose thousands comma was typed with a space after it ("723, 632")
is one number, except where two numbers could be meant: a list, a date, a time, or a part of a
whole named before it. Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A total of 412, 587 voters in Carrow backed the plan.", "412, 587 voters", 412587),
        ("The Fenwick appeal raised 18, 250 pounds.", "18, 250 pounds", 18250),
        ("Turnout in the Dunmore ward was 7, 904.", "7, 904", 7904),
        # a ballot's results as a list of answers: "NO" is the answer, not "No." a label
        (
            "Carrow ballot result\nYES 512, 004 (61.2 per cent)\nNO 324, 711(38.8 per cent)\n",
            "324, 711",
            324711,
        ),
    ],
)
def test_comma_space_thousands_is_one_number(text: str, span: str, value: int | None) -> None:
    got = {q.text: q for q in extract(text).quantities}
    assert span in got
    if value is not None:
        assert got[span].value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On May 4, 250 marchers crossed the Tarrow bridge.", {250}),
        ("Of the 17, 120 were treated at Ardley hospital.", {120}),
    ],
)
def test_comma_space_after_a_date_or_part_is_two_numbers(text: str, values: set[int]) -> None:
    got = {q.value for q in extract(text).quantities}
    assert values <= got
    assert not any(v is not None and v > 1000 for v in got)


def test_a_list_of_numbers_is_not_joined() -> None:
    got = extract("Wards 101, 102 and 103 in Carrow flooded; 45, 120, 300 homes lost power.")
    assert not any(q.value is not None and q.value > 1000 for q in got.quantities)
