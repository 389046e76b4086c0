"""Points said where a stock index is named are the index's points; a loss tied to a reporting
period is a company's result, not a disaster's damage; a sum whose own words name nothing is a
sum of the one thing its sentence names. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _points(before: str, after: str, figure: str = "820 points", earlier: str = "") -> str:
    return measure_of(
        kind="other", unit="point", figure=figure, before=before, after=after, earlier=earlier
    ).key


def test_points_an_index_lost_are_the_index_points_whatever_verb_is_near() -> None:
    took = _points("The Harbour Composite index plunged ", " as traders took fright.")
    typo = _points("The Harbour Industrial Average lost ", ", or 3.1 per cent.")
    glued = _points("Why the index's ", " loss matters", "820-point")
    assert took == typo == glued == "count:stock_index"


def test_points_after_an_index_was_named_in_the_article_are_its_points() -> None:
    earlier = "Markets fell sharply on Tuesday. The Harbour index had its worst day in years. "
    assert _points("It closed ", " down.", earlier=earlier) == "count:stock_index"


def test_points_of_a_game_are_no_index_points() -> None:
    earlier = "The Harbour index rose on Tuesday. "
    assert _points("The Rovers scored ", " this season.", "820 points", earlier) != (
        "count:stock_index"
    )


def test_a_bare_level_an_index_closed_at_is_its_level() -> None:
    level = measure_of(
        kind="count",
        figure="21,400",
        before="The Harbour Composite lost 820 points, ending the day at ",
        after=".",
    )
    assert level.key == "count:stock_index"


def test_a_table_of_an_index_points_reads_its_bare_figures_as_points() -> None:
    row = measure_of(
        kind="other",
        figure="820.15",
        before="Date Close Fall in Points Fall in Percent March 3 21,400.10 -",
        after=" -3.1",
        earlier="The Harbour index posted its largest drops. ",
    )
    assert row.key == "count:stock_index"


def test_points_above_a_hundred_are_no_percentage_points() -> None:
    earlier = "The Harbour index fell on Tuesday. "
    moved = _points("It was down 3.1 percent, now at a total of ", ".", "21,400 points", earlier)
    assert moved == "count:stock_index"


def _loss(before: str, after: str, unit: str = "EUR") -> str:
    return measure_of(kind="money", unit=unit, figure="€1.4bn", before=before, after=after).key


def test_a_loss_in_a_reporting_period_is_a_companys_net_loss() -> None:
    assert _loss("The lender is forecasting a loss of ", " in the third quarter.") == (
        "EUR:net_loss"
    )
    assert _loss("Varn posted losses of ", " for the year.") == "EUR:net_loss"


def test_a_disasters_losses_stay_damage() -> None:
    assert _loss("The floods caused losses of ", " across the valley.") == "EUR:damage"
    assert _loss("Insured losses of ", " were reported in the third quarter.") == "EUR:damage"


def _sum(before: str, after: str) -> str:
    return measure_of(
        kind="money", unit="EUR", figure="€15 billion", before=before, after=after
    ).key


def test_a_sum_bought_each_month_is_of_the_thing_bought_not_pay() -> None:
    bought = _sum("The central bank will buy ", " in government bonds per month.")
    paced = _sum("Bond purchases will restart at a rate of ", " a month.")
    assert bought == paced == "EUR:asset_purchases"


def test_a_sum_earned_each_month_stays_pay() -> None:
    assert _sum("Nurses there earn ", " a month in wages.") != "EUR:asset_purchases"
