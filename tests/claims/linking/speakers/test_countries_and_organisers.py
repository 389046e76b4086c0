"""Speakers and claimants of the stop-20 extraction round: a country written before a body or
left out names one body; "organizers" are the body the text says organised the event; a
profession in the plural ("Scientists") names nobody in particular; a proper name in quotation
marks after its owner's possessive speaks; a focus word ("alone") does not hide the subject;
a cue after "but" speaks for its own clause only. All sentences are invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.linking.speakers import DocumentNames, resolve, without_country
from claims.models import Claim, Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


def claimants(text: str) -> list[str | None]:
    return [q.claimant for q in extract(text).quantities]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("US Coast Guard", "Coast Guard"),
        ("U.S. Coast Guard", "Coast Guard"),
        ("Norwegian Lifeboat Service", "Lifeboat Service"),
        ("French Interior Ministry", None),  # every country has one
        ("US Army", None),  # a generic word alone is no name
        ("Coast Guard", None),
        ("British Airways", None),
    ],
)
def test_a_body_without_the_country_written_before_it(name: str, expected: str | None) -> None:
    assert without_country(name) == expected


@pytest.mark.django_db
def test_a_body_named_with_and_without_its_country_is_one_speaker_in_either_order() -> None:
    ingest("The Coast Guard said 4,000 barrels a day were leaking.")
    ingest("The U.S. Coast Guard said 4,000 barrels a day were leaking.", "2021-07-15")
    assert Speaker.objects.filter(name__icontains="Coast Guard").count() == 1
    ingest("The U.S. Lifeboat Service said 12 boats were out.", "2021-07-16")
    ingest("The Lifeboat Service said 12 boats were out.", "2021-07-17")
    assert Speaker.objects.filter(name__icontains="Lifeboat Service").count() == 1


@pytest.mark.django_db
def test_two_countries_bodies_of_one_name_leave_the_bare_name_to_neither() -> None:
    ingest("The U.S. Coast Guard said 40 ships were stranded.")
    ingest("The Norwegian Coast Guard said 12 ships were stranded.", "2021-07-15")
    ingest("The Coast Guard said 30 ships were stranded.", "2021-07-16")
    assert Speaker.objects.filter(name__icontains="Coast Guard").count() == 3


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Liberty Front, the group that organised the march, said 40,000 came. "
        "Organisers said the crowd was calm.",
        "The vigil was organized on May 2 by the Harbour Liberty Front. The march organizers "
        "said 40,000 came.",
        "The Harbour Liberty Front, which organized the rally, spoke. Organizers said so.",
    ],
)
def test_organisers_are_the_body_the_text_says_organised(text: str) -> None:
    names = DocumentNames(text)
    for name in ("Organizers", "organisers", "march organizers", "the organiser"):
        assert names.full(name, "organisation") == "Harbour Liberty Front"


def test_organisers_stay_unnamed_when_the_text_names_no_organiser_or_two() -> None:
    assert DocumentNames("Organizers said 40,000 came.").full("Organizers") == "Organizers"
    two = (
        "The Vesk Union, which organised the march, spoke. The Dorn Alliance, which organised "
        "the vigil, spoke. Organisers said 40,000 came."
    )
    assert DocumentNames(two).full("Organisers", "organisation") == "Organisers"


@pytest.mark.django_db
def test_organisers_credit_their_figure_to_the_body_the_text_names() -> None:
    ingest(
        "Harbour Liberty Front, the group that organised the march, said 40,000 people took "
        "part. Organisers said more than 35,000 walked the whole route."
    )
    names = {c.claimant.name if c.claimant else None for c in Claim.objects.all()}
    assert names == {"Harbour Liberty Front"}
    assert not Speaker.objects.filter(name__iexact="organisers").exists()


@pytest.mark.parametrize("name", ["Scientists", "Researchers", "Experts", "Witnesses"])
def test_a_profession_in_the_plural_names_nobody_in_particular(name: str) -> None:
    assert resolve(name) is None


def test_a_name_in_quotation_marks_after_its_owners_possessive_is_the_claimant() -> None:
    text = "The Flood Office's “Gauge Review Panel” announced that 2,000 homes were flooded."
    assert claimants(text) == ["Gauge Review Panel"]


def test_a_focus_word_between_subject_and_verb_keeps_the_subject() -> None:
    text = "By noon the Vesk Transit Authority alone had reported some 91,000 riders."
    assert claimants(text) == ["Vesk Transit Authority"]


def test_an_adjective_before_estimates_is_no_speaker() -> None:
    text = "Original estimates were lower. The Vesk Transit Authority reported 91,000 riders."
    extraction = extract(text)
    assert [q.claimant for q in extraction.quantities] == ["Vesk Transit Authority"]
    assert "Original" not in {s.name for s in extraction.speakers}


def test_a_cue_after_but_speaks_for_its_own_clause_only() -> None:
    text = (
        "Early guesses were in the 20,000 range, but by noon the Vesk Transit Authority had "
        "reported 91,000 riders."
    )
    assert claimants(text) == [None, "Vesk Transit Authority"]
