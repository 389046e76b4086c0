"""Gold annotations and how extraction is scored against them (shared by tests and benchmark).

Gold files in gold/: seed_000.json and seed_002.json annotate the two seed documents (stored
byte-exact next to them); stress.json holds short texts that stress the rules. An item's span is
found by its exact wording (the n-th occurrence when `occurrence` is given).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from claims.extraction import Extraction, extract

GOLD = Path(__file__).resolve().parent / "gold"

QUOTE_KEYS = (
    "speaker",
    "speaker_kind",
    "speaker_from",
    "speaker_description",
    "cue",
    "partial",
    "via",
    "said_on",
)
QUANTITY_KEYS = (
    "value",
    "lower",
    "upper",
    "lower_inclusive",
    "upper_inclusive",
    "unit",
    "kind",
    "change",
    "difference",
    "score",
    "noun",
    "qualifier",
    "vague",
    "total",
    "claimant",
    "measure",
)


@dataclass
class GoldDoc:
    name: str
    text: str
    published_on: datetime.date | None
    quotes: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    not_quotes: list[str] = field(default_factory=list)
    not_quantities: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    speakers: dict[str, dict[str, Any]] = field(default_factory=dict)

    def span(self, wording: str, occurrence: int = 1) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence):
            start = self.text.index(wording, start + 1)
        return start, start + len(wording)

    def extract(self) -> Extraction:
        return extract(self.text, self.published_on)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _doc(name: str, raw: dict[str, Any], text: str) -> GoldDoc:
    return GoldDoc(
        name=name,
        text=text,
        published_on=_date(raw.get("published_on")),
        quotes=raw.get("quotes", []),
        quantities=raw.get("quantities", []),
        not_quotes=raw.get("not_quotes", []),
        not_quantities=raw.get("not_quantities", []),
        warnings=raw.get("warnings", []),
        speakers=raw.get("speakers", {}),
    )


def seed_docs() -> list[GoldDoc]:
    docs = []
    for path in sorted(GOLD.glob("seed_*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = (GOLD / raw["document"]).read_bytes().decode("utf-8")
        docs.append(_doc(path.stem, raw, text))
    return docs


def stress_docs() -> list[GoldDoc]:
    raw_docs = json.loads((GOLD / "stress.json").read_text(encoding="utf-8"))
    return [_doc(raw["name"], raw, raw["text"]) for raw in raw_docs]


def gold_sets() -> dict[str, list[GoldDoc]]:
    return {"seeds": seed_docs(), "stress": stress_docs()}


def normalise(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [normalise(v) for v in value]
    return value


def mismatches(gold: dict[str, Any], item: Any, keys: tuple[str, ...]) -> dict[str, tuple]:
    """Attributes the gold item states that the extracted item gets wrong: {key: (want, got)}."""
    wrong = {}
    for key in keys:
        if key in gold:
            got = normalise(getattr(item, key))
            if got != gold[key]:
                wrong[key] = (gold[key], got)
    return wrong


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[GoldDoc], kind: str) -> Score:
    """A gold item counts as found when an extracted item has its exact span and every attribute
    the gold states (speaker for quotes, bounds and unit for quantities); every other extracted
    item is a false positive."""
    result = Score()
    keys = QUOTE_KEYS if kind == "quotes" else QUANTITY_KEYS
    for doc in docs:
        extraction = doc.extract()
        items = {(i.start, i.end): i for i in getattr(extraction, kind)}
        matched = set()
        for gold in getattr(doc, kind):
            span = doc.span(gold["text"], gold.get("occurrence", 1))
            item = items.get(span)
            if item is not None and not mismatches(gold, item, keys):
                result.true_positive += 1
                matched.add(span)
            else:
                result.false_negative += 1
                why = "not found" if item is None else mismatches(gold, item, keys)
                result.misses.append(f"{doc.name}: {gold['text'][:40]!r} {why}")
        for span, item in items.items():
            if span not in matched and span not in {
                doc.span(g["text"], g.get("occurrence", 1)) for g in getattr(doc, kind)
            }:
                result.false_positive += 1
                result.misses.append(f"{doc.name}: extra {kind[:-1]} {item.text[:40]!r}")
    return result
