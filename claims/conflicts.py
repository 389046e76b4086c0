"""Numbers that cannot both hold: a claim's own bounds, the wording of each of its appearances and
the numeric excerpts of its evidence, compared as intervals.

"hundreds" (100 to under 1,000) and "more than 1,000" cannot both hold; nor can "at least 85%"
and "204 of 407 districts" (50.1%). Percentages compare with percentages and with part-of-whole
counts; other counts compare with counts. Everything here is plain Python except
`claim_conflicts` and `refresh_conflicts`, which read a claim's appearances and evidence and
store the flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

from django.db.models.functions import Substr

from claims.extraction import QuantityCandidate, extract

if TYPE_CHECKING:
    from claims.models import Claim

PERCENT = "percent"

# Vague amounts as intervals wide enough that a conflict is certain, not merely likely.
VAGUE_WORDS: dict[str, tuple[Decimal, Decimal]] = {
    "dozens": (Decimal(12), Decimal(100)),
    "scores": (Decimal(20), Decimal(100)),
    "hundreds": (Decimal(100), Decimal(1000)),
    "thousands": (Decimal(1000), Decimal(1_000_000)),
    "tens of thousands": (Decimal(10_000), Decimal(100_000)),
    "hundreds of thousands": (Decimal(100_000), Decimal(1_000_000)),
    "millions": (Decimal(1_000_000), Decimal(1_000_000_000)),
}
# "about 85%" may mean anything within this share of 85.
ABOUT_SLACK = Decimal("0.1")
# A count followed by one of these is a duration, not an amount of the thing claimed.
TIME_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "decade", "decades", "am", "pm",
}  # fmt: skip
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)


@dataclass(frozen=True)
class Interval:
    """The values a stated number allows: lower/upper bounds (None: unbounded) and a unit."""

    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    unit: str = ""  # PERCENT, or the counted noun; "" when unknown
    label: str = ""  # where the number comes from, for the note shown to reviewers

    @property
    def is_percent(self) -> bool:
        return self.unit == PERCENT

    def below(self, other: Interval) -> bool:
        """Every value of self is smaller than every value of other."""
        if self.upper is None or other.lower is None:
            return False
        if self.upper == other.lower:
            return not (self.upper_inclusive and other.lower_inclusive)
        return self.upper < other.lower

    def describe(self) -> str:
        """'at least 85%', 'over 1,000', '100 to under 1,000', '50.1%'."""
        lo, hi = self.lower, self.upper
        if lo is not None and lo == hi:
            text = number(lo)
        elif lo is not None and hi is not None:
            text = (
                f"{'' if self.lower_inclusive else 'over '}{number(lo)} to "
                f"{'' if self.upper_inclusive else 'under '}{number(hi)}"
            )
        elif lo is not None:
            text = f"{'at least' if self.lower_inclusive else 'over'} {number(lo)}"
        elif hi is not None:
            text = f"{'up to' if self.upper_inclusive else 'under'} {number(hi)}"
        else:
            text = "any number"
        return f"{text}%" if self.is_percent else text


def number(value: Decimal) -> str:
    """1000 → '1,000'; 50.12 → '50.1'; any size (a wording may hold a 400-digit number)."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    # Room for every digit: the default context (28 digits) cannot round a longer number.
    tenths = value.quantize(Decimal("0.1"), context=Context(prec=max(value.adjusted(), 0) + 3))
    return f"{tenths:,.1f}" if tenths != tenths.to_integral_value() else f"{int(tenths):,}"


def compatible(a: Interval | None, b: Interval | None) -> bool:
    """Whether two quantities could both hold: the one notion of it that conflict checks and
    same-claim match suggestions share ('hundreds' and 'thousands' are not compatible)."""
    return a is None or b is None or not cannot_both_hold(a, b)


def comparable(a: Interval, b: Interval) -> bool:
    """Percentages compare with percentages, counts with counts."""
    return a.is_percent == b.is_percent


def cannot_both_hold(a: Interval, b: Interval) -> bool:
    """True when no single value satisfies both intervals (and they measure alike)."""
    return comparable(a, b) and (a.below(b) or b.below(a))


def interval_from_fields(
    *,
    value: Decimal | None = None,
    lower: Decimal | None = None,
    upper: Decimal | None = None,
    lower_inclusive: bool = True,
    upper_inclusive: bool = True,
    unit: str = "",
    total: Decimal | None = None,
    vague: bool = False,
    label: str = "",
) -> Interval | None:
    """The interval of a claim's quantity fields; None when it carries no number.

    A part of a whole ('204 of 407 districts') becomes its share in percent; a vague lower bound
    ('hundreds': lower 100) is capped below the next order of magnitude.
    """
    if vague and value is not None and lower is None and upper is None:
        value, lower = None, value  # 'hundreds' stored as a point: it is a floor, not a count
    if value is not None and total:
        share = value * 100 / total
        return Interval(share, share, unit=PERCENT, label=label)
    if value is not None and lower is None and upper is None:
        return Interval(value, value, unit=unit, label=label)
    if lower is None and upper is None:
        return None
    if vague and lower is not None and upper is None:
        upper, upper_inclusive = vague_ceiling(lower), False
    return Interval(lower, upper, lower_inclusive, upper_inclusive, unit, label)


def vague_ceiling(lower: Decimal) -> Decimal:
    """'hundreds' (lower 100 or 200) stays under 1,000; 'thousands' under a million."""
    magnitude = len(str(int(lower))) - 1 if lower >= 1 else 0
    if magnitude < 3:
        return Decimal(10) ** (magnitude + 1)
    return Decimal(10) ** (3 * (magnitude // 3) + 3)


def claim_interval(claim: Claim, *, cap_vague: bool = True) -> Interval | None:
    """The claim's numbers as an interval; `cap_vague=False` keeps a vague bound as stored."""
    return interval_from_fields(
        value=claim.value,
        lower=claim.lower,
        upper=claim.upper,
        lower_inclusive=claim.lower_inclusive,
        upper_inclusive=claim.upper_inclusive,
        unit=claim.unit,
        total=claim.total,
        vague=claim.vague and cap_vague,
        label="the claim's numbers",
    )


# --- numbers in a piece of text ------------------------------------------------------------

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUALIFIER = (
    r"at least|no fewer than|no less than|more than|over|above|upwards of|in excess of|"
    r"up to|as many as|less than|fewer than|under|below|nearly|almost|about|around|"
    r"roughly|approximately|some|an estimated|exactly|just over|just under"
)
QUANTITY = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?<![\w/.,:-])(?P<number>{_NUMBER})(?![\w/]|[.,]\d)"
    rf"(?:\s*(?:-|to|–|and)\s*(?P<upper>{_NUMBER})(?![\w/]))?"
    r"(?P<percent>\s*%|\s+per\s*cent\b|\s+percent\b)?"
    rf"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?P<total>{_NUMBER})(?![\w/]))?"
    r"(?=(?P<after>(?:\s+[\w’'-]+){0,3}))",
    re.IGNORECASE,
)
VAGUE = re.compile(
    r"\b(?P<word>hundreds of thousands|tens of thousands|dozens|scores|hundreds|thousands|"
    r"millions)\s+of\b",
    re.IGNORECASE,
)
DATE_NEAR = re.compile(rf"\b(?:{MONTHS})\.?\s*$|^\s*(?:{MONTHS})\b", re.IGNORECASE)


def _decimal(raw: str) -> Decimal:
    return Decimal(raw.replace(",", ""))


# Numbers that are not amounts of what a claim counts: "in 15 years", "a 50-year-old", "won 3-2".
NOT_AMOUNTS = frozenset({"duration", "age", "score", "rank"})


def candidate_interval(candidate: QuantityCandidate, label: str = "") -> Interval | None:
    """An extracted quantity as an interval, on the same rules as a stored claim's fields."""
    return interval_from_fields(
        value=candidate.value,
        lower=candidate.lower,
        upper=candidate.upper,
        lower_inclusive=candidate.lower_inclusive,
        upper_inclusive=candidate.upper_inclusive,
        unit=candidate.unit,
        total=candidate.total,
        vague=candidate.vague,
        label=label,
    )


def read_intervals(text: str, label: str = "") -> list[Interval]:
    """Every amount in `text` as the extractor that reads articles reads it (claims.extraction):
    "the Taliban control 204 of Afghanistan's 407 districts" is 204 of a total 407 (50.1%).
    Movements ("rose 2.8%"), durations, ages, ranks and scores are left out."""
    found = []
    for candidate in extract(text).quantities:
        if candidate.kind in NOT_AMOUNTS or candidate.difference:
            continue
        interval = candidate_interval(candidate, label)
        if interval is not None:
            found.append(interval)
    return found


def parse_intervals(text: str, label: str = "") -> list[Interval]:
    """Every amount stated in `text`, as intervals; dates, years and durations are left out."""
    found: list[Interval] = []
    for match in QUANTITY.finditer(text):
        number = _decimal(match["number"])
        before, after = text[: match.start("number")], match["after"] or ""
        next_word = after.split()[0].lower().strip(".,;:") if after.split() else ""
        percent = bool(match["percent"])
        if not percent and not match["total"]:
            if DATE_NEAR.search(before[-12:]) or DATE_NEAR.search(after):
                continue  # "July 10", "10 July"
            if "," not in match["number"] and 1900 <= number <= 2100 and number % 1 == 0:
                continue  # a year
            if next_word in TIME_WORDS:
                continue  # "in the past 2 months"
        qualifier = (match["qualifier"] or "").lower()
        unit = PERCENT if percent else next_word
        if match["total"]:
            total = _decimal(match["total"])
            if total and number <= total:
                found.append(interval_from_fields(value=number, total=total, label=label))  # type: ignore[arg-type]
            continue
        if match["upper"]:
            upper = _decimal(match["upper"])
            if number <= upper:
                found.append(Interval(number, upper, unit=unit, label=label))
                continue
        found.append(_qualified(number, qualifier, unit, label))
    for match in VAGUE.finditer(text):
        lower, upper = VAGUE_WORDS[match["word"].lower()]
        found.append(Interval(lower, upper, True, False, label=label))
    return found


def _qualified(number: Decimal, qualifier: str, unit: str, label: str) -> Interval:
    if qualifier in {"at least", "no fewer than", "no less than"}:
        return Interval(number, None, True, unit=unit, label=label)
    if qualifier in {"more than", "over", "above", "upwards of", "in excess of", "just over"}:
        return Interval(number, None, False, unit=unit, label=label)
    if qualifier in {"up to", "as many as"}:
        return Interval(None, number, upper_inclusive=True, unit=unit, label=label)
    if qualifier in {"less than", "fewer than", "under", "below", "just under"}:
        return Interval(None, number, upper_inclusive=False, unit=unit, label=label)
    if qualifier in {"nearly", "almost"}:
        return Interval(number * (1 - ABOUT_SLACK), number, unit=unit, label=label)
    if qualifier in {"about", "around", "roughly", "approximately", "some", "an estimated"}:
        slack = number * ABOUT_SLACK
        return Interval(number - slack, number + slack, unit=unit, label=label)
    return Interval(number, number, unit=unit, label=label)


# --- a claim's conflicts -------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    first: Interval
    second: Interval

    def __str__(self) -> str:
        return (
            f"{self.first.label} ({self.first.describe()}) and {self.second.label} "
            f"({self.second.describe()}) cannot both hold."
        )


# A reviewer reads a few pairs, not thousands: the note lists at most this many.
MAX_LISTED = 20


def find_conflicts(
    own: Iterable[Interval], evidence: Iterable[Interval] = (), limit: int | None = None
) -> list[Conflict]:
    """Pairs that cannot both hold: among the claim's own numbers (its fields and wordings), and
    between those and its evidence's. Evidence is not compared with other evidence.

    In the order of the pairs (own first, then evidence), at most `limit` of them. The cost is
    that of sorting plus the pairs found, not of every pair: a claim seen in thousands of
    sources is checked in a moment (intervals sorted by upper bound, and by lower bound, meet
    only where one lies wholly below the other).
    """
    own, evidence = list(own), list(evidence)
    items = own + evidence
    n_own = len(own)
    found: set[tuple[int, int]] = set()
    for percent in (True, False):  # percentages compare with percentages, counts with counts
        group = [(i, x) for i, x in enumerate(items) if x.is_percent == percent]
        # Smallest upper bound first (an exclusive one before an inclusive one of the same
        # value); largest lower bound first (exclusive first): `below` only weakens along both.
        lows = sorted(
            (p for p in group if p[1].upper is not None),
            key=lambda p: (p[1].upper, p[1].upper_inclusive),
        )
        highs = sorted(
            (p for p in group if p[1].lower is not None),
            key=lambda p: (-p[1].lower, p[1].lower_inclusive),  # type: ignore[operator]
        )
        for i, low in lows:
            if not highs or not low.below(highs[0][1]):
                break
            for j, high in highs:
                if not low.below(high):
                    break
                if i == j or (i >= n_own and j >= n_own):
                    continue
                found.add((min(i, j), max(i, j)))
                if limit is not None and len(found) >= limit:
                    break
            if limit is not None and len(found) >= limit:
                break
    return [Conflict(items[i], items[j]) for i, j in sorted(found)]


def _quoted(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def appearance_label(wording: str, source: Any) -> str:
    """How the conflict note names a wording: '“over 85%” in “Russia warns…”'."""
    return f"{_quoted(wording)} in {_quoted(str(source), 50)}"


def conflicts_of(
    fields: Interval | None,
    wordings: Iterable[tuple[str, str]],
    excerpts: Iterable[tuple[str, str]] = (),
    limit: int | None = MAX_LISTED + 1,
) -> list[Conflict]:
    """The conflicts of a claim's numbers (`claim_interval`), its appearances' wordings and its
    evidence's excerpts, each given as (text, label); plain Python, no queries."""
    own: list[Interval] = [] if fields is None else [fields]
    for text, label in wordings:
        own += parse_intervals(text, label)
    evidence: list[Interval] = []
    for text, label in excerpts:  # evidence is read as articles are
        evidence += read_intervals(text, label)
    return _distinct(find_conflicts(own, evidence, limit))


def claim_conflicts(claim: Claim, limit: int | None = MAX_LISTED + 1) -> list[Conflict]:
    """The conflicts of a stored claim; two queries (appearances, evidence with excerpts)."""
    return conflicts_of_claims([claim], limit)[claim.pk]


def conflicts_of_claims(
    claims: list[Claim], limit: int | None = MAX_LISTED + 1
) -> dict[int, list[Conflict]]:
    """The conflicts of stored claims, by id: two queries however many claims.

    Sources are read for their labels only: a source's text may be megabytes, and a claim
    seen in many sources would otherwise load each in full.
    """
    from claims.models import Appearance, Evidence, Stance
    from sources.models import Source

    ids = [claim.pk for claim in claims]
    wordings: dict[int, list[tuple[str, str]]] = {pk: [] for pk in ids}
    appearances = (
        Appearance.objects.filter(claim_id__in=ids, orphaned=False)
        .annotate(opening=Substr("source__text", 1, 300))  # enough for `opening_words`
        .order_by("pk")
        .values_list("claim_id", "wording", "source__title", "source__published_on", "opening")
    )
    for claim_id, wording, title, published_on, opening in appearances:
        source = Source(title=title, published_on=published_on, text=opening)
        wordings[claim_id].append((wording, appearance_label(wording, source)))
    excerpts: dict[int, list[tuple[str, str]]] = {pk: [] for pk in ids}
    stances = dict(Stance.choices)
    evidence = (
        Evidence.objects.filter(claim_id__in=ids)
        .exclude(excerpt="")
        .order_by("pk")
        .values_list("claim_id", "excerpt", "stance")
    )
    for claim_id, excerpt, stance in evidence:
        label = f"{stances[stance].lower()} evidence {_quoted(excerpt)}"
        excerpts[claim_id].append((excerpt, label))
    return {
        claim.pk: conflicts_of(claim_interval(claim), wordings[claim.pk], excerpts[claim.pk], limit)
        for claim in claims
    }


def conflict_fields(conflicts: list[Conflict]) -> dict[str, Any]:
    """The stored form of a claim's conflicts: `numbers_conflict` and `conflict_note`."""
    lines = [str(c) for c in conflicts[:MAX_LISTED]]
    if len(conflicts) > MAX_LISTED:
        lines.append(f"More pairs cannot both hold; the first {MAX_LISTED} are listed.")
    return {"numbers_conflict": bool(conflicts), "conflict_note": "\n".join(lines)}


def _distinct(conflicts: list[Conflict]) -> list[Conflict]:
    seen, kept = set(), []
    for conflict in conflicts:
        key = str(conflict)
        if key not in seen:
            seen.add(key)
            kept.append(conflict)
    return kept


def refresh_conflicts(claim: Claim) -> bool:
    """Recompute and store `numbers_conflict` and `conflict_note`; returns the flag.

    Stored with a queryset update: the flag is derived, so it neither bumps the claim's edit
    version nor adds a history entry of its own.
    """
    refresh_many([claim])
    return claim.numbers_conflict


def refresh_many(claims: list[Claim]) -> None:
    """`refresh_conflicts` for many claims: two reads and one bulk update per 500 claims."""
    if not claims:
        return
    found = conflicts_of_claims(claims)
    for claim in claims:
        for field, value in conflict_fields(found[claim.pk]).items():
            setattr(claim, field, value)
    # bulk_update writes the two fields alone: no version bump, no history, like `update()`.
    type(claims[0])._default_manager.bulk_update(
        claims, ["numbers_conflict", "conflict_note"], batch_size=500
    )
