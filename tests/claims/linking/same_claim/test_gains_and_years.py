"""A phrasal verb of getting ("scooped up 41 seats", "picked up 41 seats"): its "up" is the
verb's particle, not a rise, and its number counts the things got, a level. And a stretch of
years two reports measure one figure against ("the 1951-1980 average"). Sentences written for
these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.ingest import _holder_here
from claims.linking.match import (
    Figure,
    Link,
    figure,
    judge,
    object_of_change,
    same_claim,
    years_named,
)
from claims.services import SAME_CLAIM_SCORE


def seats(statement: str, wording: str, *, difference: bool) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="count:seats",
        value=Decimal(41),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 5, 12),
        statement=statement,
        difference=difference,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_the_object_of_a_phrasal_verb_of_getting_is_a_count_of_the_things_got() -> None:
    assert object_of_change("A buoyant Moor Party scooped up ")
    assert object_of_change("the Greens picked up more than ")
    assert object_of_change("Larkin racked up ")
    assert object_of_change("investors were snapping up some ")
    assert not object_of_change("Shares in Velmont were up ")  # a rise: no object
    assert not object_of_change("The Corren index closed up ")
    assert not object_of_change("The firm snapped ")


def test_seats_scooped_up_and_seats_won_are_one_count() -> None:
    scooped = seats(
        "A buoyant Moor Party scooped up 41 seats, ending Green hopes in the south.",
        "41 seats",
        difference=True,  # as a reading that takes "up 41" for a rise gives it
    )
    won = seats(
        "The Moor Party won 41 seats, all of them in the south.", "41 seats", difference=False
    )
    assert same_claim(scooped, won) is not None
    assert same_claim(won, scooped) is not None


def test_a_rise_of_that_many_seats_is_still_no_level() -> None:
    rise = seats(
        "The Moor Party's tally was up 41 seats on the last election.",
        "41 seats",
        difference=True,
    )
    won = seats(
        "The Moor Party won 41 seats, all of them in the south.", "41 seats", difference=False
    )
    assert same_claim(rise, won) is None
    assert same_claim(won, rise) is None


def test_the_subject_of_a_phrasal_verb_of_getting_holds_its_count() -> None:
    assert _holder_here("A buoyant Moor Party scooped up ", " seats in the south") == {"moor"}
    assert _holder_here("The Greens picked up ", " seats") == {"green"}


def score(verdict: Link | str) -> float:
    assert isinstance(verdict, Link), verdict
    return verdict.score


def warming(statement: str, wording: str, seen_on: datetime.date) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="°C:temperature_change",
        value=Decimal("0.6"),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=seen_on,
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_the_stretch_of_years_a_statement_names_is_read_from_either_wording() -> None:
    assert years_named("0.6C warmer than the average between 1951 and 1980") == "1951-1980"
    assert years_named("0.6C above its mean for 1951 to 1980, a record") == "1951-1980"
    assert years_named("well above the 1951-80 norm") == "1951-1980"
    assert years_named("in 2029 and 2030") == ""  # two years, no stretch
    assert years_named("up from 1980 to 12 people") == ""


def test_one_figure_told_against_one_stretch_of_years_in_two_reports_is_one_claim() -> None:
    one = warming(
        "Readings kept at Halvik show the bay's water last summer was 0.6C warmer than the "
        "average between 1951 and 1980, its highest yet.",
        "0.6C",
        datetime.date(2031, 2, 3),
    )
    two = warming(
        "Halvik's bay ran 0.6C above its mean for 1951 to 1980 last summer, a record.",
        "0.6C",
        datetime.date(2031, 2, 4),
    )
    assert score(judge(one, two)) >= SAME_CLAIM_SCORE
    assert score(judge(two, one)) >= SAME_CLAIM_SCORE
    # Against another stretch of years it stays a suggestion at most.
    other = warming(
        "Halvik's bay ran 0.6C above its mean for 1981 to 2010 last summer, a record.",
        "0.6C",
        datetime.date(2031, 2, 4),
    )
    assert score(judge(one, other)) < SAME_CLAIM_SCORE


def raised(statement: str, wording: str, value: str) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="USD:money_raised",
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2011, 1, 1),  # as a year named beside it dates it
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_unnamed_sources_credit_the_news_not_the_record_it_beat() -> None:
    sentence = (
        "Torvane Energy raised $4.35bn, beating Kessel Mining's record $3.1bn listing in 2011, "
        "according to two sources."
    )
    record = raised(sentence, "$3.1bn", "3100000000")
    news = raised(sentence, "$4.35bn", "4350000000")
    assert record.sources == ""
    assert news.sources == "two"
    bare = raised(
        "Kessel Mining's $3.1bn listing in 2011 was then the largest on the exchange.",
        "$3.1bn",
        "3100000000",
    )
    assert same_claim(record, bare) is not None
    assert same_claim(bare, record) is not None
