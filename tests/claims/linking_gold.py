"""The development set for linking across sources: which quantities in which articles are one
claim, which statements support or dispute a claim, which look-alikes are not the same claim, and
who the speakers are.

Gold files are tests/claims/gold/linking/<story>.json: real news, whose texts are NOT in the
repository (only URLs, sha256 of the local text and character offsets), and synthetic/<story>.json
whose short texts, written for factdb, sit beside them. How the set was built and how to refill
the local folder: tests/claims/gold/linking/README.md.

    load(Path("/work/corpora/linking"))  # the real stories, texts checked against their sha256
    load(Path("/work/corpora/linking-heldout"), HELDOUT)  # the held-out split
    load_synthetic()                      # the committed synthetic stories

    .venv/bin/python -m tests.claims.linking_gold /work/corpora/linking   # counts, as in README
    .venv/bin/python -m tests.claims.linking_gold /work/corpora/linking-heldout \
        --gold tests/claims/gold/linking/heldout
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "gold" / "linking"
SYNTHETIC = GOLD / "synthetic"
# The held-out test split: stories no linking rule is tuned on (README, "The held-out split").
HELDOUT = GOLD / "heldout"

STANCES = ("supports", "disputes", "context")
KINDS = ("person", "organisation")
# Statements, measures, reasons and notes are the annotator's own short words; anything longer
# is likely pasted article text, which must never be committed.
MAX_WORDS = 240
# An own-words field sharing this many consecutive characters with an article was copied from it.
COPY_PROBE = 40

_TOP_KEYS = {"story", "articles", "claims", "evidence", "distinct", "speakers"}
_ARTICLE_KEYS = {"file", "url", "sha256", "outlet", "published_on", "order"}
_CLAIM_KEYS = {"id", "statement", "claimant", "measure", "mentions"}
_EVIDENCE_KEYS = {"claim", "stance", "file", "start", "end", "why"}
_SPEAKER_KEYS = {"name", "kind", "mentions"}
_SPAN_KEYS = {"file", "start", "end"}
_CLAIM_ID = re.compile(r"[a-z]+[0-9]+")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class GoldError(ValueError):
    """A gold file or its local text is wrong; the message names the file and the field."""


@dataclass(frozen=True)
class Span:
    file: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    file: str
    url: str
    sha256: str
    outlet: str
    published_on: datetime.date | None
    order: int
    text: str


@dataclass(frozen=True)
class Claim:
    id: str
    statement: str
    claimant: str | None
    measure: str
    mentions: tuple[Span, ...]
    note: str | None


@dataclass(frozen=True)
class Evidence:
    claim: str
    stance: str
    span: Span
    why: str


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str
    member_of: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Story:
    name: str
    description: str
    articles: tuple[Article, ...]  # in ingest order
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    distinct: tuple[tuple[str, str], ...]
    speakers: tuple[Speaker, ...]

    def article(self, file: str) -> Article:
        return next(a for a in self.articles if a.file == file)

    def text(self, span: Span) -> str:
        return self.article(span.file).text[span.start : span.end]

    def claim(self, claim_id: str) -> Claim:
        return next(c for c in self.claims if c.id == claim_id)

    def same_claim_pairs(self) -> set[frozenset[Span]]:
        """Every pair of mentions of one claim, within an article and across articles."""
        return {frozenset(p) for c in self.claims for p in combinations(c.mentions, 2)}

    def cross_article_pairs(self) -> set[frozenset[Span]]:
        return {p for p in self.same_claim_pairs() if len({s.file for s in p}) == 2}

    def proposable_evidence(self) -> tuple[Evidence, ...]:
        """Evidence an ingest-time proposer can find: its article is ingested after the first
        article that mentions the claim (earlier articles arrive before the claim exists)."""
        order = {a.file: a.order for a in self.articles}
        first = {c.id: min(order[m.file] for m in c.mentions) for c in self.claims}
        return tuple(e for e in self.evidence if order[e.span.file] > first[e.claim])


def _fail(where: str, message: str) -> GoldError:
    return GoldError(f"{where}: {message}")


def _words(where: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"must be a non-empty string, got {value!r}")
    if len(value) > MAX_WORDS:
        raise _fail(where, f"is {len(value)} characters; own words stay under {MAX_WORDS}")


def _keys(
    where: str, item: Any, required: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> None:
    if not isinstance(item, dict):
        raise _fail(where, f"must be an object, got {type(item).__name__}")
    missing = required - item.keys()
    unknown = item.keys() - required - optional
    if missing:
        raise _fail(where, f"missing {sorted(missing)}")
    if unknown:
        raise _fail(where, f"unknown {sorted(unknown)}")


def _span(where: str, item: Any, files: set[str]) -> Span:
    _keys(where, item, _SPAN_KEYS)
    if item["file"] not in files:
        raise _fail(where, f"file {item['file']!r} is not one of the story's articles")
    start, end = item["start"], item["end"]
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise _fail(where, f"start and end must be integers, got {start!r}, {end!r}")
    if not 0 <= start < end:
        raise _fail(where, f"needs 0 <= start < end, got {start}..{end}")
    return Span(item["file"], start, end)


def _no_overlap(where: str, spans: list[tuple[Span, str]]) -> None:
    ordered = sorted(spans, key=lambda s: (s[0].file, s[0].start, s[0].end))
    for (a, owner_a), (b, owner_b) in zip(ordered, ordered[1:], strict=False):
        if a.file == b.file and b.start < a.end:
            raise _fail(
                where,
                f"{owner_a} {a.start}..{a.end} and {owner_b} {b.start}..{b.end} "
                f"overlap in {a.file}",
            )


def validate(data: Any, name: str) -> Story:
    """Check a gold file's structure without its texts; return it with empty article texts."""
    _keys(name, data, _TOP_KEYS)
    _words(f"{name}: story", data["story"])

    if not isinstance(data["articles"], list) or not data["articles"]:
        raise _fail(f"{name}: articles", "must be a non-empty list")
    articles = []
    for i, a in enumerate(data["articles"]):
        where = f"{name}: articles[{i}]"
        _keys(where, a, _ARTICLE_KEYS)
        if not isinstance(a["file"], str) or not re.fullmatch(
            re.escape(name) + r"/[a-z0-9-]+\.txt", a["file"]
        ):
            raise _fail(where, f"file must be '{name}/<slug>.txt', got {a['file']!r}")
        if not isinstance(a["url"], str) or not re.match(r"https?://\S+$", a["url"]):
            raise _fail(where, f"url must be an http(s) address, got {a['url']!r}")
        if not isinstance(a["sha256"], str) or not _SHA256.fullmatch(a["sha256"]):
            raise _fail(where, f"sha256 must be 64 lowercase hex digits, got {a['sha256']!r}")
        _words(f"{where}.outlet", a["outlet"])
        published = a["published_on"]
        try:
            day = None if published is None else datetime.date.fromisoformat(published)
        except (TypeError, ValueError) as error:
            raise _fail(
                where, f"published_on must be an ISO date or null, got {published!r}"
            ) from error
        if not isinstance(a["order"], int) or isinstance(a["order"], bool):
            raise _fail(where, f"order must be an integer, got {a['order']!r}")
        articles.append(Article(a["file"], a["url"], a["sha256"], a["outlet"], day, a["order"], ""))
    for field in ("file", "url"):
        seen = Counter(getattr(a, field) for a in articles)
        twice = [v for v, n in seen.items() if n > 1]
        if twice:
            raise _fail(f"{name}: articles", f"{field} {twice[0]!r} appears twice")
    orders = sorted(a.order for a in articles)
    if orders != list(range(1, len(articles) + 1)):
        raise _fail(f"{name}: articles", f"order must run 1..{len(articles)}, got {orders}")
    articles.sort(key=lambda a: a.order)
    files = {a.file for a in articles}

    if not isinstance(data["speakers"], list):
        raise _fail(f"{name}: speakers", "must be a list")
    speakers = []
    for i, sp in enumerate(data["speakers"]):
        where = f"{name}: speakers[{i}]"
        _keys(where, sp, _SPEAKER_KEYS, {"member_of"})
        _words(f"{where}.name", sp["name"])
        if sp["kind"] not in KINDS:
            raise _fail(where, f"kind must be one of {KINDS}, got {sp['kind']!r}")
        _words(f"{where}.member_of", sp.get("member_of"), optional=True)
        if not isinstance(sp["mentions"], list) or not sp["mentions"]:
            raise _fail(where, "mentions must be a non-empty list")
        spans = tuple(
            _span(f"{where}.mentions[{j}]", m, files) for j, m in enumerate(sp["mentions"])
        )
        speakers.append(Speaker(sp["name"], sp["kind"], sp.get("member_of"), spans))
    names = Counter(sp.name for sp in speakers)
    if any(n > 1 for n in names.values()):
        raise _fail(f"{name}: speakers", f"name {names.most_common(1)[0][0]!r} appears twice")
    for sp in speakers:
        if sp.member_of is not None and sp.member_of not in names:
            raise _fail(f"{name}: speaker {sp.name!r}", f"member_of {sp.member_of!r} is unknown")
    _no_overlap(
        f"{name}: speakers",
        [(m, f"speaker {sp.name!r}") for sp in speakers for m in sp.mentions],
    )

    if not isinstance(data["claims"], list) or not data["claims"]:
        raise _fail(f"{name}: claims", "must be a non-empty list")
    claims = []
    for i, c in enumerate(data["claims"]):
        where = f"{name}: claims[{i}]"
        _keys(where, c, _CLAIM_KEYS, {"note"})
        if not isinstance(c["id"], str) or not _CLAIM_ID.fullmatch(c["id"]):
            raise _fail(where, f"id must look like 'c1', got {c['id']!r}")
        where = f"{name}: claim {c['id']}"
        _words(f"{where}.statement", c["statement"])
        _words(f"{where}.measure", c["measure"])
        _words(f"{where}.note", c.get("note"), optional=True)
        if c["claimant"] is not None and c["claimant"] not in names:
            raise _fail(where, f"claimant {c['claimant']!r} is not one of the speakers")
        if not isinstance(c["mentions"], list) or not c["mentions"]:
            raise _fail(where, "mentions must be a non-empty list")
        spans = tuple(
            _span(f"{where}.mentions[{j}]", m, files) for j, m in enumerate(c["mentions"])
        )
        claims.append(
            Claim(c["id"], c["statement"], c["claimant"], c["measure"], spans, c.get("note"))
        )
    ids = Counter(c.id for c in claims)
    if any(n > 1 for n in ids.values()):
        raise _fail(f"{name}: claims", f"id {ids.most_common(1)[0][0]!r} appears twice")
    _no_overlap(f"{name}: mentions", [(m, f"claim {c.id}") for c in claims for m in c.mentions])

    if not isinstance(data["evidence"], list):
        raise _fail(f"{name}: evidence", "must be a list")
    evidence = []
    for i, e in enumerate(data["evidence"]):
        where = f"{name}: evidence[{i}]"
        _keys(where, e, _EVIDENCE_KEYS)
        if e["claim"] not in ids:
            raise _fail(where, f"claim {e['claim']!r} is unknown")
        if e["stance"] not in STANCES:
            raise _fail(where, f"stance must be one of {STANCES}, got {e['stance']!r}")
        _words(f"{where}.why", e["why"])
        span = _span(where, {k: e[k] for k in _SPAN_KEYS}, files)
        evidence.append(Evidence(e["claim"], e["stance"], span, e["why"]))

    if not isinstance(data["distinct"], list):
        raise _fail(f"{name}: distinct", "must be a list")
    distinct: list[tuple[str, str]] = []
    seen_pairs: set[frozenset[str]] = set()
    for i, pair in enumerate(data["distinct"]):
        where = f"{name}: distinct[{i}]"
        if not (isinstance(pair, list) and len(pair) == 2 and all(p in ids for p in pair)):
            raise _fail(where, f"must be two known claim ids, got {pair!r}")
        if pair[0] == pair[1] or frozenset(pair) in seen_pairs:
            raise _fail(where, f"{pair!r} pairs a claim with itself or repeats a pair")
        seen_pairs.add(frozenset(pair))
        distinct.append((pair[0], pair[1]))

    return Story(
        name,
        data["story"],
        tuple(articles),
        tuple(claims),
        tuple(evidence),
        tuple(distinct),
        tuple(speakers),
    )


def read(path: Path) -> Story:
    """Parse and validate one gold file (no texts needed)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read gold file: {error}") from error
    return validate(data, path.stem)


def _with_texts(story: Story, folder: Path, path: Path, third_party: bool) -> Story:
    articles = []
    for a in story.articles:
        local = folder / a.file
        try:
            raw = local.read_bytes()
        except OSError as error:
            raise GoldError(
                f"{path}: article {a.file}: no local text at {local} ({error.strerror}); "
                "refill the folder as tests/claims/gold/linking/README.md says"
            ) from error
        digest = hashlib.sha256(raw).hexdigest()
        if digest != a.sha256:
            raise GoldError(
                f"{path}: article {a.file}: sha256 of {local} is {digest}, the gold expects "
                f"{a.sha256}; the offsets only hold for the text they were made on"
            )
        articles.append(
            Article(a.file, a.url, a.sha256, a.outlet, a.published_on, a.order, raw.decode())
        )
    story = Story(
        story.name,
        story.description,
        tuple(articles),
        story.claims,
        story.evidence,
        story.distinct,
        story.speakers,
    )
    owned: list[tuple[str, Span]] = [(f"claim {c.id}", m) for c in story.claims for m in c.mentions]
    owned += [(f"evidence on {e.claim}", e.span) for e in story.evidence]
    owned += [(f"speaker {sp.name!r}", m) for sp in story.speakers for m in sp.mentions]
    for owner, span in owned:
        text = story.article(span.file).text
        if span.end > len(text):
            raise GoldError(
                f"{path}: {owner}: span {span.start}..{span.end} runs past the end of "
                f"{span.file} ({len(text)} characters)"
            )
        piece = text[span.start : span.end]
        if piece != piece.strip():
            raise GoldError(
                f"{path}: {owner}: span {span.start}..{span.end} in {span.file} "
                f"starts or ends with white space: {piece!r}"
            )
    if not third_party:
        return story
    own_words = [("story", story.description)]
    own_words += [(f"claim {c.id}", c.statement) for c in story.claims]
    own_words += [(f"claim {c.id} measure", c.measure) for c in story.claims]
    own_words += [(f"claim {c.id} note", c.note) for c in story.claims if c.note]
    own_words += [(f"evidence on {e.claim}", e.why) for e in story.evidence]
    for owner, words in own_words:
        for i in range(len(words) - COPY_PROBE + 1):
            probe = words[i : i + COPY_PROBE]
            if any(probe in a.text for a in story.articles):
                raise GoldError(f"{path}: {owner}: copied from an article: {probe!r}")
    return story


def load(folder: Path, gold: Path = GOLD, *, third_party: bool = True) -> list[Story]:
    """Every story in gold/ with its texts read from folder, hashes and offsets checked.

    For third-party texts it also refuses own-words fields that copy from an article."""
    paths = sorted(gold.glob("*.json"))
    if not paths:
        raise GoldError(f"{gold}: no gold files")
    return [_with_texts(read(path), folder, path, third_party) for path in paths]


def load_synthetic() -> list[Story]:
    return load(SYNTHETIC, SYNTHETIC, third_party=False)


def counts(stories: list[Story]) -> dict[str, int]:
    """The figures the README reports for a set of stories."""
    evidence = [e for s in stories for e in s.evidence]
    proposable = [e for s in stories for e in s.proposable_evidence()]
    figures = {
        "stories": len(stories),
        "articles": sum(len(s.articles) for s in stories),
        "outlets": len({a.outlet for s in stories for a in s.articles}),
        "claims": sum(len(s.claims) for s in stories),
        "claims in 2+ articles": sum(
            1 for s in stories for c in s.claims if len({m.file for m in c.mentions}) > 1
        ),
        "mentions": sum(len(c.mentions) for s in stories for c in s.claims),
        "same-claim pairs": sum(len(s.same_claim_pairs()) for s in stories),
        "same-claim pairs across articles": sum(len(s.cross_article_pairs()) for s in stories),
    }
    for stance in STANCES:
        figures[f"evidence {stance}"] = sum(1 for e in evidence if e.stance == stance)
    figures["supports/disputes proposable at ingest"] = sum(
        1 for e in proposable if e.stance != "context"
    )
    figures["distinct pairs"] = sum(len(s.distinct) for s in stories)
    figures["speakers"] = sum(len(s.speakers) for s in stories)
    figures["speaker mentions"] = sum(len(sp.mentions) for s in stories for sp in s.speakers)
    return figures


USAGE = (
    "usage: python -m tests.claims.linking_gold <folder with the local texts> [--gold DIR]\n"
    f"  --gold DIR  folder of gold files (default {GOLD}; the held-out split is {HELDOUT})"
)


def _arguments(argv: list[str]) -> tuple[Path, Path] | None:
    """The texts folder and the gold folder, or None when the arguments are wrong."""
    rest, gold = [], GOLD
    args = iter(argv[1:])
    for arg in args:
        if arg == "--gold":
            value = next(args, None)
            if value is None:
                return None
            gold = Path(value)
        elif arg.startswith("--gold="):
            gold = Path(arg.removeprefix("--gold="))
        elif arg.startswith("-"):
            return None
        else:
            rest.append(arg)
    return (Path(rest[0]), gold) if len(rest) == 1 else None


def main(argv: list[str]) -> int:
    parsed = _arguments(argv)
    if parsed is None:
        print(USAGE)
        return 2
    folder, gold = parsed
    try:
        stories = load(folder, gold)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for s in stories:
        by_stance = Counter(e.stance for e in s.evidence)
        print(
            f"{s.name}: {len(s.articles)} articles, {len({a.outlet for a in s.articles})} outlets, "
            f"{len(s.claims)} claims, {sum(len(c.mentions) for c in s.claims)} mentions, "
            f"{len(s.same_claim_pairs())} same-claim pairs ({len(s.cross_article_pairs())} across "
            f"articles), evidence {dict(sorted(by_stance.items()))}, {len(s.distinct)} distinct, "
            f"{len(s.speakers)} speakers"
        )
    for key, value in counts(stories).items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
