"""Currencies the extractor names by a symbol or an adjective have a yearly rate, so an amount
in them meets its conversion in dollars."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.linking.currencies import rate


@pytest.mark.parametrize(
    ("code", "per_dollar"),
    [("TWD", 30), ("PHP", 50), ("ILS", 3.6), ("KES", 103), ("PKR", 105)],
)
def test_a_currency_named_by_symbol_converts_near_its_2017_rate(
    code: str, per_dollar: float
) -> None:
    found = rate(code, "USD", 2017)
    assert found is not None
    assert abs(found * Decimal(str(per_dollar)) - 1) < Decimal("0.06")
