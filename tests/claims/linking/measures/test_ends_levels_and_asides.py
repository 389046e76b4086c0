"""Measures read the same whatever the wording, and kept apart where the words say another
thing: the end of a span that is no market's close, a figure raised to a new level.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _money(before: str, after: str, earlier: str = "") -> str:
    return measure_of(
        kind="money", unit="USD", figure="$90 million", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def test_an_amount_by_the_end_of_a_weekend_is_no_share_price() -> None:
    assert _money("The film ended up taking ", " by the end of the weekend.") == "USD:"
    assert _money("a premium over the price of about ", " at the close of trading") == (
        "USD:share_price"
    )


def test_a_figure_raised_to_a_new_level_is_no_money_raised() -> None:
    assert _money("That forecast was raised to ", " or so by Friday.") == "USD:"
    assert _money("The studio raised its estimate to ", " on Sunday.") == "USD:"
    assert _money("The start-up has raised ", " from investors.") == "USD:money_raised"


def _share(before: str, after: str, earlier: str = "", measure: str | None = None) -> str:
    return measure_of(
        kind="percent", unit="percent", figure="4.6 percent", before=before, after=after,
        earlier=earlier, measure=measure,
    ).key  # fmt: skip


def test_an_index_set_off_from_its_verb_by_a_dashed_aside_still_moves() -> None:
    aside = "In per cent, the Harbour index — which tracks 40 big firms — was down at "
    assert _share(aside, ", at 9,120 points.") == "percent:stock_index"


def test_a_share_an_index_pronoun_moved_by_is_the_index_move() -> None:
    assert _share("The Harbour index's worst fall came in 1994, when it fell ", ".") == (
        "percent:stock_index"
    )
    assert _share("It fell ", ".", "The Harbour index had its worst day. ") == (
        "percent:stock_index"
    )
    assert _share("It fell ", ".", "Copper had its worst day. ") == "percent:"


def test_a_share_of_an_index_own_value_is_its_move() -> None:
    said = _share("In 2011 the Harbour index shed ", " in a single day.", measure="its value")
    assert said == "percent:stock_index"


def test_a_count_restated_between_commas_is_what_the_verb_after_it_says() -> None:
    said = measure_of(
        kind="count", unit="people", figure="800,000 people", noun="people", measure="people",
        before="The organisers said that about ",
        after=", or nearly one in five people of the town's 4.1 million population, joined it.",
    ).key  # fmt: skip
    assert said == "count:crowd"


def test_a_share_above_a_closing_price_is_an_offer_premium() -> None:
    def said(before: str, after: str) -> str:
        return measure_of(
            kind="percent", unit="percent", figure="31%", before=before, after=after
        ).key

    assert said("That is ", " higher than the chain's closing stock price on Monday.") == (
        "percent:premium"
    )
    assert said("The bid is ", " above the last trading price.") == "percent:premium"
    assert said("Its shares ended ", " higher than their closing price.") != "percent:premium"


def test_an_amount_of_a_hyphenated_noun_is_of_that_noun() -> None:
    said = measure_of(
        kind="money", unit="EUR", figure="€30 billion", before="The bank will move ",
        after=" of risk-weighted assets into a new unit.",
    ).key  # fmt: skip
    assert said == "EUR:assets"


def test_people_a_firm_employs_are_its_employees() -> None:
    said = measure_of(
        kind="count", unit="people", noun="people", measure="people", figure="6,000 people",
        before="The insurer employs about ", after=" in Scotland.",
    ).key  # fmt: skip
    assert said == "count:employees"


def test_points_a_rate_moved_by_past_the_level_it_reached_are_basis_points() -> None:
    def said(figure: str, before: str, after: str) -> str:
        return measure_of(kind="other", unit="point", figure=figure, before=before, after=after).key

    cut = said("20 points", "The bank cut the interest rate on reserves by ", " to -0.30%.")
    assert cut.startswith("basis point:")
    assert said("15 points", "The bank raised its rate by ", " to 45%.").startswith("percentage")


def _barrels(before: str, after: str, earlier: str = "") -> str:
    return measure_of(
        kind="measure", unit="bbl", figure="4,000 barrels", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def test_an_amount_after_a_sentence_of_a_flow_rate_takes_the_rate_period() -> None:
    earlier = (
        "The leak is now put at 30,000 barrels a day. Engineers met on Friday. "
        "The latest flow rate is the third estimate since the spill began. "
    )
    assert _barrels("The navy said in May that ", " were leaking.", earlier).startswith(
        "bbl per day:"
    )


def test_an_estimate_or_an_amount_going_on_beside_a_rate_is_per_its_period() -> None:
    estimate = _barrels(
        "The leak is put at 30,000 barrels a day, far above the first estimate of ", "."
    )
    going_on = _barrels("The well spews 30,000 barrels a day, with ", " now being captured.")
    caught = _barrels("The well spewed 30,000 barrels a day, of which ", " were caught.")
    assert estimate == going_on == "bbl per day:volume per day"
    assert caught == "bbl:volume"


def test_a_share_beside_missing_forecasts_counts_no_missing_people() -> None:
    said = measure_of(
        kind="percent", unit="percent", figure="3.1 per cent",
        before="Retail sales grew 2.8 per cent in May, missing forecasts of 3.0 per cent, "
        "down from April's ",
        after=".",
    ).key  # fmt: skip
    assert said != "percent:missing"
    assert measure_of(
        kind="count", unit="people", noun="people", measure="people", figure="12 people",
        before="After the storm, ", after=" are still missing.",
    ).key == "count:missing"  # fmt: skip


def test_a_date_between_a_noun_and_its_amount_is_read_past() -> None:
    said = measure_of(
        kind="money", unit="EUR", figure="€15 billion",
        before="Central bank restarts quantitative easing from Mar 3 at ", after="",
    ).key  # fmt: skip
    assert said == "EUR:asset_purchases"
