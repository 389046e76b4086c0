"""Figures with no date to place them: a round or loose number of one measure joins a claim of
another article only when something ties the two articles to one event (a story, a proper
name both write), never on number and measure alone. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from claims.linking.ingest import _of_another_event
from claims.linking.match import Link, figure, judge, same_claim
from claims.models import Claim
from sources.ingest import parse_text
from sources.services import ingest_document


def undated(text: str, name: str) -> None:
    ingest_document(parse_text(text + "\n", name))


def quake(value: str, statement: str, seen_on: datetime.date | None = None, **fields: Any) -> Any:
    base: dict[str, Any] = dict(
        claimant=None,
        measure_key="magnitude:magnitude",
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=seen_on,
        statement=statement,
    )
    base.update(fields)
    return figure(**base)


@pytest.mark.django_db
def test_two_unrelated_undated_quakes_of_one_magnitude_stay_two_claims() -> None:
    undated(
        "Villagers near Corvale slept outdoors. A magnitude 6.8 earthquake struck before dawn "
        "and flattened farm buildings across the valley.",
        "corvale.txt",
    )
    undated(
        "Fishermen in Pellmoor Bay slept outdoors. A magnitude 6.8 earthquake struck before "
        "dawn and flattened farm buildings across the valley.",
        "pellmoor.txt",
    )
    assert Claim.objects.filter(value=Decimal("6.8")).count() == 2


@pytest.mark.django_db
def test_two_undated_articles_whose_leads_name_one_place_share_its_round_figure() -> None:
    undated(
        "Rescuers in Corvale dug through rubble all night. The earthquake had a magnitude "
        "of 6.8, the observatory said.",
        "first.txt",
    )
    undated(
        "Families in Corvale slept outdoors again on the second night. Seismologists now "
        "rate the quake at magnitude 6.8.",
        "second.txt",
    )
    claim = Claim.objects.get(value=Decimal("6.8"))
    assert claim.appearances.count() == 2


def test_a_vague_amount_with_a_date_unknown_needs_a_tie_to_one_event() -> None:
    said = "Thousands of families lost their homes and sleep in tents"
    day = datetime.date(2021, 3, 2)
    stored = quake("1000", said, day, measure_key="count:homeless", vague=True)
    new = quake("1000", said, None, measure_key="count:homeless", vague=True)
    untied = judge(new, stored)
    assert isinstance(untied, Link) and untied.score < 0.85  # a suggestion at most
    assert "a date unknown, and nothing ties them to one event" in untied.because()
    tied = same_claim(new, stored, tie="corvale")
    assert tied is not None
    assert "a date is unknown; both name Corvale" in tied.because()


def test_an_equal_precise_figure_needs_no_tie_when_both_dates_are_unknown() -> None:
    first = quake("1482", "The flood destroyed 1,482 homes", measure_key="count:homes")
    second = quake("1482", "Some 1,482 homes were destroyed", measure_key="count:homes")
    precise_link = same_claim(second, first)
    assert precise_link is not None
    assert "nothing ties them" not in precise_link.because()
    round_first = quake("7.1", "A magnitude 7.1 tremor shook the coast")
    round_second = quake("7.1", "A magnitude 7.1 tremor shook the coast")
    untied = same_claim(round_second, round_first)
    assert untied is not None and untied.score < 0.85
    tied = same_claim(round_second, round_first, tie="corvale")
    assert tied is not None and tied.score >= 0.85


@pytest.mark.django_db
def test_two_round_figures_that_agree_do_not_make_two_unrelated_quakes_one_story() -> None:
    undated(
        "Villagers near Corvale slept outdoors. A magnitude 6.8 earthquake struck before dawn. "
        "At least 12 people died in the collapse of a school.",
        "corvale.txt",
    )
    undated(
        "Fishermen in Pellmoor Bay slept outdoors. A magnitude 6.8 earthquake struck before "
        "dawn. At least 12 people died when a bridge fell.",
        "pellmoor.txt",
    )
    assert Claim.objects.filter(value=Decimal("6.8")).count() == 2


def test_a_rival_in_a_place_the_lead_never_names_is_another_event() -> None:
    own = quake("7.8", "A magnitude 7.8 quake hit the coast", datetime.date(2021, 3, 2))
    abroad = quake("7.0", "A magnitude 7.0 quake followed in Varnia", datetime.date(2021, 3, 2))
    earlier = quake("7.2", "The 1987 quake measured 7.2", datetime.date(1987, 1, 1))
    assert _of_another_event(abroad, own, frozenset({"corvale"}))
    assert not _of_another_event(abroad, own, frozenset({"varnia", "corvale"}))
    assert _of_another_event(earlier, own, frozenset({"corvale"}))
