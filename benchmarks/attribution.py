"""Quotes and speakers against PolNeAR's attribution annotations, and extraction speed on its texts.

    .venv/bin/python benchmarks/attribution.py PATH_TO_POLNEAR [--split dev|train]

PolNeAR (github.com/networkdynamics/PolNeAR) is news about the 2016 US election with brat
attribution annotations (Source, Cue, Content). Its texts carry no licence: keep the copy outside
the repository and never commit any of it. Use the train split to develop rules and the dev split
to check them; the test split is the acceptance set and is not read by this script.

How the figures are computed:
- Which annotation: a text annotated by several annotators has one `.ann` file per annotator
  (`NAME_xxxx.ann`); the first of them in sorted file-name order is used, the others are ignored.
- Spans: a discontinuous span ("a b;c d", pieces possibly out of order) counts as its whole extent,
  from the smallest start to the largest end.
- Direct quotes: gold Content spans holding a quotation mark (“ ” " „ « » or the opening single
  mark ‘; the closing single mark ’ is left out because it is also the apostrophe).
- Quote recall: the share of gold direct quotes overlapped by an extracted quote. Quote precision:
  the share of extracted quotes overlapping any gold Content span (direct or not). F1 of the two.
- Speaker accuracy: among recalled direct quotes whose gold Source holds a name (a capitalised word
  that is not a pronoun or a function word such as a sentence-initial "The"), the share whose
  extracted speaker shares a content word (case-insensitive, possessive stripped, honorifics and
  function words left out) with the gold Source text. The extracted speaker is the speaker's name,
  or, for an unnamed speaker, its description ("a senior Clinton aide"). When several extracted
  quotes overlap one gold quote, the one overlapping it most is judged.
- No-speaker rate: among those same quotes, the share extracted with neither a speaker nor a
  description.
- Speed: extract() over every text of the split in one process (best of three rounds), as
  documents/s and sentences/s (sentences as the extractor's own splitter counts them), and as a
  ratio to a baseline timed in the same run: one regex splitting every text into words. Times
  are this process's CPU time, so that other work on a shared machine does not count.

The script prints a message and exits 0 when PATH_TO_POLNEAR is absent, so that CI needs no copy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.extraction import best_of  # noqa: E402
from claims.extraction import QuoteCandidate, extract  # noqa: E402
from claims.extraction.lexicon import words  # noqa: E402
from claims.extraction.text import Sentences  # noqa: E402

TARGETS = {"quote F1": 0.93, "speaker accuracy": 0.88, "no-speaker rate": 0.05}
FLOOR_DOCS_PER_SECOND = 150
FLOOR_SENTENCES_PER_SECOND = 2000

QUOTE_MARKS = frozenset('“”"„«»‘')
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PRONOUNS = words(
    """
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs who whom whose this that these those one someone somebody anyone everyone nobody
    """
)
_FUNCTION_WORDS = words(
    """
    the a an of to for in on at by with from and or but as some many most several other others
    all both each any no not mr mrs ms dr sen rep gov prof gen jr sr
    """
)


@dataclass
class Span:
    start: int
    end: int
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class GoldDoc:
    name: str
    text: str
    contents: list[Span] = field(default_factory=list)
    # gold direct quotes with the Source span attributed to them (None when unattributed)
    direct: list[tuple[Span, Span | None]] = field(default_factory=list)


def _span(offsets: str, text: str) -> Span:
    pieces = [tuple(int(n) for n in piece.split()) for piece in offsets.split(";")]
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    return Span(start, end, text[start:end])


def read_ann(path: Path, text: str) -> GoldDoc:
    spans: dict[str, tuple[str, Span]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _span(offsets, text))
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            relations.append(roles)
    source_of: dict[str, str] = {}
    for roles in relations:
        if "Content" in roles and "Source" in roles:
            source_of[roles["Content"]] = roles["Source"]
    doc = GoldDoc(path.stem, text)
    for tid, (label, span) in spans.items():
        if label != "Content":
            continue
        doc.contents.append(span)
        if any(c in QUOTE_MARKS for c in span.text):
            source = spans.get(source_of.get(tid, ""))
            doc.direct.append((span, source[1] if source else None))
    return doc


def load_split(root: Path, split: str) -> list[GoldDoc]:
    base = root / "data" / split
    docs = []
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_bytes().decode("utf-8")
        docs.append(read_ann(anns[0], text))
    return docs


def _content_words(value: str) -> set[str]:
    found = set()
    for word in _WORD_RE.findall(value.replace("’", "'")):
        low = word.lower()
        if low.endswith("'s"):
            low = low[:-2]
        if low not in _PRONOUNS and low not in _FUNCTION_WORDS:
            found.add(low)
    return found


def holds_name(source: str) -> bool:
    return any(
        word[:1].isupper() and word.lower() not in _PRONOUNS | _FUNCTION_WORDS
        for word in _WORD_RE.findall(source)
    )


def speaker_of(quote: QuoteCandidate) -> str | None:
    return quote.speaker or getattr(quote, "speaker_description", None)


@dataclass
class Tally:
    gold_direct: int = 0
    recalled: int = 0
    extracted: int = 0
    precise: int = 0
    named: int = 0
    right: int = 0
    no_speaker: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, doc: GoldDoc, quotes: list[QuoteCandidate]) -> None:
        self.extracted += len(quotes)
        for quote in quotes:
            if any(c.overlaps(quote.start, quote.end) for c in doc.contents):
                self.precise += 1
            else:
                self.spurious.append(f"{doc.name} @{quote.start}")
        for gold, source in doc.direct:
            self.gold_direct += 1
            hits = [q for q in quotes if gold.overlaps(q.start, q.end)]
            if not hits:
                self.missed.append(f"{doc.name} @{gold.start}")
                continue
            self.recalled += 1
            if source is None or not holds_name(source.text):
                continue
            best = max(hits, key=lambda q: min(q.end, gold.end) - max(q.start, gold.start))
            self.named += 1
            said_by = speaker_of(best)
            if said_by is None:
                self.no_speaker += 1
                self.wrong.append(f"{doc.name} @{gold.start}: none")
            elif _content_words(said_by) & _content_words(source.text):
                self.right += 1
            else:
                self.wrong.append(f"{doc.name} @{gold.start}: {said_by!r}")

    @property
    def recall(self) -> float:
        return self.recalled / self.gold_direct if self.gold_direct else 1.0

    @property
    def precision(self) -> float:
        return self.precise / self.extracted if self.extracted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def timed(docs: list[GoldDoc]) -> tuple[float, float, int]:
    """Seconds for extract() over every text, seconds for the baseline (splitting every text
    into words once with one regex, the least any reader of the text does), and sentences."""
    texts = [doc.text for doc in docs]
    sentences = sum(len(Sentences.split(t).starts) for t in texts)
    seconds = best_of(3, lambda: [extract(t) for t in texts])
    baseline = best_of(3, lambda: [_WORD_RE.findall(t) for t in texts])
    return seconds, baseline, sentences


def _examples(label: str, items: list[str], limit: int) -> Iterator[str]:
    if limit and items:
        yield f"  {label} (first {min(limit, len(items))} of {len(items)}):"
        for item in items[:limit]:
            yield f"    {item}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR checkout (holding data/)")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="list N misses of each kind"
    )
    args = parser.parse_args(argv)
    if not (args.polnear / "data" / args.split / "text").is_dir():
        print(
            f"PolNeAR not found at {args.polnear} (no data/{args.split}/text): skipped. "
            "Get it from github.com/networkdynamics/PolNeAR."
        )
        return 0
    docs = load_split(args.polnear, args.split)
    tally = Tally()
    for doc in docs:
        tally.add(doc, extract(doc.text).quotes)
    seconds, baseline, sentences = timed(docs)
    size = sum(len(d.text) for d in docs) // max(1, len(docs))
    docs_per_second = len(docs) / seconds
    sentences_per_second = sentences / seconds
    no_speaker = tally.no_speaker / tally.named if tally.named else 0.0
    accuracy = tally.right / tally.named if tally.named else 1.0

    print(f"PolNeAR {args.split}: {len(docs)} documents, {tally.gold_direct} gold direct quotes")
    print(f"  {'figure':<28} {'value':>7}  target")
    print(
        f"  {'quote precision':<28} {tally.precision:7.3f}"
        f"  ({tally.precise}/{tally.extracted} extracted overlap a gold Content)"
    )
    print(
        f"  {'quote recall':<28} {tally.recall:7.3f}"
        f"  ({tally.recalled}/{tally.gold_direct} gold direct quotes found)"
    )
    print(f"  {'quote F1':<28} {tally.f1:7.3f}  >= {TARGETS['quote F1']}")
    print(
        f"  {'speaker accuracy':<28} {accuracy:7.3f}  >= {TARGETS['speaker accuracy']}"
        f"  ({tally.right}/{tally.named} on named sources)"
    )
    print(
        f"  {'no-speaker rate (named)':<28} {no_speaker:7.3f}  <= {TARGETS['no-speaker rate']}"
        f"  ({tally.no_speaker}/{tally.named})"
    )
    print(
        f"  {'documents/s':<28} {docs_per_second:7.0f}  >= {FLOOR_DOCS_PER_SECOND}"
        f"  ({size:,} chars on average, one process)"
    )
    print(f"  {'sentences/s':<28} {sentences_per_second:7.0f}  >= {FLOOR_SENTENCES_PER_SECOND}")
    print(
        f"  {'extract() / word split':<28} {seconds / baseline:7.0f}x"
        "  (baseline in the same run: one regex splitting every text into words)"
    )
    for line in _examples("missed direct quotes", tally.missed, args.show):
        print(line)
    for line in _examples("extracted outside any Content", tally.spurious, args.show):
        print(line)
    for line in _examples("wrong or missing speakers", tally.wrong, args.show):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
