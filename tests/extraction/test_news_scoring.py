"""The news gold's scoring (benchmarks/extraction.py --news), on a page written here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from claims.extraction import QuantityCandidate
from tests.extraction.news_gold import NewsDoc, NewsQuantity
from tests.extraction.news_scoring import (
    claimant_right,
    match,
    score_news,
    unit_key,
    value_right,
)

TEXT = "The index fell 20 points, or 2 percent, to 980. Crowds of 4,000 came. Call 555-0100."


def gold(start: int, end: int, **fields: Any) -> NewsQuantity:
    base: dict[str, Any] = dict.fromkeys(
        ["value", "lower", "upper", "lower_inclusive", "upper_inclusive", "unit", "change"]
    )
    base.update(kind="count", qualifier=None, vague=False, total=None, per=None, claimant=None)
    base.update(fields)
    return NewsQuantity(start=start, end=end, **base)


def got(start: int, end: int, **fields) -> QuantityCandidate:
    return QuantityCandidate(
        text=TEXT[start:end], start=start, end=end, prefix="", suffix="", confidence=0.9, **fields
    )


def span(wording: str) -> tuple[int, int]:
    start = TEXT.index(wording)
    return start, start + len(wording)


DOC = NewsDoc(
    name="page",
    url="https://example.org/page",
    subject="economy",
    published_on=None,
    text=TEXT,
    quantities=[
        gold(*span("20 points"), value=20, unit="point", kind="other", change="down"),
        gold(*span("2 percent"), value=2, unit="percent", kind="percent", change="down"),
        gold(*span("980"), value=980, unit="point", kind="other"),
        gold(*span("4,000"), value=4000, unit=None),
    ],
    not_quantities=[(*span("555-0100"), "name")],
)


def test_a_perfect_extraction_scores_one_everywhere():
    extracted = [
        got(*span("20 points"), value=Decimal(20), unit="points", change="down", difference=True),
        got(*span("2 percent"), value=Decimal(2), unit="percent", change="down", difference=True),
        got(*span("980"), value=Decimal(980), unit="point", change="down", difference=False),
        got(*span("4,000"), value=Decimal(4000)),
    ]
    result = score_news([DOC], {"page": extracted})
    for s in (result.span, result.value, result.value_unit, result.value_change):
        assert (s.true_positive, s.false_positive, s.false_negative) == (4, 0, 0)
    assert result.misses == []


def test_a_wrong_unit_costs_value_unit_only_and_a_spurious_item_is_named_by_the_gold():
    extracted = [
        got(*span("20 points"), value=Decimal(20), unit="percent", change="down", difference=True),
        got(*span("2 percent"), value=Decimal(2), unit="percent", change="down", difference=True),
        got(*span("555-0100"), value=Decimal(555)),
    ]
    result = score_news([DOC], {"page": extracted})
    assert (result.value.true_positive, result.value.false_positive) == (2, 1)
    assert (result.value_unit.true_positive, result.value_unit.false_positive) == (1, 2)
    assert result.value.false_negative == 2
    assert dict(result.categories()) == {
        "wrong unit: other": 1,
        "missed: other": 1,
        "missed: count": 1,
        "spurious: name": 1,
    }


def test_a_level_beside_a_change_verb_is_right_when_it_is_not_the_difference():
    level = got(*span("980"), value=Decimal(980), unit="point", change="down", difference=True)
    result = score_news([DOC], {"page": [level]})
    assert result.value_change.true_positive == 0
    assert result.value.true_positive == 1


@pytest.mark.parametrize(
    ("a", "kind_a", "b", "kind_b"),
    [
        ("kilometres", "measure", "km", "measure"),
        ("%", "percent", "percent", "percent"),
        ("Afghan security personnel", "count", "personnel", "count"),
        ("districts", "count", "district", "count"),
        ("men", "count", "man", "count"),
        ("USD per barrel", "money", "USD per barrels", "money"),
        ("dollars", "money", "USD", "money"),
        ("", "count", None, "count"),
    ],
)
def test_units_agree_after_normalisation(a, kind_a, b, kind_b):
    assert unit_key(a, kind_a) == unit_key(b, kind_b)


@pytest.mark.parametrize(
    ("a", "b"), [("km", "mi"), ("percent", "percentage point"), ("USD", "EUR"), ("", "person")]
)
def test_different_units_stay_different(a, b):
    assert unit_key(a, "measure") != unit_key(b, "measure")


def test_values_agree_by_point_or_bounds_within_rounding():
    third = gold(0, 3, value=0.3333, unit="fraction", kind="ratio")
    assert value_right(got(0, 3, value=Decimal("0.33333")), third)
    assert not value_right(got(0, 3, value=Decimal("0.34")), third)
    at_least = gold(0, 3, lower=85, lower_inclusive=True)
    assert value_right(got(0, 3, lower=Decimal(85)), at_least)
    assert not value_right(got(0, 3, value=Decimal(85)), at_least)
    plain = gold(0, 3, value=22)
    assert value_right(got(0, 3, value=Decimal(22), lower=Decimal(22), upper=Decimal(22)), plain)
    score = gold(0, 3, kind="score", score=(3, 2))
    assert value_right(got(0, 3, score=(3, 2)), score)
    assert not value_right(got(0, 3, score=(2, 3)), score)


def test_matching_is_one_to_one_by_largest_overlap():
    long = got(0, 30)
    short = got(*span("20 points"))
    pairs = match([long, short], DOC.quantities[:2])
    assert {(g.start, q.start) for q, g in pairs} == {
        (span("20 points")[0], short.start),
        (span("2 percent")[0], 0),
    }


def test_claimants_agree_when_both_are_absent_or_they_share_a_word():
    item = got(0, 3, value=Decimal(1), claimant="the Health Ministry")
    assert claimant_right(item, gold(0, 3, value=1, claimant="Ministry of Health"))
    assert not claimant_right(item, gold(0, 3, value=1, claimant="Xinhua"))
    assert not claimant_right(item, gold(0, 3, value=1))
    assert claimant_right(got(0, 3, value=Decimal(1)), gold(0, 3, value=1))


def test_the_benchmark_skips_the_news_gold_with_a_message_when_the_texts_are_absent(
    tmp_path, capsys
):
    from benchmarks.extraction import news

    news(tmp_path / "no-such-folder", examples=0)
    news(None, examples=0)
    empty = tmp_path / "empty"
    empty.mkdir()
    news(empty, examples=0)
    out = capsys.readouterr().out
    assert out.count("skipped") == 3
    assert "no folder of page texts" in out
    assert "missing; save the page text" in out  # the loader names the first absent file
