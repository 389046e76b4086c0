"""How quantities extracted from a news page are scored against its gold (benchmarks/extraction.py
--news), in the way published quantity extractors are compared (CQE, EMNLP 2023):

- Match: an extracted quantity whose span overlaps a gold span; one to one, the largest overlap
  first (ties: the pair whose spans together are shortest, then the earlier gold span).
- Value right: the same point value, or the same bounds (lower and upper), within a relative
  tolerance of 5e-4 (fractions are written to 4 places); a score compares its numbers.
- Unit right: after normalisation (`unit_key`): case, singular and plural, every spelling of a
  unit to its canonical name (kilometres → km, % → percent, dollars → USD), and for a count the
  head noun only ("Afghan security personnel" and "personnel" agree). A gold unit left empty
  ("a crowd of 36,528") agrees with an empty one.
- Change right: the gold's `change` is set only for a number that is the size of a change, so
  the extractor's direction counts only when it marks the number as the difference.

Three F1 scores follow: value, value+unit, value+change. A true positive needs a match and every
compared field right; every other extracted quantity is a false positive and every other gold
quantity a false negative, as CQE counts them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from claims.extraction import QuantityCandidate
from claims.extraction.units import canonical_unit, known_unit
from tests.extraction.news_gold import NewsDoc, NewsQuantity
from tests.extraction.scoring import Score as F1

TOLERANCE = 5e-4


def _number(value: Any) -> float | None:
    if value is None:
        return None
    return float(value) if isinstance(value, Decimal | int | float) else None


def same_number(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= TOLERANCE * max(1.0, abs(x), abs(y))


def value_right(got: QuantityCandidate, gold: NewsQuantity) -> bool:
    if gold.kind == "score" or gold.score is not None:
        return got.score is not None and tuple(got.score) == tuple(gold.score or ())
    if gold.value is not None and same_number(got.value, gold.value):
        return True
    if gold.value is None and got.value is not None and got.lower is None and got.upper is None:
        return False
    return (
        same_number(got.lower, gold.lower)
        and same_number(got.upper, gold.upper)
        and (gold.value is None or same_number(got.value, gold.value))
    )


def unit_key(unit: str | None, kind: str | None = None) -> str:
    """A unit reduced for comparison: see the module docstring."""
    if not unit or not unit.strip():
        return ""
    head, _, per = unit.partition(" per ")
    head = head.strip()
    if kind == "count" or known_unit(head) is None:
        head = head.split()[-1]  # the head noun: "security personnel" → "personnel"
    key = canonical_unit(head)
    if per.strip():
        key += " per " + canonical_unit(per.split()[-1])
    return key.lower()


def unit_right(got: QuantityCandidate, gold: NewsQuantity) -> bool:
    return unit_key(got.unit, got.kind) == unit_key(gold.unit, gold.kind)


def claimant_right(got: QuantityCandidate, gold: NewsQuantity) -> bool:
    """No claimant on both sides, or claimants sharing a word ("the ministry" and "Health
    Ministry", "Xinhua" and "Xinhua news agency")."""
    if not gold.claimant or not got.claimant:
        return not gold.claimant and not got.claimant
    mine = {w for w in got.claimant.lower().split() if w not in ("the", "a", "of")}
    return bool(mine & set(gold.claimant.lower().split()))


def change_right(got: QuantityCandidate, gold: NewsQuantity) -> bool:
    return (got.change if got.difference else None) == gold.change


@dataclass
class Miss:
    doc: str
    category: str
    wording: str
    detail: str = ""


@dataclass
class NewsScore:
    span: F1 = field(default_factory=F1)
    value: F1 = field(default_factory=F1)
    value_unit: F1 = field(default_factory=F1)
    value_change: F1 = field(default_factory=F1)
    claimant_named: list[bool] = field(default_factory=list)  # matched items the gold attributes
    claimant_none: list[bool] = field(default_factory=list)  # matched items the outlet states
    misses: list[Miss] = field(default_factory=list)

    def categories(self) -> list[tuple[str, int]]:
        return Counter(m.category for m in self.misses).most_common()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    extracted: list[QuantityCandidate], gold: list[NewsQuantity]
) -> list[tuple[QuantityCandidate, NewsQuantity]]:
    """One-to-one pairs of overlapping spans, the largest overlap first."""
    pairs = []
    for i, got in enumerate(extracted):
        for j, want in enumerate(gold):
            size = _overlap((got.start, got.end), (want.start, want.end))
            if size:
                union = max(got.end, want.end) - min(got.start, want.start)
                pairs.append((-size, union, want.start, i, j))
    pairs.sort()
    used_got: set[int] = set()
    used_gold: set[int] = set()
    matched = []
    for _size, _union, _start, i, j in pairs:
        if i in used_got or j in used_gold:
            continue
        used_got.add(i)
        used_gold.add(j)
        matched.append((extracted[i], gold[j]))
    return matched


def _not_quantity(doc: NewsDoc, got: QuantityCandidate) -> str:
    for start, end, what in doc.not_quantities:
        if _overlap((got.start, got.end), (start, end)):
            return what
    return "unannotated"


def _show(value: Any) -> str:
    number = _number(value)
    if number is None:
        return "-"
    return f"{number:g}"


def _describe(item: QuantityCandidate | NewsQuantity) -> str:
    if item.score is not None:
        return "score " + "-".join(str(n) for n in item.score)
    if item.value is not None:
        return _show(item.value)
    return f"[{_show(item.lower)}, {_show(item.upper)}]"


def score_news(docs: list[NewsDoc], extracted: dict[str, list[QuantityCandidate]]) -> NewsScore:
    """Scores of `extracted` (quantities by document name) against the gold of `docs`."""
    result = NewsScore()
    for doc in docs:
        got_all = extracted[doc.name]
        pairs = match(got_all, doc.quantities)
        matched_got = {id(got) for got, _gold in pairs}
        matched_gold = {id(gold) for _got, gold in pairs}
        for score in (result.span, result.value, result.value_unit, result.value_change):
            score.false_positive += len(got_all) - len(pairs)
            score.false_negative += len(doc.quantities) - len(pairs)
        result.span.true_positive += len(pairs)
        for got, gold in pairs:
            wording = doc.text[gold.start : gold.end]
            (result.claimant_named if gold.claimant else result.claimant_none).append(
                claimant_right(got, gold)
            )
            checks = (
                (result.value, value_right(got, gold)),
                (result.value_unit, value_right(got, gold) and unit_right(got, gold)),
                (result.value_change, value_right(got, gold) and change_right(got, gold)),
            )
            for score, right in checks:
                if right:
                    score.true_positive += 1
                else:
                    score.false_positive += 1
                    score.false_negative += 1
            if not value_right(got, gold):
                result.misses.append(
                    Miss(
                        doc.name,
                        f"wrong value: {gold.kind}",
                        wording,
                        f"got {_describe(got)}, want {_describe(gold)}",
                    )  # fmt: skip
                )
            if not unit_right(got, gold):
                result.misses.append(
                    Miss(
                        doc.name,
                        f"wrong unit: {gold.kind}",
                        wording,
                        f"got {got.unit!r}, want {gold.unit!r}",
                    )  # fmt: skip
                )
            if not change_right(got, gold):
                mine = got.change if got.difference else None
                result.misses.append(
                    Miss(
                        doc.name,
                        f"wrong change: {gold.kind}",
                        wording,
                        f"got {mine}, want {gold.change}",
                    )  # fmt: skip
                )
        for gold in doc.quantities:
            if id(gold) not in matched_gold:
                wording = doc.text[gold.start : gold.end]
                result.misses.append(Miss(doc.name, f"missed: {gold.kind}", wording))
        for got in got_all:
            if id(got) not in matched_got:
                what = _not_quantity(doc, got)
                result.misses.append(Miss(doc.name, f"spurious: {what}", got.text))
    return result
