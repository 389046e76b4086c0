"""ext11 (issue 9): a company named with and without its country's adjective is one speaker.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.linking.speakers import without_demonym
from claims.models import Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


def test_a_one_word_name_after_a_country_adjective() -> None:
    assert without_demonym("Norwegian Fjordex") == "Fjordex"
    # a state's body, a generic or plural head, a country, a given name: no short form
    assert without_demonym("Norwegian Government") is None
    assert without_demonym("Norwegian Airlines") is None
    assert without_demonym("Saudi Arabia") is None
    assert without_demonym("Jordan Whitcombe") is None
    assert without_demonym("Norwegian Fjordex Group") is None


@pytest.mark.django_db
def test_a_company_with_and_without_its_country_is_one_speaker_in_either_order() -> None:
    ingest("Fjordex said it would sell 40 tankers.")
    ingest("Norwegian Fjordex said it would sell 40 tankers.", "2021-07-15")
    assert Speaker.objects.filter(name__endswith="Fjordex").count() == 1
    ingest("Danish Kelpmor said it hired 300 divers.", "2021-07-16")
    ingest("Kelpmor said it hired 300 divers.", "2021-07-17")
    assert Speaker.objects.filter(name__endswith="Kelpmor").count() == 1


@pytest.mark.django_db
def test_two_countries_companies_leave_the_bare_name_to_neither() -> None:
    ingest("Danish Kelpmor said it hired 300 divers.")
    ingest("Swedish Kelpmor said it hired 300 divers.", "2021-07-15")
    ingest("Kelpmor said it hired 300 divers.", "2021-07-16")
    assert Speaker.objects.filter(name="Kelpmor").count() == 1
