"""Evidence proposals (issue 9), prop19: a level something is to be brought to by a later year
("to cut its staff to 7,400 by 2031") is a target, no rival of the level it has now ("its 9,150
employees"): neither disputes the other. Sentences written for these tests, of fictional
companies."""

from __future__ import annotations

import pytest

from claims.linking.ingest import aimed_level
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db


def ingest(text: str, name: str):
    return ingest_document(parse_text(f"{text}\n", name)).source


def disputes() -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance="disputes").select_related("claim")
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The firm said it would reduce headcount to ", " employees by 2031."),
        ("Harlow Mills aims to cut its workforce to about ", " by the end of 2031."),
        ("The group plans to raise output to ", " tonnes a year by 2030."),
    ],
)
def test_a_level_to_be_reached_by_a_year_is_aimed_for(before: str, after: str) -> None:
    assert aimed_level(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Harlow Mills aims to cut ", " jobs by 2031."),  # the size of a cut
        ("The toll rose to ", " on Sunday."),  # an update of a count
        ("The firm employs ", " people."),
        ("The firm will cut its staff to ", " people."),  # no year to reach it by
    ],
)
def test_a_cut_an_update_or_a_level_now_is_not_aimed_for(before: str, after: str) -> None:
    assert not aimed_level(before, after)


def test_the_level_now_does_not_dispute_the_level_aimed_for() -> None:
    ingest(
        "Harlow Mills to shed staff\n\n"
        "Harlow Mills said on Monday it would reduce headcount to 7,400 employees by 2031, "
        "closing two of its plants in Tarnby.",
        "herald.txt",
    )
    ingest(
        "Harlow Mills cuts jobs\n\n"
        "Harlow Mills said on Monday it would close two plants in Tarnby. The company has a "
        "global workforce of 9,150 employees.",
        "gazette.txt",
    )
    assert not disputes()


def test_two_levels_aimed_for_still_dispute_each_other() -> None:
    ingest(
        "Harlow Mills to shed staff\n\n"
        "Harlow Mills said on Monday it would reduce headcount to 7,400 employees by 2031, "
        "closing two of its plants in Tarnby.",
        "herald.txt",
    )
    ingest(
        "Harlow Mills cuts jobs\n\n"
        "Harlow Mills said on Monday it would reduce headcount to 6,100 employees by 2031, "
        "closing two of its plants in Tarnby.",
        "gazette.txt",
    )
    found = disputes()
    assert found, found
