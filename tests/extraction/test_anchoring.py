"""Every candidate is anchored: text[start:end] is its wording, prefix/suffix are the context."""

from __future__ import annotations

import json

import pytest

from claims.extraction import extract
from claims.extraction.candidates import CONTEXT_CHARS
from tests.extraction.scoring import seed_docs, stress_docs
from tests.extraction.test_bad_input import BAD_INPUTS

TEXTS = [(d.name, d.text) for d in seed_docs() + stress_docs()] + list(BAD_INPUTS.items())

QUOTE_KEYS = {"type", "text", "start", "end", "confidence", "speaker", "speaker_kind", "cue"}
QUOTE_KEYS |= {"partial", "via", "said_on"}
QUANTITY_KEYS = {"type", "kind", "change", "difference", "score", "text", "start", "end"}
QUANTITY_KEYS |= {"confidence", "value", "lower", "upper"}
QUANTITY_KEYS |= {"lower_inclusive", "upper_inclusive", "unit", "noun", "qualifier", "vague"}
QUANTITY_KEYS |= {"claimant"}


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_every_item_is_anchored_to_its_exact_wording(name, text):
    extraction = extract(text)
    for item in extraction.items():
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text
        assert item.prefix == text[max(0, item.start - CONTEXT_CHARS) : item.start]
        assert item.suffix == text[item.end : item.end + CONTEXT_CHARS]
        assert 0.0 <= item.confidence <= 1.0


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_to_list_is_json_ready_in_text_order_with_the_documented_keys(name, text):
    items = extract(text).to_list()
    json.dumps(items)
    assert [i["start"] for i in items] == sorted(i["start"] for i in items)
    for item in items:
        required = QUOTE_KEYS if item["type"] == "quote" else QUANTITY_KEYS
        assert required <= set(item)
