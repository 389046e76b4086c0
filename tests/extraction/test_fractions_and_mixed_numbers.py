"""Fractions written in digits or as vulgar-fraction characters ("½", "1/2") are read as numbers:
followed by a unit they count that unit ("½ percent" is half a percent, not a share of 50%),
after a whole number they make one mixed number ("4 ¾", "9 1/2", "4-1/2"), two of them bound a
range ("¼ to ½ percent"), and "zero to" before a figure opens a range from nothing. Every
sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction import extract


def read(text: str) -> list[tuple[str, Decimal | None, Decimal | None, Decimal | None, str]]:
    return [(q.text, q.value, q.lower, q.upper, q.unit) for q in extract(text).quantities]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The Varnholt bank raised its lending rate by ½ percent.", "½ percent", "0.5", "percent"),
        ("Pilgrims walk the last ¾ mile to the shrine at Oskby.", "¾ mile", "0.75", "mi"),
        ("Shares in Tellmark gained 1/2 percent on Monday.", "1/2 percent", "0.5", "percent"),
        ("The Dunmere index closed up 2 ½ points.", "2 ½ points", "2.5", "point"),
        ("The Brask bond yield fell to 4 ¾ percent.", "4 ¾ percent", "4.75", "percent"),
        ("The Quillon bridge took 9 1/2 years to build.", "9 1/2 years", "9.5", "year"),
        ("Mortgage rates in Pelland eased to 4-1/2 percent.", "4-1/2 percent", "4.5", "percent"),
        ("A ½-mile stretch of the Orrin canal was drained.", "½-mile", "0.5", "mi"),
        ("The Orrin bond yield fell to 3⅞ percent.", "3⅞ percent", "3.875", "percent"),
        ("The Brask rate rose 1⁄2 percent.", "1⁄2 percent", "0.5", "percent"),
    ],
)
def test_a_fraction_with_a_unit_or_a_whole_number_is_one_number(
    text: str, span: str, value: str, unit: str
) -> None:
    found = read(text)
    assert len(found) == 1, found
    got_span, got_value, _, _, got_unit = found[0]
    assert (got_span, got_value, got_unit) == (span, Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "span", "lower", "upper", "unit"),
    [
        (
            "The Varnholt council raised the target range to ¼ to ½ percent.",
            "¼ to ½ percent",
            "0.25",
            "0.5",
            "percent",
        ),
        (
            "The Varnholt rate had stood at zero to ¼ percent for six years.",
            "zero to ¼ percent",
            "0",
            "0.25",
            "percent",
        ),
        (
            "Inflation in Pelland stayed between zero and 2 percent.",
            "between zero and 2 percent",
            "0",
            "2",
            "percent",
        ),
    ],
)
def test_fractions_and_zero_bound_ranges(
    text: str, span: str, lower: str, upper: str, unit: str
) -> None:
    found = [q for q in read(text) if q[0] == span]
    assert len(found) == 1, read(text)
    _, value, got_lower, got_upper, got_unit = found[0]
    assert value is None
    assert (got_lower, got_upper, got_unit) == (Decimal(lower), Decimal(upper), unit)


def test_a_fraction_without_a_unit_stays_a_share() -> None:
    assert read("The Brask bond yield rose ¼ percent.") == [
        ("¼ percent", Decimal("0.25"), Decimal("0.25"), Decimal("0.25"), "percent")
    ]
    assert [(q[0], q[4]) for q in read("Nearly ¾ of the voters in Oskby stayed home.")] == [
        ("Nearly ¾ of the voters", "fraction")
    ]


def test_from_zero_to_is_no_range() -> None:
    assert [q[0] for q in read("Rates in Oskby were zero to 3 percent.")] == ["zero to 3 percent"]
    assert [q[0] for q in read("The Brask roadster goes from zero to 60 mph.")] == ["60 mph"]


def test_no_mixed_number_from_dates_or_chains() -> None:
    assert [q[1] for q in read("The Quillon fund returned 9 1/2 percent.")] == [Decimal("9.5")]
    for text in (
        "The Tellmark shop is open 24/7 since 3 9/11 memorial day.",
        "Call the Quillon office on 1-2-3-4 today.",
        "The Orrin ledger dated 4 1/2/2020 lists 12 barrels.",
    ):
        assert all(q[1] is None or q[1] % 1 == 0 for q in read(text)), read(text)


def test_a_fraction_of_a_total_at_the_end_of_the_text() -> None:
    found = extract("Two-thirds of the 40 seats").quantities
    assert [(q.text, q.total, q.measure) for q in found] == [
        ("Two-thirds of the 40 seats", Decimal(40), "seats")
    ]
