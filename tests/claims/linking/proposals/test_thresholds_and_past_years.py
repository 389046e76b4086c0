"""Evidence proposals (issue 9): a threshold is no rival, a past year's figure bears on no claim
that names no year, two figures one sentence tells apart are no rivals, and "confirmed" bears on
what it confirms. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from claims.linking.ingest import Linker
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str, name: str = "test.txt"):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def proposed() -> list[tuple[str, str, str]]:
    return [(p.stance, p.reason, p.excerpt) for p in EvidenceProposal.objects.all()]


@pytest.mark.django_db
def test_a_threshold_needed_is_no_rival_of_an_outcome() -> None:
    ingest("The Varn Electoral Commission said the Green Alliance won 84 seats.", "2031-06-02")
    ingest(
        "The Varn Herald said the Green Alliance won 84 seats, short of the 90 needed for a "
        "majority in the assembly.",
        "2031-06-03",
        "herald.txt",
    )
    assert proposed() == []


def test_a_figure_of_a_past_year_is_no_rival_of_a_claim_that_names_no_year() -> None:
    linker = Linker.__new__(Linker)
    linker.on = datetime.date(2031, 6, 3)
    # "52 in 2021" against "61 it held at dissolution": the past year's figure.
    assert linker._past_year_alone("2021", "", "It had held 61 seats at dissolution.")
    # ... but a rival when the claim's sentence is of that year ("the 2021 count").
    assert not linker._past_year_alone("2021", "", "The party won 61 seats in 2021.")
    # This year's figure, or two figures naming months or years, are judged as before.
    assert not linker._past_year_alone("2031", "", "It had held 61 seats at dissolution.")
    assert not linker._past_year_alone("", "", "It had held 61 seats at dissolution.")
    assert not linker._past_year_alone("2021", "2026", "It won 61 seats in 2026.")


@pytest.mark.django_db
def test_a_figure_is_no_rival_of_another_its_claims_sentence_tells_apart() -> None:
    ingest(
        "The Green Alliance won 84 seats on Sunday, having held 61 when the assembly was "
        "dissolved.",
        "2031-06-02",
    )
    ingest("The Green Alliance won 84 seats, the Varn Herald reported.", "2031-06-03", "h.txt")
    assert proposed() == []


@pytest.mark.django_db
def test_confirmed_bears_on_a_count_only_when_the_count_is_what_it_confirms() -> None:
    ingest("The Tarnby fire service said 12 people died in the blaze on Sunday.", "2031-06-02")
    ingest(
        "Officials said 12 people died in the blaze on Sunday. A list of the dead will follow "
        "on Monday, and relatives have confirmed the names. The fire service confirmed the "
        "suspect is a local man, who is dead.",
        "2031-06-03",
        "wire.txt",
    )
    assert [p for p in proposed() if "confirmed" in p[1]] == []
    ingest(
        "Officials said 12 people died in the blaze on Sunday. The coroner later confirmed "
        "the number of dead.",
        "2031-06-04",
        "later.txt",
    )
    assert [p[0] for p in proposed() if "confirmed" in p[1]] == ["supports"]


@pytest.mark.django_db
def test_two_changes_are_no_rivals_unless_both_name_what_they_are_measured_against() -> None:
    ingest(
        "The Harbour Party lost 15 seats on Sunday, the Varn Electoral Commission said.",
        "2031-06-02",
    )
    ingest(
        "The Harbour Party lost 20 seats on Sunday compared with the last election, the Varn "
        "Herald reported.",
        "2031-06-03",
        "h.txt",
    )
    assert proposed() == []


@pytest.mark.django_db
def test_an_election_nights_lead_is_no_rival_of_the_final_count() -> None:
    ingest(
        "Late on Sunday the Harbour Party was leading or elected in just 31 seats, the Varn "
        "Electoral Commission said.",
        "2031-06-02",
    )
    ingest(
        "The Harbour Party ended with 30 seats once every ballot was counted, the Varn Herald "
        "reported.",
        "2031-06-03",
        "h.txt",
    )
    assert proposed() == []
