"""Evidence proposals, verd34: a closed year's count given as just under a mark ("nearly
1,800 died in 2030") disputes one given as beyond that mark ("more than 1,800 died in 2030"):
no update moves a finished year's count, and it cannot lie on both sides of one number. A toll
still being counted is left alone. Sentences written for these tests, of fictional places."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def _under_against_over(died: str) -> list[tuple[str, str]]:
    """The disputes proposed on "More than 1,800 people {died}" by a later "Nearly 1,800"."""
    for day, (mark, who), name in (
        ("10", ("More than", "the county police"), "herald.txt"),
        ("12", ("Nearly", "the Varn relief council"), "gazette.txt"),
    ):
        ingest(f" date 2031-06-{day} Tarnby\n\n{mark} 1,800 people {died}, {who} said.", name)
    return proposals("disputes", "Nearly 1,800")


def test_nearly_a_mark_disputes_more_than_it_for_a_closed_year() -> None:
    found = _under_against_over("died on Tarnby roads in 2030")
    assert found and "More than 1,800" in found[0][0], found


def test_a_toll_still_counted_is_no_closed_years_count() -> None:
    # Two days after a flood, "more than 1,800" and then "nearly 1,800" are two readings of a
    # toll that is still moving, not a closed year's final count.
    assert not _under_against_over("have died in the Tarnby floods")
