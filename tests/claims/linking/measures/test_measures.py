"""The measures lexicon: rewordings of one counted thing share a measure key, the file is data
that is checked, and a malformed or ambiguous entry is refused naming it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.linking.ingest import sentence_span
from claims.linking.measures import (
    LexiconError,
    is_property,
    is_running,
    lexicon,
    load,
    measure_of,
    parse,
    related_keys,
    stance_words,
)


@pytest.mark.parametrize(
    "noun",
    ["troops", "soldiers", "Afghan security personnel", "servicemen", "government forces"],
)
def test_words_for_troops_are_one_measure(noun: str) -> None:
    assert measure_of(kind="count", unit=noun, noun=noun, measure=noun).key == "count:troops"


@pytest.mark.parametrize("phrase", ["the war-torn country", "the territory in Afghanistan", "land"])
def test_words_for_territory_are_one_measure_in_percent(phrase: str) -> None:
    assert measure_of(kind="percent", unit="percent", measure=phrase).key == "percent:territory"


def test_a_generic_noun_takes_its_measure_from_the_verb_near_it() -> None:
    died = measure_of(kind="count", unit="people", noun="people", after=" have died in the flood")
    fled = measure_of(kind="count", unit="people", noun="people", after=" were evacuated")
    headline = measure_of(kind="count", before="Floods kill ", after=" in the valley")
    assert (died.key, fled.key, headline.key) == ("count:deaths", "count:evacuated", "count:deaths")


def test_a_percent_without_a_measure_phrase_takes_the_noun_before_it() -> None:
    found = measure_of(kind="percent", unit="percent", before="The jobless rate edged up to ")
    assert found.key == "percent:unemployment"


def test_a_noun_the_lexicon_lacks_is_its_own_measure() -> None:
    assert measure_of(kind="count", noun="Black Hawks", measure="Black Hawks").key == (
        "count:black hawk"
    )


def test_districts_bear_on_territory_as_counts_and_shares() -> None:
    assert set(related_keys("percent:territory")) >= {"percent:districts", "count:districts"}
    assert "count:troops" not in related_keys("percent:territory")


def test_a_death_toll_is_a_running_total_and_troops_are_not() -> None:
    assert is_running("count:deaths") and not is_running("count:troops")


def test_the_shipped_files_load_and_stance_words_are_lower_case() -> None:
    assert "troops" in lexicon().concepts
    disputes, supports = stance_words()
    assert "denied" in disputes and "confirmed" in supports
    assert all(w == w.lower() for w in disputes + supports)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"troops": {"nouns": ["troops"]}, "army": {"nouns": ["troop"]}}, "'troop' is in [troops]"),
        ({"troops": {"nouns": "troops"}}, "[troops] nouns must be a list"),
        ({"troops": {"nouns": ["troops"], "synonyms": []}}, "[troops] has unknown keys"),
        ({"troops": {"related": ["navy"]}}, "[troops] relates to unknown [navy]"),
        ({"troops": {"running": "yes"}}, "[troops] running must be true or false"),
        ({"depth": {"property": 1}}, "[depth] property must be true or false"),
        ({"depth": {"scale": "Richter scale"}}, "[depth] scale must be one lower-case word"),
        ({"homes_damaged": {"refines": "homes"}}, "[homes_damaged] refines names unknown [homes]"),
        ({"homes_damaged": {"refines": 3}}, "[homes_damaged] refines must name a concept"),
        ({"turnout": {"whole": "electorate"}}, "[turnout] whole and part go together"),
        ({"turnout": {"counted": ["crowd"]}}, "[turnout] counted names unknown [crowd]"),
        (
            {"population": {"places": ["town"]}, "crowd": {"places": ["town"]}},
            "place 'town' is in [population] and in [crowd]",
        ),
    ],
)
def test_a_malformed_lexicon_is_refused_naming_the_entry(data: dict, message: str) -> None:
    with pytest.raises(LexiconError, match="measures.toml") as raised:
        parse(data, "measures.toml")
    assert message in str(raised.value)


def test_an_unreadable_lexicon_file_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "measures.toml"
    broken.write_text("[troops\nnouns = [", encoding="utf-8")
    with pytest.raises(LexiconError, match=str(broken)):
        load(broken)


def test_an_amount_of_money_takes_its_measure_from_the_words_around_it() -> None:
    fee = measure_of(kind="money", unit="EUR", before="Rovers paid a club record fee of ")
    after = measure_of(kind="money", unit="GBP", before="City completed his ", after=" transfer")
    pay = measure_of(kind="money", unit="EUR", before="The striker will earn ", after=" a year")
    bare = measure_of(kind="money", unit="USD", before="They sold the club for ")
    assert (fee.key, after.key, pay.key, bare.key) == ("EUR:fee", "GBP:fee", "EUR:pay", "USD:")


def test_a_unit_takes_its_measure_from_the_noun_before_of_and_from_no_other() -> None:
    depth = measure_of(kind="measure", unit="km", before="The tremor struck at a depth of ")
    about = measure_of(kind="measure", unit="km", before="at a depth of about ")
    far = measure_of(kind="measure", unit="km", before="a depth of 9 km, some ")
    toll = measure_of(kind="measure", unit="magnitude", before="The death toll from the ")
    assert (depth.key, about.key, far.key) == ("km:depth", "km:depth", "km:length")
    assert toll.key == "magnitude:magnitude"


def test_a_property_named_before_of_says_what_a_bare_number_measures() -> None:
    magnitude = measure_of(kind="count", before="The bureau put the tremor at a magnitude of ")
    people = measure_of(
        kind="count", noun="people", before="Brenmoor, a town with a population of about "
    )
    nation = measure_of(kind="count", noun="people", before="the small country, home to ")
    assert magnitude.key == "magnitude:magnitude"  # the scale "6.1-magnitude" is on
    assert people.key == "count:population"
    assert nation.key == "count:people"  # no property named (for "a country of", see below)
    assert is_property("count:population") and not is_property("count:troops")


def test_a_measure_phrase_ends_at_a_line_break_or_at_the_next_figure() -> None:
    headline = measure_of(kind="percent", measure="votes\nThe mayor conceded before midnight")
    rival = measure_of(kind="percent", measure="the vote against 40.2")
    assert (headline.key, rival.key) == ("percent:votes", "percent:votes")


def test_a_bare_number_counts_what_its_clause_named_before_it() -> None:
    toll = measure_of(
        kind="count", before="The number of dead in the flooded towns has climbed to "
    )
    jobs = measure_of(kind="count", before="Payrolls grew by 120,000 in May, down from ")
    rate = measure_of(kind="percent", before="The jobless rate was 6 percent, up from March's ")
    listed = measure_of(kind="count", before="Hiring was led by the job gains in retail (")
    assert (toll.key, jobs.key, rate.key, listed.key) == (
        "count:deaths",
        "count:jobs",
        "percent:unemployment",
        "count:jobs",
    )


def test_a_number_with_a_generic_noun_takes_no_noun_from_another_figure() -> None:
    felt = measure_of(kind="count", noun="people", before="The 6.2 magnitude quake was felt by ")
    assert felt.key == "count:people"


def test_others_counts_what_the_sentence_counted_before_unless_a_verb_says_otherwise() -> None:
    unknown = measure_of(kind="count", noun="others", before="Some 400 barns burned and ")
    missing = measure_of(
        kind="count", noun="others", before="Eleven people drowned and ", after=" are missing"
    )
    homes = measure_of(kind="count", noun="others", before="400 houses burned down and ")
    assert (unknown.key, missing.key, homes.key) == ("count:people", "count:missing", "count:homes")


def test_a_noun_that_only_stands_for_a_figure_says_nothing_of_what_is_counted() -> None:
    bare = measure_of(kind="count", noun="range", measure="the 40,000 range")
    times = measure_of(kind="count", noun="times", measure="times", after=" a normal weekday")
    crowd = measure_of(kind="count", noun="figure", before="Police put the crowd at a ")
    assert (bare.key, times.key, crowd.key) == ("count:", "count:", "count:crowd")


def test_a_verb_of_several_words_before_the_number_is_read_in_its_own_order() -> None:
    # Read backwards, "took part" would be "took", a verb of votes.
    found = measure_of(kind="count", noun="people", before="Volunteers who took part numbered ")
    assert found.key == "count:crowd"


def test_a_bare_share_after_a_verb_of_winning_is_a_share_of_the_vote() -> None:
    got = measure_of(kind="percent", before="The incumbent got ")
    scored = measure_of(kind="percent", before="She scored ", after=" in the first round")
    hit = measure_of(kind="percent", before="Shares took a ", after=" hit")
    assert (got.key, scored.key, hit.key) == ("percent:votes", "percent:votes", "percent:")


def test_a_bracketed_conversion_has_the_measure_of_the_figure_it_converts() -> None:
    pounds = measure_of(kind="money", unit="GBP", before="a club record fee of €50m (")
    dollars = measure_of(kind="money", unit="USD", before="a club record fee of €50m (£44m, ")
    first = measure_of(
        kind="money", unit="EUR", before="He completed his ", after=" (£44m) transfer"
    )
    miles = measure_of(kind="measure", unit="mi", before="at a depth of 8 kilometres (")
    assert (pounds.key, dollars.key, first.key, miles.key) == (
        "GBP:fee",
        "USD:fee",
        "EUR:fee",
        "mi:depth",
    )


def test_a_share_said_after_turnout_is_turnout() -> None:
    share = measure_of(kind="percent", before="Turnout was ")
    assert share.key == "percent:turnout"


def test_labour_force_participation_is_no_election_turnout() -> None:
    labour = measure_of(kind="percent", before="Labour force participation edged up to ")
    rate = measure_of(kind="percent", before="The labor-force participation rate fell to ")
    assert (labour.key, rate.key) == ("percent:labour_force", "percent:labour_force")


def test_homes_damaged_are_counted_apart_from_homes_destroyed() -> None:
    damaged = measure_of(kind="count", noun="houses", after=" damaged by the storm")
    destroyed = measure_of(kind="count", noun="buildings", after=" were destroyed")
    bare = measure_of(kind="count", before="900 homes collapsed and ", after=" were damaged")
    assert (damaged.key, destroyed.key, bare.key) == (
        "count:homes_damaged",
        "count:homes",
        "count:homes_damaged",
    )


def test_a_place_of_a_number_of_people_is_its_population() -> None:
    nation = measure_of(kind="count", noun="people", before="felt across the island nation of ")
    town = measure_of(kind="count", before="Rescuers reached the hill town of about ")
    killed = measure_of(kind="count", noun="people", before="The storm that hit the town killed ")
    assert (nation.key, town.key) == ("count:population", "count:population")
    assert killed.key == "count:deaths"


def test_blank_ballots_are_counted_apart_from_votes() -> None:
    left = measure_of(
        kind="count", noun="voters", after=" left their ballots blank in the second round"
    )
    spoiled = measure_of(kind="count", noun="spoilt ballots", measure="spoilt ballots")
    assert (left.key, spoiled.key) == ("count:blank_ballots", "count:blank_ballots")


def test_a_verb_of_killing_before_a_number_counts_the_dead() -> None:
    found = measure_of(kind="count", noun="people", before="A landslide buried the road, killing ")
    assert found.key == "count:deaths"


def test_a_length_said_to_be_below_ground_is_a_depth() -> None:
    below = measure_of(kind="measure", unit="km", after=" below ground, the agency said")
    deep = measure_of(kind="measure", unit="mi", after=" deep")
    apart = measure_of(kind="measure", unit="km", after=" southwest of the city")
    assert (below.key, deep.key, apart.key) == ("km:depth", "mi:depth", "km:length")


def test_the_verb_nearest_the_number_says_what_it_counts() -> None:
    killed = measure_of(
        kind="count", noun="people", before="a storm in 2009, killing ", after=" and injuring 90"
    )
    hurt = measure_of(
        kind="count", noun="deaths", before="The blast killed 12, injuring ", after=""
    )
    listed = measure_of(kind="count", noun="dead", before="At least 20 dead, ", after=" missing")
    assert (killed.key, hurt.key, listed.key) == ("count:deaths", "count:injured", "count:missing")


def test_citizens_who_did_not_vote_are_abstention() -> None:
    found = measure_of(kind="count", noun="citizens", after=" did not vote at all")
    assert found.key == "count:abstention"


def test_money_reads_the_noun_next_to_it_before_a_verb_further_off() -> None:
    found = measure_of(
        kind="money", unit="EUR", before="a transfer fee of ", after=" a year after he joined"
    )
    assert found.key == "EUR:fee"  # "a year" would say pay


def test_a_day_or_a_month_after_a_number_is_never_what_it_counts() -> None:
    listed = measure_of(
        kind="count",
        noun="Friday",
        measure="Friday",
        before="The list of residents unaccounted for grew from 80 to ",
    )
    bare = measure_of(kind="count", noun="November", measure="November", before="Sales reached ")
    yet = measure_of(kind="count", noun="yet", measure="dead yet", before="There may be 50 more ")
    assert (listed.key, bare.key, yet.key) == ("count:missing", "count:", "count:deaths")


def test_a_counted_noun_next_to_the_number_beats_verbs_elsewhere_in_the_sentence() -> None:
    barns = measure_of(
        kind="count",
        noun="barns",
        measure="barns",
        before="The tornado flattened ",
        after=" and killed four people",
    )
    letters = measure_of(
        kind="count", noun="letters", measure="letters", before="The council received "
    )
    assert (barns.key, letters.key) == ("count:barn", "count:letter")


def test_a_verb_right_next_to_a_counted_noun_still_says_what_befell_it() -> None:
    killed = measure_of(kind="count", noun="miners", measure="miners", after=" were killed")
    killing = measure_of(kind="count", noun="miners", measure="miners", before="a blast killing ")
    # Districts that voted yes are districts, not votes.
    voted = measure_of(
        kind="count", noun="districts", measure="districts", after=" voted yes on Sunday"
    )
    assert (killed.key, killing.key) == ("count:deaths", "count:deaths")
    assert voted.key == "count:districts"


def test_only_the_word_right_after_a_count_says_what_it_counts() -> None:
    listed = measure_of(kind="count", noun="dead", measure="dead", after=", 40 missing")
    missing = measure_of(kind="count", noun="dead", before="At least 9 dead and ", after=" missing")
    assert (listed.key, missing.key) == ("count:deaths", "count:missing")


def test_a_noun_carried_over_gives_way_to_a_verb_between_it_and_the_number() -> None:
    missing = measure_of(
        kind="count",
        noun="deaths",
        before="The death toll climbed to 40 and the number of people unaccounted for rose to ",
    )
    toll = measure_of(kind="count", noun="deaths", before="The death toll climbed from 30 to ")
    listed = measure_of(
        kind="count", noun="deaths", before="Flood toll at 12 with ", after=" unaccounted for"
    )
    assert (missing.key, toll.key, listed.key) == ("count:missing", "count:deaths", "count:missing")


def test_an_age_after_a_name_counts_nothing() -> None:
    age = measure_of(
        kind="count",
        before="Crews identified the remains of a farmer, Tom Hale, ",
        after=", of Millbrook",
    )
    count = measure_of(kind="count", before="Crews recovered the remains of ", after=" more")
    assert (age.key, count.key) == ("count:", "count:bodies")


def test_missing_people_are_said_in_many_ways_and_the_list_is_updated() -> None:
    unknown = measure_of(kind="count", noun="people", after=" whose whereabouts remain unknown")
    persons = measure_of(kind="count", noun="persons", measure="missing persons")
    hurt = measure_of(kind="count", noun="people", measure="injured people")
    assert (unknown.key, persons.key, hurt.key) == (
        "count:missing",
        "count:missing",
        "count:injured",
    )
    assert is_running("count:missing")  # 300 missing after 120 is the next state of the list


def test_policy_rates_growth_and_inflation_are_measures_of_a_bare_percentage() -> None:
    rate = measure_of(kind="percent", before="The central bank raised interest rates from 1.5% to ")
    bank = measure_of(kind="percent", before="Banks may borrow near the new ", after=" base rate")
    growth = measure_of(kind="percent", before="The ministry trimmed its growth forecast to ")
    gdp = measure_of(kind="percent", before="It now expects GDP to expand by ")
    prices = measure_of(kind="percent", before="Inflation slowed to ")
    target = measure_of(kind="percent", before="Policy aims at the ", after=" inflation target")
    assert (rate.key, bank.key) == ("percent:interest_rate", "percent:interest_rate")
    assert (growth.key, gdp.key) == ("percent:growth", "percent:growth")
    assert (prices.key, target.key) == ("percent:inflation", "percent:inflation_target")


def test_the_second_share_of_a_result_is_the_other_side_s() -> None:
    second = measure_of(kind="percent", before="The Yes side won the vote 58% to ")
    level = measure_of(kind="percent", before="The bank cut its key rate from 0.75% to ")
    # The side named before the first share won it; the second is the other side's.
    assert (second.key, level.key) == ("percent:no_vote", "percent:interest_rate")


def test_a_share_said_with_a_side_of_a_vote_is_that_side_s_share() -> None:
    voted = measure_of(kind="percent", after=" voted yes in the capital")
    voters = measure_of(kind="percent", measure="voters", after=" in the northern county voting No")
    share = measure_of(kind="percent", measure="the vote", before="The No side took ")
    table = measure_of(kind="percent", before="Yes: 1,204,330 (")
    favoured = measure_of(kind="percent", after=" favoured the change in the east")
    assert (voted.key, voters.key, share.key) == (
        "percent:yes_vote",
        "percent:no_vote",
        "percent:no_vote",
    )
    assert (table.key, favoured.key) == ("percent:yes_vote", "percent:yes_vote")


def test_a_candidate_s_share_against_a_rival_s_is_no_no_vote() -> None:
    found = measure_of(kind="percent", measure="the votes against", before="She won ")
    assert found.key == "percent:votes"


def test_who_voted_valid_votes_and_the_electorate_are_counts_of_their_own() -> None:
    voted = measure_of(kind="count", noun="people", after=" voted in the poll")
    against = measure_of(kind="count", before="A total of ", after=" voted against the motion")
    valid = measure_of(kind="count", before="Valid votes: ")
    electorate = measure_of(kind="count", before="Registered voters: ")
    assert (voted.key, against.key) == ("count:votes_cast", "count:no_vote")
    assert (valid.key, electorate.key) == ("count:valid_votes", "count:electorate")
    assert "count:votes_cast" in related_keys("count:valid_votes")


def test_a_central_bank_s_bond_buying_and_lending_are_measures_of_money() -> None:
    bonds = measure_of(
        kind="money", unit="GBP", before="It will buy ", after=" of government bonds this year"
    )
    corporate = measure_of(kind="money", unit="EUR", after=" of corporate bonds")
    qe = measure_of(kind="money", unit="USD", before="The Fed will expand quantitative easing by ")
    increase = measure_of(kind="money", unit="GBP", after=" increase in asset purchases")
    lend = measure_of(kind="money", unit="GBP", before="a plan to lend ", after=" to banks")
    assert (bonds.key, corporate.key, qe.key) == (
        "GBP:asset_purchases",
        "EUR:corporate_bond_purchases",
        "USD:asset_purchases",
    )
    assert (increase.key, lend.key) == ("GBP:asset_purchases", "GBP:bank_lending")


def test_an_amount_reached_after_another_amount_is_a_total_the_clause_does_not_name() -> None:
    total = measure_of(
        kind="money",
        unit="GBP",
        before="It will buy £50bn more bonds, taking the stock of asset purchases to ",
    )
    offer = measure_of(kind="money", unit="EUR", before="Rovers raised their fee from €40m to ")
    assert (total.key, offer.key) == ("GBP:", "EUR:fee")


def test_a_verb_taken_for_the_counted_noun_still_says_what_is_counted() -> None:
    found = measure_of(kind="count", noun="died", measure="died", before="120 were hurt while ")
    assert found.key == "count:deaths"


def test_a_step_in_a_rate_is_measured_in_its_own_unit_not_as_a_level() -> None:
    step = measure_of(kind="percent", unit="basis point", after=" cut in the base rate")
    same = measure_of(kind="percent", unit="percentage point", after=" cut in the base rate")
    level = measure_of(kind="percent", unit="percent", after=" base rate")
    assert step.key.startswith("basis point:") and same.key.startswith("percentage point:")
    assert level.key.startswith("percent:")
    ratio = measure_of(kind="ratio", unit="", after=" in favour")
    assert ratio.key.startswith("ratio:")  # "two to one" is no count of anything


def test_a_bare_toll_is_of_the_running_count_its_clause_named() -> None:
    hurt = "Officials said the number of people hurt has climbed from an earlier toll of "
    found = measure_of(kind="count", before=hurt, after=" to more than 900.")
    storm = measure_of(kind="count", before="The toll from the storm has risen to ", after=".")
    other = measure_of(kind="count", before="Dozens are missing and the toll rose to ", after=".")
    bodies = "The bodies divers recovered took the toll to "
    found_bodies = measure_of(kind="count", before=bodies, after=".")
    named = "Officials gave the number hurt alongside a death toll of "
    assert measure_of(kind="count", before=named, after=".").key == "count:deaths"
    assert (found.key, storm.key, other.key, found_bodies.key) == (
        "count:injured",
        "count:deaths",
        "count:deaths",
        "count:deaths",
    )


def test_a_turnout_said_as_a_count_is_the_crowd_of_a_march_or_the_voters_of_a_vote() -> None:
    rally = measure_of(
        kind="count", before="The rally’s organisers claimed a turnout of ", after="."
    )
    vote = measure_of(kind="count", before="Officials said referendum turnout reached ", after=".")
    bare = measure_of(kind="count", before="They said the turnout came to ", after=" in all.")
    share = measure_of(kind="percent", unit="percent", before="The rally turnout was ", after=".")
    assert (rally.key, vote.key, bare.key, share.key) == (
        "count:crowd",
        "count:votes_cast",
        "count:turnout",
        "percent:turnout",
    )


def test_a_share_of_the_electorate_that_turned_out_is_a_turnout() -> None:
    # A fraction ("nearly two-thirds of the electorate") reaches linking as a percentage.
    voted = measure_of(
        kind="percent",
        unit="percent",
        noun="electorate",
        measure="the electorate",
        after=" turned out for the ballot on Thursday.",
    )
    older = measure_of(
        kind="percent", unit="percent", noun="electorate", measure="the electorate",
        after=" is over sixty years old.",
    )  # fmt: skip
    assert (voted.key, older.key) == ("percent:turnout", "percent:electorate")


def test_turnout_and_abstention_bear_on_each_other() -> None:
    assert "percent:abstention" in related_keys("percent:turnout")
    assert "percent:turnout" in related_keys("percent:abstention")


def test_an_amount_takes_the_name_given_to_what_it_pays_for() -> None:
    before = "The central bank will set up a "
    called = measure_of(
        kind="money", unit="EUR", before=before,
        after=" facility it called the Term Funding Scheme to help banks lend.",
    )  # fmt: skip
    known = measure_of(
        kind="money", unit="EUR", before=before,
        after=" facility, known as the funding scheme, next year.",
    )  # fmt: skip
    assert (called.key, known.key) == ("EUR:bank_lending", "EUR:bank_lending")


def test_people_counted_as_a_crowd_or_a_toll_are_that() -> None:
    crowd = measure_of(
        kind="count", noun="people", measure="people",
        before="Police put the crowd at about ", after=".",
    )  # fmt: skip
    plain = measure_of(kind="count", noun="people", measure="people", before="About ", after=".")
    assert (crowd.key, plain.key) == ("count:crowd", "count:people")


def test_seats_and_mps_are_one_measure_and_a_gain_is_a_change_not_a_tally() -> None:
    seats = measure_of(kind="count", unit="seats", noun="seats", measure="seats")
    mps = measure_of(kind="count", unit="MPs", noun="MPs", measure="MPs")
    gained = measure_of(
        kind="count", unit="seats", noun="seats", measure="seats", before="The Tarnby Party gained "
    )
    up_by = measure_of(
        kind="count",
        unit="seats",
        noun="seats",
        before="– The Varn Party have won 40 seats (up by ",
    )
    assert (seats.key, mps.key) == ("count:seats", "count:seats")
    assert (gained.key, up_by.key) == ("count:seats_changed", "count:seats_changed")


def test_a_carried_over_noun_does_not_give_way_to_a_verb_of_winning_votes() -> None:
    found = measure_of(kind="count", unit="seats", noun="seats", before="Varn won 40 seats, and ")
    assert found.key == "count:seats"


def test_a_figure_short_of_a_threshold_counts_what_its_clause_named() -> None:
    found = measure_of(
        kind="count",
        unit="short",
        noun="short",
        before="The Harlow Party is on 300 seats, eight short of the ",
        after=" needed for a majority.",
    )
    assert found.key == "count:seats"


def test_a_carried_over_noun_gives_way_to_a_property_named_right_before_the_number() -> None:
    found = measure_of(kind="count", noun="deaths", before="The town has a population of ")
    assert found.key == "count:population"


def test_a_time_ago_is_no_period_of_pay() -> None:
    found = measure_of(
        kind="money", unit="USD", before="Takings reached $5m, down from ", after=" a year ago."
    )
    assert found.key == "USD:"


def test_money_per_share_is_earnings_per_share_unless_a_dividend_is_named() -> None:
    earned = measure_of(kind="money", unit="USD per share", before="Harlow Mills earned ")
    diluted = measure_of(kind="money", unit="USD per diluted", before="a profit of $2m, or ")
    bare = measure_of(kind="money", unit="USD", before="Earnings per share came in at ")
    dividend = measure_of(
        kind="money", unit="USD per share", before="Harlow Mills declared a quarterly dividend of "
    )
    assert {earned.key, diluted.key, bare.key} == {"USD:earnings_per_share"}
    assert dividend.key == "USD:dividend"


def test_an_amount_takes_the_noun_its_sentence_opens_with_in_the_same_clause() -> None:
    subject = measure_of(kind="money", unit="GBP", before="The transfer fee was agreed late at ")
    other = measure_of(
        kind="money",
        unit="GBP",
        before="The deal beats the record set when Varn Rovers sold their captain for ",
    )
    assert (subject.key, other.key) == ("GBP:fee", "GBP:")


def test_a_price_is_no_count_of_things_sold() -> None:
    found = measure_of(kind="money", unit="USD", before="They sold the club for ")
    assert found.key == "USD:"


def test_a_turnout_named_before_a_share_of_the_electorate_is_a_turnout() -> None:
    share = measure_of(
        kind="percent", unit="percent", measure="the electorate", before="a turnout of "
    )
    earlier = measure_of(
        kind="percent", unit="percent", before="a turnout of 70% of the electorate, up from "
    )
    assert (share.key, earlier.key) == ("percent:turnout", "percent:turnout")


def test_units_sold_count_the_thing_named_beside_them() -> None:
    shipments = measure_of(kind="count", before="Shipments of tablets, meanwhile, were ")
    units = measure_of(kind="count", before="Tarnby Motors said scooter units fell to ")
    named = measure_of(
        kind="count", unit="scooters", noun="scooters", measure="scooters", before="Tarnby sold "
    )
    carried = measure_of(
        kind="count",
        unit="scooters",
        noun="scooters",
        before="Tarnby sold 9 million scooters, down from ",
    )
    bare = measure_of(kind="count", before="The ", after=" sold were ahead of forecasts.")
    assert {shipments.key} == {"count:tablet"}
    assert {units.key, named.key, carried.key} == {"count:scooter"}
    assert bare.key == "count:units_sold"


def test_people_forced_from_their_homes_or_affected_are_counts_of_their_own() -> None:
    fled = measure_of(
        kind="count", unit="people", noun="people", measure="people",
        after=" were forced to abandon their homes",
    )  # fmt: skip
    affected = measure_of(
        kind="count", unit="people", noun="people", measure="people",
        after=" are believed to have been affected",
    )  # fmt: skip
    assert (fled.key, affected.key) == ("count:displaced", "count:affected")


def test_a_storm_s_winds_are_a_wind_speed_in_any_unit() -> None:
    mph = measure_of(kind="measure", unit="mph", before="Flattened by winds of ")
    kmh = measure_of(kind="measure", unit="km/h", before="with gusts of ")
    assert (mph.key, kmh.key) == ("mph:wind_speed", "km/h:wind_speed")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"gains": {"changes": "seats"}}, "[gains] changes and changed_by go together"),
        (
            {"gains": {"changes": "seats", "changed_by": ["gained"]}},
            "[gains] changes names unknown [seats]",
        ),
        ({"units": {"products": "yes"}}, "[units] products must be true or false"),
        ({"eps": {"per_share": 1}}, "[eps] per_share must be true or false"),
    ],
)
def test_changes_products_and_per_share_entries_are_checked(data: dict, message: str) -> None:
    with pytest.raises(LexiconError, match=re.escape(message)):
        parse(data, "measures.toml")


def _sentence(text: str, figure: str) -> str:
    start = text.index(figure)
    left, right = sentence_span(text, start, start + len(figure))
    return text[left:right]


def test_hard_wrapped_wire_copy_keeps_its_sentence_across_line_breaks() -> None:
    wire = (
        "* Rescuers reach Varn\n"
        "TARNBY, Nov 3 The death toll from the floods in Varn is closer\n"
        "to 300 or 400 than the 1,200 feared at first, the mayor of\n"
        "Harlow said on Monday as U.S. and Dutch\n"
        "teams arrived.\n"
        "Rescuers found 40 more bodies.\n"
        "eVarn sold 12 boats.\n"
    )
    assert _sentence(wire, "1,200") == (
        "TARNBY, Nov 3 The death toll from the floods in Varn is closer\n"
        "to 300 or 400 than the 1,200 feared at first, the mayor of\n"
        "Harlow said on Monday as U.S. and Dutch\n"
        "teams arrived."
    )
    assert _sentence(wire, "40 more") == "Rescuers found 40 more bodies."
    assert _sentence(wire, "12") == "eVarn sold 12 boats."
    assert (
        measure_of(
            kind="count",
            before="The death toll from the floods in Varn is closer\nto 300 or 400 than the ",
            after=" feared at first",
        ).key
        == "count:deaths"
    )


def test_a_headline_a_list_item_and_a_blank_line_end_their_sentence() -> None:
    page = (
        "Floods in Varn leave 40 dead\n"
        "Rescuers in Tarnby said more would be found.\n"
        "- 12 bridges down\n"
        "and roads shut\n\n"
        "about 300 homes were lost"
    )
    assert _sentence(page, "40") == "Floods in Varn leave 40 dead"
    assert _sentence(page, "12") == "- 12 bridges down"
    assert _sentence(page, "300") == "about 300 homes were lost"


def test_a_verb_of_earning_names_the_amount_it_governs_not_one_after_it() -> None:
    sales = measure_of(
        kind="money",
        unit="USD",
        before="Harlow Mills earned $1.20 a share, on ",
        after=" in sales, compared with a year ago.",
    )
    forecast = measure_of(
        kind="money",
        unit="USD",
        before="Analysts had forecast Harlow Mills to earn $1.15 a share on ",
        after=" in sales.",
    )
    wage = measure_of(kind="money", unit="EUR", before="The keeper will earn ", after=" a week")
    assert (sales.key, forecast.key, wage.key) == ("USD:", "USD:", "EUR:pay")


def test_the_sentence_s_subject_does_not_reach_past_another_thing_s_amount() -> None:
    other = measure_of(
        kind="money",
        unit="USD",
        before="Earnings came to $1.20 per share on turnover of ",
    )
    level = measure_of(kind="money", unit="GBP", before="The transfer fee reached £40m, down from ")
    assert (other.key, level.key) == ("USD:", "GBP:fee")


def test_a_company_s_earnings_are_no_pay_but_hourly_earnings_are() -> None:
    margin = measure_of(
        kind="percent",
        unit="percent",
        before="Where Harlow Mills' earnings did disappoint was margins, which were at ",
        after=", compared to 40 percent.",
    )
    hourly = measure_of(kind="percent", unit="percent", before="Average hourly earnings rose by ")
    assert (margin.key, hourly.key) == ("percent:", "percent:pay")


def test_those_who_foretold_a_number_are_not_what_it_counts() -> None:
    foretold = measure_of(
        kind="count",
        unit="analysts",
        noun="analysts",
        measure="analysts",
        before="Tablet shipments were higher than the ",
        after=" predicted, however.",
    )
    counted = measure_of(
        kind="count", unit="analysts", noun="analysts", measure="analysts", after=" were polled."
    )
    assert (foretold.key, counted.key) == ("count:tablet", "count:analyst")


def test_a_bare_count_repeating_an_earlier_figure_counts_what_that_figure_counted() -> None:
    earlier = (
        "Varn Motors said on Monday it sold 3.2 million scooters in the year to March.\n\n"
        "As ever, the scooter was the firm's best seller. "
    )
    repeated = measure_of(
        kind="count",
        before="The ",
        after=" sold were slightly more than expected.",
        figure="3.2 million",
        earlier=earlier,
    )
    alone = measure_of(kind="count", before="The ", after=" sold were slightly more than expected.")
    assert (repeated.key, alone.key) == ("count:scooter", "count:units_sold")


def test_a_bare_forecast_counts_what_the_sentence_before_reported() -> None:
    earlier = (
        "Shipments of scooters from Tarnby were 3.2 million, down from 3.5 million a year ago. "
    )
    foretold = measure_of(
        kind="count",
        before="Analysts had expected ",
        after=", according to a poll.",
        figure="3.1 million",
        earlier=earlier,
    )
    # A bare count that forecasts nothing is not read into the sentence before.
    reported = measure_of(
        kind="count", before="Harlow's own sales reached ", figure="3.1 million", earlier=earlier
    )
    assert (foretold.key, reported.key) == ("count:scooter", "count:")


def test_a_count_whose_sentence_names_its_thing_keeps_it() -> None:
    earlier = "Varn Motors sold 3.2 million scooters. "
    named = measure_of(
        kind="count",
        before="Analysts had expected tablet shipments of ",
        figure="3.2 million",
        earlier=earlier,
    )
    assert named.key == "count:tablet"


def test_a_bare_share_reads_no_further_back_than_a_dash() -> None:
    cut = measure_of(
        kind="percent",
        unit="percent",
        before="One area where Varn Foods fell short was its margins — they were at ",
        after=", compared to 31 percent a year ago.",
    )
    read = measure_of(
        kind="percent",
        unit="percent",
        before="Of the area Tarnby's rebels once held, they keep ",
    )
    assert (cut.key, read.key) == ("percent:", "percent:territory")


def test_an_amount_compared_with_a_per_share_amount_is_per_share_too() -> None:
    compared = measure_of(
        kind="money",
        unit="USD",
        before="Harlow Mills reported earnings of $2.10 per share on sales of $8.4 billion, "
        "compared with ",
        after=" and sales of $9 billion a year earlier.",
    )
    plain = measure_of(
        kind="money",
        unit="USD",
        before="Harlow Mills reported sales of $8.4 billion, compared with ",
        after=" a year earlier.",
    )
    assert (compared.key, plain.key) == ("USD:earnings_per_share", "USD:")


def test_an_amount_paid_for_what_is_bought_is_its_price() -> None:
    bought = measure_of(
        kind="money", unit="USD", before="Varn Foods agreed to buy Harlow Mills for ", after="."
    )
    purchase = measure_of(
        kind="money", unit="USD", before="news of Varn's planned ", after=" purchase of Harlow."
    )
    # A price of something else in the sentence is not the price paid for the thing bought.
    other = measure_of(
        kind="money", unit="USD", before="Harlow Mills raised ", after=" from investors."
    )
    # (it is money raised, not a price paid)
    assert (bought.key, purchase.key, other.key) == ("USD:fee", "USD:fee", "USD:money_raised")


def test_an_amount_per_share_paid_by_a_buyer_is_an_offer_not_earnings() -> None:
    paid = measure_of(
        kind="money", unit="USD per share", before="Varn will pay ", after=" for Harlow Mills."
    )
    valued = measure_of(
        kind="money", unit="USD per share", before="a merger that values Harlow stock at "
    )
    earned = measure_of(kind="money", unit="USD per share", before="Harlow Mills earned ")
    assert (paid.key, valued.key, earned.key) == (
        "USD:offer_price",
        "USD:offer_price",
        "USD:earnings_per_share",
    )


def test_a_premium_and_a_share_price_are_measures_of_their_own() -> None:
    premium = measure_of(kind="percent", unit="percent", before="That is a ", after=" premium.")
    closing = measure_of(kind="money", unit="USD", before="Harlow's closing stock price of ")
    # A share paid per share is earnings, never the price of a share: "share" names nothing.
    earned = measure_of(
        kind="money", unit="USD", before="Harlow earned $1.10 a share on ", after=" in sales."
    )
    assert (premium.key, closing.key, earned.key) == (
        "percent:premium",
        "USD:share_price",
        "USD:",
    )


@pytest.mark.parametrize(
    ("before", "after", "key"),
    [
        ("Tarnland's economy grew by ", " last year.", "percent:growth"),
        ("Factory output rose ", " in May.", "percent:industrial_output"),
        ("Retail sales climbed ", " in May.", "percent:retail_sales"),
        ("Farm output – the yard figures – expanded ", " in May.", "percent:"),
        ("Factory output – the FO figures – expanded ", " in May.", "percent:industrial_output"),
        (
            "Retail sales were up 9% in May, less than April's growth of ",
            ".",
            "percent:retail_sales",
        ),
        ("The economy grew 6%, the fastest growth of ", " in years.", "percent:growth"),
        ("The ministry set an official growth target of about ", ".", "percent:growth_target"),
        (
            "Output missed the ministry's target of around ",
            " annual growth.",
            "percent:growth_target",
        ),
    ],
)
def test_an_economic_share_measures_what_its_sentence_names(
    before: str, after: str, key: str
) -> None:
    assert measure_of(kind="percent", unit="percent", before=before, after=after).key == key


def test_a_change_in_a_count_is_a_change_in_what_it_counts() -> None:
    rise = measure_of(
        kind="percent", unit="percent", before="Tarnland saw a ", after=" rise in flu deaths."
    )
    died = measure_of(
        kind="percent",
        unit="percent",
        before="About 4,100 people died of flu in Tarnland last year, an increase of about ",
        after=".",
    )
    assert (rise.key, died.key) == ("percent:deaths", "percent:deaths")


def test_a_change_pointing_back_is_a_change_in_the_count_before() -> None:
    earlier = "About 4,100 people died of flu in Tarnland last year, the ministry said. "
    back = measure_of(
        kind="percent",
        unit="percent",
        before="The record number represents an increase of almost ",
        after=" from the year before.",
        earlier=earlier,
    )
    # A sentence that names its own subject does not point back.
    own = measure_of(
        kind="percent",
        unit="percent",
        before="Harlow's revenue, which grew ",
        after=", was a record.",
        earlier=earlier,
    )
    assert (back.key, own.key) == ("percent:deaths", "percent:")


def test_a_share_aimed_at_is_a_target() -> None:
    aims = measure_of(
        kind="percent",
        unit="percent",
        before="The ministry's plan aims to keep GDP growth at ",
        after=" until 2030.",
    )
    grew = measure_of(kind="percent", unit="percent", before="GDP growth was ", after=" in 2030.")
    assert (aims.key, grew.key) == ("percent:growth_target", "percent:growth")


def test_a_bare_yes_or_no_naming_a_side_gives_its_figure_that_side() -> None:
    bracket = measure_of(kind="count", before="Harlow: No (", after="), Yes (4,120)")
    quoted = measure_of(
        kind="percent",
        unit="percent",
        measure="the vote",
        before='In the end the "No" won ',
        after=" of the vote.",
    )
    polled = measure_of(
        kind="percent",
        unit="percent",
        before="A poll for the Tarnby Post showed No on ",
        after=" and Yes on 41 per cent.",
    )
    # "no" as a determiner names no side.
    determiner = measure_of(kind="count", before="There were no ", after=" delays.")
    assert (bracket.key, quoted.key, polled.key, determiner.key) == (
        "count:no_vote",
        "percent:no_vote",
        "percent:no_vote",
        "count:",
    )


def test_the_second_share_of_a_two_sided_result_is_the_other_side() -> None:
    second = measure_of(
        kind="percent",
        unit="percent",
        before="Tarnland voted No to the merger by a clear margin, 58% to ",
        after=".",
    )
    candidates = measure_of(
        kind="percent", unit="percent", before="Roe beat Doe by 58% to ", after="."
    )
    assert (second.key, candidates.key) == ("percent:yes_vote", "percent:")


def test_a_hyphenated_turn_out_is_a_turnout() -> None:
    found = measure_of(
        kind="percent", unit="percent", before="There was a record voter turn-out, of over "
    )
    assert found.key == "percent:turnout"


def test_a_noun_cut_from_an_abbreviation_reads_the_words_after_it() -> None:
    deaths = measure_of(
        kind="count", noun="U", measure="U", before="A record ", after=".S. flu deaths in 2030."
    )
    troops = measure_of(
        kind="count", noun="U", measure="U", before="Some ", after=".K. troops were sent home."
    )
    assert (deaths.key, troops.key) == ("count:deaths", "count:troops")


def test_a_change_pointing_back_reads_the_count_with_its_noun() -> None:
    earlier = (
        "About 4,100 Tarnlanders died of flu — the highest number ever — in 2030, according "
        "to the ministry.\n\n"
    )
    found = measure_of(
        kind="percent",
        unit="percent",
        before="The record number, which is an increase of almost ",
        after=" from 2029, alarmed doctors.",
        earlier=earlier,
    )
    assert found.key == "percent:deaths"


def test_a_proposal_rejected_or_approved_by_shares_names_the_sides() -> None:
    rejected = measure_of(
        kind="percent",
        unit="percent",
        before="Tarnland's voters rejected the new flag ",
        after=" to 38%.",
    )
    second = measure_of(
        kind="percent",
        unit="percent",
        before="Tarnland's voters rejected the new flag 62% to ",
        after=".",
    )
    approved = measure_of(
        kind="percent",
        unit="percent",
        before="The council's plan was approved by ",
        after=" of members.",
    )
    assert (rejected.key, second.key, approved.key) == (
        "percent:no_vote",
        "percent:yes_vote",
        "percent:yes_vote",
    )


def test_a_result_whose_sentence_names_no_side_is_the_side_the_article_named_before() -> None:
    earlier = "Tarnland has said No to the merger with Harlow after a long campaign.\n\n"
    winner = measure_of(
        kind="percent",
        unit="percent",
        figure="58 per cent",
        before="The islands delivered a ",
        after=" to 42 per cent victory for the campaign to stay apart.",
        earlier=earlier,
    )
    loser = measure_of(
        kind="percent",
        unit="percent",
        figure="42 per cent",
        before="The islands delivered a 58 per cent to ",
        after=" victory for the campaign to stay apart.",
        earlier=earlier,
    )
    # Not a rate moving from one level to another, nor shares that are no two sides' whole.
    level = measure_of(
        kind="percent",
        unit="percent",
        figure="4%",
        before="The rate went from 5% to ",
        after=".",
        earlier=earlier,
    )
    parts = measure_of(
        kind="percent",
        unit="percent",
        figure="30%",
        before="Harlow holds ",
        after=" to 20% of the whole.",
        earlier=earlier,
    )
    assert (winner.key, loser.key, level.key, parts.key) == (
        "percent:no_vote",
        "percent:yes_vote",
        "percent:",
        "percent:",
    )


def test_a_side_named_in_a_headline_is_no_result_s_winner() -> None:
    earlier = "Landslide for the merger; Harlow only town to vote 'No'\n"
    found = measure_of(
        kind="percent",
        unit="percent",
        figure="61%",
        before="Tarnland has voted to merge with Harlow by ",
        after=" to 39%.",
        earlier=earlier,
    )
    assert found.key == "percent:"


def test_a_count_in_a_sentence_pointing_back_counts_what_the_sentence_before_counted() -> None:
    earlier = "Organisers had said the rally in Harlow could draw as many as 20,000 marchers. "
    rose = measure_of(
        kind="count", figure="40,000", before="But those estimates rose to ", earlier=earlier
    )
    ranged = measure_of(
        kind="count",
        noun="range",
        measure="range",
        figure="30,000 range",
        before="Early estimates were in the ",
        earlier="In Harlow the crowd had filled the square by noon. ",
    )
    # A sentence that opens on nothing pointing back is left as it was.
    fresh = measure_of(
        kind="count", figure="40,000", before="Police closed roads for ", earlier=earlier
    )
    assert (rose.key, ranged.key, fresh.key) == ("count:crowd", "count:crowd", "count:")


def test_points_that_move_a_share_are_percentage_points() -> None:
    def points(before: str, after: str) -> str:
        return measure_of(kind="other", unit="point", before=before, after=after).key.split(":")[0]

    assert points("Support for the Yes side rose by ", " to 47 per cent.") == "percentage point"
    assert points("Tarn Party took 38.2% of the vote, up ", ".") == "percentage point"
    assert points("The Tarn bank made a ", " rate cut on Monday.") == "percentage point"
    # An index's points, restated as a percentage or not, and a score's are no share's.
    assert points("The Tarn 40 index fell ", ", or 0.4 percent, to 7,120.") == "count"
    assert points("The Tarn 40 index fell ", " to 7,120.") == "count"
    assert points("Harlow won the game by ", ", with 61% of possession.") == "count"


def test_a_change_in_a_sentence_naming_nothing_is_in_what_the_sentences_before_named() -> None:
    earlier = (
        "Flu deaths rose in all but three of Tarnland's regions last winter. "
        "The ministry gave no reason.\n\n"
    )
    surge = measure_of(
        kind="percent",
        unit="percent",
        figure="22.5 percent",
        before="The largest surges were in Harlow and Tarnby, up ",
        after=".",
        earlier=earlier,
    )
    # A change whose subject is a noun, known or not, is that noun's change.
    subject = measure_of(
        kind="percent",
        unit="percent",
        figure="24 percent",
        before="It praised its licensing income, which grew ",
        after=" to a record.",
        earlier=earlier,
    )
    assert (surge.key, subject.key) == ("percent:deaths", "percent:")


def test_only_a_sentence_telling_a_figure_again_points_back_to_the_count_before() -> None:
    earlier = "About 4,100 Tarnlanders died of flu in 2030. "
    again = measure_of(kind="count", figure="3,800", before="That was up from ", earlier=earlier)
    article = measure_of(
        kind="count", figure="more than 6 years old", before="This article is ", earlier=earlier
    )
    # Only the sentence's first figure: "as thousands waited" is no estimate told again.
    later = measure_of(
        kind="count",
        figure="thousands",
        before="But those estimates rose to 9,000 as ",
        after=" waited for buses.",
        earlier="Organisers said as many as 5,000 marchers could come. ",
    )
    assert (again.key, article.key, later.key) == ("count:deaths", "count:", "count:")


def test_a_price_s_or_a_named_thing_s_move_is_no_change_in_what_came_before() -> None:
    earlier = "Flu deaths rose in all but three of Tarnland's regions last winter. "
    price = measure_of(
        kind="percent",
        unit="percent",
        figure="14%",
        before="Harlow Stores and its rival, Tarnby Mart, were down ",
        after=" to $21.02.",
        earlier=earlier,
    )
    opened = measure_of(
        kind="percent",
        unit="percent",
        figure="12%",
        before="Tarnby Mart opened ",
        after=" lower.",
        earlier=earlier,
    )
    subject = measure_of(
        kind="percent", unit="percent", figure="3%", before="Harlow Stores was up ", earlier=earlier
    )
    assert (price.key, opened.key, subject.key) == ("percent:", "percent:", "percent:")


@pytest.mark.parametrize(
    ("noun", "after", "key"),
    [
        ("people", " were detained after the riot", "count:arrested"),
        ("arrests", " were made overnight", "count:arrested"),
        ("people", " have tested positive in Harlow", "count:cases"),
        ("infections", " were confirmed", "count:cases"),
        ("people", " were hospitalised with burns", "count:hospitalised"),
        ("people", " were pulled alive from the rubble", "count:rescued"),
        ("people", " drowned when the ferry sank", "count:deaths"),
    ],
)
def test_news_counts_of_arrests_cases_hospital_rescues_and_drownings(
    noun: str, after: str, key: str
) -> None:
    assert measure_of(kind="count", unit=noun, noun=noun, measure=noun, after=after).key == key


def test_a_target_that_names_nothing_is_the_target_of_what_came_before() -> None:
    earlier = (
        "Tarnland's GDP grew 5.1 percent last year, the bureau said. Critics doubted the data.\n\n"
    )
    found = measure_of(
        kind="percent",
        unit="percent",
        figure="5 per cent",
        before="“The ",
        after=" target must be met,” an official said.",
        earlier=earlier,
    )
    # Nothing before with a target of its own: left without a concept.
    none = measure_of(
        kind="percent",
        unit="percent",
        figure="5 per cent",
        before="“The ",
        after=" target must be met,” an official said.",
        earlier="Harlow's mayor spoke on Monday. ",
    )
    assert (found.key, none.key) == ("percent:growth_target", "percent:")


@pytest.mark.parametrize(
    ("kind", "unit", "before", "after", "key"),
    [
        (
            "other",
            "point",
            "The Harlow Composite index lost ",
            ", or 1.2 percent, to 4,100.",
            "count:stock_index",
        ),
        (
            "percent",
            "percent",
            "The Dow slid 120 points, or ",
            ", to 21,000.",
            "percent:stock_index",
        ),
        (
            "other",
            "point",
            "The Nikkei fell 80 points, or 0.4 percent, to ",
            ".",
            "count:stock_index",
        ),
        (
            "percent",
            "percentage point",
            "The survey has a margin of error of ",
            ".",
            "percentage point:margin_of_error",
        ),
        ("percent", "percent", "The poll's sampling error is ", ".", "percent:margin_of_error"),
        (
            "money",
            "USD",
            "He was ordered to pay ",
            " in restitution to his clients.",
            "USD:penalty",
        ),
        ("money", "GBP", "The firm agreed to forfeit ", " under the plea deal.", "GBP:penalty"),
    ],
)
def test_news_measures_of_markets_polls_and_courts(
    kind: str, unit: str, before: str, after: str, key: str
) -> None:
    assert measure_of(kind=kind, unit=unit, before=before, after=after).key == key


def test_a_step_in_a_share_names_what_it_is_a_step_of_as_a_share_does() -> None:
    # "a 10 basis point deposit rate cut": the noun right after; "cut the rate by 0.5
    # percentage points": the noun its clause named before.
    after = measure_of(
        kind="percent", unit="basis point", before="The bank made a ", after=" deposit rate cut."
    )
    clause = measure_of(
        kind="percent",
        unit="percentage point",
        before="Tarnland's central bank cut its key rate by ",
        after=" on Monday.",
    )
    assert (after.key, clause.key) == (
        "basis point:interest_rate",
        "percentage point:interest_rate",
    )


def test_a_basis_point_step_written_with_a_hyphen_is_on_the_basis_point_scale() -> None:
    # The extractor counts "basis" in "a 25 basis-point cut"; the step and its noun are read.
    hyphen = measure_of(
        kind="count",
        unit="basis",
        noun="basis",
        measure="basis",
        before="Tarnland's central bank made a ",
        after="-point cut in its key rate.",
    )
    spaced = measure_of(
        kind="percent",
        unit="basis point",
        before="Tarnland's central bank made a ",
        after=" cut in its key rate.",
    )
    assert hyphen.key == spaced.key == "basis point:interest_rate"


@pytest.mark.parametrize(
    ("kind", "unit", "before", "after"),
    [
        ("percent", "percent", "Harlow Mills shares fell ", " to $50.08 in early trading."),
        ("money", "USD", "Harlow Mills shares fell 9.7% to ", ", and Tarn shares rose."),
        ("percent", "percent", "Shares of Tarn Foods were up ", " at $96."),
        ("money", "GBP", "Tarn shares shed almost 3 percent to slip to ", " after hours."),
        ("money", "USD", "Harlow Mills stock closed at ", " on Friday."),
        ("percent", "percent", "sent shares of the Harlow, Tarn.-based firm skidding ", ", to $9."),
    ],
)
def test_a_move_of_a_company_s_shares_and_the_price_reached_are_its_share_price(
    kind: str, unit: str, before: str, after: str
) -> None:
    assert measure_of(kind=kind, unit=unit, before=before, after=after).concept == "share_price"


def test_an_amount_near_shares_but_not_their_move_is_no_share_price() -> None:
    revenue = measure_of(kind="money", unit="USD", before="Shares fell 3% after sales of ")
    bought = measure_of(kind="percent", unit="percent", before="It bought back shares worth ")
    assert "share_price" not in (revenue.concept, bought.concept)


@pytest.mark.parametrize(
    ("kind", "unit", "noun", "before", "after", "key"),
    [
        ("percent", "percent", None, "The fire is now ", " contained.", "percent:containment"),
        ("percent", "percent", None, "The 10-year yield rose to ", ".", "percent:bond_yield"),
        ("money", "USD", None, "Harlow announced ", " in humanitarian assistance.", "USD:aid"),
        ("money", "USD", None, "The two brothers raised ", " from investors.", "USD:money_raised"),
        ("count", "citizens", "citizens", "", " were eligible to vote.", "count:electorate"),
    ],
)
def test_news_figures_of_fires_bonds_aid_fundraising_and_electorates(
    kind: str, unit: str, noun: str | None, before: str, after: str, key: str
) -> None:
    found = measure_of(kind=kind, unit=unit, noun=noun, measure=noun, before=before, after=after)
    assert found.key == key


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The ruling party leads with ", ", followed by the opposition bloc."),
        ("The Tarn Party came second with ", "; the Harlow Front –"),
        ("the Harlow Front – ", "; the Labour Party – 6.7%."),
        ("Asked on Monday, ", " of likely voters said they would back Roe."),
        ("Half said they would back Roe, and ", " expressed support for Doe."),
    ],
)
def test_a_share_beside_a_party_or_a_backing_verb_is_a_share_of_the_vote(
    before: str, after: str
) -> None:
    assert measure_of(kind="percent", unit="percent", before=before, after=after).key == (
        "percent:votes"
    )


def test_a_party_s_change_or_a_swing_is_no_share_of_the_vote() -> None:
    swing = measure_of(
        kind="percent", unit="percent", before="a swing from the Tarn Party to Labour of "
    )
    taxes = measure_of(kind="percent", unit="percent", before="The party raised taxes by ")
    assert (swing.key, taxes.key) == ("percent:swing", "percent:tax")


def test_a_currency_s_name_is_no_noun_of_what_an_amount_is_for() -> None:
    # "Millions of dollars were lost in damage": dollars are the scale, damage what is counted.
    lost = measure_of(
        kind="money",
        unit="USD",
        noun="dollars",
        measure="dollars",
        after=" were lost in damage.",
    )
    bare = measure_of(kind="money", unit="EUR", noun="euros", measure="euros", after=" were sent.")
    assert (lost.key, bare.key) == ("USD:damage", "EUR:")


def test_a_verb_of_state_after_an_adverb_still_says_what_a_count_is() -> None:
    # "two policemen have also lost their lives": the adverb does not hide the verb.
    lost = measure_of(
        kind="count",
        unit="policemen",
        noun="policemen",
        measure="policemen",
        after=" have also lost their lives, he said.",
    )
    missing = measure_of(
        kind="count", unit="miners", noun="miners", measure="miners", after=" are still missing."
    )
    assert (lost.key, missing.key) == ("count:deaths", "count:missing")


@pytest.mark.parametrize(
    ("before", "after", "key"),
    [
        ("Rebuilding Harlow will cost ", ", the mayor said.", "USD:cost"),
        ("Tarn Mills announced a ", " cost-cutting plan.", "USD:savings"),
    ],
)
def test_what_something_costs_and_what_is_saved(before: str, after: str, key: str) -> None:
    assert measure_of(kind="money", unit="USD", before=before, after=after).key == key


@pytest.mark.parametrize(
    ("before", "after", "key"),
    [
        ("Quarterly net income was ", ", up from $10 billion.", "USD:profit"),
        ("Tarn Mills posted revenue of $9 billion and net quarterly profit of ", ".", "USD:profit"),
        ("Tarn Mills made a pre-tax profit of ", " last year.", "USD:profit"),
        # Revenue beside an amount: no concept, and not the profit named before it either.
        ("Tarn Mills: $2B Profit on ", " Revenue", "USD:"),
        ("$4 billion in net income, down from ", " in sales a year ago.", "USD:"),
    ],
)
def test_a_company_s_profit_and_no_profit_for_its_revenue(
    before: str, after: str, key: str
) -> None:
    assert measure_of(kind="money", unit="USD", before=before, after=after).key == key


def test_remain_is_no_remains() -> None:
    # "remain" is a verb far more often than the noun "remains" (of the dead); the noun is
    # still read when it is said as "the remains of".
    held = measure_of(
        kind="percent",
        unit="percent",
        before="The Varnland central bank's key interest rate will remain unchanged at ",
    )
    toll = measure_of(kind="count", before="The Brenmoor tally will remain at ")
    found = measure_of(kind="count", before="Divers recovered the remains of ", after=" sailors")
    assert (held.key, toll.key) == ("percent:interest_rate", "count:")
    assert found.key == "count:bodies"


def test_a_longer_phrase_that_counts_nothing_hides_its_last_word() -> None:
    # "euro area debt" is no area: the amount is not a share of territory.
    bought = measure_of(
        kind="money", unit="EUR", before="The bank will buy euro area debt worth ", after=" a week"
    )
    assert bought.key.split(":")[1] != "territory"
    restarted = measure_of(
        kind="money",
        unit="EUR",
        before="The Varnland bank restarted net asset purchases of ",
        after=" in May",
    )
    assert restarted.key == "EUR:asset_purchases"


def test_a_verb_of_a_count_after_a_unit_is_the_counts() -> None:
    # "a 6.4-magnitude quake killed 300": the killing is the count's; the unit says what the
    # figure measures. A verb of a property still says it: "12 km below ground".
    quake = measure_of(
        kind="measure",
        unit="magnitude",
        before="A day after a powerful ",
        after="-magnitude earthquake killed some 300 people in Dorrow",
    )
    deep = measure_of(kind="measure", unit="km", before="It struck ", after=" below ground")
    assert (quake.key, deep.key) == ("magnitude:magnitude", "km:depth")


def test_a_bare_figure_of_growth_or_inflation_is_a_percentage() -> None:
    # A table of forecasts ("GDP growth  1.3  1.5") gives no percent sign; the figures are
    # the same percentages an article writing "1.3%" gives.
    growth = measure_of(kind="other", before="Varnland GDP growth    ", after="   1.5")
    prices = measure_of(kind="other", before="Inflation     ", after="   1.9")
    assert (growth.key, prices.key) == ("percent:growth", "percent:inflation")
