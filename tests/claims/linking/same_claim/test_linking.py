"""Linking across sources: the same claim reworded elsewhere becomes an appearance of it, a report
about a claim never merges with it, and what a new source bears on is proposed as evidence with
a stance and a reason, confirmed or dismissed by a reviewer. Sentences written for these tests."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from claims.linking.match import (
    Figure,
    adopt,
    bearing,
    figure,
    foretold,
    in_currency_of,
    places_named,
    same_claim,
)
from claims.models import Claim, ClaimMatch, Evidence, EvidenceProposal, Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "test.txt")).source


def undated(text: str, name: str):
    """Ingest a text with no date in it or in its name."""
    return ingest_document(parse_text(text + "\n", name)).source


def fig(**fields):
    base = dict(
        claimant=1,
        claimant_name="Taliban",
        measure_key="count:troops",
        value=None,
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2021, 7, 14),
    )
    base.update(fields)
    return figure(**base)


# --- deciding, in plain Python ---------------------------------------------------------------


def test_same_claimant_measure_and_number_is_one_claim_with_its_reasons() -> None:
    a = fig(measure_key="percent:territory", lower=Decimal(85))
    b = fig(measure_key="percent:territory", lower=Decimal(85), lower_inclusive=False)
    link = same_claim(b, a)
    assert link is not None and link.score >= 0.85
    assert link.because().startswith(
        "same claimant (Taliban); same measure (percent:territory); bounds overlap: over 85% "
        "and at least 85%"
    )


def test_equal_numbers_alone_are_not_one_claim() -> None:
    at_least = fig(lower=Decimal(45))
    other_story = fig(
        claimant=None, lower=Decimal(45), lower_inclusive=False, seen_on=datetime.date(2021, 9, 2)
    )
    other_claimant = fig(claimant=7, lower=Decimal(45), lower_inclusive=False)
    other_measure = fig(measure_key="count:helicopters", lower=Decimal(45))
    assert same_claim(other_story, at_least) is None
    assert same_claim(other_claimant, at_least) is None
    assert same_claim(other_measure, at_least) is None


def test_a_figure_nobody_claims_joins_the_claimed_one_when_measure_numbers_and_dates_agree() -> (
    None
):
    told = fig(lower=Decimal(45), statement="At least 45 troops crossed the river at dawn")
    bare = fig(claimant=None, lower=Decimal(45), statement="Officials counted 45 troops")
    link = same_claim(bare, told)
    assert link is not None and link.score >= 0.85
    assert "no claimant on one" in link.because()


def test_without_a_claimant_a_date_or_shared_wording_it_is_only_a_suggestion() -> None:
    told = fig(lower=Decimal(45), statement="At least 45 troops crossed the river at dawn")
    bare = fig(
        claimant=None, lower=Decimal(45), seen_on=None, statement="Officials counted 45 troops"
    )
    link = same_claim(bare, told)
    assert link is not None and 0.6 <= link.score < 0.85
    assert "a date is unknown" in link.because()


def test_a_small_figure_and_its_neighbour_are_two_readings_not_one_rounded() -> None:
    assert same_claim(fig(value=Decimal("4.9")), fig(value=Decimal(5))) is None
    assert same_claim(fig(value=Decimal("66.06")), fig(value=Decimal("66.1"))) is not None


def test_two_estimates_that_differ_are_two_claims() -> None:
    about = dict(qualifier="about")
    assert (
        same_claim(fig(value=Decimal(429000), **about), fig(value=Decimal(400000), **about)) is None
    )
    assert same_claim(fig(value=Decimal(1881)), fig(value=Decimal(2000), **about)) is not None


def test_rounded_figures_are_one_claim_and_far_ones_are_not() -> None:
    exact = fig(value=Decimal(32700))
    assert same_claim(fig(value=Decimal(33000)), exact) is not None
    assert same_claim(fig(value=Decimal(36000)), exact) is None


def test_a_figure_inside_an_open_bound_supports_it() -> None:
    claim = fig(lower=Decimal(1000), lower_inclusive=False)
    found = bearing(fig(claimant=9, value=Decimal(1037)), claim)
    assert found == ("supports", "numbers confirm it: 1,037 against over 1,000")


def test_figures_that_cannot_both_hold_dispute() -> None:
    claim = fig(measure_key="percent:territory", lower=Decimal(85))
    districts = fig(claimant=9, measure_key="count:districts", value=Decimal(204), total=407)
    stance, reason = bearing(districts, claim)  # type: ignore[misc]
    assert stance == "disputes"
    assert reason == "numbers cannot both hold: 50.1% against at least 85%"


def test_successive_figures_of_a_running_toll_are_updates_not_evidence() -> None:
    first = fig(measure_key="count:deaths", lower=Decimal(175))
    assert bearing(fig(claimant=9, measure_key="count:deaths", value=Decimal(367)), first) is None
    assert bearing(fig(claimant=9, measure_key="count:deaths", value=Decimal(150)), first) is None
    rival = fig(claimant=9, measure_key="count:troops", value=Decimal(150))
    assert bearing(rival, fig(lower=Decimal(175))) == (
        "disputes",
        "numbers cannot both hold: 150 against at least 175",
    )


def test_two_figures_nobody_claims_are_no_rival_claims() -> None:
    first = fig(claimant=None, measure_key="count:bridges", value=Decimal(12))
    second = fig(claimant=None, measure_key="count:bridges", value=Decimal(19))
    assert bearing(second, first) is None
    assert bearing(fig(measure_key="count:bridges", value=Decimal(19)), first) == (
        "disputes",
        "numbers cannot both hold: 19 against 12",
    )


def test_a_stated_floor_of_the_same_day_disputes_a_lower_figure_nobody_claims() -> None:
    """ "At least 4,000 ballots were left blank" rules out the 3,000 another outlet gave that
    day: an explicit bound makes the two rival accounts of one count, claimant or not."""
    three = fig(
        claimant=None,
        measure_key="count:blank_ballots",
        value=Decimal(3000),
        statement="In Tarnby 3,000 voters left their ballots blank",
    )
    floor = dict(
        claimant=None,
        measure_key="count:blank_ballots",
        lower=Decimal(4000),
        statement="At least 4,000 voters in Tarnby left their ballots blank",
    )
    assert bearing(fig(**floor), three) == (
        "disputes",
        "numbers cannot both hold: at least 4,000 against 3,000",
    )
    assert bearing(fig(**floor, seen_on=datetime.date(2021, 7, 15)), three) is None
    in_june = dict(floor, statement="At least 4,000 ballots were left blank in June")
    assert bearing(fig(**in_june), three) is None
    assert bearing(fig(**dict(floor, lower=None, value=Decimal(4000))), three) is None


def test_figures_for_different_months_do_not_bear_on_each_other() -> None:
    july = fig(claimant=None, value=Decimal(2400), statement="Exports reached 2,400 crates in July")
    june = fig(value=Decimal(3100), statement="Exports reached 3,100 crates in June")
    again = fig(value=Decimal(3100), statement="In July the port shipped 3,100 crates")
    assert bearing(june, july) is None
    assert bearing(again, july) == ("disputes", "numbers cannot both hold: 3,100 against 2,400")


def test_a_rounder_higher_figure_of_a_running_toll_is_only_suggested() -> None:
    toll = fig(claimant=None, measure_key="count:deaths", value=Decimal(381))
    later = fig(claimant=None, measure_key="count:deaths", value=Decimal(400), qualifier="about")
    link = same_claim(later, toll)
    assert link is not None and 0.6 <= link.score < 0.85
    assert "perhaps its next update" in link.because()


def test_a_bare_number_joins_a_claim_only_when_its_sentence_speaks_of_the_same_thing() -> None:
    told = fig(
        claimant=None,
        value=Decimal(1482),
        measure_key="count:homes",
        statement="Floods destroyed 1,482 homes in the Marrow valley",
    )
    same = fig(
        claimant=None,
        value=Decimal(1482),
        measure_key="count:",
        statement="Floods in the Marrow valley: 1,482",
    )
    other = fig(
        claimant=None,
        value=Decimal(1482),
        measure_key="count:",
        statement="The fund paid out 1,482 grants",
    )
    pair = adopt(same, told)
    assert pair is not None and pair[0].measure_key == "count:homes"
    assert adopt(other, told) is None


def test_an_unnamed_amount_in_another_currency_needs_a_sentence_on_the_same_thing() -> None:
    takings = fig(
        claimant=None,
        value=Decimal(12_500_000),
        measure_key="USD:",
        statement="Its best market abroad was Veldia with $12.5m",
        seen_on=datetime.date(2019, 6, 10),
    )
    fee = fig(
        claimant=None,
        value=Decimal(8_600_000),
        measure_key="GBP:",
        statement="The keeper joined the club for around £8.6million in 2019",
        seen_on=datetime.date(2019, 1, 1),
    )
    assert adopt(fee, takings) is None
    assert same_claim(fee, takings) is None


# --- at ingest ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_soldiers_are_troops_and_a_precise_count_supports_more_than_a_thousand() -> None:
    ingest("More than 1,000 Afghan government troops fled to Tajikistan, the Taliban said.")
    later = ingest(
        "Border guards said 1,037 Afghan soldiers crossed into Tajikistan overnight.", "2021-07-15"
    )
    claim = Claim.objects.get(lower=1000)
    assert claim.measure_key == "count:troops"
    proposal = EvidenceProposal.objects.get(claim=claim)
    assert (proposal.source, proposal.stance) == (later, "supports")
    assert proposal.reason == "numbers confirm it: 1,037 against over 1,000"
    assert "1,037 Afghan soldiers" in proposal.excerpt
    assert later.text[proposal.excerpt_start : proposal.excerpt_end] == proposal.excerpt


@pytest.mark.django_db
def test_the_same_claim_reworded_in_another_article_is_one_claim() -> None:
    ingest("The Taliban claims to control at least 85 per cent of the war-torn country.")
    ingest("The Taliban said it controls over 85% of the territory in Afghanistan.", "2021-07-15")
    claim = Claim.objects.get()
    assert claim.appearances.count() == 2
    assert claim.claimant == Speaker.objects.get(name="Taliban")


@pytest.mark.django_db
def test_a_denial_is_never_merged_with_its_claim_but_proposed_as_disputing_it() -> None:
    ingest("The Taliban claims to control at least 85 per cent of the war-torn country.")
    denial = ingest(
        "The Afghan government disputed the 85 per cent claim as propaganda.", "2021-07-15"
    )
    taliban_claim = Claim.objects.get(claimant__name="Taliban")
    assert not Claim.objects.filter(claimant__name__icontains="government").exists()
    proposal = EvidenceProposal.objects.get(claim=taliban_claim, stance="disputes")
    assert proposal.source == denial
    assert "“disputed” near a mention of it" in proposal.reason


@pytest.mark.django_db
def test_a_figure_referred_back_to_or_called_too_high_is_the_claim_it_quotes_not_the_speakers():
    # Undated reports: nothing but the quoting makes them the officials' claim.
    ingest("Officials in Varn said some 4,000 people were killed by the floods.")
    undated(
        "President Tomas Harlow said the number of 4,000 killed was too high and the toll was "
        "more likely 900.",
        "a.txt",
    )
    undated("The toll is closer to 900 than the 4,000 previously estimated, Harlow said.", "b.txt")
    undated("The earlier figure of 4,000 killed came from a local official, Harlow said.", "c.txt")
    undated('"Four thousand, I think, is too much," Harlow told reporters.', "d.txt")
    officials = Claim.objects.get(value=4000)  # one claim, never one of Harlow's
    assert officials.claimant is None
    assert officials.appearances.count() == 5
    stances = EvidenceProposal.objects.filter(claim=officials).values_list("stance", flat=True)
    assert set(stances) == {"disputes"}


@pytest.mark.django_db
def test_a_count_of_districts_disputes_a_share_of_territory_and_vague_dozens_match_nothing() -> (
    None
):
    ingest("The Taliban claims to control at least 85 per cent of the war-torn country.")
    ingest(
        "The Long War Journal counts 204 of 407 districts under Taliban control. Elsewhere, "
        "dozens of districts are contested.",
        "2021-07-16",
    )
    share = Claim.objects.get(unit="percent")
    assert EvidenceProposal.objects.get(claim=share).stance == "disputes"
    districts = Claim.objects.get(total=407)
    dozens = Claim.objects.get(vague=True)
    assert not ClaimMatch.objects.filter(claim=districts, candidate=dozens).exists()


# --- the reviewer's decision ------------------------------------------------------------------


@pytest.fixture
def proposal(db) -> EvidenceProposal:
    ingest("More than 1,000 Afghan government troops fled to Tajikistan, the Taliban said.")
    ingest("Border guards said 1,037 Afghan soldiers crossed into Tajikistan.", "2021-07-15")
    return EvidenceProposal.objects.get()


@pytest.mark.django_db
def test_confirming_a_proposal_makes_evidence_with_its_excerpt(proposal, django_user_model):
    reviewer = django_user_model.objects.create(username="reviewer")
    evidence = proposal.confirm(by=reviewer)
    assert Evidence.objects.get() == evidence
    assert (evidence.stance, evidence.excerpt, evidence.added_by) == (
        "supports",
        proposal.excerpt,
        reviewer,
    )
    assert evidence.note.startswith("Proposed at ingest: numbers confirm it")
    proposal.refresh_from_db()
    assert proposal.status == "confirmed" and proposal.evidence == evidence
    with pytest.raises(ValidationError, match="already confirmed"):
        proposal.confirm(by=reviewer)


@pytest.mark.django_db
def test_dismissing_a_proposal_makes_no_evidence_and_cannot_be_undone_by_confirming(
    proposal, django_user_model
):
    reviewer = django_user_model.objects.create(username="reviewer")
    proposal.dismiss(by=reviewer)
    assert not Evidence.objects.exists()
    with pytest.raises(ValidationError, match="already dismissed"):
        EvidenceProposal.objects.get().confirm(by=reviewer)


@pytest.mark.django_db
def test_a_figure_an_article_repeats_is_one_claim_with_an_appearance_each_time() -> None:
    ingest("Floods destroyed 1,482 homes in the Marrow valley, officials said.")
    ingest(
        "1,482 homes lost\nFloods destroyed 1,482 homes in the Marrow valley on Sunday.",
        "2021-07-15",
    )
    claim = Claim.objects.get(value=1482)
    assert claim.appearances.count() == 3


@pytest.mark.django_db
def test_an_undated_article_takes_the_date_of_the_claims_its_precise_figures_repeat() -> None:
    ingest("Floods destroyed 1,482 homes in the Marrow valley.")
    undated = "Floods destroyed 1,482 homes in the Marrow valley and closed 37 bridges."
    ingest_document(parse_text(undated, "undated.txt"))
    assert Claim.objects.filter(value=1482).count() == 1
    assert Claim.objects.get(value=37).seen_on == datetime.date(2021, 7, 14)


@pytest.mark.django_db
def test_a_fee_in_euros_and_in_pounds_is_one_claim() -> None:
    ingest("Rovers paid a club record fee of €75million for the striker.", "2017-08-03")
    ingest("Rovers signed the striker for a club record fee of £66m.", "2017-08-04")
    claim = Claim.objects.get()
    assert claim.appearances.count() == 2


@pytest.mark.django_db
def test_an_amount_a_month_and_the_same_amount_bought_are_one_claim() -> None:
    ingest("The Varn central bank will resume bond purchases of 30 billion euros a month.")
    ingest("The central bank will buy 30 billion euros in bonds from December.", "2021-07-15")
    rate = Claim.objects.filter(value=30_000_000_000)
    assert rate.count() == 1
    assert rate.get().appearances.count() == 2


@pytest.mark.django_db
def test_an_amount_bought_per_month_told_apart_is_the_rate_a_later_article_gives() -> None:
    # The period far from the number reads as pay ("per month"), though no wage is named.
    ingest("The central bank promised to buy 30 billion euros in bonds and loans per month.")
    ingest("The Varn central bank will resume bond purchases of 30 billion euros a month.")
    claim = Claim.objects.get(value=30_000_000_000)
    assert claim.appearances.count() == 2


@pytest.mark.django_db
def test_a_years_figure_in_an_undated_article_is_the_one_reported_the_next_january() -> None:
    undated("Varn's economy grew 4.3 per cent in 2020, the statistics office said.", "a.txt")
    ingest("Varn's economy grew 4.3 per cent last year, the slowest pace in decades.", "2021-01-18")
    claim = Claim.objects.get(value=Decimal("4.3"))
    assert claim.appearances.count() == 2


def test_an_amount_a_month_is_the_same_amount_only_when_its_sentence_speaks_of_a_flow() -> None:
    def money(key: str, statement: str):
        return fig(
            claimant=None, measure_key=key, value=Decimal(20e9), statement=statement, wording=""
        )

    monthly = money(
        "EUR per month:", "The bank will restart bond purchases of €20 billion a month."
    )
    bought = money("EUR:", "The bank promised to buy €20 billion of bonds in a restart.")
    held = money("EUR:", "The bank holds €20 billion of bonds after the restart.")
    pair = adopt(monthly, bought)
    assert pair is not None and pair[1].measure_key == "EUR per month:"
    assert same_claim(*pair) is not None
    assert adopt(monthly, held) is None  # a stock of bonds, not a flow: another figure
    dollars = money(
        "USD per month:", "The bank will restart bond purchases of $22 billion a month."
    )
    assert in_currency_of(monthly, dollars) is not None  # a rate converts to a rate
    assert in_currency_of(money("EUR:", "bonds"), dollars) is None  # never to an amount
    bought_monthly = money("EUR:pay", "The bank will buy €20 billion of bonds each month.")
    wages = money("EUR:pay", "Its staff will be paid wages of €20 billion each month.")
    purchases = money("EUR per month:asset_purchases", "Bond purchases of €20 billion a month.")
    assert adopt(purchases, bought_monthly) is not None  # pay read from "each month" alone
    assert adopt(purchases, wages) is None


# --- proposals: which claims a figure bears on -------------------------------------------------


def _proposals() -> list[tuple[str, str, str]]:
    return sorted(
        (p.claim.statement, p.stance, p.reason)
        for p in EvidenceProposal.objects.select_related("claim")
    )


@pytest.mark.django_db
def test_a_rival_figure_in_an_article_of_the_same_story_disputes_the_claim_in_other_words() -> None:
    ingest(
        "The Marrow Seismic Bureau said the earthquake had a magnitude of 6.4 as it shook the "
        "valley towns. Rescuers in Tarnby said 212 people were killed.",
        "2031-03-02",
    )
    ingest(
        "Rescuers in Tarnby said 212 people were killed. Later, the Northgate Institute put it "
        "at a magnitude of 5.9, well below earlier readings.",
        "2031-03-03",
    )
    assert [(stance, reason) for _, stance, reason in _proposals()] == [
        ("disputes", "numbers cannot both hold: 5.9 against 6.4")
    ]


@pytest.mark.django_db
def test_an_unrelated_rival_figure_sharing_no_words_and_no_story_is_no_evidence() -> None:
    ingest(
        "The Marrow Seismic Bureau said the earthquake had a magnitude of 6.4 as it shook the "
        "valley towns.",
        "2031-03-02",
    )
    ingest(
        "Later that week, the Northgate Institute put a separate tremor near the coastal Brenmoor "
        "hills far up north at a magnitude of 5.9.",
        "2031-03-03",
    )
    assert _proposals() == []


@pytest.mark.django_db
def test_distances_and_unknown_things_counted_are_never_rival_numbers() -> None:
    ingest("Officials said the Tarnby bridge lies 23 km from the dam at Eastvale.", "2031-03-02")
    ingest("Officials said the Tarnby bridge lies 366 km from the border.", "2031-03-03")
    assert _proposals() == []


def test_two_estimates_within_a_tenth_do_not_refute_each_other() -> None:
    about_429 = fig(value=Decimal(429000), qualifier="about", measure_key="count:population")
    about_400 = fig(value=Decimal(400000), qualifier="about", measure_key="count:population")
    stated_265 = fig(value=Decimal(265900), measure_key="count:population")
    assert bearing(about_429, replace_claimant(about_400)) is None
    assert bearing(about_429, replace_claimant(stated_265)) == (
        "disputes",
        "numbers cannot both hold: 429,000 against 265,900",
    )


def replace_claimant(f, claimant: int = 2):
    from dataclasses import replace

    return replace(f, claimant=claimant, claimant_name="Xinhua")


def test_a_figure_nobody_claims_that_agrees_with_a_claim_is_no_confirmation_of_it() -> None:
    claimed = fig(lower=Decimal(1000), lower_inclusive=False)
    repeated = fig(value=Decimal(1037), claimant=None, claimant_name="")
    confirmed = fig(value=Decimal(1037), claimant=2, claimant_name="Border guards")
    assert bearing(repeated, claimed) is None
    assert bearing(confirmed, claimed) == (
        "supports",
        "numbers confirm it: 1,037 against over 1,000",
    )


def test_figures_of_other_places_or_days_or_a_change_against_a_level_bear_on_nothing() -> None:
    def crowd(value: int, statement: str, **more: bool) -> Figure:
        return fig(value=Decimal(value), measure_key="count:crowd", statement=statement, **more)

    chicago = crowd(150000, "Police said 150,000 marched in Chicago on Saturday")
    washington = replace_claimant(crowd(500000, "Organisers said 500,000 marched in Washington"))
    friday = replace_claimant(crowd(193000, "By noon on Friday 193,000 had ridden the trains"))
    saturday = crowd(275000, "By noon on Saturday 275,000 had ridden the trains")
    more = crowd(82000, "82,000 more than on Friday", difference=True)
    march = replace_claimant(crowd(200000, "Organisers of the Women's March counted 200,000"))
    assert bearing(chicago, washington) is None
    assert bearing(saturday, friday) is None
    assert bearing(more, replace_claimant(saturday)) is None
    assert bearing(chicago, march) == (
        "disputes",
        "numbers cannot both hold: 150,000 against 200,000",
    )  # the Women's March is no month: Saturday's count and this one may be rivals


@pytest.mark.django_db
def test_a_sentence_without_a_number_confirming_what_a_repeated_claim_counts_supports_it() -> None:
    ingest("Rovers paid a club record fee of €75million for the Tarnby striker.", "2031-06-01")
    later = ingest(
        "Rovers paid a club record fee of €75million for the Tarnby striker. Earlier, Tarnby "
        "City confirmed that the release clause had been paid.",
        "2031-06-02",
    )
    proposal = EvidenceProposal.objects.get()
    assert (proposal.stance, proposal.source) == ("supports", later)
    assert proposal.reason == "“confirmed” about its release clause, with no number"
    assert proposal.excerpt == (
        "Earlier, Tarnby City confirmed that the release clause had been paid."
    )


def test_two_names_of_one_claimant_are_one_claimant_for_evidence() -> None:
    usgs = fig(value=Decimal("6.1"), measure_key="magnitude:magnitude", claimant=7)
    again = fig(value=Decimal("6.3"), measure_key="magnitude:magnitude", claimant=8)
    usgs = replace(usgs, claimant_name="U.S. Geological Survey")
    again = replace(again, claimant_name="Geological Survey")
    other = replace(again, claimant_name="Xinhua")
    assert bearing(again, usgs) is None  # the claimant revising its own figure
    assert bearing(other, usgs) is not None


@pytest.mark.django_db
def test_an_undated_article_dates_a_figure_by_the_year_its_sentence_names() -> None:
    ingest("The bureau said the Tarnby quake had a magnitude of 6.4 on Sunday.", "2031-03-02")
    ingest_document(
        parse_text(
            "The Tarnby quake was the worst since a magnitude of 7.2 was recorded there in 1987.\n",
            "undated.txt",
        )
    )
    old = Claim.objects.get(value=Decimal("7.2"))
    assert old.seen_on == datetime.date(1987, 1, 1)
    assert not EvidenceProposal.objects.exists()


def test_a_later_lower_count_of_a_running_total_from_someone_else_disputes_it() -> None:
    earlier = replace_claimant(
        fig(
            value=Decimal(1881),
            measure_key="count:injured",
            statement="The ministry said 1,881 people were injured in the quake",
        )
    )

    def injured(value: int) -> Figure:
        return fig(
            value=Decimal(value),
            claimant=None,
            claimant_name="",
            measure_key="count:injured",
            statement=f"The quake left {value:,} people injured, the president said",
        )

    later, higher = injured(1801), injured(2871)
    assert bearing(later, earlier) == (
        "disputes",
        "a running total cannot fall: 1,801 after 1,881",
    )
    part = fig(value=Decimal(60), claimant=None, measure_key="count:injured", statement="60 hurt")
    assert bearing(higher, earlier) is None  # an update
    assert bearing(part, earlier) is None  # a round count, often of a part


def test_a_cap_far_below_a_floor_disputes_it_though_a_small_count_is_a_part() -> None:
    claimed = fig(lower=Decimal(1000), lower_inclusive=False, statement="over 1,000 troops fled")

    def rival(**fields) -> Figure:
        return fig(claimant=2, claimant_name="Kabul", seen_on=datetime.date(2021, 7, 15), **fields)

    capped = rival(upper=Decimal(400), upper_inclusive=False, statement="under 400 troops left")
    stance, reason = bearing(capped, claimed) or ("", "")
    assert stance == "disputes" and "under 400 against over 1,000" in reason
    # a count under half another, stated as a point, counts a part of it: no stance
    assert bearing(rival(value=Decimal(300), statement="300 troops left"), claimed) is None


def test_the_word_right_after_a_bare_count_says_what_it_counts() -> None:
    from claims.linking.measures import measure_of

    measure = measure_of(kind="count", noun="deaths", after=" injured and 40 missing")
    assert measure.key == "count:injured"


# --- one story: articles that share a precise figure report one event --------------------------


def _undated(**fields):
    base = dict(claimant=None, claimant_name="", seen_on=None, measure_key="magnitude:magnitude")
    base.update(fields)
    return fig(**base)


def test_equal_figures_in_two_articles_of_one_story_are_one_claim_without_claimant_or_date() -> (
    None
):
    first = _undated(value=Decimal("6.4"), statement="The 6.4-magnitude quake shook the valley")
    second = _undated(value=Decimal("6.4"), statement="Rescuers reached towns after the tremor")
    alone = same_claim(second, first)
    assert alone is not None and alone.score < 0.85  # equal numbers alone: a suggestion
    told = same_claim(second, first, story="1,482 (count:homes)")
    assert told is not None and told.score >= 0.85
    assert "both articles report 1,482 (count:homes)" in told.because()


def test_one_story_does_not_join_other_places_an_estimate_or_another_measure() -> None:
    story = "1,482 (count:homes)"
    said = "Organisers said 500,000 marched in Tarnby"
    tarnby = _undated(measure_key="count:crowd", value=Decimal(500000), statement=said)
    filled = "A crowd of 500,000 filled squares in Brenmoor"
    elsewhere = _undated(measure_key="count:crowd", value=Decimal(500000), statement=filled)
    estimate = _undated(measure_key="count:crowd", value=Decimal(500000), qualifier="about")
    for other in (elsewhere, estimate):
        link = same_claim(other, tarnby, story=story)
        assert link is None or link.score < 0.85
    unnamed = _undated(measure_key="count:", value=Decimal(500000), statement="It was 500,000")
    link = same_claim(unnamed, replace(tarnby, measure_key="count:"), story=story)
    assert link is None or link.score < 0.85  # "500,000" of nothing named


@pytest.mark.django_db
def test_an_undated_article_repeating_a_precise_figure_joins_that_articles_other_figures() -> None:
    undated("The quake destroyed 1,482 homes in Tarnby. It had a magnitude of 6.4.", "a.txt")
    undated("A magnitude 6.4 tremor hit at dawn. It destroyed 1,482 homes.", "b.txt")
    undated("A magnitude 6.4 tremor hit the coast near Brenmoor at dawn.", "c.txt")
    joined, alone = Claim.objects.filter(value=Decimal("6.4")).order_by("pk")
    assert joined.appearances.count() == 2  # the article that also gives 1,482 homes
    assert alone.appearances.count() == 1  # 6.4 alone, without a claimant or a date
    assert ClaimMatch.objects.get(claim=joined).candidate == alone


def test_two_names_of_one_claimant_give_one_claim_and_two_claimants_do_not() -> None:
    def magnitude(claimant: int, name: str) -> Figure:
        return fig(
            claimant=claimant,
            claimant_name=name,
            measure_key="magnitude:magnitude",
            value=Decimal("6.4"),
        )

    short, full = magnitude(3, "Seismic Bureau"), magnitude(4, "Marrow Seismic Bureau")
    link = same_claim(full, short)
    assert link is not None and link.score >= 0.85
    assert link.because().startswith("same claimant (Seismic Bureau)")
    assert same_claim(magnitude(5, "Northgate Institute"), short) is None


def test_a_count_and_its_loosely_worded_bound_are_one_claim_but_opposite_bounds_are_not() -> None:
    def dead(**bound: object) -> Figure:
        return fig(claimant=None, measure_key="count:deaths", **bound)  # type: ignore[arg-type]

    stated = replace_claimant(dead(value=Decimal(367)))
    more_than = dead(lower=Decimal(367), lower_inclusive=False)
    at_least = dead(lower=Decimal(367))
    fewer_than = dead(upper=Decimal(367), upper_inclusive=False)
    assert same_claim(more_than, stated) is not None
    assert same_claim(more_than, at_least) is not None
    assert same_claim(fewer_than, at_least) is None
    assert same_claim(more_than, dead(upper=Decimal(367))) is None  # "up to 367"
    assert same_claim(more_than, dead(upper=Decimal(367), qualifier="about")) is None
    # "about 12,000 homes" and "more than 12,000 homes" are one figure loosely worded
    about = dead(value=Decimal(12000), qualifier="about")
    assert same_claim(dead(lower=Decimal(12000), lower_inclusive=False), about) is not None


def test_more_than_a_round_number_is_the_exact_count_it_rounds_down() -> None:
    def injured(**bound: object) -> Figure:
        return fig(claimant=None, measure_key="count:injured", **bound)  # type: ignore[arg-type]

    exact = injured(value=Decimal(2068))
    link = same_claim(injured(lower=Decimal(2000), lower_inclusive=False), exact)
    assert link is not None and "2,000 ≈ 2,068" in link.because()
    assert (
        same_claim(
            injured(lower=Decimal(1.4e6), lower_inclusive=False), injured(value=Decimal(1429981))
        )
        is not None
    )
    # not a bound above the count, nor one that is not the count rounded down
    assert same_claim(injured(lower=Decimal(2500), lower_inclusive=False), exact) is None
    assert same_claim(injured(lower=Decimal(1900), lower_inclusive=False), exact) is None
    assert same_claim(injured(upper=Decimal(2000), upper_inclusive=False), exact) is None


# --- scope read next to the number ---------------------------------------------------------------


def test_the_words_next_to_a_number_say_its_rate_tax_and_cut_off() -> None:
    from claims.linking.match import scope_near

    assert scope_near("The keeper will earn ", " (£31,000) a week before tax") == {
        ("rate", "week"),
        ("tax", "before"),
    }
    assert scope_near("on an annual salary of ", " from next season") == {("rate", "year")}
    assert scope_near("By 10 a.m. on Sunday, ", " people had passed the gates") == {
        ("cut-off", "10am")
    }
    assert scope_near("The club paid ", " for the winger last summer") == set()
    assert scope_near("Floods left ", " homes damaged") == {("state", "damaged")}
    assert scope_near("", " houses had been toppled") == {("state", "destroyed")}


def test_homes_damaged_are_no_rival_count_of_homes_destroyed() -> None:
    def homes(value: int, after: str, claimant: int) -> Figure:
        return fig(claimant=claimant, value=Decimal(value), measure_key="count:homes", after=after)

    destroyed = homes(1482, " homes were destroyed", 2)
    assert bearing(homes(5210, " homes damaged", 3), destroyed) is None
    assert bearing(homes(990, " homes collapsed", 3), destroyed) is not None


def test_figures_of_other_rates_taxes_or_times_of_day_are_neither_one_claim_nor_rivals() -> None:
    def pay(value: int, before: str, after: str, claimant: int = 1) -> Figure:
        return fig(
            claimant=claimant,
            value=Decimal(value),
            measure_key="EUR:pay",
            before=before,
            after=after,
            statement="The keeper will earn a large sum",
        )

    yearly = pay(1_800_000, "will earn €", " a year")
    weekly = pay(35_000, "will earn €", " a week", claimant=2)
    assert bearing(weekly, yearly) is None
    assert same_claim(pay(1_800_000, "will earn €", " a week"), yearly) is None
    net = pay(20_000, "worth €", " per week after tax", claimant=2)
    gross = pay(35_000, "will earn €", " a week before tax")
    assert bearing(net, gross) is None
    assert bearing(pay(20_000, "worth €", " per week before tax", claimant=2), gross) == (
        "disputes",
        "numbers cannot both hold: 20,000 against 35,000",
    )

    def riders(value: int, before: str, claimant: int = 2) -> Figure:
        return fig(
            value=Decimal(value), measure_key="count:riders", before=before, claimant=claimant
        )

    morning = riders(140_000, "By 10 a.m. the trains had carried ")
    day = riders(410_000, "Over the whole day the trains carried ")
    assert bearing(day, morning) is None
    assert bearing(riders(90_000, "As of 10 a.m., ", claimant=3), morning) is not None


def test_shares_that_add_up_to_a_whole_a_forecast_or_a_range_of_items_dispute_nothing() -> None:
    def share(value: str, statement: str, claimant: int = 2, **more: str) -> Figure:
        return fig(
            claimant=claimant,
            measure_key="percent:votes",
            value=Decimal(value),
            statement=statement,
            **more,  # type: ignore[arg-type]
        )

    winner = share("61.3", "Alder won 61.3% of the vote in the run-off")
    loser = share("38.7", "Brook took 38.7% of the vote", claimant=3)
    assert bearing(loser, winner) is None  # the two parts of one whole
    projected = share("63.0", "A poll projected that Alder would take 63% of the vote", 3)
    assert bearing(projected, winner) is None  # a forecast against the outcome: context
    could = share("70", "Organisers said Alder could win as much as 70% of the vote", 3)
    assert bearing(could, winner) is None  # a possibility, not a count
    rival = share("58.2", "The commission said Alder won 58.2% of the vote", 3)
    assert bearing(rival, winner) == ("disputes", "numbers cannot both hold: 58.2% against 61.3%")

    def magnitude(value: str, before: str, wording: str = "", claimant: int = 2) -> Figure:
        return fig(
            claimant=claimant,
            measure_key="magnitude:magnitude",
            value=Decimal(value),
            before=before,
            wording=wording,
        )

    quake = magnitude("6.4", "The bureau measured the quake at ")
    aftershocks = fig(
        claimant=3,
        measure_key="magnitude:magnitude",
        lower=Decimal("4.0"),
        upper=Decimal("4.9"),
        before="Ninety aftershocks followed, three ",
        wording="between 4.0 and 4.9",
    )
    assert bearing(aftershocks, quake) is None  # three aftershocks in a range of magnitudes
    assert bearing(magnitude("5.9", "The institute put it at ", claimant=3), quake) is not None


def test_a_quake_off_a_coast_is_placed_there() -> None:
    from claims.linking.match import places_named

    assert places_named("The quake struck off Tarnwick's coast on Saturday") == {"tarnwick"}


@pytest.mark.django_db
def test_a_confirming_word_in_the_sentence_that_states_the_claim_is_no_evidence_on_it() -> None:
    ingest("Rovers paid a club record fee of €75million for the striker.", "2017-08-03")
    ingest(
        "Rovers confirmed the signing of the striker for a club record fee of €75million. "
        "Earlier, United confirmed that the release clause had been paid.",
        "2017-08-04",
    )
    claim = Claim.objects.get()
    assert claim.appearances.count() == 2
    proposal = EvidenceProposal.objects.get()
    assert (proposal.stance, proposal.excerpt) == (
        "supports",
        "Earlier, United confirmed that the release clause had been paid.",
    )


@pytest.mark.django_db
def test_a_named_party_taking_the_stance_is_proposed_before_a_stance_word_in_passing() -> None:
    ingest("Rovers paid a club record fee of €75million for the striker.", "2017-08-03")
    ingest(
        "Rovers signed the striker for a club record fee of €75million. "
        "The transfer is done, with the club confirming the fee went through. "
        "United confirmed that the release clause had been paid.",
        "2017-08-04",
    )
    assert EvidenceProposal.objects.get().excerpt == (
        "United confirmed that the release clause had been paid."
    )


# --- proposals: what is no evidence --------------------------------------------------------------


def test_figures_two_orders_of_magnitude_apart_are_no_rivals() -> None:
    fee = fig(measure_key="EUR:fee", value=Decimal(90000000), statement="Rovers paid €90m")
    wage = replace_claimant(
        fig(measure_key="EUR:fee", value=Decimal(300000), statement="Rovers will pay €300,000")
    )
    rival = replace_claimant(
        fig(measure_key="EUR:fee", value=Decimal(70000000), statement="Rovers paid €70m")
    )
    assert bearing(wage, fee) is None
    assert bearing(rival, fee) == (
        "disputes",
        "numbers cannot both hold: 70,000,000 against 90,000,000",
    )


def test_a_whole_of_100_percent_is_no_rival_share() -> None:
    share = fig(measure_key="percent:votes", value=Decimal("61.3"), statement="Vannor won 61.3%")
    counted = replace_claimant(
        fig(measure_key="percent:votes", value=Decimal(100), statement="with 100% counted")
    )
    assert bearing(counted, share) is None
    assert bearing(replace(counted, anchor=Decimal(58)), share) is not None


def test_a_running_total_far_below_an_earlier_one_counts_something_else() -> None:
    def injured(value: int, claimant: int | None) -> Figure:
        return fig(
            value=Decimal(value),
            claimant=claimant,
            measure_key="count:injured",
            statement=f"The flood left {value:,} people injured in Tarnby, the ministry said",
        )

    earlier = injured(2450, 2)
    assert bearing(injured(2390, None), earlier) is not None
    assert bearing(injured(315, None), earlier) is None  # the dead, or one town's injured


def test_an_outcome_beside_a_forecast_is_no_dispute_of_it() -> None:
    forecast = fig(
        claimant=None,
        measure_key="count:jobs",
        value=Decimal(181000),
        statement="Economists' median forecast was 181,000 jobs",
    )
    outcome = replace_claimant(
        fig(
            measure_key="count:jobs",
            value=Decimal(143000),
            statement="The bureau said 143,000 jobs were added, fewer than economists had forecast",
        )
    )
    assert bearing(outcome, forecast) is None
    counted = replace(forecast, claimant=5, words=frozenset({"bureau", "jobs", "added"}))
    assert bearing(replace(outcome, words=counted.words), counted) is not None


def said(statement: str, number: str, **fields) -> Figure:
    """A figure read from `statement`, with the words before and after its number."""
    at = statement.index(number)
    return fig(
        statement=statement,
        before=statement[:at],
        wording=number,
        after=statement[at + len(number) :],
        **fields,
    )


def test_two_outlets_giving_one_forecast_as_different_numbers_dispute_each_other() -> None:
    def eps(statement: str, number: str, claimant: int | None) -> Figure:
        return said(
            statement,
            number,
            claimant=claimant,
            measure_key="USD per share:pay",
            value=Decimal(number),
        )

    polled_text = "Analysts polled by Harlow Research expected Varn to earn $2.41 a share"
    polled = eps(polled_text, "2.41", 3)
    rival = eps("Varn earned $2.52 a share, above analysts' forecasts of $2.38", "2.38", None)
    assert bearing(rival, polled) == ("disputes", "rival forecasts: 2.38 against 2.41")
    # A stored appearance keeps a few characters either side: its statement says the rest.
    stored = fig(
        statement=polled_text,
        before="earn $",
        wording="2.41",
        after=" a share",
        claimant=3,
        measure_key="USD per share:pay",
        value=Decimal("2.41"),
    )
    assert bearing(rival, stored) == ("disputes", "rival forecasts: 2.38 against 2.41")
    after = eps("Sales beat the $2.38 analysts had predicted", "2.38", None)
    assert bearing(after, polled) == ("disputes", "rival forecasts: 2.38 against 2.41")
    # The outcome, a figure beating expectations, and a projection are no rival forecast.
    outcome = eps("Varn earned $2.52 a share, above analysts' forecasts of $2.38", "2.52", None)
    beat = eps("Varn far exceeded expectations by earning $2.38 a share", "2.38", None)
    projected = eps("Analysts' models projected Varn to earn $2.38 a share", "2.38", None)
    assert bearing(outcome, polled) is None
    assert bearing(beat, polled) is None
    assert bearing(projected, polled) is None


def test_paces_over_other_stretches_of_time_bear_on_nothing() -> None:
    def pace(statement: str, number: str, claimant: int | None) -> Figure:
        return said(
            statement, number, claimant=claimant, measure_key="percent:wages", value=Decimal(number)
        )

    claim = pace("Wages in Tarnby rose at a 2.9% annual rate since the start of the year", "2.9", 3)
    recent = pace(
        "Wages in Tarnby rose at a 2.4% annual rate over the last three months", "2.4", None
    )
    unsaid = pace("Ona Brell said wages in Tarnby rose at a 2.9% annual rate", "2.9", 3)
    assert bearing(recent, claim) is None
    assert bearing(recent, unsaid) is None
    rival = pace("Wages in Tarnby rose at a 2.4% annual rate since the start of the year", "2.4", 4)
    assert bearing(rival, claim) is not None


def test_a_precise_count_replacing_an_estimate_is_context_not_a_dispute() -> None:
    def share(value: str, statement: str, claimant: int) -> Figure:
        return replace_claimant(
            fig(measure_key="percent:votes", value=Decimal(value), statement=statement),
            claimant=claimant,
        )

    estimated = share("43.5", "Brell was estimated at 43.5% on the night", 2)
    final = share("43.27", "Brell received 43.27% in the final count", 3)
    rival = share("47", "Brell's camp estimated her share at 47%", 4)
    assert bearing(final, estimated) is None
    assert bearing(rival, share("43", "The council said Brell won 43%", 5)) is not None


def test_a_figure_equal_to_another_claimants_is_passed_on_not_confirmed() -> None:
    sheriff = fig(measure_key="count:missing", value=Decimal(412), claimant_name="Ona Brell")
    office = replace_claimant(sheriff, claimant=5)
    assert bearing(office, sheriff) is None
    assert bearing(replace(office, approximate=True), sheriff) is None


@pytest.mark.django_db
def test_an_earlier_figure_a_sentence_updates_is_no_rival_of_the_current_one() -> None:
    ingest(
        "The Marrow Seismic Bureau said the list of missing in Tarnby swelled to 412 people "
        "from only 160 on Monday.",
        "2031-03-03",
    )
    ingest(
        "Tarnby police said 412 people were missing in Tarnby, compared with 300 after the "
        "storm in Harlow.",
        "2031-03-04",
    )
    assert not EvidenceProposal.objects.exists()
    ingest("Tarnby police said the list of missing in Tarnby rose from 230 to 412.", "2031-03-05")
    # 160 and 230 are two earlier states of a list that only grows: updates, not rivals
    assert not EvidenceProposal.objects.exists()


def test_a_toll_said_to_have_risen_to_a_lower_figure_is_an_older_update_not_a_dispute() -> None:
    def dead(value: int, statement: str, claimant: int | None) -> Figure:
        return fig(
            value=Decimal(value), claimant=claimant, measure_key="count:deaths", statement=statement
        )

    stored = dead(508, "The ministry said the Tarnby flood toll stood at 508 people dead", 2)
    risen = dead(461, "The Tarnby flood toll has risen to 461 people dead", None)
    risen = replace(risen, risen=True)
    stated = dead(461, "The Tarnby flood toll stood at 461 people dead", None)
    assert bearing(risen, stored) is None
    assert bearing(stated, stored) is not None


def test_only_the_words_right_before_a_number_say_it_has_risen_to_it() -> None:
    def injured(before: str) -> Figure:
        return fig(measure_key="count:injured", value=Decimal(2068), before=before)

    assert injured("The Tarnby toll has risen sharply to ").risen
    assert injured("The injured climbed to more than ").risen
    assert not injured("The Tarnby toll rises to 350 with ").risen  # the dead rose, not these


def test_a_later_precise_count_below_an_earlier_stated_floor_disputes_it() -> None:
    def injured(statement: str, day: int, **numbers: object) -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key="count:injured",
            statement=statement,
            seen_on=datetime.date(2031, 4, day),
            **numbers,
        )

    floor = injured(
        "More than 2,500 people were injured in the Tarnby quake",
        17,
        lower=Decimal(2500),
        lower_inclusive=False,
    )
    count = injured("The Tarnby quake left 2,068 people injured", 18, value=Decimal(2068))
    fall = ("disputes", "a running total cannot fall: 2,068 after over 2,500")
    assert bearing(count, floor) == fall
    # an article repeating the earlier floor once the lower count is stored: the same dispute
    assert bearing(floor, count) == fall
    rough = injured("The Tarnby quake left about 2,000 people injured", 18, value=Decimal(2000))
    assert bearing(replace(rough, approximate=True), floor) is None  # a rough figure


def test_a_vague_amount_disputes_no_stated_figure() -> None:
    stated = fig(measure_key="count:crowd", value=Decimal(90000), statement="90,000 marched")
    millions = replace_claimant(
        fig(measure_key="count:crowd", lower=Decimal(2000000), vague=True, statement="millions")
    )
    assert bearing(millions, stated) is None


@pytest.mark.django_db
def test_figures_of_other_months_or_of_last_year_are_no_rivals() -> None:
    ingest(
        "The Tarnby statistics office said 41,200 homes were sold in May and 57,900 homes were "
        "sold in April.",
        "2031-06-05",
    )
    ingest(
        "The Brenmoor land registry said 57,300 homes were sold in May, up from last year's pace "
        "of 38,100 homes.",
        "2031-06-06",
    )
    assert [(p.claim.value, p.stance) for p in EvidenceProposal.objects.all()] == [
        (Decimal(41200), "disputes")
    ]


@pytest.mark.django_db
def test_a_level_and_a_change_in_one_sentence_that_give_a_stored_count_support_it() -> None:
    ingest("By noon on Friday, the Tarnby ferries had carried 61,500 riders.", "2031-05-02")
    ingest("By noon on Saturday, the Tarnby ferries had carried 98,000 riders.", "2031-05-03")
    ingest(
        "The ferry company said Tarnby ferries carried 98,000 riders by noon on Saturday, about "
        "36,500 more than at the same hour on Friday.",
        "2031-05-03",
    )
    proposal = EvidenceProposal.objects.get(stance="supports")
    assert proposal.claim.value == Decimal(61500)
    assert proposal.reason == "98,000 less 36,500 gives 61,500"
    assert not EvidenceProposal.objects.filter(stance="disputes").exists()


@pytest.mark.django_db
def test_so_many_times_more_is_no_step_to_subtract() -> None:
    ingest("Organisers said 24,000 people marched in Tarnby.", "2031-05-02")
    ingest(
        "Police said about 24,000 people marched in Tarnby on Saturday, 3 times more than in "
        "Harlow.",
        "2031-05-03",
    )
    assert not EvidenceProposal.objects.filter(stance="supports").exists()


@pytest.mark.django_db
def test_a_figure_repeating_a_claimed_claim_disputes_as_its_claimant() -> None:
    ingest("Tarnby flood: 5,830 homes were flooded in Tarnby.", "2031-05-02")
    ingest("Mayor Ona Brell said 6,120 homes were flooded in Tarnby.", "2031-05-03")
    repeat = ingest("In all, 6,120 homes were flooded in Tarnby.", "2031-05-04")
    assert Claim.objects.get(value=6120).appearances.count() == 2
    proposal = EvidenceProposal.objects.get(source=repeat)
    assert (proposal.claim.value, proposal.stance) == (Decimal(5830), "disputes")


def test_a_cap_below_another_claimants_floor_disputes_a_running_total() -> None:
    def dead(statement: str, claimant: int | None, **numbers: Decimal) -> Figure:
        return fig(claimant=claimant, measure_key="count:deaths", statement=statement, **numbers)

    floor = dead(
        "At least 70 people died in the Tarnby floods, the party said", 2, lower=Decimal(70)
    )
    cap = dead("The ministry said no more than 38 people had died", 3, upper=Decimal(38))
    update = dead("The ministry said 38 people had died", 3, value=Decimal(38))
    assert bearing(cap, floor) == (
        "disputes",
        "a cap below the claim's floor: up to 38 against at least 70",
    )
    assert bearing(update, floor) is None  # an earlier, lower count of a running total


@pytest.mark.django_db
def test_two_counts_of_one_sentence_that_add_up_to_a_stored_count_support_it() -> None:
    ingest("The Tarnby fire has destroyed 4,300 homes, firefighters said.", "2031-08-02")
    ingest(
        "The Tarnby fire destroyed 4,112 homes and 186 shops, the county said.",
        "2031-08-03",
    )
    proposal = EvidenceProposal.objects.get()
    assert (proposal.claim.value, proposal.stance) == (Decimal(4300), "supports")
    assert proposal.reason == "4,112 and 186 add up to 4,298"


@pytest.mark.django_db
def test_counts_of_one_kind_or_a_bound_are_not_added_up() -> None:
    ingest("More than 2,000 people were injured in the Tarnby quake.", "2031-08-02")
    ingest("The Tarnby quake toll rose to 340 dead with 2,071 injured.", "2031-08-03")
    assert not EvidenceProposal.objects.filter(stance="supports").exists()


def test_a_percent_or_amount_with_no_named_measure_is_one_claim_within_one_story() -> None:
    story = "1,482 (count:homes)"

    def share(**fields: object) -> Figure:
        return _undated(measure_key="percent:", **fields)  # type: ignore[arg-type]

    rate = share(value=Decimal("0.75"), statement="The board lowered borrowing costs to 0.75%")
    again = share(value=Decimal("0.75"), statement="It now stands at 0.75 per cent, a record")
    assert same_claim(again, rate) is None  # no words in common, no story: nothing to go on
    link = same_claim(again, rate, story=story)
    assert link is not None and link.score >= 0.85
    # within the story still not an estimate, a bound, or a bare count
    for other in (share(value=Decimal("0.75"), qualifier="about"), share(upper=Decimal("0.75"))):
        found = same_claim(other, rate, story=story)
        assert found is None or found.score < 0.85


def test_statements_share_words_whatever_their_inflection() -> None:
    from claims.linking.match import content_words

    assert content_words("The bank cut rates, lowering costs") == content_words(
        "Banks cuts the rate and lowered the cost"
    )
    assert content_words("voters voted") != content_words("votes vote")  # not a thesaurus


@pytest.mark.django_db
def test_an_unnamed_small_percent_is_found_by_its_number_in_an_article_of_the_same_story() -> None:
    ingest("The Marrow central bank said it bought 1,482 tonnes of gold. It set 0.75%.")
    ingest("Marrow's central bank, with 1,482 tonnes of gold bought, set it at 0.75 per cent.")
    claim = Claim.objects.get(value=Decimal("0.75"))
    assert claim.appearances.count() == 2


def test_an_unnamed_amount_takes_the_measure_its_equal_precise_figure_names() -> None:
    named = fig(claimant=None, measure_key="GBP:asset_purchases", value=Decimal("7.25e10"))
    unnamed = fig(claimant=None, measure_key="GBP:", value=Decimal("7.25e10"), statement="x")
    pair = adopt(unnamed, named)
    assert pair is not None and pair[0].measure_key == "GBP:asset_purchases"
    # a round amount needs the story too; another claimant's number stays their own
    round_ = replace(unnamed, anchor=Decimal("6e10"))
    assert adopt(round_, replace(named, anchor=Decimal("6e10"))) is None
    assert adopt(round_, replace(named, anchor=Decimal("6e10")), story="x") is not None
    assert adopt(replace(unnamed, claimant=7), named) is None
    assert adopt(unnamed, named, ambiguous=True) is None


def test_nearly_a_number_is_no_figure_above_it() -> None:
    stated = fig(claimant=None, measure_key="count:structure", value=Decimal(12263))
    nearly = fig(
        claimant=None,
        measure_key="count:structure",
        value=Decimal(12000),
        qualifier="about",
        wording="nearly 12,000 structures",
    )
    about = replace(nearly, short_of=False)
    assert same_claim(nearly, stated) is None
    assert same_claim(about, stated) is not None  # "about 12,000" may be 12,263
    assert same_claim(nearly, replace(stated, anchor=Decimal(11862))) is not None


def test_two_articles_naming_one_place_give_an_equal_figure_more_weight() -> None:
    from claims.linking.match import names_in

    assert names_in("Rescuers reached Tarnby and Ludmere on Monday.") == {"tarnby", "ludmere"}
    assert "toll" not in names_in("The Death Toll rose. The toll is 40.")  # written in lower case
    here = fig(claimant=None, measure_key="km:km", value=Decimal(23), names=frozenset({"tarnby"}))
    there = fig(claimant=None, measure_key="km:km", value=Decimal(23), statement="A quake 23 km")
    alone = same_claim(here, there)
    assert alone is not None and alone.score < 0.85
    told = same_claim(here, replace(there, names=frozenset({"tarnby"})))
    assert told is not None and told.score >= 0.85 and "both name Tarnby" in told.because()


@pytest.mark.django_db
def test_a_fraction_of_a_whole_is_stored_and_matched_as_the_share_it_is() -> None:
    ingest("The Marrow electoral board said almost two-thirds of the electorate voted.")
    share = Claim.objects.get()
    assert (share.unit, share.value) == ("percent", Decimal("66.67"))
    assert share.measure_key.startswith("percent:")
    # a fraction of a stated whole is a part of it, not a share: stored as the extractor read it
    ingest("The Marrow board said half of the 10 members voted, a quarter of 1 percentage point.")
    assert Claim.objects.count() >= 2


def test_an_undated_figure_bears_on_a_claim_only_when_something_ties_them_to_one_event() -> None:
    def quake(value: str, statement: str, claimant: int, on: datetime.date | None) -> Figure:
        return fig(
            claimant=claimant,
            claimant_name=("", "Seismic Institute", "Weather Office")[claimant],
            measure_key="magnitude:magnitude",
            value=Decimal(value),
            statement=statement,
            seen_on=on,
        )

    said = "The institute said the magnitude 7.2 earthquake struck at dawn"
    undated = quake("7.2", said, 1, None)
    dated = quake("6.3", "A magnitude 6.3 earthquake struck the valley at dawn", 2, fig().seen_on)
    assert bearing(dated, undated) is None  # two quakes' words, no date: maybe two quakes
    assert bearing(dated, undated, story=True) == (
        "disputes",
        "numbers cannot both hold: 6.3 against 7.2",
    )
    in_tarnby = quake("6.3", "A magnitude 6.3 earthquake struck in Tarnby at dawn", 2, None)
    also_tarnby = quake("7.2", "The magnitude 7.2 earthquake struck in Tarnby", 1, None)
    assert bearing(in_tarnby, also_tarnby) is not None  # one place named by both
    assert bearing(replace(dated, seen_on=undated.seen_on), undated) is None


@pytest.mark.django_db
def test_an_undated_article_disputes_claims_of_an_article_it_shares_a_precise_figure_with() -> None:
    undated("The quake destroyed 1,482 homes. The institute put its magnitude at 6.1.", "a.txt")
    undated("A quake of magnitude 5.2 shook the coast of Varn, the survey said.", "b.txt")
    source = undated(
        "The quake destroyed 1,482 homes. The observatory put its magnitude at 6.6.", "c.txt"
    )
    proposals = EvidenceProposal.objects.filter(source=source, stance="disputes")
    assert [p.claim.value for p in proposals] == [Decimal("6.1")]  # not 5.2, of no known story


@pytest.mark.django_db
def test_a_count_cut_off_at_a_time_of_day_in_a_later_appearance_is_no_rival_of_a_days_total() -> (
    None
):
    ingest("The Varn Transit Authority counted 193,000 riders on Friday.", "2017-01-21")
    by_eleven = "As of 11 a.m. Friday, 193,000 riders had taken the trains, the authority said."
    ingest(by_eleven, "2017-01-21")
    said = "The Brenmoor Rail Union said 570,557 riders took the trains on Friday."
    source = ingest(said, "2017-01-22")
    assert not EvidenceProposal.objects.filter(source=source, stance="disputes").exists()


def test_an_undated_vague_amount_bears_on_a_claim_whose_sentence_names_what_the_article_does():
    def soldiers(**fields: object) -> Figure:
        return fig(claimant=None, seen_on=None, vague=True, **fields)  # type: ignore[arg-type]

    thousands = soldiers(lower=Decimal(1000), upper=Decimal(9999), statement="Marrow said x")
    thousands = replace(thousands, names=frozenset({"varnish"}), seen_on=datetime.date(2031, 3, 1))
    hundreds = soldiers(lower=Decimal(100), upper=Decimal(999), statement="y")
    assert bearing(replace(hundreds, names=frozenset({"varnish", "tarnby"})), thousands)
    assert bearing(replace(hundreds, names=frozenset({"tarnby"})), thousands) is None


@pytest.mark.django_db
def test_proposing_evidence_reads_no_claim_appearances_one_by_one():
    """The cut-off a claim's later appearance states ("as of 11 a.m.") is read with the
    candidates, in one query, whatever the number of claims a new figure may bear on."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def selects_to_link_rivals_of(towns: list[str], day: str) -> int:
        for town in towns:
            said = f"the {town} Transit Authority said"
            ingest(f"193,000 riders took its trains on Friday, {said}.", day)
            ingest(f"As of 11 a.m. Friday, 193,000 riders had taken the trains, {said}.", day)
        union = " ".join(
            f"The Brenmoor Rail Union said {570_557 + n:,} riders took the trains on Friday."
            for n in range(len(towns))
        )
        with CaptureQueriesContext(connection) as queries:
            source = ingest(union, day)
        # no rival: each authority's 193,000 is cut off at 11 a.m., the union's is the day's
        assert not EvidenceProposal.objects.filter(source=source, stance="disputes").exists()
        return len([q for q in queries.captured_queries if q["sql"].startswith("SELECT")])

    few = selects_to_link_rivals_of(["Harlow", "Brenmoor"], "2017-01-21")
    many = selects_to_link_rivals_of([f"Varn{n}" for n in "ABCDEFGHIJ"], "2018-03-02")
    assert many <= few + 2, (few, many)


@pytest.mark.django_db
def test_counts_that_add_up_to_a_total_their_sentence_states_are_no_sum_confirming_it() -> None:
    ingest("The Tarnby fire has destroyed 4,298 homes, firefighters said.", "2031-08-02")
    ingest(
        "The Tarnby fire destroyed 4,112 homes and 186 shops, 4,298 in all, the county said.",
        "2031-08-03",
    )
    assert not EvidenceProposal.objects.filter(reason__contains="add up to").exists()


@pytest.mark.django_db
def test_a_stance_word_in_another_clause_than_the_number_is_no_stance_on_it() -> None:
    ingest("The Taliban claims to control at least 85 per cent of the war-torn country.")
    ingest(
        "Reporters in Varn repeated the 85 per cent claim, although they disputed that the "
        "roads were closed.",
        "2021-07-15",
    )
    assert not EvidenceProposal.objects.filter(stance="disputes").exists()


ESTIMATED = dict(
    measure_key="count:deaths", value=Decimal(10000), qualifier="about", names=frozenset({"varn"})
)
BARE = dict(
    claimant=None,
    claimant_name="",
    measure_key="count:deaths",
    value=Decimal(10000),
    seen_on=None,
    names=frozenset({"varn"}),
)


def test_a_bare_round_count_is_one_claim_with_the_same_count_worded_as_an_estimate() -> None:
    # "Some 10,000 people died in Varn, the relief chief said" against an undated report that
    # "10,000 died in Varn": a round count is an estimate however it is worded.
    estimated = fig(**ESTIMATED)
    bare = fig(**BARE)
    link = same_claim(bare, estimated)
    assert link is not None and link.score >= 0.85
    assert "both name Varn" in link.because()
    # "About 45" is no round count: beside a bare 45 it may be 43 or 47, the name adds nothing.
    exact = fig(**{**BARE, "value": Decimal(45)})
    rough = fig(**{**ESTIMATED, "value": Decimal(45)})
    link = same_claim(exact, rough)
    assert link is None or link.score < 0.85


def test_a_result_and_the_forecast_it_is_measured_against_stay_two_claims() -> None:
    def revenue(statement: str, wording: str = "$12.4 billion") -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key="USD:revenue",
            value=Decimal("12400000000"),
            statement=statement,
            wording=wording,
        )

    result = revenue("Varn Systems posted revenue of $12.4 billion for the quarter.")
    again = revenue("Quarterly revenue at Varn Systems came to $12.4bn.", "$12.4bn")
    forecast = revenue("Analysts surveyed by Harlow Data had forecast revenue of $12.4 billion.")
    after = revenue("Revenue beat the $12.4 billion analysts expected.")
    beaten = revenue("Varn Systems beat expectations with revenue of $12.4 billion.")
    link = same_claim(again, result)
    assert link is not None and link.score >= 0.85
    assert same_claim(forecast, result) is None
    assert same_claim(after, result) is None
    link = same_claim(beaten, result)
    assert link is not None and link.score >= 0.85  # the outcome that beat a forecast


def test_a_toll_feared_as_a_possibility_is_no_forecast_kept_apart_from_the_toll() -> None:
    def dead(statement: str, wording: str) -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key="count:deaths",
            value=Decimal(10000),
            qualifier="about",
            statement=statement,
            wording=wording,
            names=frozenset({"varn"}),
        )

    feared = dead("The mayor of Varn said the toll could reach 10,000.", "10,000")
    counted = dead("Some 10,000 people died in Varn, officials said.", "Some 10,000 people")
    projected = dead("The exit poll projected 10,000 votes for the Varn list.", "10,000")
    assert feared.foretold == "possible" and projected.foretold == "projected"
    assert same_claim(feared, counted) is not None
    assert same_claim(projected, counted) is None


def test_a_poll_projection_worded_as_a_possibility_is_the_projection() -> None:
    def seats(statement: str, wording: str, value: int = 288) -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key="count:seats",
            value=Decimal(value),
            statement=statement,
            wording=wording,
        )

    projected = seats("The Harlow exit poll projected that the Greens will win 288 seats.", "288")
    possible = seats("The survey suggests the Greens could get 288 MPs in Varn.", "288 MPs")
    assert (projected.foretold, possible.foretold) == ("projected", "possible")
    link = same_claim(possible, projected)
    assert link is not None and link.score >= 0.85


def test_a_number_needed_is_a_threshold_not_the_projection_of_the_poll_beside_it() -> None:
    def seats(statement: str, wording: str) -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key="count:seats",
            value=Decimal(301),
            statement=statement,
            wording=wording,
        )

    poll = seats(
        "The Harlow poll pointed to a hung chamber, with the Greens 12 seats short of the 301 "
        "they need for a majority.",
        "301",
    )
    stated = seats("To govern alone, a party in Varn needs to win 301 seats.", "301 seats")
    assert poll.foretold == ""
    link = same_claim(stated, poll)
    assert link is not None and link.score >= 0.85


@pytest.mark.django_db
def test_a_figure_called_too_high_is_disputed_by_the_sentence_that_says_so() -> None:
    ingest("As many as 10,000 people died in the Varn floods, local officials said.", "2031-11-10")
    feared = Claim.objects.get()
    source = ingest(
        "President Mara Tell said the number of 10,000 killed in the Varn floods was too high.",
        "2031-11-12",
    )
    proposal = EvidenceProposal.objects.get(source=source)
    assert (proposal.claim, proposal.stance) == (feared, "disputes")
    assert "too high" in proposal.reason


@pytest.mark.django_db
def test_a_level_and_its_earlier_level_support_the_change_they_give_and_dispute_a_far_one() -> None:
    """ "4.4 million units, down from 5 million" is a 12% fall: it confirms a 12% fall another
    outlet reported and refutes a 3% one; a 10.5% fall is near enough to be rounded elsewhere,
    and a rise is another movement."""
    said = {
        "twelve": "Harlow Gazette. Varn Motors said on Tuesday its unit shipments fell 12% in "
        "the quarter, its worst in years.",
        "three": "Harlow Gazette. Varn Motors said on Tuesday its unit shipments fell 3% in the "
        "quarter, its worst in years.",
        "near": "Harlow Gazette. Varn Motors said on Tuesday its unit shipments fell 10.5% in "
        "the quarter, its worst in years.",
        "rise": "Harlow Gazette. Varn Motors said on Tuesday its unit shipments rose 12% in the "
        "quarter, its best in years.",
    }
    levels = (
        "Varn Motors shipped 4.4 million units in the quarter, down from 5 million a year earlier."
    )
    found = {}
    for name, text in said.items():
        EvidenceProposal.objects.all().delete()
        Claim.objects.all().delete()
        ingest(text)
        ingest(f"Tarnby Post ({name}). {levels}", "2021-07-15")
        found[name] = [(stance, reason) for _, stance, reason in _proposals()]
    fall = "4,400,000 against 5,000,000 is a fall of 12.0%"
    assert found["twelve"] == [("supports", fall)]
    assert found["three"] == [("disputes", fall)]
    assert found["near"] == []
    assert found["rise"] == []


@pytest.mark.django_db
def test_two_tolls_of_a_past_disaster_are_rival_counts_not_updates_of_a_running_one() -> None:
    """A toll of the quake of 2009, told in 2021, is final: 80 against 81 is a dispute. The
    same two figures of today's quake are a running toll (the later one may be older)."""
    first = "Mayor Ilse Brandt said the quake of {when} near Tarnby killed 81 people."
    second = "Harlow Post. The quake of {when} killed 80 people in the hills around Tarnby."
    ingest(first.format(when="2009"))
    ingest(second.format(when="2009"), "2021-07-15")
    assert [(s, r) for _, s, r in _proposals()] == [
        ("disputes", "numbers cannot both hold: 80 against 81")
    ]
    EvidenceProposal.objects.all().delete()
    ingest(first.format(when="Tuesday"))
    ingest(second.format(when="Tuesday"), "2021-07-15")
    assert _proposals() == []


def test_a_count_worded_as_a_change_is_never_one_claim_with_that_many_of_the_thing() -> None:
    def seats(statement: str, *, difference: bool, key: str = "count:seats") -> Figure:
        return fig(
            claimant=None,
            claimant_name="",
            measure_key=key,
            value=Decimal(14),
            statement=statement,
            difference=difference,
        )

    fewer = seats("The Varn Party ended with 14 fewer seats than it held before.", difference=True)
    level = seats("The Varn Party ended the night with 14 seats.", difference=False)
    assert same_claim(fewer, level) is None
    assert same_claim(level, fewer) is None
    # A count of a change itself ("seats changed") is worded as a level and as a change alike.
    gained = seats("The Varn Party gained 14 seats.", difference=False, key="count:seats_changed")
    up = seats("The Varn Party won 40 seats, up by 14.", difference=True, key="count:seats_changed")
    link = same_claim(up, gained)
    assert link is not None and link.score >= 0.6


def test_a_figure_rounded_half_up_as_reporters_round_is_the_same_figure() -> None:
    def revenue(value: str) -> Figure:
        return fig(claimant_name="Varn Systems", measure_key="USD:revenue", value=Decimal(value))

    # Varn Systems' $12.45bn, reported as "$12.5 billion" (half-even rounding would say 12.4).
    link = same_claim(revenue("12500000000"), revenue("12450000000"))
    assert link is not None and link.score >= 0.85
    assert "numbers agree once rounded" in link.because()
    assert same_claim(revenue("12400000000"), revenue("12450000000")) is None


@pytest.mark.django_db
def test_an_amount_converted_in_brackets_is_the_claim_of_the_amount_before_it() -> None:
    ingest("Varn Systems had revenue of $14.1bn in the year-ago quarter.", "2022-10-20")
    year_ago = Claim.objects.get()
    # Converted at the day's rate, £11.15bn is near $14.1bn at the year's average rate.
    source = ingest("Varn Systems said revenue fell to $12.85bn (£11.15bn).", "2022-10-26")
    claims = {a.claim for a in source.appearances.all() if a.claim is not None}
    assert len(claims) == 1 and year_ago not in claims
    assert len(source.appearances.filter(claim__isnull=False)) == 2


@pytest.mark.django_db
def test_a_list_under_a_forecast_heading_gives_forecasts_not_outcomes() -> None:
    ingest("Varn Systems said its gross margin was 41 percent in the quarter.")
    source = ingest(
        "Varn Systems results.\n\nFor the next quarter, Varn Systems is guiding the following:\n"
        "- revenue between $12 billion and $13 billion\n"
        "- gross margin of 41 percent\n",
        "2021-07-15",
    )
    forecast = source.appearances.get(claim__value=41).claim
    assert forecast.appearances.count() == 1  # not the quarter's 41 percent
    assert "guiding the following" in forecast.statement


# --- the year a figure is about, the part of it, and "nearly" across a claim's mentions ------


def test_a_figure_of_the_year_just_past_keeps_its_reports_date_and_older_years_their_own() -> None:
    from claims.linking.ingest import dated

    january = datetime.date(2032, 1, 20)
    assert dated(january, 2031) == january  # the year's total is news once the year is over
    assert dated(january, 2030) == datetime.date(2030, 1, 1)  # an old figure, compared
    assert dated(january, None) == january
    assert dated(None, 2031) == datetime.date(2031, 1, 1)


@pytest.mark.django_db
def test_the_year_just_past_and_a_report_without_the_year_are_one_claim() -> None:
    ingest("Tarnland's economy grew 4.6 percent in 2031, the statistics office said.", "2032-01-20")
    ingest("Tarnland's economy grew 4.6 percent, its slowest pace in a decade.", "2032-01-21")
    assert Claim.objects.get(value=Decimal("4.6")).appearances.count() == 2


def test_a_quarter_and_the_whole_year_are_two_figures() -> None:
    from claims.linking.match import part_of_year

    def growth(before: str, after: str) -> Figure:
        return fig(
            value=Decimal("4.6"),
            claimant=None,
            measure_key="percent:growth",
            statement=before + "4.6 percent" + after,
            before=before,
            after=after,
            wording="4.6 percent",
        )

    year = growth("Tarnland's economy grew ", " in 2031, its slowest pace in a decade.")
    quarter = growth("Output grew ", " in the third quarter, the office said.")
    months = growth(
        "Growth slowed to 4.2 percent in the fourth quarter, down from ",
        " between July and September.",
    )
    unsaid = growth("Tarnland's economy grew ", ", the office said.")
    assert part_of_year(" full-year growth at ", ".") == {"year"}
    assert part_of_year("Tarnland's 2031 output of ", " growth") == {"year"}
    assert months.part_of_year == {"q3"}
    assert same_claim(quarter, year) is None
    assert same_claim(months, year) is None
    assert same_claim(months, quarter) is not None
    assert same_claim(unsaid, year) is not None and same_claim(unsaid, quarter) is not None


def test_nearly_a_number_is_never_a_count_above_it_in_any_mention_of_a_claim() -> None:
    from claims.linking.match import apart_from

    def deaths(value: int, wording: str, lower: bool = False) -> Figure:
        return fig(
            value=None if lower else Decimal(value),
            lower=Decimal(value) if lower else None,
            lower_inclusive=False,
            claimant=None,
            measure_key="count:deaths",
            wording=wording,
        )

    assert apart_from(deaths(41_287, "41,287 people"), ("", "nearly 41,000 people", ""))
    assert apart_from(deaths(41_000, "more than 41,000", lower=True), ("", "almost 41,000", ""))
    nearly = deaths(41_000, "nearly 41,000 people")
    assert apart_from(nearly, ("deaths surpassed ", "41,000", " last year"))
    assert apart_from(nearly, ("", "41,287 deaths", ""))
    assert not apart_from(nearly, ("", "about 41,000 deaths", ""))
    assert not apart_from(deaths(40_900, "40,900"), ("", "nearly 41,000 people", ""))


def test_an_unclaimed_figure_repeating_a_claimed_one_joins_it_when_they_speak_of_one_thing() -> (
    None
):
    claimed = fig(
        value=Decimal("8.45e9"),
        claimant=3,
        claimant_name="Tarnco",
        measure_key="USD:",
        statement="Tarnco said it would acquire Marrow Mills for $8.45 billion",
    )
    repeated = fig(
        value=Decimal("8.45e9"),
        claimant=None,
        claimant_name="",
        measure_key="USD:fee",
        statement="Tarnco's $8.45 billion deal to buy Marrow Mills",
    )
    elsewhere = replace(repeated, words=frozenset({"stadium", "renovation", "council"}))
    assert adopt(repeated, claimed) is not None
    assert adopt(elsewhere, claimed) is None  # the same number, of something else


def test_a_round_share_takes_the_measure_of_an_equal_one_worded_alike() -> None:
    named = fig(
        value=Decimal(56),
        claimant=None,
        measure_key="percent:no_vote",
        statement="Tarnland voters rejected independence by 56% in the referendum",
    )
    bare = replace(named, measure_key="percent:", words=named.words - {"vote"})
    other = replace(bare, words=frozenset({"stadium", "council", "renovation"}))
    assert adopt(bare, named) is not None
    assert adopt(other, named) is None


VOTE_RESULT = (
    "Officials announced the result late on Friday. The No campaign won 55.3 percent of the "
    "vote. The Yes campaign won 44.7 percent of the vote. In all 1,617,989 people voted Yes."
)


@pytest.mark.django_db
def test_two_figures_of_two_measures_that_agree_once_rounded_tie_two_articles_to_one_story() -> (
    None
):
    ingest(VOTE_RESULT)
    ingest("A majority rejected the plan: voters backed No by 55 percent, and Yes by 45 percent.")
    for key in ("percent:no_vote", "percent:yes_vote"):
        assert Claim.objects.get(measure_key=key).appearances.count() == 2


@pytest.mark.django_db
def test_one_figure_that_agrees_once_rounded_is_no_tie_to_one_story() -> None:
    ingest(VOTE_RESULT)
    ingest("A clear majority rejected the plan: voters backed No by 55 percent overnight.")
    no = Claim.objects.filter(measure_key="percent:no_vote")
    assert [c.appearances.count() for c in no] == [1, 1]


@pytest.mark.django_db
def test_agreeing_figures_do_not_join_a_bare_round_count_to_a_precise_one() -> None:
    ingest(VOTE_RESULT)
    ingest(
        "Voters backed No by 55 percent and Yes by 45 percent. Their leader thanked "
        "1.6 million Yes voters for their courage."
    )
    assert Claim.objects.get(measure_key="percent:no_vote").appearances.count() == 2
    counts = Claim.objects.filter(value__in=[Decimal(1617989), Decimal(1600000)])
    assert [c.appearances.count() for c in counts] == [1, 1]


def test_a_round_count_given_as_a_cap_and_as_a_floor_is_one_estimate() -> None:
    def dead(**bound: object) -> Figure:
        return fig(claimant=None, measure_key="count:deaths", **bound)  # type: ignore[arg-type]

    as_many_as = dead(upper=Decimal(10000))
    more_than = dead(lower=Decimal(10000), lower_inclusive=False)
    assert same_claim(more_than, as_many_as) is not None  # "as many as" and "more than 10,000"
    # A precise number is counted: "up to 367" and "more than 367" exclude each other.
    assert (
        same_claim(dead(lower=Decimal(367), lower_inclusive=False), dead(upper=Decimal(367)))
        is None
    )
    # "fewer than 10,000" excludes "more than 10,000" whatever the count.
    fewer = dead(upper=Decimal(10000), upper_inclusive=False)
    assert same_claim(more_than, fewer) is None
    # A crowd expected "as high as 500,000" and one of "over half a million" are two figures.
    crowd = {"claimant": None, "measure_key": "count:crowd"}
    expected = fig(**crowd, upper=Decimal(500000))  # type: ignore[arg-type]
    came = fig(**crowd, lower=Decimal(500000), lower_inclusive=False)  # type: ignore[arg-type]
    assert same_claim(came, expected) is None


def test_nearly_a_count_rounded_up_is_how_reports_word_the_exact_count() -> None:
    def homes(n: int, wording: str = "") -> Figure:
        return fig(claimant=None, measure_key="count:homes", value=Decimal(n), wording=wording)

    nearly = homes(12000, "nearly 12,000 homes")
    link = same_claim(nearly, homes(11862, "11,862 homes"))
    assert link is not None and link.score >= 0.85
    assert "is how reports word" in link.because()
    # Too round to say which count it words: "nearly 2,000" is 1,801 as well as 1,881.
    link = same_claim(homes(2000, "nearly 2,000 homes"), homes(1801, "1,801 homes"))
    assert link is None or link.score < 0.85


def test_an_expectation_before_an_added_statement_does_not_make_its_number_a_forecast() -> None:
    # The agency expected "the worst", and added a figure: the figure is no forecast of it.
    before = (
        'The agency said it expected "the worst," adding that the toll in Fenwick may be above '
    )
    assert foretold(before, " dead.") == ""
    assert foretold("The agency said it expected the toll to be above ", " dead.") == "expected"


def test_a_place_within_another_named_by_both_statements_is_no_other_place() -> None:
    assert places_named("It struck in Brackmoor Township at noon.") == {"brackmoor"}
    assert places_named("Rescuers worked in Mexico City.") == {"mexico city"}

    def depth(statement: str) -> Figure:
        return fig(claimant=None, measure_key="km:km", value=Decimal(23), statement=statement)

    township = depth("The quake struck in Brackmoor Township, Fenwick county, at a depth of 23 km.")
    county = depth("The quake struck in Fenwick, where Brackmoor lies, at a depth of 23 km.")
    elsewhere = depth("The quake struck in Dalby, at a depth of 23 km.")
    story = "412 (count:deaths)"
    link = same_claim(township, county, story=story)
    assert link is not None and f"both articles report {story}" in link.because()
    link = same_claim(township, elsewhere, story=story)
    assert link is None or "both articles report" not in link.because()
    # A place named in only one of them is still another place.
    link = same_claim(county, elsewhere, story=story)
    assert link is None or "both articles report" not in link.because()


def test_the_polls_voters_go_to_make_no_projection() -> None:
    # Voters who "went to the polls" cast the vote the figure counts; a poll projects one.
    assert foretold("Two million Wessexers went to the polls and delivered a ", " per cent") == ""
    assert foretold("Turnout at the polls reached ", " per cent") == ""
    assert foretold("The Greens are ahead in the polls with ", " per cent") == "projected"
    assert foretold("A poll for the Courier put Yes on ", " per cent") == "projected"


def test_an_expectation_right_after_another_number_is_that_numbers() -> None:
    # Sales rose less than a 6.4 per cent rise expected and than March's 6.2 per cent: an outcome.
    before = "Sales rose 6.1 per cent, but less than a 6.4 per cent rise expected and April's "
    assert foretold(before, " per cent.") == ""
    assert foretold("Sales rose less than the rise expected, of ", " per cent.") == "expected"
    # A year is no other number: "for fiscal 2019 the firm expects" still foretells.
    assert foretold("For fiscal 2019 the firm expects revenue of ", " billion.") == "expected"
