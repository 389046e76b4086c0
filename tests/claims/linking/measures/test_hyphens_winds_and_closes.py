"""A count glued to its noun by a hyphen counts that noun; "wind up" is no wind; an amount at the
close of trading is a share's price; "That's" points back as "That is" does. Sentences are made
up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def test_a_count_glued_to_its_noun_by_a_hyphen_counts_that_noun() -> None:
    house = measure_of(
        kind="count",
        unit="seat",
        figure="412-seat",
        before="Varnish Labour fell short of a majority in the ",
        after=" House of Assembly.",
    )
    assert house.key == "count:seats"
    tower = measure_of(
        kind="count", unit="storey", figure="40-storey", before="They built a ", after=" tower."
    )
    assert tower.key == "count:storey"


def test_a_hyphenated_count_of_a_bar_to_reach_is_no_count_won() -> None:
    bar = measure_of(
        kind="count",
        unit="seat",
        figure="207-seat",
        before="No party reached the ",
        after=" threshold for a majority.",
    )
    assert bar.key != "count:seats"


def test_wind_up_and_wind_down_are_verbs_not_wind() -> None:
    paid = measure_of(
        kind="money",
        unit="USD",
        before="Tarnwell Energy could wind up paying ",
        after=" if the merger fails.",
    )
    assert paid.concept != "wind_speed"
    share = measure_of(
        kind="percent",
        unit="percent",
        before="Orlan Capital will wind down the fund after losing ",
        after=" this year.",
    )
    assert share.concept != "wind_speed"


def test_winds_up_to_a_speed_are_still_winds() -> None:
    gusts = measure_of(
        kind="percent", unit="percent", before="Winds up to the ridge rose ", after="."
    )
    assert gusts.key == "percent:wind_speed"


def test_an_amount_at_the_close_of_trading_is_a_share_price() -> None:
    said = {
        measure_of(
            kind="money",
            unit="USD",
            before="Varnell values Pellow at $18 a share, a premium over the price of about ",
            after=" at the close of trading on Friday.",
        ).key,
        measure_of(
            kind="money",
            unit="USD",
            before="The offer tops the price of ",
            after=" at Friday’s close.",
        ).key,
    }
    assert said == {"USD:share_price"}
    deal = measure_of(kind="money", unit="USD", before="Varnell agreed a purchase price of ")
    assert deal.key == "USD:fee"


def test_thats_points_back_to_the_count_before() -> None:
    share = measure_of(
        kind="percent",
        unit="percent",
        before="That’s up ",
        after=" from a year earlier.",
        figure="4%",
        earlier="Harbor Lines carried 2.3 million passengers in May. ",
    )
    assert share.key == "percent:riders"


def test_money_a_sale_will_raise_is_money_raised() -> None:
    said = {
        measure_of(kind="money", unit="USD", before="Pellow Oil is on track to raise ").key,
        measure_of(kind="money", unit="USD", before="The 2bn shares sold will raise ").key,
        measure_of(kind="money", unit="USD", before="Pellow Oil raised ", after=".").key,
    }
    assert said == {"USD:money_raised"}


def test_a_forecast_said_with_at_counts_what_the_report_before_counted() -> None:
    forecast = measure_of(
        kind="count",
        figure="12 million",
        before="Shipments had been forecast at ",
        after=".",
        earlier="Harlow Devices shipped 12.5 million tablets in the quarter. ",
    )
    assert forecast.key == "count:tablet"


def test_a_forecast_counts_what_its_own_sentence_reported() -> None:
    forecast = measure_of(
        kind="count",
        figure="12 million",
        before="The 12.5 million sold were just ahead of what analysts anticipated, at ",
        after=".",
        earlier="Harlow Devices sold 12.5 million tablets in the quarter. Tablets remain its "
        "main business. ",
    )
    assert forecast.key == "count:tablet"
