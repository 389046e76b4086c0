"""One estimate worded as a range, as the range's top alone, and as a precise amount rounded:
"between 12,000 and 30,000 barrels a day", "as much as 30,000 barrels a day"; "$71.35bn" and
"$71.4 billion". Sentences written for these tests (fictional places and firms)."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from claims.linking.match import Link, figure, judge
from claims.models import Claim
from claims.services import SAME_CLAIM_SCORE
from sources.ingest import parse_text
from sources.services import ingest_document

FLOW = "bbl per day:volume per day"
DAY = datetime.date(2031, 6, 14)


def flow(
    *,
    lower: str | None = None,
    upper: str | None = None,
    value: str | None = None,
    claimant: int | None = None,
    on: datetime.date | None = DAY,
    qualifier: str = "",
    upper_inclusive: bool = True,
    statement: str = "",
    wording: str = "",
    key: str = FLOW,
) -> Any:
    return figure(
        claimant=claimant,
        claimant_name="Tarnwick Survey" if claimant else "",
        measure_key=key,
        value=Decimal(value) if value else None,
        lower=Decimal(lower) if lower else None,
        upper=Decimal(upper) if upper else None,
        lower_inclusive=True,
        upper_inclusive=upper_inclusive,
        qualifier=qualifier,
        seen_on=on,
        statement=statement,
        wording=wording,
    )


def score(verdict: Link | str) -> float:
    assert isinstance(verdict, Link), verdict
    return verdict.score


RANGE = "The leak at the Orrin platform spills between 12,000 and 30,000 barrels of oil a day"


def test_one_range_with_and_without_its_claimant_is_one_claim() -> None:
    claimed = flow(lower="12000", upper="30000", claimant=7, statement=RANGE)
    bare = flow(
        lower="12000",
        upper="30000",
        on=DAY + datetime.timedelta(days=1),
        statement="Crews at sea watched 12,000 to 30,000 barrels escape each day",
    )
    assert score(judge(bare, claimed)) >= SAME_CLAIM_SCORE


def test_a_range_of_two_round_digits_is_no_stronger_than_one_number() -> None:
    one = flow(lower="10", upper="20", claimant=7, statement="Gauges read 10 to 20 a day")
    two = flow(lower="10", upper="20", statement="Some 10 to 20 a day, divers thought")
    assert score(judge(two, one)) < SAME_CLAIM_SCORE


def test_as_much_as_the_top_of_a_range_within_days_is_that_range() -> None:
    span = flow(lower="12000", upper="30000", statement=RANGE)
    cap = flow(
        upper="30000",
        qualifier="up_to",
        on=DAY + datetime.timedelta(days=1),
        statement="As much as 30,000 barrels a day may be pouring out",
        wording="as much as 30,000 barrels",
    )
    assert score(judge(cap, span)) >= SAME_CLAIM_SCORE
    assert score(judge(span, cap)) >= SAME_CLAIM_SCORE


def test_a_cap_is_no_range_top_when_undated_excluded_or_an_estimate() -> None:
    span = flow(lower="12000", upper="30000", statement=RANGE)
    undated = flow(upper="30000", qualifier="up_to", on=None, statement="up to 30,000 a day")
    assert judge(undated, span) == "numbers"
    below = flow(upper="30000", upper_inclusive=False, statement="fewer than 30,000 a day")
    assert judge(below, span) == "numbers"
    other_top = flow(upper="40000", qualifier="up_to", statement="up to 40,000 a day")
    assert judge(other_top, span) == "numbers"
    late = flow(
        upper="30000",
        qualifier="up_to",
        on=DAY + datetime.timedelta(days=6),
        statement="up to 30,000 a day",
    )
    assert judge(late, span) == "numbers"


REVENUE = "USD:"


def amount(value: str, *, statement: str, wording: str = "", lower: bool = False) -> Any:
    n = Decimal(value)
    return figure(
        claimant=None,
        measure_key=REVENUE,
        value=None if lower else n,
        lower=n,
        upper=None if lower else n,
        lower_inclusive=not lower,
        upper_inclusive=True,
        seen_on=DAY,
        statement=statement,
        wording=wording or statement,
    )


def test_a_precise_amount_and_its_rounding_are_one_claim() -> None:
    fine = amount("71350000000", statement="Brenmoor’s quarterly sales reached $71.35bn")
    rough = amount("71400000000", statement="sales came to $71.4 billion in the quarter")
    assert score(judge(rough, fine)) >= SAME_CLAIM_SCORE
    floor = amount("71000000000", lower=True, statement="more than $71 billion in sales")
    exact = amount("71600000000", statement="sales of $71.6 billion")
    assert score(judge(floor, exact)) >= SAME_CLAIM_SCORE


def test_two_forecasts_a_little_apart_stay_apart() -> None:
    fine = amount("71350000000", statement="a poll of brokers put sales at $71.35bn")
    rough = amount("71400000000", statement="Wall Street had forecast $71.4 billion")
    fine = replace(fine, foretold="expected")
    rough = replace(rough, foretold="expected")
    assert score(judge(rough, fine)) < SAME_CLAIM_SCORE


def ingest(text: str, name: str, day: int) -> None:
    document = replace(parse_text(text + "\n", name), published_on=datetime.date(2031, 6, day))
    ingest_document(document)


@pytest.mark.django_db
def test_a_rounded_amount_finds_the_precise_one_stored() -> None:
    ingest(
        "Brenmoor results\n\nBrenmoor reported quarterly revenue of $71.35bn on Tuesday, "
        "the firm's best quarter.",
        "brenmoor-one.txt",
        14,
    )
    ingest(
        "Brenmoor beats\n\nThe Brenmoor group took in $71.4 billion in revenue in the "
        "quarter, its best yet.",
        "brenmoor-two.txt",
        14,
    )
    stored = [c for c in Claim.objects.all() if c.value in (Decimal("71.35e9"), Decimal("71.4e9"))]
    assert len(stored) == 1, [(c.value, c.measure_key) for c in Claim.objects.all()]
