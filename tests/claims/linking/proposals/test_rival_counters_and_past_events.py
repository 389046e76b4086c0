"""Evidence proposals (issue 9): rival counters of one crowd, a past event's count told in a
"when" clause, and sums checked only against claims of their own story. Sentences written for
these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from claims.linking.match import bearing, figure
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str, name: str = "test.txt"):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def crowd(claimant: int | None, name: str, value: int, day: int = 2, key: str = "count:crowd"):
    return figure(
        claimant=claimant,
        claimant_name=name,
        measure_key=key,
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 6, day),
    )


def test_two_named_counters_of_one_crowd_dispute_each_other_however_far_apart() -> None:
    organisers = crowd(4, "March Committee", 900_000)
    police = crowd(7, "Varn Police", 210_000, day=3)  # reported the next day
    stance, reason = bearing(police, organisers) or ("", "")
    assert stance == "disputes" and "210,000 against 900,000" in reason
    # With one of them unclaimed, the smaller count may be of a part (one street's marchers).
    assert bearing(crowd(None, "", 210_000), organisers) is None
    # A count of another measure under half another is still of a part.
    deaths = crowd(4, "Health Office", 900, key="count:deaths_x")
    assert bearing(crowd(7, "Mayor", 210, key="count:deaths_x"), deaths) is None
    # A week later it is another march.
    assert bearing(crowd(7, "Varn Police", 210_000, day=9), organisers) is None


@pytest.mark.django_db
def test_a_count_of_a_past_years_event_told_in_a_when_clause_bears_on_no_claim() -> None:
    ingest("Varn Police said 300,000 people joined the march in Varn on Sunday.", "2031-06-02")
    ingest(
        "Varn Police said 300,000 people joined the march in Varn on Sunday. It was the "
        "largest march since 2011, when 150,000 people marched, the Varn Herald said.",
        "2031-06-02",
        "herald.txt",
    )
    assert not EvidenceProposal.objects.exists()


@pytest.mark.django_db
def test_a_difference_that_only_equals_another_storys_count_supports_nothing() -> None:
    ingest("The Varn health office counted 1,305 deaths from drug overdoses.", "2031-06-02")
    ingest(
        "In the Tarnby valley the flood killed 1,505 people, 200 more than in the hills.",
        "2031-06-02",
        "flood.txt",
    )
    assert not EvidenceProposal.objects.exists()
