"""A share said as people voting for someone, or set right after a party's name in a results
line, is a share of the vote; a company's loss and the price of fuel are concepts of their own.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _share(before: str, after: str, figure: str = "41%") -> str:
    return measure_of(kind="percent", unit="percent", figure=figure, before=before, after=after).key


def test_a_share_that_voted_for_someone_is_a_share_of_the_vote() -> None:
    worded = _share("Some ", " voted for the Harbour Party on Sunday.")
    cast = _share("About ", " of voters cast their ballots for Jan Orla.", "41 per cent")
    named = _share("The Harbour Party won ", " of the vote.")
    assert worded == cast == named == "percent:votes"


def test_a_share_voting_for_a_side_keeps_its_side() -> None:
    assert _share("Some ", " voted yes in the ballot.") == "percent:yes_vote"


def test_a_share_right_after_a_partys_name_in_a_results_line_is_its_vote() -> None:
    assert _share("Harbour Party ", ", Valley Party 33%.") == "percent:votes"
    assert _share("Harbour Party 41%, Valley Party ", ".", "33%") == "percent:votes"


def test_a_party_that_grew_is_no_share_of_the_vote() -> None:
    assert _share("The party has grown ", " in a year.", "4%") != "percent:votes"


def test_a_companys_named_loss_is_a_loss_and_a_storms_losses_are_damage() -> None:
    def money(before: str, after: str, unit: str = "USD") -> str:
        return measure_of(kind="money", unit=unit, figure="$200m", before=before, after=after).key

    assert money("Acme posted a net loss of ", " for the quarter.") == "USD:net_loss"
    assert money("Acme's quarterly loss narrowed to ", ".") == "USD:net_loss"
    assert money("Acme's pre-tax loss was ", ".", "GBP") == "GBP:net_loss"
    assert money("The storm caused losses of ", ".") == "USD:damage"


def test_fuel_prices_are_no_deals_price() -> None:
    assert _share("Petrol prices rose ", " last month.", "3.2%") == "percent:fuel_price"
    assert _share("The price of diesel rose ", " last month.", "3.2%") == "percent:fuel_price"
    deal = measure_of(
        kind="money", unit="USD", figure="$13.7 billion", before="The deal price of ", after="."
    )
    assert deal.key == "USD:fee"


def test_a_share_of_the_electorate_that_went_to_the_polls_is_the_turnout() -> None:
    def share(measure: str) -> str:
        return measure_of(
            kind="percent",
            unit="percent",
            figure="64.1%",
            measure=measure,
            before="Some ",
            after=f" of {measure}.",
        ).key

    assert share("the electorate turned out") == "percent:turnout"
    assert share("registered voters went to the polls") == "percent:turnout"
    assert share("registered voters turned out") == "percent:turnout"


def test_a_pay_rise_is_a_share_of_pay() -> None:
    assert _share("Nurses were offered a ", " pay rise.", "3.5%") == "percent:pay"
    assert _share("Staff accepted a ", " wage increase.", "3.5 per cent") == "percent:pay"


def test_a_strength_glued_to_a_number_counts_the_noun_after_it() -> None:
    def strong(after: str) -> str:
        return measure_of(
            kind="count", unit="strong", figure="4,000-strong", before="The firm's ", after=after
        ).key

    assert strong(" workforce will shrink.") == "count:employees"
    assert strong(" crowd marched to the square.") == "count:crowd"
    assert strong(" squad of players.") != "count:strong"


def test_a_bare_count_that_comes_or_turns_up_is_the_crowd() -> None:
    def bare(before: str, after: str) -> str:
        return measure_of(kind="count", figure="200,000", before=before, after=after).key

    assert bare("Police estimated ", " would come to the rally.") == "count:crowd"
    assert bare("About ", " showed up on the square.") == "count:crowd"
    assert bare("Some ", " turned up at the vigil.") == "count:crowd"
    assert bare("About ", " turned out to vote.") == "count:votes_cast"


def test_people_present_or_in_attendance_are_the_crowd() -> None:
    def people(after: str) -> str:
        return measure_of(
            kind="count",
            unit="people",
            noun="people",
            measure="people",
            figure="500,000 people",
            before="Researchers estimated that around ",
            after=after,
        ).key

    assert people(" were present on the square.") == "count:crowd"
    assert people(" were in attendance.") == "count:crowd"
