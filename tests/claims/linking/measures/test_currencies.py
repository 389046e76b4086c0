"""Money in two currencies: a fixed, dated table of yearly rates (no network) lets linking see
one amount worded in euros and in pounds, and a malformed table is refused naming the entry."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest

from claims.linking import currencies
from claims.linking.match import figure, same_claim


def stated(measure_key: str, amount: Decimal, statement: str, day: datetime.date | None):
    """An exact figure nobody claims."""
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=amount,
        lower=amount,
        upper=amount,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=day,
        statement=statement,
    )


def money(code: str, amount: int, *, concept: str = "fee", day: datetime.date | None = None):
    return stated(
        f"{code}:{concept}", Decimal(amount), f"The club paid {amount} for the winger", day
    )


JUNE_2017 = datetime.date(2017, 6, 12)


def test_every_row_of_the_shipped_table_is_a_positive_rate_for_a_year() -> None:
    table = currencies.table()
    assert {"USD", "EUR", "GBP"} <= set(table)
    assert all(rate > 0 and 1990 < year < 2100 for rows in table.values() for year, rate in rows)


def test_a_rate_is_read_for_the_year_and_the_nearest_row_outside_the_table() -> None:
    assert currencies.rate("USD", "USD", 2017) == 1
    in_2017 = currencies.rate("EUR", "GBP", 2017)
    assert in_2017 is not None and Decimal("0.8") < in_2017 < Decimal("0.95")
    assert currencies.rate("EUR", "GBP", 1990) == currencies.rate("EUR", "GBP", 2010)
    assert currencies.rate("XYZ", "GBP", 2017) is None


def test_one_fee_in_euros_and_in_pounds_is_one_claim_with_the_rate_as_its_reason() -> None:
    euros = money("EUR", 180_000_000, day=JUNE_2017)
    pounds = money("GBP", 160_000_000, day=JUNE_2017)
    link = same_claim(pounds, euros)
    assert link is not None and link.score >= 0.85
    assert "EUR converted to GBP at the 2017 average rate" in link.because()


def test_converted_amounts_that_differ_or_lack_a_date_or_measure_are_not_one_claim() -> None:
    euros = money("EUR", 180_000_000, day=JUNE_2017)
    assert same_claim(money("GBP", 120_000_000, day=JUNE_2017), euros) is None
    assert same_claim(money("GBP", 160_000_000), money("EUR", 180_000_000)) is None
    assert same_claim(money("GBP", 160_000_000, concept="pay", day=JUNE_2017), euros) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"euro": {"2017": 1.1}}, "not an ISO 4217 code"),
        ({"EUR": {}}, "must be a table of year = rate"),
        ({"EUR": {"soon": 1.1}}, "'soon' is not a year"),
        ({"EUR": {"2017": -1}}, "2017: -1 is not a positive number"),
        ({"EUR": {"2017": "1.1"}}, "2017: '1.1' is not a positive number"),
    ],
)
def test_a_malformed_table_is_refused_naming_the_entry(data: dict, message: str) -> None:
    with pytest.raises(currencies.RateError, match=message):
        currencies.parse(data, "rates.toml")


def depth(unit: str, amount: str, *, day: datetime.date | None = None):
    return stated(
        f"{unit}:depth",
        Decimal(amount),
        f"The tremor struck {amount} {unit} below the surface",
        day,
    )


def test_units_convert_within_their_dimension_and_never_across_it() -> None:
    to_miles = currencies.factor("km", "mi", None)
    assert to_miles is not None and Decimal("0.62") < to_miles < Decimal("0.63")
    assert currencies.factor("lb", "kg", 2017) == Decimal("0.45359237")
    assert currencies.factor("km", "kg", None) is None
    assert currencies.factor("km", "EUR", 2017) is None
    assert currencies.factor("EUR", "GBP", None) is None  # money needs a year's rate
    assert "mi" in currencies.convertible("km") and "kg" not in currencies.convertible("km")
    assert "GBP" in currencies.convertible("EUR") and currencies.convertible("count") == []


def test_one_depth_in_kilometres_and_in_miles_is_one_claim_even_undated() -> None:
    link = same_claim(depth("mi", "6"), depth("km", "10"))
    assert link is not None
    assert "km converted to mi" in link.because()
    assert same_claim(depth("mi", "9"), depth("km", "10")) is None  # 9 miles is 14.5 km


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"length": {}}, "[length] must be a table of unit = size"),
        ({"length": {"km": 0}}, "[length] km: 0 is not a positive number"),
        ({"length": {"km": "1000"}}, "[length] km: '1000' is not a positive number"),
        ({"length": {"m": 1}, "area": {"m": 1}}, "'m' is in [length] and in [area]"),
    ],
)
def test_a_malformed_unit_table_is_refused_naming_the_entry(data: dict, message: str) -> None:
    with pytest.raises(currencies.RateError, match=re.escape(message)):
        currencies.parse_units(data, "units.toml")


def test_the_shipped_unit_table_uses_the_extractors_unit_codes() -> None:
    from claims.extraction.units import MEASURES, PERCENT_UNITS

    tables = (MEASURES, PERCENT_UNITS)
    codes = {
        unit.name for table in tables for unit in [*table.words.values(), *table.symbols.values()]
    }
    assert set(currencies.units()) <= codes  # a misspelt code would never convert


def step(unit: str, amount: str):
    return stated(
        f"{unit}:bank rate",
        Decimal(amount),
        f"The central bank cut its main rate by {amount} {unit}",
        datetime.date(2019, 3, 7),
    )


def test_a_rate_step_in_basis_points_and_in_percentage_points_is_one_claim() -> None:
    assert currencies.factor("basis point", "percentage point", None) == Decimal("0.01")
    link = same_claim(step("percentage point", "0.25"), step("basis point", "25"))
    assert link is not None and "basis point converted to percentage point" in link.because()
    assert same_claim(step("percentage point", "0.5"), step("basis point", "25")) is None


def test_a_rate_step_never_converts_to_the_level_of_a_rate() -> None:
    assert "percent" not in currencies.convertible("percentage point")
    assert currencies.factor("basis point", "percent", None) is None


@pytest.mark.parametrize(
    ("code", "amount", "dollars"),
    [("HKD", 5_000_000_000, 640_000_000), ("RUB", 10_000_000_000, 171_000_000),
     ("BRL", 1_000_000_000, 310_000_000), ("MYR", 1_000_000_000, 233_000_000)],
)  # fmt: skip
def test_an_amount_in_a_currency_news_gives_beside_dollars_is_one_claim_with_them(
    code: str, amount: int, dollars: int
) -> None:
    link = same_claim(money("USD", dollars, day=JUNE_2017), money(code, amount, day=JUNE_2017))
    assert link is not None and link.score >= 0.85


def test_the_renminbi_by_its_two_codes_is_one_scale() -> None:
    from claims.linking.measures import measure_of

    rmb = measure_of(kind="money", unit="RMB", before="The fee was ", after=".")
    yuan = measure_of(kind="money", unit="CNY", before="The fee was ", after=".")
    per_share = measure_of(kind="money", unit="RMB per share", before="It earned ", after=".")
    assert (rmb.key, yuan.key, per_share.key) == ("CNY:fee", "CNY:fee", "CNY:earnings_per_share")
