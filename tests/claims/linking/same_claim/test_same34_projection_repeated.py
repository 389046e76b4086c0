"""A projection whose number is given to four or more significant digits ("$117.3 million") is
the estimate a source published; another report a day later that gives that very number as the
figure itself repeats it, and the two are one claim. An analysts' expectation, or a number of
three digits ("$83.6 million"), stays apart from an outcome. Sentences written for these tests."""

from __future__ import annotations

import datetime
from typing import Any

from claims.linking.match import Figure, Link, judge
from tests.claims.linking.same_claim.test_undated import quake

DAY = datetime.date(2024, 7, 14)


def amount(
    before: str, wording: str, after: str, value: str, seen_on: datetime.date = DAY
) -> Figure:
    """An amount of no named measure, with the text next to its number."""
    fields: dict[str, Any] = dict(before=before, wording=wording, after=after)
    return quake(value, f"{before}{wording}{after}", seen_on, measure_key="USD:", **fields)


def projected_and_earned(wording: str, value: str) -> tuple[Figure, Figure]:
    """The distributor's projection of a film's weekend, and a report the next day that the
    film earned the same amount."""
    old = amount(
        "The distributor projects the caper film will take ",
        wording,
        " over its first weekend",
        value,
    )
    new = amount(
        "The caper film earned ",
        wording,
        " in cinemas across the country over the weekend",
        value,
        seen_on=DAY + datetime.timedelta(days=1),
    )
    return new, old


def test_a_published_projection_repeated_to_the_digit_is_one_claim() -> None:
    new, old = projected_and_earned("$117.3 million", "117300000")
    assert (old.foretold, new.foretold) == ("projected", "")
    assert isinstance(judge(new, old), Link)


def test_an_analysts_expectation_met_to_the_digit_stays_apart() -> None:
    old = amount(
        "Analysts had expected the brewer to report revenue of ",
        "$4.263 billion",
        " for the quarter",
        "4263000000",
    )
    assert old.foretold == "expected"
    new = amount(
        "The brewer reported revenue of ",
        "$4.263 billion",
        " for the quarter on Tuesday",
        "4263000000",
        seen_on=DAY + datetime.timedelta(days=1),
    )
    assert judge(new, old) == "scope"


def test_a_projection_of_three_digits_stays_apart_from_the_outcome() -> None:
    new, old = projected_and_earned("$83.6 million", "83600000")
    assert judge(new, old) == "scope"
