"""Evidence proposals, verd34: a closed year's count given as just under a mark ("nearly
1,800 died in 2030") disputes one given as beyond that mark ("more than 1,800 died in 2030"):
no update moves a finished year's count, and it cannot lie on both sides of one number. A toll
still being counted is left alone. Sentences written for these tests, of fictional places."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_nearly_a_mark_disputes_more_than_it_for_a_closed_year() -> None:
    ingest(
        " date 2031-06-10 Road deaths in Tarnby\n\n"
        "More than 1,800 people died on Tarnby roads in 2030, the county transport office said.",
        "herald.txt",
    )
    ingest(
        " date 2031-06-12 Tarnby roads\n\n"
        "Nearly 1,800 people died on Tarnby roads in 2030, the Varn road safety council said.",
        "gazette.txt",
    )
    found = proposals("disputes", "Nearly 1,800")
    assert found and "More than 1,800" in found[0][0], found


def test_a_toll_still_counted_is_no_closed_years_count() -> None:
    # Two days after a flood, "more than 1,800" and then "nearly 1,800" are two readings of a
    # toll that is still moving, not a closed year's final count.
    ingest(
        " date 2031-06-10 Floods in Tarnby\n\n"
        "More than 1,800 people have died in the Tarnby floods, the county police said.",
        "herald.txt",
    )
    ingest(
        " date 2031-06-12 Tarnby floods\n\n"
        "Nearly 1,800 people have died in the Tarnby floods, the Varn relief council said.",
        "gazette.txt",
    )
    assert not proposals("disputes", "Nearly 1,800")
