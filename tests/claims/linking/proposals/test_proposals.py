"""Evidence proposals: which figures and words bear on a stored claim, and which only look as
if they did. Sentences written for these tests."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from claims.linking.match import StanceWords, bearing, figure, named_alike, stance_in
from claims.linking.measures import stance_words
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document

from .proposing import stances_and_reasons

WORDS = StanceWords(*stance_words())


def ingest(text: str, day: str):
    return ingest_document(parse_text(f" date {day} {text}\n", "test.txt")).source


def fig(**fields):
    base = dict(
        claimant=None,
        claimant_name="",
        measure_key="count:deaths",
        value=None,
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2022, 3, 2),
    )
    base.update(fields)
    return figure(**base)


def test_a_denied_charge_takes_no_stance() -> None:
    # The ministry defends some figure; which one the words do not say.
    said = "Analysts think exports grew far less, though the ministry denies its data is inflated."
    assert stance_in(said, WORDS) is None
    assert stance_in("The ministry denied the report that 40 boats sank.", WORDS) == (
        "disputes",
        "denied",
    )
    # "as inflated" is the denial's own charge: the count is disputed.
    assert stance_in("The mayor rejected the count as inflated.", WORDS) == (
        "disputes",
        "rejected",
    )


def test_a_vote_is_no_stance_on_a_figure() -> None:
    assert stance_in("Island voters rejected the bridge plan 61% to 39% on Sunday.", WORDS) is None
    assert stance_in("The council rejected the 61% figure as false.", WORDS) == (
        "disputes",
        "rejected",
    )


def test_one_number_said_as_a_cap_and_as_a_floor_is_no_denial() -> None:
    floor = fig(claimant=4, claimant_name="Red Cross", lower=Decimal(5000), lower_inclusive=False)
    cap = fig(claimant=7, claimant_name="Governor", upper=Decimal(5000))
    assert bearing(cap, floor) is None  # "as high as 5,000" against "more than 5,000"
    lower_cap = fig(claimant=7, claimant_name="Governor", upper=Decimal(3000))
    assert bearing(lower_cap, floor) == (
        "disputes",
        "a cap below the claim's floor: up to 3,000 against over 5,000",
    )


def test_a_count_under_half_another_is_of_a_part() -> None:
    year = datetime.date(2021, 1, 1)
    whole = fig(claimant=3, claimant_name="Health Office", value=Decimal(8120), seen_on=year)
    part = fig(value=Decimal(2900), seen_on=year)  # of them, those from one drug
    assert bearing(part, whole, settled=True) is None
    rival = fig(value=Decimal(7400), seen_on=year)
    assert bearing(rival, whole, settled=True) == (
        "disputes",
        "numbers cannot both hold: 7,400 against 8,120",
    )


def test_one_number_said_loosely_is_no_rival() -> None:
    # "more than 600 died" against "600 died": one number said two ways.
    year = datetime.date(2021, 1, 1)
    stated = fig(claimant=5, claimant_name="Coast Guard", value=Decimal(600), seen_on=year)
    loose = fig(lower=Decimal(600), lower_inclusive=False, seen_on=year)
    assert bearing(loose, stated, settled=True) is None
    assert bearing(fig(lower=Decimal(700), seen_on=year), stated, settled=True) == (
        "disputes",
        "numbers cannot both hold: at least 700 against 600",
    )


def test_an_unnamed_measure_takes_the_measure_of_the_figure_it_rivals() -> None:
    named = fig(
        measure_key="USD:fee",
        value=Decimal(4_200_000_000),
        statement="Norvale agreed to buy the grocer Pellick in a deal valued at $4.2 billion",
    )
    bare = fig(
        measure_key="USD:",
        value=Decimal(4_600_000_000),
        statement="Norvale will buy the grocer Pellick for $4.6 billion",
    )
    alike = named_alike(bare, named)
    assert alike is not None and {f.measure_key for f in alike} == {"USD:fee"}
    elsewhere = fig(measure_key="USD:", value=Decimal(9), statement="Shares rose to $9 on Friday")
    assert named_alike(elsewhere, named) is None  # no words in common: no telling its measure
    assert named_alike(replace(bare, measure_key="EUR:"), named) is None
    assert named_alike(named, named) is None  # both named: the lexicon decides


def test_one_claimant_reported_two_ways_on_one_day_in_one_story_is_no_revision() -> None:
    said = dict(claimant=3, claimant_name="Norvale", measure_key="USD:fee")
    first = fig(**said, value=Decimal(4_200_000_000))
    other = fig(**said, value=Decimal(4_600_000_000))
    assert bearing(other, first) is None  # the claimant may have revised it
    assert bearing(other, first, story=True) == (
        "disputes",
        "numbers cannot both hold: 4,600,000,000 against 4,200,000,000",
    )
    later = replace(other, seen_on=datetime.date(2022, 3, 5))
    assert bearing(later, first, story=True) is None


@pytest.mark.django_db
def test_a_deal_value_with_no_measure_named_disputes_the_rival_figure_of_its_story() -> None:
    ingest(
        "Norvale said on Friday it agreed to buy the grocer Pellick for $4.6 billion. "
        "Norvale will pay $31.40 per share in cash.",
        "2031-05-02",
    )
    ingest(
        "Norvale agreed to buy the grocer Pellick in a deal valued at $4.2 billion. "
        "Norvale will pay $31.40 per share in cash, the grocer said.",
        "2031-05-02",
    )
    found = stances_and_reasons()
    assert ("disputes", "numbers cannot both hold: 4,200,000,000 against 4,600,000,000") in found


@pytest.mark.django_db
def test_a_body_sentence_is_proposed_before_the_headline_saying_the_same() -> None:
    ingest(
        "Norvale said on Friday it agreed to buy the grocer Pellick for $4.6 billion. "
        "Norvale will pay $31.40 per share in cash.",
        "2031-05-02",
    )
    text = (
        "Norvale to buy grocer Pellick for $4.2 billion\n\n"
        "Norvale agreed to buy the grocer Pellick in a deal valued at $4.2 billion. "
        "Norvale will pay $31.40 per share in cash, the grocer said.\n"
    )
    ingest_document(parse_text(text, "pellick.txt"))
    proposal = EvidenceProposal.objects.get(stance="disputes")
    assert proposal.excerpt.startswith("Norvale agreed to buy")


@pytest.mark.django_db
def test_a_stance_word_near_a_weak_suggestion_takes_no_stance_on_another_storys_claim() -> None:
    # An undated flood report's "up to 1,500": a later overdose count of 1,505 is only near it.
    text = (
        "In a radio interview, he said the number of 9,000 killed was too high and the figure "
        "was more likely up to 1,500.\n"
    )
    ingest_document(parse_text(text, "floods.txt"))
    ingest(
        "The agency says there were 1,505 confirmed deaths from drug overdose from March 2030 "
        "to March 2031, nearly 200 more than the previous year.",
        "2031-08-16",
    )
    assert not EvidenceProposal.objects.exists()


@pytest.mark.django_db
def test_counts_of_two_years_named_after_their_numbers_are_no_rivals() -> None:
    first = (
        "Fewer people rode the tram on Friday, with Tramlink counting 151,000 riders. (Compare "
        "that with the estimated 413,000 passengers in 2029 for the first parade.)\n"
    )
    ingest_document(parse_text(first, "tram.txt"))
    second = (
        "Tramlink counted 151,000 riders on Friday. By 11 a.m. on the parade day in 2029, about "
        "413,000 tram trips had been taken. The figures are far lower than those of the 2029 "
        "and 2031 parades; 1.2 million trips in 2029 and 682,000 in 2031, according to "
        "Tramlink.\n"
    )
    ingest_document(parse_text(second, "parade.txt"))
    assert not EvidenceProposal.objects.filter(stance="disputes").exists()


@pytest.mark.django_db
def test_two_parts_counted_in_one_sentence_give_the_shares_they_support() -> None:
    ingest(
        "Turnout in the Varn referendum was 84.6 per cent. Varn votes No by 58 per cent, the "
        "count showed.",
        "2031-09-19",
    )
    ingest(
        "Turnout in the Varn referendum was 84.6 per cent.\nTotal: No (1,201,926) , Yes (867,989)",
        "2031-09-19",
    )
    found = stances_and_reasons()
    assert ("supports", "1,201,926 of 2,069,915 is 58.07%") in found


@pytest.mark.django_db
def test_counts_support_a_share_their_own_article_rounds_too() -> None:
    # The counts are of another measure (votes, not a share): they check the share
    # independently, even where the same article also gives the share, rounded.
    ingest(
        "Turnout in the Orlen vote was 81.2 per cent. Orlen votes Yes by 61 per cent, the "
        "tally showed.",
        "2031-06-02",
    )
    ingest(
        "Turnout in the Orlen vote was 81.2 per cent. Yes won 61 per cent.\n"
        "Total: Yes (1,302,417) , No (828,112)",
        "2031-06-02",
    )
    found = stances_and_reasons()
    assert ("supports", "1,302,417 of 2,130,529 is 61.13%") in found


@pytest.mark.django_db
def test_two_counts_of_a_year_that_is_over_are_rivals_not_updates() -> None:
    # Deaths in a year that has ended do not run on: a lower count of that year, given after
    # a higher one, disputes it instead of updating it.
    ingest(
        "Heat stroke deaths in Pellar rose in 2030 to about 38,000, the Pellar Health Agency said.",
        "2031-07-08",
    )
    ingest(
        "Heat stroke deaths in Pellar rose in 2030 to 33,115, the Pellar Statistics Office said.",
        "2031-07-09",
    )
    assert EvidenceProposal.objects.filter(stance="disputes").exists()


def test_doubting_official_data_disputes_the_figure() -> None:
    said = "Critics say output is far weaker than official data suggests."
    assert stance_in(said, WORDS) == ("disputes", "than official data suggests")
    assert stance_in("An auditor said the tally was not accurately reported.", WORDS) == (
        "disputes",
        "not accurately",
    )


@pytest.mark.django_db
def test_a_doubt_with_no_number_bears_on_the_lead_figure_of_its_measure() -> None:
    ingest(
        "The Dorvian economy's growth for the whole of 2030 was 5.2 per cent, the statistics "
        "office said. Growth in December was 0.02 per cent.",
        "2031-01-18",
    )
    ingest(
        "Dorvia said its growth for the whole of 2030 was 5.2 per cent. Growth in December was "
        "0.02 per cent. Some economists say growth is much weaker than official data suggests.",
        "2031-01-19",
    )
    doubted = [
        p.claim.value
        for p in EvidenceProposal.objects.filter(stance="disputes")
        if "no number" in p.reason
    ]
    assert doubted == [Decimal("5.2")]


def test_a_quarters_pace_is_no_rival_of_the_years() -> None:
    quarter = fig(
        measure_key="percent:growth",
        value=Decimal("4.7"),
        claimant=1,
        statement="Growth in the fourth quarter was 4.7 per cent, the bureau said.",
        before="Growth in the fourth quarter was ",
        wording="4.7 per cent",
        after=", the bureau said.",
    )
    year = fig(
        measure_key="percent:growth",
        value=Decimal("5.2"),
        claimant=2,
        statement="Growth for the whole of 2030 was 5.2 per cent, the ministry said.",
        before="Growth for the whole of 2030 was ",
        wording="5.2 per cent",
        after=", the ministry said.",
    )
    assert quarter.part_of_year and year.part_of_year
    assert bearing(quarter, year, story=True) is None


def test_a_toll_that_had_reached_a_lower_count_is_no_fall_of_the_running_total() -> None:
    # "had reached": the count as of a moment before the report, perhaps before the higher one.
    def toll(value: int, day: int, before: str, statement: str):
        return fig(
            value=Decimal(value),
            measure_key="count:deaths",
            seen_on=datetime.date(2031, 5, day),
            before=before,
            statement=statement,
        )

    evening = toll(2140, 3, "", "Harbour police said 2,140 people died in the Velmar quake")
    reached = toll(
        1722,
        4,
        "The Velmar quake death toll had reached ",
        "The Velmar quake death toll had reached 1,722, a harbour police officer said",
    )
    counted = toll(
        1722,
        4,
        "The Velmar quake death toll was ",
        "The Velmar quake death toll was 1,722, a harbour police officer said",
    )
    assert bearing(reached, evening) is None
    assert bearing(counted, evening) == (
        "disputes",
        "a running total cannot fall: 1,722 after 2,140",
    )


def test_the_level_a_change_left_is_an_earlier_figure_though_its_verb_is_far_back() -> None:
    from claims.linking.ingest import _prior

    # The verb ("lowered") is beyond the words read before the number; "to ... 1.25% from"
    # still says 1.5% is the rate left behind, no rival of a rate of 1.25% stated later.
    before = "The Orland central bank lowered its benchmark lending rate for commercial banks"
    before += " to a record low of 1.25% from "
    assert "lowered" not in before[-60:]
    assert _prior(before[-60:], " and said more cuts may follow.") == "earlier"
    assert _prior("The bank kept its lending rate at ", " on Thursday.") == ""
    assert _prior("Trains carried 3,000 people from ", " stations.") == ""


@pytest.mark.django_db
def test_an_undated_repeat_of_one_reading_disputes_the_rival_reading_given_beside_it() -> None:
    ingest("A magnitude-7.8 earthquake struck the Velmar valley on Saturday.", "2031-05-03")
    ingest(
        "Rescuers dug through the rubble after a magnitude-7.9 earthquake hit Velmar.\n\n"
        "The magnitude-7.8 earthquake flattened old brick homes, officials said.",
        "2031-05-04",
    )
    undated = ingest_document(
        parse_text(
            "Aftershocks rattled tents after the magnitude-7.8 earthquake struck the Velmar "
            "valley on Saturday.\n",
            "v.txt",
        )
    ).source
    found = EvidenceProposal.objects.filter(source=undated, stance="disputes")
    assert [p.reason for p in found] == ["numbers cannot both hold: 7.8 against 7.9"]


def test_of_two_claims_a_figure_disputes_the_nearer_is_its_rival() -> None:
    from claims.linking.ingest import _nearness

    main = fig(value=Decimal("7.8"), measure_key="magnitude:magnitude")
    reading = fig(value=Decimal("7.9"), measure_key="magnitude:magnitude")
    aftershock = fig(value=Decimal("6.7"), measure_key="magnitude:magnitude")
    assert _nearness(reading, main) > _nearness(reading, aftershock)
    assert _nearness(main, main) == 0.0


@pytest.mark.django_db
def test_a_headline_figure_is_dated_by_the_body_sentence_that_gives_it() -> None:
    ingest("Harbour police said 2,140 people died in the Velmar quake.", "2031-05-03")
    text = (
        "date 2031-05-04 Toll at 1,722 in Velmar quake\n\n"
        "The Velmar quake death toll had reached 1,722, a harbour police officer said.\n"
    )
    later = ingest_document(parse_text(text, "velmar.txt")).source
    assert later.title.startswith("Toll at 1,722")
    assert not EvidenceProposal.objects.filter(source=later, stance="disputes").exists()


def test_a_forecast_of_the_toll_is_no_forecast_of_the_quakes_magnitude() -> None:
    def magnitude(value: str, before: str, after: str):
        return fig(
            value=Decimal(value),
            measure_key="magnitude:magnitude",
            before=before,
            after=after,
            statement=f"{before}{value}{after}",
        )

    main = magnitude("7.8", "A magnitude-", " earthquake struck the Velmar valley on Saturday")
    toll = magnitude("7.9", "The death toll from the ", "-magnitude quake is expected to rise")
    # The number's own clause foretells nothing (`foretold` == "", as ingestion reads it); the
    # sentence's "expected" is of the toll.
    main, toll = replace(main, foretold=""), replace(toll, foretold="")
    assert bearing(toll, main, story=True) == (
        "disputes",
        "numbers cannot both hold: 7.9 against 7.8",
    )
