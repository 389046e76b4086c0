"""A later report recalls a past year's figure to another precision ("the 18.4 percent fall of
1962" for 18.37 percent): still the precise number of that year, one claim when a name ties
them; a floor of it, or a rounding too coarse to say which figure it was, stays apart.
Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge

OLD_YEAR = datetime.date(1962, 1, 1)  # an undated page naming the year: its figure's date
REPORT = datetime.date(2031, 3, 4)
INDEX = "percent:stock_index"


def fall(value: str, on: datetime.date, statement: str, lower: bool = False) -> Figure:
    number = Decimal(value)
    return figure(
        claimant=None,
        measure_key=INDEX,
        value=None if lower else number,
        lower=number if lower else None,
        upper=None,
        lower_inclusive=False,
        upper_inclusive=True,
        seen_on=on,
        statement=statement,
    )


def old() -> Figure:
    return fall("18.37", OLD_YEAR, "On Grey Friday in 1962 the Kestrel 30 fell 18.37 percent.")


def test_a_recalled_figure_rounded_is_the_past_years_figure() -> None:
    new = fall("18.4", REPORT, "Grey Friday remains the Kestrel 30's worst day, down 18.4 percent.")
    link = judge(new, old())
    assert isinstance(link, Link)
    assert link.score >= 0.85
    assert "a past year's figure and a later report that recalls it" in link.reasons
    assert isinstance(judge(old(), new), Link)


def test_a_coarser_rounding_or_a_floor_stays_apart() -> None:
    coarse = fall("18", REPORT, "Grey Friday remains the Kestrel 30's worst day, down 18 percent.")
    assert judge(coarse, old()) == "numbers"
    floor = fall(
        "18.3",
        REPORT,
        "Grey Friday remains the Kestrel 30's worst day, down more than 18.3 percent.",
        lower=True,
    )
    assert not isinstance(judge(floor, old()), Link)


def test_with_no_name_to_tie_them_the_dates_keep_them_apart() -> None:
    new = fall("18.4", REPORT, "An index elsewhere fell 18.4 percent in its worst session.")
    assert judge(new, old()) == "dates"
