"""Evidence proposals (issue 9): a level set against its baseline gives the change another
source states; precise amounts named alike are rival accounts of one deal, "about" or not; a
rounding of another claim is no rival; a headline whose body makes its number a plan is no
rival either; a change qualifies the level said before it. Sentences written for these tests,
of fictional parties, firms and places."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from claims.linking.match import figure, judge_bearing
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document
from tests.factories import stated_figure

DAY = datetime.date(2031, 6, 2)


def ingest(text: str, day: str, name: str = "test.txt"):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def proposals(stance: str) -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance=stance).select_related("claim")
    ]


def amount(value: str, statement: str, **fields: Any):
    return stated_figure(value, statement, "USD:fee", **fields)


def test_about_does_not_widen_a_figure_of_three_digits() -> None:
    said = amount("21200000000", "Northwind will buy Harlow Foods for $21.2 billion", claimant=1)
    about = amount(
        "21400000000", "a deal valued at about $21.4 billion", qualifier="about", seen_on=DAY
    )
    judged = judge_bearing(about, replace_day(said), story=True)
    assert isinstance(judged, tuple) and judged[0] == "disputes"
    # One unit of the last digit apart is the same figure, rounded.
    near = amount(
        "21300000000", "a deal valued at about $21.3 billion", qualifier="about", seen_on=DAY
    )
    assert not isinstance(judge_bearing(near, replace_day(said), story=True), tuple)


def replace_day(f):
    from dataclasses import replace

    return replace(f, seen_on=DAY)


def test_precise_amounts_named_alike_are_one_deal_whatever_date_is_missing() -> None:
    old = amount("21700000000", "Northwind is buying Harlow Foods in $21.7B deal", seen_on=DAY)
    new = amount(
        "21500000000",
        "it will buy Harlow Foods for $21.5 billion",
        claimant=1,
        names=frozenset({"harlow", "foods", "varn"}),
    )
    judged = judge_bearing(new, old)
    assert isinstance(judged, tuple) and judged[0] == "disputes"
    # Not for shares: 41.2% and 41.4% of one candidate may be two elections apart.
    share: dict[str, Any] = dict(
        measure_key="percent:votes",
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
    )
    old_share = figure(
        claimant=None,
        value=Decimal("41.2"),
        statement="Voters gave Ann Vale 41.2%",
        seen_on=DAY,
        **share,
    )
    new_share = figure(
        claimant=2,
        claimant_name="Varn Interior Ministry",
        value=Decimal("41.45"),
        statement="while Ann Vale received 41.45%",
        names=frozenset({"ann", "vale"}),
        **share,
    )
    assert (
        judge_bearing(new_share, old_share) == "a date unknown, and nothing ties them to one event"
    )


@pytest.mark.django_db
def test_a_level_against_its_baseline_supports_the_change_stated_elsewhere() -> None:
    ingest("The Greens lost 12 seats in the vote. Turnout was 71.3%.", "2031-06-02")
    ingest(
        "Turnout was 71.3%. The Greens won 40 seats, down from 52 in 2026.",
        "2031-06-03",
        "herald.txt",
    )
    supported = proposals("supports")
    assert any("lost 12 seats" in claim and "down from 52" in span for claim, span in supported)


@pytest.mark.django_db
def test_another_partys_level_does_not_support_the_change() -> None:
    ingest("The Greens lost 12 seats in the vote. Turnout was 71.3%.", "2031-06-02")
    ingest(
        "Turnout was 71.3%. The Reds won 40 seats, down from 52 in 2026.",
        "2031-06-03",
        "herald.txt",
    )
    assert proposals("supports") == []


@pytest.mark.django_db
def test_a_rounding_of_another_claim_is_no_rival() -> None:
    ingest(
        "Northwind said it agreed to buy Harlow Foods for $21.7 billion, including debt. Excluding "
        "debt, the deal is valued at $21.38 billion.",
        "2031-06-02",
    )
    ingest(
        "Grocery shares fell as Northwind's $21.4 billion deal for Harlow Foods rattled rivals.",
        "2031-06-03",
        "markets.txt",
    )
    assert proposals("disputes") == []


@pytest.mark.django_db
def test_a_headline_is_no_rival_when_its_body_makes_the_number_a_plan() -> None:
    ingest("Northwind said it agreed to buy Harlow Foods for $21.5 billion.", "2031-06-02")
    ingest(
        "Search\n    Northwind to buy grocer Harlow Foods for $21.7 billion\n\n    Northwind "
        "said it would buy Harlow Foods in a deal valued at about $21.7 billion.",
        "2031-06-03",
        "wire.txt",
    )
    assert proposals("disputes") == []


@pytest.mark.django_db
def test_a_change_qualifies_the_level_before_it_not_one_named_after_it() -> None:
    ingest("Harbour officials said 1,100 passengers crossed to Tarnby on Sunday.", "2031-06-02")
    ingest(
        "On Sunday 400 more passengers than usual crossed to Tarnby, well short of the 1,500 "
        "passengers the ferries can carry.",
        "2031-06-03",
        "harbour.txt",
    )
    assert proposals("supports") == []
