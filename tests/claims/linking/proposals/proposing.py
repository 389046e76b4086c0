"""Helpers for the proposal tests: ingest a text of one's own under a file name, and read back
the proposals of a stance whose excerpt gives a number."""

from __future__ import annotations

from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, name: str):
    return ingest_document(parse_text(f"{text}\n", name)).source


def proposals(stance: str, number: str) -> list[tuple[str, str]]:
    """(claim statement, excerpt) of each proposal of `stance` whose excerpt gives `number`."""
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance=stance).select_related("claim")
        if number in p.excerpt
    ]


def stances_and_reasons() -> list[tuple[str, str]]:
    """(stance, reason) of every proposal made."""
    return [(p.stance, p.reason) for p in EvidenceProposal.objects.all()]
