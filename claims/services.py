"""Storing extracted candidates: work that spans the sources and claims apps.

`store_candidates` runs inside the ingest transaction (see `sources.signals.source_ingested`):
quotes and claims become `unreviewed` records with their appearances, speakers are matched to
existing rows by name or alias, and a claim already known from another source gains an
appearance instead of a twin (or, when the match is unsure, a `ClaimMatch` suggestion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from claims.conflicts import refresh_conflicts
from claims.extraction import Extraction, QuantityCandidate, QuoteCandidate, extract
from claims.models import (
    Appearance,
    Claim,
    ClaimMatch,
    Qualifier,
    Quote,
    ReviewStatus,
    Speaker,
)
from sources.models import Source

# A candidate at least this alike an existing claim is the same claim: a new appearance.
SAME_CLAIM_SCORE = 0.85
# Between this and SAME_CLAIM_SCORE, a reviewer decides (a ClaimMatch suggestion).
SUGGEST_SCORE = 0.6
# Quantity kinds extracted but not stored as claims: a duration or an age frames a claim rather
# than states one, and a game score has no value to check.
NOT_CLAIMS = frozenset({"duration", "age", "score"})


class SpeakerDirectory:
    """Finds or creates the Speaker rows an extraction names; one lookup per distinct name."""

    def __init__(self, extraction: Extraction) -> None:
        self._cache: dict[str, Speaker] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._kinds: dict[str, str] = {}
        for mention in extraction.speakers:
            self._aliases[mention.name.lower()] = tuple(mention.aliases)
            if mention.kind:
                self._kinds[mention.name.lower()] = mention.kind

    def get(self, name: str | None, kind: str | None = None) -> Speaker | None:
        if not name or not name.strip():
            return None
        name = " ".join(name.split())
        key = name.lower()
        if key in self._cache:
            return self._cache[key]
        # What the text shows of this speaker beats the caller's guess.
        kind = self._kinds.get(key) or kind or Speaker.Kind.PERSON
        candidates = list(Speaker.objects.named(name))
        speaker = next((s for s in candidates if s.kind == kind), None) or next(
            iter(candidates), None
        )
        if speaker is None:
            speaker = Speaker.objects.create(name=name, kind=kind)
        for alias in self._aliases.get(key, ()):
            speaker.add_alias(alias)
        self._cache[key] = speaker
        return speaker

    def link_organisations(self) -> None:
        """'Taliban spokesman' as an alias: the person speaks for the Taliban, if it is known."""
        for speaker in self._cache.values():
            if speaker.kind != Speaker.Kind.PERSON or speaker.organisation_id is not None:
                continue
            for alias in self._aliases.get(speaker.name.lower(), ()):
                found = SPOKESPERSON_FOR.match(alias)
                organisation = found and (
                    Speaker.objects.organisations().named(found.group("organisation")).first()
                )
                if organisation:
                    speaker.organisation = organisation
                    speaker.save(update_fields=["organisation"])
                    break


# "Taliban spokesman", "the Kremlin's envoy": an organisation, then a role that speaks for it.
SPOKESPERSON_FOR = re.compile(
    r"^(?:the\s+)?(?P<organisation>.+?)(?:'s|’s)?\s+"
    r"(?:spokesman|spokeswoman|spokesperson|envoy|representative|official)$",
    re.IGNORECASE,
)


def store_candidates(source: Source, **_: Any) -> dict[str, int]:
    """Extract quotes and quantities from `source` and store them for review."""
    extraction = extract(source.text, published_on=source.published_on)
    speakers = SpeakerDirectory(extraction)
    counts = {"quotes": 0, "claims": 0, "appearances": 0, "suggested matches": 0}
    for quote in extraction.quotes:
        created = _store_quote(source, quote, speakers)
        counts["quotes"] += created
        counts["appearances"] += 1
    touched: dict[int, Claim] = {}
    for quantity in extraction.quantities:
        if quantity.kind in NOT_CLAIMS or not _storable(quantity):
            continue
        claim, created, suggested = _store_quantity(source, quantity, speakers)
        touched[claim.pk] = claim
        counts["claims"] += created
        counts["suggested matches"] += suggested
        counts["appearances"] += 1
    speakers.link_organisations()
    # A claim seen again in this source may now have numbers that cannot all hold.
    for claim in touched.values():
        refresh_conflicts(claim)
    return counts


def _storable(candidate: QuantityCandidate) -> bool:
    """Whether a claim's number fields can hold the candidate's numbers: the extractor keeps an
    implausible "1000000000000000000000 troops" (flagged with a warning), ingest refuses it."""
    field = Claim._meta.get_field("value")
    limit = Decimal(10) ** (field.max_digits - field.decimal_places)  # type: ignore[attr-defined]
    numbers = (candidate.value, candidate.lower, candidate.upper, candidate.total)
    return all(number is None or abs(number) < limit for number in numbers)


def _span(candidate: QuoteCandidate | QuantityCandidate) -> dict[str, Any]:
    return {
        "wording": candidate.text,
        "start": candidate.start,
        "end": candidate.end,
        "prefix": candidate.prefix[-64:],
        "suffix": candidate.suffix[:64],
    }


def _store_quote(source: Source, candidate: QuoteCandidate, speakers: SpeakerDirectory) -> int:
    speaker = speakers.get(candidate.speaker, candidate.speaker_kind)
    # The same words from the same speaker (or from no speaker found yet) are one quote.
    quote = (
        Quote.objects.filter(speaker=speaker, text=candidate.text)
        .exclude(status=ReviewStatus.REJECTED)
        .first()
    )
    created = quote is None
    if quote is None:
        quote = Quote.objects.create(
            text=candidate.text,
            speaker=speaker,
            said_on=candidate.said_on,
            partial=candidate.partial,
            via=candidate.via or "",
            confidence=_confidence(candidate.confidence),
        )
    Appearance.objects.get_or_create(
        quote=quote,
        source=source,
        start=candidate.start,
        end=candidate.end,
        defaults={
            **_span(candidate),
            "cue": (candidate.cue or "")[:100],
            "attribution": candidate.speaker_from or "",
        },
    )
    return int(created)


@dataclass(frozen=True)
class Bounds:
    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None

    def interval(self) -> tuple[Decimal | None, Decimal | None]:
        if self.value is not None and self.lower is None and self.upper is None:
            return self.value, self.value
        return self.lower, self.upper

    def overlaps(self, other: Bounds) -> bool:
        lo1, hi1 = self.interval()
        lo2, hi2 = other.interval()
        return not (
            (hi1 is not None and lo2 is not None and hi1 < lo2)
            or (hi2 is not None and lo1 is not None and hi2 < lo1)
        )

    def same_numbers(self, other: Bounds) -> bool:
        return self.interval() == other.interval()


WORD = re.compile(r"[a-z]+")
STOPWORDS = {"the", "of", "a", "an", "in", "its", "their", "to", "and", "war", "torn"}


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOPWORDS}


def match_score(candidate: QuantityCandidate, claim: Claim, claimant: Speaker | None) -> float:
    """How alike a candidate and a stored claim are, 0 to 1.

    Same claimant and unit are required. Then: the same numbers (85 in "at least 85 per cent"
    and "over 85%") weigh most; overlapping bounds less; the words of what is measured least,
    since articles word it freely ("the war-torn country", "the territory").
    """
    if claim.claimant_id != (claimant.pk if claimant else None):
        return 0.0
    if (claim.unit or "") != (candidate.unit or ""):
        return 0.0
    mine = Bounds(candidate.value, candidate.lower, candidate.upper)
    theirs = Bounds(claim.value, claim.lower, claim.upper)
    if not mine.overlaps(theirs):
        return 0.0
    score = 0.5 + (0.4 if mine.same_numbers(theirs) else 0.2)
    a = _words(f"{candidate.measure or ''} {candidate.noun or ''}")
    b = _words(f"{claim.measure} {claim.noun}")
    if a and b:
        score += 0.1 * len(a & b) / len(a | b)
    elif not a and not b:
        score += 0.1
    return min(score, 1.0)


def _store_quantity(
    source: Source, candidate: QuantityCandidate, speakers: SpeakerDirectory
) -> tuple[Claim, int, int]:
    """Store one quantity; returns its claim, whether it is new, whether a match was suggested."""
    claimant = speakers.get(candidate.claimant, "organisation")
    best: tuple[float, Claim | None] = (0.0, None)
    for claim in (
        Claim.objects.filter(unit=candidate.unit or "", claimant=claimant)
        .exclude(status=ReviewStatus.REJECTED)
        .exclude(appearances__source=source)
    ):
        score = match_score(candidate, claim, claimant)
        if score > best[0]:
            best = (score, claim)
    score, match = best
    if match is not None and score >= SAME_CLAIM_SCORE:
        _appear(match, source, candidate)
        return match, 0, 0
    claim = Claim.objects.create(
        statement=candidate.statement or candidate.text,
        claimant=claimant,
        value=candidate.value,
        lower=candidate.lower,
        upper=candidate.upper,
        lower_inclusive=candidate.lower_inclusive,
        upper_inclusive=candidate.upper_inclusive,
        unit=(candidate.unit or "")[:50],
        noun=(candidate.noun or "")[:100],
        qualifier=Qualifier.from_wording(candidate.qualifier or "") or "",
        vague=candidate.vague,
        total=candidate.total,
        measure=(candidate.measure or "")[:300],
        as_of=candidate.as_of,
        confidence=_confidence(candidate.confidence),
    )
    _appear(claim, source, candidate)
    if match is not None and score >= SUGGEST_SCORE:
        ClaimMatch.objects.create(
            claim=match,
            candidate=claim,
            score=round(score, 3),
            reasons=f"same claimant and unit ({claim.unit or 'none'}); bounds overlap",
        )
        return claim, 1, 1
    return claim, 1, 0


def _appear(claim: Claim, source: Source, candidate: QuantityCandidate) -> None:
    Appearance.objects.get_or_create(
        claim=claim,
        source=source,
        start=candidate.start,
        end=candidate.end,
        defaults=_span(candidate),
    )


def _confidence(value: float | None) -> float | None:
    return None if value is None else max(0.0, min(1.0, float(value)))
