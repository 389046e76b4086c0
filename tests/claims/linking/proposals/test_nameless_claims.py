"""Evidence proposals (issue 9), prop17: with no date to place two figures, a claim sentence
that names nothing ("with a depth of 12 km") and recalls no other time is of its article's own
event; when the leads of both articles write one name ("Welford"), the two figures are
accounts of that event. Sentences written for these tests, of fictional agencies and places."""

from __future__ import annotations

import pytest

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


def test_a_claim_sentence_naming_nothing_is_of_the_leads_event() -> None:
    ingest(
        "Strong quake hits Welford\n\n"
        "Houses fell across the hill towns of Welford on a quiet morning. The quake had a "
        "magnitude of 6.5, officials said.",
        "herald.txt",
    )
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Rescue teams reached Welford by evening. The Harlow Geological Survey reported the "
        "quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    found = disputes("6.1")
    assert found and "6.5" in found[0][0], found


@pytest.mark.parametrize(
    "recalled",
    [
        "A quake last week had a magnitude of 6.5, officials said.",
        "A quake in 1987 had a magnitude of 6.5, officials said.",
        "A quake two decades ago had a magnitude of 6.5, officials said.",
    ],
)
def test_a_claim_sentence_recalling_another_time_stays_untied(recalled: str) -> None:
    ingest(
        "Strong quake hits Welford\n\n"
        f"Houses fell across the hill towns of Welford on a quiet morning. {recalled}",
        "herald.txt",
    )
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Rescue teams reached Welford by evening. The Harlow Geological Survey reported the "
        "quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    assert not disputes("6.1")


def test_a_name_the_leads_merely_share_does_not_tie_a_nameless_claim() -> None:
    # Two quakes; both leads name one relief agency, but this article's headline names its
    # own town only.
    ingest(
        "Strong quake hits Welford\n\n"
        "Crews of the Harlow Relief Corps reached the hill towns by evening. The quake had a "
        "magnitude of 6.5, officials said.",
        "herald.txt",
    )
    ingest(
        "Quake shakes Dunmore\n\n"
        "Crews of the Harlow Relief Corps reached Dunmore by evening. The Tarn Geological "
        "Survey reported the quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    assert not disputes("6.1")
