"""The price of a share sold to the public, a stake, money that is never votes, and volumes
whose period or unit the sentence says elsewhere; a temperature told again at the start of a
sentence. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def money(unit: str, before: str, after: str = ".", earlier: str = "") -> str:
    return measure_of(kind="money", unit=unit, before=before, after=after, earlier=earlier).key


def test_a_listing_s_price_per_share_is_a_share_price_however_it_is_said() -> None:
    said = {
        money("EUR", "Norvale priced its IPO at ", ", the top of its range."),
        money("EUR per share", "Norvale priced its initial public offering at "),
        money("EUR", "Norvale sold 4 million shares at ", " each in its debut."),
        money("EUR", "The group set the final price of its shares at ", ", people said."),
        money("EUR", "Norvale will price its IPO shares at ", " each."),
        money("EUR", "Norvale is due to begin trading on 3 May on the Lisbon exchange at "),
        money("EUR per share", "The flotation's range of 28 to ", " will be kept, Norvale said."),
        money("EUR per share", "Norvale announced a stock price of 30 pesos, or "),
    }
    assert said == {"EUR:share_price"}


def test_a_conversion_of_a_listing_price_is_the_same_share_price() -> None:
    assert money("USD", "Norvale priced its IPO at 30 pesos per share (") == "USD:share_price"
    assert money("USD", "Norvale will price its IPO shares at SR30 (", ") each.") == (
        "USD:share_price"
    )
    assert money("USD", "The stock will begin trading on Friday at 30 pesos, or ") == (
        "USD:share_price"
    )


def test_earnings_a_takeover_offer_and_a_valuation_stay_apart_from_a_share_price() -> None:
    assert money("USD per share", "Harlow Mills earned ") == "USD:earnings_per_share"
    # A word of earning nearer the amount than the share price named before it.
    assert money("USD per share", "Harlow, whose share price slid, earned ") == (
        "USD:earnings_per_share"
    )
    assert money("USD per share", "Varn will pay ", " for Harlow Mills.") == "USD:offer_price"
    assert money("USD", "The bankers valued the IPO at ", ".") != "USD:share_price"
    assert money("USD", "Varn is offering the phone at ", " in shops.") != "USD:share_price"


def test_money_received_or_garnered_is_never_votes() -> None:
    assert money("USD", "It received total bids of ", ".") != "USD:votes"
    assert money("USD", "The sum beats the ", " garnered by a rival in 2014.") != "USD:votes"
    votes = measure_of(kind="count", noun="votes", measure="votes", before="She received ")
    assert votes.key == "count:votes"


def test_a_share_of_a_company_s_shares_or_of_the_company_is_a_stake() -> None:
    def share(measure: str | None, after: str = ".") -> str:
        return measure_of(
            kind="percent", unit="percent", measure=measure, before="Norvale sold ", after=after
        ).key

    assert share("its shares") == "percent:stake"
    assert share("the company") == "percent:stake"
    assert share(None, " stake in the firm to pensioners.") == "percent:stake"
    assert share("companies") != "percent:stake"


def volume(
    unit: str, before: str, after: str, earlier: str = "", kind: str = "measure", noun: str = ""
) -> str:
    return measure_of(
        kind=kind, unit=unit, noun=noun or None, before=before, after=after, earlier=earlier
    ).key


def test_a_count_of_a_unit_s_name_is_an_amount_in_that_unit() -> None:
    assert volume("", "The tank took ", " of water.", kind="count", noun="gallons") == "gal:volume"
    # A unit's name cut off by the end of the text.
    assert volume("", "The crew said that ", "", kind="count", noun="barre") == "bbl:volume"
    assert volume("", "The crew said that ", " were seen.", kind="count", noun="barre") != (
        "bbl:volume"
    )
    # "2 million gallons/7 million litres": the second figure is no period.
    assert volume("gal per 7.5 million", "It holds ", " in all.") == "gal:volume"


def test_a_period_said_past_a_bracket_or_a_verb_is_the_volume_s() -> None:
    assert volume("gal", "The pipe leaks 30,000 barrels (", " and 6 million litres) a day.") == (
        "gal per day:volume per day"
    )
    assert volume("bbl", "Officials said about ", " of oil were leaking every day.") == (
        "bbl per day:volume per day"
    )


def test_a_flow_rate_s_volume_takes_the_period_its_sentence_gives() -> None:
    rate = "bbl per day:volume per day"
    assert volume("bbl", "The flow rate, put at 9,000 bpd, was first estimated at ", ".") == rate
    # An amount gathered over time is no rate.
    assert volume("bbl", "At a flow rate of 9,000 bpd, the well has spilled ", " since March.") == (
        "bbl:volume"
    )
    # Nor is an amount beside a rate in a sentence of no flow rate.
    assert volume("bbl", "The well spews 30,000 barrels a day, and ", " were caught.") == (
        "bbl:volume"
    )


def test_a_restated_or_flowing_volume_takes_the_period_of_the_sentences_before() -> None:
    earlier = "Engineers said 30,000 barrels a day are escaping from the pipe. "
    rate = "gal per day:volume per day"
    assert volume("gal", "That equals about ", ".", earlier) == rate
    assert volume("gal", "Last week the flow estimate was put at ", ".", earlier) == rate
    assert volume("gal", "The tanker carried ", ".", earlier) == "gal:volume"


def test_a_temperature_opening_a_sentence_is_the_change_told_before() -> None:
    earlier = "The year was a third of a degree Fahrenheit warmer than the last. "
    told = measure_of(
        kind="measure",
        unit="degree",
        figure="A third of a degree",
        before="",
        after=" may sound small.",
        earlier=earlier,
    )
    assert told.key == "°F:temperature_change"
    level = measure_of(
        kind="measure",
        unit="degree",
        figure="A third of a degree",
        before="",
        after=" may sound small.",
        earlier="The lake was 60 degrees Fahrenheit in May. ",
    )
    assert level.key == "°F:temperature"


def test_counts_of_seats_said_as_ridings_or_in_a_party_s_list() -> None:
    def count(noun: str | None, before: str, after: str = ".", unit: str = "") -> str:
        return measure_of(kind="count", unit=unit, noun=noun, measure=noun, before=before,
                          after=after).key  # fmt: skip

    assert count("ridings", "The party was leading in ") == "count:seats"
    assert count("Alliance Party", "RESULTS 201 Liberals 98 Conservatives ", " 12 Greens") == (
        "count:seats"
    )
    assert count("Alliance Party", "The rally drew ", " supporters.") != "count:seats"


def test_two_alternative_temperatures_are_no_change_told_again() -> None:
    told = measure_of(
        kind="measure",
        unit="degree",
        figure="3 or 4 degrees",
        before="But ",
        after=" are no magic numbers.",
        earlier="Leaders hope to avoid warming of 3 degrees Celsius. ",
    )
    assert told.key == "°C:temperature"


def test_a_list_that_leaves_out_its_noun_speaks_of_the_noun_named_first() -> None:
    before = "Harlow's market value fell to $19 billion, Varn's dropped to "
    assert money("USD", before, ", the data showed.") == "USD:market_value"
    listed = "Harlow's market value fell to $19 billion, Varn's slid to $7 billion, and Tarn to "
    assert money("USD", listed) == "USD:market_value"
    assert money("USD", "Varn's shares dropped after it paid ") != "USD:market_value"
