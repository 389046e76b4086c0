"""Amounts in one currency worth amounts in another, from a fixed yearly table; and measures
in one unit worth measures in another ("10 kilometres (six miles)").

`data/currencies.toml` holds US dollars per unit of each currency, one average per year, written
by hand (nothing is fetched from the network). A year between two rows takes the earlier row's
rate; a year outside the table takes the nearest row's. `data/units.toml` holds, per dimension,
how many of its first unit each unit is: exact, so no year. Plain Python, no Django.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "currencies.toml"
UNITS = Path(__file__).resolve().parent / "data" / "units.toml"
# A scale per stretch of time ("bbl per day", "EUR per month"): its amount's unit and the period.
PER_PERIOD = re.compile(r"^(.+?) per (day|week|month|year)$")
# Degrees of temperature: (the size of one degree in degrees Celsius, the reading of 0 °C). A
# difference of temperature ("0.2°C warmer") converts by the size alone, a level ("15°C") with
# the offset too, so neither is in units.toml, whose conversions are ratios.
DEGREES = {"°C": (Decimal(1), Decimal(0)), "°F": (Decimal(5) / Decimal(9), Decimal(32))}


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
            found.append((int(year), _positive(rate, f"{where}: [{code}] {year}")))
        table[code] = sorted(found)
    return table


def _positive(number: object, where: str) -> Decimal:
    """A table's number (a rate, a unit's size) as a Decimal, refused unless positive."""
    try:
        value = Decimal(str(number))
    except InvalidOperation:
        value = Decimal(0)
    if isinstance(number, bool) or not isinstance(number, int | float) or value <= 0:
        raise RateError(f"{where}: {number!r} is not a positive number")
    return value


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


def parse_units(data: dict[str, object], where: str = str(UNITS)) -> dict[str, tuple[str, Decimal]]:
    """{unit: (dimension, how many of the dimension's first unit it is)}, refusing anything
    else and a unit listed in two dimensions."""
    found: dict[str, tuple[str, Decimal]] = {}
    for dimension, rows in data.items():
        if not isinstance(rows, dict) or not rows:
            raise RateError(f"{where}: [{dimension}] must be a table of unit = size")
        for unit, size in rows.items():
            value = _positive(size, f"{where}: [{dimension}] {unit}")
            if unit in found:
                raise RateError(
                    f"{where}: {unit!r} is in [{found[unit][0]}] and in [{dimension}]: one each"
                )
            found[unit] = (dimension, value)
    return found


@cache
def units() -> dict[str, tuple[str, Decimal]]:
    """The shipped unit table, read once per process."""
    try:
        with UNITS.open("rb") as handle:
            return parse_units(tomllib.load(handle))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RateError(f"{UNITS}: cannot read the unit table: {error}") from error


def per_period(code: str) -> tuple[str, str]:
    """("bbl", "day") for "bbl per day", (code, "") for a scale of no period."""
    found = PER_PERIOD.match(code)
    return (found[1], found[2]) if found else (code, "")


def dimension(code: str) -> str | None:
    """What a unit measures, whatever unit says it: "volume" for "bbl", "volume per day" for
    "gal per day"; None for a unit of no dimension of the table (a magnitude, a currency)."""
    unit, period = per_period(code)
    found = units().get(unit)
    if found is None:
        return None
    return f"{found[0]} per {period}" if period else found[0]


def convertible(code: str) -> list[str]:
    """The other currencies or units an amount in `code` can be told in: every other currency
    of the table for money, the units of its dimension for a measure, each per the same period
    for an amount per period ("gal per day" for "bbl per day"); none for anything else."""
    base, period = per_period(code)
    if base in DEGREES and not period:
        return [other for other in DEGREES if other != base]
    if known(base):
        others = [other for other in table() if other != base]
    elif base in units():
        dim = units()[base][0]
        others = [other for other, (d, _) in units().items() if d == dim and other != base]
    else:
        return []
    return [f"{other} per {period}" for other in others] if period else others


def factor(source: str, target: str, year: int | None) -> Decimal | None:
    """Units of `target` one unit of `source` is: a fixed ratio for units of one dimension, the
    yearly rate for currencies (None without a year); None for anything else, and for amounts
    of two periods ("bbl per day" is never "gal per month")."""
    (source, period), (target, other_period) = per_period(source), per_period(target)
    if period != other_period:
        return None
    a, b = units().get(source), units().get(target)
    if a is not None and b is not None:
        return a[1] / b[1] if a[0] == b[0] else None
    if year is None:
        return None
    return rate(source, target, year)


def degrees(value: Decimal, source: str, target: str, *, difference: bool) -> Decimal | None:
    """`value` degrees of `source` in degrees of `target`: 0.18 for a difference of 0.1 °C told
    in °F, 59 for a level of 15 °C; None unless both are units of temperature."""
    if source not in DEGREES or target not in DEGREES:
        return None
    (size, zero), (other_size, other_zero) = DEGREES[source], DEGREES[target]
    if difference:
        return value * size / other_size
    return (value - zero) * size / other_size + other_zero
