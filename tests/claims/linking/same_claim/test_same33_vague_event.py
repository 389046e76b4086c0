"""One vague amount of a named counted thing, of the size of an event itself ("tens of
thousands of marchers"), in two reports tied to one event is one estimate however the sentences
around it differ; "hundreds", given of many moments of one story, stay apart. Sentences written
for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from claims.linking.match import Figure, Link, figure, judge

DAY = datetime.date(2022, 9, 3)


# A vague crowd count ("tens of thousands of marchers"): a range whose top is left out.
VAGUE_CROWD: dict[str, Any] = {
    "claimant": None, "measure_key": "count:crowd", "value": None, "vague": True,
    "lower_inclusive": True, "upper_inclusive": False,
}  # fmt: skip


def crowd(statement: str, lower: str, upper: str, seen_on: datetime.date | None) -> Figure:
    bounds: dict[str, Any] = {"lower": Decimal(lower), "upper": Decimal(upper)}
    return figure(**VAGUE_CROWD, **bounds, seen_on=seen_on, statement=statement)


def test_one_vague_crowd_of_an_event_in_two_tied_reports_is_one_estimate() -> None:
    old = crowd(
        "Tens of thousands of marchers filled the boulevards of Ostrava by noon",
        "20000",
        "100000",
        DAY,
    )
    new = crowd(
        "Police closed the bridges as tens of thousands of demonstrators converged",
        "20000",
        "100000",
        DAY + datetime.timedelta(days=1),
    )
    link = judge(new, old, tie="Ostrava")
    assert isinstance(link, Link) and link.score >= 0.85
    assert "one vague crowd count, in reports tied to one event" in link.reasons
    assert judge(new, old) == "wording"  # nothing ties the two reports to one event


def test_hundreds_are_given_of_many_moments_of_one_story() -> None:
    old = crowd("Hundreds of protesters gathered by the Ostrava courthouse", "200", "1000", DAY)
    new = crowd("Several hundred demonstrators blocked a tram line at dusk", "200", "1000", DAY)
    assert judge(new, old, tie="Ostrava") == "wording"
