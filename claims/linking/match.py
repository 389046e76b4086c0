"""Whether a new quantity is a claim already known, or bears on one: plain Python, no Django.

A `Figure` is a quantity as linking reads it (who claims it, what it counts, its numbers, when).
`same_claim` says whether two figures are one claim, with a score on the scale of the ingest
thresholds and the reasons a reviewer reads; `bearing` says whether a figure supports or disputes
another one, and why. Reuses `claims.conflicts` for what numbers allow.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache

from claims.conflicts import Interval, cannot_both_hold, comparable, interval_from_fields, number
from claims.linking import currencies
from claims.linking.measures import (
    STANCES,
    TEMPERATURE_CHANGE,
    is_property,
    is_running,
    lexicon,
    related_keys,
)

# Numbers within this share of each other are one figure rounded (32,700 and 33,000).
ROUNDING = Decimal("0.02")
# ... and within this share when either is approximate ("about", "nearly", "some").
APPROXIMATE = Decimal("0.1")
# How far above a round floor of one significant digit a figure reported within days may be:
# "more than 1,000 points" for 1,175 (`_floor_of`).
LOOSE_FLOOR = Decimal("0.2")
# How far below its top a range's bottom is for its top stated bare to be the range: 35,000 to
# 60,000, not 30 to 32 (`_top_of_range`).
WIDE_RANGE = Decimal("0.2")
APPROXIMATE_QUALIFIERS = {"about", "vague"}
# What naming the counted thing adds: with equal numbers and close dates, a figure nobody
# claims ("272 dead") then joins the one somebody claims.
NAMED_MEASURE = 0.05
# Amounts converted between currencies through a yearly average agree within this share.
CONVERTED = Decimal("0.06")
# What a later, rounder and higher figure of a running total loses: a reviewer decides.
RUNNING_UPDATE = 0.15
# What the articles' sharing another precise figure adds: two articles that both report "156,000
# jobs" or "2,068 injured" report one event, and their equal figures of one measure are one claim
# even when neither names a claimant or a date. Never enough alone (see `judge`).
SAME_STORY = 0.1
# What naming the same proper name adds ("Ludian", "Pedernales") to an equal figure, when no
# shared precise figure says the articles report one story.
SHARED_NAMES = 0.05
# "nearly 12,000", "almost two-thirds": an estimate that says the number is not reached.
SHORT_OF = re.compile(r"\s*(?:nearly|almost|approaching|nearing|just short of)\b", re.I)
# Words before a number saying it is the top of a range given elsewhere: "put the top end of the
# estimate at 9,000", "the upper end of the range, 9,000", "at the high end, 9,000".
TOP_END = re.compile(
    r"\b(?:top|upper|high|higher)[- ]end\b[^.;:!?]{0,50}$|\bupper (?:bound|limit)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)
# Words right before a figure saying a running total rose to it ("the toll has risen to 272",
# "rose sharply to more than 2,000", "the toll had reached 1,394": the count as of a moment
# before the report): a report of an update, perhaps older than a higher figure
# already stored, not a count that fell. Only right before it: in "rises to 350 with 2,068
# injured" the injured did not rise.
RISEN_TO = re.compile(
    r"\b(?:(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|soared)\s+"
    r"(?:[a-z]+ly\s+)?to|had\s+reached)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$",
    re.IGNORECASE,
)
# Words next to a number that give it as a fall: "fell 4.6%", "was down 4.6 per cent", "lost
# about 4.6%", "a 4.6% drop", "4.6% lower". The size of a fall stated without its sign: the same
# change as a signed "-4.6%" (a markets table, a tweet).
FELL_BY = re.compile(
    r"\b(?:fell|falls?|falling|dropped|drops?|dropping|down|lost|loses|losing|slid|slides|"
    r"sliding|sank|sinks|sinking|tumbled|tumbles|plunged|plunges|plummeted|declined|declines|"
    r"shed|sheds|slumped|slumps|a\s+(?:fall|drop|decline|loss|slide)\s+of)\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
FALL_AFTER = re.compile(r"\s*(?:fall|drop|decline|loss|slide|plunge|slump|lower)\b", re.IGNORECASE)
# The most a pair of figures scores when a date is unknown and nothing ties them to one event
# (`judge`): below the score that makes two figures one claim (0.85), a suggestion at most.
UNTIED = 0.8
# A vague amount at least this large ("tens of thousands", "hundreds of thousands") is the size
# of a story's event itself, given once per event; "hundreds" are given of many of its moments.
EVENT_SIZE = Decimal(10000)
# Figures dated further apart than this are never one claim, and do not bear on each other.
WINDOW_DAYS = 10
# Within this many days, dates count in favour of one claim.
CLOSE_DAYS = 3
# Statements sharing this share of their words say the same thing.
SAME_WORDS = 0.25
# A figure is proposed as evidence on a claim only when their statements share this much.
RELATED_WORDS = 0.1
_STOP = (
    "the a an of in on at to for and or but by with from as is are was were be been has have had "
    "it its their his her they he she that this which who said says say told according than more "
    "least over about some nearly almost up after before into out off per cent percent"
)
STOPWORDS = frozenset(_STOP.split())
WORD = re.compile(r"[^\W\d_]+")


# Month and day names, "may" left out: "May" with a capital is checked apart, the verb is more
# common.
MONTHS = frozenset(
    ["january", "february", "march", "april", "june", "july", "august", "september", "october"]
    + ["november", "december"]
)
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# A place a figure is about: "in Chicago", "in coastal Ecuador", "across New York".
PLACE = re.compile(
    r"\b(?:in|across|near|outside|off)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"
)


# "March" and "May" are months only beside a day or after "in" ("on March 3", "in May"): the
# Women's March is no month.
AMBIGUOUS_MONTH = re.compile(r"\b(?:in|of|since|until)\s+(March|May)\b|\b(March|May)\s+\d")


# A quarter of a year: "the third quarter", "third-quarter growth", "Q3"; "last"/"final" are
# the fourth.
QUARTER = re.compile(
    r"\b(first|second|third|fourth|final|last)[- ]quarter\b|\bQ([1-4])\b", re.IGNORECASE
)
QUARTERS = {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4", "final": "q4"}
QUARTERS["last"] = "q4"
QUARTERS.update({str(n): f"q{n}" for n in range(1, 5)})
MONTH_ORDER = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
MONTH_SPAN = re.compile(
    rf"\b(?:between\s+({'|'.join(MONTH_ORDER)})\s+and|({'|'.join(MONTH_ORDER)})\s*(?:[-–]|to))"
    rf"\s*({'|'.join(MONTH_ORDER)})\b",
    re.IGNORECASE,
)
# The whole of a year: "full-year growth", "annual growth", "for the year", "the whole of
# 2015"; "in 2015" or "2015 growth" too when the words name no shorter period.
WHOLE_YEAR = re.compile(
    r"\b(?:full[- ]year|annual|for the (?:whole |full )?year|whole of (?:19|20)\d\d)\b", re.I
)
IN_YEAR = re.compile(
    r"\bin (?:19|20)\d\d\b(?!\s*[-–]?\s*\d)|\b(?:19|20)\d\d(?:['’]s)?\s+(?=[a-z])"
)  # "in 2015", "China's 2015 gross domestic product of"


def periods_named(text: str) -> frozenset[str]:
    """The months and days a statement names ("in September", "by 11 a.m. Saturday")."""
    found = {w.lower() for w in WORD.findall(text) if w.lower() in (MONTHS | DAYS) - {"march"}}
    for match in AMBIGUOUS_MONTH.finditer(text):
        found.add((match[1] or match[2]).lower())
    return frozenset(found)


# A number other than a year: the words about another figure begin there.
OTHER_NUMBER = r"(?<![\w.])(?!(?:19|20)\d\d\b)\d[\d.]*"
# Where the words about a number end: another number (not a year), a clause's punctuation, or a
# word that brings in another figure ("down from", "than", "against").
CLAUSE_END = re.compile(
    OTHER_NUMBER + r"|[,;:(–—]|\b(?:from|than|against|versus|compared)\b", re.IGNORECASE
)


def part_of_year(before: str, after: str) -> frozenset[str]:
    """The stretch of a year the words next to a number say it covers: its quarters ("6.9
    percent in the third quarter", "third-quarter growth of") or the whole year ("6.9 percent
    in 2015", "full-year growth at"); empty when they say neither. Only the words between the
    number and the numbers on either side of it: in "6.8% in the fourth quarter, down from 6.9%
    between July and September" the fourth quarter is 6.8%'s."""
    bounds = list(CLAUSE_END.finditer(before[-50:]))
    near = before[-50:][bounds[-1].end() :] if bounds else before[-50:]
    following = CLAUSE_END.search(after[:60])
    near += " # " + (after[: following.start()] if following else after[:60])
    found = {QUARTERS[(m[1] or m[2]).lower()] for m in QUARTER.finditer(near)}
    for m in MONTH_SPAN.finditer(near):
        first, last = MONTH_ORDER.index((m[1] or m[2]).lower()), MONTH_ORDER.index(m[3].lower())
        if first % 3 == 0 and last == first + 2:
            found.add(f"q{first // 3 + 1}")  # "between July and September": the third quarter
    if not found and (WHOLE_YEAR.search(near) or IN_YEAR.search(near)):
        found.add("year")
    return frozenset(found)


# The kind of division a place name may carry or drop: "Longtoushan Township" is Longtoushan.
# (Not "city" or "town": Mexico City is not Mexico, nor Cape Town a cape.)
ADMINISTRATIVE = re.compile(
    r"\s+(?:township|village|county|prefecture|province|district)$", re.IGNORECASE
)


def places_named(text: str) -> frozenset[str]:
    """The places a statement says its figure is in ("in Chicago", "in coastal Ecuador")."""
    found = set()
    for match in PLACE.finditer(text):
        name = ADMINISTRATIVE.sub("", match[1].rstrip(".").lower())
        if name and name not in MONTHS | DAYS and name != "may":
            found.add(name)
    return frozenset(found)


# What is read right next to a number about what it covers: the period of a rate ("£782,000 a
# week", "€30m per year", "an annual salary of"), pay before or after tax, and a count cut off
# at a time of day ("by 11 a.m.", "as of noon").
_SKIP = r"^\s*\)?\s*(?:\([^()]{0,40}\)\s*)?(?:[-–—,]\s*)?"
RATE_AFTER = re.compile(
    _SKIP + r"(?:(?:a|an|per|each|every)\s+(week|year|month|day|hour|season)\b"
    r"|(weekly|yearly|annually|monthly|daily|hourly)\b)",
    re.IGNORECASE,
)
RATE_BEFORE = re.compile(
    r"\b(weekly|annual|yearly|monthly|daily|hourly)\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?$",
    re.IGNORECASE,
)
TAX = re.compile(r"\b(before|after|pre|post)[- ]tax\b", re.IGNORECASE)
CUT_OFF = re.compile(
    r"\b(?:by|as of|until|till|up to)\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|noon|midday)",
    re.IGNORECASE,
)
# "four between 4.0 and 4.9", "five of 3 to 3.9": a count of items whose values lie in the
# range, not a figure of the thing itself.
CLASS_OF = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+"
    r"(?:of\s+them\s+)?(?:between|from|of)\s*$",
    re.IGNORECASE,
)
# What became of the things counted, right after the number: "12,000 homes collapsed" and
# "30,000 damaged" count two sets of homes.
STATE = re.compile(
    r"^\W*(?:[a-z]+\s+){0,3}?(damaged|destroyed|collapsed|toppled|flattened|razed)\b",
    re.IGNORECASE,
)
STATES = {"damaged": "damaged"}  # every other word of STATE: "destroyed"
RATE_PERIODS = {
    "weekly": "week", "yearly": "year", "annually": "year", "annual": "year",
    "monthly": "month", "daily": "day", "hourly": "hour",
}  # fmt: skip


# A party or a body named as the subject of a change right before its number: "the Greens
# lost 12 seats", "Northwind's Liberal party gained", "the union, down 3,000 members". What
# changed is part of what is counted: two parties' changes of one size are two figures.
SUBJECT_OF_CHANGE = re.compile(
    r"(?<![\w’'])((?:[A-ZÀ-Þ][\w.-]*\s+){0,3}[A-ZÀ-Þ][\w.-]*?)(?:['’]s?)?"
    r"(\s+(?:[Pp]arty|[Gg]overnment|[Cc]ompany))?(?:\s*,)?\s+"
    r"(?:(?:has|have|had|will|would|could|to|also)\s+)*"
    r"(?:lost|lose|loses|losing|gained|gain|gains|gaining|shed|sheds|shedding|dropped|drops|"
    r"drop|added|adds|add|picked\s+up|picks\s+up|pick\s+up|up|down)\s+"
    r"(?:(?:a|an|about|around|nearly|almost|some|just|only|over|more\s+than|at\s+least|"
    r"roughly|another|a\s+further)\s+)*$"
)


def subject_of_change(before: str) -> str:
    """The name a change right before a number is said of, as the forms it may be written in
    joined by "|": "the Greens lost" -> "green", "the New Democratic party lost" -> "nd|ndp|new
    democratic" (its initials too, so that "the NDP lost" -> "ndp" is the same party);
    "" when no change or no name comes before it ("He lost", "It gained")."""
    found = SUBJECT_OF_CHANGE.search(before[-60:])
    if found is None:
        return ""
    words = [w for w in found[1].split() if w.lower() not in NOT_NAMES]
    if not words:
        return ""
    forms = {" ".join(stem(w.lower()) for w in words)}
    if len(words) > 1:
        initials = "".join(w[0].lower() for w in words)
        forms |= {initials, initials + ("p" if found[2] and "arty" in found[2] else "")}
    return "|".join(sorted(forms))


def scope_near(before: str, after: str, wording: str = "") -> frozenset[tuple[str, str]]:
    """What the words right next to a number (its `wording`) say it covers, as (aspect, value)
    pairs: ("rate", "week"), ("tax", "after"), ("cut-off", "11am"), ("class", "of items"),
    ("subject", "green") for a change said of a named party or body."""
    found = set()
    subject = subject_of_change(before)
    if subject:
        found.add(("subject", subject))
    lead = re.match(r"(?:between|from)\s", wording, re.IGNORECASE)
    if lead:
        before += lead[0]  # "four [between 4.0 and 4.9]": the range's word belongs before it
    rate = RATE_AFTER.match(after) or RATE_BEFORE.search(before)
    if rate:
        word = next(g for g in rate.groups() if g).lower()
        found.add(("rate", RATE_PERIODS.get(word, word)))
    tax = TAX.search(before[-30:]) or TAX.search(after[:64])
    if tax:
        found.add(("tax", "before" if tax[1].lower() in ("before", "pre") else "after"))
    state = STATE.match(after)
    if state:
        found.add(("state", STATES.get(state[1].lower(), "destroyed")))
    if CLASS_OF.search(before[-30:]):
        found.add(("class", "of items"))
    for text in (before[-40:], after[:40]):
        cut = CUT_OFF.search(text)
        if cut:
            found.add(("cut-off", re.sub(r"[\s.]", "", cut[1].lower())))
    return frozenset(found)


def _aspects(a: Figure, b: Figure) -> set[str]:
    """The aspects of scope both figures state, with different values (a subject differs only
    when no form of its name is shared: `subject_of_change`)."""
    mine, theirs = dict(a.scope), dict(b.scope)
    return {
        k
        for k in mine.keys() & theirs.keys()
        if mine[k] != theirs[k]
        and not (k == "subject" and set(mine[k].split("|")) & set(theirs[k].split("|")))
    }


def other_scope(a: Figure, b: Figure) -> str:
    """Why two figures are of two scopes, or "": their statements name months or days, or
    places, and none in common (September's jobs and July's; a crowd in Chicago and one in
    Washington); the words next to their numbers give other periods of a rate (a week, a
    year), pay before and after tax, or a count cut off at another time of day."""
    if a.periods and b.periods and not a.periods & b.periods:
        return "other periods"
    if a.places and b.places and not a.places & b.places:
        return "other places"
    aspects = _aspects(a, b)
    if "rate" in aspects:
        return "rates of other periods"
    if "tax" in aspects:
        return "before and after tax"
    if "state" in aspects:
        return "things damaged against things destroyed"
    if "subject" in aspects:
        return "changes of two named parties or bodies"
    if ("class", "of items") in a.scope | b.scope:
        return "a count of items in a range"  # "four between 4.0 and 4.9" of the aftershocks
    cut_offs = [dict(f.scope).get("cut-off") for f in (a, b)]
    if cut_offs[0] != cut_offs[1]:
        return "a count up to a time of day against another"
    return ""


def stem(word: str) -> str:
    """A word without its inflection, so that rewordings share it: "rates" and "rate", "cut"
    and "cuts", "lowered" and "lower", "voting" and "vote". Crude on purpose: both sides of a
    comparison are cut the same way."""
    for ending, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            word = word[: -len(ending)] + keep
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


# Capitalised words that are no names: sentence openers, titles, months and days.
_NOT_NAMES = (
    "the a an in on at to of for and or but he she it they we i you this that these those "
    "his her its their our there here what when where who how why as by from with after "
    "before mr mrs ms dr president minister monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october "
    "november december"
)
NOT_NAMES = frozenset(_NOT_NAMES.split())
NAME = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)*)\b")


def names_in(text: str, openers: bool = False) -> frozenset[str]:
    """The proper names a text writes ("Ludian", "Pedernales", "Tarnby"): capitalised words it
    never writes in lower case, but for openers, titles, months and days. A word that starts
    the text or a sentence is no name either ("Rescuers reached …"), unless `openers`: then it
    may be one ("Varn Quake: Toll Rises"), for a caller that checks it against names read
    elsewhere."""
    lower = {w.lower() for w in WORD.findall(text) if w[:1].islower()}
    found = set()
    for match in NAME.finditer(text):
        word = match[1].lower()
        if word in NOT_NAMES or word in lower:
            continue
        opening = not text[: match.start()].strip() or re.search(
            r"[.!?:\n][\"”’')\]]?\s*$", text[: match.start()]
        )
        if opening and not openers:
            continue  # the text's or a sentence's first word
        found.add(word)
    return frozenset(found)


def content_words(text: str) -> frozenset[str]:
    """A statement's words that say something, stemmed (`stem`)."""
    return frozenset(
        stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2
    )


@dataclass(frozen=True)
class Figure:
    """A quantity as linking reads it."""

    claimant: int | None  # the root speaker: an organisation when a member speaks for it
    claimant_name: str
    measure_key: str
    interval: Interval | None
    anchor: Decimal | None  # the number as stated: the value, else the bound given
    approximate: bool
    seen_on: datetime.date | None
    words: frozenset[str]
    vague: bool = False
    periods: frozenset[str] = frozenset()  # the months and days its statement names
    places: frozenset[str] = frozenset()  # the places it names ("in Chicago")
    difference: bool = False  # the size of a change ("82,000 more"), not a level
    scope: frozenset[tuple[str, str]] = frozenset()  # read next to the number: `scope_near`
    # The proper names of its statement (a stored claim) or of its whole article (a new figure)
    names: frozenset[str] = frozenset()
    short_of: bool = False  # "nearly 12,000", "almost 80%": an estimate below its number
    risen: bool = False  # "the toll has risen to 272": an update, perhaps older than a higher one
    # How the words next to the number make it a forecast (`foretold`): "expected" ("analysts
    # expected 1.65"), "projected", "possible", "" for neither ("far in excess of what had been
    # predicted": a count), None when the text next to it is unknown.
    foretold: str | None = None
    spans: frozenset[str] = frozenset()  # the stretches of time its statement names: `spans_named`
    part_of_year: frozenset[str] = frozenset()  # its quarter or whole year: `part_of_year`
    # A change whose number is the object of its verb ("slashing 18,000 jobs", "laid off 300
    # staff"): it counts the things changed, as a level does (`object_of_change`).
    object_of_change: bool = False
    # The unnamed sources its sentence credits it to ("according to three sources", "two
    # people familiar with the matter said"): `unnamed_sources`; "" when none.
    sources: str = ""
    # The stretch of years its statement names, both ends ("the 1961-1990 average", "between
    # 2001 and 2010"): `years_named`; "" when none.
    years: str = ""
    # A size given as a fall ("fell 4.6%", "a 4.6% drop"), with no sign: `FELL_BY`
    fell: bool = False
    # Said to be a range's top ("put the top end of the estimate at 9,000"): `TOP_END`
    top_end: bool = False
    # The words right next to its number that say what it is of ("95% effective", "valued at
    # $1.7 trillion"): `words_by_number`
    near_words: frozenset[str] = frozenset()

    @property
    def concept(self) -> str:
        return self.measure_key.partition(":")[2]


# A sentence that opens by drawing the consequence of the one before it: "This would mean Labour
# had gained 29 seats", "That would leave the party 12 short". Its figures are worked out from the
# earlier sentence's, and are a projection when those are.
CONSEQUENCE = re.compile(
    r"\W*(?:this|that|which|it)\s+would\s+(?:mean|leave|give|put|make|see)\b", re.IGNORECASE
)
# A statement that ingest gave the projection it is the consequence of: "<projection> — This
# would mean ...". Every number after the dash is the projection's, whatever its own clause says
# ("while the Tories had lost 13").
WORKED_FROM = re.compile(
    r" — (?=(?:this|that|which|it)\s+would\s+(?:mean|leave|give|put|make|see)\b)",
    re.IGNORECASE,
)


def _worked_from_projection(statement: str, said: str | None) -> str | None:
    """`said` (how the number's clause foretells it), or "projected" when the statement is the
    consequence of a projection (`WORKED_FROM`)."""
    if said is not None and WORKED_FROM.search(statement):
        return "projected"
    return said


def figure(
    *,
    claimant: int | None,
    claimant_name: str = "",
    measure_key: str,
    value: Decimal | None,
    lower: Decimal | None,
    upper: Decimal | None,
    lower_inclusive: bool,
    upper_inclusive: bool,
    total: Decimal | None = None,
    vague: bool = False,
    qualifier: str = "",
    seen_on: datetime.date | None = None,
    statement: str = "",
    difference: bool = False,
    before: str = "",
    after: str = "",
    wording: str = "",
    names: frozenset[str] | None = None,
    change: str = "",
) -> Figure:
    """A quantity as linking reads it; `before`, `wording` and `after` are the text before, of
    and after its mention (for `scope_near`); `change` is the reading's movement ("up",
    "down"), "" for none."""
    unit = "percent" if measure_key.startswith("percent:") else measure_key
    interval = interval_from_fields(
        value=value,
        lower=lower,
        upper=upper,
        lower_inclusive=lower_inclusive,
        upper_inclusive=upper_inclusive,
        unit=unit,
        total=total,
        vague=vague,
    )
    anchor = value if value is not None else lower if lower is not None else upper
    if total and value is not None and measure_key.startswith("count:"):
        anchor = None  # a part of a whole compares as a share (its interval), not as a count
    return Figure(
        claimant=claimant,
        claimant_name=claimant_name,
        measure_key=measure_key,
        interval=interval,
        anchor=anchor,
        approximate=vague or qualifier.replace("_", " ") in APPROXIMATE_QUALIFIERS,
        seen_on=seen_on,
        words=content_words(statement),
        periods=periods_named(statement),
        places=places_named(statement),
        difference=difference,
        vague=vague,
        scope=scope_near(before, after, wording),
        names=names_in(statement) if names is None else names,
        short_of=SHORT_OF.match(wording) is not None,
        risen=RISEN_TO.search(before[-40:]) is not None,
        foretold=_of_a_count_under_way(
            statement,
            _worked_from_projection(
                statement,
                foretold(*_around(statement, before, wording, after)) if wording else None,
            ),
        ),
        spans=spans_named(statement),
        part_of_year=part_of_year(before, after),
        object_of_change=object_of_change(
            _around(statement, before, wording, after)[0] if wording else before
        ),
        sources="" if BEATEN_BEFORE.search(before[-60:]) else unnamed_sources(statement),
        years=years_named(statement),
        fell=_given_as_fall(value, change if difference else "", before, wording, after),
        top_end=bool(wording) and TOP_END.search(before[-80:]) is not None,
        near_words=words_by_number(before, after) if wording else frozenset(),
    )


# Words next to a number that say nothing of what it is of: its unit, its scale, a movement.
_NEAR_NOISE = (
    "percent percentage points point cent dollars dollar euros euro pounds pound trillion "
    "billion million thousand hundred year years rise rose risen rising rises increase "
    "increased gain gained gains higher lower fall fell falls drop dropped down jump jumped "
    "just only roughly around estimated approximately nearly almost above below under "
    "than also would could will still"
)
NEAR_NOISE = frozenset(_NEAR_NOISE.split())
CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]—–\"“”]")


def words_by_number(before: str, after: str) -> frozenset[str]:
    """The words that name what a number is of, right next to it within its clause: the last
    three before it ("valued at", "an efficacy of") and the first two after it ("effective",
    "valuation"); no unit, scale or word of movement (`NEAR_NOISE`). Compared by their first
    four letters, so that a word's family is one (`named_near`)."""
    words = (
        WORD.findall(CLAUSE_MARK.split(before)[-1].lower())[-3:]
        + WORD.findall(CLAUSE_MARK.split(after)[0].lower())[:2]
    )
    return frozenset(
        w
        for w in words
        if len(w) >= 4 and w not in STOPWORDS and w not in NEAR_NOISE and w not in MONTHS
    )


def _given_as_fall(
    value: Decimal | None, change: str, before: str, wording: str, after: str
) -> bool:
    """Whether a figure is the size of a fall, stated with no sign (`Figure.fell`): a word of
    falling next to its number ("fell 4.6%", "a 4.6% drop"), or a reading that took the number
    for the size of a movement down and kept it positive (a table's column of declines, "-4.6"
    under "Decline in Percent", is stored as a fall of 4.6); `change` is "" unless the number
    is a difference: "cut from 0.5% to 0.25%" moves down, but 0.5% is the level it left. Not
    a number written with its minus."""
    if wording.lstrip().startswith(("-", "−")):
        return False
    if wording and (FELL_BY.search(before[-40:]) is not None or FALL_AFTER.match(after)):
        return True
    return change == "down" and value is not None and value > 0


# Unnamed sources a sentence credits its figures to: "according to three sources", "citing two
# people familiar with the talks", "two sources told the agency", "the sources said", "insiders
# close to the deal", "speaking on condition of anonymity".
_SOURCES = (
    r"(?:sources|insiders|(?:people|persons)\s+(?:familiar|close|briefed|with\s+(?:direct\s+)?"
    r"knowledge))"
)
UNNAMED_SOURCES = re.compile(
    rf"\b(?:according\s+to|citing)\s+((?:[\w-]+\s+){{0,2}}?){_SOURCES}\b"
    rf"|\b((?:[\w-]+\s+){{0,2}}?){_SOURCES}\s+(?:[\w,]+\s+){{0,4}}?"
    r"(?:said|say|says|told|tell|tells)\b"
    # ... and with no verb of saying beside them ("insiders close to the deal put it at").
    r"|\b(?:sources|insiders)\s+(?:familiar|close)\b"
    r"|\b(?:people|persons)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|"
    r"briefed\s+on)\b"
    r"|\bspeaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b",
    re.IGNORECASE,
)


# A figure that the sentence's news beat, right before its number: "beating Kessel's record
# $4bn listing", "surpassing the 812 set in 2019". Its sentence's unnamed sources speak of the
# news figure, not of the record it is compared with, a figure of record.
BEATEN_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|surpass(?:es|ed|ing)?|overtak(?:e|es|ing)|overtook|"
    r"eclips(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?)\b[^,;:.!?]{0,40}$",
    re.IGNORECASE,
)


def unnamed_sources(statement: str) -> str:
    """How a sentence describes the unnamed sources it credits its figures to ("three", "two",
    "the"), or "" when it credits none. A figure a report has from people it does not name is
    that report's: not the figure an organisation announces, nor one another article gives
    bare, nor another report's sources' ("three sources" are not "two sources"); only a copy
    of the report, crediting the same sources, repeats it (`judge`)."""
    found = UNNAMED_SOURCES.search(statement)
    if found is None:
        return ""
    said = (found[1] if found[1] is not None else found[2]) or "-"
    return " ".join(said.lower().split()) or "-"


# A verb that takes the things it changes as its object, right before their number (a
# qualifier between): "slashing 18,000 jobs", "laid off over 300 staff", "axed some 40 roles",
# "added 200 workers". Not an intransitive change ("payrolls fell 18,000"), an adverb ("up
# 5,000") or a change's size after "by" ("cut by 300"), which count a difference.
# The qualifiers that may stand between a verb and the number it takes as its object.
OBJECT_QUALIFIERS = (
    r"(?:(?:over|more\s+than|about|around|nearly|almost|some|up\s+to|as\s+many\s+as|"
    r"at\s+least|roughly|an?\s+(?:further|additional|extra)|another)\s+)*$"
)
CHANGED_OBJECT = re.compile(
    r"\b(?:(?:lay|lays|laying|laid)\s+off|ax(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"cut(?:s|ting)?|shed(?:s|ding)?|eliminat(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
    r"add(?:s|ed|ing)?|los(?:e|es|ing)|lost|reduc(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)\s+"
    + OBJECT_QUALIFIERS,
    re.IGNORECASE,
)


# A phrasal verb of getting whose "up" is its particle, right before the number it takes as its
# object: "scooped up 32 seats", "picked up 14 medals", "racked up 300 points", "snapped up
# 2 million shares". The number counts the things got, a level; the "up" is no rise ("shares
# were up 5%", "closed up 3%": verbs that take no object keep their change).
GOT_UP = (
    r"(?:scoop|snap|pick|rack|chalk|notch|clock|rak|hoover|gobbl|mop|sign|buy|bought|"
    r"sweep|swept)(?:e|es|s|ed|ing|ped|ping)?\s+up"
)
GOT_UP_OBJECT = re.compile(r"\b" + GOT_UP + r"\s+" + OBJECT_QUALIFIERS, re.IGNORECASE)


# A stretch of years given by both its ends: "the 1961-1990 average", "for 1961 to 1990",
# "between 1961 and 1990", "from 2001 through 2010", "1961-90".
YEARS_SPANNED = re.compile(
    r"\b(?:between\s+((?:19|20)\d\d)\s+and|((?:19|20)\d\d)\s*(?:-|–|—|to|through)(?=\s*\d))"
    r"\s*((?:19|20)?\d\d)\b",
    re.IGNORECASE,
)


def years_named(statement: str) -> str:
    """The stretch of years a statement names by both its ends ("1961-1990"), or "" when it
    names none or more than one. Two figures told of one such stretch, as the average they
    are measured against or the years they cover, share a scope as rarely repeated by chance
    as a precise number (`judge`)."""
    found = set()
    for match in YEARS_SPANNED.finditer(statement):
        first = match[1] or match[2]
        last = match[3] if len(match[3]) == 4 else first[:2] + match[3]
        if int(last) > int(first):
            found.add(f"{first}-{last}")
    return found.pop() if len(found) == 1 else ""


def object_of_change(before: str) -> bool:
    """Whether the number after `before` is the object of a verb of change (`CHANGED_OBJECT`)
    or of getting (`GOT_UP_OBJECT`): the things changed or got, counted; "plans to cut 18,000
    jobs" and "is slashing over 18,000 jobs" give one count whether or not the reading of the
    number took the verb for a change."""
    near = before[-60:]
    return CHANGED_OBJECT.search(near) is not None or GOT_UP_OBJECT.search(near) is not None


@dataclass(frozen=True)
class Link:
    score: float
    reasons: tuple[str, ...]

    def because(self) -> str:
        return "; ".join(self.reasons)


def _days_apart(a: Figure, b: Figure) -> int | None:
    if a.seen_on is None or b.seen_on is None:
        return None
    return abs((a.seen_on - b.seen_on).days)


def _report_of_named_year(a: Figure, b: Figure) -> bool:
    """Whether one figure is dated by the year its sentence names (1 January: `dated` gives an
    undated article's "growth of 6.9% in 2015" that date) and the other by a report of that
    year or the next: a year's figure is news once the year is over, and "in 2017, when she
    won 66.1%" looks back on a result reported on its day in 2017; the year holds the other's
    date, so the two dates say nothing of whether they are one figure."""
    if a.seen_on is None or b.seen_on is None:
        return False
    return any(
        (x.seen_on.month, x.seen_on.day) == (1, 1)
        and y.seen_on.year in (x.seen_on.year, x.seen_on.year + 1)
        for x, y in ((a, b), (b, a))
        if x.seen_on is not None and y.seen_on is not None
    )


def _recalled_year(a: Figure, b: Figure) -> bool:
    """Whether one figure is dated by a year its sentence names, more than a year before the
    other's report ("the record of $207.4 million set in 2012", dated 1 January 2012, against
    "the previous record of $207.4 million" in an article of 2015): a later report recalls an
    old figure without naming its year, so the two dates do not set the two apart. What does is
    checked in `judge`: the same precise number and a name or story that ties them."""
    if a.seen_on is None or b.seen_on is None or _report_of_named_year(a, b):
        return False
    return any(
        (x.seen_on.month, x.seen_on.day) == (1, 1)
        and (y.seen_on.month, y.seen_on.day) != (1, 1)
        and y.seen_on.year > x.seen_on.year
        for x, y in ((a, b), (b, a))
        if x.seen_on is not None and y.seen_on is not None
    )


def _describe(f: Figure) -> str:
    return f.interval.describe() if f.interval else "no number"


def same_claim(new: Figure, old: Figure, story: str = "", tie: str = "") -> Link | None:
    """One claim worded twice, with how sure and why; None when they cannot be one claim.

    Required: the same measure, claimants that do not differ, numbers that agree (the same or
    rounded, with bounds that overlap) and dates no further apart than WINDOW_DAYS. Equal numbers
    alone never suffice: "at least 45 troops" of one story and "more than 45 troops" of another
    differ in claimant, date or wording.
    """
    judged = judge(new, old, story, tie)
    return judged if isinstance(judged, Link) else None


# A number given to this many significant digits ("$83.6 million") is one a projection's maker
# published, not one an outcome lands on by chance.
REPEATED_DIGITS = 4


def _projection_repeated(new: Figure, old: Figure, days: int | None) -> bool:
    """Whether one of two figures is a projection and the other gives its very number, to
    REPEATED_DIGITS or more significant digits, within CLOSE_DAYS: the projection a source
    published ("the distributor projects $83.6 million for the weekend"), which another report
    gives as the figure itself. Not an analysts' expectation: outcomes are reported against it,
    and a company may meet it to the digit."""
    if "expected" in (new.foretold, old.foretold) or days is None or days > CLOSE_DAYS:
        return False
    a, b = new.anchor, old.anchor
    if a is None or a != b or new.approximate != old.approximate:
        return False
    return len(a.normalize().as_tuple().digits) >= REPEATED_DIGITS


def judge(new: Figure, old: Figure, story: str = "", tie: str = "") -> Link | str:
    """`same_claim`'s verdict, or why the two cannot be one claim: "measure", "claimant",
    "dates", "scope", "numbers", "no number" or "wording" (what the benchmark tallies).

    `story` names another precise figure that `new`'s article and `old`'s share ("156,000
    jobs"): the two articles report one event. It counts only for figures of one named measure
    whose statements name no different places or periods (half a million in Washington and in
    New York stay two claims in one story), and whose numbers are equal or one rounded.

    `tie` names the proper names the leads of the two articles both write ("Tarnby"): what
    places two figures in one event when a date is unknown."""
    converted = ""
    if new.measure_key != old.measure_key:
        found = in_currency_of(new, old)
        if found is None:
            return "measure"
        old, converted = found
    vague_alike = _one_vague_count(new, old, bool(story or tie or new.names & old.names))
    if (new.vague or old.vague) and words_shared(new, old) < SAME_WORDS and not vague_alike:
        return "wording"  # "thousands" of one thing and "thousands" of another are no figure
    if (
        not new.concept
        and words_shared(new, old) < SAME_WORDS
        and not (precise(new.anchor) or precise(old.anchor))
        and not (story and _same_wording_of_number(new, old))
        and not _named_alike_near(new, old)
    ):
        # A figure whose measure is unnamed ("5%") is known by its sentence, or by its story:
        # articles that share another precise figure and give this one the same way.
        return "wording"
    if new.interval is None or old.interval is None or new.anchor is None or old.anchor is None:
        return "no number"
    if (
        new.claimant is not None
        and old.claimant is not None
        and new.claimant != old.claimant
        and not same_speaker(new, old)
    ):
        return "claimant"
    if new.sources != old.sources:
        return "claimant"
    year_reported = _report_of_named_year(new, old)
    recalled = _recalled_year(new, old)
    days = None if year_reported or recalled else _days_apart(new, old)
    if days is not None and days > WINDOW_DAYS:
        return "dates"
    if _aspects(new, old):
        return "scope"  # "£782,000 a week" is no "£782,000 a year"
    if new.part_of_year and old.part_of_year and not new.part_of_year & old.part_of_year:
        return "scope"  # growth of 6.9% for the year is no 6.9% in its third quarter
    if (
        new.difference != old.difference
        and _level_count(new)
        and not (new.object_of_change or old.object_of_change)
    ):
        return "scope"  # "12 fewer seats than in May" counts a change, not 12 seats
    if (
        _foreseen(new) != _foreseen(old)
        and "possible" not in (new.foretold, old.foretold)
        and not _projection_repeated(new, old, days)
    ):
        # Revenue of $46.9bn is no forecast of $46.9bn, however close. A possibility may be
        # either: a poll's projection is as often worded "the Tories could get 314 MPs".
        return "scope"
    a, b = new.anchor, old.anchor
    # "-4.6%" and "fell 4.6%": one change, signed in one and worded as a fall in the other.
    signed = _signed_fall(new, old) or _signed_fall(old, new)
    if signed:
        a = b = -abs(a)
    close = days is not None and days <= CLOSE_DAYS
    # A range's top reported alone, within days of it: with no date to place the two, "up to
    # 2,500" is as likely another estimate's bound.
    # With one date unknown, a range's top still counts when something ties the two to one
    # event (a story the articles share, a proper name both write), as a close date does; but
    # not of a running total: its figures move by the day, and only a date places a bound
    # against one day's range.
    tied = bool(story or tie or new.names & old.names) and not is_running(new.measure_key)
    capped = (
        not converted
        and (days <= CLOSE_DAYS if days is not None else tied)
        and (_top_of_range(new, old) or _top_of_range(old, new))
    )
    if capped:
        a = b = _top(new) or a  # "as much as 60,000" of "35,000 to 60,000": compared by the top
    biggest = max(abs(a), abs(b))
    gap = abs(a - b) / biggest if biggest else Decimal(0)
    if converted:
        if gap > CONVERTED:
            return "numbers"
    elif new.approximate != old.approximate:
        # "about 2,000" may be 1,881 rounded; two estimates that differ are two estimates.
        if gap > APPROXIMATE or _beyond(new, old) or _beyond(old, new):
            return "numbers"
        if _past_last_digit(new, old) or _past_last_digit(old, new):
            return "numbers"
    elif gap > 0 and not (
        (
            gap <= ROUNDING
            and (
                rounded(a, b)
                or _cut_count(new, old)
                or _cut_fraction(a, b)
                or _cut_at_scale(new, old)
            )
        )
        or _share_to_whole_percent(new, old)
        or _floor_of(new, old, loose=close)
        or _floor_of(old, new)
    ):
        return "numbers"
    if not signed and (_across_bound(new, old) or _across_bound(old, new)):
        return "numbers"  # "more than 72,000" and 71,568; "nearly 72,000" and 72,287
    if (
        gap == 0
        and not signed
        and not (_point_estimate(new) or _point_estimate(old))
        and cannot_both_hold(new.interval, old.interval)
        and not (_loose_lower(new, old) or _loose_lower(old, new))
        and not _round_cap_and_floor(new, old)
    ):
        return "numbers"  # "at least 45" and "fewer than 45"
    # "$46.9 billion" for $46.85bn, "more than $215 billion" for $215.6bn: the rough one still
    # precise, the way reports give an exact amount. Not a running count (dead, injured): a
    # number a little off may be its next update; nor a forecast: surveys of analysts differ by
    # as little ($46.9bn expected in one, $46.94bn in another).
    fine_rounded = (
        gap > 0
        and not converted
        and new.approximate == old.approximate
        and precise(a)
        and precise(b)
        and not is_running(new.measure_key)
        and not (_foreseen(new) or _foreseen(old))
        and (
            (gap <= ROUNDING and (rounded(a, b) or _cut_fraction(a, b) or _cut_at_scale(new, old)))
            or _floor_of(new, old, loose=close)
            or _floor_of(old, new)
        )
    )
    shared_names = sorted(new.names & old.names)
    if recalled and not (gap == 0 and precise(a) and (story or shared_names or tie)):
        return "dates"  # an old year's figure is recalled by its number and what it is of
    untied = False
    if days is None and not year_reported and not (story or shared_names or tie):
        # With no date to place them, a figure's number and measure say which event it is only
        # when the number is precise (2,068 injured): a magnitude of 7.8, "at least 10 dead"
        # or "thousands of homes" of two unrelated events are alike. Such a figure needs a tie
        # to one event: a story the two articles share, or a proper name both write (in their
        # statements, or in the leads of their articles: `tie`).
        undated = new.seen_on is None and old.seen_on is None
        untied = (new.vague or old.vague or undated) and not (gap == 0 and precise(a))
    score, reasons = 0.55, []
    if same_speaker(new, old):
        score += 0.3
        reasons.append(f"same claimant ({old.claimant_name or new.claimant_name})")
    else:
        score += 0.1
        reasons.append("no claimant on " + ("either" if new.claimant == old.claimant else "one"))
    reasons.append(f"same measure ({old.measure_key})")
    if lexicon().concept(new.concept) is not None:
        # What is counted is a concept of the lexicon ("jobs", "dead", "magnitude"), not only a
        # unit ("km") or a noun it lacks: an outlet
        # repeating such a figure without a claimant is no weaker than one naming it.
        score += NAMED_MEASURE
    elif _named_alike_near(new, old):
        # "95% effective" twice: the word beside both numbers names what they are of.
        score += NAMED_MEASURE
        reasons.append(f"both numbers given beside '{named_near(new, old)[0]}'")
    if converted:
        score += 0.1
        reasons.append(f"{converted}: {_describe(new)} and {_describe(old)}")
    elif capped:
        score += 0.1
        reasons.append(f"bounds overlap: {_describe(new)} and {_describe(old)} share their top")
    elif gap == 0:
        score += 0.1
        reasons.append(f"bounds overlap: {_describe(new)} and {_describe(old)}")
    elif fine_rounded:
        score += 0.1
        reasons.append(
            f"numbers agree once rounded: {number(a)} ≈ {number(b)}, a precise figure and "
            "its rounding"
        )
    elif (
        gap > 0
        and _share_to_whole_percent(new, old)
        and not (_foreseen(new) or _foreseen(old))
        and bool(story or shared_names or tie)
    ):
        # "23 percent" for 22.5 percent, with a story or a name that ties the two to one
        # event: as sure as a precise figure and its rounding. Alone, a share that agrees once
        # rounded is a suggestion (55.3% and 55% may be two counts of one vote).
        score += 0.1
        reasons.append(f"{_describe(new)} and {_describe(old)}: a share and its whole percent")
    elif _worded_from(new, old) or _worded_from(old, new):
        # "Nearly 12,000" for 11,862: the words a report makes of the exact count, as sure as
        # the count repeated. (Not "more than 180" for 181: a floor may be another count's.)
        score += 0.1
        reasons.append(f"{_describe(new)} is how reports word {_describe(old)}")
    else:
        score += 0.05
        reasons.append(f"numbers agree once rounded: {number(a)} ≈ {number(b)}")
    # A measure converted at the fixed ratio of its units ("35,000 barrels a day" as 1.47
    # million gallons) that lands on the other's number states it as exactly as repeating it.
    exact = not converted or (gap == 0 and _fixed_ratio(new))
    if (gap == 0 and precise(a) and exact) or fine_rounded:
        score += 0.05
        reasons.append(f"a precise figure ({number(a)})")
    elif exact and (_same_range(new, old) or capped):
        # Two ends given alike ("35,000 to 60,000") are as rarely repeated by chance as one
        # precise number; so is a range's top reported alone within days of it.
        score += 0.05
        reasons.append(f"one range ({_describe(old if capped and _two_ends(old) else new)})")
    if new.years and new.years == old.years and new.approximate == old.approximate:
        # "0.6C above the 1981-2010 average" in two reports: the stretch of years both
        # measure against (or over) marks one figure as a precise number does.
        score += 0.05
        reasons.append(f"both told of {new.years}")
    # A round count stated bare and the same count given as an estimate ("10,000 dead", "some
    # 10,000 dead") are one figure when their sentences speak of one thing, or name one place.
    alike = new.approximate == old.approximate or (
        gap == 0
        and round_count(a, new)
        and (words_shared(new, old) >= RELATED_WORDS or bool(new.names & old.names))
    )
    if (
        story
        and new.concept == old.concept
        and (new.concept or _same_wording_of_number(new, old))
        and alike
        and not (other_scope(new, old) and not _places_of_each_other(new, old))
    ):
        # Not for an estimate beside a stated figure ("about 5.0%" and "5.0%" or 4.9%): within
        # one story such pairs are as often two figures (a forecast, a yearly level) as one.
        score += SAME_STORY
        reasons.append(f"both articles report {story}")
    if shared_names and not story and gap == 0 and alike:
        # Both name the same place or party ("Ludian", "Pedernales") beside an equal figure.
        score += SHARED_NAMES
        reasons.append("both name " + ", ".join(n.title() for n in shared_names[:3]))
    if days is not None and days <= CLOSE_DAYS:
        score += 0.05
        reasons.append(f"{days} day{'s' if days != 1 else ''} apart")
    elif year_reported:
        score += 0.05
        reasons.append("a year's figure and a report of the next year: when it is news")
    elif recalled:
        score += 0.05
        reasons.append("a past year's figure and a later report that recalls it")
    elif (
        days is None
        and (shared_names or tie)
        and not story
        and (gap == 0 or fine_rounded)
        and new.approximate == old.approximate
    ):
        # A name both write stands in for the date one lacks: it places the two in one event
        # as two close dates would. So for a precise figure and its rounding ("$31.4 million"
        # and "$31.43 million"), which close dates join as they join one number repeated.
        score += 0.05
        named = ", ".join(n.title() for n in shared_names[:3]) or tie.title()
        reasons.append(f"a date is unknown; both name {named}")
    elif days is None:
        reasons.append("a date is unknown")
    if is_running(new.measure_key) and new.approximate and not old.approximate and a > b:
        # "nearly 400 dead" after "381 dead": the toll's next update as likely as 381 rounded.
        score -= RUNNING_UPDATE
        reasons.append("a rounder, higher figure of a running total: perhaps its next update")
    if vague_alike and words_shared(new, old) < SAME_WORDS:
        reasons.append(f"one vague {new.concept} count, in reports tied to one event")
    if new.words and old.words:
        shared = len(new.words & old.words) / len(new.words | old.words)
        if shared >= SAME_WORDS:
            score += 0.1
            reasons.append(f"wording alike ({shared:.0%} of words shared)")
    if untied:
        # A suggestion for a reviewer at most, never one claim by itself.
        score = min(score, UNTIED)
        reasons.append("a date unknown, and nothing ties them to one event")
    return Link(min(score, 1.0), tuple(reasons))


def _one_vague_count(new: Figure, old: Figure, tied: bool) -> bool:
    """Two figures that give one vague amount of one counted thing the lexicon names
    ("hundreds of thousands of marchers", "hundreds of thousands marched"), within days or
    with a date unknown, tied to one event (a story the articles share, a proper name both
    write): one estimate reported twice, however the sentences around it differ. Only an
    amount of EVENT_SIZE or more ("tens of thousands"): "hundreds" gather at many moments of
    one story. Untied, or of a thing nobody named, "thousands" of one and "thousands" of
    another are no figure."""
    days = _days_apart(new, old)
    return (
        tied
        and new.vague
        and old.vague
        and new.measure_key == old.measure_key
        and new.interval is not None
        and new.interval == old.interval
        and new.interval.lower is not None
        and new.interval.lower >= EVENT_SIZE
        and lexicon().concept(new.concept) is not None
        and (days is None or days <= CLOSE_DAYS)
    )


def _fixed_ratio(f: Figure) -> bool:
    """Whether a figure's measure converts to the others of its dimension at a fixed ratio
    (barrels and gallons, miles and km), not at a year's rate of exchange (dollars and
    euros: an amount converted comes near the other's, never onto it)."""
    return not currencies.known(rate_scale(f.measure_key.partition(":")[0])[0])


def _signed_fall(negative: Figure, fall: Figure) -> bool:
    """Whether `negative` ("-4.6%") is the change `fall` words as a fall ("fell 4.6%"): the
    same size, one signed, the other positive with a word of falling next to its number."""
    return (
        negative.anchor is not None
        and fall.anchor is not None
        and negative.anchor < 0
        and fall.anchor == -negative.anchor
        and fall.fell
        and not negative.fell
    )


def _two_ends(f: Figure) -> bool:
    """A range stated with both its ends ("35,000 to 60,000"), not an estimate of either."""
    i = f.interval
    return (
        i is not None
        and i.lower is not None
        and i.upper is not None
        and i.lower < i.upper
        and not (f.approximate or f.vague)
    )


def _range_digits(f: Figure) -> int:
    """The significant digits a range's two ends state together: 35,000 to 60,000 gives 3."""
    i = f.interval
    assert i is not None and i.lower is not None and i.upper is not None
    return sum(len(n.normalize().as_tuple().digits) for n in (i.lower, i.upper) if n != 0)


def _same_range(a: Figure, b: Figure) -> bool:
    """Both state one range with the same two ends, three significant digits or more between
    them (`precise` of a single number): "between 35,000 and 60,000" and "35,000 to 60,000"."""
    return _two_ends(a) and _two_ends(b) and a.interval == b.interval and _range_digits(a) >= 3


def _wide(span: Figure) -> bool:
    """A range whose bottom is WIDE_RANGE or more below its top: an estimate's uncertainty
    (35,000 to 60,000), not a band to be settled within (30 to 32)."""
    i = span.interval
    if i is None or i.lower is None or i.upper is None or i.upper <= 0:
        return False
    return (i.upper - i.lower) / i.upper >= WIDE_RANGE


def _top(f: Figure) -> Decimal | None:
    return f.interval.upper if f.interval is not None else None


def _top_of_range(cap: Figure, span: Figure) -> bool:
    """`cap` is "up to N" / "as much as N" (or N stated bare) and `span` the range "A to N" of
    three or more significant digits: reports give a range's top alone as how much it may be (a
    headline's "as much as 60,000 barrels a day", or "60,000 barrels a day", of an estimate of
    35,000 to 60,000). Not "fewer than N"
    (N excluded), nor an estimate ("up to about N"), nor "nearly N"."""
    i, r = cap.interval, span.interval
    if i is None or r is None or i.upper is None or not i.upper_inclusive:
        return False
    if i.lower is not None and (i.lower != i.upper or not _wide(span)):
        # A range of its own. A bare number ("60,000 barrels a day") is the top of a wide
        # estimate; at the top of a narrow range ("30 to 32 a share") it is as often the value
        # settled within it (a price set at the top of its range).
        return False
    if cap.approximate or cap.vague or cap.short_of or not _two_ends(span):
        return False
    # A range of two round ends ("2,000 to 4,000") has a top as round as many a figure of its
    # own; said to be a range's top ("the top end of the estimate at 4,000"), it is this one's.
    return r.upper == i.upper and r.upper_inclusive and (_range_digits(span) >= 3 or cap.top_end)


# Words right before a number saying the count is above it: "more than 72,000", "surpassed".
ABOVE = re.compile(
    r"\b(?:more than|over|above|upwards of|in excess of|surpass\w*|exceed\w*|topp\w*)\s*$",
    re.IGNORECASE,
)
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
STATED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", re.I)


def _stated_number(wording: str) -> Decimal | None:
    """The number a mention's words state ("72,287 people" -> 72287, "9.3 million" ->
    9300000), or None."""
    found = STATED.search(wording)
    if found is None:
        return None
    try:
        n = Decimal(found[1].replace(",", ""))
    except ArithmeticError:
        return None
    return n.scaleb(SCALES[found[2].lower()]) if found[2] else n


def _above(before: str, wording: str) -> bool:
    return ABOVE.search(before[-30:]) is not None or ABOVE.match(wording) is not None


def apart_from(new: Figure, said: tuple[str, str, str]) -> str:
    """Why `new` cannot be the figure a stored appearance worded ("prefix", "wording",
    "suffix") states, though it may agree with its claim's first one, or "". A claim gathers
    its mentions one by one, each checked against the first: "nearly 72,000" joins "about
    72,000", then "72,287" and "more than 72,000" join it too, though nothing below 72,000 is
    above it. So: a count "nearly N" and one above N (stated, or "more than N"), either way
    round; and a figure of a quarter against one of the whole year (`part_of_year`)."""
    before, wording, after = said
    parts = part_of_year(before, after)
    if new.part_of_year and parts and not new.part_of_year & parts:
        return "another part of the year"
    stated = _stated_number(wording)
    if stated is None or new.anchor is None or new.interval is None:
        return ""
    if SHORT_OF.match(wording) and (
        new.anchor > stated or (new.anchor == stated and new.interval.upper is None)
    ):
        return "above what the other says it nearly reaches"
    if new.short_of and (stated > new.anchor or (stated == new.anchor and _above(before, wording))):
        return "above what this one says it nearly reaches"
    return ""


def _level_count(f: Figure) -> bool:
    """A count of a thing that is not itself a change: "12 fewer seats" and "12 seats" are two
    figures, but "gained 30 seats" and "up by 30" (seats changed) are worded as a level and as a
    change alike. Only counts: an amount ("an extra £60bn") or a share is as often worded as a
    change as a level."""
    if not f.measure_key.startswith("count:"):
        return False
    concept = lexicon().concept(f.concept)
    return concept is None or not concept.changes


def _places_of_each_other(a: Figure, b: Figure) -> bool:
    """Two statements that put their figures in two places, each naming the other's place too
    ("in Longtoushan, Ludian county" and "in Ludian ... Longtoushan"): a place within
    another, no other place. Only scope by places, and only when nothing else differs."""
    if other_scope(a, b) != "other places" or other_scope(replace(a, places=frozenset()), b):
        return False
    return all(
        all(word in other.names for word in place.split())
        for one, other in ((a, b), (b, a))
        for place in one.places
    )


def _same_wording_of_number(a: Figure, b: Figure) -> bool:
    """The same number in the same unit with the same bounds, neither an estimate, and nothing
    near either that gives it another scope: "0.25%" and "0.25 per cent", "£60bn" and "£60
    billion"; not "about 0.25%" or "up to 0.25%", and not a bare count ("500,000" of nothing
    named), whose unit says nothing of what it is. A floor worded loosely is the same bounds
    (`_loose_lower`): "more than $500m" and "$500m" of a milestone a headline gives."""
    return (
        not a.measure_key.startswith("count:")
        and a.anchor == b.anchor
        and (a.interval == b.interval or _loose_lower(a, b) or _loose_lower(b, a))
        and not (a.approximate or b.approximate or a.vague or b.vague)
        and not other_scope(a, b)
    )


def named_near(a: Figure, b: Figure) -> list[str]:
    """The words of `a` next to its number whose family (first four letters) `b` writes next
    to its own ("valued at" and "a valuation of"), in order."""
    theirs = {w[:4] for w in b.near_words}
    return sorted(w for w in a.near_words if w[:4] in theirs)


def _named_alike_near(a: Figure, b: Figure) -> bool:
    """Two figures of a measure no lexicon names, with one number, each given beside a word of
    one family that says what it is of ("95% effective" and "95 percent effective", "valued at
    $1.7 trillion" and "a $1.7 trillion valuation"): the word names the measure for both, as a
    concept of the lexicon would. Not a bare count, whose unit says nothing of what it is."""
    return (
        not (a.concept or b.concept)
        and a.measure_key == b.measure_key
        and not a.measure_key.startswith("count:")
        and a.anchor is not None
        and a.anchor == b.anchor
        and bool(named_near(a, b))
    )


def round_count(n: Decimal, f: Figure) -> bool:
    """A count of one or two significant digits ending in zeros ("10,000 dead", "2,500
    missing"): nobody counts that exactly, so stated bare it is as much an estimate as "some
    10,000" or "an estimated 10,000", and the two are one figure worded twice."""
    return f.measure_key.startswith("count:") and not precise(n) and _exponent(n) >= 2


def _round_cap_and_floor(a: Figure, b: Figure) -> bool:
    """ "As many as 10,000" and "more than 10,000" dead: a round toll nobody counted exactly
    (`round_count` of a running total: dead, injured, missing), given once as a cap and once as
    a floor, is one estimate of about that many worded loosely both ways, not two figures that
    cannot both hold. Not another count: organisers expecting a crowd "as high as 500,000"
    and one "over half a million" that came are two figures. Not a precise
    number ("up to 367" and "more than 367" exclude each other), nor a bound against an
    exact count, nor "fewer than N" against "more than N"."""
    if a.anchor is None or a.anchor != b.anchor or not round_count(a.anchor, a):
        return False
    if a.measure_key != b.measure_key or a.interval is None or b.interval is None:
        return False
    if not is_running(a.measure_key):
        return False  # a crowd "as high as 500,000" expected, then "over half a million": two

    def side(i: Interval) -> str:
        if i.lower is not None and i.upper is None:
            return "floor"
        if i.upper is not None and i.lower is None and i.upper_inclusive:
            return "cap"  # "as many as", "up to"; "fewer than N" says N is not reached
        return ""

    return {side(a.interval), side(b.interval)} == {"floor", "cap"}


def _beyond(estimate: Figure, stated: Figure) -> bool:
    """ "Nearly 12,000" against 12,263: the estimate says its number is not reached."""
    return (
        estimate.short_of
        and estimate.anchor is not None
        and stated.anchor is not None
        and stated.anchor > estimate.anchor
    )


def _point_estimate(f: Figure) -> bool:
    """ "About 12,000": an estimate of one number, which a bound of that number ("more than
    12,000") does not contradict. Not "up to about 12,000", a bound itself."""
    i = f.interval
    return f.approximate and i is not None and i.lower is not None and i.upper is not None


def _floor_of(a: Figure, b: Figure, loose: bool = False) -> bool:
    """`a` is "more than N" and N is `b`'s stated number rounded down to N's precision (or a
    step of N's last decimal below it, see below), within APPROXIMATE: "more than 2,000
    injured" for 2,068, "over 1.4 million" for 1,429,981. Reports word an exact count that
    way; another claimant's figure is still another claim.

    `loose` (the two reported within days, `a` the new figure and `b` a stored claim): a figure
    that is no running total may be up to LOOSE_FLOOR above a round floor of one significant
    digit ("more than 1,000 points" for a fall of 1,175): the milestone a headline gives. Not a
    running total, whose next update ("more than 600,000 displaced", then 660,000) is as
    likely; and one way only: a claim first stored as the floor would take one precise figure
    and then leave the same figure's later mentions (an undated one) apart."""
    low, exact = a.interval, b.interval
    if low is None or exact is None or low.upper is not None or low.lower is None:
        return False
    if a.approximate or b.approximate or exact.lower is None or exact.upper != exact.lower:
        return False
    n, m = low.lower, exact.lower
    milestone = (
        loose
        and len(n.normalize().as_tuple().digits) == 1
        and not is_running(a.measure_key)
        and (m - n) / m <= LOOSE_FLOOR
    )
    if not (0 < n < m) or ((m - n) / m > APPROXIMATE and not milestone):
        return False
    step = Decimal(1).scaleb(_exponent(n))
    if m.quantize(step, rounding=ROUND_DOWN) == n.normalize():
        return True
    # "Over 62.3%" for 62.4%: both given to a tenth of a finer number (62.37), cut in the
    # floor, rounded half up in the other; one step of the floor's last decimal apart. Only a
    # decimal floor of three digits or more (a whole count has no finer number to cut), not a
    # running total (the next update).
    return (
        precise(n)
        and _exponent(n) < 0
        and _exponent(m) == _exponent(n)
        and m - n == step
        and not is_running(a.measure_key)
    )


def _cut_count(a: Figure, b: Figure) -> bool:
    """Two counts of one named thing, one a whole number of millions (or thousands) that is the
    other's precise count cut short: "45 million phones" for 45.5 million. Reports drop the
    fraction of a count of things sold, shipped or made as often as they round it; a share, an
    amount of money or a running toll (the next update) keeps to rounding half up."""
    if not a.measure_key.startswith("count:") or a.measure_key != b.measure_key:
        return False
    if not a.concept or is_running(a.measure_key) or a.anchor is None or b.anchor is None:
        return False
    rough, fine = sorted((a.anchor, b.anchor), key=_exponent, reverse=True)
    if _exponent(rough) < 3 or _exponent(rough) == _exponent(fine) or not precise(fine):
        return False
    step = Decimal(1).scaleb(_exponent(rough))
    return 0 < rough < fine and fine.quantize(step, rounding=ROUND_DOWN) == rough.normalize()


def _cut_fraction(whole: Decimal, fine: Decimal) -> bool:
    """`whole` (a new figure) is `fine` (a stored claim's) with its fraction dropped, a whole
    number of three digits or more: an index closing at 24,345.75 given as "24,345", a fall of
    777.68 points as "777 points". Reports cut the decimals of a level or a move they give in
    full elsewhere. One way only: a claim first stored as the cut number would take the full
    one, and then no rounding of it ("24,346") that would have joined the full one."""
    if _exponent(fine) >= 0 or _exponent(whole) < 0 or abs(whole) < 100:
        return False
    return fine.quantize(Decimal(1), rounding=ROUND_DOWN) == whole and fine != whole


def _cut_at_scale(a: Figure, b: Figure) -> bool:
    """One figure a whole number of three digits or more of millions (billions, trillions) that
    is the other's amount with its decimals cut: "$412 million" for $412.6 million, "€1,204
    billion" for €1,204.35 billion. Reports cut the decimals of the scale word's number as they
    cut a level's ("777 points" for 777.68, `_cut_fraction`); with three digits before the
    scale word the two are rarely two figures. Either way round: neither bound nor estimate,
    not a share, nor a running toll (the next update)."""
    if a.measure_key != b.measure_key or a.anchor is None or b.anchor is None:
        return False
    if a.measure_key.startswith("percent:") or is_running(a.measure_key):
        return False
    if a.approximate or b.approximate or a.short_of or b.short_of:
        return False
    if not all(one_number(f) for f in (a, b)):
        return False
    rough, fine = sorted((a.anchor, b.anchor), key=_exponent, reverse=True)
    scale = _exponent(rough) // 3 * 3
    if scale < 6 or _exponent(fine) >= scale or rough <= 0:
        return False
    whole = rough.scaleb(-scale)
    if whole < 100:
        return False
    return fine.scaleb(-scale).quantize(Decimal(1), rounding=ROUND_DOWN) == whole


def one_number(f: Figure) -> bool:
    """A figure stated as one number, an estimate or not ("about a fifth"), no bound ("more
    than a fifth") or range."""
    i = f.interval
    return i is not None and i.lower is not None and i.lower == i.upper


def _worded_from(a: Figure, b: Figure) -> bool:
    """`a` words `b`'s exact, precise count the way reports do: "nearly N" / "almost N" with N
    the count rounded half up to N's precision and above it (11,862 as "nearly 12,000",
    723,632 as "almost 724,000"), within APPROXIMATE, and N of two significant digits or more:
    "nearly 2,000" words 1,801 as well as 1,881, "almost 80%" any share of the late
    seventies."""
    exact = b.interval
    if not a.short_of or a.anchor is None or b.anchor is None or b.approximate or exact is None:
        return False
    if exact.lower is None or exact.lower != exact.upper or not precise(b.anchor):
        return False
    n, m = a.anchor, b.anchor
    if not (0 < m < n) or (n - m) / n > APPROXIMATE or len(n.normalize().as_tuple().digits) < 2:
        return False  # "nearly 2,000", "almost 80%": too round to say which count it words
    step = Decimal(1).scaleb(_exponent(n))
    return _exponent(n) > _exponent(m) and m.quantize(step, rounding=ROUND_HALF_UP) == n.normalize()


def _loose_lower(a: Figure, b: Figure) -> bool:
    """`a` is "more than N" and `b` states N exactly ("367", "at least 367"): reports word a
    count's lower bound loosely, so the two are one figure. Never against "up to N", "about N"
    or "fewer than N"."""
    low, other = a.interval, b.interval
    if low is None or other is None or low.upper is not None or low.lower is None:
        return False
    if a.approximate or b.approximate or other.lower != low.lower:
        return False
    if b.short_of:
        return False  # "nearly 72,000" says the count is below what "more than 72,000" passes
    return other.upper is None or other.upper == other.lower


def _unit_of_last_digit(n: Decimal) -> Decimal:
    """The step of a number's last significant digit: 13.7 -> 0.1, 2,000 -> 1,000; a last
    digit of 5 counts as half the next step (250 -> 50, 12,500 -> 500): reports round to
    quarters and halves as they round to whole steps."""
    normal = abs(n).normalize()
    step = Decimal(1).scaleb(_exponent(normal))
    digits = normal.as_tuple().digits
    if len(digits) > 1 and digits[-1] == 5:
        return step * 5
    return step


def _past_last_digit(estimate: Figure, stated: Figure) -> bool:
    """`estimate` is "about N" with N given to a fine step ("about $13.7 billion") and
    `stated` a number as fine, a whole step of N's last digit or more away (13.5): whoever writes
    "about" beside a number worded to a tenth rounds the figure to that tenth, so the figure is
    within a step of it ("about $13.4 billion" for 13.39, "about 7.5%" for 7.3%). Only an
    estimate of one number against one number stated, and not of a count: a count of people
    is an estimate itself, and reports round it to fives ("some 273,000" riders and
    "275,000")."""
    if not estimate.approximate or stated.approximate or estimate.vague:
        return False
    if estimate.measure_key.startswith("count:"):
        return False  # a count of people ("some 273,000" riders, 275,000) is itself an estimate
    if not (one_number(estimate) and one_number(stated)):
        return False
    n, m = estimate.anchor, stated.anchor
    if n is None or m is None or n == 0 or m == 0:
        return False
    step = _unit_of_last_digit(n)
    # A stated number rounder than the estimate ("$14 billion" beside "about $13.7 billion")
    # is a rounding of its own, and the two may word one amount.
    return Decimal(1).scaleb(_exponent(m)) <= step and abs(n - m) >= step


def _across_bound(bound: Figure, stated: Figure) -> bool:
    """`stated` is one number, stated bare, on the far side of `bound`: below a floor ("more
    than 72,000" and 71,568), above a cap ("up to 2,500" and 2,600), or above what "nearly N"
    says is not reached ("nearly 72,000" and 72,287). Rounding brings such a number near the
    bound, but the bound says the figure is not there: reports that give a count's floor or
    its "nearly" have the count above or below it."""
    i, j = bound.interval, stated.interval
    if i is None or j is None or j.lower is None or bound.vague or stated.vague:
        return False
    if bound.short_of and one_number(bound) and bound.anchor is not None:
        # "nearly 72,000" against "more than 72,000" too: one says the count falls short of
        # what the other says it passed.
        floor = j.upper is None and j.lower >= bound.anchor and not stated.approximate
        above = stated.anchor is not None and stated.anchor > bound.anchor
        return floor or (one_number(stated) and not stated.approximate and above)
    if not one_number(stated) or stated.approximate or stated.short_of or bound.approximate:
        return False
    m = stated.anchor
    if m is None:
        return False
    # The bound's own number stated bare is its loose wording (`_loose_lower`), not across it.
    if i.lower is not None and i.upper is None:
        return m < i.lower
    if i.upper is not None and i.lower is None:
        return m > i.upper
    return False


# A money scale of a rate: "EUR per month" is euros each month.
RATE_SCALE = re.compile(r"^(.+?) per (day|week|month|year)$")
RATE_SCALE_PERIODS = ("day", "week", "month", "year")
# Words of a flow of money a rate may measure: "purchases", "bought", "spending", "pay".
_FLOW = (
    "purchase purchases purchasing buy buying buys bought spend spending spent pay paying "
    "paid payment payments wages salary salaries"
)
FLOW_WORDS = frozenset(stem(w) for w in _FLOW.split())


def rate_scale(scale: str) -> tuple[str, str]:
    """("EUR", "month") for "EUR per month", (scale, "") for a scale of no rate."""
    match = RATE_SCALE.match(scale)
    return (match[1], match[2]) if match else (scale, "")


def _per_period(new: Figure, old: Figure, story: str) -> tuple[Figure, Figure] | None:
    """The two figures with one rate's measure when one is an amount per period ("€20 billion a
    month") and the other the same amount with no period ("€20 billion", "$22 billion"): one
    figure when the two articles report one `story` or their sentences speak of one thing
    (RELATED_WORDS), name one measure (or one names none), no
    claimant differs, and the bare amount's sentence speaks of a flow of money (purchases,
    spending, pay) that a rate measures. None otherwise."""
    (new_base, new_period), (old_base, old_period) = (
        rate_scale(f.measure_key.partition(":")[0]) for f in (new, old)
    )
    if bool(new_period) == bool(old_period):
        return None
    if not story and words_shared(new, old) < RELATED_WORDS:
        return None
    if not (currencies.known(new_base) and currencies.known(old_base)):
        return None
    if None not in (new.claimant, old.claimant) and not same_speaker(new, old):
        return None
    bare, rate = (old, new) if new_period else (new, old)
    period = new_period or old_period
    if not bare.words & FLOW_WORDS:
        return None
    if _named_by_period(bare, period):
        bare = replace(bare, measure_key=bare.measure_key.partition(":")[0] + ":")
        new, old = (rate, bare) if new_period else (bare, rate)
    if new.concept and old.concept and new.concept != old.concept:
        return None
    named = new.concept or old.concept
    return (
        replace(new, measure_key=f"{new_base} per {period}:{named}"),
        replace(old, measure_key=f"{old_base} per {period}:{named}"),
    )


def _named_by_period(f: Figure, period: str) -> bool:
    """Whether `f`'s measure was read from a period its sentence names and nothing else: pay's
    words include "a month", so "buy €20 billion of bonds per month", its period told apart from
    the number, reads as pay though its sentence names no salary or wage."""
    concept = lexicon().concept(f.concept)
    if concept is None or stem(period) not in f.words:
        return False
    if not {f"a {period}", f"per {period}"} & set(concept.verbs):
        return False
    return not any({stem(w) for w in noun.split()} <= f.words for noun in concept.nouns)


def in_currency_of(new: Figure, old: Figure) -> tuple[Figure, str] | None:
    """`old` in `new`'s currency or unit, and the reason to show: money at the yearly rate of
    their date, a measure at the fixed ratio of its units ("six miles" as km, barrels a day as
    gallons a day); None unless both state one measure in currencies of the table (and a date
    says which year's rate) or in units of one dimension, per one period or none ("$22 billion
    a month" converts to euros a month, never to euros)."""
    target, _, concept = new.measure_key.partition(":")
    source, _, old_concept = old.measure_key.partition(":")
    if concept != old_concept or target not in currencies.convertible(source):
        return None
    on = new.seen_on or old.seen_on
    factor = currencies.factor(source, target, on.year if on else None)
    if old.interval is None:
        return None
    if source in currencies.DEGREES:
        # A difference of temperature ("0.2°C warmer") converts without the scales' offset, a
        # level with it; the measure says which (`measures.TEMPERATURE_CHANGE`).
        change = concept == TEMPERATURE_CHANGE

        def scaled(value: Decimal | None) -> Decimal | None:
            if value is None:
                return None
            return currencies.degrees(value, source, target, difference=change)

    elif factor is None:
        return None
    else:

        def scaled(value: Decimal | None) -> Decimal | None:
            return None if value is None else value * factor

    interval = replace(
        old.interval, lower=scaled(old.interval.lower), upper=scaled(old.interval.upper)
    )
    moved = replace(old, measure_key=new.measure_key, interval=interval, anchor=scaled(old.anchor))
    source, target = rate_scale(source)[0], rate_scale(target)[0]
    if on is None or not currencies.known(source):
        return moved, f"{source} converted to {target}"  # units: a fixed ratio, no year
    return moved, f"{source} converted to {target} at the {on.year} average rate"


def adopt(
    new: Figure, old: Figure, *, report: bool = False, story: str = "", ambiguous: bool = False
) -> tuple[Figure, Figure] | None:
    """The two figures with one measure when one of them leaves it unnamed, or None.

    A figure whose sentence names no counted thing ("272", "€222m") takes the measure of a
    claim of its scale that states the same number, when that number is precise (three
    significant digits or more) or the two articles report one `story`, and both have one
    claimant (or none); a number quoted in a report takes the measure of the claim it quotes;
    otherwise their sentences must share some words and the two one claimant (or none). Two
    named measures are never made one here. `ambiguous`: the same number is stored under two
    named measures (a fee and a release clause of €222m), so the number alone does not say
    which one an unnamed figure is.

    A figure nobody in its article claims may repeat one whose claimant is named ("$13.7 billion",
    Amazon said; "the $13.7 billion deal to buy Whole Foods"): it joins it when their sentences
    speak of one thing (RELATED_WORDS), not on the number alone (Barcelona's €222m payment is
    not the fee an outlet reports)."""
    if new.measure_key == old.measure_key:
        return new, old
    per_period = _per_period(new, old, story)
    if per_period is not None:
        return per_period
    new_scale, old_scale = new.measure_key.partition(":")[0], old.measure_key.partition(":")[0]
    if new.concept and old.concept:
        return (new, old) if new_scale != old_scale and new.concept == old.concept else None
    if not new.concept and report:
        return replace(new, measure_key=old.measure_key), old
    if (
        new_scale == old_scale
        and new_scale != "count"
        and new.anchor is not None
        and new.anchor == old.anchor
        and (precise(new.anchor) or story)
        and not ambiguous
        and (
            new.claimant == old.claimant
            or same_speaker(new, old)
            or (None in (new.claimant, old.claimant) and words_shared(new, old) >= RELATED_WORDS)
        )
    ):
        # "66.4%" and "66.4% voted yes", "£60bn" and "£60bn of bonds": one figure, one named
        named = new.concept or old.concept
        return (
            replace(new, measure_key=f"{new_scale}:{named}"),
            replace(old, measure_key=f"{old_scale}:{named}"),
        )
    if words_shared(new, old) < RELATED_WORDS:
        # A bare number whose sentence speaks of something else, in its unit or another: a
        # player's £8.6m fee converted is no film's $12.5m takings of that year.
        return None
    if new.claimant != old.claimant:
        return None  # a number alone, from someone else: Barcelona's payment is not PSG's fee
    money = currencies.known(new_scale) and currencies.known(old_scale)
    if new_scale != old_scale and not money:
        return None
    if new_scale == old_scale and (
        new.anchor != old.anchor
        or not (precise(new.anchor) or words_shared(new, old) >= SAME_WORDS)
    ):
        return None
    if not new.concept:
        return replace(new, measure_key=f"{new_scale}:{old.concept}"), old
    return new, replace(old, measure_key=f"{old_scale}:{new.concept}")


def rounded(a: Decimal, b: Decimal) -> bool:
    """One of the two is the other rounded: 33,000 and 32,700; 66.1 and 66.06 (not 199 and 203,
    nor 5 and 4.9: the finer figure has three significant digits or more)."""
    rough, fine = (a, b) if _exponent(a) > _exponent(b) else (b, a)
    if _exponent(rough) == _exponent(fine) or not precise(fine):
        return False  # 4.9 and 5 are two readings, not one rounded
    # Half up, as reporters round: $46.85bn is "$46.9 billion" (half-even would make it 46.8).
    step = Decimal(1).scaleb(_exponent(rough))
    return fine.quantize(step, rounding=ROUND_HALF_UP) == rough.normalize()


def _share_to_whole_percent(a: Figure, b: Figure) -> bool:
    """One share given to a tenth ("22.5 percent") and the other that share rounded half up to
    a whole percent ("23 percent"): the commonest rewording of a share, and for a share under
    25% its rounding moves it by more than ROUNDING of itself. Only one digit dropped, the finer
    share of three significant digits, neither an estimate nor a bound."""
    if not a.measure_key.startswith("percent:") or a.measure_key != b.measure_key:
        return False
    if a.approximate or b.approximate or not (one_number(a) and one_number(b)):
        return False
    if a.anchor is None or b.anchor is None or a.anchor <= 0 or b.anchor <= 0:
        return False
    rough, fine = sorted((a.anchor, b.anchor), key=_exponent, reverse=True)
    if _exponent(rough) != 0 or _exponent(fine) != -1 or not precise(fine):
        return False
    return fine.quantize(Decimal(1), rounding=ROUND_HALF_UP) == rough


def _exponent(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def precise(value: Decimal | None) -> bool:
    """A figure of three or more significant digits (156,000; €222m; 1,881) is rarely
    repeated by chance; 45 or 5% often is."""
    if value is None or value == 0:
        return False
    digits = value.normalize().as_tuple().digits
    return len(digits) >= 3


def words_shared(a: Figure, b: Figure) -> float:
    """The share of their statements' content words two figures have in common (Jaccard)."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


# The stretch of time a rate or a change is measured over: "over the last three months", "since
# the start of 2016", "so far this year", "from a year earlier".
_NUMBER_WORD = r"(?:\d+|two|three|four|six|nine|twelve)"
_LAST_FEW = rf"\b(?:last|past|previous|prior)\s+{_NUMBER_WORD}\s+(\w+?)s?\b"
_TO_DATE = r"\b(?:since the (?:start|beginning) of|so far (?:this|in)|year[- ]to[- ]date)\b"
_A_YEAR = r"\b(?:a year (?:earlier|ago|before)|(?:over|on) the year|year[- ](?:on|over)[- ]year)\b"
SPANS = (
    ("the last few", re.compile(_LAST_FEW, re.I)),
    ("to date", re.compile(_TO_DATE, re.I)),
    ("a year", re.compile(_A_YEAR, re.I)),
)


def spans_named(text: str) -> frozenset[str]:
    """The stretches of time a statement measures over ("the last few months", "to date",
    "a year")."""
    found = set()
    for name, pattern in SPANS:
        for match in pattern.finditer(text):
            found.add(f"{name} {match[1].lower()}" if match.groups() else name)
    return frozenset(found)


def _within(inner: Interval, outer: Interval) -> bool:
    """Every value `inner` allows, `outer` allows too."""
    if outer.lower is not None:
        if inner.lower is None or inner.lower < outer.lower:
            return False
        if inner.lower == outer.lower and outer.lower_inclusive is False and inner.lower_inclusive:
            return False
    if outer.upper is not None:
        if inner.upper is None or inner.upper > outer.upper:
            return False
        if inner.upper == outer.upper and outer.upper_inclusive is False and inner.upper_inclusive:
            return False
    return True


def bearing(
    new: Figure,
    old: Figure,
    *,
    story: bool = False,
    settled: bool = False,
    day_move: bool = False,
    extreme: bool = False,
) -> tuple[str, str] | None:
    """How `new` (from a newer source) bears on the claim `old`: ("disputes" | "supports",
    reason), or None. Figures of one claimant on a running total are updates, not evidence,
    unless the later one is lower. `story`: the two are reported in one story (`new`'s
    document repeats a precise figure of `old`'s article), what ties them to one event when a
    date is unknown. `settled`: both are dated by the same past year their sentences name (a
    toll of an earlier disaster), a final count, no running total any more. `day_move`: both
    sentences tie their change to one day's session (`day_moves`). `extreme`: both sentences
    tell the furthest a price went before it turned (`session_extremes`)."""
    judged = judge_bearing(
        new, old, story=story, settled=settled, day_move=day_move, extreme=extreme
    )
    return judged if isinstance(judged, tuple) else None


def judge_bearing(
    new: Figure,
    old: Figure,
    *,
    story: bool = False,
    settled: bool = False,
    day_move: bool = False,
    extreme: bool = False,
) -> tuple[str, str] | str:
    """`bearing`'s verdict, or in a few words why `new` does not bear on `old`."""
    days = _days_apart(new, old)
    # Figures of one story, one day (or one undated): one claimant's two numbers there are no
    # revision, but two outlets' rival accounts of what it said.
    one_day = (story or _named_alike_precisely(new, old)) and (days is None or days == 0)
    judged = _judge_figures(
        new, old, settled=settled, one_day=one_day, day_move=day_move, extreme=extreme
    )
    tied = (
        story
        or bool(new.places & old.places)
        or ((new.vague or old.vague) and bool(new.names & old.names))
        or _named_alike_precisely(new, old)
    )
    if story and judged in UNJUDGED_BESIDE_VAGUE and _counted_in_vague_order(new, old):
        # "injuring more than 515" against "hundreds were hurt", in an article repeating a
        # precise figure of the claim's: of one event, the stated count lies in the order the
        # vague amount names (`in_vague_range`, which alone leaves such small orders).
        return ("supports", f"a figure within the vague amount's range: {_describe(new)}")
    if isinstance(judged, tuple) and _days_apart(new, old) is None and not tied:
        # With no date to place them, two quakes' magnitudes or two marches' crowds share their
        # words ("magnitude earthquake struck"): only one story (an article giving both this
        # document's figure and the claim) or a place both name makes them one event; for a
        # vague amount ("hundreds of Afghan security personnel" against "thousands"), whose
        # number says nothing of its event, a proper name the claim's sentence writes and this
        # article writes too ("Afghan").
        return "a date unknown, and nothing ties them to one event"
    return judged


# A claim's sentence naming this many proper-name words, all written in the new figure's
# article, ties two precise figures of one measure to one event.
NAMES_TIE = 2


def _named_alike_precisely(new: Figure, old: Figure) -> bool:
    """Two amounts of three significant digits or more ("$13.5 billion", "$13.7 billion"), the
    claim's sentence naming NAMES_TIE proper-name words or more, every one of them written in
    the new figure's article too ("Whole Foods"): such numbers are rarely repeated by chance,
    and a deal, a company or a place named alike makes them accounts of one thing, whatever
    date either lacks. Not shares: a percentage lies between 0 and 100, and three digits of one
    recur (two elections of one candidate)."""
    if new.interval is None or old.interval is None:
        return False
    if new.interval.is_percent or old.interval.is_percent:
        return False  # a share of 41.2% recurs from one election to the next
    return (
        precise(new.anchor)
        and precise(old.anchor)
        and len(old.names) >= NAMES_TIE
        and old.names <= new.names
    )


def _judge_figures(
    new: Figure,
    old: Figure,
    settled: bool = False,
    one_day: bool = False,
    day_move: bool = False,
    extreme: bool = False,
) -> tuple[str, str] | str:
    """`judge_bearing` on the figures alone."""
    if not new.concept:
        return "measure missing"
    if new.interval is None or old.interval is None:
        return "no number"
    if old.measure_key not in related_keys(new.measure_key):
        return "measure unrelated"
    if not comparable(new.interval, old.interval):
        return "numbers not comparable"
    if _orders_apart(new, old) or _rates_of_change_apart(new, old):
        # €600,000 a week against a €222m fee: two things the lexicon put under one measure.
        return "numbers of other orders of magnitude"
    if whole(new) or whole(old):
        return "a whole, not a share"  # "100% of ballots counted" is no rival vote share
    days = _days_apart(new, old)
    # A total that only grows cannot fall however long after: a regulator's later count below
    # its earlier one is a recount or a corrected tally, and disputes it. Other figures weeks
    # apart are of two moments, neither a rival of the other.
    far = days is not None and days > WINDOW_DAYS
    if far and not (is_running(old.measure_key) and not settled):
        return "dates"
    scope = other_scope(new, old)
    if scope:
        return scope
    if new.part_of_year and old.part_of_year and not new.part_of_year & old.part_of_year:
        # "4.7% in the fourth quarter" against "5.2% for the whole of 2030": a quarter's pace
        # is no rival of the year's.
        return "other parts of the year"
    if new.spans != old.spans:
        # "2.6% a year over the last three months" against "2.8% a year since the start of
        # 2016", or against a pace whose stretch is not said: paces over two stretches of time
        # may differ.
        return "other stretches of time"
    if new.difference != old.difference and not _changes_of_one_holder(new, old):
        # "82,000 more than Friday" is no count of riders. But where the measure is itself a
        # change (seats won or lost), "picking up 29 seats" and "gained 30 seats" said of one
        # named party are two sizes of it, however each is worded.
        return "a change against a level"
    related = new.concept != old.concept
    shown = f"{_describe(new)} against {_describe(old)}"
    # "The 2012 quake killed 80": a past disaster's toll is final, two of them rival counts.
    running = is_running(old.measure_key) and not settled
    if running:
        # The figure reported later: `new` unless both dates say `old` came after it (an
        # article repeating an earlier figure that a lower one has replaced since).
        first, then = (new, old) if _before(new, old) else (old, new)
        assert first.interval is not None and then.interval is not None
        if (
            then.interval.below(first.interval)
            and not (then.approximate or then.vague or first.vague)
            and not same_speaker(new, old)
            and (precise(then.anchor) or _just_under(then, first))
            and (precise(first.anchor) or _floor(first))
            and words_shared(new, old) >= RELATED_WORDS
            and _close_fall(then, first)
            and not then.risen
        ):
            # A total that only grows cannot fall: 1,801 injured after 1,881, or 2,068 after
            # "more than 2,500", precise figures (or a stated floor) of one scope; a round or
            # partial count is often of a part ("60 died in Tarnby").
            shown = f"{_describe(then)} after {_describe(first)}"
            return ("disputes", f"a running total cannot fall: {shown}")
        if far:
            return "dates"  # weeks apart, only a fall bears: a rise is the count going on
        if (
            new.interval.lower is None
            and new.interval.below(old.interval)
            and old.interval.upper is None
            and not same_speaker(new, old)
            and not (new.approximate or new.vague or old.vague)
            and new.anchor != old.anchor
        ):
            # "no more than 43 died" against "at least 60": a cap below a floor, a denial. Not
            # one number said two ways ("as high as 10,000" against "more than 10,000").
            return ("disputes", f"a cap below the claim's floor: {shown}")
        if in_vague_range(new, old):
            # "millions were displaced" and, later, "more than 4.1 million displaced": the
            # count, whatever updates followed, lies in the order the vague amount names.
            return ("supports", f"a figure within the vague amount's range: {shown}")
        return "running total"  # successive counts are updates; only stance words bear on one
    apart = _digits_apart(new, old)
    if apart or cannot_both_hold(new.interval, old.interval):
        if new.anchor is not None and new.anchor == old.anchor:
            if settled and _short_of_against_beyond(new, old):
                # "nearly 1,800 died in 2030" against "more than 1,800 died in 2030": a closed
                # year's count, which no update moves, cannot lie both under and over one mark.
                return ("disputes", f"under and over one mark for a closed year: {shown}")
            # "more than eight times" against "eight times": one number, said loosely.
            return "one number said two ways"
        if new.vague and not old.vague:
            return "a vague amount against a stated figure"  # "millions marched" (where?)
        if (new.vague or old.vague) and bool(new.places) != bool(old.places):
            # "thousands of staff axed" against "hundreds of employees in London": the amount
            # of one place may count a part of the one said of no place.
            return "a vague amount of one place against one of none"
        if complementary(new, old):
            return "the two parts of a whole"  # 58.55% for the winner, 41.45% for the loser
        if new.foretold == old.foretold == "expected" and not (new.vague or old.vague):
            # Two expectations of one thing (the analysts' consensus as two outlets give it)
            # that cannot both hold: one of them misreports it.
            return ("disputes", f"rival forecasts: {_stated(new)} against {_stated(old)}")
        if _foreseen_here(new) or _foreseen_here(old):
            # Context for a reviewer, not a dispute; nor do a projection and a forecast refute
            # each other: "economists had projected more" beside the outcome names the
            # forecast it misses.
            return "a forecast against an outcome"
        if estimate(new) != estimate(old) and _finer(new, old):
            return "an estimate against a count"  # election night's 34.2% and the final 33.94%
        if _estimates_agree(new, old) and not apart and not (extreme and _extremes_apart(new, old)):
            # "about 429,000" and "about 400,000": one rough figure. Not two readings of how
            # far a session's move went, each told to its last digit ("nearly 830", 760).
            if _counted_within_estimate(new, old):
                # "nearly 500,000 riders" and the operator's own count of 470,000: the count lies
                # within the looseness the estimate states, and bears it out.
                return ("supports", f"a count within the estimate's looseness: {shown}")
            return "estimates agree"
        if related and not new.interval.is_percent:
            return "related count"  # 40 bodies found do not refute 60 dead
        if _part_of(new, old) and not _rival_counters(new, old, one_day):
            # 72,000 overdose deaths against 30,000 (of them from fentanyl): a count less than
            # half another counts a part of it, as a running total's fall that far does.
            return "a count of a part"
        if same_speaker(new, old) and not one_day:
            return "claimant revising itself"
        if (
            new.claimant is None
            and old.claimant is None
            and not (new.vague or old.vague)
            and not is_property(new.measure_key)
            and not _bound_of_one_day(new, old)
            and not (day_move and _day_rivals(new, old))
            and not (one_day and _changes_of_one_holder(new, old))
        ):
            # Two stated numbers nobody claims mostly count what the measure does not tell
            # apart (September's jobs and July's); "hundreds" against "thousands" of one thing
            # are two accounts of it.
            return "nobody claims either"
        return ("disputes", f"numbers cannot both hold: {shown}")
    if same_speaker(new, old):
        return "same claimant"
    if in_vague_range(new, old):
        # "billions of Varn kronor of assets" against "kr 74bn of assets": a stated figure in
        # the order the vague amount names backs it; it is no repetition of the claim, whose
        # words give no number (so not "agrees, one side unclaimed").
        return ("supports", f"a figure within the vague amount's range: {shown}")
    if extreme and _extremes_apart(new, old):
        # "was down as much as 830 points at one point" against "sank 760 points before
        # recovering": the furthest a day's move went, told as a bound, is a reading of one
        # point; the two readings differ by more than the rounding of either.
        return ("disputes", f"rival accounts of how far the move went: {shown}")
    if new.claimant is None or old.claimant is None:
        # A figure that agrees with a claim and names no other source is mostly the claim
        # repeated (a missed merge), not an independent confirmation of it.
        return "agrees, one side unclaimed"
    if _feared_cap(new) or _feared_cap(old):
        # "could cut as many as 20,000 jobs" against "will cut 18,000": a possibility's cap
        # is the most feared, and a figure under it neither confirms nor refutes it.
        return "a possibility's cap against a figure under it"
    if _within(new.interval, old.interval) and new.interval != old.interval:
        return ("supports", f"numbers confirm it: {shown}")
    if (
        new.claimant is not None
        and old.claimant is not None
        and new.anchor is not None
        and new.anchor == old.anchor
        and not related
    ):
        # A figure equal to another claimant's is mostly that claim passed on (the sheriff's
        # office giving the sheriff's count, "half a million" of another city): stance words
        # near a mention of it say when it is a check ("confirmed").
        return "the same figure, passed on"
    if related and _within(new.interval, old.interval):
        return ("supports", f"numbers confirm it: {shown}")
    return "numbers neither confirm nor refute"


# A later figure of a running total below the earlier one disputes it only when it is at least
# this share of it: 1,801 after 1,881 is a rival count, 272 after 2,068 counts something else.
CLOSE_FALL = Decimal("0.5")
# Two figures this many times apart are no rival readings of one thing.
ORDERS_APART = 100


# The smallest vague amount a stated figure in its range confirms: "hundreds of thousands",
# "millions", "billions". "Hundreds" or "thousands" of jobs or of injured are as often a part
# (one city's jobs, one hospital's injured) as the whole a stated count gives.
VAGUE_CONFIRMED_FROM = Decimal(100_000)


def in_vague_range(new: Figure, old: Figure) -> bool:
    """`new` states a number ("more than 11 million", "about 74 billion") that lies in the
    order of magnitude the vague claim `old` names ("millions": a million up to a billion;
    "several hundred thousand"; not under VAGUE_CONFIRMED_FROM), with no cap below it: a floor
    in that range, or a point. A cap ("up to 900,000") allows figures under the range, and a
    vague amount confirms nothing."""
    if not old.vague or new.vague or new.anchor is None:
        return False
    if new.interval is None or old.interval is None or new.interval.is_percent:
        return False
    if old.interval.lower is None or old.interval.upper is None or new.interval.lower is None:
        return False
    if old.interval.lower < VAGUE_CONFIRMED_FROM:
        return False
    if new.short_of or new.difference or old.difference:
        return False
    if not old.interval.lower <= new.anchor < old.interval.upper:
        return False
    # "Hundreds of thousands marched" and "the police put the crowd at 240,000": of a measure
    # rival counters give (data/stances.toml's `rival_counts`), one side's count is its own
    # account, not a check of the outlets' hedged one between the sides.
    return new.claimant is None or old.concept not in rival_counts()


# Verdicts `_counted_in_vague_order` may overrule: the figures alone left them unjudged.
UNJUDGED_BESIDE_VAGUE = frozenset(
    {"running total", "agrees, one side unclaimed", "numbers neither confirm nor refute"}
)


def _counted_in_vague_order(new: Figure, old: Figure) -> bool:
    """A count of three significant digits or more (515, 1,800), stated or as a floor, in the
    order a vague claim of a small order names ("hundreds", "thousands"), of the claim's
    measure: `in_vague_range` below VAGUE_CONFIRMED_FROM, for figures of one story, whose one
    event makes the count the whole the vague amount tells, not one hospital's or one city's
    part."""
    if not old.vague or new.vague or new.anchor is None or not precise(new.anchor):
        return False
    if new.interval is None or old.interval is None or new.interval.is_percent:
        return False
    if old.interval.lower is None or old.interval.upper is None or new.interval.lower is None:
        return False
    if new.measure_key != old.measure_key or new.short_of or new.difference or old.difference:
        return False
    if new.interval.upper is not None and new.interval.upper >= old.interval.upper:
        return False
    return old.interval.lower <= new.anchor < old.interval.upper


def _before(a: Figure, b: Figure) -> bool:
    """Whether `a` is dated before `b` (both dates known)."""
    return a.seen_on is not None and b.seen_on is not None and a.seen_on < b.seen_on


# A sum of money that a verb cuts or saves ("cutting €6 billion of costs", "reduce annual costs
# by $2bn", "save £300m"): the size of a saving, not the level of what it is cut from.
SAVED_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|sav(?:e|es|ed|ing|ings)|reduc(?:e|es|ed|ing|tion)|slash\w*|trim\w*)"
    r"\s+(?:(?:of|in)\s+)?(?:[a-z]+\s+){0,2}?(?:by\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than)\s+)?\W*$",
    re.IGNORECASE,
)


def saved_sum(measure_key: str, before: str) -> bool:
    """Whether a sum of money whose number follows `before` is cut or saved (`SAVED_BEFORE`);
    never a count ("cut 18,000 jobs" counts the jobs)."""
    unit = measure_key.partition(":")[0]
    return len(unit) == 3 and unit.isupper() and bool(SAVED_BEFORE.search(before[-60:]))


def _feared_cap(f: Figure) -> bool:
    """A cap said of a possibility or a forecast ("could cut as many as 20,000", "expected to
    reach up to 500"): the most anyone foresees, no count."""
    return bool(
        f.interval and f.interval.upper is not None and f.interval.lower is None and forecast(f)
    )


def _floor(f: Figure) -> bool:
    """A stated floor with no ceiling: "more than 2,500", "at least 367"."""
    return bool(f.interval and f.interval.lower is not None and f.interval.upper is None)


def _digits_apart(a: Figure, b: Figure) -> bool:
    """Two precise numbers (three significant digits or more), one or both "about" ("about
    $13.7 billion" against $13.5 billion), further apart than one unit of the coarser one's
    last digit: whoever writes three digits vouches for them, "about" or not, so the two cannot
    both hold. Not "nearly 13.7" (any number a little below it) nor "about 13.7" against 13.65."""
    if a.anchor is None or b.anchor is None or not (a.approximate or b.approximate):
        return False
    if a.vague or b.vague or a.short_of or b.short_of or a.difference or b.difference:
        return False
    if not (precise(a.anchor) and precise(b.anchor)):
        return False
    unit = Decimal(1).scaleb(max(_exponent(a.anchor), _exponent(b.anchor)))
    return abs(a.anchor - b.anchor) > unit


# Words that tie a change to one day's session: "by the closing bell", "its worst single-day
# fall", "earlier in the day", "today", "in the final hour of trading".
ONE_DAY = re.compile(
    r"\b(?:closing\s+bell|at\s+the\s+close|(?:single|one)[- ]day|intraday|today"
    r"|(?:of|in|during|by\s+the\s+end\s+of)\s+the\s+day|hours?\s+of\s+trading"
    r"|trading\s+(?:day|session)"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday)(?:\s+(?:morning|afternoon))?)\b",
    re.IGNORECASE,
)
# Two accounts of one day's move are this close (the smaller at least this share of the
# bigger): 1,100 and 1,175 points; a 650-point fall is another day's.
DAY_CLOSE = Decimal("0.85")


def day_moves(sentence: str, other: str) -> bool:
    """Whether both sentences tie their change to one day's session (`ONE_DAY`): "fell 1,175
    points by the closing bell" and "closing at 1,100 points down by the end of the day" are
    two accounts of one day's fall, against the day's opening level, not changes against
    baselines one of them leaves unnamed."""
    return bool(ONE_DAY.search(sentence) and ONE_DAY.search(other))


def _day_rivals(a: Figure, b: Figure) -> bool:
    """Two changes of one day's session (`day_moves`), each a stated number, close in value
    (`DAY_CLOSE`), no weekday apart: rival accounts of that day's move, though nobody is named
    for either."""
    if not (a.difference and b.difference) or a.anchor is None or b.anchor is None:
        return False
    if a.vague or b.vague or (a.periods and b.periods and not a.periods & b.periods):
        return False
    small, big = sorted((abs(a.anchor), abs(b.anchor)))
    return bool(big) and small >= big * DAY_CLOSE


# Words that tell the furthest a move went before it turned: "at one point", "briefly", "as
# much as", "before recovering / paring / recouping", "at its lowest".
SESSION_EXTREME = re.compile(
    r"\b(?:at\s+one\s+point|briefly|as\s+much\s+as"
    r"|at\s+(?:its|their|the\s+day's)\s+(?:low|lowest|worst|high|highest|peak)"
    r"|before\s+(?:recover|recoup|par(?:e|ing)|trimm?|rebound|bounc|claw|regain)\w*)",
    re.IGNORECASE,
)
# Words that place a move at a time within the session, before its close: "on Monday
# afternoon", "in the morning", "by midday", "in the final hour of trading", "in early trading".
WITHIN_SESSION = re.compile(
    r"\b(?:(?:in|on\s+\w+|by|during)\s+(?:the\s+)?(?:morning|afternoon|midday|noon)"
    r"|(?:early|late|morning|afternoon)\s+trading|final\s+hours?\s+of\s+trading)\b",
    re.IGNORECASE,
)


def session_extremes(sentence: str, other: str) -> bool:
    """Whether the two sentences tell how far one session's move went: one of them the furthest
    it went before it turned (`SESSION_EXTREME`: "briefly plunged nearly 830 points"), the other
    that too or the move at a time within the session (`WITHIN_SESSION`: "sank 760 points on
    Tuesday afternoon"), not at its close. Both are readings of one low, against the session's
    opening level."""
    marked = [bool(SESSION_EXTREME.search(s)) for s in (sentence, other)]
    within = [
        bool(SESSION_EXTREME.search(s) or WITHIN_SESSION.search(s)) for s in (sentence, other)
    ]
    return any(marked) and all(within)


def _extremes_apart(a: Figure, b: Figure) -> bool:
    """Two readings of how far one session's move went (`session_extremes`), close in value
    (`_day_rivals`), one or both said as a bound ("as much as 830", "nearly 830"), which reads
    of an extreme as the point reached: they differ by more than half a unit of the coarser
    one's last digit (830 against 760; not "nearly 830" against 827)."""
    if not _day_rivals(a, b) or a.anchor is None or b.anchor is None:
        return False
    if a.object_of_change or b.object_of_change:
        return False
    unit = Decimal(1).scaleb(max(_exponent(a.anchor), _exponent(b.anchor)))
    return abs(abs(a.anchor) - abs(b.anchor)) * 2 > unit


def _bound_of_one_day(a: Figure, b: Figure) -> bool:
    """Two figures of one day, naming no month or weekday, one a stated floor or cap ("at least
    4 million blank ballots" against 3 million): the bound is said to rule the other out, so the
    two are rival accounts of one count, not counts of two things the measure does not tell
    apart."""
    if a.seen_on is None or a.seen_on != b.seen_on or a.periods or b.periods:
        return False
    return any(
        f.interval is not None and (f.interval.lower is None) != (f.interval.upper is None)
        for f in (a, b)
    )


# A later count this close under an earlier one (at least this share of it) is a recount of
# the whole: a part of a toll (one city's dead) is rarely that near the toll.
RECOUNT_CLOSE = Decimal("0.9")
# Words of a sentence that counts an addition to a toll, not the toll: "another 49 died".
ADDED_COUNT = frozenset({"another", "additional", "further"})


def _just_under(then: Figure, first: Figure) -> bool:
    """A later count of two digits ("58 killed") just under the earlier one ("at least 59"):
    not `precise`, yet no round figure (none ends in 0 or 5), so a count, not an estimate; and
    near enough (`RECOUNT_CLOSE`) to be of the whole, not of a part. Not a sentence that
    adds its count to others ("another 49 died in the county"): the rest of a toll, told
    beside its other parts."""
    if then.anchor is None or first.anchor is None or first.anchor <= 0:
        return False
    if then.words & ADDED_COUNT:
        return False
    if then.anchor != then.anchor.to_integral_value() or then.anchor % 5 == 0:
        return False
    return then.anchor >= first.anchor * RECOUNT_CLOSE


def _close_fall(new: Figure, old: Figure) -> bool:
    if new.anchor is None or old.anchor is None or not old.anchor:
        return False
    return abs(new.anchor) >= abs(old.anchor) * CLOSE_FALL


# Two figures whose measures are unnamed on one side or both are read as one measure only when
# their sentences share this many words ("a premium of 27 percent" against "an 18% premium").
UNNAMED_WORDS = 0.25


def named_alike(new: Figure, old: Figure) -> tuple[Figure, Figure] | None:
    """`new` and `old` under one measure when one of them, or both, name none ("$13.5 billion"
    against "a deal valued at $13.7 billion"): the named one's, or for two unnamed ones a shared
    "unnamed" concept. Only for figures of one unit whose sentences share UNNAMED_WORDS of their
    words: what decides an unnamed figure's measure is the figure it rivals or repeats. None
    when both are named, or the units differ."""
    if new.concept and old.concept:
        return None
    scale, other = new.measure_key.partition(":")[0], old.measure_key.partition(":")[0]
    if scale != other or words_shared(new, old) < UNNAMED_WORDS:
        return None
    key = new.measure_key if new.concept else old.measure_key if old.concept else f"{scale}:unnamed"
    return replace(new, measure_key=key), replace(old, measure_key=key)


def _part_of(a: Figure, b: Figure) -> bool:
    """Two stated counts (not shares, not vague), the smaller under CLOSE_FALL of the bigger."""
    if a.anchor is None or b.anchor is None or a.vague or b.vague:
        return False
    if a.interval is None or b.interval is None or a.interval.is_percent or b.interval.is_percent:
        return False
    small, big = sorted((a, b), key=lambda f: abs(f.anchor or Decimal(0)))
    if small.interval is not None and small.interval.lower is None:
        # "fewer than 400 troops had left" caps the whole count it answers, not a part of it.
        return False
    return abs(small.anchor or Decimal(0)) < abs(big.anchor or Decimal(0)) * CLOSE_FALL


@cache
def rival_counts() -> frozenset[str]:
    """The measures data/stances.toml names as counted by rival counters ("crowd")."""
    with STANCES.open("rb") as handle:
        return frozenset(tomllib.load(handle).get("rival_counts", []))


def rival_counters(a: Figure, b: Figure) -> bool:
    """Two counts of one measure that data/stances.toml names as counted by rivals ("crowd"),
    by two named claimants who are not one: the organisers' size against the police's."""
    return (
        a.concept == b.concept
        and a.concept in rival_counts()
        and a.claimant is not None
        and b.claimant is not None
        and not same_speaker(a, b)
    )


def _rival_counters(a: Figure, b: Figure, one_day: bool) -> bool:
    """Two counts of one measure by two named claimants, of one day of one story or reported a
    day apart at most: the organisers' crowd against the police's, rival sizes of one thing,
    however far apart. A count of a part is given by the one who counts the whole (a toll and
    its share of one town), or by nobody."""
    days = _days_apart(a, b)
    return (one_day or (days is not None and days <= 1)) and rival_counters(a, b)


def _orders_apart(a: Figure, b: Figure) -> bool:
    """Two numbers two orders of magnitude apart or more (€600,000 and €222m)."""
    if a.anchor is None or b.anchor is None:
        return False
    small, big = sorted((abs(a.anchor), abs(b.anchor)))
    return small > 0 and big >= small * ORDERS_APART


# Two percentage changes this many times apart are moves of two things.
RATES_APART = 10


def _rates_of_change_apart(a: Figure, b: Figure) -> bool:
    """Two percentage changes (`difference`) tenfold apart or more: "a 4.6% plunge" of an index
    and "jumped 115%" of a gauge of fear are moves of two things. Accounts of one move differ
    by rounding or a digit; a decimal slip (0.5% and 5%) is exactly tenfold, and stays a
    dispute."""
    if not (a.difference and b.difference and a.interval and b.interval):
        return False
    if not (a.interval.is_percent and b.interval.is_percent):
        return False
    if a.anchor is None or b.anchor is None:
        return False
    small, big = sorted((abs(a.anchor), abs(b.anchor)))
    return small > 0 and big > small * RATES_APART


def at_precision_of(new: Figure, old: Figure) -> Figure:
    """`new` with its number rounded to the last digit `old`'s states (1,175.21 against 1,100
    reads 1,200): digits beyond the claim's own say nothing of which figure is nearer it."""
    if new.anchor is None or old.anchor is None:
        return new
    exponent = _exponent(old.anchor)
    if _exponent(new.anchor) >= exponent:
        return new
    rounded = new.anchor.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    return replace(new, anchor=rounded)


def whole(f: Figure) -> bool:
    """A percentage of exactly 100: a whole ("all ballots counted"), never a share's rival."""
    return bool(f.interval and f.interval.is_percent and f.anchor == 100)


def estimate(f: Figure) -> bool:
    """Whether the figure's statement gives it as an estimate ("an estimated 65.8%")."""
    return any(word.startswith("estimat") for word in f.words)


def _finer(a: Figure, b: Figure) -> bool:
    """The figure that is no estimate is a precise count, finer than the estimate: a final
    count replacing it (33.94% after an estimated 34.2%), not a rival estimate (150,000
    against an estimated 250,000)."""
    counted, guessed = (b, a) if estimate(a) else (a, b)
    if counted.anchor is None or guessed.anchor is None or not precise(counted.anchor):
        return False
    return _exponent(counted.anchor) < _exponent(guessed.anchor)


# Words of a statement that make its figure a forecast or a poll's projection, not a count:
# "economists expected 175,000 jobs", "an estimate from the Ipsos polling institute".
FORECAST = ("expect", "forecast", "predict", "project", "poll", "exit", "anticipat")
# ... and modal verbs: "their event could attract as many as 200,000", "would send 500 troops".
MODALS = frozenset(["could", "would", "might"])


# A forecast word in the clause before a number, or just after it ("the 44m analysts predicted",
# "the 0.3% rate expected"): the number is the forecast's. Expectations (analysts', economists')
# are told apart from projections and polls, which count differently.
EXPECTED = re.compile(
    r"\b(?:expect|forecast|predict|anticipat|looked for|guidance|guid(?:ed|ing)\b|consensus)",
    re.IGNORECASE,
)
# ... a poll's projection or a possibility ("analysts polled" is a survey of expectations).
# Not the polls voters go to ("almost 4 million Scots took to the polls"): that is the vote.
PROJECTED = re.compile(
    r"\b(?:project\w*|exit|(?<!to the )(?<!at the )polls?)\b",
    re.IGNORECASE,
)
# ... or a possibility: "the toll could reach 10,000", "would send 500 troops".
POSSIBLE = re.compile(r"\b(?:could|would|might)\b", re.IGNORECASE)
_FORETOLD_AFTER = re.compile(
    r"^\S*\s+(?:[a-z']+\s+){0,2}(?<!as )(?<!than )(?:had\s+|were\s+|was\s+|been\s+)*"
    r"(?:expect|predict|forecast|anticipat)",
    re.IGNORECASE,
)
# An outcome measured against the expectation ("far exceeding expectations by picking up 29
# seats"), unless the number follows the expectation itself ("beating expectations of $1.65").
OUTCOME = re.compile(
    r"\b(?:beat\w*|exceed\w*|miss\w*|than|above|below|topp\w*|surpass\w*|defy\w*|ahead of"
    r"|short of|confound\w*|outpac\w*)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
FORECAST_OF = re.compile(r"^\w*\W+(?:of|at|for|was|were|is|are|had been)\W", re.IGNORECASE)
# ... and a statement added to another ("it expected the worst, adding that the toll may have been
# above 10,000"): what was expected is not the number the added statement gives.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:]\s|\b(?:but|while|whereas|against|compared)\b"
    r"|\b(?:add|say|not|warn|stress|explain)ing\s+that\b",
    re.IGNORECASE,
)
# A number that is what someone needs ("short of the 326 they need", "the 326 needed") is a
# threshold, neither a forecast nor an outcome, whatever the poll in its clause projects.
NEEDED_AFTER = re.compile(
    r"^\W*(?:[a-z]+\s+)?(?:(?:they|it|she|he|we|you|one)\s+)?(?:needs?|needed|required)\b",
    re.IGNORECASE,
)


def _around(statement: str, before: str, wording: str, after: str) -> tuple[str, str]:
    """The statement's words before and after the number: a stored appearance keeps only a few
    characters either side of it, its statement the whole sentence. `before` and `after` when
    the number cannot be found in it."""
    tail = " ".join(before[-24:].split())
    said = " ".join(wording.split())
    at = statement.find(f"{tail} {said}" if tail and before[-1:].isspace() else tail + said)
    if not said or at < 0:
        return before, after
    start = statement.find(said, at + len(tail))
    return statement[:start], statement[start + len(said) :]


def _foreseen(f: Figure) -> bool:
    """A forecast's or a projection's number, never an outcome's; a possibility ("the toll
    could reach 10,000") is the figure feared, and may be the one others state."""
    return f.foretold in ("expected", "projected")


def _stated(f: Figure) -> str:
    """The figure's number with every digit it was given ("1.63", not "1.6")."""
    if f.anchor is None or f.interval is None:
        return "no number"
    shown = format(f.anchor.normalize(), ",f")
    return f"{shown}%" if f.interval.is_percent else shown


# A number an expectation word may follow and belong to ("an 11.3 per cent rise expected").
NUMBER_EXPECTED = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b)?"
    r"\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


def foretold(before: str, after: str) -> str:
    """How the words next to a number make it a forecast: "expected" (analysts' or economists'
    expectation), "projected" (a projection, a poll), "possible" (could, would, might), or "".
    Only the clause
    the number is in counts: "250,000, far in excess of what had been predicted" is a count."""
    if NEEDED_AFTER.match(after):
        return ""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if PROJECTED.search(clause):
        return "projected"
    if POSSIBLE.search(clause):
        return "possible"
    # An expectation word right after another number is that number's ("less than an 11.3 per
    # cent rise expected by the market and November's 11.2 per cent": 11.2 is an outcome).
    said = [m for m in EXPECTED.finditer(clause) if not NUMBER_EXPECTED.search(clause[: m.start()])]
    if said and not (
        OUTCOME.search(clause[: said[-1].start()])
        and not FORECAST_OF.match(clause[said[-1].end() :])
    ):
        return "expected"
    return "expected" if _FORETOLD_AFTER.match(after) else ""


# A sentence that says the votes are still being counted ("with ballots still being tallied",
# "as counting continues").
COUNT_UNDER_WAY = re.compile(
    r"\b(?:still|yet\s+to\s+be)\s+(?:being\s+)?(?:counted|tallied)\b"
    r"|\bcounting\s+(?:continues|continued|goes\s+on|went\s+on|is\s+still|was\s+still)\b",
    re.IGNORECASE,
)


def _of_a_count_under_way(statement: str, said: str | None) -> str | None:
    """On the night of a count still under way, "X is expected to win 156 seats" gives the
    result the returns so far point to: the same figure another report lists as the results
    "as of midnight". An expectation or projection in a sentence that says the votes are still
    being counted is the count as it stands, not a forecast made before it."""
    if said in ("expected", "projected") and COUNT_UNDER_WAY.search(statement):
        return ""
    return said


def forecast(f: Figure) -> bool:
    """Whether the figure's statement gives it as a forecast, a poll's projection or a
    possibility: a forecast word anywhere in the sentence. Wider than `foretold` (the number's
    own clause) on purpose: it only withholds a dispute, and reading the clause alone here
    turned "156,000 in September" against a monthly average into a wrong one."""
    return bool(f.words & MODALS) or any(word.startswith(FORECAST) for word in f.words)


def of_a_change(concept: str) -> bool:
    """Whether a measure is itself a change: seats won or lost (a concept the lexicon says
    `changes` another), a temperature against a baseline (`TEMPERATURE_CHANGE`)."""
    if concept == TEMPERATURE_CHANGE:
        return True
    found = lexicon().concept(concept)
    return found is not None and bool(found.changes)


# Words telling how an outcome compares with what was foreseen ("far exceeding expectations",
# "defied the forecasts", "confounding the predictions"), stemmed as `stem` cuts them ...
SURPRISE = ("exceed", "beat", "defi", "defy", "confound", "surpass", "outstrip", "outperform",
            "upset", "stunn", "surpris", "shock")  # fmt: skip
# ... and the nouns naming the forecast so compared, which then state no number of their own.
FORECAST_NOUNS = frozenset(["expectation", "forecast", "prediction", "projection", "poll"])


def _changes_of_one_holder(a: Figure, b: Figure) -> bool:
    """Whether the two are sizes of one change whose holder both sentences name ("Labour gained
    30 seats", "Labour picked up 29"): a measure that is itself a change, told of one named
    party or body, counts no part or period the other leaves out, as two unclaimed counts of a
    level may (September's jobs and July's)."""
    return of_a_change(a.concept) and a.concept == b.concept and bool(a.names & b.names)


def _surprise_only(f: Figure) -> bool:
    """Whether the sentence's only forecast words are nouns that an outcome is said to beat or
    miss ("Labour picked up 29 seats, far exceeding expectations"): words of surprise about an
    outcome, no forecast of it. Not with a modal ("could"), nor a forecast verb ("expected"),
    which give a number of the forecast's own."""
    said = {w for w in f.words if w.startswith(FORECAST)}
    return (
        bool(said)
        and said <= FORECAST_NOUNS
        and not f.words & MODALS
        and any(w.startswith(SURPRISE) for w in f.words)
    )


def _foreseen_here(f: Figure) -> bool:
    """`forecast`, but for a property of a past event (a quake's magnitude) only when its own
    clause foretells it: in "the toll from the 7.8-magnitude quake is expected to rise" what is
    expected is the toll."""
    if is_property(f.measure_key) and f.foretold is not None:
        return f.foretold != ""
    return forecast(f) and not (f.foretold in (None, "") and _surprise_only(f))


# Two shares that add up to 100% within this many points are the two parts of one whole.
WHOLE = Decimal("0.5")
# ... when they are at least this far apart (near 50%, two shares may be rival readings).
PARTS_APART = Decimal(5)


def complementary(a: Figure, b: Figure) -> bool:
    """Two percentages of one measure that add up to 100%: the winner's and the loser's share,
    yes and no, turnout and abstention. They are two parts of one whole, not rival figures."""
    if not (a.interval and b.interval and a.interval.is_percent and b.interval.is_percent):
        return False
    if a.anchor is None or b.anchor is None or a.approximate or b.approximate:
        return False
    return abs(a.anchor + b.anchor - 100) <= WHOLE and abs(a.anchor - b.anchor) >= PARTS_APART


def same_speaker(a: Figure, b: Figure) -> bool:
    """One claimant, or two names of one ("Geological Survey", "U.S. Geological Survey"): the
    words of the shorter name all in the longer."""
    if a.claimant is None or b.claimant is None:
        return False
    if a.claimant == b.claimant:
        return True
    names = sorted((content_words(a.claimant_name), content_words(b.claimant_name)), key=len)
    return bool(names[0]) and names[0] <= names[1] and a.claimant_name != b.claimant_name


def _estimates_agree(a: Figure, b: Figure) -> bool:
    """An approximate figure within APPROXIMATE of the other's number does not refute it."""
    if not (a.approximate or b.approximate) or a.anchor is None or b.anchor is None:
        return False
    biggest = max(abs(a.anchor), abs(b.anchor))
    return bool(biggest) and abs(a.anchor - b.anchor) / biggest <= APPROXIMATE


def _counted_within_estimate(a: Figure, b: Figure) -> bool:
    """One figure said loosely ("nearly 500,000"), the other stated to a finer digit, not
    loosely, by a named claimant (the operator's 470,000), of one measure: the claimant's count
    lies within the estimate's stated looseness (`_estimates_agree`) and confirms it."""
    loose, stated = (a, b) if a.approximate else (b, a)
    if not loose.approximate or stated.approximate or loose.vague or stated.vague:
        return False
    if loose.anchor is None or stated.anchor is None or loose.difference or stated.difference:
        return False
    if stated.claimant is None or same_speaker(a, b) or a.measure_key != b.measure_key:
        return False
    return _exponent(stated.anchor) < _exponent(loose.anchor)


@dataclass(frozen=True)
class StanceWords:
    disputes: tuple[str, ...]
    supports: tuple[str, ...]


# A denial: what follows it is what the speaker says is not so.
DENIAL = re.compile(r"^(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*)$")
# A charge a denial may deny: "denies the numbers are inflated" defends them. "as inflated"
# after a denial ("rejected the count as inflated") is the denial's own charge, not its object.
CHARGES = frozenset(["inflated", "exaggerated", "overstated", "false", "too high", "too low"])
# The people who vote: "voters rejected independence 55% to 45%" is the vote, not a stance on
# a figure.
VOTERS = frozenset(["voters", "electorate", "electors", "voted", "vote", "referendum"])


def stance_in(sentence: str, words: StanceWords) -> tuple[str, str] | None:
    """The stance the sentence's words take, and the word: disputing words win over supporting
    ones ("rejected … as propaganda", "confirmed"). A denial of a charge ("Beijing denies the
    numbers are inflated") takes no stance: it defends some figure, which one the words do not
    say; nor does a vote's verb ("voters rejected independence 55% to 45%")."""
    said = WORD.findall(sentence.lower())
    text = " " + " ".join(said) + " "
    for stance, phrases in (("disputes", words.disputes), ("supports", words.supports)):
        for phrase in phrases:
            if f" {phrase} " not in text:
                continue
            if stance == "disputes" and _not_a_stance(said, phrase):
                continue
            if stance == "supports" and _negated(said, phrase):
                continue  # "the police had not confirmed the figure": no confirmation
            return stance, phrase
    return None


# Words that, a few words before a stance word, negate it: "does not deny", "didn't dispute"
# ("didn", "t"), "no one questioned", "has not been confirmed", "never confirmed".
NEGATORS = frozenset(["not", "t", "never", "no", "nobody", "none", "neither", "nor", "without"])
NEGATED_WITHIN = 3


def _negated(said: list[str], phrase: str) -> bool:
    """Whether every use of `phrase` in the sentence's words `said` has a negation among the
    NEGATED_WITHIN words before it: "the police had not confirmed the count" confirms nothing."""
    size = len(phrase.split())
    uses = [i for i in range(len(said)) if " ".join(said[i : i + size]) == phrase]
    return bool(uses) and all(NEGATORS & set(said[max(0, at - NEGATED_WITHIN) : at]) for at in uses)


def _not_a_stance(said: list[str], phrase: str) -> bool:
    """Whether every use of the disputing `phrase` in the sentence's words `said` is a vote's
    verb or denies a charge (see `stance_in`)."""
    size = len(phrase.split())
    uses = [i for i in range(len(said)) if " ".join(said[i : i + size]) == phrase]
    if not uses:
        return False
    for at in uses:
        if VOTERS & set(said[max(0, at - 3) : at]):
            continue  # "Scottish voters rejected independence"
        if NEGATORS & set(said[max(0, at - NEGATED_WITHIN) : at]):
            continue  # "this does not deny that …", "no one disputed the count"
        if DENIAL.match(phrase):
            rest = said[at + 1 :]
            charged = any(
                " ".join(rest[i : i + len(c.split())]) == c and (i == 0 or rest[i - 1] != "as")
                for c in CHARGES
                for i in range(len(rest))
            )
            if charged:
                continue  # "denies numbers are being inflated"
        if (
            phrase in CHARGES
            and (at == 0 or said[at - 1] != "as")
            and any(DENIAL.match(w) for w in said[:at])
        ):
            continue  # ... and the charge it denies
        return False
    return True


def leak_confirmed(
    new: Figure,
    old: Figure,
    new_unnamed: bool,
    old_unnamed: bool,
    *,
    story: bool = False,
    settled: bool = False,
) -> tuple[str, str] | None:
    """A figure that unnamed sources gave and one a named claimant states, equal: the claimant's
    word confirms what was leaked ("the company set the price at 32", after "the price is 32,
    two sources said"), and the leak foretold the claimant's figure. `bearing` leaves two
    agreeing figures with one side unclaimed alone, as the claim repeated; a sentence crediting
    its number to sources is no repetition of the claimant's, but another account of it. Not
    two leaks (one account passed on), nor a leak and an unclaimed figure (which may repeat
    it), nor figures that differ or are of two measures."""
    if not (new_unnamed or old_unnamed):
        return None
    verdict = judge_bearing(new, old, story=story, settled=settled)
    if verdict != "agrees, one side unclaimed":
        return None
    if new_unnamed and old_unnamed:
        return _other_leak(new, old)
    named = old if new_unnamed else new
    # A report of a later day stating the leaked figure as a fact ("the company sold its shares
    # at 32", crediting nobody) confirms the leak: what the sources foretold came to pass. One of
    # the leak's day may pass the leak on; a claim that is no leak is only repeated by it.
    stated_later = old_unnamed and _before(old, new)
    if named.claimant is None and not stated_later:
        return None
    if new.interval is None or old.interval is None or new.measure_key != old.measure_key:
        return None
    if new.interval != old.interval and not _within(new.interval, old.interval):
        return None
    shown = f"{_describe(new)} against {_describe(old)}"
    return ("supports", f"unnamed sources' figure, stated by {named.claimant_name}: {shown}")


def _other_leak(new: Figure, old: Figure) -> tuple[str, str] | None:
    """Two figures each credited to sources their report does not name, equal, of one measure:
    one leak passed on when told alike, but another report's own sources when told on another
    day and described otherwise ("according to three sources" a day after "two sources said"):
    a second account of the number, which supports the first."""
    if not (new.sources and old.sources) or new.sources == old.sources:
        return None
    days = _days_apart(new, old)
    if days is None or days == 0:
        return None  # one day's copies of one leak may word its sources their own way
    if new.interval is None or old.interval is None or new.measure_key != old.measure_key:
        return None
    if new.interval != old.interval:
        return None
    shown = f"{_describe(new)} against {_describe(old)}"
    return ("supports", f"another report's unnamed sources give it too: {shown}")


# A rise or fall said, right after its number, against the year before: "8% from 2029", "12
# percent more than in the previous year", "5% over the estimate for the prior 12 months".
AGAINST_YEAR_BEFORE = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:from|over|than(?:\s+in)?|on)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:previous|prior|preceding)\s+(?:year|12[- ]month|twelve[- ]month)|last\s+year"
    r"|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# A percentage in a sentence: "9.5 percent", "10%", "seven per cent".
PERCENTAGE = re.compile(r"\b[\w.]+\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
# Two yearly rates of one measure this close (the smaller at least this share of the bigger)
# are two accounts of one change; further apart, one may be of a part (one drug's deaths).
YEARLY_CLOSE = Decimal("0.6")


def yearly_change(after: str, sentence: str) -> bool:
    """Whether a percentage is a year's change against the year before (`AGAINST_YEAR_BEFORE`
    in the words right after it: "6% more than in the previous year"), the only percentage of
    its sentence: a sentence listing several gives parts (each region's rise), not the whole."""
    return bool(AGAINST_YEAR_BEFORE.search(after)) and len(PERCENTAGE.findall(sentence)) == 1


# The year just over, named beside a change: "last year saw a 10% rise", "rose 8% in the past
# year".
LAST_YEAR = re.compile(r"\b(?:last|past)\s+year\b(?!['’]s)", re.IGNORECASE)


def change_of_a_year(f: Figure, before: str, after: str, sentence: str) -> bool:
    """Whether a percentage change is a whole year's, told by the year it covers rather than
    by the year it is measured against: "deaths jumped in 2030 nearly 7 percent", "last year saw
    a 10% rise". A year's rise or fall is against the year before, as `yearly_change`'s "from
    the previous year" says outright. Only the sentence's one percentage (`yearly_change`), and
    not a quarter's or a month's change (`part_of_year`)."""
    if not f.difference or f.interval is None or not f.interval.is_percent:
        return False
    if len(PERCENTAGE.findall(sentence)) != 1 or f.part_of_year - {"year"}:
        return False
    if f.part_of_year == {"year"}:
        return True
    bounds = list(CLAUSE_END.finditer(before[-50:]))
    near = before[-50:][bounds[-1].end() :] if bounds else before[-50:]
    following = CLAUSE_END.search(after[:60])
    near += " # " + (after[: following.start()] if following else after[:60])
    return bool(LAST_YEAR.search(near)) and not periods_named(near) and not QUARTER.search(near)


def yearly_rivals(
    new: Figure,
    old: Figure,
    *,
    story: bool = False,
    settled: bool = False,
) -> tuple[str, str] | None:
    """Two percentages of one measure, each a year's change against the year before
    (`yearly_change`: "deaths rose 6% from the previous year" against "an increase of 8.5%
    over the prior 12 months"), reported a day apart at most, that cannot both hold: two
    accounts of one year's change, which dispute each other though nobody is named for either.
    `bearing` leaves such figures alone as unclaimed or as a running total's updates; a year's
    change against the year before is one number, and neither updates the other. Not rates far
    apart (`YEARLY_CLOSE`: a part's rise beside the whole's), nor vague ones."""
    if new.interval is None or old.interval is None or new.anchor is None or old.anchor is None:
        return None
    if not (new.interval.is_percent and old.interval.is_percent):
        return None
    if new.vague or old.vague or new.measure_key != old.measure_key:
        return None
    days = _days_apart(new, old)
    if days is None or days > 1:
        return None
    small, big = sorted((abs(new.anchor), abs(old.anchor)))
    if small < big * YEARLY_CLOSE or small == big:
        return None
    # Only a rate said loosely is rounded: "about 7%" is 6.5% to 7.5%, and the 10% beside it,
    # told flat, is no rounding of it.
    loose = [f.anchor for f in (new, old) if f.approximate and f.anchor is not None]
    if loose and big - small <= Decimal(1).scaleb(max(_exponent(a) for a in loose)):
        return None  # "about 10%" against 9.5%: one rate, rounded
    verdict = judge_bearing(new, old, story=story, settled=settled)
    if verdict not in ("nobody claims either", "running total"):
        return None
    shown = f"{_describe(new)} against {_describe(old)}"
    return ("disputes", f"two accounts of one year's change: {shown}")


# A photo's credit, which marks its line as a caption: "[Photo/Agency]", "(Photo by …)",
# "(File photo)", "Getty Images".
PHOTO_CREDIT = re.compile(
    r"[\[(]\s*(?:file\s+)?(?:photo|image|picture)s?\b[^\])\n]*[\])]|\bgetty\s+images\b",
    re.IGNORECASE,
)


def _short_of_against_beyond(new: Figure, old: Figure) -> bool:
    """One figure given as just under a mark ("nearly 1,800", `short_of`) and the other as
    beyond that same mark ("more than 1,800": a floor it excludes, no top)."""

    def beyond(f: Figure) -> bool:
        return (
            f.interval is not None
            and f.interval.upper is None
            and f.interval.lower is not None
            and not f.interval.lower_inclusive
            and not f.short_of
        )

    return (new.short_of and beyond(old)) or (old.short_of and beyond(new))
