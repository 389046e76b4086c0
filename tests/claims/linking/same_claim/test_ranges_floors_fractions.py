"""A range's top given alone, bare or with an undated side; a round milestone floor ("more than
1,000 points") for a precise move reported the same day; and a level with its decimals cut
("24,345" for 24,345.75). Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim

DAY = datetime.date(2031, 3, 4)


def fig(
    statement: str,
    wording: str,
    *,
    value: str | None = None,
    lower: str | None = None,
    upper: str | None = None,
    lower_inclusive: bool = True,
    measure_key: str = "count:stock_index",
    seen_on: datetime.date | None = DAY,
) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=None if value is None else Decimal(value),
        lower=None if lower is None else Decimal(lower),
        upper=None if upper is None else Decimal(upper),
        lower_inclusive=lower_inclusive,
        upper_inclusive=True,
        seen_on=seen_on,
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


FLOW = "bbl per day:volume per day"


def span() -> Figure:
    return fig(
        "Engineers now put the Marlow well's flow at 35,000 to 60,000 barrels a day.",
        "35,000 to 60,000 barrels a day",
        lower="35000",
        upper="60000",
        measure_key=FLOW,
    )


def test_a_range_top_stated_bare_is_the_range() -> None:
    top = fig(
        "Marlow well spilling 60,000 barrels a day, engineers say.",
        "60,000 barrels a day",
        value="60000",
        measure_key=FLOW,
    )
    assert isinstance(same_claim(top, span()), Link)
    assert isinstance(same_claim(span(), top), Link)


def test_a_range_top_from_an_undated_page_is_the_range_when_tied_to_it() -> None:
    top = fig(
        "The Marlow well may be leaking as much as 60,000 barrels of oil a day.",
        "as much as 60,000 barrels",
        upper="60000",
        measure_key=FLOW,
        seen_on=None,
    )
    assert isinstance(same_claim(top, span()), Link)  # both name Marlow
    assert isinstance(same_claim(top, span(), tie="Marlow"), Link)
    untied = fig(
        "The well may be leaking as much as 60,000 barrels of oil a day.",
        "as much as 60,000 barrels",
        upper="60000",
        measure_key=FLOW,
        seen_on=None,
    )
    assert judge(untied, span()) == "numbers"
    assert isinstance(same_claim(untied, span(), tie="Marlow"), Link)


def test_a_number_inside_the_range_or_an_estimate_of_its_top_stays_apart() -> None:
    other = fig(
        "Marlow well spilling 50,000 barrels a day, engineers say.",
        "50,000 barrels a day",
        value="50000",
        measure_key=FLOW,
    )
    assert judge(other, span()) == "numbers"
    beyond = fig(
        "Marlow well spilling 60,000 to 80,000 barrels a day, engineers say.",
        "60,000 to 80,000 barrels a day",
        lower="60000",
        upper="80000",
        measure_key=FLOW,
    )
    assert judge(beyond, span()) == "numbers"  # a range of its own, not the top alone


def test_a_price_at_the_top_of_a_narrow_range_stays_apart() -> None:
    band = fig(
        "Orrin Foods set a range of 30 to 32 crowns a share for its listing.",
        "30 to 32 crowns",
        lower="30",
        upper="32",
        measure_key="XCR:share_price",
    )
    price = fig(
        "Orrin Foods priced its shares at 32 crowns each.",
        "32 crowns",
        value="32",
        measure_key="XCR:share_price",
    )
    assert judge(price, band) == "numbers"


def test_a_round_milestone_floor_is_the_precise_move_of_that_day() -> None:
    floor = fig(
        "The Tolland index fell more than 1,000 points on Tuesday.",
        "more than 1,000 points",
        lower="1000",
        lower_inclusive=False,
    )
    exact = fig("The Tolland index fell 1,175 points on Tuesday.", "1,175 points", value="1175")
    assert isinstance(same_claim(floor, exact), Link)
    # One way only: a claim stored as the floor does not take the precise figure.
    assert judge(exact, floor) == "numbers"


def test_a_milestone_floor_stays_apart_from_a_running_toll_or_a_far_figure() -> None:
    floor = fig(
        "More than 1,000 people died in the Tolland floods.",
        "More than 1,000 people",
        lower="1000",
        lower_inclusive=False,
        measure_key="count:deaths",
    )
    toll = fig(
        "The Tolland floods have killed 1,175 people.",
        "1,175 people",
        value="1175",
        measure_key="count:deaths",
    )
    assert judge(floor, toll) == "numbers"  # the toll's next update as likely
    floor = fig(
        "The Tolland index fell more than 1,000 points on Tuesday.",
        "more than 1,000 points",
        lower="1000",
        lower_inclusive=False,
    )
    far = fig("The Tolland index fell 1,420 points on Tuesday.", "1,420 points", value="1420")
    assert judge(floor, far) == "numbers"
    later = fig(
        "The Tolland index fell 1,175 points on Tuesday.",
        "1,175 points",
        value="1175",
        seen_on=DAY + datetime.timedelta(days=6),
    )
    assert judge(floor, later) == "numbers"  # not reported within days of each other


def test_a_level_with_its_decimals_cut_is_the_level() -> None:
    full = fig("The Tolland index closed at 24,512.75 on Tuesday.", "24,512.75", value="24512.75")
    cut = fig("The Tolland index closed at 24,512 on Tuesday.", "24,512", value="24512")
    assert isinstance(same_claim(cut, full), Link)
    # One way only: a claim stored as the cut number does not take the full one.
    assert judge(full, cut) == "numbers"


def test_a_level_a_whole_point_off_stays_apart() -> None:
    full = fig("The Tolland index closed at 24,512.75 on Tuesday.", "24,512.75", value="24512.75")
    off = fig("The Tolland index closed at 24,511 on Tuesday.", "24,511", value="24511")
    assert judge(off, full) == "numbers"


def test_an_undated_cap_of_a_running_toll_stays_apart_from_the_range() -> None:
    estimate = fig(
        "The governor said the Keldon storm had killed 2,000 to 2,500 people.",
        "2,000 to 2,500 people",
        lower="2000",
        upper="2500",
        measure_key="count:deaths",
    )
    cap = fig(
        "The Keldon storm may have killed up to 2,500 people.",
        "up to 2,500 people",
        upper="2500",
        measure_key="count:deaths",
        seen_on=None,
    )
    assert judge(cap, estimate) == "numbers"  # a toll moves by the day; no date places it
    dated = fig(
        "The Keldon storm may have killed up to 2,500 people.",
        "up to 2,500 people",
        upper="2500",
        measure_key="count:deaths",
    )
    assert isinstance(same_claim(dated, estimate), Link)
