"""Amounts in one currency worth amounts in another, from a fixed yearly table.

`data/currencies.toml` holds US dollars per unit of each currency, one average per year, written
by hand (nothing is fetched from the network). A year between two rows takes the earlier row's
rate; a year outside the table takes the nearest row's. Plain Python, no Django.
"""

from __future__ import annotations

import bisect
import tomllib
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "currencies.toml"


class RateError(ValueError):
    """The currency table is malformed; the message names the file, the currency and the year."""


def parse(data: dict[str, object], where: str = str(DATA)) -> dict[str, list[tuple[int, Decimal]]]:
    """{code: [(year, dollars per unit), ...] by year}, refusing anything else."""
    table: dict[str, list[tuple[int, Decimal]]] = {}
    for code, rows in data.items():
        if len(code) != 3 or not code.isupper() or not code.isalpha():
            raise RateError(f"{where}: [{code}] is not an ISO 4217 code such as EUR")
        if not isinstance(rows, dict) or not rows:
            raise RateError(f"{where}: [{code}] must be a table of year = rate")
        found = []
        for year, rate in rows.items():
            if not (year.isdigit() and len(year) == 4):
                raise RateError(f"{where}: [{code}] {year!r} is not a year")
            try:
                value = Decimal(str(rate))
            except InvalidOperation:
                value = Decimal(0)
            if isinstance(rate, bool) or not isinstance(rate, int | float) or value <= 0:
                raise RateError(f"{where}: [{code}] {year}: {rate!r} is not a positive number")
            found.append((int(year), value))
        table[code] = sorted(found)
    return table


@cache
def table() -> dict[str, list[tuple[int, Decimal]]]:
    """The shipped table, read once per process."""
    try:
        with DATA.open("rb") as handle:
            return parse(tomllib.load(handle))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RateError(f"{DATA}: cannot read the currency table: {error}") from error


def known(code: str) -> bool:
    return code in table()


def dollars_per_unit(code: str, year: int) -> tuple[Decimal, int] | None:
    """The rate of `code` in `year`, and the year of the row used; None for an unknown code."""
    rows = table().get(code)
    if not rows:
        return None
    i = bisect.bisect_right([y for y, _ in rows], year) - 1
    year_used, rate = rows[max(i, 0)]
    return rate, year_used


def rate(source: str, target: str, year: int) -> Decimal | None:
    """Units of `target` one unit of `source` was worth in `year`; None for an unknown code."""
    a, b = dollars_per_unit(source, year), dollars_per_unit(target, year)
    if a is None or b is None:
        return None
    return a[0] / b[0]
