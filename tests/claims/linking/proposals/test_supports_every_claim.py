"""Evidence proposals (issue 9), prop20: a figure that confirms several stored claims supports
each of them (a company's own figure backs every leak that gave it), while a dispute still
goes to the one nearest rival. Sentences written for these tests, of fictional companies."""

from __future__ import annotations

import pytest

from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str, name: str):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def supported() -> set[str]:
    return {
        p.claim.statement
        for p in EvidenceProposal.objects.filter(stance="supports").select_related("claim")
    }


@pytest.mark.django_db
def test_a_company_figure_supports_every_leak_that_gave_it() -> None:
    ingest(
        "Northwind Energy raised $14.5 billion in its share sale on Thursday, two sources told "
        "the Tarnland News Agency.",
        "2031-03-06",
        "agency.txt",
    )
    ingest(
        "Northwind Energy raised $14.5 billion from the sale, according to three people "
        "familiar with the matter.",
        "2031-03-06",
        "herald.txt",
    )
    ingest(
        "Northwind Energy said it raised $14.5 billion in its share sale.",
        "2031-03-07",
        "gazette.txt",
    )
    found = supported()
    assert any("two sources" in s for s in found), found
    assert any("three people" in s for s in found), found
