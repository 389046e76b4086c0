"""A share of the way to a goal measures progress; a body's name counts nothing; the size of an
offering, a listing or a share sale is the money raised. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def test_a_share_of_the_way_to_a_goal_is_progress_whatever_the_goal() -> None:
    limit = measure_of(
        kind="percent",
        unit="percent",
        figure="halfway",
        before="Orla's average temperature is now ",
        after=" towards the 3C ceiling the treaty set.",
    )
    rise = measure_of(
        kind="percent",
        unit="percent",
        figure="halfway",
        before="A study by the Varn Sensor Unit says the region is already ",
        after=" to the 3C rise the treaty allows.",
    )
    assert limit.key == rise.key == "percent:progress"
    part = measure_of(
        kind="percent",
        unit="percent",
        figure="60%",
        before="The county is ",
        after=" of the way to its recycling goal.",
    )
    assert part.key == "percent:progress"


def test_a_share_rising_to_a_level_is_no_progress() -> None:
    moved = measure_of(
        kind="percent",
        unit="percent",
        figure="4%",
        before="Unemployment in Tarnby rose ",
        after=" to a record.",
    )
    assert moved.concept != "progress"


def test_a_body_named_before_a_share_is_not_what_it_is_a_share_of() -> None:
    found = measure_of(
        kind="percent",
        unit="percent",
        figure="40%",
        before="A report from the Harlow Planning Unit shows the town is ",
        after=" greener.",
    )
    assert found.concept != "units_sold"
    office = measure_of(
        kind="percent",
        unit="percent",
        figure="12%",
        before="The Office of Harbour Deliveries said the port was ",
        after=" busier.",
    )
    assert office.concept != "units_sold"


def test_units_named_outside_a_body_name_still_count() -> None:
    sold = measure_of(
        kind="percent",
        unit="percent",
        figure="8%",
        before="The Kestrel Phones Group said unit shipments fell ",
        after=".",
    )
    assert sold.concept == "units_sold"


def test_the_size_of_an_offering_or_a_listing_is_the_money_raised() -> None:
    offering = measure_of(
        kind="money", unit="USD", figure="$2bn", before="Velmar Oil launched a ", after=" offering."
    )
    bonds = measure_of(
        kind="money",
        unit="USD",
        figure="$3 billion",
        before="The city priced a ",
        after=" bond sale on Tuesday.",
    )
    sale = measure_of(
        kind="money",
        unit="USD",
        figure="4 billion US dollar",
        before="Kestrel set its share price, clearing the way for a ",
        after=" sale in the largest initial public offering this year.",
    )
    raised = measure_of(
        kind="money",
        unit="USD",
        figure="$4 billion",
        before="Kestrel's IPO will raise ",
        after=".",
    )
    dated = measure_of(
        kind="money",
        unit="USD",
        figure="$1bn",
        before="It beat Orlan's ",
        after=" initial public offering.",
    )
    assert offering.key == bonds.key == sale.key == raised.key == "USD:money_raised"
    assert dated.key == "USD:money_raised"


def test_the_sale_of_a_company_is_no_money_raised() -> None:
    sold = measure_of(
        kind="money",
        unit="USD",
        figure="$13 billion",
        before="Harlow Foods agreed to a ",
        after=" sale of its grocery chain to Orlan.",
    )
    assert sold.concept != "money_raised"


def test_the_deal_size_of_an_offering_is_the_money_raised() -> None:
    deal = measure_of(
        kind="money",
        unit="USD",
        figure="$2 billion",
        before="Velmar priced its IPO at $14 a share, which means a deal size of ",
        after=".",
    )
    assert deal.key == "USD:money_raised"


def test_a_deal_for_a_company_is_its_price_not_money_raised() -> None:
    bought = measure_of(
        kind="money",
        unit="USD",
        figure="$9 billion",
        before="Orlan agreed a deal of ",
        after=" for Harlow Foods, which went public in 1998.",
    )
    assert bought.key == "USD:fee"
