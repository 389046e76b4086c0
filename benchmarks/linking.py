"""Linking across sources against the development set of issue 9, and its cost at scale.

    .venv/bin/python benchmarks/linking.py [PATH_TO_TEXTS] [--gold DIR] [--database-url URL]
        [--scale N]

PATH_TO_TEXTS holds the real stories' texts (tests/claims/gold/linking/README.md says how to
refill it; on this machine /work/corpora/linking). Without it only the committed synthetic story
is measured. --gold names the folder of gold files for those texts: by default the development
set (tests/claims/gold/linking); the held-out split, on which no rule is tuned, is

    .venv/bin/python benchmarks/linking.py /work/corpora/linking-heldout \
        --gold tests/claims/gold/linking/heldout
 A story whose text is missing or changed is measured without that article, and the
article is named.

Each story is ingested into an emptied database, article by article in its gold order, through
the service `manage.py ingest` calls. Then, against the gold annotations:
- Same-claim pairs: a gold mention is found when a stored claim appearance overlaps its span
  (the most overlapping one). A pair of found mentions is predicted "same" when both belong to
  one stored claim. Precision = right predicted pairs / predicted pairs; recall = right predicted
  pairs / gold pairs, over pairs across articles (what linking does; two mentions in one article
  are never merged) and, for the record, over all pairs. "Linking recall" counts only gold pairs
  whose two mentions were both extracted; "end-to-end recall" counts them all.
- Evidence proposals: a proposal is right when its source is the gold evidence's article, its
  excerpt overlaps the gold span, its claim is the gold claim (it has an appearance on one of
  the gold claim's mentions) and its stance is the gold stance. Coverage = gold supports/disputes
  an ingest-time proposer can find (`proposable_evidence`) that have a right proposal; precision
  = right proposals / proposals.
- Speakers per real speaker: for each gold speaker with at least one stored Speaker row named
  (or aliased) as one of its mentions, how many distinct rows; ideal 1.0.
- Cost: with --scale N, N claims shaped like a desk's (`add_background_claims`: counts,
  percentages and money over 50 measures and 5 years, numbers rounded as reporters round them)
  are added first; then the
  linking lookups of every quantity of every article (measure, retrieval, decision) are timed as
  ms per quantity, against the former lookup in the same run (every claim of the quantity's unit
  and claimant, loaded per document) as the baseline. Use PostgreSQL for this figure.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.claims.linking_gold import (  # noqa: E402
    GOLD,
    SYNTHETIC,
    Article,
    GoldError,
    Span,
    Story,
    _with_texts,
    read,
)

TARGETS = {"precision": 0.95, "recall": 0.85, "coverage": 0.80, "proposal precision": 0.80}
MS_PER_QUANTITY = 50


def setup_django(database_url: str | None) -> None:
    """Every story is ingested into an emptied database: never the one `./dev serve` keeps
    (var/factdb.sqlite3), unless DATABASE_URL or --database-url names it."""
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{REPO / 'var' / 'benchmark-linking.sqlite3'}")
    (REPO / "var").mkdir(exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def empty_database() -> None:
    from django.core.management import call_command

    call_command("flush", verbosity=0, interactive=False)


# --- the stories ---------------------------------------------------------------------------


def load_story(path: Path, folder: Path, third_party: bool) -> tuple[Story, list[str]]:
    """The story with its texts; an article whose text is missing or changed is left out (with
    every span in it) and named."""
    story = read(path)
    kept: list[Article] = []
    missing: list[str] = []
    for article in story.articles:
        one = Story(story.name, story.description, (article,), (), (), (), ())
        try:
            kept.extend(_with_texts(one, folder, path, third_party=False).articles)
        except GoldError as error:
            missing.append(str(error))
    files = {a.file for a in kept}
    from tests.claims.linking_gold import Claim as GoldClaim
    from tests.claims.linking_gold import Speaker as GoldSpeaker

    claims = tuple(
        GoldClaim(c.id, c.statement, c.claimant, c.measure, kept_spans, c.note)
        for c in story.claims
        if (kept_spans := tuple(m for m in c.mentions if m.file in files))
    )
    ids = {c.id for c in claims}
    evidence = tuple(e for e in story.evidence if e.span.file in files and e.claim in ids)
    distinct = tuple(p for p in story.distinct if p[0] in ids and p[1] in ids)
    speakers = tuple(
        GoldSpeaker(s.name, s.kind, s.member_of, tuple(m for m in s.mentions if m.file in files))
        for s in story.speakers
    )
    return Story(
        story.name, story.description, tuple(kept), claims, evidence, distinct, speakers
    ), (missing)


def ingest_story(story: Story) -> dict[str, int]:
    """Every article in gold order; the source id of each article's file."""
    from sources.ingest import parse_text
    from sources.services import ingest_document

    ids = {}
    for article in sorted(story.articles, key=lambda a: a.order):
        document = replace(parse_text(article.text, article.file), url=article.url)
        if document.published_on is None and article.published_on is not None:
            document = replace(document, published_on=article.published_on)
        ids[article.file] = ingest_document(document).source.pk
    return ids


def cross_story(stories: list[Story]) -> dict[str, Any]:
    """Every story of a set ingested into one database, one story after another: what linking
    joins across stories is wrong by construction (they are other events, mostly other years).
    Claims with appearances in two stories' articles, and proposals from one story's article on
    another story's claim."""
    from claims.models import Appearance, Claim, EvidenceProposal

    story_of: dict[int, str] = {}
    for story in stories:
        for source_id in ingest_story(story).values():
            story_of[source_id] = story.name
    claims: dict[int, set[str]] = defaultdict(set)
    for claim_id, source_id in Appearance.objects.filter(claim__isnull=False).values_list(
        "claim_id", "source_id"
    ):
        claims[claim_id].add(story_of[source_id])
    rows = EvidenceProposal.objects.values_list("pk", "source_id", "claim__appearances__source_id")
    wrong = {
        pk
        for pk, source_id, claim_source in rows
        if claim_source is not None and story_of[source_id] != story_of[claim_source]
    }
    shown = [
        f"{story_of[p.source_id]} -> {p.claim.statement[:60]!r}: {p.stance}, {p.reason[:80]}"
        for p in EvidenceProposal.objects.filter(pk__in=wrong).select_related("claim")
    ]
    joined = [pk for pk, names in claims.items() if len(names) > 1]
    shown += [
        f"one claim in {' and '.join(sorted(claims[c.pk]))}: {c.statement[:70]!r}"
        for c in Claim.objects.filter(pk__in=joined)
    ]
    return {
        "claims": len(claims),
        "claims across stories": sum(1 for names in claims.values() if len(names) > 1),
        "proposals across stories": len(wrong),
        "shown": sorted(shown),
    }


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(story: Story, sources: dict[str, int]) -> dict[str, Any]:
    from claims.models import Appearance, EvidenceProposal, Speaker

    by_source: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for source_id, start, end, claim_id in Appearance.objects.filter(
        claim__isnull=False, source_id__in=sources.values()
    ).values_list("source_id", "start", "end", "claim_id"):
        by_source[source_id].append((start, end, claim_id))

    def claim_at(span: Span) -> int | None:
        best, most = None, 0
        for start, end, claim_id in by_source[sources[span.file]]:
            shared = overlap((start, end), (span.start, span.end))
            if shared > most:
                best, most = claim_id, shared
        return best

    found = {m: claim_at(m) for c in story.claims for m in c.mentions}
    gold_of: dict[Span, str] = {m: c.id for c in story.claims for m in c.mentions}
    mentions = [m for m in found if found[m] is not None]
    predicted = {frozenset(p) for p in combinations(mentions, 2) if found[p[0]] == found[p[1]]}
    gold_pairs = story.same_claim_pairs()
    figures: dict[str, Any] = {}
    for scope in ("across", "all"):
        gold = gold_pairs if scope == "all" else story.cross_article_pairs()
        pred = (
            predicted if scope == "all" else {p for p in predicted if len({s.file for s in p}) == 2}
        )
        right = pred & gold
        extracted = {p for p in gold if all(found[s] is not None for s in p)}
        figures[scope] = {
            "predicted": len(pred),
            "right": len(right),
            "gold": len(gold),
            "gold extracted": len(extracted),
            "wrong": sorted(
                f"{gold_of.get(a, '?')}~{gold_of.get(b, '?')}"
                for a, b in (tuple(p) for p in pred - gold)
            )[:8],
        }

    # Evidence proposals.
    stored_of_gold: dict[str, set[int]] = defaultdict(set)
    for claim in story.claims:
        for mention in claim.mentions:
            if found[mention] is not None:
                stored_of_gold[claim.id].add(found[mention])  # type: ignore[arg-type]
    file_of = {pk: file for file, pk in sources.items()}
    proposals = list(
        EvidenceProposal.objects.filter(source_id__in=sources.values()).values_list(
            "claim_id", "source_id", "stance", "excerpt_start", "excerpt_end"
        )
    )

    def hits(proposal: tuple[int, int, str, int, int], evidence: Any, stance: bool) -> bool:
        claim_id, source_id, kind, start, end = proposal
        return (
            file_of[source_id] == evidence.span.file
            and overlap((start, end), (evidence.span.start, evidence.span.end)) > 0
            and claim_id in stored_of_gold.get(evidence.claim, set())
            and (not stance or kind == evidence.stance)
        )

    wanted = [e for e in story.proposable_evidence() if e.stance != "context"]
    covered = [e for e in wanted if any(hits(p, e, True) for p in proposals)]
    good = [p for p in proposals if any(hits(p, e, True) for e in story.evidence)]
    figures["proposals"] = {
        "gold": len(wanted),
        "covered": len(covered),
        "proposals": len(proposals),
        "right": len(good),
    }
    figures["causes"] = diagnose(story, sources, found, proposals, covered, good, stored_of_gold)

    # Speakers per real speaker.
    rows_per_speaker = []
    split: list[tuple[str, str]] = []
    for speaker in story.speakers:
        names = {story.text(m).lower() for m in speaker.mentions}
        names |= {n[4:] for n in names if n.startswith("the ")}
        rows = {
            pk for name in names for pk in Speaker.objects.named(name).values_list("pk", flat=True)
        }
        if rows:
            rows_per_speaker.append(len(rows))
        if len(rows) > 1:
            kept = Speaker.objects.filter(pk__in=rows).order_by("pk").values_list("name", flat=True)
            split.append(("one speaker, several rows", f"{speaker.name}: {', '.join(kept)}"))
    figures["causes"]["split speakers"] = split
    figures["speakers"] = {
        "gold": len(story.speakers),
        "with rows": len(rows_per_speaker),
        "rows": sum(rows_per_speaker),
    }
    return figures


# --- causes --------------------------------------------------------------------------------


def _figure_of(claim_id: int) -> Any:
    from claims.linking.ingest import stored_figure
    from claims.models import Claim

    return stored_figure(Claim.objects.select_related("claimant").get(pk=claim_id))


def _show(f: Any) -> str:
    number = f.interval.describe() if f.interval else "no number"
    return f"[{f.claimant_name or 'no claimant'} | {f.measure_key} | {number} | {f.seen_on}]"


def _same_claim_cause(new: Any, old: Any) -> str:
    """Why two stored claims that the gold calls one were not merged."""
    from claims.linking.match import Link, adopt, judge

    pair = adopt(new, old)
    if pair is None and new.measure_key.partition(":")[0] == old.measure_key.partition(":")[0]:
        return "measure missing" if not (new.concept and old.concept) else "measure different"
    verdict = judge(*(pair or (new, old)))
    if isinstance(verdict, Link):
        if verdict.score >= 0.85:
            return "would merge: candidate not retrieved or already used"
        missing = []
        if not any(r.startswith("same claimant") for r in verdict.reasons):
            missing.append(
                "claimant missing on " + ("both" if old.claimant == new.claimant else "one")
            )
        if not any(r.startswith("bounds overlap") for r in verdict.reasons):
            missing.append("numbers rounded")
        if not any(" apart" in r for r in verdict.reasons):
            missing.append("date unknown or far")
        return f"score below merge ({', '.join(missing) or 'other'})"
    if verdict == "measure":
        new_scale, _, new_concept = new.measure_key.partition(":")
        old_scale, _, old_concept = old.measure_key.partition(":")
        if new_scale != old_scale:
            return "unit/currency differs"
        if not new_concept or not old_concept:
            return "measure missing"
        return "measure different"
    return {"claimant": "claimant mismatch", "dates": "dates too far apart"}.get(verdict, verdict)


def diagnose(
    story: Story,
    sources: dict[str, int],
    found: dict[Span, int | None],
    proposals: list[tuple[int, int, str, int, int]],
    covered: list[Any],
    good: list[Any],
    stored_of_gold: dict[str, set[int]],
) -> dict[str, Any]:
    """The cause of every missed cross-article pair, missing proposal and wrong proposal."""
    from claims.linking.match import judge_bearing
    from claims.models import Appearance

    order = {a.file: a.order for a in story.articles}
    gold_of = {m: c.id for c in story.claims for m in c.mentions}
    figures: dict[int, Any] = {}

    def fig(pk: int) -> Any:
        if pk not in figures:
            figures[pk] = _figure_of(pk)
        return figures[pk]

    pairs: list[tuple[str, str]] = []
    for pair in sorted(
        story.cross_article_pairs(), key=lambda p: sorted((s.file, s.start) for s in p)
    ):
        a, b = sorted(pair, key=lambda s: order[s.file])
        if found[a] is not None and found[a] == found[b]:
            continue
        if found[a] is None or found[b] is None:
            cause, detail = "extraction missed the quantity", ""
        else:
            new, old = fig(found[b]), fig(found[a])  # type: ignore[arg-type]
            cause = _same_claim_cause(new, old)
            detail = f"{_show(old)} ~ {_show(new)}"
        pairs.append((cause, f"{gold_of[a]} {story.text(a)!r} / {story.text(b)!r} {detail}"))

    merged: list[tuple[str, str]] = []
    for pair in story.cross_article_pairs() | {
        frozenset((a, b)) for a in found for b in found if a.file != b.file
    }:
        a, b = sorted(pair, key=lambda s: (order[s.file], s.start))
        if found[a] is None or found[a] != found[b] or gold_of[a] == gold_of[b]:
            continue
        claim = fig(found[a])  # type: ignore[arg-type]
        merged.append(
            (
                "merged, the gold keeps apart",
                f"{gold_of[a]}~{gold_of[b]} {story.text(a)!r} / {story.text(b)!r} {_show(claim)}",
            )
        )

    at_span: dict[tuple[str, int, int], set[int]] = {}

    def claims_at(span: Span) -> set[int]:
        key = (span.file, span.start, span.end)
        if key not in at_span:
            at_span[key] = set(
                Appearance.objects.filter(
                    source_id=sources[span.file],
                    claim__isnull=False,
                    start__lt=span.end,
                    end__gt=span.start,
                ).values_list("claim_id", flat=True)
            )
        return at_span[key]

    missing: list[tuple[str, str]] = []
    wanted = [e for e in story.proposable_evidence() if e.stance != "context"]
    for e in wanted:
        if e in covered:
            continue
        targets = stored_of_gold.get(e.claim, set())
        here = claims_at(e.span) - targets
        mine = [p for p in proposals if p[0] in targets and sources[e.span.file] == p[1]]
        if not targets:
            cause = "claim not extracted"
        elif mine:
            cause = "proposed with another stance or span"
        elif not here:
            cause = (
                "no other quantity in the evidence span"
                if not claims_at(e.span)
                else "evidence merged into the claim"
            )
        else:
            verdicts = {judge_bearing(fig(h), fig(t)) for h in here for t in targets}
            found_any = [v for v in verdicts if isinstance(v, tuple)]
            if found_any:
                cause = "numbers bear on it but not proposed (retrieval, words or order)"
            else:
                cause = "no bearing: " + sorted(str(v) for v in verdicts)[0]
        missing.append(
            (cause, f"{e.claim} {e.stance} in {e.span.file}: {story.text(e.span)[:90]!r}")
        )

    gold_claim_of: dict[int, set[str]] = defaultdict(set)
    for claim_id, pks in stored_of_gold.items():
        for pk in pks:
            gold_claim_of[pk].add(claim_id)
    file_of = {pk: file for file, pk in sources.items()}
    wrong: list[tuple[str, str]] = []
    for p in proposals:
        if p in good:
            continue
        stored, source_id, stance, start, end = p
        file = file_of[source_id]
        span = Span(file, start, end)
        gold_ids = gold_claim_of.get(stored, set())
        evidence_here = [
            e
            for e in story.evidence
            if e.span.file == file and overlap((start, end), (e.span.start, e.span.end)) > 0
        ]
        mentions_here = {
            gold_of[m]
            for m in gold_of
            if m.file == file and overlap((start, end), (m.start, m.end)) > 0
        }
        if not gold_ids:
            cause = "claim not in the gold"
        elif gold_ids & mentions_here:
            cause = "a mention of the same claim (a missed merge)"
        elif any(e.claim in gold_ids and e.stance != stance for e in evidence_here):
            cause = "wrong stance"
        elif any(e.claim in gold_ids for e in evidence_here):
            cause = "right claim, other span"
        elif evidence_here:
            cause = "evidence on another claim"
        elif any({x, y} <= gold_ids | mentions_here for x, y in story.distinct):
            cause = "a look-alike the gold keeps apart"
        else:
            cause = "no gold evidence here"
        wrong.append(
            (cause, f"{stance} on {sorted(gold_ids)} from {file}: {story.text(span)[:90]!r}")
        )
    return {
        "pairs": pairs,
        "wrong merges": sorted(merged),
        "missing proposals": missing,
        "wrong proposals": wrong,
    }


def print_causes(label: str, causes: dict[str, list[tuple[str, str]]], details: bool) -> None:
    for kind, items in causes.items():
        tally: dict[str, int] = defaultdict(int)
        for cause, _ in items:
            tally[cause] += 1
        print(f"  {label} {kind}: {len(items)}")
        for cause, n in sorted(tally.items(), key=lambda kv: -kv[1]):
            print(f"    {n:4}  {cause}")
            if details:
                for c, line in items:
                    if c == cause:
                        print(f"            {line}")


# --- cost -----------------------------------------------------------------------------------


def add_background_claims(n: int, seed: int) -> None:
    """N unreviewed claims over 5 years, in bulk, without history, shaped like a desk's table:
    counts, percentages and amounts in three currencies over 50 measures each, one in ten with
    no measure named ("count:", "USD:"); numbers as reporters round them (two or three
    significant figures, a tenth of a per cent), most stated as a point, some as a floor ("at
    least"), a ceiling ("up to") or a range. Round numbers recur, as they do in news, so a
    figure's number range meets many stored claims of its scale."""
    from claims.linking.measures import lexicon
    from claims.models import Claim

    rng = random.Random(seed)
    concepts = [c for c in lexicon().concepts if c != "generic"][:50]
    scales = {
        "count": lambda: significant(10 ** rng.uniform(0, 7), rng.choice((2, 3))),
        "percent": lambda: Decimal(rng.randint(1, 1000)) / 10,
        "USD": lambda: significant(10 ** rng.uniform(3, 12), 3),
        "EUR": lambda: significant(10 ** rng.uniform(3, 12), 3),
        "GBP": lambda: significant(10 ** rng.uniform(3, 12), 3),
    }
    start = datetime.date(2014, 1, 1)
    batch = []
    for i in range(n):
        scale = ("count", "count", "percent", "percent", "USD", "EUR", "GBP")[i % 7]
        concept = "" if rng.random() < 0.1 else rng.choice(concepts)
        key = f"{scale}:{concept}"
        number = scales[scale]()
        shape = rng.random()
        value = lower = upper = number
        if shape < 0.15:  # "at least"
            value = upper = None
        elif shape < 0.2:  # "up to"
            value = lower = None
        elif shape < 0.25:  # "between ... and ..."
            value, upper = None, significant(number * Decimal("1.5"), 2)
        batch.append(
            Claim(
                statement=f"Background claim {i}: {number} {key}",
                measure_key=key,
                kind="percent" if scale == "percent" else "money" if scale != "count" else "count",
                unit="percent" if scale == "percent" else scale if scale != "count" else concept,
                value=value,
                lower=lower,
                upper=upper,
                seen_on=start + datetime.timedelta(days=rng.randint(0, 5 * 365)),
            )
        )
        if len(batch) == 5000:
            Claim.objects.bulk_create(batch)
            batch = []
    if batch:
        Claim.objects.bulk_create(batch)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_claim")  # as autovacuum would, before the timing


def significant(x: float | Decimal, digits: int) -> Decimal:
    """x rounded to so many significant figures, as a Decimal (1234567, 2 -> 1200000)."""
    return Decimal(f"{float(x):.{digits}g}").quantize(Decimal(1)) if x >= 1 else Decimal(1)


def time_linking(stories: list[Story]) -> dict[str, float]:
    """ms per quantity of the linking lookups, and of the former per-unit lookup (baseline)."""
    from claims.extraction import extract
    from claims.linking.ingest import Linker
    from claims.models import Claim
    from sources.models import Source

    linked = baseline = 0.0
    quantities = 0
    for story in stories:
        for article in story.articles:
            source = Source(text=article.text, published_on=article.published_on)
            candidates = [q for q in extract(article.text).quantities if q.kind != "duration"]
            quantities += len(candidates)
            started = time.perf_counter()
            linker = Linker(source, {})
            prepared = [linker.prepare(c, None) for c in candidates]
            linker.load(prepared)
            for item in prepared:
                linker.best_match(item)
            linker.proposals(prepared)
            linked += time.perf_counter() - started
            started = time.perf_counter()
            for unit in {c.unit or "" for c in candidates}:
                len(list(Claim.objects.filter(unit=unit, claimant=None).only("pk", "value")))
            baseline += time.perf_counter() - started
    per = max(quantities, 1)
    return {
        "quantities": quantities,
        "linking ms": linked * 1000 / per,
        "baseline ms": baseline * 1000 / per,
    }


# --- report ---------------------------------------------------------------------------------


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def report(name: str, figures: dict[str, Any]) -> None:
    across, every, prop, spk = (
        figures["across"],
        figures["all"],
        figures["proposals"],
        figures["speakers"],
    )
    print(
        f"  {name:24} pairs across: P {ratio(across['right'], across['predicted'])} "
        f"({across['right']}/{across['predicted']}), linking R "
        f"{ratio(across['right'], across['gold extracted'])}, end-to-end R "
        f"{ratio(across['right'], across['gold'])} ({across['gold']}) | all pairs P "
        f"{ratio(every['right'], every['predicted'])} R {ratio(every['right'], every['gold'])} | "
        f"proposals: coverage {ratio(prop['covered'], prop['gold'])} ({prop['covered']}/"
        f"{prop['gold']}), right {ratio(prop['right'], prop['proposals'])} ({prop['right']}/"
        f"{prop['proposals']}) | speakers per real speaker "
        f"{ratio(spk['rows'], spk['with rows'])} ({spk['with rows']}/{spk['gold']} found)"
    )
    if across["wrong"]:
        print(f"    wrong pairs (gold claim ids): {', '.join(across['wrong'])}")


def total(figures: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in ("across", "all", "proposals", "speakers"):
        out[section] = defaultdict(int)
        for f in figures:
            for key, value in f[section].items():
                if isinstance(value, int):
                    out[section][key] += value
        out[section]["wrong"] = []
    out["causes"] = {
        kind: [item for f in figures for item in f["causes"][kind]]
        for kind in (
            "pairs",
            "wrong merges",
            "missing proposals",
            "wrong proposals",
            "split speakers",
        )
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, help="folder of the real stories' texts")
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD,
        help="folder of the gold files for those texts (default: the development set; "
        "tests/claims/gold/linking/heldout is the held-out split)",
    )
    parser.add_argument(
        "--database-url", help="default: DATABASE_URL, else var/benchmark-linking.sqlite3"
    )
    parser.add_argument("--scale", type=int, default=0, help="background claims for the cost")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--why", action="store_true", help="list every miss with its cause")
    parser.add_argument("--story", action="append", help="measure only this story (repeatable)")
    args = parser.parse_args()
    gold_files = sorted(args.gold.glob("*.json"))
    if args.texts is not None and not gold_files:
        parser.error(f"--gold {args.gold}: no gold files (*.json) there")

    setup_django(args.database_url)
    from django.db import connection

    print(f"linking benchmark on {connection.vendor}")
    sets: list[tuple[str, list[Story]]] = []
    synthetic = [load_story(p, SYNTHETIC, False)[0] for p in sorted(SYNTHETIC.glob("*.json"))]
    sets.append(("synthetic", synthetic))
    if args.texts is not None and args.texts.is_dir():
        real = []
        for path in gold_files:
            if args.story and path.stem not in args.story:
                continue
            story, missing = load_story(path, args.texts, True)
            for reason in missing:
                print(f"  left out: {reason}")
            real.append(story)
        label = "real" if args.gold.resolve() == GOLD else f"real ({args.gold.name})"
        sets.insert(0, (label, real))
    elif args.texts is not None:
        print(f"  no folder {args.texts}: the real stories are not measured")

    for label, stories in sets:
        print(f"\n{label} stories")
        results = []
        for story in stories:
            empty_database()
            figures = evaluate(story, ingest_story(story))
            results.append(figures)
            report(story.name, figures)
            if args.why:
                print_causes(story.name, figures["causes"], details=True)
        every = total(results)
        report(f"ALL {label}", every)
        print(
            f"\n  causes, {label} stories (missed cross-article pairs, missing and wrong proposals)"
        )
        print_causes(label, every["causes"], details=False)
        if len(stories) > 1:
            empty_database()
            mixed = cross_story(stories)
            print(
                f"\n  {label} stories in one database: {mixed['claims across stories']} of "
                f"{mixed['claims']} claims joined across stories, "
                f"{mixed['proposals across stories']} proposals across stories (wrong by "
                "construction; ideal 0)"
            )
            if args.why:
                for line in mixed["shown"]:
                    print(f"            {line}")

    all_stories = [s for _, stories in sets for s in stories]
    empty_database()
    if args.scale:
        started = time.perf_counter()
        add_background_claims(args.scale, args.seed)
        print(f"\n{args.scale:,} background claims added in {time.perf_counter() - started:.0f} s")
    cost = time_linking(all_stories)
    verdict = "ok" if cost["linking ms"] <= MS_PER_QUANTITY else "MISSED"
    print(
        f"\ncost on {connection.vendor} with {args.scale:,} stored claims: linking "
        f"{cost['linking ms']:.2f} ms per quantity ({cost['quantities']} quantities; target <= "
        f"{MS_PER_QUANTITY} ms: {verdict}); baseline, the former per-unit lookup, "
        f"{cost['baseline ms']:.2f} ms per quantity (ratio "
        f"{cost['baseline ms'] / max(cost['linking ms'], 1e-9):.1f}x)"
    )
    print(f"targets: {TARGETS}")
    empty_database()


if __name__ == "__main__":
    main()
