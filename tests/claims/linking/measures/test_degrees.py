"""Temperatures told in degrees Celsius and Fahrenheit, and amounts in currencies pegged to the
dollar: a difference of temperature converts by the size of a degree, a level with the offset
of the two scales too, and the words next to the figure say which it is."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking import currencies
from claims.linking.match import Figure, figure, in_currency_of, same_claim
from claims.linking.measures import measure_of

DAY = datetime.date(2033, 2, 9)


def reading(key: str, value: str, claimant: int | None = None) -> Figure:
    """A figure told on DAY by `claimant`."""
    return figure(
        claimant=claimant,
        measure_key=key,
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=DAY,
        statement="the weather office reported the year's mean reading for the island",
    )


def test_a_difference_converts_by_the_degree_a_level_with_the_offset() -> None:
    assert currencies.degrees(Decimal(10), "°C", "°F", difference=True) == Decimal(18)
    assert currencies.degrees(Decimal(10), "°C", "°F", difference=False) == Decimal(50)
    assert currencies.degrees(Decimal(212), "°F", "°C", difference=False) == Decimal(100)
    assert currencies.degrees(Decimal(9), "°F", "°C", difference=True) == Decimal(5)
    assert currencies.degrees(Decimal(3), "km", "°C", difference=True) is None
    assert currencies.convertible("°F") == ["°C"]


def test_the_words_next_to_a_temperature_say_a_difference_or_a_level() -> None:
    def key(unit: str, before: str, after: str) -> str:
        return measure_of(kind="measure", unit=unit, before=before, after=after).key

    change = "temperature_change"
    assert key("°C", "The month was ", " warmer than any before it.") == f"°C:{change}"
    assert key("°F", "The month was ", " (0.3°C) warmer than the last.") == f"°F:{change}"
    assert key("°C", "It was 0.5°F (", ") warmer than the last.") == f"°C:{change}"
    assert key("°C", "Readings stood ", " above the long-run mean.") == f"°C:{change}"
    assert key("°F", "It beat the record by ", ", the office said.") == f"°F:{change}"
    assert key("°C", "It beat it by a margin of ", ".") == f"°C:{change}"
    assert key("°C", "Leaders agreed on a ", " limit to keep the planet safe.") == f"°C:{change}"
    # A level, even in a sentence that goes on to a difference.
    assert (
        key("°F", "The mean reading was ", " (16°C), passing the old mark by") == "°F:temperature"
    )
    assert key("°C", "The lake reached ", " in August.") == "°C:temperature"
    # "0.2 Celsius" read as a count of celsius is a temperature.
    told = measure_of(kind="count", noun="Celsius", before="The record fell by ", after=".")
    assert told.key == f"°C:{change}"


def test_a_level_and_a_difference_told_in_both_scales_are_one_claim() -> None:
    level_f = reading("°F:temperature", "59.9")
    level_c = reading("°C:temperature", "15.5")
    assert same_claim(level_f, level_c) is not None
    moved = in_currency_of(level_f, level_c)
    assert moved is not None and moved[0].anchor == Decimal("59.9")
    # The same numbers as differences are not one claim: 15.5 C of change is 27.9 F.
    assert (
        same_claim(
            reading("°F:temperature_change", "59.9"), reading("°C:temperature_change", "15.5")
        )
        is None
    )
    diff_f = reading("°F:temperature_change", "0.36")
    diff_c = reading("°C:temperature_change", "0.2")
    assert same_claim(diff_f, diff_c) is not None
    # A level never meets a difference, whatever the numbers.
    assert same_claim(reading("°F:temperature", "32.36"), diff_c) is None


def test_a_currency_pegged_to_the_dollar_converts_in_any_year() -> None:
    riyals = reading("SAR:share_price", "45")
    dollars = reading("USD:share_price", "12")
    assert same_claim(dollars, riyals) is not None
    assert currencies.rate("SAR", "USD", 1995) == currencies.rate("SAR", "USD", 2030)
    assert currencies.known("AED") and currencies.known("QAR")


def test_bare_degrees_are_in_the_scale_the_article_named_last() -> None:
    earlier = "The capital averaged 61.2 degrees Fahrenheit last summer. "
    later = measure_of(
        kind="measure",
        unit="degree",
        before="That was ",
        after=" warmer than usual.",
        earlier=earlier,
    )
    assert later.key == "°F:temperature_change"
    converted = (
        "The bay reached 71.6 degrees Fahrenheit (22 degrees Celsius), beating the record by "
    )
    assert measure_of(kind="measure", unit="degree", earlier=converted).scale == "°F"
    signs = "Rivers peaked at 24C in July. "
    assert measure_of(kind="measure", unit="degree", before="It hit ", earlier=signs).key == (
        "°C:temperature"
    )
    # No scale named: the degrees stay their own (an angle, a scale the article never gives).
    alone = measure_of(kind="measure", unit="degree", before="The ramp rises ", earlier="A ramp. ")
    assert alone.scale == "degree"
