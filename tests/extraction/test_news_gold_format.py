"""The news quantity gold is well formed and holds no copied text; runs without the local texts.

The loader's own checks are exercised on a page written here, so CI needs no third-party text.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.extraction.news_gold import (
    MAX_LABEL_CHARS,
    NEWS_GOLD,
    GoldError,
    check_document,
    load,
)

GOLD_FILES = sorted(NEWS_GOLD.glob("*.json"))


def _strings(value: Any, path: str = ""):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_news_gold_file_is_well_formed(path):
    assert check_document(json.loads(path.read_text(encoding="utf-8")), path.stem) == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_news_gold_file_holds_labels_not_copied_text(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    long = [
        (where, text)
        for where, text in _strings(raw)
        if where not in (".url", ".file", ".sha256") and len(text) > MAX_LABEL_CHARS
    ]
    assert long == []


def test_news_gold_is_as_large_and_varied_as_issue_8_asks():
    raw = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert len(raw) >= 30
    assert sum(len(r["quantities"]) for r in raw) >= 400
    assert len({r["subject"] for r in raw}) >= 7


def test_news_gold_readme_counts_match_the_annotations():
    raw = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    pages, quantities = len(raw), sum(len(r["quantities"]) for r in raw)
    readme = (NEWS_GOLD / "README.md").read_text(encoding="utf-8")
    assert f"| **total** | **{pages}** | **{quantities}** |" in readme


def test_news_gold_texts_are_kept_out_of_git():
    assert [p.name for p in NEWS_GOLD.iterdir() if p.suffix == ".txt"] == []


# A page of our own, annotated by hand, to drive the loader's checks.
TEXT = "Shares fell 3.5% to $12.40, the lowest close since 2019, after 200 workers were laid off."
ITEM = {
    "value": None,
    "lower": None,
    "upper": None,
    "lower_inclusive": None,
    "upper_inclusive": None,
    "change": None,
    "qualifier": None,
    "vague": False,
    "total": None,
    "per": None,
    "claimant": None,
}


def _page(**changes: Any) -> dict[str, Any]:
    page = {
        "url": "https://example.org/markets",
        "file": "markets.txt",
        "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "subject": "economy",
        "published_on": None,
        "quantities": [
            {
                **ITEM,
                "start": 12,
                "end": 16,
                "value": 3.5,
                "unit": "percent",
                "kind": "percent",
                "change": "down",
            },
            {**ITEM, "start": 20, "end": 26, "value": 12.4, "unit": "USD", "kind": "money"},
            {**ITEM, "start": 63, "end": 74, "value": 200, "unit": "worker", "kind": "count"},
        ],
        "not_quantities": [{"start": 51, "end": 55, "what": "year"}],
    }
    page.update(changes)
    return page


@pytest.fixture
def gold_and_texts(tmp_path: Path) -> tuple[Path, Path]:
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    (texts / "markets.txt").write_text(TEXT, encoding="utf-8")
    return gold, texts


def _write(gold: Path, page: dict[str, Any]) -> None:
    (gold / "markets.json").write_text(json.dumps(page), encoding="utf-8")


def test_loader_reads_the_annotated_spans_from_the_local_text(gold_and_texts):
    gold, texts = gold_and_texts
    _write(gold, _page())
    [doc] = load(texts, gold)
    assert [doc.wording(q) for q in doc.quantities] == ["3.5%", "$12.40", "200 workers"]
    assert [doc.wording(n) for n in doc.not_quantities] == ["2019"]
    assert doc.quantities[0].change == "down"


def test_loader_names_the_missing_text(gold_and_texts):
    gold, texts = gold_and_texts
    _write(gold, _page())
    (texts / "markets.txt").unlink()
    with pytest.raises(GoldError, match=r"markets\.txt: missing"):
        load(texts, gold)


def test_loader_can_leave_out_a_page_whose_text_is_absent_and_says_which(gold_and_texts):
    gold, texts = gold_and_texts
    _write(gold, _page())
    (texts / "markets.txt").unlink()
    absent: list[str] = []
    assert load(texts, gold, absent=absent) == []
    assert absent == ["markets.txt"]


def test_loader_refuses_a_text_other_than_the_one_annotated(gold_and_texts):
    gold, texts = gold_and_texts
    _write(gold, _page())
    (texts / "markets.txt").write_text(TEXT.replace("3.5%", "4.5%"), encoding="utf-8")
    with pytest.raises(GoldError, match=r"markets\.txt: sha256 differs"):
        load(texts, gold)


def test_loader_refuses_a_missing_folder(tmp_path):
    with pytest.raises(GoldError, match="no such folder"):
        load(tmp_path / "absent", tmp_path)


def test_loader_refuses_offsets_past_the_end_of_the_text(gold_and_texts):
    gold, texts = gold_and_texts
    page = _page()
    page["not_quantities"] = [{"start": 80, "end": 120, "what": "year"}]
    _write(gold, page)
    with pytest.raises(GoldError, match=r"not_quantities\[0\]: end 120 is past the text's 89"):
        load(texts, gold)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "amount"}, "kind 'amount' is not one of"),
        ({"change": "sideways"}, "change 'sideways' is not up, down or null"),
        ({"start": 16, "end": 12}, "start 16 and end 12 must be integers"),
        (
            {
                "value": None,
                "lower": 5,
                "upper": 3,
                "lower_inclusive": True,
                "upper_inclusive": True,
            },
            "lower 5 > upper 3",
        ),
        ({"value": "3.5"}, "value '3.5' is not a number"),
        ({"lower": 3}, "lower bound without lower_inclusive"),
        ({"value": None}, "neither a value, a bound nor a score"),
        (
            {"claimant": "the minister said that the figure was wrong and much too low"},
            "claimant .* is not a short label",
        ),
        ({"wording": "3.5%"}, r"unknown keys \['wording'\]"),
    ],
)
def test_a_malformed_quantity_is_named_with_its_fault(change, message):
    page = _page()
    page["quantities"][0] = {**page["quantities"][0], **change}
    errors = check_document(page, "markets")
    assert any(e.startswith("markets quantities[0]") for e in errors), errors
    assert any(re.search(message, e) for e in errors), errors


def test_quantities_must_be_sorted_and_apart():
    page = _page()
    page["quantities"].reverse()
    errors = check_document(page, "markets")
    assert any("starts before the previous quantity ends" in e for e in errors)


def test_a_not_quantity_may_not_overlap_a_quantity():
    page = _page(not_quantities=[{"start": 13, "end": 15, "what": "year"}])
    assert check_document(page, "markets") == ["markets not_quantities[0]: overlaps a quantity"]


def test_a_page_is_named_by_its_own_file():
    assert check_document(_page(file="other.txt"), "markets") == [
        "markets: file 'other.txt' should be markets.txt"
    ]
