"""Numbers that cannot both hold: a claim's own bounds, the wording of each of its appearances and
the numeric excerpts of its evidence, compared as intervals.

"hundreds" (100 to under 1,000) and "more than 1,000" cannot both hold; nor can "at least 85%"
and "204 of 407 districts" (50.1%). Percentages compare with percentages and with part-of-whole
counts; other counts compare with counts. Everything here is plain Python except
`refresh_conflicts`, which reads a claim's appearances and evidence and stores the flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Any

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


def find_conflicts(own: Iterable[Interval], evidence: Iterable[Interval] = ()) -> list[Conflict]:
    """Pairs that cannot both hold: among the claim's own numbers (its fields and wordings), and
    between those and its evidence's. Evidence is not compared with other evidence."""
    own, evidence = list(own), list(evidence)
    conflicts = []
    for i, first in enumerate(own):
        for second in own[i + 1 :] + evidence:
            if cannot_both_hold(first, second):
                conflicts.append(Conflict(first, second))
    return conflicts


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
) -> list[Conflict]:
    """The conflicts of a claim's numbers (`claim_interval`), its appearances' wordings and its
    evidence's excerpts, each given as (text, label); plain Python, no queries."""
    own: list[Interval] = [] if fields is None else [fields]
    for text, label in wordings:
        own += parse_intervals(text, label)
    evidence: list[Interval] = []
    for text, label in excerpts:
        evidence += parse_intervals(text, label)
    return _distinct(find_conflicts(own, evidence))


def claim_conflicts(claim: Claim) -> list[Conflict]:
    """The conflicts of a stored claim; two queries (appearances, evidence with excerpts)."""
    appearances = claim.appearances.filter(orphaned=False).select_related("source")
    excerpts = claim.evidence.exclude(excerpt="").select_related("source")
    return conflicts_of(
        claim_interval(claim),
        [(a.wording, appearance_label(a.wording, a.source)) for a in appearances],
        [
            (e.excerpt, f"{e.get_stance_display().lower()} evidence {_quoted(e.excerpt)}")
            for e in excerpts
        ],
    )


def conflict_fields(conflicts: list[Conflict]) -> dict[str, Any]:
    """The stored form of a claim's conflicts: `numbers_conflict` and `conflict_note`."""
    return {
        "numbers_conflict": bool(conflicts),
        "conflict_note": "\n".join(str(c) for c in conflicts),
    }


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
    changes = conflict_fields(claim_conflicts(claim))
    type(claim)._default_manager.filter(pk=claim.pk).update(**changes)
    for field, value in changes.items():
        setattr(claim, field, value)
    return changes["numbers_conflict"]
