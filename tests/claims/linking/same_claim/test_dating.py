"""Which figure of a sentence a year it names dates, and the appearances read per candidate
claim. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, cast

import pytest

from claims.linking.ingest import APPEARANCES_PER_CLAIM, Linker, first_appearances, year_of
from claims.models import Appearance, Claim
from sources.ingest import parse_text
from sources.services import ingest_document


def year(sentence: str, figure: str) -> int | None:
    start = sentence.index(figure)
    return year_of(sentence, start, start + len(figure))


def test_a_figure_compared_with_an_older_event_keeps_its_own_date() -> None:
    leak = (
        "The well is leaking 40,000 barrels a day — almost six times the flow of a blowout off "
        "the northern cape in 1996."
    )
    assert year(leak, "40,000 barrels") is None
    short = "The party's tally fell almost 15 seats short of its haul in 2014."
    assert year(short, "almost 15 seats") is None
    double = "Organisers said the crowd was more than double that of the rally of 2004."
    assert year(double, "more than double") is None
    turnout = "Turnout reached 69%, higher than the 66% recorded in 2014."
    assert year(turnout, "69%") is None
    assert year(turnout, "66%") == 2014


def test_a_period_start_dates_no_figure() -> None:
    since = (
        "The bank cut its outlook by the widest margin since it began publishing one in 1998, "
        "lowering growth from 2.4% to 0.9%."
    )
    assert year(since, "2.4%") is None
    assert year(since, "0.9%") is None
    worst = "Growth was the weakest since the 3.1 percent of 1991."
    assert year(worst, "3.1 percent") == 1991  # the year is the number's


def test_a_year_before_a_figure_dates_it_unless_the_figure_is_said_to_be_of_now() -> None:
    old = "State media said that in 1971, a magnitude-7.4 quake killed at least 9,000 people."
    assert year(old, "7.4") == 1971
    assert year(old, "at least 9,000 people") == 1971
    now = "The chain, which opened its first shop back in 1985, now runs 312 shops."
    assert year(now, "312 shops") is None


@pytest.mark.django_db
def test_a_current_figure_beside_an_old_year_is_dated_by_its_report() -> None:
    text = (
        "The bank cut its outlook by the widest margin since it began publishing one in 1998, "
        "lowering growth from 2.4% to 0.9%."
    )
    ingest_document(parse_text(f"date 2016-08-04\n{text}\n", "outlook.txt"))
    claim = Claim.objects.get(value=Decimal("0.9"))
    assert claim.seen_on == datetime.date(2016, 8, 4)


@pytest.mark.django_db
def test_a_claim_with_many_appearances_loads_only_its_first_ones() -> None:
    text = "Velm recorded 4,812 visitors on its opening day."
    source = ingest_document(parse_text(f"date 2021-05-02\n{text}\n", "velm.txt")).source
    claim = Claim.objects.get(value=Decimal("4812"))
    first = claim.appearances.get()
    extra = APPEARANCES_PER_CLAIM + 8
    Appearance.objects.bulk_create(
        Appearance(
            claim=claim,
            source=source,
            wording=first.wording,
            start=first.start + shift,
            end=first.end + shift,
            prefix=f"repeat {shift}",
        )
        for shift in range(1, extra)
    )
    assert claim.appearances.count() == extra
    assert first_appearances({claim.pk}).count() == APPEARANCES_PER_CLAIM
    linker = Linker(source, {})
    item = cast(Any, SimpleNamespace(known=[claim]))
    linker._load_near([item])
    assert len(linker._said[claim.pk]) == APPEARANCES_PER_CLAIM
    assert linker._near[claim.pk][0] == first.prefix  # the first appearance's words
