"""Evidence proposals (issue 9), prop25: two accounts of one year's change. Sentences written for
these tests, of fictional places and bodies."""

from __future__ import annotations

import pytest

from claims.linking.match import yearly_change
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_two_accounts_of_one_years_rise_against_the_year_before_dispute() -> None:
    # One report puts the yearly rise of Tarnby's road deaths at 8.5%, the next day's at about
    # 6%: both against the year before, nobody named for either; one change, two accounts.
    ingest(
        " date 2031-05-02 Road deaths up in Tarnby\n\n"
        "Road deaths in Tarnby reached 1,840 in 2030, the county transport office said. "
        "That is an increase of 8.5 percent over the total for the previous year.",
        "herald.txt",
    )
    ingest(
        " date 2031-05-03 Tarnby roads\n\n"
        "About 1,800 people died on Tarnby roads in 2030, about 6 percent more than in the "
        "previous year.",
        "gazette.txt",
    )
    found = proposals("disputes", "6 percent")
    assert found and "8.5 percent" in found[0][0], found


def test_a_rate_listed_among_regions_is_no_account_of_the_years_change() -> None:
    # A sentence that lists each district's rise gives parts, not the whole year's change.
    assert yearly_change(" over the previous year.", "Deaths rose 6% over the previous year.")
    assert not yearly_change(
        " over the previous year, 11% in Ostrel",
        "Deaths rose 6% in Tarnby over the previous year, 11% in Ostrel and 4% in Varn.",
    )
    assert not yearly_change(" in the first quarter.", "Deaths rose 6% in the first quarter.")


def test_one_years_rise_rounded_is_no_rival_of_itself() -> None:
    # "about 9%" of the year's rise, against 8.5%: the one rate, rounded.
    ingest(
        " date 2031-05-02 Road deaths up in Tarnby\n\n"
        "Road deaths in Tarnby reached 1,840 in 2030, the county transport office said. "
        "That is an increase of 8.5 percent over the total for the previous year.",
        "herald.txt",
    )
    ingest(
        " date 2031-05-03 Tarnby roads\n\n"
        "About 1,840 people died on Tarnby roads in 2030, about 9 percent more than in the "
        "previous year.",
        "gazette.txt",
    )
    assert not proposals("disputes", "9 percent")
