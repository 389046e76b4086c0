"""Linking at ingest: each new quantity is matched to the claims already stored, and the claims
it bears on get evidence proposals.

Candidate claims are found by indexed lookups only: the measure keys a quantity may share or bear
on (`Claim.measure_key`), reported within `WINDOW_DAYS` of it (`Claim.seen_on`), through the
(measure_key, seen_on) index; one query per distinct (keys, date) of a document, at most
`MAX_CANDIDATES` rows each. Never a scan of every claim of a unit or a claimant.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Substr

from claims.conflicts import number
from claims.extraction.lexicon import LINK_LINE_RE
from claims.extraction.text import first_date
from claims.linking import currencies
from claims.linking.match import (
    APPROXIMATE,
    CONSEQUENCE,
    CONVERTED,
    GOT_UP,
    NEEDED_AFTER,
    NOT_NAMES,
    PHOTO_CREDIT,
    RATE_SCALE_PERIODS,
    RELATED_WORDS,
    ROUNDING,
    WINDOW_DAYS,
    Figure,
    Link,
    StanceWords,
    _around,
    adopt,
    apart_from,
    at_precision_of,
    bearing,
    change_of_a_year,
    day_moves,
    figure,
    forecast,
    foretold,
    in_vague_range,
    leak_confirmed,
    named_alike,
    names_in,
    one_number,
    precise,
    rate_scale,
    rival_counters,
    round_count,
    rounded,
    same_claim,
    saved_sum,
    scope_near,
    session_extremes,
    stance_in,
    stem,
    subject_of_change,
    unnamed_sources,
    words_shared,
    yearly_change,
    yearly_rivals,
)
from claims.linking.measures import (
    TEMPERATURE_CHANGE,
    concepts_named,
    is_running,
    lexicon,
    measure_of,
    related_keys,
    stance_words,
)
from claims.models import (
    MEASURE_SCALE,
    Appearance,
    Claim,
    EvidenceProposal,
    ReviewStatus,
    Speaker,
)
from sources.ingest import DATE_HEADER
from sources.models import Source

# Rows read per candidate lookup: the claims of a measure reported near one date.
MAX_CANDIDATES = 500
# Appearances read per candidate claim (`_load_near`, `_leads`): its first ones, in the order
# they were stored. The first gives the words next to its number; the next ones its cut-offs,
# holders and leads, which a claim's first reports state as its later ones repeat them. A claim
# the news repeats for months (a toll, a rate) would otherwise cost every document that meets
# it thousands of rows; the development stories' busiest claim has fewer than this.
APPEARANCES_PER_CLAIM = 32
# "the ministry's count of 43", "the Interior Ministry's figure of forty-three": a number that
# belongs to someone other than the sentence's speaker.
OWNED = re.compile(
    r"(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[\w.-]+?)['’]s?\s+(?:own\s+|official\s+|"
    r"latest\s+|earlier\s+|previous\s+)?(?:count|figure|tally|toll|estimate|claim|number|"
    r"numbers|figures|total)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# "the 85 per cent claim", "the figure of 43" after the number: a reported figure, owner unknown.
REPORTED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:claim|claims|figure|figures|count)\b", re.I)
# "the earlier figure of 10,000", "said the number of 400 dead was too high": a figure already
# given, which the sentence refers back to; whoever says the sentence, it is not theirs.
QUOTED_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,2}?(?:figure|number|estimate|claim)\s+of\s+$", re.IGNORECASE
)
# "than the 10,000 previously estimated", "the 400 first reported": someone else's earlier figure.
QUOTED_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:previously|earlier|originally|initially|first)\s+"
    r"(?:estimated|reported|given|feared|cited|quoted|announced|stated)\b",
    re.IGNORECASE,
)
# Between a number and the stance word that disputes it ("Ten thousand, I think, is too much"):
# the number is what is disputed when no other number comes before the word.
DISPUTED_WITHIN = 48
# Between an amount and its conversion: "$46.85bn (£38.44bn)", "€222m (about $260m)".
BRACKETED = re.compile(r"^\s*\(\s*(?:about|around|roughly|some|or|nearly|almost)?\s*$", re.I)
# A past year named in the sentence: "The river last flooded the town in 2009", "the 1987
# quake", "In 2009, the river ..." (a sentence's first word is capitalised like any other). Not
# "since 1979": the strongest quake since then is dated now.
YEAR = re.compile(
    r"\b(?:in|of|during|the)\s+((?:19|20)\d\d)\b(?!\s*(?:%|per|percent))", re.IGNORECASE
)
# A date in a page's address: /2016/10/07/ or /2016-10-07-.
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?!\d)")
# Where a page's dateline is looked for when it has no date: its first characters.
DATELINE_CHARS = 400
# Number ranges looked up in one query. A figure brings one range; an amount of money one or
# two per currency of the table (its conversions), so a page of amounts is several queries: one
# query ORing a thousand ranges is planned as a scan of the whole table that tests each row
# against all of them (minutes at a million claims), where sixty are index range scans.
RANGES_PER_QUERY = 60
# Precise figures of an undated document looked up to date it, at most.
DATING_FIGURES = 8
# A running count's number given again this many days after it was reported, once a higher
# update had replaced it, is another count (`Linker._passed`).
PASSED_DAYS = 2
# An article's headline and first paragraph: where it names its event ("the quake in Tarnby").
LEAD_CHARS = 600
# How many years back a report may recall a figure whose year another article named ("the
# record set in 2012"): `_near`.
RECALLED_YEARS = 30
# "82,000 more riders than on Friday": the size of a change, though the extractor read a count.
COMPARED = re.compile(r"^\s*[\d,.]+\s+(more|fewer|less)\s+(?:[a-z]+\s+)?than\b", re.I)
# Between a stance word and a number, what starts another clause: "…, although they confirmed".
CLAUSE_BREAK = re.compile(r";|\b(?:although|though|but|while|whereas|however)\b")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’')\]]?\s+|\n")
FIGURE_FIELDS = (
    "claimant", "claimant__name", "claimant__organisation", "measure_key", "seen_on",
    "value", "lower", "upper", "total", "lower_inclusive", "upper_inclusive", "vague",
    "qualifier", "statement", "status", "difference", "change",
)  # fmt: skip


def source_date(source: Source) -> datetime.date | None:
    """When a source was published: its date, else a date in its address (/2016/10/07/), else
    a full date in its first lines ("Posted at 9:23 AM, Aug 04, 2014"); None when none says."""
    if source.published_on is not None:
        return source.published_on
    found = URL_DATE.search(source.url or "")
    if found:
        try:
            return datetime.date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            pass
    return first_date(source.text, 0, min(len(source.text), DATELINE_CHARS), None)


def _swappable(source: Source, on: datetime.date) -> bool:
    """`on` is no date of the source's address (/2019/12/06/ says which is the month), and its
    day could be its month: "06/12/2019" means 6 December on a page that writes the day first,
    12 June on one that writes the month first; a scraper's or a form's published date may
    carry either reading."""
    return URL_DATE.search(source.url or "") is None and on.day <= 12 and on.day != on.month


def root(speaker: Speaker | None) -> int | None:
    """The speaker a figure is credited to: the organisation a member speaks for, else itself."""
    if speaker is None:
        return None
    return speaker.organisation_id or speaker.pk


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], as offsets: what an evidence excerpt quotes.

    Hard-wrapped copy (wire stories cut at 70 characters) runs on over a line break followed by
    a lower-case word or a figure, or after a line ending in a comma or a word such as "of"; a
    blank line, a line ending in a full stop or a list item ends it, and a headline (followed by
    a capital) stays apart. "U.S. and", "Nov. 12": an abbreviation's full stop before a
    lower-case word or a figure ends nothing either."""

    def ends(found: re.Match[str]) -> bool:
        cut, line_start = found.start(), text.rfind("\n", 0, found.start()) + 1
        following = text[found.end() : found.end() + 1]
        runs_on = following.islower() or following.isdigit()
        if found.group() == "\n":
            if text[:cut].rstrip(" ")[-1:] in (".", "!", "?", "”", '"', "’", "'", ")", "]"):
                return True  # a line ending in a full stop
            bullet = text[line_start : line_start + 1] in ("-", "*", "•")
            # "…, the mayor of\nHarlow said": a comma or a word that never ends a sentence.
            last = re.search(
                r"(?:,|\b(?:of|the|a|an|and|or|to|in|on|at|for|by|with|from))$",
                text[line_start:cut].rstrip(" "),
            )
            return bullet or not (runs_on or (bool(last) and following.isalpha()))
        abbreviation = re.search(r"(?:\b(?:[A-Z]\.)+|\b[A-Z][a-z]{0,3}\.)$", text[line_start:cut])
        return not (abbreviation and runs_on and found.group() == " ")

    header = DATE_HEADER.match(text)
    left = header.end() if header and header.end() <= start else 0
    for found in SENTENCE_BREAK.finditer(text, max(0, start - 600), start):
        if ends(found):
            left = max(left, found.end())
    right = len(text)
    for found in SENTENCE_BREAK.finditer(text, end):
        if ends(found):
            right = found.start()
            break
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, max(right, end)


def stored_figure(claim: Claim, near: tuple[str, str, str] = ("", "", "")) -> Figure:
    """A stored claim as linking reads it; `near` is the text before, of and after its first
    appearance (what `scope_near` reads)."""
    return figure(
        claimant=root(claim.claimant),
        claimant_name=claim.claimant.name if claim.claimant else "",
        measure_key=claim.measure_key,
        value=claim.value,
        lower=claim.lower,
        upper=claim.upper,
        lower_inclusive=claim.lower_inclusive,
        upper_inclusive=claim.upper_inclusive,
        total=claim.total,
        vague=claim.vague,
        qualifier=claim.qualifier,
        seen_on=claim.seen_on,
        statement=claim.statement,
        difference=claim.difference,
        before=near[0],
        wording=near[1],
        after=near[2],
        change=claim.change,
    )


@dataclass
class Prepared:
    """A candidate quantity with what linking worked out about it."""

    candidate: Any  # QuantityCandidate
    claimant: Speaker | None  # after a report's speaker is set aside
    speaker: Speaker | None  # who speaks in its sentence (the extractor's claimant)
    measure_key: str
    seen_on: datetime.date | None
    figure: Figure
    stance: tuple[str, str] | None  # the sentence's stance words
    report: bool  # the number is someone else's, quoted in a denial or confirmation
    excerpt: tuple[int, int]
    claim: Claim | None = None  # what it became: the claim it joined, or a new one
    best: Claim | None = None  # the closest stored claim, merged or suggested
    link: Link | None = None
    known: list[Claim] = field(default_factory=list)
    year: int | None = None  # a past year its sentence names
    # The amount right before it that it converts ("$46.85bn (£38.44bn)"): `_conversions`.
    converts: Prepared | None = None


def other_currencies(key: str) -> list[str]:
    """The measure keys of the same money in the table's other currencies ("GBP:fee" for
    "EUR:fee"), or of the same measure in other units ("mi:depth" for "km:depth")."""
    scale, _, concept = key.partition(":")
    return [f"{code}:{concept}" for code in currencies.convertible(scale)]


def amounts(
    scale: str, anchor: Decimal, on: datetime.date | None
) -> list[tuple[str, Decimal, Decimal]]:
    """(scale, low, high) ranges a claim stating `anchor` may hold: the number itself, and for
    money with a date, the amount in each other currency of the table, for a measure, in each
    other unit of its dimension, give or take CONVERTED."""
    found = [(scale, anchor, anchor)]
    for code in currencies.convertible(scale):
        factor = currencies.factor(scale, code, on.year if on else None)
        if factor is not None:
            value = anchor * factor
            found.append((code, value * (1 - CONVERTED), value * (1 + CONVERTED)))
    return found


def first_appearances(claims: set[int]) -> Any:
    """The first APPEARANCES_PER_CLAIM appearances of each of these claims. The last of them is
    found first for each claim that has that many (one probe of the appearance index on (claim,
    id) each), so a claim reported thousands of times is read no further than one reported
    APPEARANCES_PER_CLAIM times."""
    last = (
        Appearance.objects.filter(claim_id=OuterRef("pk"))
        .order_by("pk")
        .values("pk")[APPEARANCES_PER_CLAIM - 1 : APPEARANCES_PER_CLAIM]
    )
    cut = {
        claim: pk
        for claim, pk in Claim.objects.filter(pk__in=claims)
        .order_by()
        .annotate(last=Subquery(last))
        .values_list("pk", "last")
        if pk is not None
    }
    wanted = Q(claim_id__in=claims - cut.keys())
    for claim, pk in cut.items():
        wanted |= Q(claim_id=claim, pk__lte=pk)
    return Appearance.objects.filter(wanted)


def _year_and_its_report(a: datetime.date, b: datetime.date) -> bool:
    """Whether one date is 1 January of a year an article names and the other in that year or
    the next (`_near`)."""
    return any(
        (x.month, x.day) == (1, 1) and y.year in (x.year, x.year + 1) for x, y in ((a, b), (b, a))
    )


def _of_a_recalled_year(on: datetime.date, seen: datetime.date) -> bool:
    """Whether `seen` is 1 January of one of the RECALLED_YEARS before the year of `on`: a
    figure whose year an article named, which a report of `on` may recall (`_near`)."""
    return (seen.month, seen.day) == (1, 1) and on.year - RECALLED_YEARS <= seen.year < on.year


def _near(seen_on: datetime.date | None, recalled: bool = False) -> Q:
    """Claims reported within WINDOW_DAYS of a date, or undated; every claim when no date is
    given (only with a selective condition beside it, such as a number). With `recalled`, also
    the figures of the RECALLED_YEARS before, which only a precise number may be matched with
    (`_recalled_year`): the look-back is asked for by `_by_numbers`, never by a lookup of a
    whole measure, which it would fill with every old year's figures of that measure."""
    if seen_on is None:
        return Q()
    window = datetime.timedelta(days=WINDOW_DAYS)
    near = Q(seen_on__range=(seen_on - window, seen_on + window)) | Q(seen_on__isnull=True)
    # A figure an article dates by the year it names (1 January, `dated`) and the reports of
    # that year and of the next, when that year's figure is news (`_report_of_named_year`);
    # with `recalled`, of the years before, which a later report recalls without naming their
    # year (`_recalled_year`): one probe of the date index per year.
    first = seen_on.year - (RECALLED_YEARS if recalled else 1)
    near |= Q(seen_on__in=[datetime.date(year, 1, 1) for year in range(first, seen_on.year)])
    if (seen_on.month, seen_on.day) == (1, 1):
        years = (datetime.date(seen_on.year, 1, 1), datetime.date(seen_on.year + 1, 12, 31))
        near |= Q(seen_on__range=years)
    return near


def _recalls(figure: Figure) -> bool:
    """Whether a figure's number is one a later report may recall from a past year: precise
    and stated as such (`_recalled_year`)."""
    return precise(figure.anchor) and not (figure.approximate or figure.vague)


def as_percent(candidate: Any) -> Any:
    """ "Almost two-thirds of the electorate" (a fraction, 0.6667) as the share it is: 66.67%,
    stored and compared as percentages are ("64.1 per cent")."""

    def scaled(n: Decimal | None) -> Decimal | None:
        return None if n is None else (n * 100).quantize(Decimal("0.01"))

    return replace(
        candidate,
        kind="percent",
        unit="percent",
        value=scaled(candidate.value),
        lower=scaled(candidate.lower),
        upper=scaled(candidate.upper),
    )


# A year the sentence names that is not its figure's (`year_of`). After the figure, past a
# comparison or an aside: the year is the other side's ("20 seats short of the haul in 2015",
# "0.2 degrees warmer than the record set in 2014", "double that of 2003", "40,000 barrels a
# day — six times what a tanker spilled in 1996"), a figure it ranks behind ("the second-best
# opening, behind only the $90m of a film in 2011"), the level a change started from ("won 40
# seats, down from 52 in 2015"; "turnout was 61%, from 64% in 2015") or a record it beat
# ("raising $2bn, beating the $1.8bn of a listing in 2012"). Before it, past a word that says
# the figure is of now ("opened its first shop in 1985, now runs 312"), or of a day of the
# report's week ("lost ground in 2011, then on Monday won 32 seats").
APART_AFTER = re.compile(
    r"[;:—–]|\b(?:than|compared|against|versus|vs|short\s+of|(?:that|those)\s+of|from|behind|"
    r"beat|beats|beating|surpass(?:es|ed|ing)?|overtak(?:e|es|ing)|overtook|"
    r"eclips(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?)\b",
    re.IGNORECASE,
)
APART_BEFORE = re.compile(
    r";|\b(?:now|today|tonight|yesterday|currently|so\s+far|this\s+(?:year|month|week)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?)\b",
    re.IGNORECASE,
)
# A period's start: "since the start of 2016", "since it began publishing them in 1998" (with
# no number between: "the worst since the 3.1 percent of 1991" names the number's year).
SINCE_YEAR = re.compile(r"\bsince\b[^,;\d]*$", re.IGNORECASE)


# A year a comparison names, wherever the figure is: "a better showing than in 2015, securing
# 121 seats", "up from 2012".
COMPARED_YEAR = re.compile(
    r"\b(?:than|from|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+|of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A year right after another number, before the figure: that number's ("52 in 2015").
YEAR_OF_NUMBER = re.compile(r"\d[\d,.]*\s*%?\s+(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+)?$")


# A year written right after a number, before the noun they both qualify: "a $3bn 2011
# listing", "its 4.1% 2015 growth" (the year of that number, whatever else the sentence names).
# Not before a word that joins or places ("40 2015 and 2016 ..." is no such pair).
YEAR_AFTER_NUMBER = re.compile(
    r"\s+((?:19|20)\d\d)\s+(?=[a-z])"
    r"(?!(?:and|or|to|in|on|at|of|for|from|by|with|than|vs|versus|when|while)\b)"
)


def year_of(sentence: str, start: int, end: int) -> int | None:
    """The year the figure at sentence[start:end] holds for: one written right after it, before
    their noun (`YEAR_AFTER_NUMBER`), else the first the sentence names (`YEAR`) that is no
    period's start and that nothing sets apart from the figure (`APART_AFTER`,
    `APART_BEFORE`); None when none is its (it holds as of its report)."""
    written = YEAR_AFTER_NUMBER.match(sentence, end)
    if written:
        return int(written[1])
    for found in YEAR.finditer(sentence):
        at = found.start(1)
        if SINCE_YEAR.search(sentence[:at]) or COMPARED_YEAR.search(sentence[:at]):
            continue
        if found.end(1) <= start and YEAR_OF_NUMBER.search(sentence[:at]):
            continue  # "down from 52 in 2015 and the 47 it held": the year is the 52's
        if at >= end:
            apart = APART_AFTER.search(sentence[end:at])
        elif found.end(1) <= start:
            apart = APART_BEFORE.search(sentence[found.end(1) : start])
        else:
            continue
        if not apart:
            return int(found[1])
    return None


def _year_named(sentence: str) -> int | None:
    """The year a sentence names as its figure's ("in 2017", "the 2012 quake"), or None."""
    found = YEAR.search(sentence)
    return int(found[1]) if found else None


def dated(on: datetime.date | None, year: int | None) -> datetime.date | None:
    """A figure's date: its document's, unless its sentence names a year before the last one
    ("in 2009, when 43 people died": the figure holds as of that year), or the document has no
    date and its sentence names a year.

    The year just past is the news of its report, not an old figure: a year's total is known
    only once the year is over, so "growth of 6.9% in 2015" in January 2016 (or "72,000 deaths
    in 2017" in August 2018) is the figure an article of those days gives without the year. It
    keeps its report's date; two years back ("7.3% in 2014") keeps that year's."""
    if year is not None and on is not None and year == on.year - 1:
        return on
    if year is not None and (on is None or year < on.year):
        # In an undated document too: "a magnitude-7.2 quake in 1987" is no rival of today's.
        return datetime.date(year, 1, 1)
    return on


# An earlier or compared figure: "compared with 193,000" or "last year's pace of 229,000" right
# before its number, or "from 130"
# in a sentence of change ("ballooned to 631 from only 130", "rose from 297 to 631", "down from
# 167,000"). Not "the toll from a 6.5 magnitude earthquake", nor "more than 2,500".
_FILLER = r"(?:(?:the|only|just|some|about|around|nearly|almost)\s+)*$"
COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:last|previous|prior)\s+(?:year|month|week)['’]s"
    r"(?:\s+[a-z]+){0,2}(?:\s+of)?)\s+" + _FILLER,
    re.IGNORECASE,
)
FROM = re.compile(r"\bfrom\s+" + _FILLER, re.IGNORECASE)
CHANGE = re.compile(
    r"\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|increased|decreased|climbed|jumped|"
    r"grew|dropped|ballooned|swelled|soared|surged|plunged|revised|raised|lowered|cut|slashed|"
    r"reduced)\b",
    re.IGNORECASE,
)
TO_AFTER = re.compile(r"^\W*(?:[\w%-]+\s+){0,3}?to\s", re.IGNORECASE)
# "cut its deposit rate to a record low -0.5% from -0.4%": the level a change reached, just
# before the "from" of the level it left (whatever verb, perhaps too far back, says the change).
TO_BEFORE = re.compile(
    r"\bto\s+(?:[a-z-]+\s+){0,4}?[-−+]?[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s*$",
    re.IGNORECASE,
)
PRIOR_CHARS = 60
# A line of its own this near the top of a text, with no full stop, is its headline.
TITLE_CHARS = 300
NONE = ("", "", "")  # no stored appearance: no words before or after the number


# A month or a year named right after a number: "156,000 jobs in September", "252,000 were
# added in July", "782,000 in 2013" (against "513,000 passengers in 2009").
MONTH_AFTER = re.compile(
    r"^\W*(?:[\w,%-]+\s+){0,3}?(?:in|for|during|of)\s+(january|february|march|april|may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
MONTH_CHARS = 40
# What a change is measured against, right after its number: "82,000 more than on Friday",
# "20 seats down on 2015", "up 7% from a year earlier", "since the last election".
BASELINE = re.compile(
    r"^\W*(?:[\w,%-]+\s+){0,5}?(?:than|from|since|compared|against|on\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# An election night's tally right before a number: "leading or elected in 25 ridings", "ahead
# in 40 seats". It is no rival of the count that replaces it (context, not a dispute).
LEADING = re.compile(
    r"\b(?:(?:elected|won)\s+or\s+)?(?:leading|ahead)(?:\s+or\s+(?:elected|won))?\s+in\s+"
    r"(?:just\s+|only\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
# Who holds a count, in its clause: a party or body named right before a verb of winning or
# holding ("the Greens won 40 seats", "Northwind's Liberals had just 40"), or after it ("40 for
# the Greens"), or a results table's line ("Greens 40", "40 Greens"). Two counts held by two
# named holders are two figures, not rival readings of one.
_HOLDING = (
    r"(?:won|win|wins|winning|took|take|takes|taking|secured|secure|secures|securing|captured|"
    r"capture|captures|claimed|claims|had|has|have|holds|held|hold|got|gets|collected|earned|"
    r"earns|garnered|received|" + GOT_UP + r"|"
    r"surged\s+to|rose\s+to|climbed\s+to|fell\s+to|dropped\s+to|slipped\s+to|at)\s+"
    r"(?:(?:a\s+total\s+of|a|an|about|around|nearly|almost|some|just|only|over|more\s+than|"
    r"at\s+least|roughly)\s+)*$"
)
HOLDER_BEFORE = re.compile(
    r"(?<![\w’'])((?:[A-ZÀ-Þ][\w.-]*\s+){0,3}[A-ZÀ-Þ][\w.-]*?)(?:['’]s?)?"
    r"(\s+(?:[Pp]arty|[Gg]overnment|[Cc]ompany))?(?:\s*,)?\s+"
    r"(?:(?:has|have|had|will|would|could|also|then)\s+)*" + _HOLDING
)
# A verb of holding whose subject the sentence gave first ("The Greens, led by X, won a share
# of the vote but won just 40 seats", "The Greens, meanwhile, did well, securing 40 seats"):
# the sentence's opening name is the holder, unless a verb of saying follows it. So is it of
# the end of a change ("The Greens' share fell from 9% to 4%").
ELIDED = re.compile(
    r"(?:(?:,|—|\bbut|\band|\bwhile)\s+" + _HOLDING + r")|\bfrom\s+[^,;]{1,40}\bto\s+$"
)
OPENING = re.compile(
    r"^\s*(?:The\s+)?((?:[A-ZÀ-Þ][\w.-]*\s+){0,2}[A-ZÀ-Þ][\w.-]*?)(?:['’]s?)?(\s+[Pp]arty)?"
    r"(?:\s*,|\s+(?!reports?\b|says?\b|said\b|told\b|tells?\b)[a-z]+\b)"
)
HOLDER_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?for\s+(?:the\s+)?((?:[A-ZÀ-Þ][\w.-]*\s*){1,3})(\s+[Pp]arty)?"
)
HOLDER_LINE_BEFORE = re.compile(r"[ \t]*((?:[A-ZÀ-Þ][\w.-]*[ \t]+){1,3})")
HOLDER_LINE_AFTER = re.compile(r"^\s+((?:[A-ZÀ-Þ][\w.-]*\s*){1,3}?)\s*(?:\n|$)")


BODIES = frozenset({"party", "government", "company"})


def holder_of(before: str, after: str) -> frozenset[str]:
    """The forms of the name a count is held by (`HOLDER_BEFORE`), as `subject_of_change`
    writes them: the stemmed name, and for two words or more their initials; empty when its
    clause names none ("the party won 40", "securing 40 seats")."""
    found = (
        HOLDER_BEFORE.search(before[-70:])
        or (ELIDED.search(before[-70:]) and OPENING.match(before))
        or HOLDER_AFTER.match(after)
        or HOLDER_LINE_BEFORE.fullmatch(before[before.rfind("\n") + 1 :])
        or HOLDER_LINE_AFTER.match(after)
    )
    if found is None:
        return frozenset()
    named = found[1].split() + ((found[2] or "") if found.re.groups > 1 else "").split()
    words = [w for w in named if w.lower() not in NOT_NAMES | BODIES]
    if not words:
        return frozenset()
    forms = {" ".join(stem(w.lower()) for w in words)}
    if len(words) > 1:
        initials = "".join(w[0].lower() for w in words)
        forms |= {initials, initials + ("p" if "party" in found[0].lower() else "")}
    return frozenset(forms)


# A clause of a past year's event right before a figure: "since 2003, when", "in 1989 when".
PAST_WHEN = re.compile(r"\b((?:19|20)\d\d),?\s+when\b[^.;]*$", re.IGNORECASE)


# Words before a level, in its sentence, that make it one a later level replaced: "a week ago
# the top end was put at 6,000", "the new estimate updates the 4,000 to 6,000 figure", "the
# previous estimate".
SUPERSEDED = re.compile(
    r"\b(?:ago|last (?:week|month)|previous(?:ly)?|earlier estimate|updates? the|revision of)\b",
    re.IGNORECASE,
)

# The words between a move's size and the level it went to: "rose $4.12, or 9 percent, to
# $49.80", "fell 310 to 8,412".
MOVED_TO = re.compile(r"\s*(?:,\s*or\s+[^,;]{1,25},\s*)?to\s+(?:a\s+|an\s+)?(?:\w+\s+)?", re.I)

# Words that call a count the gap between two others: "a majority of 20,293", "won by a margin
# of", "a lead of".
MARGIN = re.compile(r"\b(?:majority|margin|lead)\s+of\b|\bwon by\b", re.I)

# A percentage set against the level after it: "20% higher than the closing price of $45.80".
RATE_THAN = re.compile(
    r"\s*(?:percent\s+|per cent\s+)?(higher|more|above|lower|less|below)\s+than\b", re.I
)

TIMES = re.compile(r"\d\s*(?:times|-?fold)\b|\b(?:times|fold)\s+(?:more|less|fewer|as)\b", re.I)


def _exact(f: Figure) -> bool:
    """A figure stated exactly: no bound ("at least 381"), no estimate ("about 260")."""
    return one_number(f) and not (f.approximate or f.vague)


def _exponent_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _month_after(after: str) -> str:
    found = MONTH_AFTER.match(after)
    return found[1].lower() if found else ""


def _nearness(new: Figure, old: Figure) -> float:
    """How near two figures' numbers are: 0 for equal, down to -1 for far apart (or unknown)."""
    if new.anchor is None or old.anchor is None:
        return -1.0
    a, b = abs(new.anchor), abs(old.anchor)
    if not max(a, b):
        return 0.0
    return -float(abs(a - b) / max(a, b))


def _prior(before: str, after: str) -> str:
    """What the words next to a number make it: "compared" (a baseline, often of another
    period), "earlier" (the figure an update replaces) or "" (a current figure)."""
    before = before[-PRIOR_CHARS:]
    if COMPARED_WITH.search(before):
        return "compared"
    found = FROM.search(before)
    if found is not None and (
        CHANGE.search(before[: found.start()]) is not None
        or TO_AFTER.match(after) is not None
        or TO_BEFORE.search(before[: found.start()]) is not None
    ):
        return "earlier"
    return ""


# The digits a number is written with: "631" of "631 people", "0.8" of "0.8%".
NUMERAL = re.compile(r"\d(?:[\d.,]*\d)?")
# All that stands between the two sides of a comparison: "34% versus 33%", "33% to 34%".
VERSUS = re.compile(r"\W*(?:versus|vs\.?|against|to)\W*", re.IGNORECASE)
# The second of two earlier figures a change is measured from: "up from 99 four years ago and
# the 95 it held in June", "down from 44 in 2015 and 103 in 2011".
FROM_LISTED = re.compile(
    r"\b(?:up|down|rose|fell|risen|fallen)\s+from\s+[^.;:!?]{1,60}?\band\s+" + _FILLER,
    re.IGNORECASE,
)


def _prior_listed(before: str) -> str:
    """Whether `before`, the sentence up to a number, makes it the second baseline of a change
    (`FROM_LISTED`): "earlier" then, as `_prior` says it, else ""."""
    return "earlier" if FROM_LISTED.search(before[-2 * PRIOR_CHARS :]) else ""


LIST_ITEM = re.compile(r"[ \t]*[-*•–][ \t]+")


def _projected_before(text: str, start: int) -> str:
    """The sentence before the one at `start`, without its closing stop, when the one at `start`
    opens as its consequence (`CONSEQUENCE`) and it gives a forecast or a projection ("the
    Conservatives were projected to win 318 seats"); else "". "Would" alone makes a figure a
    possibility, which may be the figure a later count states; worked out from a projection, it
    is the projection's."""
    if not CONSEQUENCE.match(text, start):
        return ""
    cut = len(text[:start].rstrip())
    if cut == 0:
        return ""
    earlier_start, earlier_end = sentence_span(text, cut - 1, cut)
    earlier = text[earlier_start:earlier_end].strip().rstrip(".!?").rstrip()
    return earlier if foretold(earlier, "") in ("projected", "expected") else ""


def _list_heading(text: str, start: int) -> str:
    """The line that introduces the list the text at `start` is an item of, without its colon
    ("Apple is guiding the following"), or "" when it is no list item or the line before the
    list does not end in a colon."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text, line_start):
        return ""
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if LIST_ITEM.match(line):
            line_start = above
            continue
        line = line.strip()
        return line[:-1].rstrip() if line.endswith(":") else ""
    return ""


# A stated rate of change that differs from the one two levels give by more than this share of
# it (and by more than RATE_POINTS) is refuted by them: "nine per cent" against 18.9%.
RATE_OFF = Decimal("0.25")
RATE_POINTS = Decimal(2)


def _rate_stance(rate: Decimal, stated: Decimal) -> str | None:
    """How a change of `rate` per cent, given by two levels, bears on a stated change of
    `stated` per cent: "supports" when the stated one rounds it (9% for 8.9%, 7.7% for 7.74%),
    "disputes" when far from it, None between."""
    stated = abs(stated)
    if rounded(stated, rate) or stated == rate:
        return "supports"
    if abs(rate - stated) > max(RATE_POINTS, stated * RATE_OFF):
        return "disputes"
    return None


def _share_agrees(share: Decimal, stated: Decimal) -> bool:
    """Whether a stated share rounds the share two counts give, and is within a tenth of it:
    "a fifth" (20%) for 19.6%, "13%" for 13.3%, not "20%" for 15.2%."""
    share = share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return (share == stated or rounded(stated, share)) and abs(
        share - stated
    ) <= stated * APPROXIMATE


def _step_agrees(step: Decimal, stated: Decimal) -> bool:
    """Whether a stated change rounds the step two levels give, within a tenth of it: "€6
    billion" for 5.8 billion, "2,400" for 2,417; not "6" for 5.4."""
    places = Decimal(1).scaleb(_exponent_of(stated))
    return (
        step.quantize(places, rounding=ROUND_HALF_UP) == stated.normalize()
        and abs(step - stated) <= stated * APPROXIMATE
    )


def _disputed(after: str, word: str) -> bool:
    """Whether the disputing `word` follows the number closely, with no other number between:
    "Ten thousand, I think, is too much", "the number of 400 dead was “too high”"."""
    found = re.search(rf"\b{re.escape(word)}\b", after[:DISPUTED_WITHIN], re.IGNORECASE)
    return found is not None and not re.search(r"\d", after[: found.start()])


def _of_another_event(old: Figure, own: Figure, lead: frozenset[str]) -> bool:
    """Whether `old` is another event's figure than the claim `own` this figure repeats, though
    one article gives both: dated by a past year its sentence names (1 January: `dated`), or
    in a place its sentence names and this document's lead does not. "The 1987 quake measured
    7.2" or "a magnitude-7.0 quake followed in Japan" beside today's 7.8 is no rival of it."""
    day = old.seen_on
    if day is not None and (day.month, day.day) == (1, 1) and own.seen_on != day:
        return True
    return any(not set(place.split()) & lead for place in old.places - own.places)


def _may_name(new: Figure, claim: Claim) -> bool:
    """Whether `claim` is of `new`'s unit and one of the two names no measure."""
    scale, _, concept = new.measure_key.partition(":")
    other, _, named = claim.measure_key.partition(":")
    return scale == other and not (concept and named) and new.anchor is not None


def _floor(f: Figure) -> bool:
    """A lower bound only ("more than 2,000"): a count reported as passed, not a count."""
    i = f.interval
    return i is not None and i.lower is not None and i.upper is None


def _unit_alone(new: Figure, old: Figure) -> tuple[Figure, Figure] | None:
    """The two under one measure when one of them names only its unit ("$25.6 billion") and
    the other a measure of that unit ("raising $25.6 billion"), with one precise number:
    whichever of the two it is, two articles that give it report one story (`_stories`).
    Whether it is one claim is `adopt`'s to say; None otherwise."""
    if new.measure_key == old.measure_key or (new.concept and old.concept):
        return None
    if new.measure_key.partition(":")[0] != old.measure_key.partition(":")[0]:
        return None
    if new.measure_key.startswith("count:") or not precise(new.anchor):
        return None  # a bare count ("500,000" of nothing named) says nothing of what it is
    if new.anchor != old.anchor or not _same_bounds(new, old):
        return None
    named = max(new.measure_key, old.measure_key, key=len)
    return replace(new, measure_key=named), replace(old, measure_key=named)


def _same_bounds(a: Figure, b: Figure) -> bool:
    """Whether two figures allow the same values ("$25.6bn", not "more than $25.6bn")."""
    if a.interval is None or b.interval is None:
        return False
    return replace(a.interval, unit="", label="") == replace(b.interval, unit="", label="")


def _corroborates(new: Figure, old: Figure) -> bool:
    """Whether a figure and a stored one of the same named measure agree closely enough that,
    with a second such pair of another measure between the same two articles, the two report
    one story: equal numbers or one the other rounded (55.3% and 55%), neither an estimate."""
    if not new.concept or lexicon().concept(new.concept) is None:
        return False
    if new.anchor is None or old.anchor is None or new.approximate or old.approximate:
        return False
    return new.anchor == old.anchor or rounded(new.anchor, old.anchor)


# What ends the object of a confirming word: "confirmed the suspect is X, who is dead".
OBJECT_END = re.compile(r"[,;:()—–]")


def _confirmed_object(sentence: str, word: str, concept: str) -> bool:
    """Whether a noun of the measure `concept` is in what the confirming `word` confirms: after
    it, in its clause ("confirmed that his release clause had been paid"). In "a list of the
    dead … confirmed the names", or "confirmed the suspect is X, who is dead", what is
    confirmed is no count."""
    lowered = sentence.lower()
    for at in re.finditer(rf"\b{re.escape(word)}\b", lowered):
        rest = lowered[at.end() :]
        cut = OBJECT_END.search(rest)
        confirmed = rest[: cut.start() if cut else len(rest)]
        if any(found == concept for _, found in concepts_named(confirmed)):
            return True
    return False


def _named_subject(sentence: str, word: str) -> bool:
    """Whether a capitalised name is the subject right before the stance word: "Barcelona
    confirmed", "The Interior Ministry has denied"."""
    found = re.search(
        r"\b[A-Z][\w.'’-]*\s+(?:(?:has|have|had)\s+)?(?:also\s+)?" + re.escape(word) + r"\b",
        sentence,
    )
    return found is not None


class Linker:
    """The claims one document's quantities may be, or bear on; proposals once decided."""

    def __init__(self, source: Source, owners: dict[str, Speaker | None]) -> None:
        self.source = source
        self.on = source_date(source)  # may be worked out from the figures (`_date_by_figures`)
        self.owners = owners  # lower-case name -> speaker, for "the ministry's count"
        self.words = StanceWords(*stance_words())
        self.names = names_in(source.text)  # the article's proper names, for every figure
        self._found: dict[tuple[tuple[str, ...], datetime.date | None], list[Claim]] = {}
        self._figures: dict[int, Figure] = {}
        self._near: dict[int, tuple[str, str, str]] = {}  # claim pk -> its first appearance
        # claim pk -> every stored appearance's (prefix, wording, suffix), read with `_near`
        self._said: dict[int, list[tuple[str, str, str]]] = {}
        # Claims this document made so far: a figure repeated in one article (its headline and
        # its body) is one claim too.
        self.fresh: list[tuple[Claim, Figure]] = []
        # Stored claims reported in an article that shares a precise figure with this document:
        # claim pk -> (the item of this document that repeats that figure, the figure shown).
        self.story: dict[int, list[tuple[Prepared, str]]] = {}
        # Ties by two pairs of figures of other measures that agree (`_stories`, `story_of`).
        self.agreeing: dict[int, list[tuple[Prepared, str]]] = {}
        self._cut_offs: dict[int, str] = {}  # claim pk -> the cut-off its appearances state
        # claim pk -> the proper names the leads of its articles write (`_leads`), read only
        # for a pair of figures one of which is undated; this document's own, `lead`.
        self._lead_names: dict[int, frozenset[str]] = {}
        self.lead = names_in(f"{source.title}\n{source.text[:LEAD_CHARS]}")
        self._prepared: list[Prepared] = []  # this document's quantities (`load`)

    # -- before deciding ------------------------------------------------------------------------

    def prepare(self, candidate: Any, speaker: Speaker | None) -> Prepared:
        text = self.source.text
        if candidate.kind == "ratio" and candidate.unit == "fraction" and candidate.total is None:
            candidate = as_percent(candidate)
        compared = COMPARED.match(text[candidate.start : candidate.end + 30])
        if compared and not candidate.difference:
            way = "up" if compared[1].lower() == "more" else "down"
            candidate = replace(candidate, change=way, difference=True)
        sentence_start, sentence_end = sentence_span(text, candidate.start, candidate.end)
        heading = _list_heading(text, sentence_start)
        if heading and foretold(heading, ""):
            # "Apple is guiding the following:" then "- revenue between $76bn and $78bn": the
            # list's heading makes each item a forecast; its statement says so.
            said = candidate.statement or candidate.text
            candidate = replace(candidate, statement=f"{heading} {said}")
        earlier = _projected_before(text, sentence_start)
        if earlier:
            # Joined with a dash: `figure` reads every number after it as the projection's.
            said = candidate.statement or candidate.text
            candidate = replace(candidate, statement=f"{earlier} — {said}")
        before = text[max(sentence_start, candidate.start - 200) : candidate.start]
        after = text[candidate.end : sentence_end]
        measure = measure_of(
            kind=candidate.kind,
            unit=candidate.unit or "",
            noun=candidate.noun,
            measure=candidate.measure,
            before=before,
            after=after,
            figure=text[candidate.start : candidate.end],
            earlier=text[:sentence_start],
        )
        stance = stance_in(text[sentence_start:sentence_end], self.words)
        owned = OWNED.search(before)
        quoted = QUOTED_BEFORE.search(before) is not None or QUOTED_AFTER.match(after) is not None
        report = (
            bool(owned)
            or quoted
            or bool(stance and REPORTED_AFTER.match(after))
            or (stance is not None and stance[0] == "disputes" and _disputed(after, stance[1]))
        )
        claimant = speaker
        if owned:
            claimant = self._owner(owned["owner"])
        elif quoted or (stance and stance[0] == "disputes"):
            claimant = None  # a denial's numbers, or a figure referred back to, are not its own
        year = year_of(
            text[sentence_start:sentence_end],
            candidate.start - sentence_start,
            candidate.end - sentence_start,
        )
        seen_on = dated(self.on or candidate.as_of, year)
        return Prepared(
            candidate=candidate,
            claimant=claimant,
            speaker=speaker,
            measure_key=measure.key,
            seen_on=seen_on,
            figure=figure(
                claimant=root(claimant),
                claimant_name=claimant.name if claimant else "",
                measure_key=measure.key,
                value=candidate.value,
                lower=candidate.lower,
                upper=candidate.upper,
                lower_inclusive=candidate.lower_inclusive,
                upper_inclusive=candidate.upper_inclusive,
                total=candidate.total,
                vague=candidate.vague,
                qualifier=candidate.qualifier or "",
                seen_on=seen_on,
                statement=candidate.statement or candidate.text,
                difference=candidate.difference,
                before=text[max(sentence_start, candidate.start - 64) : candidate.start],
                after=text[candidate.end : min(sentence_end, candidate.end + 64)],
                wording=text[candidate.start : candidate.end],
                names=self.names,
                change=candidate.change or "",
            ),
            stance=stance,
            report=report,
            excerpt=(sentence_start, sentence_end),
            year=year,
        )

    def _owner(self, words: str) -> Speaker | None:
        """'the ministry' -> the document's (or database's) speaker of that name, or ending in it
        ('Interior Ministry'); None when nobody fits."""
        name = " ".join(words.split()).lower()
        if name.startswith("the "):
            name = name[4:]
        if not name:
            return None
        for known, speaker in self.owners.items():
            if speaker is not None and (known == name or known.endswith(" " + name)):
                return speaker
        return Speaker.objects.called(name).first() or Speaker.objects.aliased(name).first()

    def load(self, prepared: list[Prepared]) -> None:
        """The stored claims each quantity may be or bear on: a query per distinct (keys, date).

        A figure whose sentence names no measure ("disputed the 85 per cent claim", "€222m"), a
        precise one and money are looked up by their number too, through the number indexes
        (`_by_numbers`)."""
        self._prepared = prepared
        self._date_by_figures(prepared)
        self._conversions(prepared)
        numbered = [item for item in prepared if self._numbered(item)]
        self._by_numbers(numbered)
        self._by_later_reports(numbered)
        for item in prepared:
            by_number, item.known = item.known, []
            if not item.figure.concept:
                item.known = by_number
                continue
            keys = tuple(
                sorted({*related_keys(item.measure_key), *other_currencies(item.measure_key)})
            )
            wanted = (keys, item.seen_on)
            if wanted not in self._found:
                self._found[wanted] = self._lookup(keys, item.seen_on)
            seen = {claim.pk for claim in self._found[wanted]}
            item.known = self._found[wanted] + [c for c in by_number if c.pk not in seen]
        self._load_near(prepared)
        self._stories(prepared)
        self._leads(prepared)

    def _by_later_reports(self, items: list[Prepared]) -> None:
        """The claims of later reports that may recall a precise figure this document dates by
        the year its sentence names ("$207.4 million in 2012", dated 1 January 2012), which
        `_near` leaves out: an article of 2015 may give "the previous record of $207.4 million"
        with no year (`_recalled_year`). Looked up by number at any date, then kept to reports
        of the RECALLED_YEARS after it: a query per RANGES_PER_QUERY ranges, only when such a
        figure is given."""
        old = [
            item
            for item in items
            if item.seen_on is not None
            and (item.seen_on.month, item.seen_on.day) == (1, 1)
            and _recalls(item.figure)
        ]
        if not old:
            return
        any_date = [replace(item, seen_on=None, known=[]) for item in old]
        self._by_numbers(any_date)
        for item, wide in zip(old, any_date, strict=True):
            assert item.seen_on is not None
            seen = {claim.pk for claim in item.known}
            item.known += [
                claim
                for claim in wide.known
                if claim.pk not in seen
                and claim.seen_on is not None
                and _of_a_recalled_year(claim.seen_on, item.seen_on)
            ]

    def _leads(self, prepared: list[Prepared]) -> None:
        """The proper names in the leads (title, first lines) of the articles of each candidate
        claim that an undated figure meets, or that is undated itself: with no date to place
        two figures, a name both leads write ("Tarnby") ties them to one event. One query on
        the appearance index, only when some pair lacks a date, of each claim's first
        APPEARANCES_PER_CLAIM appearances (`first_appearances`)."""
        wanted = {
            claim.pk
            for item in prepared
            for claim in item.known
            if item.figure.seen_on is None or claim.seen_on is None
        } - self._lead_names.keys()
        if not wanted:
            return
        rows = (
            first_appearances(wanted)
            .order_by()  # any order: the names are pooled per claim
            .values_list("claim_id", "source__title", Substr("source__text", 1, LEAD_CHARS))
        )
        for claim_id, title, lead in rows:
            names = names_in(f"{title}\n{lead}")
            self._lead_names[claim_id] = self._lead_names.get(claim_id, frozenset()) | names

    def _conversions(self, prepared: list[Prepared]) -> None:
        """An amount in brackets right after an amount of another currency ("$46.85bn
        (£38.44bn)") is that amount converted: it is the claim the amount before it is, never
        a claim of its own (converted at the day's rate, it may come near another amount)."""
        text = self.source.text
        ordered = sorted(prepared, key=lambda item: item.candidate.start)
        for first, then in zip(ordered, ordered[1:], strict=False):
            one, other = first.measure_key.split(":")[0], then.measure_key.split(":")[0]
            if (
                one != other
                and currencies.known(one)
                and currencies.known(other)
                and BRACKETED.match(text[first.candidate.end : then.candidate.start])
                and text[then.candidate.end :].lstrip().startswith(")")
            ):
                then.converts = first

    def _load_near(self, prepared: list[Prepared]) -> None:
        """The words next to each candidate claim's number where it first appeared (a rate's
        period, "after tax", "by 11 a.m."), and where it appeared since (`_cut_off`): one query
        on the appearance index, of each claim's first APPEARANCES_PER_CLAIM appearances."""
        wanted = {claim.pk for item in prepared for claim in item.known} - self._near.keys()
        if not wanted:
            return
        rows = (
            first_appearances(wanted)
            .order_by("claim_id", "pk")
            .values_list("claim_id", "prefix", "wording", "suffix")
        )
        for claim_id, prefix, wording, suffix in rows:
            self._near.setdefault(claim_id, (prefix, wording, suffix))
            self._said.setdefault(claim_id, []).append((prefix, wording, suffix))

    def _stories(self, prepared: list[Prepared]) -> None:
        """The candidate claims reported beside a precise figure this document repeats: an
        article that also gives "156,000 jobs" or "2,068 injured" of one measure reports the
        same event (`self.story`); and those reported beside two figures of two other named
        measures that agree with this document's, equal or one rounded ("55%" for 55.3% and
        "45%" for 44.7%: two coincidences in one pair of articles are no coincidence;
        `self.agreeing`, for figures of one named measure only, see `story_of`). Two queries on
        the appearance indexes, only when some figure is repeated."""
        anchors: dict[int, list[tuple[Prepared, str]]] = {}
        agreeing: dict[int, list[tuple[Prepared, str]]] = {}
        keys: dict[int, str] = {}
        for item in prepared:
            new = item.figure
            if new.anchor is None or new.vague or item.report:
                continue
            for claim in item.known:
                old = self.figure_of(claim)
                here, old = _unit_alone(new, old) or (new, old)
                # Whoever is credited with it, the company or "two sources", a precise amount
                # two articles give places them in one story.
                here = replace(here, sources=old.sources)
                if old.measure_key != here.measure_key or same_claim(here, old) is None:
                    continue
                shown = f"{number(new.anchor)} ({here.measure_key})"
                if precise(new.anchor) and old.anchor == new.anchor:
                    anchors.setdefault(claim.pk, []).append((item, shown))
                elif _corroborates(new, old) and (precise(new.anchor) or precise(old.anchor)):
                    # One of the two finer than a round number ("55%" and 55.3%): two quakes'
                    # magnitudes of 7.8 and tolls of "at least 10" agree as often by chance.
                    agreeing.setdefault(claim.pk, []).append((item, shown))
                    keys[claim.pk] = old.measure_key
        # Two figures of two named measures that agree ("55%" and 55.3%, "45%" and 44.7%) tie
        # two articles to one story as one precise figure does: each is the other's story.
        agreeing = {
            pk: found
            for pk, found in agreeing.items()
            if len({keys[other] for other in agreeing} - {keys[pk]}) >= 1
        }
        if not anchors and not agreeing:
            return
        candidates = {claim.pk for item in prepared for claim in item.known}
        sources = Appearance.objects.filter(claim_id__in=[*anchors, *agreeing]).values("source_id")
        rows = list(
            Appearance.objects.filter(source_id__in=sources, claim_id__in=candidates)
            .values_list("claim_id", "source_id")
            .distinct()
        )
        in_source: dict[int, set[int]] = {}
        for claim_id, source_id in rows:
            in_source.setdefault(source_id, set()).add(claim_id)
        for claims in in_source.values():
            for claim_id in claims:
                for anchor in claims & anchors.keys() - {claim_id}:
                    self.story.setdefault(claim_id, []).extend(anchors[anchor])
                if claim_id not in agreeing:
                    continue
                for anchor in claims & agreeing.keys() - {claim_id}:
                    if keys[anchor] != keys[claim_id]:
                        self.agreeing.setdefault(claim_id, []).extend(agreeing[anchor])

    def story_of(self, item: Prepared, claim: Claim) -> str:
        """Another precise figure of this document that `claim`'s article gives too, else a
        figure of another named measure that agrees with one there (`_stories`), or ""."""
        found = (shown for other, shown in self.story.get(claim.pk, []) if other is not item)
        shown = next(found, "")
        if shown or not self._agrees(item.figure, self.figure_of(claim)):
            return shown
        found = (shown for other, shown in self.agreeing.get(claim.pk, []) if other is not item)
        return next(found, "")

    @staticmethod
    def _agrees(new: Figure, old: Figure) -> bool:
        """Whether a tie by figures of other measures that agree (`_stories`) counts for these
        two: one named measure, and neither a round count stated bare ("1.6 million", which
        a speaker's own reckoning gives as often as a rounded tally)."""
        return (
            bool(new.concept)
            and new.measure_key == old.measure_key
            and not any(
                f.anchor is not None and round_count(f.anchor, f) and not _floor(f)
                for f in (new, old)
            )
        )

    @staticmethod
    def _numbered(item: Prepared) -> bool:
        """Whether the claims stating this figure's number are looked up too: a figure quoted
        in a report, one whose measure is unnamed (its number is all it can be found by), a
        precise one (an unnamed claim may state it), and money, per period or not."""
        anchor = item.figure.anchor
        if anchor is None or item.figure.vague:
            return False
        return (
            item.report
            or not item.figure.concept
            or precise(anchor)
            or currencies.known(rate_scale(item.measure_key.split(":")[0])[0])
        )

    def _date_by_figures(self, prepared: list[Prepared]) -> None:
        """An undated document takes the date of the stored claims its precise figures repeat
        (156,000 jobs; €222m), the middle one when they differ: one query on at most
        DATING_FIGURES figures, through the number indexes. Its figures keep no date otherwise.

        A date whose day could be its month ("12/06" of a page that writes the day first, read
        as 12 June) and that no address confirms is checked the same way: when the figures'
        claims place the document within WINDOW_DAYS of the date with day and month swapped,
        and not of the date as read, the swapped one is taken."""
        read = self.on
        if read is not None and not _swappable(self.source, read):
            return
        # A claim dated 1 January was dated by the year its sentence named ("down from 184 in
        # 2015": `dated`), not by its report: it says when the figure held, not when an
        # article that repeats it was written. And a figure this document gives a measure may
        # be stored by an article that named none ("raising $2.4bn" and a bare "$2.4bn"): its
        # number is looked up under its unit alone too, as `_by_numbers` finds it.
        bare = [
            replace(item, measure_key=item.measure_key.partition(":")[0] + ":")
            for item in prepared
            if item.figure.concept
        ]
        dates = [
            day for day in self._dates_of_figures(prepared + bare) if (day.month, day.day) != (1, 1)
        ]
        if not dates:
            return
        middle = sorted(dates)[len(dates) // 2]
        if read is not None:
            swapped = datetime.date(read.year, read.day, read.month)
            if not (
                abs((middle - swapped).days) <= WINDOW_DAYS
                and abs((middle - read).days) > WINDOW_DAYS
            ):
                return
            middle = swapped
        self.on = middle
        for item in prepared:
            if read is not None and item.seen_on != dated(read, item.year):
                continue  # dated by its own sentence, not by the page
            item.seen_on = dated(self.on, item.year)
            item.figure = replace(item.figure, seen_on=item.seen_on)

    @staticmethod
    def _dates_of_figures(prepared: list[Prepared]) -> list[datetime.date]:
        """The dates of the stored claims the document's precise figures repeat (at most
        DATING_FIGURES of them, one query), latest first."""
        looked: dict[tuple[str, Decimal], None] = {}  # in the document's order
        for item in prepared:
            anchor = item.figure.anchor
            if anchor is not None and not item.figure.vague and precise(anchor):
                looked[(item.measure_key, anchor)] = None
        if not looked:
            return []
        wanted = Q()
        for key, anchor in list(looked)[:DATING_FIGURES]:
            keys = Q(scale=key.partition(":")[0], measure_key=key)
            for bound in ("value", "lower", "upper"):
                wanted |= keys & Q(**{bound: anchor})
        return [
            day
            for day in Claim.objects.alias(scale=MEASURE_SCALE)
            .filter(wanted, seen_on__isnull=False)
            .exclude(status=ReviewStatus.REJECTED)
            .order_by("-seen_on")
            .values_list("seen_on", flat=True)[: DATING_FIGURES * 5]
            if day is not None
        ]

    @staticmethod
    def _number_ranges(item: Prepared) -> list[tuple[tuple[str, ...], str, Decimal, Decimal]]:
        """(scales, concept, low, high) a claim stating this figure's number may hold: its scale
        with its measure or none (any measure when it names none), and for money, the amounts
        other currencies of the table make of it (within CONVERTED), each also per period when
        it states none and with none when it states one ("€20 billion a month" may be the
        "€20 billion" of another article: `_per_period` decides)."""
        anchor = item.figure.anchor
        assert anchor is not None
        scale, _, concept = item.measure_key.partition(":")
        base, period = rate_scale(scale)
        own = Linker._own_numbers(item.figure)
        if not currencies.known(base):
            return [
                ((code,), concept, *(own if code == scale else (low, high)))
                for code, low, high in amounts(scale, anchor, item.seen_on)
            ]
        # The other forms under any measure: the period, or its absence, may be what made the
        # measure ("€20 billion ... per month" reads as pay, "bond purchases of €20 billion a
        # month" as asset purchases).
        others = [""] if period else list(RATE_SCALE_PERIODS)
        found: list[tuple[tuple[str, ...], str, Decimal, Decimal]] = []
        for code, low, high in amounts(base, anchor, item.seen_on):
            low, high = own if code == base else (low, high)
            found.append(((f"{code} per {period}" if period else code,), concept, low, high))
            found.append((tuple(f"{code} per {p}" if p else code for p in others), "", low, high))
        return found

    @staticmethod
    def _own_numbers(f: Figure) -> tuple[Decimal, Decimal]:
        """The numbers of its own scale a claim may state to be this figure: its number, and for
        a precise one stated exactly, anything within ROUNDING, which `rounded` and `_floor_of`
        may find it worded as ("$46.9 billion" for $46.85bn; "more than $215 billion")."""
        anchor = f.anchor
        assert anchor is not None
        if not precise(anchor) or f.approximate or f.vague:
            return anchor, anchor
        return anchor * (1 - ROUNDING), anchor * (1 + ROUNDING)

    def _by_numbers(self, items: list[Prepared]) -> None:
        """The claims stating each item's number, through the value/lower/upper indexes: one
        query per RANGES_PER_QUERY number ranges, sorted out to each item here."""
        for chunk in self._number_chunks(items):
            wanted = Q()
            for item, ranges in chunk:
                for codes, concept, low, high in ranges:
                    keys = Q(scale__in=codes)
                    if concept:
                        keys &= Q(
                            measure_key__in=[f"{c}:{each}" for c in codes for each in ("", concept)]
                        )
                    within = (low, high)
                    numbers = (
                        Q(value__range=within) | Q(lower__range=within) | Q(upper__range=within)
                    )
                    # A range scan of each number index within the scale (Claim.Meta.indexes).
                    wanted |= keys & numbers & _near(item.seen_on, _recalls(item.figure))
            rows = list(
                Claim.objects.alias(scale=MEASURE_SCALE)
                .filter(wanted)
                .exclude(status=ReviewStatus.REJECTED)
                .select_related("claimant")
                .only(*FIGURE_FIELDS)
                .order_by("-seen_on", "-pk")[:MAX_CANDIDATES]
            )
            for item, _ranges in chunk:
                item.known = [c for c in rows if self._states(c, item)]

    def _number_chunks(
        self, items: list[Prepared]
    ) -> Iterator[list[tuple[Prepared, list[tuple[tuple[str, ...], str, Decimal, Decimal]]]]]:
        """The items with their number ranges, in groups of at most RANGES_PER_QUERY ranges (an
        item with more is a group of its own)."""
        chunk: list[tuple[Prepared, list[tuple[tuple[str, ...], str, Decimal, Decimal]]]] = []
        size = 0
        for item in items:
            ranges = self._number_ranges(item)
            if chunk and size + len(ranges) > RANGES_PER_QUERY:
                yield chunk
                chunk, size = [], 0
            chunk.append((item, ranges))
            size += len(ranges)
        if chunk:
            yield chunk

    def _states(self, claim: Claim, item: Prepared) -> bool:
        """Whether `claim` is one `_by_numbers` found for `item` (the query's test, in Python)."""
        on, seen = item.seen_on, claim.seen_on
        if (
            on is not None
            and seen is not None
            and abs((seen - on).days) > WINDOW_DAYS
            and not _year_and_its_report(on, seen)
            and not (_recalls(item.figure) and _of_a_recalled_year(on, seen))
        ):
            return False
        scale, _, concept = claim.measure_key.partition(":")
        numbers = [n for n in (claim.value, claim.lower, claim.upper) if n is not None]
        return any(
            scale in codes
            and (not own or concept in ("", own))
            and any(low <= n <= high for n in numbers)
            for codes, own, low, high in self._number_ranges(item)
        )

    @staticmethod
    def _lookup(keys: tuple[str, ...], seen_on: datetime.date | None) -> list[Claim]:
        if seen_on is None:
            # An undated figure is taken to be as recent as the latest claim of its measures:
            # every claim of a measure is no indexed lookup at a million claims.
            latest = [
                day
                for key in keys
                for day in Claim.objects.filter(measure_key=key, seen_on__isnull=False)
                .order_by("-seen_on")
                .values_list("seen_on", flat=True)[:1]
                if day is not None
            ]
            near = _near(max(latest)) if latest else Q(seen_on__isnull=True)
        else:
            near = _near(seen_on)
        claims = Claim.objects.filter(near, measure_key__in=keys).exclude(
            status=ReviewStatus.REJECTED
        )
        return list(
            claims.select_related("claimant")
            .only(*FIGURE_FIELDS)
            .order_by("-seen_on", "-pk")[:MAX_CANDIDATES]
        )

    def figure_of(self, claim: Claim) -> Figure:
        if claim.pk not in self._figures:
            self._figures[claim.pk] = stored_figure(claim, self._near.get(claim.pk, ("", "", "")))
        return self._figures[claim.pk]

    # -- deciding -------------------------------------------------------------------------------

    def best_match(self, item: Prepared) -> tuple[Claim | None, Link | None]:
        """The stored claim this quantity most likely is, and how sure. A claim may gain more
        than one appearance in a source: an article repeats its figure (headline and body)."""
        if item.converts is not None:
            if item.converts.claim is None:
                return None, None
            reason = "the amount before it, converted in brackets"
            return item.converts.claim, Link(1.0, (reason,))
        best: tuple[Claim | None, Link | None] = (None, None)
        ambiguous = self._ambiguous(item)
        for claim in item.known:
            story = self.story_of(item, claim)
            pair = adopt(
                item.figure,
                self.figure_of(claim),
                report=item.report,
                story=story,
                ambiguous=ambiguous,
            )
            if pair is None:
                continue
            tie = sorted(self.lead & self._lead_names.get(claim.pk, frozenset()))
            link = same_claim(*pair, story=story, tie=", ".join(tie[:3]))
            if link is None or any(
                apart_from(item.figure, said) for said in self._said.get(claim.pk, [])
            ):
                continue
            if self._passed(item, claim):
                continue
            if item.report:
                link = Link(
                    min(1.0, link.score + 0.05),
                    (*link.reasons, "quoted in a report about it"),
                )
            if best[1] is None or link.score > best[1].score:
                best = (claim, link)
        for claim, fresh in self.fresh:
            pair = adopt(item.figure, fresh)
            if pair is None:
                continue
            # An article is one story: an amount of no named measure it gives again, worded
            # alike ("$4 trillion" ... "4 trillion dollars"), is known by that story as by
            # another article's that shares a precise figure (`_stories`).
            own = "this article" if not pair[0].concept else ""
            link = same_claim(*pair, story=own)
            if link is None:
                continue
            link = Link(min(1.0, link.score + 0.05), (*link.reasons, "in the same article"))
            if best[1] is None or link.score > best[1].score:
                best = (claim, link)
        return best

    def _passed(self, item: Prepared, claim: Claim) -> bool:
        """Whether a running count (dead, injured, missing) had moved past `claim` before this
        figure's day: a report PASSED_DAYS or more later of the same number, while a higher
        figure of the measure, from the old one's claimant (or nobody when nobody claims it),
        was reported after it. The count rose since, so a number given days later that equals
        the old one is another count (revised, or someone else's: the police's Monday toll
        against a coroner's of Thursday), not the old report repeated. Only when the update is
        within APPROXIMATE of it, as a revision may come back from: a count since risen far
        above (255 dead, then 1,774) makes a later 255 the old figure referred back to. Not a
        figure the text gives as the earlier one ("up from 58") or as a past update
        ("had reached 58"), nor one it quotes, confirms or denies, nor one whose article gave
        it as `claim` already."""
        new, old = item.figure, self.figure_of(claim)
        if new.seen_on is None or old.seen_on is None:
            return False
        if (new.seen_on - old.seen_on).days < PASSED_DAYS:
            return False
        if not is_running(old.measure_key) or old.anchor is None or new.anchor != old.anchor:
            return False
        if item.report or item.stance is not None:
            return False  # a figure quoted, confirmed or denied: the one already given
        if any(other.claim is claim for other in self._prepared):
            return False  # this article gave it as that claim already
        text, start, end = self.source.text, item.candidate.start, item.candidate.end
        if new.risen or _prior(text[max(0, start - PRIOR_CHARS) : start], text[end : end + 30]):
            return False
        for other in item.known:
            later = self.figure_of(other)
            if (
                other.pk != claim.pk
                and later.measure_key == old.measure_key
                and later.anchor is not None
                and old.anchor < later.anchor <= old.anchor / (1 - APPROXIMATE)
                and later.seen_on is not None
                and old.seen_on <= later.seen_on < new.seen_on
                and later.claimant == old.claimant
            ):
                return True
        return False

    def _ambiguous(self, item: Prepared) -> bool:
        """Whether this unnamed figure's number is stored under two or more named measures of
        its scale among its candidates: then the number cannot say which it is."""
        new = item.figure
        if new.concept or new.anchor is None:
            return False
        scale = new.measure_key.partition(":")[0]
        named = {
            old.concept
            for old in map(self.figure_of, item.known)
            if old.concept and old.anchor == new.anchor and old.measure_key.startswith(scale)
        }
        return len(named) > 1

    def made(self, claim: Claim, item: Prepared) -> None:
        """A claim this document made: later figures of the document may be it."""
        self.fresh.append((claim, item.figure))

    # -- after deciding -------------------------------------------------------------------------

    def _leads_tie(self, claim: Claim, old: Figure) -> bool:
        """Whether a proper name the claim's own sentence writes ("Ludian") is written in the
        leads of both articles, this document's and the claim's: with no date to place them,
        the two articles are of that one event, and the claim is of it, not of an earlier one
        its article recalls ("the deadliest since a 7.2 quake in 1987"). Not shares: a lead
        names the winner and the loser alike, and whose share a figure is it does not say."""
        if old.interval is not None and old.interval.is_percent:
            return False
        both = self.lead & self._lead_names.get(claim.pk, frozenset())
        # A headline claim's first word may be the name ("Varn Quake: Toll Rises To 272"): the
        # two leads, which write it inside a sentence, say whether it is one.
        if both & (old.names | names_in(claim.statement, openers=True)):
            return True
        # A claim sentence that names nothing ("with a depth of 12 km") and recalls no other
        # time ("since", "ago", "last week", a year) is of its article's own event: the one
        # this article's headline names, when the claim's lead writes that name too. A name
        # the two leads merely share ("Pacific", an agency) may be of two events.
        return (
            bool(both & names_in(self.source.title))
            and not old.names
            and not RECALLED.search(claim.statement)
        )

    def proposals(self, prepared: list[Prepared]) -> list[EvidenceProposal]:
        """Evidence proposals for the stored claims this document bears on: rival or confirming
        numbers, and stance words near a mention of a claim. One per claim and stance."""
        found: dict[tuple[int, str], tuple[tuple[Any, ...], EvidenceProposal]] = {}
        text = self.source.text

        def propose(
            claim: Claim, stance: str, reason: str, span: tuple[int, int], rank: tuple[Any, ...]
        ) -> None:
            """Keep, per claim and stance, the sentence that bears on it most plainly (highest
            `rank`), the earliest among equals."""
            key = (claim.pk, stance)
            if key in found and found[key][0] >= rank:
                return
            found[key] = (
                rank,
                EvidenceProposal(
                    claim=claim,
                    source=self.source,
                    stance=stance,
                    reason=reason[:300],
                    excerpt=text[span[0] : span[1]],
                    excerpt_start=span[0],
                    excerpt_end=span[1],
                ),
            )

        story = self._in_story(prepared)
        beside = self._sources_of(prepared)
        unnamed = self._unnamed_rivals(prepared)
        lex = lexicon()
        compared = set()
        # The stored claims each sentence repeats: "up from the 99 it won in 2015 and the 95 it
        # held at dissolution" states the 95 itself, and tells its 99 apart from it.
        told: dict[tuple[int, int], set[int]] = {}
        for item in prepared:
            if item.claim is not None and item.claim.pk:
                told.setdefault(item.excerpt, set()).add(item.claim.pk)
        for claim, span, reason in self._differences(prepared, story) + self._sums(prepared, story):
            # "275,000 by noon, 82,000 more than at that hour on Friday" gives Friday's 193,000;
            # the level is of that moment, and bears on other figures through this sum only.
            propose(claim, "supports", reason, span, (3,))
            compared.add(span)
        for claim, span, reason in self._spans_from_to(prepared):
            # "from €12.3 billion last year to €6.5 billion" gives a cut of €5.8 billion.
            propose(claim, "supports", reason, span, (3,))
        for claim, span, reason in self._parts_of_wholes(
            prepared, story
        ) + self._parts_of_a_stated_total(prepared):
            # "cut 1,200 jobs from its 9,000 staff" gives a share of 13.3% and leaves 7,800.
            propose(claim, "supports", reason, span, (3,))
        for claim, span, reason in self._shares(prepared):
            # "Total: No (2,001,926), Yes (1,617,989)" gives No's 55.3% and Yes's 44.7%.
            propose(claim, "supports", reason, span, (3,))
            compared.add(span)
        for claim, span, stance, reason in self._rates_of_change(prepared):
            # "Revenue reached $46.9bn, down from $51.5bn" gives the 9% fall another source
            # states, or refutes a "nine per cent" fall of profits that fell by a fifth.
            propose(claim, stance, reason, span, (3,))
        for claim, span, stance, reason in self._rates_named(prepared):
            # "$42 a share, a premium over the price of about $33" gives a premium of 27%.
            propose(claim, stance, reason, span, (3,))
        for claim, span, stance, reason in (
            self._levels_updated(prepared)
            + self._margins(prepared)
            + self._rates_checked(prepared)
            + self._margins_over_a_year(prepared)
            + self._increments_added(prepared)
            + self._steps_from_the_level_before(prepared)
            + self._running_totals_lower(prepared)
        ):
            # "9,000 barrels a day" in the lead and "a week ago the top end was 6,000" later give
            # a rise of one half; "Yes 61,204" and "40,911 voted No" a "majority of 20,293".
            propose(claim, stance, reason, span, (3,))
        for claim, span, reason in self._steps(prepared):
            # "157 seats, down from 184 in 2015" gives the 27 seats lost another source states.
            propose(claim, "supports", reason, span, (3,))
        for item in prepared:
            own = item.claim.pk if item.claim is not None else None
            mentioned = item.best
            speaks_for_it = (
                item.speaker is not None
                and mentioned is not None
                and (root(mentioned.claimant) == root(item.speaker))
            )
            # "PSG confirmed the signing for a fee of €222m": a supporting word in a sentence
            # that states the claim itself is how it is asserted, not evidence on it.
            asserts_it = (
                item.stance is not None
                and item.stance[0] == "supports"
                and not item.report
                and mentioned is not None
                and own == mentioned.pk
            )
            # A stance word bears on the claim its figure was merged into, or on one reported
            # beside another precise figure this document repeats (`self.story`). A weak
            # suggestion alone may be another story's claim: "2,505 confirmed deaths" of one
            # state's overdoses is no typhoon's toll, whatever articles the suggestion ties.
            tied_to_it = mentioned is not None and (
                own == mentioned.pk or bool(self.story.get(mentioned.pk))
            )
            if (
                item.stance
                and mentioned is not None
                and tied_to_it
                and not speaks_for_it
                and not asserts_it
                and self._one_clause(item, item.stance[1])
            ):
                stance, word = item.stance
                propose(mentioned, stance, f"“{word}” near a mention of it", item.excerpt, (2,))
            # Numbers: the one claim per stance this figure bears on most plainly, the one whose
            # statement shares most words with it; a figure is not evidence on every claim of
            # its measure.
            # Only a figure of a concept the lexicon knows: "23 km" or "2,000 tents" say too
            # little of what they measure to refute another distance or count.
            rivals = [c for c in unnamed if _may_name(item.figure, c)]
            if (lex.concept(item.figure.concept) is None and not rivals) or (
                item.excerpt in compared
            ):
                continue
            start, end = item.candidate.start, item.candidate.end
            if self._of_past_year(start) or NEEDED_AFTER.match(text[end : end + PRIOR_CHARS]):
                continue  # ... or a threshold: "below the 170 needed for a majority"
            if PART_OF_WHOLE.search(text[max(0, start - PRIOR_CHARS) : start]):
                continue  # ... or the whole a part is counted of: "17 of the region's 42 seats"
            earlier = _prior(
                text[max(0, start - PRIOR_CHARS) : start], text[end : end + 30]
            ) or _prior_listed(text[item.excerpt[0] : start])
            month = _month_after(text[end : end + MONTH_CHARS])
            new = _as_planned(item.figure, text[slice(*item.excerpt)])
            if not new.risen and self._headline(item.excerpt):
                # "Toll at 1,394" above "the death toll had reached 1,394": a headline's figure
                # is the body's, told without the words that date it.
                new = replace(new, risen=any(o.figure.risen for o in self._echoes(item, prepared)))
            if self._title_line(item.excerpt) and any(
                forecast(o.figure) for o in self._echoes(item, prepared)
            ):
                # "Firm to buy rival for $2.1 billion" above "said it would buy it for about $2.1
                # billion": the headline drops the words that make its number a plan or a
                # forecast; the body's sentence speaks for it.
                continue
            joined = item.claim if item.claim is not None and item.claim.pk else None
            if new.claimant is None and joined is not None and joined.claimant is not None:
                # A figure repeating a stored claim speaks for that claim's claimant.
                name = joined.claimant.name
                new = replace(new, claimant=root(joined.claimant), claimant_name=name)
            best: dict[str, tuple[tuple[bool, float, float], Claim, str]] = {}
            confirmed: list[tuple[tuple[bool, float, float], Claim, str]] = []
            paired = self._paired(item, prepared)
            # The other figures of this sentence: "almost 8,000 in the UK, with 7,000 in London"
            # states a claim of 8,000 beside the 7,000, even where its 8,000 was not merged
            # into that claim.
            beside_it = [o.figure for o in prepared if o.excerpt == item.excerpt and o is not item]
            of_rivals = {claim.pk for claim in rivals}
            known = [c for c in item.known if lex.concept(item.figure.concept) is not None]
            looked = {claim.pk for claim in known}
            for claim in known + [c for c in rivals if c.pk not in looked]:
                if claim.pk in {own, getattr(mentioned, "pk", None)}:
                    continue
                if LINK_LINE_RE.match(claim.statement):
                    # A claim stored from a link to another article before extraction skipped
                    # such lines (claims.extraction.extract: they give no quantities now).
                    continue
                stated = self.figure_of(claim)
                side_by_side = (
                    claim.pk in paired
                    or claim.pk in told.get(item.excerpt, set())
                    or any(
                        o.anchor is not None
                        and o.anchor == stated.anchor
                        and o.measure_key == stated.measure_key
                        for o in beside_it
                    )
                )
                if side_by_side and not self._rival_counts(new, claim):
                    # "34% versus 33%": the other side of a comparison with the claim, or the
                    # sentence states the claim's own number beside this one.
                    continue
                if joined is not None and claim.statement == joined.statement:
                    # "121 seats, up from the 95 it held": the figure this one repeats is told
                    # apart from the claim in the claim's own sentence.
                    continue
                if NEEDED_AFTER.match(_around(claim.statement, *self._near.get(claim.pk, NONE))[1]):
                    continue  # a threshold ("the 326 they need") is no outcome's rival
                before, _, after = self._near.get(claim.pk, ("", "", ""))
                theirs = _prior(before, after) or _prior_listed(
                    _around(claim.statement, *self._near.get(claim.pk, NONE))[0]
                )
                if earlier != theirs or "compared" in (earlier, theirs):
                    # "up from 130", "compared with 193,000": an earlier figure, which a current
                    # one updates, or a baseline; two figures an update replaced may be rivals.
                    continue
                other_month = _month_after(after[:MONTH_CHARS])
                if month and other_month and month != other_month:
                    continue  # "156,000 in September" against "252,000 in July", or 2013 and 2009
                if self._past_year_alone(month, other_month, claim.statement):
                    continue  # "down from 44 in 2015 and 103 in 2011" against 95 at dissolution
                old = _as_planned(self.figure_of(claim), claim.statement)
                if saved_sum(new.measure_key, text[max(0, start - PRIOR_CHARS) : start]) != (
                    saved_sum(
                        old.measure_key,
                        _around(claim.statement, *self._near.get(claim.pk, NONE))[0],
                    )
                ):
                    continue  # "cutting €6 billion of costs" against "€3 billion of costs"
                if bool(LEADING.search(text[max(0, start - PRIOR_CHARS) : start])) != bool(
                    LEADING.search(_around(claim.statement, *self._near.get(claim.pk, NONE))[0])
                ):
                    continue  # "leading or elected in 25" on the night against the final 24
                if not self._held_alike(item, joined, claim):
                    continue  # "the Liberals won 157" against "the Tories won 121"
                if another_shock(text[max(0, start - 90) : start], text[end : end + 40]) != (
                    another_shock(*_around(claim.statement, *self._near.get(claim.pk, NONE)))
                ):
                    # "a second quake, of magnitude 6.7" against the main shock's 7.8: an
                    # aftershock's figures are of another event.
                    continue
                if aimed_level(text[max(0, start - PRIOR_CHARS) : start], text[end : end + 40]) != (
                    aimed_level(*_around(claim.statement, *self._near.get(claim.pk, NONE)))
                ):
                    # "to cut its staff to 74,000 by 2022" against "its 91,500 employees": the
                    # level aimed for by a later year is no rival of the level now.
                    continue
                # "up 6% from the previous year" against "an increase of 8.5% over the prior
                # 12 months": two accounts of one year's change, each against the year before.
                # Or by the year each covers: "jumped in 2030 nearly 7 percent" against "last
                # year saw a 10% rise".
                theirs_around = _around(claim.statement, *self._near.get(claim.pk, NONE))
                yearly = (
                    yearly_change(text[end : end + PRIOR_CHARS], text[slice(*item.excerpt)])
                    or change_of_a_year(
                        new,
                        text[max(0, start - PRIOR_CHARS) : start],
                        text[end : end + PRIOR_CHARS],
                        text[slice(*item.excerpt)],
                    )
                ) and (
                    yearly_change(theirs_around[1], claim.statement)
                    or change_of_a_year(old, *theirs_around, claim.statement)
                )
                # "fell 1,175 points by the closing bell" against "closing 1,100 points down by
                # the end of the day": two accounts of one day's move.
                day = day_moves(text[slice(*item.excerpt)], claim.statement)
                # "was down as much as 830 points at one point" against "sank 760 points before
                # recovering": two readings of how far one session's move went, both against
                # its opening level.
                extreme = session_extremes(text[slice(*item.excerpt)], claim.statement)
                day = day or extreme
                if (
                    new.difference
                    and old.difference
                    and not self._baselines(end, after)
                    and not yearly
                    and not day
                ):
                    # "lost 20 seats" against "lost 15 seats": changes against a baseline one of
                    # them does not name (the last election's result, or the seats held at
                    # dissolution?) may both hold.
                    continue
                here = new
                if claim.pk in of_rivals and (alike := named_alike(new, old)) is not None:
                    # "$13.5 billion" against "a deal valued at $13.7 billion" in one story:
                    # the measure one of them names is the other's.
                    here, old = alike
                shared = words_shared(here, old)  # cheaper than `bearing`: first
                if (
                    shared < RELATED_WORDS
                    and claim.pk not in story
                    and not yearly
                    and not (extreme and here.names & old.names)
                    and not (in_vague_range(here, old) and here.names & old.names)
                ):
                    # ... unless both tell how far one named index's move went ("the Varn
                    # briefly sank", "the Varn Composite fell 760 points before recovering"),
                    # or the claim's sentence gives a vague amount ("billions of kronor of
                    # assets") this figure states within its order, in an article naming what
                    # the claim names ("Varnbank"): a vague sentence shares few words with any.
                    continue
                # A rival of an unnamed measure is of this story's articles by construction.
                # Or the claim this figure repeats is of its measure and was reported in one
                # article with `claim`: "Saturday's magnitude-7.8 quake" joins the 7.8 of an
                # article that gave the 7.9 too, whatever this document's date.
                # Or the leads of the two articles name one place or party ("Tarnby"): with no
                # date to place the two, the name both leads write makes them one event, as it
                # does for merging (`same_claim`'s `tie`).
                tied = (
                    bool(self.story.get(claim.pk))
                    or here is not new
                    or self._leads_tie(claim, old)
                    or (
                        own is not None
                        and item.claim is not None
                        and self.figure_of(item.claim).measure_key == old.measure_key
                        and bool(beside.get(own, set()) & beside.get(claim.pk, set()))
                        and not _of_another_event(old, self.figure_of(item.claim), self.lead)
                    )
                )
                # Both dated by the past year the new figure's sentence names ("in 2012"): a
                # settled count of an earlier event.
                # Or both sentences name one year that is over ("died in 2017" in 2018): a
                # closed period's count, which no later count updates; two of them are rivals.
                settled = (
                    item.year is not None
                    and self.on is not None
                    and item.year < self.on.year
                    and (
                        new.seen_on == old.seen_on == datetime.date(item.year, 1, 1)
                        or _year_named(claim.statement) == item.year
                    )
                )
                # "from 410 to 780" against "to 780 from only 150": the figures an update
                # replaced, told two ways, whatever a running total's updates allow; only of
                # one story (`tied`), whose accounts of one update these are.
                found_bearing = None
                if earlier and tied:
                    found_bearing = self._rival_start(item, prepared, claim)
                if found_bearing is None:
                    found_bearing = bearing(
                        here, old, story=tied, settled=settled, day_move=day, extreme=extreme
                    )
                    if (
                        found_bearing is not None
                        and (cut := self._cut_off(claim, old, prepared)) is not old
                    ):
                        found_bearing = bearing(
                            here, cut, story=tied, settled=settled, day_move=day, extreme=extreme
                        )
                if found_bearing is None:
                    # "at 32, two sources said" against the company's own 32: the leak and
                    # the claimant's word, two accounts of one figure.
                    found_bearing = leak_confirmed(
                        here,
                        old,
                        bool(unnamed_sources(text[slice(*item.excerpt)])),
                        self._credited_to_unnamed(claim),
                        story=tied,
                        settled=settled,
                    )
                if found_bearing is None and yearly:
                    found_bearing = yearly_rivals(here, old, story=tied, settled=settled)
                if found_bearing is None:
                    continue
                stance, reason = found_bearing
                # Of two claims a figure disputes, the nearer in value is its rival reading
                # (7.9 against the 7.8 of the main shock, not against a 6.7 aftershock).
                # Nearness at the claim's own precision: "had tumbled 1,175.21 points" and "the
                # 1,175-point drop" are one reading, and the earlier sentence gives it.
                near = _nearness(at_precision_of(here, old), old) if stance == "disputes" else 0.0
                rank = (claim.pk in story, near, shared)
                if stance not in best or rank > best[stance][0]:
                    best[stance] = (rank, claim, reason)
                if stance == "supports":
                    confirmed.append((rank, claim, reason))
            if "disputes" in best and self._rounds_another(new, known + rivals, own):
                # "$13.4 billion" in a story that gave "$13.39 billion" of that measure: the
                # figure repeats that claim rounded (a merge missed), and is no rival of others.
                del best["disputes"]
            for stance, (rank, claim, reason) in best.items():
                # A sentence of the body before the headline: it gives the figure with what
                # a reviewer needs to judge it ("agreed to buy … for $13.7 billion" after
                # "Amazon to buy Whole Foods for $13.7 billion").
                body = not (self._title_line(item.excerpt) or self._caption(start, end))
                # A sentence that states the claim's own figure beside this one ("police said
                # 30,000, organisers 90,000") sets the two side by side; one that gives this
                # figure alone is the plainer evidence on the claim.
                apart = claim.pk not in told.get(item.excerpt, set())
                # Not the words shared across sentences: an article giving one number twice
                # states it first, and a later sentence repeats it ("Xinhua reported a depth of
                # 12 km", after "the quake struck at a depth of 12 km"): the earliest wins.
                propose(claim, stance, reason, item.excerpt, (1, apart, body, *rank[:2]))
            for rank, claim, reason in confirmed:
                # A figure confirms every claim whose numbers it confirms: "$14.5 billion" stated
                # by the company backs the sum two sources leaked and the one three others
                # leaked alike. Only a dispute needs the one rival reading (the nearest).
                body = not (self._title_line(item.excerpt) or self._caption(start, end))
                apart = claim.pk not in told.get(item.excerpt, set())
                propose(claim, "supports", reason, item.excerpt, (1, apart, body, *rank[:2]))
        # A named party taking the stance ("Barcelona confirmed that …") before a stance word
        # in passing ("with the club confirming the deal"): one proposal per claim and stance.
        for claim, stance, word, noun, span in self._worded_stances(prepared):
            named = _named_subject(text[slice(*span)], word)
            propose(claim, stance, f"“{word}” about its {noun}, with no number", span, (0, named))
        return [proposal for _, proposal in found.values()]

    def _credited_to_unnamed(self, claim: Claim) -> bool:
        """Whether the claim's sentence, as stored or around its first appearance, credits its
        number to sources it does not name (`unnamed_sources`)."""
        before, wording, after = self._near.get(claim.pk, NONE)
        before = SENTENCE_BREAK.split(before)[-1]
        after = SENTENCE_BREAK.split(after)[0]
        return bool(
            unnamed_sources(claim.statement) or unnamed_sources(f"{before}{wording}{after}")
        )

    def _rounds_another(self, new: Figure, claims: list[Claim], own: int | None) -> bool:
        """Whether `new`'s number is a stored claim's of its measure rounded (13.4 of a stated
        13.39; not one number said twice, nor two roundings of one): the claim it joined (`own`)
        included, since a rounded mention merged into its precise claim repeats it too."""
        if new.anchor is None or new.vague:
            return False
        for claim in claims:
            if claim.measure_key != new.measure_key or claim.difference:
                continue
            old = self.figure_of(claim)
            if old.anchor is None or old.vague or not precise(old.anchor):
                continue
            if _exponent_of(old.anchor) < _exponent_of(new.anchor) and rounded(
                old.anchor, new.anchor
            ):
                return True
        return False

    def _paired(self, item: Prepared, prepared: list[Prepared]) -> set[int]:
        """The claims of the numbers `item`'s is set against in a comparison ("34% versus 33%",
        "33% to 34%"): two sides of one comparison are two figures, not rival readings."""
        text, found = self.source.text, set()
        for other in prepared:
            if other.claim is None or not other.claim.pk or other is item:
                continue
            first, then = sorted((item.candidate, other.candidate), key=lambda c: c.start)
            if VERSUS.fullmatch(text[first.end : then.start]):
                found.add(other.claim.pk)
        return found

    def _rival_counts(self, new: Figure, claim: Claim) -> bool:
        """Whether the figure and the claim are two named counters' sizes of one thing
        (`rival_counters`): set side by side ("the organisers counted 90,000, the police
        30,000"), each is the other's rival reading, not a second figure of the sentence."""
        return rival_counters(new, self.figure_of(claim))

    def _held_alike(self, item: Prepared, joined: Claim | None, claim: Claim) -> bool:
        """Whether this document's count and the claim's may be held by one party or body: not
        when both name their holders (`holder_of`) and no form is shared. A count repeating a
        stored claim is held by whoever that claim's appearances name ("the party won 157"
        after "the Greens had 157"), and so is the claim."""
        text = self.source.text
        start, end = item.candidate.start, item.candidate.end
        after = re.sub(r"^[\d.,]+", "", text[start : end + 40])  # "156 Liberals": a unit
        mine = _holder_here(text[item.excerpt[0] : start], after)
        if joined is not None:
            mine |= self._holders(joined)
        theirs = self._holders(claim)
        return not (mine and theirs) or bool(mine & theirs)

    def _holders(self, claim: Claim) -> frozenset[str]:
        """The holders the claim's sentence and its stored appearances name (`holder_of`)."""
        before, after = _around(claim.statement, *self._near.get(claim.pk, NONE))
        found = _holder_here(before, after)
        for prefix, _, suffix in self._said.get(claim.pk, []):
            found |= _holder_here(prefix, suffix)
        return found | _listed_holder(claim.statement)

    def _baselines(self, end: int, after: str) -> bool:
        """Whether the change whose number ends at `end` and the claim's, followed by `after`,
        both name what they are measured against ("down on 2015", "compared with Friday")."""
        text = self.source.text
        return bool(BASELINE.match(text[end : end + PRIOR_CHARS]) and BASELINE.match(after))

    def _past_year_alone(self, month: str, other_month: str, statement: str) -> bool:
        """Whether the words after this document's number name a past year ("103 in 2011")
        that the claim's sentence never names, its number naming no month or year: the past
        year's figure, no rival of the claim's."""
        if not month.isdigit() or other_month or self.on is None or int(month) >= self.on.year:
            return False
        return _year_named(statement) != int(month)

    def _of_past_year(self, start: int) -> bool:
        """Whether the figure at `start` is told of an earlier year's event, in a clause "since
        2003, when …" right before it ("the biggest march since 2003, when 500,000 marched"):
        the past event's count, which bears on no claim of this one."""
        before = self.source.text[max(0, start - PRIOR_CHARS) : start]
        found = PAST_WHEN.search(before)
        return (
            found is not None
            and self.on is not None
            and int(found[1]) < self.on.year
            and not CLAUSE_BREAK.search(before[found.end() :])
        )

    def _sources_of(self, prepared: list[Prepared]) -> dict[int, set[int]]:
        """The other sources each claim this document's figures repeat or may bear on was
        reported in. One query."""
        wanted = {item.claim.pk for item in prepared if item.claim is not None and item.claim.pk}
        if not wanted:
            return {}
        wanted |= {claim.pk for item in prepared for claim in item.known}
        found: dict[int, set[int]] = {}
        rows = (
            Appearance.objects.filter(claim_id__in=wanted)
            .exclude(source_id=self.source.pk)
            .values_list("claim_id", "source_id")
            .distinct()
        )
        for claim_id, source_id in rows:
            found.setdefault(claim_id, set()).add(source_id)
        return found

    def _echoes(self, item: Prepared, prepared: list[Prepared]) -> list[Prepared]:
        """The figures of the body that give `item`'s number of its measure."""
        return [
            other
            for other in prepared
            if other is not item
            and other.figure.anchor is not None
            and other.figure.anchor == item.figure.anchor
            and other.figure.measure_key == item.figure.measure_key
            and not self._headline(other.excerpt)
        ]

    def _headline(self, span: tuple[int, int]) -> bool:
        """Whether the span lies in the source's title line."""
        title = self.source.title.strip()
        if not title:
            return False
        at = self.source.text.find(title)
        return at >= 0 and at <= span[0] and span[1] <= at + len(title) + 1

    def _title_line(self, span: tuple[int, int]) -> bool:
        """Whether the span is the source's title, or a line of its own near the top of the
        text that ends with no full stop (a headline the title field missed)."""
        if self._headline(span):
            return True
        text = self.source.text
        line_start = text.rfind("\n", 0, span[0]) + 1
        line_end = text.find("\n", span[1])
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        return (
            span[0] < TITLE_CHARS
            and bool(line)
            and text[slice(*span)].strip() == line
            and line[-1] not in '.!?:;,"”’'
        )

    def _caption(self, start: int, end: int) -> bool:
        """Whether the number at `start`-`end` is in a photo's caption: a line that credits a
        picture ("[Photo/Agency]", "(Photo by … )", "Getty Images"). A caption restates the
        story in passing, often with an earlier figure than the body below it, which says it
        plainly. The number's line, not its sentence's first: a sentence may run on from a
        credit the line before ends with."""
        text = self.source.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return bool(PHOTO_CREDIT.search(text[line_start : len(text) if line_end < 0 else line_end]))

    def _one_clause(self, item: Prepared, word: str) -> bool:
        """Whether the stance word and the number are in one clause: in "gaining three seats,
        although they confirmed they would not sit", what is confirmed is not the three."""
        text = self.source.text
        sentence = text[slice(*item.excerpt)].lower()
        at = re.search(rf"\b{re.escape(word)}\b", sentence)
        if at is None:
            return True
        number = item.candidate.start - item.excerpt[0], item.candidate.end - item.excerpt[0]
        between = sentence[min(at.end(), number[1]) : max(at.start(), number[0])]
        return CLAUSE_BREAK.search(between) is None

    def _cut_off(self, claim: Claim, old: Figure, prepared: list[Prepared]) -> Figure:
        """`old` with the time of day its count is cut off at when only a later appearance of
        the claim says it ("193,000 riders", then "193,000 as of 11 a.m. Friday"): one claim,
        so one cut-off. No query: the stored appearances were read with the candidates
        (`_load_near`), and this document's are its items."""
        if claim.pk not in self._cut_offs:
            here = [
                (item.candidate.prefix[-64:], item.candidate.text, item.candidate.suffix[:64])
                for item in prepared
                if item.claim is not None and item.claim.pk == claim.pk
            ]
            near = self._said.get(claim.pk, []) + here
            said = {
                value
                for before, wording, after in near
                for aspect, value in scope_near(before, after, wording)
                if aspect == "cut-off"
            } | {
                found[1].lower()
                for before, _, after in near
                for found in (AS_OF_HOUR.search(before[-40:]), AS_OF_HOUR.search(after[:40]))
                if found is not None
            }
            self._cut_offs[claim.pk] = next(iter(said)) if len(said) == 1 else ""
        cut = self._cut_offs[claim.pk]
        if not cut or dict(old.scope).get("cut-off"):
            return old
        return replace(old, scope=old.scope | {("cut-off", cut)})

    def _differences(
        self, prepared: list[Prepared], story: set[int]
    ) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored claims a level and a change in one sentence add up to: "275,000 riders, 82,000
        more than on Friday" gives Friday's 193,000 (within rounding, or a tenth of an
        approximate change): (claim, sentence span, reason). Only claims of this story
        (`_of_story`)."""
        found, sources = [], None
        for change in prepared:
            step, way = change.figure.anchor, change.candidate.change
            if not change.figure.difference or step is None or way not in ("up", "down"):
                continue
            if TIMES.search(self.source.text[change.candidate.start : change.candidate.end + 12]):
                continue  # "three times more": a ratio, not a step
            for level in prepared:
                new = level.figure
                if level.excerpt != change.excerpt or new.difference or new.anchor is None:
                    continue
                went_to = False
                if level.candidate.start > change.candidate.start:
                    # "1C above the pre-industrial average, halfway to the 2C limit": a change
                    # qualifies the level said before it ("275,000 riders, 82,000 more than on
                    # Friday"), not one named after it, unless the move went to it: "rose
                    # $4.12, or 9 percent, to $49.80" (`MOVED_TO`).
                    between = self.source.text[change.candidate.end : level.candidate.start]
                    if not MOVED_TO.fullmatch(between) or level.candidate.change != way:
                        continue
                    went_to = True
                scale = new.measure_key.partition(":")[0]
                # "shares rose $4.12 to $49.80": the level a move went to is of the move's measure
                named_by_move = went_to and not new.concept
                if change.figure.concept not in ("", new.concept) and not named_by_move:
                    continue
                if not (change.measure_key.startswith(scale + ":") and step < new.anchor):
                    continue
                implied = new.anchor - step if way == "up" else new.anchor + step
                slack = step * APPROXIMATE if change.figure.approximate else implied * ROUNDING
                known = level.known
                if went_to:
                    # "rose $4.12 to $49.80" gives the $45.68 it rose from to the cent: only a
                    # claim of that very number, looked up in this story's articles.
                    if change.figure.approximate or new.approximate:
                        continue
                    slack = Decimal(0)
                    if sources is None:
                        sources = self._story_sources(prepared)[1]
                    known = self._story_claims(
                        sources,
                        {item.claim.pk for item in prepared if item.claim is not None},
                        measure_key__startswith=scale + ":",
                        value=implied,
                        difference=False,
                    )
                for claim in known:
                    old = self.figure_of(claim)
                    if claim in (level.claim, change.claim):
                        continue
                    if old.measure_key != new.measure_key and not (
                        # "$49.80" of a move a share made is the share price it closed at
                        went_to and not new.concept and old.measure_key.startswith(scale + ":")
                    ):
                        continue
                    if old.difference or old.anchor is None or abs(old.anchor - implied) > slack:
                        continue
                    if not self._of_story(claim, new, old, story):
                        continue
                    shown = f"{number(new.anchor)} {'less' if way == 'up' else 'plus'} "
                    reason = f"{shown}{number(step)} gives {number(old.anchor)}"
                    found.append((claim, level.excerpt, reason))
        return found

    def _rates_of_change(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored percentage changes that a level and its earlier level in one sentence give
        ("$46.9bn, down from $51.5bn" is a fall of 8.9%): a change the levels round to is
        supported, one far from it disputed. Only levels of a named measure, and changes of
        that measure in the same direction; one query per pair of levels. (claim, sentence
        span, stance, reason)."""
        text, found, lex = self.source.text, [], lexicon()
        own = {item.claim.pk for item in prepared if item.claim is not None}
        for i, earlier in enumerate(prepared):
            then = earlier.figure
            start, end = earlier.candidate.start, earlier.candidate.end
            before = text[max(0, start - PRIOR_CHARS) : start]
            if _prior(before, text[end : end + 30]) == "" or not then.anchor:
                continue  # not "down from $51.5bn", "compared with 11.1 billion"
            if then.difference or then.interval is None:
                continue
            scale = then.measure_key.partition(":")[0]
            # The level the earlier one is set against: the last one before it in the sentence,
            # of its measure ("4.4 million units, down from 5 million" names the noun once).
            levels = [
                item.figure
                for item in prepared[:i]
                if item.excerpt == earlier.excerpt
                and item.figure.measure_key.partition(":")[0] == scale
                and not item.figure.difference
                and item.figure.anchor is not None
            ]
            if not levels or lex.concept(levels[-1].concept) is None:
                continue
            now = levels[-1]
            if then.concept != now.concept and lex.concept(then.concept) is not None:
                continue  # "$46.9bn in revenue, compared with $1.96 a share": two measures
            assert now.anchor is not None
            if then.interval.is_percent or now.approximate or then.approximate:
                continue  # a change of a share is in points; an estimate gives no rate
            rate = (now.anchor - then.anchor) / then.anchor * 100
            way = "up" if rate > 0 else "down"
            stored = Claim.objects.filter(
                _near(now.seen_on),
                measure_key=f"percent:{now.concept}",
                difference=True,
                change=way,
                value__isnull=False,
            ).exclude(pk__in=own)[:MAX_CANDIDATES]
            for claim in stored:
                stance = _rate_stance(abs(rate), claim.value)
                if stance is None:
                    continue
                shown = f"{number(now.anchor)} against {number(then.anchor)}"
                reason = f"{shown} is a {'rise' if way == 'up' else 'fall'} of {abs(rate):.1f}%"
                found.append((claim, earlier.excerpt, stance, reason))
        return found

    def _steps(self, prepared: list[Prepared]) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored changes that a level and the earlier level (or baseline) it is set against in
        one sentence give ("157 seats, down from 184 in 2015 and the 177 it held before" is a
        loss of 27, and of 20): a change of that measure, in that direction and of exactly that
        size, held by the same party (`holder_of`), is supported. Only exact counts of a named
        measure; one query per pair of levels. (claim, sentence span, reason)."""
        text, found, lex = self.source.text, [], lexicon()
        own = {item.claim.pk for item in prepared if item.claim is not None}
        sources = None
        baseline = self._baseline
        for i, earlier in enumerate(prepared):
            then = earlier.figure
            if not baseline(earlier) or then.approximate or then.vague or then.difference:
                continue
            if not then.measure_key.startswith("count:") or then.anchor is None:
                continue
            # The level it is set against: the last figure before it in its sentence that is no
            # baseline itself ("down from 184 in 2015 and the 177": 157, not 184).
            levels = [
                item
                for item in prepared[:i]
                if item.excerpt == earlier.excerpt
                and item.figure.measure_key.partition(":")[0] == "count"
                and not item.figure.difference
                and not baseline(item)
            ]
            if not levels:
                continue
            level = levels[-1]
            now = level.figure
            if not _exact(now) or now.anchor is None or lex.concept(now.concept) is None:
                continue
            if then.concept not in ("", now.concept):
                continue  # "121 seats, up from 99 votes": two measures
            step = now.anchor - then.anchor
            if not step:
                continue
            way = "up" if step > 0 else "down"
            mine = holder_of(text[level.excerpt[0] : level.candidate.start], "")
            if not mine:
                # "The Liberals lost 27. The party won 157, down from 177": a clause that names
                # its holder only as "the party" or "it" is of the name the sentence before
                # opens on.
                mine = _antecedent(text, level.excerpt[0])
            # A change is stored under the level's measure or under the concept of its changes
            # ("lost 20 seats"); its direction may be unread ("gained 26").
            keys = [now.measure_key] + [
                f"count:{c.name}" for c in lex.concepts.values() if c.changes == now.concept
            ]
            if sources is None:
                # An article that states only the change ("the Liberals lost 20 seats") may
                # share no figure with this one, but one with an article that does.
                sources = self._story_sources(prepared, hops=2)[1]
            stored = self._story_claims(
                sources,
                own,
                Q(difference=True) | Q(measure_key__in=keys[1:]),
                measure_key__in=keys,
                change__in=(way, ""),
                value=abs(step),
            )
            said = level.best if level.best is not None and level.best.pk else None
            self._load_said([claim.pk for claim in stored] + ([said.pk] if said else []))
            for claim in stored:
                old = self.figure_of(claim)
                if not _exact(old):
                    continue
                before = _around(claim.statement, *self._near.get(claim.pk, NONE))[0]
                theirs = self._holders(claim) | set(
                    filter(None, subject_of_change(before).split("|"))
                )
                if not self._of_story(claim, now, old, set()):
                    # Two articles apart ("the party won 157 seats, down from 177" and "the
                    # Liberals lost 20"): only a change said of the party the level is of,
                    # as this sentence or the level's stored claim names it.
                    ours = mine | (self._holders(said) if said is not None else frozenset())
                    if not ours & theirs:
                        continue
                elif mine and theirs and not mine & theirs:
                    continue  # "the NDP won 24, down from 44" against "the Liberals lost 20"
                shown = f"{number(now.anchor)} against {number(then.anchor)}"
                reason = f"{shown} is a {'rise' if way == 'up' else 'fall'} of {number(abs(step))}"
                found.append((claim, earlier.excerpt, reason))
        return found

    def _margins_over_a_year(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored margins over a year that a level and the one of that year it is set against in
        one sentence give: "0.75C above the average, much higher than the 0.57C in 2014" puts
        the year 0.18C above 2014; a stated margin of that unit whose sentence names 2014 and
        is a change ("beat the record set in 2014 by 0.13C") is supported when it rounds the
        step (`_step_agrees`), disputed when off by more than a tenth of it and by more than its
        last digit. Exact figures only; claims of this story's articles; one query. (claim,
        sentence span, stance, reason)."""
        text, pairs = self.source.text, []
        for i, high in enumerate(prepared):
            a = high.figure
            if a.anchor is None or a.approximate or a.vague or not one_number(a):
                continue
            for low in prepared[i + 1 : i + 2]:
                b = low.figure
                if low.excerpt != high.excerpt or b.anchor is None or b.approximate:
                    continue
                if b.measure_key.partition(":")[0] != a.measure_key.partition(":")[0]:
                    continue
                than = THAN_BEFORE.fullmatch(text[high.candidate.end : low.candidate.start])
                of_year = YEAR_AFTER.match(text[low.candidate.end : low.candidate.end + 20])
                if than is None or of_year is None or not one_number(b):
                    continue
                higher = (than[1] or than[2]).lower() in (
                    "higher",
                    "more",
                    "greater",
                    "above",
                    "warmer",
                )
                step = a.anchor - b.anchor if higher else b.anchor - a.anchor
                if step > 0:
                    pairs.append((high, a, b, step, of_year[1]))
        if not pairs:
            return []
        scales = {a.measure_key.partition(":")[0] for _, a, *_ in pairs}
        stored = self._claims_of_story(
            prepared,
            measure_key__regex=rf"^({'|'.join(re.escape(s) for s in scales)}):",
            value__gt=0,
        )
        found = []
        for high, a, b, step, year in pairs:
            assert a.anchor is not None and b.anchor is not None
            for claim in stored:
                old = self.figure_of(claim)
                if old.measure_key.partition(":")[0] != a.measure_key.partition(":")[0]:
                    continue
                if not (old.difference or _of_changes(old.concept)) or not _exact(old):
                    continue
                if year not in claim.statement or old.anchor is None:
                    continue
                if old.anchor in (a.anchor, b.anchor):
                    continue  # the claim states one of the two levels, not their gap
                shown = f"{_plain(a.anchor)} against the {_plain(b.anchor)} of {year}"
                reason = f"{shown} is {_plain(step)} more"
                if _step_agrees(step, old.anchor):
                    found.append((claim, high.excerpt, "supports", reason))
                elif abs(step - old.anchor) > max(
                    old.anchor * APPROXIMATE, Decimal(1).scaleb(_exponent_of(old.anchor))
                ):
                    found.append((claim, high.excerpt, "disputes", reason))
        return found

    def _increments_added(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored rises that an increment and the ones the next sentences add to it make up:
        "Five additional victims were found in their homes. Another was found in a car." is a
        rise of six, which a stored rise of that measure by six ("the toll increased by six")
        is supported by. The increment is an exact count its words call new (`INCREMENT`); each
        following sentence that opens on "Another" adds one, or the number it gives ("Another
        two were ..."), as long as it gives no other number. Only equal sums are evidence (a
        rise may count more than the sentences list); claims of this story's articles; one
        query. (claim, span of the sentences, stance, reason)."""
        text, sums = self.source.text, []
        for item in prepared:
            f = item.figure
            if f.difference or not _exact(f) or f.anchor is None or not f.concept:
                continue
            start, end = item.candidate.start, item.candidate.end
            if not INCREMENT.match(text[start : end + 30]) and not INCREMENT_BEFORE.search(
                text[max(0, start - 20) : start]
            ):
                continue
            total, parts, span_end = f.anchor, [f.anchor], item.excerpt[1]
            while True:
                following = ANOTHER.match(text[span_end : span_end + 200])
                if following is None:
                    break
                sentence_end = span_end + following.end()
                said = following["number"]
                add = Decimal(1) if said is None else ANOTHER_COUNTS.get(said.lower())
                if add is None or NUMERAL.search(
                    text[span_end + following.start("rest") : sentence_end]
                ):
                    break
                total += add
                parts.append(add)
                span_end = sentence_end
            if len(parts) < 2:
                continue
            sums.append((item, total, parts, (item.excerpt[0], span_end)))
        if not sums:
            return []
        concepts = {f"count:{item.figure.concept}" for item, *_ in sums}
        stored = self._claims_of_story(
            prepared, measure_key__in=concepts, difference=True, change__in=("up", "")
        )
        found = []
        for item, total, parts, span in sums:
            for claim in stored:
                if claim.measure_key != item.figure.measure_key or claim.value != total:
                    continue
                if not _exact(self.figure_of(claim)):
                    continue
                shown = " and another ".join(_plain(p) for p in parts)
                found.append((claim, span, "supports", f"{shown} add up to {_plain(total)} more"))
        return found

    # Words before a count, in its sentence, that make it a running total to the day it is told:
    # "has received 13 reports", "have recorded", "so far", "to date", "a total of".
    RUNNING_TOTAL = re.compile(
        r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:received|recorded|registered|logged)\b"
        r"|\bso far\b|\bto date\b|\bin total\b|\ba total of\b",
        re.IGNORECASE,
    )

    def _running_totals_lower(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored counts of this story that a later running total of the same measure is lower
        than: "the regulator has received 12 complaints of leaks" a month after "31 complaints
        of leaks" were reported. A running total only grows, so the lower later count disputes
        the earlier one. The count is exact and its sentence calls it a total to date
        (`RUNNING_TOTAL`); the stored count is exact, of the same measure, dated a day or more
        before it. One query. (claim, sentence span, "disputes", reason)."""
        text, totals = self.source.text, []
        for item in prepared:
            f = item.figure
            if not f.measure_key.startswith("count:") or not f.concept or f.seen_on is None:
                continue
            if f.difference or not _exact(f) or f.anchor is None or f.anchor <= 0:
                continue
            if self._baseline(item):
                continue
            before = text[item.excerpt[0] : item.candidate.start]
            said = list(NUMERAL.finditer(before))
            if said:
                before = before[said[-1].end() :]  # "has received 96, including 23 new": 96's
            if not self.RUNNING_TOTAL.search(before):
                continue
            totals.append(item)
        if not totals:
            return []
        earlier_counts = Q(pk__in=[])
        for item in totals:
            new = item.figure
            assert new.anchor is not None and new.seen_on is not None
            earlier_counts |= Q(
                measure_key=new.measure_key,
                value__gt=new.anchor,
                seen_on__range=(new.seen_on - self.LEVEL_SEEN_WITHIN, new.seen_on),
            )
        story, own = self._in_story(prepared), {o.claim.pk for o in prepared if o.claim is not None}
        earlier = list(
            Claim.objects.filter(earlier_counts, difference=False)
            .exclude(pk__in=own)
            .exclude(status=ReviewStatus.REJECTED)
            .select_related("claimant")
            .order_by("pk")[:MAX_CANDIDATES]
        )
        found = []
        for item in totals:
            new = item.figure
            assert new.anchor is not None and new.seen_on is not None
            for claim in earlier:
                old = self.figure_of(claim)
                if old.measure_key != new.measure_key or not _exact(old) or old.anchor is None:
                    continue
                if old.seen_on is None or old.anchor <= new.anchor:
                    continue
                if not new.seen_on - self.LEVEL_SEEN_WITHIN <= old.seen_on < new.seen_on:
                    continue
                if not self._of_story(claim, new, old, story):
                    continue
                reason = (
                    f"a running total of {number(new.anchor)} on {new.seen_on} is lower than "
                    f"the {number(old.anchor)} of {old.seen_on}"
                )
                found.append((claim, item.excerpt, "disputes", reason))
        return found

    # A sentence that sets the level the sentence before gave against an earlier one: "That was up
    # from 67 in 2016", "This is down from 80".
    STEP_FROM_BEFORE = re.compile(
        r"^\s*(?:That|This|It)\s+(?:was|is)\s+(?:also\s+)?(?P<way>up|down)\s+from\s+(?:a\s+|the\s+)?$"
    )

    LEVEL_SEEN_WITHIN = datetime.timedelta(days=90)

    def _steps_from_the_level_before(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored changes that a sentence opening "That was up from 67" gives with the level
        the sentence before states ("Sales reached a record 71 last year."): a rise of 4. The
        level is the last exact count of the baseline's measure in the sentence before. A
        stored change of that measure and direction is supported when it is exactly the step,
        disputed when its range leaves the step out by more than a tenth of its own number
        ("rose by over 6" against 71 less 67). Exact counts only; this story's claims; one
        query. (claim, span of both sentences, stance, reason)."""
        text, steps, lex = self.source.text, [], lexicon()
        for i, earlier in enumerate(prepared):
            then = earlier.figure
            opening = self.STEP_FROM_BEFORE.match(
                text[earlier.excerpt[0] : earlier.candidate.start]
            )
            if opening is None or not _exact(then) or then.difference or then.anchor is None:
                continue
            if not then.measure_key.startswith("count:"):
                continue
            # The baseline may name no measure ("up from 67 in 2016"): the level's is its own.
            levels = [
                item
                for item in prepared[:i]
                if item.excerpt[1] <= earlier.excerpt[0]
                and not text[item.excerpt[1] : earlier.excerpt[0]].strip(' \t\r\n"”’')
                and item.figure.measure_key.startswith("count:")
                and lex.concept(item.figure.concept) is not None
                and then.concept in ("", item.figure.concept)
                and _exact(item.figure)
                and not item.figure.difference
                and item.figure.anchor is not None
                and not self._baseline(item)
            ]
            if not levels:
                continue
            level = levels[-1]
            step = level.figure.anchor - then.anchor  # type: ignore[operator]
            way = opening["way"].lower()
            if not step or (step > 0) != (way == "up"):
                continue
            steps.append((level, earlier, abs(step), way))
        if not steps:
            return []
        # A change is stored under the level's measure or under the concept of its changes
        # ("lost 20 seats").
        keys = {
            level.figure.measure_key: {level.figure.measure_key}
            | {
                f"count:{c.name}"
                for c in lex.concepts.values()
                if c.changes == level.figure.concept
            }
            for level, *_ in steps
        }
        # The articles that state the change beside the level: those reporting a level of that
        # measure within a twentieth of this one, seen within a season of this article.
        near, published = Q(pk__in=[]), source_date(self.source)
        for level, *_ in steps:
            value, seen = level.figure.anchor, published or level.figure.seen_on
            if value is None or seen is None:
                continue
            low, high = value * Decimal("0.95"), value * Decimal("1.05")
            near |= Q(
                Q(value__range=(low, high))
                | Q(lower__range=(low, high))
                | Q(upper__range=(low, high)),
                measure_key=level.figure.measure_key,
                difference=False,
                seen_on__range=(seen - self.LEVEL_SEEN_WITHIN, seen + self.LEVEL_SEEN_WITHIN),
            )
        levels_there = Claim.objects.filter(near).exclude(status=ReviewStatus.REJECTED)
        sources = (
            Appearance.objects.filter(claim__in=levels_there)
            .exclude(source_id=self.source.pk)
            .values("source_id")
        )
        own = {item.claim.pk for item in prepared if item.claim is not None}
        stored = self._story_claims(
            sources, own, measure_key__in=set().union(*keys.values()), difference=True
        )
        found = []
        for level, earlier, step, way in steps:
            span = (level.excerpt[0], earlier.excerpt[1])
            shown = f"{_plain(level.figure.anchor)} against {_plain(earlier.figure.anchor)}"  # type: ignore[arg-type]
            reason = f"{shown} is a {'rise' if way == 'up' else 'fall'} of {_plain(step)}"
            for claim in stored:
                if claim.measure_key not in keys[level.figure.measure_key]:
                    continue
                if claim.change not in (way, ""):
                    continue
                old = self.figure_of(claim)
                if old.anchor is None or old.interval is None:
                    continue
                if _exact(old) and old.anchor == step:
                    found.append((claim, span, "supports", reason))
                    continue
                if not step / 3 <= abs(old.anchor) <= step * 3:
                    continue  # "200 more" against a rise of 4,454: a part's change, or a place's
                if self._of_another_level(claim, old.anchor, level.figure.anchor):  # type: ignore[arg-type]
                    continue
                lower, upper = old.interval.lower, old.interval.upper
                margin = abs(old.anchor) / 10
                if (lower is not None and step < lower - margin) or (
                    upper is not None and step > upper + margin
                ):
                    found.append((claim, span, "disputes", reason))
        return found

    @staticmethod
    def _of_another_level(claim: Claim, change: Decimal, level: Decimal) -> bool:
        """Whether the stored change's sentence states a level of its own, larger than the
        change and not within a tenth of `level` ("nearly 30,000 deaths involving those drugs,
        an increase of more than 9,000"): the change is of that level, a part of the whole."""
        for said in NUMERAL.findall(claim.statement):
            try:
                n = Decimal(said.replace(",", ""))
            except ArithmeticError:
                continue
            if "," not in said and 1900 <= n <= 2100:
                continue  # a year
            if n > abs(change) and abs(n - level) > level / 10:
                return True
        return False

    def _rates_named(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored percentages that two levels of one unit in a sentence give, when the words
        between them name what the percentage measures: "$42 a share, a premium over the price
        of around $33" is a premium of 27.3%, which a stored premium of 27% rounds (supported)
        and one of 18% is far from (disputed, as `_rate_stance`). The named concept is the
        lexicon's, by its nouns; the earlier level is the larger one ("a premium over", "a
        discount to" the later). Only claims of this story's articles; one query. (claim,
        sentence span, stance, reason)."""
        text, lex = self.source.text, lexicon()
        pairs = []
        for i, high in enumerate(prepared):
            a = high.figure
            scale = a.measure_key.partition(":")[0]
            if scale in ("percent", "fraction", "count", "times") or a.difference:
                continue
            if a.anchor is None or a.anchor <= 0:
                continue
            for low in prepared[i + 1 :]:
                b = low.figure
                if low.excerpt != high.excerpt or b.measure_key.partition(":")[0] != scale:
                    continue
                if b.difference or b.anchor is None or not 0 < b.anchor < a.anchor:
                    break
                between = text[high.candidate.end : low.candidate.start]
                if NUMERAL.search(between) or len(between) > 80:
                    break
                named = {
                    concept.name
                    for concept in lex.concepts.values()
                    for noun in concept.nouns
                    if re.search(rf"\b{re.escape(noun)}\s+(?:over|to|above|on)\b", between)
                }
                for name in sorted(named):
                    pairs.append((high, a, b, name))
                break
        if not pairs:
            return []
        stored = self._claims_of_story(
            prepared, measure_key__in={f"percent:{name}" for *_, name in pairs}, value__gt=0
        )
        found = []
        for high, a, b, name in pairs:
            assert a.anchor is not None and b.anchor is not None
            rate = (a.anchor - b.anchor) / b.anchor * 100
            for claim in stored:
                if claim.measure_key != f"percent:{name}" or claim.value is None:
                    continue
                if not one_number(self.figure_of(claim)):
                    continue
                stance = _rate_stance(rate, claim.value)
                if stance is None:
                    continue
                shown = f"{number(a.anchor)} against {number(b.anchor)}"
                found.append((claim, high.excerpt, stance, f"{shown} is {rate:.1f}% more"))
        return found

    def _levels_updated(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored percentage changes that an article's current level and the earlier level it
        replaced, in two sentences, give: "the flow could be 9,000 barrels a day" in the lead
        and "a week ago the top end was put at 6,000" later is a rise of one half of the top.
        The current level is the first of its measure in the article; the earlier one is a
        later, different level of that measure whose sentence calls it superseded before the
        number (`SUPERSEDED`: "ago", "last week", "the previous", "updates the"). Tops are set
        against tops and floors against floors. Only a stored change of this story's articles
        in that direction, of the level's concept or of none, whose statement shares words with
        one of the two sentences, and only when it rounds the rate (supported): which two
        levels of an article are the update is a reading, so a far change is no dispute.
        (claim, earlier sentence span, stance, reason)."""
        text = self.source.text
        firsts: dict[str, Prepared] = {}
        pairs = []
        for item in prepared:
            f = item.figure
            scale = f.measure_key.partition(":")[0]
            if f.difference or f.interval is None or scale in ("percent", "fraction", "times"):
                continue
            first = firsts.setdefault(f.measure_key, item)
            if first is item or first.excerpt == item.excerpt:
                continue
            if SUPERSEDED.search(text[first.excerpt[0] : first.candidate.start]):
                continue  # the first level is itself an old one
            if not SUPERSEDED.search(text[item.excerpt[0] : item.candidate.start]):
                continue
            now, then = first.figure.interval, f.interval
            assert now is not None
            for end in ("upper", "lower"):
                a, b = getattr(now, end), getattr(then, end)
                if a is None or b is None or a <= 0 or b <= 0 or a == b:
                    continue
                pairs.append((first, item, end, a, b))
        if not pairs:
            return []
        _, sources = self._story_sources(prepared)
        concepts = {f"percent:{first.figure.concept}" for first, *_ in pairs} | {"percent:"}
        stored = self._story_claims(
            sources,
            {item.claim.pk for item in prepared if item.claim is not None},
            measure_key__in=concepts,
            difference=True,
            value__gt=0,
        )
        found = []
        for first, item, end, a, b in pairs:
            rate = (a - b) / b * 100
            way = "up" if rate > 0 else "down"
            for claim in stored:
                if claim.change not in (way, "") or claim.value is None:
                    continue
                if claim.measure_key not in ("percent:", f"percent:{first.figure.concept}"):
                    continue
                old = self.figure_of(claim)
                if not one_number(old) or _rate_stance(abs(rate), claim.value) != "supports":
                    continue
                if max(words_shared(first.figure, old), words_shared(item.figure, old)) <= 0:
                    continue
                top = "top" if end == "upper" else "floor"
                reason = (
                    f"a {top} of {number(a)} against the earlier {number(b)} is a "
                    f"{'rise' if way == 'up' else 'fall'} of {abs(rate):.1f}%"
                )
                found.append((claim, item.excerpt, "supports", reason))
        return found

    def _margins(self, prepared: list[Prepared]) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored margins that two counts of an article differ by, to the unit: "Yes 61,204
        votes" and, a sentence later, "a total of 40,911 voted No" give the "majority of
        20,293" another article states. The counts are exact, of three or more significant
        digits (`precise`), of two named kinds of one scale; the margin is a stored level of
        this story's articles whose sentence calls it one (`MARGIN`). One query. (claim, span
        of the later count's sentence, "supports", reason)."""
        counts = [
            item
            for item in prepared
            if item.figure.measure_key.startswith("count:")
            and item.figure.concept
            and not item.figure.difference
            and _exact(item.figure)
            and precise(item.figure.anchor)
        ]
        pairs: dict[Decimal, tuple[Prepared, Prepared]] = {}
        for i, one in enumerate(counts):
            for other in counts[i + 1 :]:
                a, b = one.figure, other.figure
                if a.measure_key == b.measure_key or a.anchor is None or b.anchor is None:
                    continue
                gap = abs(a.anchor - b.anchor)
                if precise(gap):
                    pairs.setdefault(gap, (one, other))
        if not pairs:
            return []
        stored = self._story_claims(
            self._story_sources(prepared)[1],
            {item.claim.pk for item in prepared if item.claim is not None},
            measure_key__startswith="count:",
            value__in=list(pairs),
            difference=False,
        )
        found = []
        for claim in stored:
            old = self.figure_of(claim)
            if claim.value not in pairs or not _exact(old) or not MARGIN.search(claim.statement):
                continue
            one, other = pairs[claim.value]
            assert one.figure.anchor is not None and other.figure.anchor is not None
            high, low = sorted((one.figure.anchor, other.figure.anchor), reverse=True)
            reason = f"{number(high)} less {number(low)} is the margin of {number(claim.value)}"
            found.append((claim, other.excerpt, "supports", reason))
        return found

    def _rates_checked(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str, str]]:
        """Stored percentages of a concept that a stated one, checked by its own levels,
        refutes: "will pay $55 a share. That's 20% higher than the closing price of $45.80"
        states a premium of 20% that $55 against $45.80 (20.1%) confirms, so a stored premium
        of 11% cannot hold. The percentage is of a named concept and set "higher than" /
        "lower than" a level right after it; the other level is the last one of that unit
        before it, in its sentence or the one before. Only disputes, of claims of this story's
        articles (a stored percentage it rounds is a mention, for the per-figure loop). One
        query. (claim, sentence span, "disputes", reason)."""
        text, found = self.source.text, []
        checked = []
        for i, said in enumerate(prepared):
            f = said.figure
            if not f.measure_key.startswith("percent:") or not f.concept or f.anchor is None:
                continue
            way = RATE_THAN.match(text[said.candidate.end : said.candidate.end + 30])
            if way is None or f.anchor <= 0:
                continue
            after = [o for o in prepared[i + 1 :] if o.excerpt == said.excerpt]
            if not after or after[0].figure.anchor is None or after[0].figure.difference:
                continue
            base = after[0]
            assert base.figure.anchor is not None
            scale = base.figure.measure_key.partition(":")[0]
            if scale in ("percent", "fraction", "times") or base.figure.anchor <= 0:
                continue
            if NUMERAL.search(text[said.candidate.end : base.candidate.start]):
                continue
            levels = [
                o
                for o in prepared[:i]
                if o.figure.measure_key.partition(":")[0] == scale
                and not o.figure.difference
                and o.figure.anchor is not None
                and o.figure.anchor > 0
            ]
            if not levels:
                continue
            level = levels[-1]
            if level.excerpt != said.excerpt and text[level.excerpt[1] : said.excerpt[0]].strip():
                continue  # only the sentence before: "That's" points back one sentence
            assert level.figure.anchor is not None
            rate = (level.figure.anchor - base.figure.anchor) / base.figure.anchor * 100
            if way.group(1).lower() in ("lower", "less", "below"):
                rate = -rate
            if rate <= 0 or _rate_stance(rate, f.anchor) != "supports":
                continue  # the levels do not give the stated percentage: another reading
            checked.append((said, f, level.figure.anchor, base.figure.anchor, rate))
        if not checked:
            return []
        stored = self._story_claims(
            self._story_sources(prepared)[1],
            {item.claim.pk for item in prepared if item.claim is not None},
            measure_key__in={f.measure_key for _, f, *_ in checked},
            value__gt=0,
        )
        for said, f, high, low, rate in checked:
            for claim in stored:
                if claim.measure_key != f.measure_key or claim.value is None:
                    continue
                if not one_number(self.figure_of(claim)):
                    continue
                if _rate_stance(rate, claim.value) != "disputes":
                    continue
                reason = f"{number(high)} against {number(low)} is {rate:.1f}% more, as stated"
                found.append((claim, said.excerpt, "disputes", reason))
        return found

    def _baseline(self, item: Prepared) -> bool:
        """Whether the item's figure is one a change is measured from ("down from 184", "up
        from 99 and the 95 it held"), not the level or the change itself."""
        text = self.source.text
        start, end = item.candidate.start, item.candidate.end
        before = text[max(0, start - PRIOR_CHARS) : start]
        return bool(
            _prior(before, text[end : end + 30]) or _prior_listed(text[item.excerpt[0] : start])
        )

    def _rival_start(
        self, item: Prepared, prepared: list[Prepared], claim: Claim
    ) -> tuple[str, str] | None:
        """One update told from two starting figures: this sentence's ("the list rose from 297
        to 631") and the stored claim's ("grew to 631 from only 130 the day before"), both the
        figure an update replaced, of one measure, the claim's sentence writing the number this
        sentence's update reached, both of one day. The count it replaced was one, so the two
        dispute each other; a reached number agreed on is what ties the two accounts to one
        update.
        ("disputes", reason), or None."""
        new, old = item.figure, self.figure_of(claim)
        if new.measure_key != old.measure_key or new.anchor is None or old.anchor is None:
            return None
        if new.anchor == old.anchor or any(f.approximate or f.vague for f in (new, old)):
            return None
        if new.seen_on is None or new.seen_on != old.seen_on:
            return None  # two days' accounts may be two updates ("from 160 on Monday")
        text = self.source.text
        for other in prepared:
            if other is item or other.excerpt != item.excerpt or self._baseline(other):
                continue
            if other.figure.measure_key != new.measure_key or other.figure.anchor is None:
                continue
            said = NUMERAL.search(text[other.candidate.start : other.candidate.end])
            if said and _writes(claim.statement, said[0], other.figure.anchor < 0):
                shown = f"{number(new.anchor)} against {number(old.anchor)}"
                return ("disputes", f"one update, two figures it started from: {shown}")
        return None

    def _load_said(self, claims: list[int]) -> None:
        """The words next to the numbers of stored claims no candidate list brought (as
        `_load_near` reads them): one query, only for claims not read yet."""
        wanted = set(claims) - self._near.keys()
        if not wanted:
            return
        rows = (
            Appearance.objects.filter(claim_id__in=wanted)
            .order_by("claim_id", "pk")
            .values_list("claim_id", "prefix", "wording", "suffix")
        )
        for claim_id, prefix, wording, suffix in rows:
            self._near.setdefault(claim_id, (prefix, wording, suffix))
            self._said.setdefault(claim_id, []).append((prefix, wording, suffix))

    def _shares(self, prepared: list[Prepared]) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored shares that two exact counts of two parts, alone in a sentence, divide their
        whole into ("No (2,001,926), Yes (1,617,989)" gives No 55.3% and Yes 44.7%): a share of
        that part, in this story's articles (reported where a claim this document repeats was),
        that rounds one of them is supported, even when this article rounds it too: counts of
        another measure check the share, they do not repeat it. One query."""
        pairs = []
        for excerpt in dict.fromkeys(item.excerpt for item in prepared):
            here = [item.figure for item in prepared if item.excerpt == excerpt]
            if len(here) != 2 or not all(f.measure_key.startswith("count:") for f in here):
                continue
            a, b = here
            if not (a.concept and b.concept) or a.concept == b.concept:
                continue  # two parts: No's votes and Yes's
            if a.difference or b.difference:
                continue
            if not (_exact(a) and _exact(b)) or a.anchor is None or b.anchor is None:
                continue
            if not (precise(a.anchor) and precise(b.anchor)) or a.anchor <= 0 or b.anchor <= 0:
                continue
            pairs.append((excerpt, a, b))
        repeated, sources = self._story_sources(prepared)
        if not pairs or not repeated:
            return []
        stored = self._story_claims(
            sources,
            set(),
            measure_key__startswith="percent:",
            difference=False,
            value__gt=0,
            value__lt=100,
        )
        found = []
        for excerpt, first, second in pairs:
            one, other = first.anchor, second.anchor
            assert one is not None and other is not None
            whole = one + other
            for part, concept in ((one, first.concept), (other, second.concept)):
                share = part / whole * 100
                for claim in stored:
                    value = claim.value
                    if value is None or claim.measure_key != f"percent:{concept}":
                        continue
                    step = Decimal(1).scaleb(_exponent_of(value))
                    if share.quantize(step, rounding=ROUND_HALF_UP) != value.normalize():
                        continue
                    reason = f"{number(part)} of {number(whole)} is {share:.2f}%"
                    found.append((claim, excerpt, reason))
        return found

    def _sums(
        self, prepared: list[Prepared], story: set[int]
    ) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored counts two stated counts of one sentence add up to, exactly or rounded:
        "4,112 homes and 186 shops" gives 4,300 homes. The parts count two named kinds, the
        total's measure is one of theirs; only exact figures are added up, and only to claims
        of this story (`_of_story`). (claim, sentence span, reason)."""
        found = []
        for i, first in enumerate(prepared):
            for second in prepared[i + 1 :]:
                a, b = first.figure, second.figure
                if first.excerpt != second.excerpt or a.anchor is None or b.anchor is None:
                    continue
                if a.difference or b.difference or not (_exact(a) and _exact(b)):
                    continue
                if a.measure_key == b.measure_key or not all(
                    f.measure_key.startswith("count:") and f.concept for f in (a, b)
                ):
                    continue  # two kinds of one whole: homes and shops, not dead and dead
                total = a.anchor + b.anchor
                if any(
                    other.excerpt == first.excerpt and other.figure.anchor == total
                    for other in prepared
                ):
                    # "318 seats, eight short of the 326 needed": the sentence states the total
                    # itself, a mention of that claim, not a sum that confirms it.
                    continue
                for claim in first.known + second.known:
                    old = self.figure_of(claim)
                    if claim in (first.claim, second.claim) or old.anchor is None:
                        continue
                    if old.measure_key not in (a.measure_key, b.measure_key) or old.difference:
                        continue
                    point = old.interval is not None and old.interval.lower == old.interval.upper
                    close = abs(old.anchor - total) <= ROUNDING * max(old.anchor, total)
                    if not point or not (
                        old.anchor == total or close and rounded(old.anchor, total)
                    ):
                        continue
                    if not self._of_story(
                        claim, a if old.measure_key == a.measure_key else b, old, story
                    ):
                        continue
                    reason = f"{number(a.anchor)} and {number(b.anchor)} add up to {number(total)}"
                    found.append((claim, first.excerpt, reason))
        return found

    def _spans_from_to(self, prepared: list[Prepared]) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored changes that a level and the level it went to, told "from X to Y" in one
        sentence, give: "costs from €12.3 billion last year to €6.5 billion" is a cut of €5.8
        billion, which "€6 billion of savings" rounds within a tenth. A change of the
        earlier level's measure, in that direction, whose number rounds the step, in this
        story's articles, is supported. Not shares (a change of a share may be in points).
        (claim, sentence span, reason)."""
        text, found = self.source.text, []
        pairs = []
        for i, earlier in enumerate(prepared):
            then = earlier.figure
            if then.difference or not _exact(then) or then.anchor is None or not then.concept:
                continue
            start = earlier.candidate.start
            if not FROM_BEFORE.search(text[max(0, start - 12) : start]):
                continue
            scale = then.measure_key.partition(":")[0]
            if scale in ("percent", "fraction"):
                continue
            for later in prepared[i + 1 :]:
                now = later.figure
                if later.excerpt != earlier.excerpt:
                    continue
                between = PARENTHESES.sub("", text[earlier.candidate.end : later.candidate.start])
                if not TO_BETWEEN.fullmatch(between):
                    continue
                if now.measure_key.partition(":")[0] != scale or now.concept not in (
                    "",
                    then.concept,
                ):
                    break
                if now.difference or not _exact(now) or now.anchor is None:
                    break
                if now.anchor != then.anchor:
                    pairs.append((earlier, then, now))
                break
        if not pairs:
            return []
        stored = self._claims_of_story(
            prepared,
            measure_key__in={then.measure_key for _, then, _ in pairs},
            difference=True,
            value__gt=0,
        )
        for earlier, then, now in pairs:
            assert then.anchor is not None and now.anchor is not None
            step = now.anchor - then.anchor
            way = "up" if step > 0 else "down"
            for claim in stored:
                value = claim.value
                if value is None or claim.measure_key != then.measure_key:
                    continue
                if claim.change != way:
                    continue
                if not one_number(self.figure_of(claim)):
                    continue
                if not _step_agrees(abs(step), value):
                    continue
                shown = f"{number(then.anchor)} to {number(now.anchor)}"
                reason = f"{shown} is a {'rise' if way == 'up' else 'fall'} of {number(abs(step))}"
                found.append((claim, earlier.excerpt, reason))
        return found

    def _parts_of_wholes(
        self, prepared: list[Prepared], story: set[int]
    ) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored figures a part and the whole it is explicitly of, in one sentence, give ("cut
        1,200 jobs from its 9,000 staff" is 13.3% of the staff, and leaves 7,800): a share of
        the whole's concept that rounds the part's share, or a count of the whole that rounds
        what a cut leaves, is supported. The part is of the whole by the lexicon (a concept's
        `whole`) and by the words between them ("from its", "of the", "out of"); only exact
        counts, and only claims of this story's articles. (claim, sentence span, reason)."""
        text, lex = self.source.text, lexicon()
        pairs = []
        for i, part in enumerate(prepared):
            a = part.figure
            concept = lex.concept(a.concept)
            if concept is None or not concept.whole or a.difference or not _exact(a):
                continue
            for whole in prepared[i + 1 :]:
                b = whole.figure
                if whole.excerpt != part.excerpt or b.concept != concept.whole:
                    continue
                if b.difference or not _exact(b) or a.anchor is None or b.anchor is None:
                    continue
                between = text[part.candidate.end : whole.candidate.start]
                if not WHOLE_AFTER_PART.fullmatch(between) or self._baseline(whole):
                    continue
                if not 0 < a.anchor < b.anchor or not (precise(a.anchor) or precise(b.anchor)):
                    continue
                pairs.append((part, a, b, bool(concept.reduces)))
                break
        cuts = self._shares_cut(prepared)
        if not pairs and not cuts:
            return []
        repeated, sources = self._story_sources(prepared)
        own = {item.claim.pk for item in prepared if item.claim is not None}
        keys = (
            {f"percent:{b.concept}" for _, _, b, _ in pairs}
            | {f"count:{b.concept}" for _, _, b, cut in pairs if cut}
            | {f"count:{b.concept}" for _, _, b, _ in cuts}
        )
        stored = (
            self._story_claims(sources, own, measure_key__in=keys, difference=False, value__gt=0)
            if repeated
            else []
        )
        # A share stated in an article this one is not yet tied to ("one fifth of the staff"
        # before any other figure of the story is repeated): by its number near the part's
        # share, and kept only when its sentence shares words with the whole's (`_of_story`)
        # and names a name this sentence writes ("one fifth of Varn Bank's staff"). One query
        # per pair.
        for part, a, b, _ in pairs:
            sentence = text[part.excerpt[0] : part.excerpt[1]]
            assert a.anchor is not None and b.anchor is not None
            share = a.anchor / b.anchor * 100
            beyond = (
                Claim.objects.filter(
                    _near(b.seen_on),
                    measure_key=f"percent:{b.concept}",
                    difference=False,
                    value__gte=share * (1 - APPROXIMATE),
                    value__lte=share * (1 + APPROXIMATE),
                )
                .exclude(pk__in=own | {claim.pk for claim in stored})
                .exclude(status=ReviewStatus.REJECTED)
                .order_by("pk")[:MAX_CANDIDATES]
            )
            stored += [
                claim
                for claim in beyond
                if self._of_story(claim, b, self.figure_of(claim), story)
                and any(
                    re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE)
                    for name in names_in(claim.statement)
                )
            ]
        found = []
        for part, a, b, cut in pairs:
            assert a.anchor is not None and b.anchor is not None
            share = a.anchor / b.anchor * 100
            left = b.anchor - a.anchor
            for claim in stored:
                value = claim.value
                if value is None:
                    continue
                if not one_number(self.figure_of(claim)):
                    continue  # "more than a fifth": a bound, which a share may not settle
                if claim.measure_key == f"percent:{b.concept}":
                    if not _share_agrees(share, value):
                        continue
                    reason = f"{number(a.anchor)} of {number(b.anchor)} is {share:.1f}%"
                elif cut and claim.measure_key == f"count:{b.concept}":
                    if not (left == value or rounded(value, left)):
                        continue
                    reason = f"{number(b.anchor)} less {number(a.anchor)} leaves {number(left)}"
                else:
                    continue
                found.append((claim, part.excerpt, reason))
        for part, share, b, said in cuts:
            # "the jobs being cut make up about a fifth of its workforce of 9,000": 1,800 cut,
            # about 7,200 left; an estimate's share, so within ROUNDING of a stored headcount.
            assert b.anchor is not None
            cut_count = (share * b.anchor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            left = b.anchor - cut_count
            for claim in stored:
                value = claim.value
                if value is None or claim.measure_key != f"count:{b.concept}":
                    continue
                if not one_number(self.figure_of(claim)):
                    continue
                if value == b.anchor or abs(left - value) > value * ROUNDING:
                    continue
                shown = f"{said} of {number(b.anchor)} is {number(cut_count)}"
                reason = f"{shown}; {number(b.anchor)} less that leaves {number(left)}"
                found.append((claim, part.excerpt, reason))
        return found

    # The words that join two parts of one total: "162 in one group and 8 in the other", "162
    # versus 8". Not "of those" (a part of the part before: "ten were severe, nine of those").
    PARTS_JOINED = re.compile(r"\b(?:and|versus|vs\.?|against|while|whereas)\b", re.IGNORECASE)
    PART_OF_PART = re.compile(r"\b(?:of|among)\s+(?:those|them|these|whom|which)\b", re.IGNORECASE)

    def _parts_of_a_stated_total(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, tuple[int, int], str]]:
        """Stored totals that two parts of the same measure add up to, exactly, when the article
        states the total right before them: "There were 96 faults. Of those, 90 were in the
        north and 6 in the south" (or "96 faults, with 90 in the north and 6 in the south"). The
        total is the article's figure in the parts' sentence before them, or the last of its
        measure in the sentence before, merged into a stored claim of another article; the
        parts are the only two exact counts of that measure after it in their sentence, joined
        by "and", "versus" and the like, neither a change nor a baseline. Adding them up checks
        that claim. No query. (claim, the parts' sentence span, reason)."""
        text, found = self.source.text, []
        for i, total in enumerate(prepared):
            whole = total.figure
            claim = total.claim
            if claim is None or not claim.pk or total.best is None or total.best.pk != claim.pk:
                continue  # not a stored claim of another article that this figure repeats
            if not whole.measure_key.startswith("count:") or not whole.concept:
                continue
            if whole.difference or not _exact(whole) or whole.anchor is None:
                continue
            later = [
                o
                for o in prepared[i + 1 :]
                if o.figure.measure_key == whole.measure_key
                and (
                    o.excerpt == total.excerpt
                    or (
                        o.excerpt[0] >= total.excerpt[1]
                        and not text[total.excerpt[1] : o.excerpt[0]].strip(' \t\r\n"”’')
                    )
                )
            ]
            if not later:
                continue
            excerpt = later[0].excerpt
            parts = [o for o in later if o.excerpt == excerpt]
            if excerpt != total.excerpt and any(
                o.figure.measure_key == whole.measure_key
                and o.excerpt == total.excerpt
                and o.candidate.start > total.candidate.start
                for o in prepared
            ):
                continue  # the total is not the last of its measure in its sentence
            if len(parts) != 2:
                continue
            one, other = parts
            a, b = one.figure, other.figure
            if any(f.difference or not _exact(f) or f.anchor is None for f in (a, b)):
                continue
            if any(self._baseline(o) for o in parts):
                continue  # "162, up from 8": a level and the one it is set against
            between = text[one.candidate.end : other.candidate.start]
            if NUMERAL.search(between) or len(between) > 80:
                continue
            if not self.PARTS_JOINED.search(between) or self.PART_OF_PART.search(between):
                continue
            assert a.anchor is not None and b.anchor is not None
            if not (0 < a.anchor < whole.anchor and 0 < b.anchor < whole.anchor):
                continue
            if a.anchor + b.anchor != whole.anchor or self.figure_of(claim).anchor != whole.anchor:
                continue
            reason = f"{number(a.anchor)} and {number(b.anchor)} add up to {number(whole.anchor)}"
            found.append((claim, excerpt, reason))
        return found

    def _shares_cut(self, prepared: list[Prepared]) -> list[tuple[Prepared, Decimal, Figure, str]]:
        """Shares of a whole said to be cut, with the whole's exact number after them in one
        sentence: "the jobs being cut make up about a fifth of its workforce of 9,000" (the cut
        named by a concept whose `whole` is the whole's and that `reduces` it). (the share's
        item, the share as a fraction, the whole, the share as a percentage)."""
        text, lex = self.source.text, lexicon()
        found = []
        for i, part in enumerate(prepared):
            a = part.figure
            scale, _, whole_concept = a.measure_key.partition(":")
            if scale not in ("percent", "fraction") or a.difference or a.anchor is None:
                continue
            if not one_number(a):
                continue  # "more than a fifth": a bound
            words = [
                phrase
                for concept in lex.concepts.values()
                if concept.whole == whole_concept and concept.reduces
                for phrase in (*concept.reduced_by, *concept.nouns)
            ]
            before = text[part.excerpt[0] : part.candidate.start]
            if not words or not any(
                re.search(rf"\b{re.escape(phrase)}\b", before, re.IGNORECASE) for phrase in words
            ):
                continue
            share = a.anchor / 100 if scale == "percent" else a.anchor
            if not 0 < share < 1:
                continue
            for whole in prepared[i + 1 :]:
                b = whole.figure
                if whole.excerpt != part.excerpt or b.concept != whole_concept:
                    continue
                if b.difference or not _exact(b) or b.anchor is None or not precise(b.anchor):
                    break
                between = text[part.candidate.end : whole.candidate.start]
                if WHOLE_AFTER_PART.fullmatch(between) and not self._baseline(whole):
                    found.append((part, share, b, f"{number(share * 100)}%"))
                break
        return found

    def _of_story(self, claim: Claim, new: Figure, old: Figure, story: set[int]) -> bool:
        """Whether a sum or difference of this document's figures may be checked against
        `claim`: one of this story (`_in_story`, `self.story`), or whose sentence shares words
        with the figure's. A sum that only equals another event's count ("2,505 less 200" of a
        quake's toll against 2,293 overdose deaths) is chance."""
        return (
            claim.pk in story
            or bool(self.story.get(claim.pk))
            or words_shared(new, old) >= RELATED_WORDS
        )

    def _worded_stances(
        self, prepared: list[Prepared]
    ) -> list[tuple[Claim, str, str, str, tuple[int, int]]]:
        """Sentences with stance words and no number that name what a stored claim this
        document mentions measures ("Barcelona confirmed that his release clause had been
        paid", "discrepancies on the magnitude"): (claim, stance, word, noun, sentence span)."""
        lex = lexicon()
        mentioned: dict[str, list[Claim]] = {}
        for item in prepared:
            claim = item.claim
            if claim is not None and item.best is not None and claim.pk == item.best.pk:
                concept = claim.measure_key.partition(":")[2]
                if lex.concept(concept) is not None and claim not in mentioned.get(concept, []):
                    mentioned.setdefault(concept, []).append(claim)
        if not mentioned:
            return []
        numbered = [item.excerpt for item in prepared]
        text, found = self.source.text, []
        start = 0
        for cut in [*SENTENCE_BREAK.finditer(text), None]:
            end = cut.start() if cut is not None else len(text)
            span, start = (start, end), (cut.end() if cut is not None else end)
            if any(a < span[1] and span[0] < b for a, b in numbered):
                continue  # a sentence with a number: its figures speak for it
            sentence = text[span[0] : span[1]]
            stance = stance_in(sentence, self.words)
            if stance is None:
                continue
            for noun, concept in concepts_named(sentence, lex):
                if stance[0] == "supports" and not _confirmed_object(sentence, stance[1], concept):
                    continue  # "confirmed the names" of "the dead", not their number
                # With no number to tell which, the article's lead figure of that measure, the
                # first it gives: "growth is much weaker than official data suggests" doubts
                # the year's growth the article opens with, not each quarter's it adds.
                for claim in mentioned.get(concept, [])[:1]:
                    found.append((claim, stance[0], stance[1], noun, span))
        return found

    def _unnamed_rivals(self, prepared: list[Prepared]) -> list[Claim]:
        """The stored claims of this story's other articles (where a claim this document repeats
        was reported) that a figure of an unnamed measure may rival, or that name none
        themselves: a figure's measure is then decided by the figure it rivals (`named_alike`).
        One query, only when this document repeats a claim."""
        repeated, sources = self._story_sources(prepared)
        if not repeated:
            return []
        rows = (
            Claim.objects.filter(appearances__source_id__in=sources)
            .exclude(status=ReviewStatus.REJECTED)
            .exclude(pk__in=repeated)
            .distinct()
            .select_related("claimant")
            .only(*FIGURE_FIELDS)
            .order_by("-seen_on", "-pk")[:MAX_CANDIDATES]
        )
        return list(rows)

    @staticmethod
    def _story_claims(sources: Any, own: set[int], *conditions: Q, **fields: Any) -> list[Claim]:
        """The claims of this story's other articles (`sources`, from `_story_sources`) that meet
        the conditions, but for this document's `own` and rejected ones: one query, at most
        MAX_CANDIDATES rows."""
        return list(
            Claim.objects.filter(*conditions, appearances__source_id__in=sources, **fields)
            .exclude(pk__in=own)
            .exclude(status=ReviewStatus.REJECTED)
            .distinct()
            .order_by("pk")[:MAX_CANDIDATES]
        )

    def _claims_of_story(self, prepared: list[Prepared], **fields: Any) -> list[Claim]:
        """`_story_claims` of this story's other articles for this document, but for its own
        claims; none, and no query, when the document repeats no stored claim."""
        repeated, sources = self._story_sources(prepared)
        if not repeated:
            return []
        own = {item.claim.pk for item in prepared if item.claim is not None}
        return self._story_claims(sources, own, **fields)

    def _story_sources(self, prepared: list[Prepared], hops: int = 1) -> tuple[set[int], Any]:
        """The stored claims this document repeats (or may repeat), and, as a subquery, the
        other sources that reported them: this story's other articles. With `hops=2`, also the
        sources that share a claim with those (an article that repeats none of this document's
        figures, but one of a story article's). No query of its own."""
        repeated = {item.best.pk for item in prepared if item.best is not None and item.best.pk}
        sources = (
            Appearance.objects.filter(claim_id__in=repeated)
            .exclude(source_id=self.source.pk)  # unsaved when the benchmark times lookups
            .values("source_id")
        )
        if hops > 1:
            shared = Appearance.objects.filter(source_id__in=sources).values("claim_id")
            sources = (
                Appearance.objects.filter(claim_id__in=shared)
                .exclude(source_id=self.source.pk)
                .values("source_id")
            )
        return repeated, sources

    def _in_story(self, prepared: list[Prepared]) -> set[int]:
        """The candidate claims of the same story: reported in a source where a claim this
        document repeats (or may repeat) was reported. A figure there bears on them even when
        the sentences share few words ("a 6.5 magnitude earthquake" against "the magnitude-6.1
        quake struck"). One query."""
        repeated, sources = self._story_sources(prepared)
        candidates = {claim.pk for item in prepared for claim in item.known}
        if not repeated or not candidates:
            return set()
        return set(
            Appearance.objects.filter(claim_id__in=candidates, source_id__in=sources)
            .values_list("claim_id", flat=True)
            .distinct()
        )


# The whole a part is counted of, right before its number: "17 of the region's 42 seats",
# "33 out of 34 possible seats". A size, held by nobody, no rival of a party's count.
PART_OF_WHOLE = re.compile(
    r"(?<![\w.,])\d[\d,.]*\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all|"
    r"[A-ZÀ-Þ][\w.-]*(?:['’]s?))\s+){0,2}(?:possible\s+)?$"
)
# The words between a part and the whole it is of: "1,200 jobs from its 9,000 staff", "17 of
# the region's 42 seats", "300 out of a workforce of 2,000"; no number, no change ("down from").
WHOLE_AFTER_PART = re.compile(
    r"[^\d]{0,30}?\b(?:from|of|out\s+of)\s+(?:(?:its|their|his|her|the|a|an|"
    r"[A-ZÀ-Þ][\w.-]*(?:['’]s?)|total|global|entire|whole|workforce|staff)\s+){0,3}(?:of\s+)?"
)
# "from" right before the earlier level of "from X to Y"; the words between the two, asides in
# parentheses left out ("from €12.3 billion ($13 billion) last year to €6.5 billion").
FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"[^\d;:]{0,30}?\bto\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
PARENTHESES = re.compile(r"\s*\([^()]{0,40}\)")
# A count given as of an hour with no clock time ("the results as of midnight"): a count cut
# off then, while counting goes on (`scope_near` reads clock times: "by 11 a.m.").
# Words by which a sentence recalls another time than its article's event: "the deadliest
# since ...", "a quake two years ago", "last week", "in 1987".
RECALLED = re.compile(
    r"\b(?:since|ago|earlier|previous|prior|former|last\s+(?:week|month|year)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
AS_OF_HOUR = re.compile(r"\bas\s+of\s+(midnight|noon|midday)\b", re.IGNORECASE)


# "would" after a verb of saying and its subject: reported speech's "will" ("Northwind said it
# would buy Harlow Foods for $2.1 billion", "announced that it would acquire"), a plan stated,
# not a possibility ("the deal could be worth", "it would cost up to").
REPORTED_WILL = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|stated|told\s+\w+)\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:that\s+)?"
    r"(?:it|they|he|she|we|(?:the\s+)?[A-ZÀ-Þ][\w.&-]*(?:\s+[A-ZÀ-Þ][\w.&-]*){0,2})\s+would\b"
)


# A subject that only refers back: "The party won", "It held", "The company cut".
ANAPHOR = re.compile(
    r"\s*(?:The\s+(?:party|company|government|group|firm|bank)|It|They)\b(?!\s+(?:is|was)\s+"
    r"(?:not\s+)?(?:clear|likely|expected|thought|said|reported)\b)"
)
# The name a sentence opens on, past an opening adverb: "Meanwhile, the Greens won".
OPENING_NAME = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Tt]he\s+)?((?:[A-ZÀ-Þ][\w.-]*\s+){0,2}[A-ZÀ-Þ][\w.-]*?)"
    r"(?:['’]s?)?\s+[a-z]"
)


def _antecedent(text: str, start: int) -> frozenset[str]:
    """The holder a sentence starting at `start` refers back to when its subject is "the party"
    or "it" (`ANAPHOR`): the name the sentence before it opens on, in `holder_of`'s forms;
    empty for any other subject, or a sentence before that opens on no name."""
    if not ANAPHOR.match(text[start : start + 60]):
        return frozenset()
    before = SENTENCE_BREAK.split(text[max(0, start - 400) : start].rstrip())
    opening = OPENING_NAME.match(before[-1]) if before else None
    if opening is None or opening[1] in ("The", "It", "They", "But", "And"):
        return frozenset()
    return holder_of(f"{opening[1]} won ", "")


# The words between a level and the one it is set against: "0.75C above the average, much
# higher than the 0.57C in 2014"; and the year that other level is of, right after it.
THAN_BEFORE = re.compile(
    r"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,100}?\b(?:(higher|more|greater|warmer|lower|less|cooler|"
    r"colder)\s+than|(above|below))\s+(?:the\s+|its\s+)?(?:record\s+(?:of\s+)?)?"
)
YEAR_AFTER = re.compile(r"\s*(?:in|of|for|set\s+in)\s+((?:19|20)\d\d)\b")


# Words that call a count new, an addition to a total: "Five additional victims", "three more
# bodies", "two new cases"; after the number, or "another" before it ("another five").
INCREMENT = re.compile(r"[\w.,-]+\s+(?:additional|more|new|further)\b", re.IGNORECASE)
INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.IGNORECASE)
# A sentence that opens by adding to the one before: "Another was found in a car.", "Another two
# were pulled from the river." (`number`); `rest` is the sentence past it.
ANOTHER = re.compile(
    r"\s*Another(?:\s+(?P<number>one|two|three|four|five|six|seven|eight|nine|ten))?"
    r"(?P<rest>\s+(?:was|were|has|had|is|are|died|body|victim|person)\b[^.!?\n]*[.!?])",
)
ANOTHER_COUNTS = {
    word: Decimal(n)
    for n, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=1
    )
}


def _plain(value: Decimal) -> str:
    """A number as written, to its last stated digit: "0.18", "1,175.21"."""
    return f"{value.normalize():,f}"


def _of_changes(concept: str) -> bool:
    """Whether a measure is itself a change: a concept of the lexicon that `changes` another
    (seats won or lost), a temperature against a baseline (`TEMPERATURE_CHANGE`)."""
    if concept == TEMPERATURE_CHANGE:
        return True
    found = lexicon().concept(concept)
    return found is not None and bool(found.changes)


def _writes(statement: str, numeral: str, negative: bool) -> bool:
    """Whether the statement writes the number `numeral` ("0.8" in "to 0.8%"), with the sign
    it has: "-0.5%" and "minus 0.5%" write no 0.5."""
    for found in re.finditer(rf"(?<![\d.,]){re.escape(numeral)}(?![.,]?\d)", statement):
        signed = re.search(r"(?:[-−–]|\bminus\s+|\bnegative\s+)$", statement[: found.start()])
        if bool(signed) == negative:
            return True
    return False


def _as_planned(f: Figure, sentence: str) -> Figure:
    """`f` without "would" among its words when every "would" of its sentence is reported
    speech's "will" (`REPORTED_WILL`): then the figure is the stated plan's, not a possibility,
    and two accounts of one plan that cannot both hold are rivals."""
    if "would" not in f.words:
        return f
    if len(REPORTED_WILL.findall(sentence)) != len(re.findall(r"\bwould\b", sentence, re.I)):
        return f
    return replace(f, words=f.words - {"would"})


# A statement that is a number then a name, a line of a results list ("32 Greens").
LISTED = re.compile(r"^\s*[\d.,]+(?=\s+[A-ZÀ-Þ])")


def _listed_holder(statement: str) -> frozenset[str]:
    """The holder of a statement that is a line of a results list ("32 Greens"): the name after
    the number, which the stored wording ("32 Greens") leaves out of the words around it."""
    if not LISTED.match(statement):
        return frozenset()
    return holder_of("", LISTED.sub("", statement))


# A name right after a preposition of place, then "at" and the number ("trading on the exchange
# in Tarnby at 14 crowns", "closed in New York at $14"): where the figure stands, not who holds
# it.
PLACE_AT = re.compile(
    r"\b(?:in|on|across)\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w.-]*\s+){1,3}at\s+"
    r"(?:(?:about|around|nearly|almost|some|just|only|roughly)\s+)*\W*$"
)


# The level a change ends at, right before its number: "the Reds lost 15 seats to end up with
# 24", "gaining three to finish on 40", "leaving them with 12". Its holder is the change's.
ENDS_WITH = re.compile(
    r"(?P<change>[\d.,]+(?:\s+[a-z]+)?)(?:,\s*|\s+)(?:to\s+(?:end\s+up\s+with|end\s+with|finish\s+"
    r"(?:with|on)|be\s+left\s+with)|leaving\s+(?:it|them|him|her)\s+with)\s+"
    r"(?:(?:about|around|nearly|almost|some|just|only|roughly)\s+)*\W*$",
    re.IGNORECASE,
)


# A holder named before a relative pronoun and a verb of holding: "in favour of the Greens,
# who won 12 seats", "the Reds, which took 40": the name the clause is said of holds the count.
RELATIVE_HOLDER = re.compile(
    r"(?<![\w’'])((?:[A-ZÀ-Þ][\w.-]*\s+){0,2}[A-ZÀ-Þ][\w.-]*?)(?:['’]s?)?(\s+[Pp]arty)?"
    r"\s*,?\s+(?:who|which|that)\s+(?:(?:has|have|had|also|then)\s+)*" + _HOLDING
)


def _holder_here(before: str, after: str) -> frozenset[str]:
    """`holder_of`, but no holder for a place the number is given at (`PLACE_AT`), for the
    level a change ends at (`ENDS_WITH`) the change's subject (`subject_of_change`), and for a
    relative clause (`RELATIVE_HOLDER`) the name it is said of."""
    if PLACE_AT.search(before[-70:]):
        return frozenset()
    relative = RELATIVE_HOLDER.search(before[-80:])
    if relative:
        return holder_of(f"{relative[1]}{relative[2] or ''} won ", "")
    ends = ENDS_WITH.search(before[-90:])
    if ends:
        cut = before[: len(before) - len(before[-90:]) + ends.start("change")]
        subject = subject_of_change(cut)
        if subject:
            return frozenset(subject.split("|"))
    return holder_of(before, after)


# A level something is to be brought to by a later year: a verb of change, a few words, "to" and
# the number ("reduce headcount to 74,000 employees by 2022", "cut its workforce to about 74,000
# by 2022", "raise output to 12 million barrels a day by 2030").
AIMED_BEFORE = re.compile(
    r"\b(?:reduc\w*|cut\w*|shrink\w*|lower\w*|bring\w*|brought|fall\w*|drop\w*|rais\w*"
    r"|increas\w*|grow\w*|boost\w*|expand\w*|trim\w*|slash\w*|lift\w*)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|just|under"
    r"|below|over|fewer\s+than|more\s+than|less\s+than)\s+)*\W*$",
    re.IGNORECASE,
)
# ... and after the number, the year it is to be reached by ("by 2022", "by the end of 2030").
AIMED_AFTER = re.compile(
    r"^\S*(?:\s+[a-z]+){0,3}?\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)


def aimed_level(before: str, after: str) -> bool:
    """Whether the number with `before` and `after` around it is a level to be reached by a
    given year (`AIMED_BEFORE`, `AIMED_AFTER`): a target, no count of the present. A cut's size
    ("cut 18,000 jobs by 2022") is no level, and only a level given with "to" is."""
    return bool(AIMED_BEFORE.search(before[-80:]) and AIMED_AFTER.match(after))


# Words before a number that make its quake another than the main one: "a second earthquake on
# Sunday, measuring magnitude 6.7", "another strong quake of 5.9", "an aftershock of 6.1".
ANOTHER_SHOCK_BEFORE = re.compile(
    r"\b(?:aftershocks?|(?:a|the|another)\s+(?:second|third|fourth|fresh|new|separate|later"
    r"|further)\s+(?:(?:strong|powerful|major|big|large|deadly|smaller|minor)\s+)?"
    r"(?:earthquake|quake|tremor|temblor|shock)s?|another\s+(?:(?:strong|powerful|major|big"
    r"|large|deadly|smaller|minor)\s+)?(?:earthquake|quake|tremor|temblor|shock))\b",
    re.IGNORECASE,
)
# ... or after it: "a 6.7 aftershock", "a magnitude-6.1 aftershock".
ANOTHER_SHOCK_AFTER = re.compile(r"^\S*\s*(?:-?magnitude\s+)?aftershocks?\b", re.IGNORECASE)


def another_shock(before: str, after: str) -> bool:
    """Whether the number with `before` and `after` around it is said of an aftershock or a
    later quake (`ANOTHER_SHOCK_BEFORE` in its own clause, `ANOTHER_SHOCK_AFTER`), not of the
    main one: its magnitude, depth or toll is no rival of the main shock's."""
    clause = re.split(r"[.!?;]\s", before)[-1]
    for found in ANOTHER_SHOCK_BEFORE.finditer(clause):
        # The later quake the number is said of, not one it is set after ("aftershocks continued
        # following a 7.9 magnitude quake").
        rest = clause[found.end() :]
        if len(rest.split()) <= SHOCK_WORDS and not OTHER_THAN_SHOCK.search(rest):
            return True
    return bool(ANOTHER_SHOCK_AFTER.match(after))


# The most words between the later quake's name and its number ("a second earthquake on Sunday
# afternoon, measuring magnitude 6.7"), and words between them that set the number apart from
# it: "aftershocks continued following a 7.9 magnitude quake".
SHOCK_WORDS = 8
OTHER_THAN_SHOCK = re.compile(r"\b(?:follow\w*|after|than|before|since|and|or)\b", re.IGNORECASE)
