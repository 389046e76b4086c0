"""Evidence proposals (issue 9), prop16: with no date to place two figures, a proper name the
claim's own sentence writes that the leads of both articles write too ("Welford") makes them
accounts of one event, as it does for merging. Sentences written for these tests, of fictional
agencies and places."""

from __future__ import annotations

import pytest

from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db


def ingest(text: str, name: str):
    return ingest_document(parse_text(f"{text}\n", name)).source


def proposals(stance: str) -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance=stance).select_related("claim")
    ]


def test_a_name_both_leads_and_the_claim_write_ties_undated_figures_to_one_event() -> None:
    ingest(
        "Strong quake hits Welford\n\n"
        "The Tarnland Seismic Office said the quake that hit Welford had a magnitude of 6.5. "
        "Rescue teams reached the valley by evening.",
        "herald.txt",
    )
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Houses fell across the hill towns of Welford after the tremor. The Harlow Geological "
        "Survey reported the quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    found = [p for p in proposals("disputes") if "6.1" in p[1]]
    assert found and "6.5" in found[0][0], proposals("disputes")


def test_a_claim_whose_sentence_names_no_lead_name_stays_untied() -> None:
    ingest(
        "Strong quake hits Welford\n\n"
        "Rescue teams reached Welford by evening. The tremor recalled the one of long ago, "
        "which had a magnitude of 7.2.",
        "herald.txt",
    )
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Houses fell across the hill towns of Welford after the tremor. The Harlow Geological "
        "Survey reported the quake at a magnitude of 6.1 and said the shaking lasted a minute.",
        "gazette.txt",
    )
    assert not [p for p in proposals("disputes") if "6.1" in p[1]], proposals("disputes")
