"""Figures that look alike but count other things: two parties' changes of one size, and a
running count's old number given again days later, once a higher update had replaced it.
Sentences written for these tests (fictional places and parties)."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from claims.linking.match import Link, figure, judge, stem, subject_of_change
from claims.models import Claim
from sources.ingest import parse_text
from sources.services import ingest_document


def change(value: str, before: str, statement: str) -> Any:
    return figure(
        claimant=None,
        measure_key="count:seats_changed",
        value=Decimal(value),
        lower=Decimal(value),
        upper=Decimal(value),
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 5, 12),
        statement=statement,
        before=before,
        wording=f"{value} seats",
    )


def test_the_subject_of_a_change_is_the_name_right_before_its_verb() -> None:
    assert subject_of_change("In the night, Mara Vell’s Harbour party lost ") == "harbour"
    assert subject_of_change("the count saw the Greens lose ") == "green"
    assert subject_of_change("the Moorland League, down ") == f"ml|moorland {stem('league')}"
    assert subject_of_change("He lost ") == ""
    assert subject_of_change("the toll rose to ") == ""


def test_two_parties_losing_seats_of_one_number_are_two_figures() -> None:
    harbour = change(
        "14", "Mara Vell’s Harbour party lost ", "Mara Vell’s Harbour party lost 14 seats"
    )
    greens = change(
        "14", "the count saw the Greens lose ", "the count saw the Greens lose 14 seats"
    )
    assert judge(harbour, greens) == "scope"
    again = change("14", "the Harbour party lost ", "In Tarnwick the Harbour party lost 14 seats")
    assert isinstance(judge(again, harbour), Link)


def test_a_party_named_by_its_initials_is_the_same_subject() -> None:
    spelt = change(
        "9", "the left-leaning Upland Reform party lost ", "the Upland Reform party lost 9 seats"
    )
    short = change("9", "while the URP lost ", "while the URP lost 9 seats to end on 30")
    assert isinstance(judge(short, spelt), Link)


def dated(text: str, name: str, day: int) -> None:
    document = replace(parse_text(text + "\n", name), published_on=datetime.date(2031, 3, day))
    ingest_document(document)


MONDAY = (
    "Fire at the Tarnwick depot\n\nAt least 31 people were killed when fire swept through the "
    "Tarnwick depot, officials said on Monday."
)
LATER = (
    "Tarnwick depot toll rises\n\nAt least 33 people were killed when fire swept through the "
    "Tarnwick depot, officials said late on Monday."
)
THURSDAY = (
    "Tarnwick remains returned\n\nThe remains of 31 people killed in the Tarnwick depot fire are "
    "being returned to their families, the county coroner Ada Brisk said on Thursday."
)


def claims_of_31() -> int:
    """The claims stating 31 dead, exactly or as a floor ("at least 31")."""
    exact = Claim.objects.filter(value=Decimal(31)).count()
    return exact + Claim.objects.filter(lower=Decimal(31), value__isnull=True).count()


@pytest.mark.django_db
def test_a_running_count_given_again_after_a_higher_update_is_another_count() -> None:
    dated(MONDAY, "monday.txt", 3)
    dated(LATER, "later.txt", 3)
    dated(THURSDAY, "thursday.txt", 6)
    assert claims_of_31() == 2


@pytest.mark.django_db
def test_a_running_count_given_again_with_no_update_between_is_the_same_claim() -> None:
    dated(MONDAY, "monday.txt", 3)
    dated(THURSDAY, "thursday.txt", 6)
    assert claims_of_31() == 1
