"""Extraction quality and speed: precision/recall on the gold sets, documents per second on the
seeds (one core), and scaling from 10 KB to 1 MB (linear time: no catastrophic backtracking).

    .venv/bin/python benchmarks/extraction.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from claims.extraction import extract  # noqa: E402
from tests.extraction.scoring import gold_sets, score, seed_docs  # noqa: E402

FLOOR_DOCS_PER_SECOND = 100  # the floor for seed-size documents on one core


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def best_of(runs: int, func, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(runs):
        started = clock()
        func()
        best = min(best, clock() - started)
    return best


def quality() -> None:
    print("quality (exact span + speaker for quotes; exact span + bounds/unit for quantities)")
    print(f"  {'gold set':<8} {'kind':<11} {'P':>5} {'R':>5} {'F1':>5}  tp/fp/fn")
    for name, docs in gold_sets().items():
        for kind in ("quotes", "quantities"):
            s = score(docs, kind)
            counts = f"{s.true_positive}/{s.false_positive}/{s.false_negative}"
            print(
                f"  {name:<8} {kind:<11} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  {counts}"
            )
            for miss in s.misses:
                print(f"      {miss}")


def throughput() -> None:
    texts = [doc.text for doc in seed_docs()]
    rounds = 100
    for text in texts:  # warm up regex caches
        extract(text)
    seconds = best_of(3, lambda: [extract(t) for _ in range(rounds) for t in texts])
    per_second = rounds * len(texts) / seconds
    size = sum(len(t) for t in texts) // len(texts)
    verdict = "ok" if per_second >= FLOOR_DOCS_PER_SECOND else "BELOW FLOOR"
    print(f"\nthroughput on the seeds ({size} chars each, one core)")
    print(f"  {per_second:,.0f} documents/second (floor {FLOOR_DOCS_PER_SECOND}/s: {verdict})")


def scaling() -> None:
    seed = seed_docs()[0].text
    print("\nscaling (seed text repeated; time should grow linearly with size)")
    timings = {}
    for label, size in (("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000)):
        text = ("\n\n".join([seed] * (size // len(seed) + 1)))[:size]
        timings[label] = best_of(3 if size < 1_000_000 else 2, lambda t=text: extract(t))
        print(f"  {label:>6}: {timings[label] * 1000:8.1f} ms")
    print(f"  ratio 1 MB / 100 KB = {timings['1 MB'] / timings['100 KB']:.1f} (linear: ~10)")
    print(f"  ratio 100 KB / 10 KB = {timings['100 KB'] / timings['10 KB']:.1f} (linear: ~10)")
    print("\nadversarial 1 MB inputs")
    adversarial = {
        "unclosed mark, no punctuation": "“" + "word " * 200_000,
        "digits and commas": "1," * 500_000,
        "alternating marks": "“a” " * 250_000,
        "one long sentence of names": "Said Ahmad Khan said " * 50_000,
        # the speaker rules' worst cases: abbreviations and initials that never end a sentence,
        # a run of capitalised words, cues with no subject, attribution layouts on every line
        "abbreviations": "Mr. Dr. Sen. Gov. Lt. Col. Jr. Ltd. " * 28_000,
        "initials": "A. B. C. D. E. F. G. " * 48_000,
        "capitalised words": "Aaa Bbb Ccc Ddd " * 62_500,
        "cues after commas": "Khan, said, " * 83_000,
        "quotes with speakers": "“We stay,” said Ana Ruiz. " * 38_000,
        "name: quote lines": "Ana Ruiz, Fox News: “yes” " * 38_000,
        "quotation-dash lists": "“Yes.” ― Ana Ruiz\n" * 55_000,
    }
    for label, text in adversarial.items():
        seconds = best_of(1, lambda t=text: extract(t))
        print(f"  {label:<30} {len(text) / 1e6:4.1f} MB {seconds * 1000:8.1f} ms (limit 5000)")


if __name__ == "__main__":
    pin_to_one_core()
    quality()
    throughput()
    scaling()
