"""A clearly-labelled demo: the seeds ingested, and a few of their items reviewed.

The demo editor tidies a claim's statement and adds evidence from an invented desk note; the demo
reviewer (another person, as the four-eyes rule wants) verifies with verdicts, rejects a scare
quote and retracts one claim. Everything goes through the models' own review methods, so the
demo obeys the same rules as a reviewer in the admin. Loading it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from claims.models import Appearance, Claim, Evidence, Quote, ReviewStatus, Stance, Verdict
from sources.ingest import parse_text, read_file, text_files
from sources.models import Outlet, Source
from sources.services import ingest_document

LABEL = "Demo"
OUTLET = "factdb demo (invented)"
NOTE_TITLE = "factdb demo note: district counts, July 2021 (invented for the demo)"
# Written for factdb's demo; it reports nothing real and says so in its first sentence.
NOTE_TEXT = f"""{NOTE_TITLE}

This note was written for factdb's demo. It is not a report by any outlet, and its numbers are \
made up; it stands in for the kind of source a reviewer cites.

The demo desk's tally lists 204 of Afghanistan's 407 districts under Taliban control in \
mid-July 2021, about half of them.

The same tally counts more than 1,000 soldiers who crossed into Tajikistan in early July.

Officials told the demo desk that 22 commandos were killed in Dawlat Abad.
"""


@dataclass(frozen=True)
class ClaimReview:
    """One seed claim to review: found by the words of one of its appearances."""

    wording: str  # case-insensitive part of an appearance's wording in the seeds
    unit: str
    evidence: str  # a sentence of NOTE_TEXT
    stance: str
    summary: str
    verdict: str
    explanation: str
    statement: str = ""  # the editor's plain-words statement, when the extracted one is not
    measure: str = ""
    retract: str = ""  # a reason: verified, then retracted


CLAIMS = [
    ClaimReview(
        wording="85 per cent",
        unit="percent",
        statement="The Taliban controls at least 85% of Afghanistan's territory.",
        measure="territory of Afghanistan",
        evidence="The demo desk's tally lists 204 of Afghanistan's 407 districts under Taliban "
        "control in mid-July 2021, about half of them.",
        stance=Stance.DISPUTES,
        summary="Demo evidence (an invented note): 204 of 407 districts, about half.",
        verdict=Verdict.MOSTLY_FALSE,
        explanation="Demo verdict on invented evidence: the demo note's tally of 204 of 407 "
        "districts is about half of the country, well short of 85%.",
    ),
    ClaimReview(
        wording="1,000 Afghan government troops",
        unit="troops",
        evidence="The same tally counts more than 1,000 soldiers who crossed into Tajikistan in "
        "early July.",
        stance=Stance.SUPPORTS,
        summary="Demo evidence (an invented note): more than 1,000 soldiers crossed.",
        verdict=Verdict.TRUE,
        explanation="Demo verdict on invented evidence: the demo note counts the same.",
    ),
    ClaimReview(
        wording="22 commandos",
        unit="commandos",
        evidence="Officials told the demo desk that 22 commandos were killed in Dawlat Abad.",
        stance=Stance.SUPPORTS,
        summary="Demo evidence (an invented note): 22 commandos killed.",
        verdict=Verdict.MOSTLY_TRUE,
        explanation="Demo verdict on invented evidence: the demo note gives the same number.",
        # Under 100 characters: the history keeps the reason in a varchar(100) on PostgreSQL.
        retract="Demo retraction: the note behind this verdict was invented for the demo.",
    ),
]
# Quotes in the seeds, by how their text starts: verified, or rejected with a reason.
VERIFIED_QUOTES = ["We are not seeking India", "We have very good relations with Russia"]
REJECTED_QUOTES = {
    "naturally": "Demo rejection: a scare quote, not words anyone is quoted as saying."
}


@dataclass
class DemoReport:
    done: list[str] = field(default_factory=list)  # what this run changed
    kept: list[str] = field(default_factory=list)  # what an earlier run (or a person) did
    missing: list[str] = field(default_factory=list)  # not found in the seeds

    @property
    def public(self) -> int:
        return Claim.objects.verified().count() + Quote.objects.verified().count()


def seed_files(folder: Path | None = None) -> list[Path]:
    return list(text_files([folder or settings.BASE_DIR / "seeds"]))


def load_demo(editor: Any, reviewer: Any, seeds: Iterable[Path] | None = None) -> DemoReport:
    """Ingest the seeds and the demo note, and review the demo's items; all or nothing."""
    report = DemoReport()
    with transaction.atomic():
        sources = [
            _ingest(read_file(path, settings.FACTDB_MAX_SOURCE_BYTES), None, None, report)
            for path in (seeds if seeds is not None else seed_files())
        ]
        outlet, _ = Outlet.objects.get_or_create(name=OUTLET, defaults={"kind": Outlet.Kind.OTHER})
        note = _ingest(parse_text(NOTE_TEXT, origin="manage.py demo"), outlet, editor, report)
        for item in CLAIMS:
            _review_claim(item, sources, note, editor, reviewer, report)
        for start in VERIFIED_QUOTES:
            _review_quote(start, sources, reviewer, report, reason="")
        for start, reason in REJECTED_QUOTES.items():
            _review_quote(start, sources, reviewer, report, reason=reason)
    return report


def _ingest(document: Any, outlet: Outlet | None, by: Any, report: DemoReport) -> Source:
    overrides = {"kind": Source.Kind.REPORT} if outlet else {}
    result = ingest_document(document, outlet=outlet, overrides=overrides, by=by)
    label = result.source.title or document.origin
    (report.done if result.created else report.kept).append(
        f"{'ingested' if result.created else 'already ingested'}: source {result.source.pk} "
        f"({label})"
    )
    return result.source


def _review_claim(
    item: ClaimReview,
    sources: list[Source],
    note: Source,
    editor: Any,
    reviewer: Any,
    report: DemoReport,
) -> None:
    appearance = (
        Appearance.objects.filter(
            source__in=sources,
            claim__isnull=False,
            claim__unit=item.unit,
            wording__icontains=item.wording,
        )
        .select_related("claim")
        .first()
    )
    if appearance is None or appearance.claim is None:
        report.missing.append(f"claim worded like {item.wording!r} ({item.unit})")
        return
    claim = appearance.claim
    label = f"claim {claim.pk} ({item.wording})"
    final = ReviewStatus.RETRACTED if item.retract else ReviewStatus.VERIFIED
    if claim.status not in (ReviewStatus.UNREVIEWED, ReviewStatus.IN_REVIEW):
        if claim.status == ReviewStatus.VERIFIED and final == ReviewStatus.RETRACTED:
            claim.retract(by=reviewer, reason=item.retract)
            report.done.append(f"retracted {label}")
        else:
            report.kept.append(f"{label} is already {claim.get_status_display().lower()}")
        return
    # The editor's part: plain words, and the evidence.
    if item.statement and claim.statement != item.statement:
        claim.statement, claim.measure = item.statement, item.measure or claim.measure
        claim.last_edited_by = editor
        claim._change_reason = f"{LABEL}: the statement in plain words"  # type: ignore[attr-defined]
        claim.full_clean()
        claim.save()
    start = note.text.index(item.evidence)
    Evidence.objects.get_or_create(
        claim=claim,
        source=note,
        excerpt_start=start,
        defaults={
            "stance": item.stance,
            "excerpt_end": start + len(item.evidence),
            "excerpt": item.evidence,
            "summary": item.summary,
            "note": f"{LABEL}: added by `manage.py demo`.",
            "added_by": editor,
        },
    )
    # The reviewer's part.
    if claim.status == ReviewStatus.UNREVIEWED:
        claim.start_review(by=reviewer)
    claim.verify(by=reviewer, verdict=item.verdict, explanation=item.explanation)
    report.done.append(f"verified {label}: {Verdict(item.verdict).label.lower()}")
    if item.retract:
        claim.retract(by=reviewer, reason=item.retract)
        report.done.append(f"retracted {label}")


def _review_quote(
    start: str, sources: list[Source], reviewer: Any, report: DemoReport, reason: str
) -> None:
    quote = (
        Quote.objects.filter(appearances__source__in=sources, text__startswith=start)
        .distinct()
        .first()
    )
    if quote is None:
        report.missing.append(f"quote starting {start!r}")
        return
    label = f"quote {quote.pk} ({start}…)"
    if quote.status not in (ReviewStatus.UNREVIEWED, ReviewStatus.IN_REVIEW):
        report.kept.append(f"{label} is already {quote.get_status_display().lower()}")
        return
    if reason:
        quote.reject(by=reviewer, reason=reason)
        report.done.append(f"rejected {label}")
        return
    if quote.status == ReviewStatus.UNREVIEWED:
        quote.start_review(by=reviewer)
    quote.verify(by=reviewer)
    report.done.append(f"verified {label}")
