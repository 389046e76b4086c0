"""ext10 (issue 9): one Speaker row per real speaker across the usual forms of a name, and the
claimant of a sentence that closes on its attribution. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.linking.speakers import given_name_forms, organisation_forms, resolve
from claims.models import Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


def claimants(text: str) -> list[str | None]:
    return [q.claimant for q in extract(text).quantities]


def test_a_given_name_has_its_usual_short_and_long_forms() -> None:
    assert given_name_forms("Bob Tarrell") == ["Robert Tarrell", "Rob Tarrell", "Bobby Tarrell"]
    assert given_name_forms("Joseph Quarlin") == ["Joe Quarlin"]
    assert given_name_forms("Quarlin") == []
    assert given_name_forms("Zeb Quarlin") == []


def test_a_police_force_is_named_with_or_without_department_metro_and_its_city() -> None:
    forms = organisation_forms("Portland Metropolitan Police Department")
    assert "Portland Metropolitan Police" in forms
    assert "Metro Police" in forms
    assert organisation_forms("Fenwick Police Service") == ["Fenwick Police"]
    # a generic word left alone is no name; a body that is no police force has no such forms
    assert "Police Department" not in organisation_forms("Los Angeles Police Department")
    assert organisation_forms("Fenwick County Coroner's Office") == []


@pytest.mark.django_db
def test_a_person_with_a_familiar_given_name_is_one_speaker_in_either_order() -> None:
    ingest("Sheriff Joseph Quarlin said 14 people were hurt.")
    ingest("Sheriff Joe Quarlin said 14 people were hurt.", "2021-07-15")
    assert Speaker.objects.filter(name__endswith="Quarlin").count() == 1
    ingest("Mayor Bill Tesmond said 30 homes burned.", "2021-07-16")
    ingest("Mayor William Tesmond said 30 homes burned.", "2021-07-17")
    assert Speaker.objects.filter(name__endswith="Tesmond").count() == 1


@pytest.mark.django_db
def test_a_police_force_written_three_ways_is_one_speaker() -> None:
    ingest("The Portland Metropolitan Police Department said 12 people were arrested.")
    ingest("Portland Metropolitan Police said 12 people were arrested.", "2021-07-15")
    ingest("Metro Police said 12 people were arrested.", "2021-07-16")
    assert Speaker.objects.organisations().filter(name__icontains="Police").count() == 1


@pytest.mark.django_db
def test_two_cities_metro_police_leave_the_bare_name_to_neither() -> None:
    ingest("The Portland Metropolitan Police Department said 12 people were arrested.")
    ingest("The Denver Metropolitan Police Department said 9 people were arrested.", "2021-07-15")
    ingest("Metro Police said 30 people were arrested.", "2021-07-16")
    assert Speaker.objects.organisations().filter(name__icontains="Police").count() == 3


def test_a_closing_attribution_claims_a_figure_before_a_contrast() -> None:
    text = (
        "City officials have begun returning the belongings of 41 passengers, but it may take "
        "weeks before every family is reached, Harbour Master Ilse Vantorp said on Friday."
    )
    assert claimants(text) == ["Harbour Master Ilse Vantorp"]
    # a cue with its own object after the contrast still speaks for its own clause only
    text = "Early guesses were near 2,000, but the Vesk Transit Authority reported 9,100 riders."
    assert claimants(text) == [None, "Vesk Transit Authority"]


def test_a_city_police_department_is_a_speaker() -> None:
    found = resolve("Portland Police Department")
    assert found is not None and found.name == "Portland Police Department"
    assert resolve("Portland Department") is None  # a place and a stray word
