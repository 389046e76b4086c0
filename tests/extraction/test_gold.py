"""Extraction against hand-written gold annotations: the two seeds and the stress texts."""

from __future__ import annotations

import pytest

from tests.extraction.scoring import (
    QUANTITY_KEYS,
    QUOTE_KEYS,
    GoldDoc,
    mismatches,
    seed_docs,
    stress_docs,
)

SEEDS = seed_docs()
STRESS = stress_docs()
ALL = SEEDS + STRESS


def _items(docs: list[GoldDoc], kind: str):
    for doc in docs:
        for gold in getattr(doc, kind):
            yield pytest.param(doc, gold, id=f"{doc.name}: {gold['text'][:30]}")


def _by_span(doc: GoldDoc, kind: str):
    return {(item.start, item.end): item for item in getattr(doc.extract(), kind)}


@pytest.mark.parametrize(("doc", "gold"), list(_items(ALL, "quotes")))
def test_every_gold_quote_is_found_with_its_speaker(doc, gold):
    span = doc.span(gold["text"], gold.get("occurrence", 1))
    found = _by_span(doc, "quotes").get(span)
    assert found is not None, f"quote not found at {span}"
    assert mismatches(gold, found, QUOTE_KEYS) == {}


@pytest.mark.parametrize(("doc", "gold"), list(_items(ALL, "quantities")))
def test_every_gold_quantity_is_found_with_its_bounds_and_unit(doc, gold):
    span = doc.span(gold["text"], gold.get("occurrence", 1))
    found = _by_span(doc, "quantities").get(span)
    assert found is not None, f"quantity not found at {span}"
    assert mismatches(gold, found, QUANTITY_KEYS) == {}


@pytest.mark.parametrize("doc", ALL, ids=lambda d: d.name)
def test_nothing_is_extracted_beyond_the_gold(doc):
    extraction = doc.extract()
    gold_quotes = {doc.span(g["text"], g.get("occurrence", 1)) for g in doc.quotes}
    gold_quantities = {doc.span(g["text"], g.get("occurrence", 1)) for g in doc.quantities}
    assert [q.text for q in extraction.quotes if (q.start, q.end) not in gold_quotes] == []
    assert [q.text for q in extraction.quantities if (q.start, q.end) not in gold_quantities] == []


@pytest.mark.parametrize("doc", [d for d in ALL if d.not_quantities], ids=lambda d: d.name)
def test_dates_years_and_model_names_are_not_quantities(doc):
    extraction = doc.extract()
    for wording in doc.not_quantities:
        start, end = doc.span(wording)
        starting_inside = [q.text for q in extraction.quantities if start <= q.start < end]
        assert starting_inside == [], wording


@pytest.mark.parametrize("doc", [d for d in ALL if d.not_quotes], ids=lambda d: d.name)
def test_scare_quotes_are_not_quotes(doc):
    extraction = doc.extract()
    for wording in doc.not_quotes:
        start, end = doc.span(wording)
        overlapping = [q.text for q in extraction.quotes if q.start < end and start < q.end]
        assert overlapping == [], wording


@pytest.mark.parametrize("doc", [d for d in ALL if d.warnings], ids=lambda d: d.name)
def test_bad_marks_are_reported(doc):
    warnings = doc.extract().warnings
    for expected in doc.warnings:
        assert any(expected in warning for warning in warnings), (expected, warnings)


@pytest.mark.parametrize("doc", SEEDS, ids=lambda d: d.name)
def test_seed_speakers_are_listed_with_their_aliases(doc):
    speakers = {s.name: s for s in doc.extract().speakers}
    assert set(speakers) == set(doc.speakers)
    for name, gold in doc.speakers.items():
        assert speakers[name].kind == gold["kind"]
        assert set(gold["aliases"]) <= set(speakers[name].aliases)
