"""Evidence proposals (issue 9), prop19: a figure said of an aftershock or a second quake ("a
second earthquake on Sunday, measuring magnitude 6.2") is of another event than the main shock,
and no rival of its magnitude. Sentences written for these tests, of fictional agencies and
places."""

from __future__ import annotations

import pytest

from claims.linking.ingest import another_shock
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db


def ingest(text: str, name: str):
    return ingest_document(parse_text(f"{text}\n", name)).source


def disputes(number: str) -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance="disputes").select_related("claim")
        if number in p.excerpt
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Crews dug on. A second earthquake on Sunday afternoon, measuring magnitude ", " struck."),
        ("Another strong quake, of magnitude ", ", hit the valley."),
        ("It was followed by a ", "-magnitude aftershock on Sunday."),
        ("Residents fled after an aftershock of magnitude ", " on Sunday."),
    ],
)
def test_a_figure_of_a_later_quake_is_of_another_shock(before: str, after: str) -> None:
    assert another_shock(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The quake had a magnitude of ", ", officials said."),
        # The number is of the quake the aftershocks follow.
        ("Aftershocks continued following a ", " magnitude quake on Saturday."),
        # The later quake is named in another sentence, not the number's.
        ("A second quake hit on Sunday. The main quake had a magnitude of ", " on Saturday."),
    ],
)
def test_a_figure_of_the_main_quake_is_not(before: str, after: str) -> None:
    assert not another_shock(before, after)


MAIN = (
    "Strong quake hits Welford\n\n"
    "Houses fell across the hill towns of Welford on a quiet morning. The quake had a "
    "magnitude of 6.5, officials said."
)


def test_a_second_quake_does_not_dispute_the_main_shock() -> None:
    ingest(MAIN, "herald.txt")
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Rescue teams reached Welford by evening. The Harlow Geological Survey reported a "
        "second quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    assert not disputes("6.1")


def test_a_rival_reading_of_the_main_shock_still_disputes_it() -> None:
    ingest(MAIN, "herald.txt")
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Rescue teams reached Welford by evening. The Harlow Geological Survey reported the "
        "quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    assert disputes("6.1")
