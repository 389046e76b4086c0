"""Evidence proposals (issue 9), prop16: with no date to place two figures, a proper name the
claim's own sentence writes that the leads of both articles write too ("Welford") makes them
accounts of one event, as it does for merging. Sentences written for these tests, of fictional
agencies and places."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from claims.linking.ingest import Linker
from claims.linking.match import figure
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
    # The claim recalls an earlier quake, and its sentence names nothing the leads share.
    ingest(
        "Strong quake hits Welford\n\n"
        "Rescue teams reached Welford by evening. It is the deadliest since a magnitude-7.2 "
        "earthquake struck the coast a generation ago.",
        "herald.txt",
    )
    ingest(
        "Hundreds hurt as quake shakes Welford\n\n"
        "Houses fell across the hill towns of Welford after the tremor. A magnitude-6.1 "
        "earthquake struck the coast of Welford, the Harlow Geological Survey said.",
        "gazette.txt",
    )
    assert not [p for p in proposals("disputes") if "6.1" in p[1]], proposals("disputes")


def amount(measure_key: str, value: str, statement: str):
    number = Decimal(value)
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=number,
        lower=number,
        upper=number,
        lower_inclusive=True,
        upper_inclusive=True,
        statement=statement,
    )


def test_shares_are_not_tied_by_a_name_both_leads_write() -> None:
    # A lead names the winner and the loser alike: whose share a figure is it does not say.
    names = frozenset({"ferrand", "welford"})
    linker = SimpleNamespace(lead=names, _lead_names={7: names})
    said = "Anna Ferrand won the Welford race with 58.3% of the vote and 31 wards."
    claim = SimpleNamespace(pk=7, statement=said)
    tie = Linker._leads_tie
    assert not tie(linker, claim, amount("percent:vote_share", "58.3", said))  # type: ignore[arg-type]
    assert tie(linker, claim, amount("count:ward", "31", said))  # type: ignore[arg-type]
