"""Evidence proposals (issue 9), verd30: a year's change told by the year it covers, a flat rate
that is no rounding of a loose one, and a recount just under a toll's floor. Sentences written
for these tests, of fictional places and bodies."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


YEARS_RISE = (
    " date 2031-05-02 Road deaths up in Tarnby\n\n"
    "Last year saw a 12% rise in road deaths in Tarnby, the county transport office said."
)


def test_a_rise_told_by_the_year_it_covers_is_a_years_change_against_the_year_before() -> None:
    # "Last year saw a 12% rise" and "rose about 8 percent from 2029" in 2031: both the change
    # of 2030 against 2029, two accounts of one number.
    ingest(YEARS_RISE, "herald.txt")
    ingest(
        " date 2031-05-03 Tarnby roads\n\n"
        "Road deaths in Tarnby rose about 8 percent from 2029, the county transport office said.",
        "gazette.txt",
    )
    found = proposals("disputes", "8 percent")
    assert found and "12%" in found[0][0], found


def test_a_flat_rate_is_no_rounding_of_a_loose_one() -> None:
    # "10 percent" told flat against "about 7 percent": 7 rounded covers 6.5 to 7.5, and 10 lies
    # outside it; the 10's own last digit (a ten) says nothing of the 7's rounding.
    ingest(
        " date 2031-05-02 Road deaths up in Tarnby\n\n"
        "Road deaths in Tarnby rose 10 percent over the previous year, the county transport "
        "office said.",
        "herald.txt",
    )
    ingest(
        " date 2031-05-03 Tarnby roads\n\n"
        "About 1,800 people died on Tarnby roads in 2030, about 7 percent more than in the "
        "previous year.",
        "gazette.txt",
    )
    found = proposals("disputes", "7 percent")
    assert found and "10 percent" in found[0][0], found


def test_a_quarters_rise_is_no_account_of_the_years_change() -> None:
    ingest(YEARS_RISE, "herald.txt")
    ingest(
        " date 2031-05-03 Tarnby roads\n\n"
        "Road deaths in Tarnby rose about 8 percent in the first quarter, the county transport "
        "office said.",
        "gazette.txt",
    )
    assert not proposals("disputes", "8 percent")


TOLL = (
    " date 2031-03-02 Dam burst in Varn\n\n"
    "At least 47 people were killed when the Varn dam burst, the county police said."
)


def test_a_recount_just_under_a_tolls_floor_disputes_it() -> None:
    # Three days on, the coroner counts 46: a toll that only grows cannot fall under its floor.
    ingest(TOLL, "herald.txt")
    ingest(
        " date 2031-03-05 Varn victims named\n\n"
        "The Varn county coroner said on Thursday that 46 people were killed when the Varn dam "
        "burst.",
        "gazette.txt",
    )
    found = proposals("disputes", "46")
    assert found and "47" in found[0][0], found


@pytest.mark.parametrize("count", ["45", "38"])
def test_a_round_or_far_lower_count_may_be_of_a_part(count: str) -> None:
    # 45 ends in 5 (a rounded figure, an estimate); 38 is far enough under 47 to count a part.
    ingest(TOLL, "herald.txt")
    ingest(
        " date 2031-03-05 Varn victims named\n\n"
        f"The Varn county coroner said on Thursday that {count} people were killed when the Varn "
        "dam burst.",
        "gazette.txt",
    )
    assert not proposals("disputes", count)


def test_a_count_added_to_others_is_no_recount() -> None:
    # "another 46" adds to a toll told elsewhere: the rest of it, not the toll.
    ingest(TOLL, "herald.txt")
    ingest(
        " date 2031-03-05 Varn victims named\n\n"
        "The Varn county coroner said on Thursday that another 46 people were killed when the "
        "Varn dam burst.",
        "gazette.txt",
    )
    assert not proposals("disputes", "46")
