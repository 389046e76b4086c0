"""Evidence proposals: which figures and words bear on a stored claim, and which only look as
if they did. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import StanceWords, bearing, figure, stance_in
from claims.linking.measures import stance_words

WORDS = StanceWords(*stance_words())


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
