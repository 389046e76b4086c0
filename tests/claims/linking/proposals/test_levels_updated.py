"""An article's current level and the earlier level it replaced, stated in two sentences ("as
much as 9,000 barrels a day" in the lead, "a week ago ... the top end at 6,000" later), give
the percentage change a stored claim of the story states: supported when it rounds it, and no
dispute when it does not (which two levels are the update is a reading)."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons

WIRE = (
    " date 2033-08-09\nEngineers raise top estimate of Velmar pipeline leak by {rate} percent\n"
    "Engineers on Tuesday raised the high end of their estimate of the oil leaking from the "
    "Velmar pipeline by {rate} percent, saying 4,500 to 9,000 barrels a day escape."
)
DAILY = (
    " date 2033-08-09\nVelmar pipeline may leak 9,000 barrels a day\nThe Velmar pipeline could "
    "be leaking between 4,500 and 9,000 barrels of oil a day, engineers said on Tuesday.\n"
    "{past}the pipeline operator put the top end of the leak estimate at 6,000 barrels a day."
)


def updated() -> list[tuple[str, str]]:
    return [(stance, reason) for stance, reason in stances_and_reasons() if "earlier" in reason]


@pytest.mark.django_db
def test_a_top_replaced_a_week_ago_gives_the_stated_rise() -> None:
    ingest(WIRE.format(rate=50), "wire.txt")
    ingest(DAILY.format(past="A week ago, "), "daily.txt")
    assert updated() == [
        ("supports", "a top of 9,000 against the earlier 6,000 is a rise of 50.0%"),
    ]


@pytest.mark.django_db
def test_no_update_unless_the_sentence_says_the_level_is_an_old_one() -> None:
    ingest(WIRE.format(rate=50), "wire.txt")
    ingest(DAILY.format(past="On Tuesday, "), "daily.txt")
    assert updated() == []


@pytest.mark.django_db
def test_a_rise_the_levels_do_not_give_is_not_disputed() -> None:
    ingest(WIRE.format(rate=20), "wire.txt")
    ingest(DAILY.format(past="A week ago, "), "daily.txt")
    assert updated() == []
