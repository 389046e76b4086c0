"""Numbers worth checking: counts, percentages, money, measures, durations and ages, ranges,
parts of a whole, fractions and multiples, scores and ranks, with bounds, a kind and a change.

Decisions an editor should know:
- Every quantity has a `kind` (units.KINDS): count, percent, money (the unit is the ISO code:
  "$", "US$", "A$", "HK$", "RM", "Rs", "€", "£", "¥", "USD10m", "2 million dollars", "19 cents"),
  measure ("256GB", "2,000km", "2.4-liter", "185-hp", "km/h", "magnitude 7.6"), duration ("in 15
  years"), age ("a 50-year-old man", "Maria Lopez, 45,", "aged 70 or older"), rank
  ("fourth-place", "the six seed"), score ("won 3-2", "a 7 to 2 majority"), ratio ("a third",
  "twice as many", "nine in 10", "3 per 1,000 people") or other (index points).
- A change: `change` is "up" or "down" when the number belongs to a movement ("rose 2.8%", "fell
  19 cents", "up from 5%", "-1.3%", "a 20% drop", "leads by 11 points", "1.5°C above
  pre-industrial levels", "doubled"); `difference` says whether the number is the size of the
  change (2.8) or a level (the 6,327.80 that "gained 0.7 percent to 6,327.80" ends on; the 5% of
  "up from 5%"). A signed number keeps its sign. "from X to Y" after a change verb is two levels,
  not a range. A count or an amount after a verb that takes an object ("lost 12 tanks", "raised
  $38 million") is not a change unless its share or end level follows ("lost $1.85, or 2.6%").
- Dates, years, "9/11", ISO dates, clock times ("0830 UTC"), ordinals, decades, phone numbers,
  street addresses ("575 Wilbraham Road") and model names ("Mi-24V", "Mi-35", "iPhone 11",
  "A320", "5G", "Standard & Poor's 500") are not quantities. "$2000" is money, "2000 soldiers" a
  count, "in 2000" a year.
- Number words are taken from "two" up ("Twenty-two soldiers", "two of Johnson's deputies",
  "eight other employees"); a lone "one" is not ("one instance", "one of them") unless scaled or
  with a unit ("one percent").
- A bare number with no counted noun or unit is kept when it carries a qualifier, a range, a
  total or a change, is written as an amount ("a crowd of 36,528", "7 981 822"), or is an item
  of a list or the subject of what happened ("132, 81 and 79 seats", "515 were injured"), or
  follows a name in a list that leaves out verb and unit ("318 seats, Labour 261 and the SNP
  35", which also keeps "Labour 40%" from reading as "Flight 17"); it then takes the noun of
  its list (and the list's measure), of "the number of cases" in its sentence, or of a
  parallel count.
  Otherwise it is usually an identifier and is skipped.
- Part of a whole: "250 of Afghanistan's 398 districts" is one quantity, value 250, total 398;
  "half of the 421 districts" is the fraction 0.5 with total 421; "60 of them" takes the count
  before it as its whole.
- Vague counts keep a conservative inclusive lower bound: dozens >= 24, scores >= 40,
  hundreds >= 200, thousands >= 2,000, millions >= 2,000,000 ("hundreds of thousands" >= 200,000).
- Qualified numbers carry no point value: "at least 85" has lower 85, value None.
  "about"/"around"/"nearly" keep the number as value with no bounds; "over three years" is during
  three years.
- A number too large to be real (10^18 or more) is kept, with confidence 0.1 and a warning, so
  that ingest can refuse it. A text denser with numbers than prose ever is (MAX_NUMBERS_BASE +
  1 per MAX_NUMBERS_PER_CHARS characters) is read up to that bound, with a warning.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from .lexicon import (
    CHANGE_ADVERBS,
    CHANGE_AFTER,
    CHANGE_DOWN,
    CHANGE_FILLERS,
    CHANGE_NOUNS,
    CHANGE_TRANSITIVE,
    CHANGE_UP,
    CROSSED_LINES,
    LEAD_VERBS,
    LEVEL_VERBS,
    LIGHT_HEADS,
    MONTHS,
    NOUN_PREMODIFIERS,
    NOUN_STOP,
    QUALIFIERS,
    TENS,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
    words,
)
from .text import DATE_RE, WORD_RE, is_capitalised, resolve_date, starts_with_one_of
from .units import (
    AMBIGUOUS_CURRENCY_WORDS,
    CURRENCY_ADJECTIVES,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOUBLE_NEXT,
    DOUBLE_WORDS,
    FOLD_WORDS,
    FRACTION_WORDS,
    GLUED_ONLY,
    GLUED_ONLY_PREFIXES,
    GLUED_SCALES,
    MEASURES,
    MULTIPLE_DOWN,
    MULTIPLE_NEXT,
    MULTIPLE_VERBS,
    MULTIPLE_WORDS,
    ORDINAL_WORDS,
    PERCENT_UNITS,
    PLACE_WORDS,
    POINT_UNITS,
    RATE_NOUNS,
    SCALE_WORDS,
    STREAK_WORDS,
    TIME_UNITS,
    VULGAR_FRACTIONS,
    Unit,
    UnitTable,
    known_unit,
    singular,
)

_NUMBER_WORDS = sorted(
    [
        *UNITS,
        *TENS,
        *words("hundred thousand million billion trillion dozen"),
        *VAGUE_COUNTS,
        *FRACTION_WORDS,
        *MULTIPLE_WORDS,
        *MULTIPLE_VERBS,
        *FOLD_WORDS,
        *DOUBLE_WORDS,
        "halfway",
    ],
    key=len,
    reverse=True,
)


def trie_pattern(alternatives: list[str]) -> str:
    """A regex alternation of words factored into a trie ("t(?:wo|hree|en)"): the engine then
    tries each letter once instead of every word in turn (several times faster on long lists)."""
    trie: dict[str, dict] = {}
    for word in alternatives:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# Units of time a bare "a"/"an" counts one of after a qualifier ("about a minute", "nearly a
# decade", "more than an hour"); "a day" or "a year" without one is a rate or a date ("once a
# year", "a year ago") and stays unread.
_ONE_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")

# Anchors: digit runs (thousands separators and decimals; each repetition starts with a separator,
# so no backtracking blow-up), vulgar fractions, number words, and ordinals that count a streak
# ("third consecutive"). _NUMBER_WORD_RE is the words part, for lowercase text.
_NUMBER_WORD_RE = (
    r"\b"
    + starts_with_one_of([w.lower() for w in [*_NUMBER_WORDS, *ORDINAL_WORDS]])
    + "(?:"
    + trie_pattern([w.lower() for w in _NUMBER_WORDS])
    + "|(?:"
    + trie_pattern(list(ORDINAL_WORDS))
    + r")(?=[ -](?:"
    + "|".join(sorted(STREAK_WORDS | PLACE_WORDS))
    + r")\b)"
    + r")\b"
    # "about a minute", "nearly a decade": one unit of time after a qualifier (see _one_unit)
    + r"|\ban? (?=(?:"
    + "|".join(_ONE_TIME_UNITS)
    + r")\b)"
)
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*|[" + "".join(VULGAR_FRACTIONS) + "]")
ANCHOR_RE = re.compile(_DIGITS_RE.pattern + "|(?i:" + _NUMBER_WORD_RE + ")")
# The same anchors in two passes, the words on lowercased text: Python's regex engine tries every
# branch of an alternation at every position, and matches case-insensitively about three times
# slower, so digits alone, then the words case-sensitively on lowercased text, is about twice as
# fast on news as ANCHOR_RE (measured on PolNeAR's train texts).
_WORDS_RE = re.compile(_NUMBER_WORD_RE)


class DateIndex:
    """The dates a text states, found once, so that each quantity's as-of is a bisect rather
    than a regex pass over its sentence (a text of dense numbers has thousands of them). Gives
    what text.first_date gives for a span."""

    def __init__(self, text: str, start: int, published_on: datetime.date | None) -> None:
        self.found = list(DATE_RE.finditer(text, start))
        self.starts = [m.start() for m in self.found]
        self.start = start
        self.published_on = published_on

    def first(self, start: int, end: int) -> datetime.date | None:
        i = bisect.bisect_left(self.starts, max(start, self.start))
        while i < len(self.starts) and self.starts[i] < end:
            if self.found[i].end() <= end:
                date = resolve_date(self.found[i], self.published_on)
                if date:
                    return date
            i += 1
        return None


class Anchors:
    """Where numbers may start, in order (what ANCHOR_RE matches), searched lazily so that a
    skip over a long run ("1-2-3-4-…", a phone number) costs one search, not one per digit."""

    def __init__(self, text: str) -> None:
        low = text.lower()
        if len(low) == len(text):
            self.sources = [(_DIGITS_RE, text), (_WORDS_RE, low)]
        else:  # a few characters lowercase to two ("İ"): offsets would shift
            self.sources = [(ANCHOR_RE, text)]
        self.nexts = [pattern.search(source) for pattern, source in self.sources]

    def next(self, resume: int) -> re.Match[str] | None:
        """The first anchor at or after `resume`."""
        best = None
        for k, found in enumerate(self.nexts):
            if found is not None and found.start() < resume:
                pattern, source = self.sources[k]
                found = self.nexts[k] = pattern.search(source, resume)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best


_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# A point opening a number after a space or a bracket (".29 degrees"); a sentence's full stop
# has no space after it before a digit ("…in 2015.29 of them" is no text news prints).
# the denominators of the fraction in a mixed number: "9 1/2", "4 3/8", "2 1/16"
_MIXED_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
# "zero to ¼ percent", "between zero and 2 percent": a range from nothing, its first bound in a
# word the scanner does not read as a number ("from zero to 60" stays a change or a pace)
_ZERO_TO_RE = re.compile(
    r"(?i)(?<![\w-])(?<!from )(?:between\s+zero\s+and\s+|zero\s+to\s+|zero\s*[–—]\s*)$"
)
_BARE_DECIMAL_RE = re.compile(r"(?:^|(?<=[\s(\[]))\.\d")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
_GAPPED_TOKEN_RE = re.compile(r"(\s*)(" + _TOKEN_RE.pattern + ")")
_WORD_AT_RE = re.compile(r"[^\W\d_]+")
_LAST_WORD_RE = re.compile(r"[^\W\d_]+$")
# Qualifier wordings by their last word, longest first ("at least", "no fewer than").
_QUALIFIERS_BY_LAST: dict[str, list[str]] = {}
for _wording in sorted(QUALIFIERS, key=len, reverse=True):
    _QUALIFIERS_BY_LAST.setdefault(_wording.rsplit(" ", 1)[-1], []).append(_wording)


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier wording (lowercase) ending right before `start` across spaces and an
    optional closing quote ('"at least" seven'), with the offset where it starts."""
    window = text[max(0, start - 40) : start]
    body = window.rstrip()
    if body == window:
        return None  # the number is glued to the word before it
    body = body.rstrip("\"”’'").lower()
    k = len(body)
    while k > 0 and body[k - 1].isalpha():
        k -= 1
    last = body[k:]
    for wording in _QUALIFIERS_BY_LAST.get(last, ()):
        edge = len(body) - len(wording)
        if body.endswith(wording) and (edge == 0 or not body[edge - 1].isalnum()):
            if edge == 0 and start - len(window) > 0 and text[start - len(window) - 1].isalnum():
                continue  # the window cut a longer word
            return wording, start - len(window) + edge
    return None


# Digit groups chained by hyphens, dots or slashes: phone numbers, serials, "1-2-3-4".
_CHAIN_RE = re.compile(r"\d+(?:[-‑–./]\d+){2,}")
_PHONE_RE = re.compile(r"\(\d{3}\)\s?\d{3}[-‑ ]\d{4}|\d{3}[-‑]\d{4}\b")
_STREET_TYPES = words(
    """
    street st road rd avenue ave boulevard blvd lane ln drive dr way place pl square sq court ct
    terrace parkway pkwy highway hwy circle close crescent
    """
)
_OF_DETERMINERS = words("the its their his her our these those them my your this that")
_MEASURE_STOP = words(
    """
    that which who and but as while since because after before when was were is are has have had
    will would according said says as if than
    """
)
_SENTENCE_START_RE = re.compile(r"(?:[.!?:\n][”\"’')]*\s*|^\s*)$")
# Collective nouns that may stand before another plural ("police officers").
_COLLECTIVES = words("police staff crew militia security military")
# Plurals without an -s: a counted noun phrase ends with them.
_PLURAL_HEADS = words(
    "people personnel police children men women aircraft staff militia cattle livestock sheep crew"
)
_YEAR_WORDS = words("in since by until till from of late early mid the and to fiscal year")
_SCORE_NOUNS = words(
    """
    win victory loss defeat draw tie lead record decision vote verdict margin triumph rout
    shutout aggregate scoreline result count split edge final semifinal game match decider
    majority halftime half-time
    """
)
_SCORE_VERBS = words(
    """
    won win wins beat beats defeated defeat lost lose drew draw tied tie trailed trail led lead
    edged edge routed blanked topped downed thrashed voted vote votes crushed outscored
    """
)
_AGE_BEFORE = words("aged age ages")
_GIVE = words("give gives gave given giving")
# Phrasal verbs with "up" that are no rise: "Christians make up 1 percent", "sign up 5 million".
_UP_NOT_A_RISE = words(
    "make makes made making sign signs signed signing pick picks picked picking sum sums summed"
)
_COMPARATIVES = {
    **dict.fromkeys(words("more greater bigger larger"), "up"),
    **dict.fromkeys(words("less fewer smaller"), "down"),
}
# After a bare number, words that make it a count of people or things ("515 were injured").
_COUNT_VERBS = words(
    """
    killed died dead injured wounded missing hurt arrested detained displaced evacuated rescued
    were are have had who remain remained survived fled perished drowned voted detected
    confirmed reported recorded infected hospitalised hospitalized vaccinated tested registered
    """
)
# Before a bare number, verbs whose object is people: "Quake kills 367", "the blast injured 40".
_CASUALTY_VERBS = words(
    """
    kill kills killed killing injure injures injured injuring wound wounds wounded wounding
    """
)
# Units whose "above"/"below" states a difference from a baseline (temperature anomalies).
_ANOMALY_UNITS = frozenset({"°C", "°F", "degree"})
_RATE_WORDS = words("rate rates yield yields")
_RATE_REACH = 120  # characters: a verb moving a rate with a long name ("the rate it pays on …")
_INDEX_WORDS = words("index indices dow ftse nasdaq nikkei dax cac sensex stocks shares market")
_LEAD_WORDS = words(
    """
    lead leads led leading ahead trail trails trailed trailing behind margin advantage edge
    deficit gap difference
    """
)
# "400,000-plus jobs", "400,000 plus": more than.
_PLUS = "plus"
_DASHES = frozenset("-–—‑")
# Before "up to", what makes it the level a figure moved to ("the toll is now up to 63",
# "inching up to 40 percent") rather than a ceiling ("up to 500 people").
_RUNNING_FIGURES = words("toll tally total count number figure")
_UP_TO_FILLERS = words("now is was are were has have had been already also since then")
_MOTION_VERBS = words(
    """
    inch inches inched inching tick ticks ticked ticking edge edges edged edging creep creeps
    crept creeping move moves moved moving go goes went gone going
    """
)
_MODALS = words("could may might will would can should must to")
# After "rose by X", "to Y" is the level reached rather than a range's end when Y is more than
# this many times X: a range's ends are of one size ("by 10 to 15 percent").
_STEP_TO_LEVEL = 5
# "the 1,000 mark": a number named as a point on a scale, not a count of marks.
# What a party holds as a tally, so that gaining or losing some moves it (not "lost 12 tanks")
_HELD_COUNTS = words("seat seats councillor councillors mandate mandates")
_WRAPPED_LINE = 45  # characters: a line this long, broken mid-sentence, is wrapped copy
_RATE_MODIFIERS = words("basic average")  # "per basic share"; "-ed" words too ("diluted")
_LANDMARKS = words("mark milestone threshold barrier figure")
# "three times a week": after "times a", a period makes a frequency, anything else a multiple.
# Between a quantity and the same amount in other units: "3 metres (9.8 feet)", "3 metres/9.8
# feet", "3 metres, or 9.8 feet".
_CONVERSION_GAP_RE = re.compile(r"\s*(?:\(|/|,\s*or\s)\s*")
# A period said past an amount (see QuantityScanner._period_past): after what it is of ("of
# crude oil"), then "a day", "per year", "each week" or "daily".
_PERIOD_PAST_RE = re.compile(
    r"(\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:"
    r"(?:a|an|per|each)\s+(day|week|month|year|hour)\b(?![-‑])(?!\s+(?:ago|later|earlier)\b)"
    r"|(daily|weekly|monthly|yearly|annually|hourly)\b(?![-‑])"
    r"(?=\s*(?:[^\w\s]|$|(?:" + "|".join(sorted(NOUN_STOP)) + r")\b)))",
    re.IGNORECASE,
)
_ADVERB_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_ADVERB_PERIODS |= {"annually": "year", "hourly": "hour"}
_BRACKET_REACH = 100  # characters: a conversion in brackets is short
# Brackets right after an amount that hold its conversion ("(441 tons)", "(about €40)").
_BRACKET_AFTER_RE = re.compile(
    r"\s*\((?=[^()\n]{0,20}\d)(?![^()\n]*(?:%|per\s?cent))[^()\n]{1,100}\)", re.IGNORECASE
)
_CLOSE_AT_RE = re.compile(r"\)")
# A side's standing in a tally: "are on", "is now on", "stood on", "finished on".
_STANDING_ON_RE = re.compile(
    r"\b(?:is|are|was|were|stands?|stood|sits?|sat|finished|ended)\s+(?:now\s+|currently\s+"
    r"|still\s+)?on\s+$",
    re.IGNORECASE,
)
_STANDING_REACH = 400  # characters: the parallel standing is a sentence or two before
_PERIODS = words(
    """
    day week month year night hour minute second season decade century fortnight weekend
    quarter game match session semester term lifetime
    """
)
# "seven more" standing alone: not "seven more than", "seven more people"
_MORE_AFTER_RE = re.compile(r"[ \t]+more\b(?![ \t]+(?:than|[a-z]+s\b))")
_NOT_ONE_COUNTS = words("way thing time point another reason more less")  # "only one way"
# The wholes a share is told in: "nine in 10", "one in five", "four in 100".
_SHARE_SIZES = (3, 4, 5, 10, 20, 100, 1000)
_ONE_IN_SIZES = range(3, 13)  # "one in seven", "1 in 8": one in any small whole is a share
_NOT_A_HALF = ("first", "second", "other", "and a", "-")  # "the second half", "two and a half"
_POST_QUALIFIERS = {
    **dict.fromkeys(words("more older above higher greater over up later longer"), "lower"),
    **dict.fromkeys(words("fewer less younger below under lower shorter"), "upper"),
}
_SPACED_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)(?!\d)")
_RATIO_RE = re.compile(r":(\d)(?!\d)")
# "723, 632": thousands grouped by a comma typed with a space after it. Read as one number only
# where two numbers could not be meant: not in a list ("101, 102, 103", "12, 200 and 300"), not
# after a month ("June 5, 200 people") or a digit and comma, and not a part of a whole named
# before it ("of the 17, 120 were").
_COMMA_SPACED_RE = re.compile(
    r"[1-9]\d{0,2}, \d{3}(?![\d,.]?\d)(?!\s*(?:,|and\b|or\b|to\b|[-–—])\s*\d)"
)
# Words before a small number that make it a time, an age, a day or a label ("at 10, 300
# people", "aged 9, 120 pupils", "page 12, 400 readers"), or a part of a whole ("of the 17").
_NOT_BEFORE_COMMA_SPACED = words(
    "the at by until till before after since from in on aged age page no nos number section"
    " article chapter rule"
)
_COMMA_SPACED_BEFORE_RE = re.compile(r"(?:\d,?\s*|\bthe\s+|[A-Za-z]+\.?\s+)$")
_COUNTED_SUBJECT_RE = re.compile(
    r"\b(?i:number|total|tally|count) of (?:[\w-]+ ){0,3}?(?P<noun>[a-z]+s)\b"
    r"|\b(?P<toll>death|casualty)\s+(?i:toll)\b"
    # "the toll rose to 312", "officials put the toll at 312": a toll alone counts the dead
    # "its seat tally rose from 206 to 227", "the medal count": the noun before the tally
    r"|\b(?P<tallied>seat|medal|vote|goal|point|case|run|try)\s+(?:tally|count|total)\b"
    r"|\bthe\s+toll\b(?!\s+(?:road|booth|plaza|gate|bridge|lane|fee|charge|operator))",
    re.IGNORECASE,
)
# "Of the deaths, 412 were in the north", "Of those 90 patients, 12 …": a clause opened by a
# partitive names what the bare count right after its comma counts.
_PARTITIVE_OPENER_RE = re.compile(
    r"\b(?i:of)\s+(?i:the|those|these|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s)\s*,\s*$"
)
# "…, Labour 261 and the SNP 35", "…, the Lib Dems 7%", "… and Greens on one": a name (one to
# four capitalised words) opening the next item of a list whose verb and unit are left out.
_GAPPED_NAME_RE = re.compile(r"(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}(?:on\s+)?$")
# …and what may follow such an item: the end of the clause, the next name and number, or "with"
# and the rest of the tally ("Yes on 41 with 14 per cent undecided")
_GAPPED_NEXT_RE = re.compile(
    r"(?:%|\s*per\s?cent|\s*percent)?(?:\s*[,;)]|\.(?!\d)|\s*$|\s+with\s+\d|\s+(?:and|or)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+){1,4}(?:on\s+)?(?:\d|[a-z]+\b))"
)
_SCALED_MONEY_RE = re.compile(r"[$€£¥]\s?\d[\d.,]*(?:bn|mn|m|b|k|tn)\b")
_SHORT_OF = words("short shy")
_MINUS_RE = re.compile(r"(?<![\w-])[Mm]inus $")
# a change in percent ("minus 33 percent"); "minus 5 degrees" may be a level, and stays as it was
_PERCENT_AFTER_RE = re.compile(r"(?:\.\d+)?\s*(?:%|per\s?cent\b|pc\b)", re.IGNORECASE)
# "72,000 last year", "5,000 this week": a word that dates a period; the period after it says
# when, not what was counted
_DATING_WORDS = words("last next this")
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’')]*\s")
# a line of a table written as text: capitalised cells, commas, a number at the end
_TABLE_CELLS_RE = re.compile(r"(?:[A-Z][^,\n\d]{0,40},\s*){1,4}")
_TABLE_ROW_RE = re.compile(r"(?:[A-Z][^,\n\d]{0,40},\s*){1,4}\d[\d,.]*\s*")
_TABLE_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
# A table's columns named with their unit ("Decline in Points Decline in Percent", "Change
# (%)"), one after the other; the rows under them give their last figures in those units.
_UNIT_COLUMN = r"[A-Z][a-z]+ (?:in ([A-Z][a-z]*(?: [Cc]ent)?)|\(([^()\s]{1,6})\))"
_UNIT_COLUMNS_RE = re.compile(r"(?:\b" + _UNIT_COLUMN + r"[ \t]*)+")
_UNIT_COLUMN_RE = re.compile(_UNIT_COLUMN)
# a cell after a figure in a row: another figure, signed or not
_NEXT_CELL_RE = re.compile(r"[ \t]+[-+−]?\d[\d,.]*(?=[ \t]|$|\n)")
# a word written in lowercase: running text, not a table's rows
_LOWER_WORD_RE = re.compile(r"(?<![\w.])[a-z]")
# "… in the following order of party, leader and seats.": the columns, the last one counted
_COLUMNS_RE = re.compile(r",\s*[a-z]+,?\s+and\s+([a-z]+s)[.:]\s*$")
# "Labour would get 266, the Lib Dems 14": the next item of a list of names and bare numbers
_LIST_NEXT_RE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}(?:on\s+)?\d")
_MARGIN_OF_RE = re.compile(r"\b(?i:majority|margin|lead) of\s+$")
# "we are using the number of 515", "a total of 515", "a figure of 58": a count named by the
# word for a count itself (the noun comes from the sentence, else stays unknown)
_TALLY_OF_RE = re.compile(r"\b(?i:the|a|an)\s+(?i:number|total|tally|count|figure) of\s+$")
_CLAUSE_END_RE = re.compile(r"[.;!?](?=\s|$)|\n")
# Common verbs without an -ed or -ing ending, which end a counted noun phrase.
_VERBS = words(
    """
    left said told went came got made took saw gave found fell rose lost won paid spent kept held
    led met ran sent put shut quit became began brought bought built caught chose drew drove ate
    fled flew fought grew heard hid knew laid meant rode sat sold shot slept spoke stood stole
    struck swore taught thought threw understood woke wore wrote remain stay die say get make take
    come go voted taken given seen done known shown grown driven written chosen broken spoken
    stolen beaten eaten fallen risen
    """
)
_ORDINAL_SUFFIXES = words("st nd rd th")
_ID_WORDS = words("no number page item section room")
_ID_GAP_RE = re.compile(r"[^\W\d_]\.?[ \t\u00a0]*$")
_TIME_ZONES = words("UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST IST JST AEST")
# Units written before the number: "a magnitude 7.6 quake", "magnitude-7.1".
_UNITS_BEFORE = {"magnitude": Unit("magnitude", "measure")}
# …and a scale named after the number: "measured 6.1 on the Richter scale"
_RICHTER_RE = re.compile(r"\s+on\s+the\s+(?:open-ended\s+)?Richter\b", re.IGNORECASE)
# Words after "N-" that do not make a count: "five-star", "two-way", "two-time", "one-off".
_NOT_HYPHEN_COUNTS = words("star way time odd fold plus off digit dimensional sided handed")
# Scales a hyphen may join to a number ("$13.7-billion"); "hundred"/"thousand" hyphenated are
# rarer than compounds such as "a 10-thousand-seat arena", and stay as they were.
_HYPHEN_SCALES = frozenset(("million", "billion", "trillion"))
# The largest number taken as real; beyond it a candidate is kept but flagged.
IMPLAUSIBLE = Decimal(10) ** 18
# Numbers read per text: news has about one per 100 characters; a text far denser is a table or
# a data dump, and reading every number of one megabyte of them would take minutes. Beyond
# this many, the rest are skipped with a warning (2,092 for a 4.6 KB article, 22,000 per MB).
MAX_NUMBERS_BASE = 2000
MAX_NUMBERS_PER_CHARS = 50
_LEFT_REACH = 60  # characters looked at before a number for currency, qualifier and change cues


def _make_sequences(
    tables: tuple[UnitTable, ...],
) -> tuple[
    dict[str, list[tuple[tuple[str, ...], Unit]]], dict[str, list[tuple[tuple[str, ...], Unit]]]
]:
    """Unit spellings as token sequences keyed by their first token, longest first: word
    spellings by their lowercased first token, symbols by their exact first token."""
    by_word: dict[str, list[tuple[tuple[str, ...], Unit]]] = {}
    by_symbol: dict[str, list[tuple[tuple[str, ...], Unit]]] = {}
    for table in tables:
        for spelling, unit in table.words.items():
            seq = tuple(_TOKEN_RE.findall(spelling))
            by_word.setdefault(seq[0], []).append((seq, unit))
        for spelling, unit in table.symbols.items():
            seq = tuple(_TOKEN_RE.findall(spelling))
            by_symbol.setdefault(seq[0], []).append((seq, unit))
    for index in (by_word, by_symbol):
        for seqs in index.values():
            seqs.sort(key=lambda item: len(item[0]), reverse=True)
    return by_word, by_symbol


_UNIT_WORDS, _UNIT_SYMBOLS = _make_sequences((PERCENT_UNITS, POINT_UNITS, TIME_UNITS, MEASURES))
_CURRENCY_PREFIXES = sorted(CURRENCY_PREFIXES, key=len, reverse=True)
_CURRENCY_LAST = frozenset(sign[-1] for sign in CURRENCY_PREFIXES)

Token = tuple[str, int, int]
_SPAN = ("start", "end")


@dataclass(slots=True)
class Number:
    value: Decimal
    start: int
    end: int
    word: bool  # spelled out ("two")
    vague_lower: Decimal | None = None
    scale: int = 1  # "million" in "1.5 million"
    glued: Unit | None = None  # a unit written onto the number: "256GB", "50p", "2.4-liter"
    age: bool = False  # "50-year-old"
    fraction: bool = False  # "a third", "two-thirds", "1/2"
    multiple: bool = False  # "twice", "three times as many", "3x"
    sign: int = 0  # -1 for "-1.3%" and "minus 1.3%", +1 for "+2%"
    sign_width: int = 1  # the characters of the sign: 6 for "minus "
    split: bool = False  # "a 4:1 split": a ratio written with a colon
    rank: bool = False  # "fourth-place", "a six seed"
    change: str | None = None  # "doubled", "three times more": the wording itself is a change
    currency: str = ""  # from a sign or code before the number
    currency_start: int = -1


@dataclass(slots=True)
class RawQuantity:
    start: int
    end: int
    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool
    upper_inclusive: bool
    unit: str
    noun: str | None
    qualifier: str
    qualifier_text: str
    vague: bool
    total: Decimal | None
    measure: str | None
    confidence: float
    kind: str = "count"
    change: str | None = None
    difference: bool = False
    score: tuple[int, ...] | None = None

    def fields(self) -> dict[str, Any]:
        """The candidate fields this scanner decides (extract() adds claimant, as-of, text)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _SPAN}


def _tokens(text: str, start: int, limit: int = 72) -> list[Token]:
    """(token, start, end) from `start` for `limit` characters. findall of (gap, token) pairs and
    a running offset is about a fifth faster than reading each match object's span."""
    found = []
    at = start
    for gap, token in _GAPPED_TOKEN_RE.findall(text, start, min(len(text), start + limit)):
        at += len(gap)
        found.append((token, at, at + len(token)))
        at += len(token)
    return found


def _period(found: re.Match[str]) -> str:
    """ "per day" from a match of _PERIOD_PAST_RE."""
    return "per " + (found.group(2) or _ADVERB_PERIODS[found.group(3).lower()]).lower()


def _parse_digits(raw: str) -> Decimal | None:
    if not _THOUSANDS_RE.fullmatch(raw):
        return None
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


# A lower-case word of two letters or more glued to a number grouped in thousands: the space
# was lost ("the economy added156,000 jobs"). Model names are capitalised ("A320", "Mi-35") and
# never grouped by commas.
_GLUED_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z]{2,}$")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _missing_space(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is glued to the word before it only by a lost space."""
    return bool(
        _GROUPED_RE.fullmatch(text, start, end)
        and _GLUED_WORD_RE.search(text, max(0, start - 30), start)
    )


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i][0].lower() if 0 <= i < len(tokens) else ""


def _word_number(tokens: list[Token], i: int) -> tuple[Decimal, int] | None:
    """Compose spelled-out numbers ("twenty-two", "one hundred and five"); returns value and the
    index after the last token used."""
    total = 0
    current = 0
    used = i
    seen = False
    j = i
    while j < len(tokens):
        low = tokens[j][0].lower()
        if low in UNITS and (not seen or tokens[j - 1][0] in ("-", "and") or current % 100 == 0):
            current += UNITS[low]
        elif low in TENS and (not seen or current % 100 == 0):
            current += TENS[low]
            if (
                j + 2 < len(tokens)
                and tokens[j + 1][0] in ("-", "‑")
                and tokens[j + 1][1] == tokens[j][2]
                and tokens[j + 2][0].lower() in UNITS
                and UNITS[tokens[j + 2][0].lower()] < 10
            ):
                current += UNITS[tokens[j + 2][0].lower()]
                j += 2
        elif low == "hundred":
            current = max(current, 1) * 100
        elif low in ("thousand", "million", "billion", "trillion"):
            total += max(current, 1) * SCALE_WORDS[low]
            current = 0
        elif low == "and" and seen and j + 1 < len(tokens):
            nxt = tokens[j + 1][0].lower()
            if not (nxt in UNITS or nxt in TENS) or current % 100 or current == 0 and total == 0:
                break
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
        used = j
    if not seen:
        return None
    return Decimal(total + current), used


def _and_a_half(tokens: list[Token], i: int) -> int | None:
    """The index after "and a half" at `i`, spaced ("two and a half") or hyphenated throughout
    ("two-and-a-half", its hyphens glued to the words), or None."""
    if _low(tokens, i) in ("-", "‑") and tokens[i][1] == tokens[i - 1][2]:
        words = tokens[i : i + 6]
        spelled = [t[0].lower() for t in words]
        glued = all(words[k][1] == words[k - 1][2] for k in range(1, len(words)))
        if spelled[1::2] == ["and", "a", "half"] and spelled[0::2] == ["-"] * 3 and glued:
            return i + 6
        return None
    if [_low(tokens, k) for k in range(i, i + 3)] == ["and", "a", "half"]:
        return i + 3
    return None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of an iterator of matches, or None."""
    found = None
    for found in matches:  # noqa: B007 - the loop keeps the last one
        pass
    return found


_RANKING_WORDS = words("top first last past next final bottom")
_NOT_SUPERLATIVES = words("west east forest interest honest modest request contest test best")


def _ranking_word(low: str) -> bool:
    """A word that picks a total out by rank: "top", "last", or a superlative ("hottest",
    "largest"; "best" too, though "-est" words like "interest" are not)."""
    if low in _RANKING_WORDS or low == "best":
        return True
    return len(low) > 5 and low.endswith("est") and low not in _NOT_SUPERLATIVES


def _plural(low: str) -> bool:
    """A plural noun by its form ("pilots", "people"), not "press", "bus"."""
    return low in _PLURAL_HEADS or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)


def _modifier(low: str) -> bool:
    """A participle or adverb that may stand inside a noun phrase ("confirmed", "newly")."""
    if low.endswith("ed"):
        return len(low) > 4 and not low.endswith("eed")  # not "seed", "speed", "bed"
    return (low.endswith("ing") and len(low) > 5) or (low.endswith("ly") and len(low) > 4)


def _multiple_next(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], after "N times", makes N a multiple: "times higher", "times the
    rate", "times a normal Saturday"; not a frequency, "three times a week", "twice an hour"."""
    low = _low(tokens, i)
    if low in MULTIPLE_NEXT:
        return True
    return low in ("a", "an") and _low(tokens, i + 1) not in _PERIODS and _low(tokens, i + 1) != ""


def _comparison(word: str, following: str) -> str | None:
    """The change a multiple's comparison states: "three times more" up, "twice as high" up,
    "three times less" down; "double the estimate", "twice the size" up; "as" then a word."""
    if word == "as":
        word = following
    if word in MULTIPLE_DOWN:
        return "down"
    return "up" if word else None


def _match_unit(tokens: list[Token], i: int, glued_to: int = -1) -> tuple[Unit, int] | None:
    """The unit spelled at tokens[i:], as (unit, index after it). Symbols match exactly, words
    case-insensitively; the tokens of a multi-token spelling must touch unless the spelling
    has a space ("per cent", "km/h" vs "square miles")."""
    if i >= len(tokens):
        return None
    first = tokens[i][0]
    for index, key in ((_UNIT_SYMBOLS, first), (_UNIT_WORDS, first.lower())):
        for seq, unit in index.get(key, ()):
            n = len(seq)
            if i + n > len(tokens):
                continue
            got = tuple(t[0] for t in tokens[i : i + n])
            if index is _UNIT_WORDS:
                got = tuple(g.lower() for g in got)
            if got != seq:
                continue
            if i + n < len(tokens) and tokens[i + n][1] == tokens[i + n - 1][2]:
                nxt = tokens[i + n][0]
                if nxt[0].isalnum():
                    continue  # "min" of "minister", "kms" handled by its own spelling
            return unit, i + n
    if glued_to >= 0 and tokens[i][1] == glued_to and first in GLUED_ONLY:
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is None or after[1] > tokens[i][2] or not after[0][0].isalnum():
            return GLUED_ONLY[first], i + 1
    return None


def _rate_moved(words: list[str]) -> bool:
    """Whether a clause's last verb of change has a rate for its object, however long the
    rate's name: "lowered the rate it pays on bank reserves by 10 points" moves the rate."""
    moved = [i for i, w in enumerate(words) if w in CHANGE_UP or w in CHANGE_DOWN]
    return bool(moved) and any(w in _RATE_WORDS for w in words[moved[-1] + 1 :])


class QuantityScanner:
    def __init__(self, text: str, warnings: list[str]) -> None:
        self.text = text
        self.warnings = warnings
        self.skip_to = -1
        self.prev: RawQuantity | None = None
        self.recent: list[RawQuantity] = []

    def scan(self) -> list[RawQuantity]:
        found: list[RawQuantity] = []
        text = self.text
        anchors = Anchors(text)
        budget = MAX_NUMBERS_BASE + len(text) // MAX_NUMBERS_PER_CHARS
        resume = 0
        while (anchor := anchors.next(resume)) is not None:
            start = anchor.start()
            resume = anchor.end()
            if anchor.end() - start > 40:
                self.warnings.append(
                    f"unreadable number {text[start : start + 20]!r}… at offset {start}; skipped"
                )
                continue
            budget -= 1
            if budget < 0:
                self.warnings.append(
                    f"more numbers than {MAX_NUMBERS_BASE} + 1 per {MAX_NUMBERS_PER_CHARS} "
                    f"characters (a table or a data dump?): numbers from offset {start} on "
                    "were not read"
                )
                break
            if anchor.group()[0].isdigit() and self._plainly_not(start, anchor.end()):
                continue
            quantity = self._at(start)
            if quantity is not None:
                found.append(quantity)
                self.prev = quantity
                self.recent.append(quantity)
                resume = max(resume, quantity.end)
            resume = max(resume, self.skip_to)
        return found

    def _plainly_not(self, start: int, end: int) -> bool:
        """What _rejected would say of a digit run, from a few characters around it and before
        any tokenizing: glued to a letter ("A320"), after a slash ("9/11"), a month's day
        ("March 3"), a year ("in 2016,"). Most digits in news are these."""
        text = self.text
        prev = text[start - 1] if start else " "
        if prev.isalpha() and _missing_space(text, start, end):
            return False
        if prev == "/" and self._slashed_conversion(start):
            return False
        if prev.isalpha() or prev in "#№/":
            return not self._currency_before(start)[0]  # "USD10m", "RM2.05" are money
        if prev in "-−+$€£¥₹":
            return False
        before = WORD_RE.findall(text, max(0, start - 24), start)
        prev_low = before[-1].lower() if before else ""
        if prev_low in MONTHS and prev == " " and text[start - 2 : start - 1] != ",":
            return not self._currency_before(start)[0]
        raw = text[start:end]
        if len(raw) != 4 or not raw.isdigit() or not 1000 <= int(raw) <= 2100:
            return False
        if self._currency_before(start)[0]:
            return False
        after = text[end : end + 1]
        if (
            after == ""
            or after in ",;)'’\"!?"
            or (after == "." and not text[end + 1 : end + 2].isdigit())
        ):
            return True
        if after != " ":
            return False
        word = _WORD_AT_RE.match(text, end + 1)
        if word is None:
            return False
        low = word.group().lower()
        if low in SCALE_WORDS or low == "times":
            return False
        plural = low.endswith("s") and low not in TIME_UNITS.words
        return not plural or prev_low in _YEAR_WORDS

    def _slashed_conversion(self, start: int) -> bool:
        """A number right after a slash that ends a quantity with its unit: "2 million
        gallons/7.6 million litres" gives one amount in two units; "9/11", "24/7" are no such."""
        prev = self.prev
        return (
            prev is not None
            and prev.end == start - 1
            and bool(prev.unit)
            and start >= 2
            and self.text[start - 2].isalpha()
        )

    def _converts_range(self, start: int) -> bool:
        """Whether the number at `start` opens the same range in other units, right after the
        range it converts: "between 2 and 3 metres (6.6 and 9.8 feet)", "… feet/2 and 3
        metres", "…, or 6.6 and 9.8 feet". There "6.6 and 9.8 feet" is a range though no
        "between" opens it."""
        prev = self.prev
        if prev is None or prev.lower is None or prev.upper is None or prev.lower == prev.upper:
            return False
        if not prev.unit or start - prev.end > 6:
            return False
        return _CONVERSION_GAP_RE.fullmatch(self.text, prev.end, start) is not None

    # -- reading one number -------------------------------------------------------------------
    def _currency_before(self, start: int) -> tuple[str, int]:
        """A currency sign or code written right before `start` ("US$", "RM", "USD ", "Rs. ")."""
        text = self.text
        window = text[max(0, start - 7) : start]
        spaced = window.endswith(" ") and not window.endswith("  ")
        body = window[:-1] if spaced else window
        if not body or not (body[-1] in _CURRENCY_LAST or body[-1].isupper()):
            return "", start  # most numbers: no sign or code can end here
        for sign in _CURRENCY_PREFIXES:
            if body.endswith(sign):
                at = start - len(sign) - (1 if spaced else 0)
                if sign[0].isalpha() and at > 0 and text[at - 1].isalnum():
                    continue  # "Mrs 5", "FRM10"
                if spaced and sign in GLUED_ONLY_PREFIXES:
                    continue  # "SR 520": a route, not riyals
                return CURRENCY_PREFIXES[sign], at
        code = body[-3:]
        if code in CURRENCY_CODES:
            at = start - 3 - (1 if spaced else 0)
            if at == 0 or not text[at - 1].isalnum():
                return code, at
        return "", start

    def _number(self, start: int) -> tuple[Number, list[Token], int] | None:
        """The number starting at `start`, with the tokens after it and the index of the first
        token not part of it. None when it is not a quantity-like number."""
        text = self.text
        tokens = _tokens(text, start)
        if not tokens:
            return None
        raw, s, e = tokens[0]
        if raw in VULGAR_FRACTIONS:
            number = Number(VULGAR_FRACTIONS[raw], s, e, word=False, fraction=True)
            # "a ½-mile walk": the fraction is a number of the unit joined to it
            hyphenated = self._hyphen_after(tokens, 1)
            if hyphenated is not None and hyphenated[0].kind != "count":
                number.glued, j, number.age = hyphenated
                number.end, number.fraction = tokens[j - 1][2], False
                return number, tokens, j
            return number, tokens, 1
        if raw[0].isdigit():
            return self._digits(tokens)
        return self._words(tokens)

    def _mixed(self, tokens: list[Token], i: int) -> tuple[Decimal, int, int] | None:
        """The fraction of a mixed number after the whole number that ends at tokens[i - 1]:
        "4 ¾", "9 1/2", "4-1/2" are one number each. (fraction, end offset, index after it), or
        None. Only halves, thirds, quarters, eighths and sixteenths written with a numerator
        below the denominator count, so "3 24/7" and "on 5 9/11" stay apart."""
        text = self.text
        if i >= len(tokens):
            return None
        end = tokens[i - 1][2]
        k = i
        if tokens[k][0] in ("-", "‑") and tokens[k][1] == end:
            k += 1  # "4-1/2"
            if k >= len(tokens) or tokens[k][1] != tokens[k - 1][2]:
                return None
        elif text[end : tokens[k][1]] != " ":
            return None
        raw, s, e = tokens[k]
        if raw in VULGAR_FRACTIONS:
            if e < len(text) and (text[e].isdigit() or text[e] in "/⁄"):
                return None
            return VULGAR_FRACTIONS[raw], e, k + 1
        if not raw.isdigit() or k + 2 >= len(tokens):
            return None
        slash, den = tokens[k + 1], tokens[k + 2]
        if slash[0] not in ("/", "⁄") or slash[1] != e or den[1] != slash[2]:
            return None
        if not den[0].isdigit() or int(den[0]) not in _MIXED_DENOMINATORS:
            return None
        if not 0 < int(raw) < int(den[0]):
            return None
        if den[2] < len(text) and text[den[2]] in "/⁄":
            return None  # "4 1/2/2020": a date
        return (Decimal(raw) / Decimal(den[0])).quantize(Decimal("0.0001")), den[2], k + 3

    def _comma_spaced(self, s: int) -> bool:
        """Whether "723, 632" at s is one number whose thousands comma has a space after it (see
        _COMMA_SPACED_RE): not after a digit ("4, 723, 632" is a list), "the", or a month."""
        before = self.text[max(0, s - 20) : s]
        found = _COMMA_SPACED_BEFORE_RE.search(before)
        if found is None:
            return True
        written = found.group().strip()
        word = written.strip(".").lower()
        if word in ("no", "nos") and not written.endswith("."):
            return True  # "NO 412, 587": a ballot's answer; "No. 12, 400" is a label
        return not (word[:1].isdigit() or word in _NOT_BEFORE_COMMA_SPACED or word in MONTHS)

    def _digits(self, tokens: list[Token]) -> tuple[Number, list[Token], int] | None:
        text = self.text
        raw, s, e = tokens[0]
        i = 1
        spaced = _SPACED_RE.match(text, s)
        if spaced and spaced.end() > e:
            # "7 981 822": thousands grouped by spaces
            raw, e = re.sub(r"\D", "", spaced.group()), spaced.end()
            while i < len(tokens) and tokens[i][1] < e:
                i += 1
        comma_spaced = _COMMA_SPACED_RE.match(text, s) if raw.isdigit() else None
        if comma_spaced and self._comma_spaced(s):
            raw, e = re.sub(r"\D", "", comma_spaced.group()), comma_spaced.end()
            while i < len(tokens) and tokens[i][1] < e:
                i += 1
        value = _parse_digits(raw)
        if value is None:
            self.warnings.append(f"unreadable number {raw[:20]!r} at offset {s}; skipped")
            return None
        if e < len(text) and text[e] in VULGAR_FRACTIONS and raw.isdigit():
            value += VULGAR_FRACTIONS[text[e]]  # "7½ years"
            e += 1
            i += 1
        elif raw.isdigit():
            mixed = self._mixed(tokens, i)  # "4 ¾ percent", "9 1/2 years", "4-1/2"
            if mixed is not None:
                part, e, i = mixed
                value += part
        currency, currency_start = self._currency_before(s)
        number = Number(value, s, e, word=False, currency=currency, currency_start=currency_start)
        if s > 0 and _BARE_DECIMAL_RE.match(text, s - 1) and raw.isdigit():
            # ".29 degrees": a decimal point with no zero before it, as some reports print it
            number.value = value = Decimal("0." + raw)
            number.start = s - 1
        # "magnitude 7.6", "magnitude-7.1", "a magnitude of 6.1"
        named = re.search(r"([A-Za-z]+)(?:[ \-‑]| of )$", text[max(0, s - 15) : s])
        if named and named.group(1).lower() in _UNITS_BEFORE:
            number.glued = _UNITS_BEFORE[named.group(1).lower()]  # "magnitude 7.6"
            return number, tokens, i
        if (
            not currency
            and s > 0
            and text[s - 1] in "-−+"
            and (s < 2 or text[s - 2] in " (\n\t")
            and not self._dash_after_figure(s - 1)
        ):
            number.sign = 1 if text[s - 1] == "+" else -1
            number.start = s - 1
            number.value = -value if number.sign < 0 else value
        elif (
            not currency
            and _MINUS_RE.match(text, max(0, s - 6), s)
            and _PERCENT_AFTER_RE.match(text, e)
        ):
            # "Wyoming (minus 33 percent)": the word is the sign, as "-33 percent" would be
            number.sign, number.sign_width = -1, len("minus ")
            number.start = s - number.sign_width
            number.value = -value
        nxt = tokens[i] if i < len(tokens) else None
        # "a 4:1 split": a ratio; "10:30" is a time (see _rejected)
        ratio = _RATIO_RE.match(text, e) if nxt and nxt[0] == ":" and raw.isdigit() else None
        if ratio and int(ratio.group(1)):
            number.value = (value / int(ratio.group(1))).quantize(Decimal("0.0001"))
            number.end = ratio.end()
            number.multiple = number.split = True
            return number, tokens, i + 2
        # "1/2", "3/4 of": a fraction; "9/11", "24/7", "7/14/2021": not a quantity
        if nxt and nxt[0] in ("/", "⁄") and nxt[1] == e:  # (or the fraction slash)
            den = tokens[i + 1] if i + 1 < len(tokens) else None
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if (
                den
                and den[1] == nxt[2]
                and den[0].isdigit()
                and not (after and after[0] == "/" and after[1] == den[2])
                and raw.isdigit()
                and 0 < int(raw) < int(den[0]) <= 10
                and (s == 0 or text[s - 1] != "/")
            ):
                number.value = (value / Decimal(den[0])).quantize(Decimal("0.0001"))
                number.end = den[2]
                number.fraction = True
                return number, tokens, i + 2
            return None
        if nxt and nxt[1] == e and nxt[0][0].isalpha():
            glued = nxt[0]
            low = glued.lower()
            if low in CURRENCY_WORDS and low not in AMBIGUOUS_CURRENCY_WORDS:
                code, factor = CURRENCY_WORDS[low]  # "69.33sen", "5euros"
                number.glued = Unit(code, "money", factor)
                number.end = nxt[2]
                return number, tokens, i + 1
            if glued == "pc":  # "80pc": per cent as British papers print it
                number.glued = Unit("percent", "percent")
                number.end = nxt[2]
                return number, tokens, i + 1
            if (
                glued in GLUED_SCALES
                and not (
                    glued == "T" and not currency  # "$1.7T" is a trillion; "5T" a weight or a field
                )
                and not (
                    glued in ("m", "M")
                    and not currency
                    and not self._money_or_count_after(tokens, i + 1)
                    and not self._million_beside_money(nxt[2])
                )
            ):
                number.scale = GLUED_SCALES[glued]
                number.end = nxt[2]
                i += 1
            elif low in ("a", "p") and _low(tokens, i + 1) == "." and _low(tokens, i + 2) == "m":
                return None  # 5p.m.
            elif low in ("x", "fold"):
                number.multiple = True
                number.end = nxt[2]
                return number, tokens, i + 1
            elif low in _ORDINAL_SUFFIXES and _low(tokens, i + 1) in STREAK_WORDS:
                number.end = tokens[i + 1][2]  # "the 11th consecutive step": 11 steps
                return number, tokens, i + 2
            elif low in _ORDINAL_SUFFIXES and self._placing(tokens, i + 1) is not None:
                number.rank = True  # "4th-place"
                number.end, j = self._placing(tokens, i + 1)  # type: ignore[misc]
                return number, tokens, j
            else:
                unit = _match_unit(tokens, i, glued_to=e)
                if unit is None:
                    return None  # "24V", "1990s", "10th", "5G": models, decades, ordinals
                number.glued = unit[0]
                number.end = tokens[unit[1] - 1][2]
                return number, tokens, unit[1]
        # hyphenated scales: "$13.7-billion", "a 2.5-million-strong crowd": the scale after a
        # hyphen is the number's multiplier, as a space before it would be
        if (
            i + 1 < len(tokens)
            and tokens[i][0] in ("-", "‑")
            and tokens[i][1] == number.end
            and tokens[i + 1][1] == tokens[i][2]
            and _low(tokens, i + 1) in _HYPHEN_SCALES
        ):
            i += 1
        # spaced scales: "1.5 million", "3 bn", "2 lakh crore"
        while i < len(tokens) and _low(tokens, i) in SCALE_WORDS:
            low = _low(tokens, i)
            if low == "hundred" and number.scale > 1:
                break
            number.scale *= SCALE_WORDS[low]
            number.end = tokens[i][2]
            i += 1
        if number.scale > 1:
            number.value *= number.scale
        # "3 times higher", "10 times as many"
        if _low(tokens, i) == "times" and _multiple_next(tokens, i + 1):
            number.multiple = True
            number.end = tokens[i][2]
            number.change = _comparison(_low(tokens, i + 1), _low(tokens, i + 2))
            return number, tokens, i + 1
        # hyphenated units: "2.4-liter", "185-hp", "50-year-old", "15-year", "150-seat"
        if i + 1 < len(tokens) and tokens[i][1] == number.end:
            hyphenated = self._hyphen_after(tokens, i)
            if hyphenated is not None:
                number.glued, j, number.age = hyphenated
                number.end = tokens[j - 1][2]
                return number, tokens, j
        return number, tokens, i

    def _dash_after_figure(self, at: int) -> bool:
        """Whether the hyphen at `at` follows the figure just read with only a space between:
        "66.4% -1,429,981 votes" sets a second figure beside it, no minus sign."""
        prev = self.prev
        return (
            prev is not None
            and prev.end < at <= prev.end + 2
            and not self.text[prev.end : at].strip()
        )

    def _hyphen_after(self, tokens: list[Token], i: int) -> tuple[Unit, int, bool] | None:
        """A unit or counted noun joined by a hyphen at tokens[i] ("-liter", "-year-old",
        "-seat parliament"): (unit, index after, is an age)."""
        if i + 1 >= len(tokens) or tokens[i][0] not in ("-", "‑"):
            return None
        if tokens[i][1] != tokens[i - 1][2] or tokens[i + 1][1] != tokens[i][2]:
            return None
        return self._hyphen_unit(tokens, i + 1)

    def _hyphen_unit(self, tokens: list[Token], i: int) -> tuple[Unit, int, bool] | None:
        """The unit after a hyphen ("-liter", "-year-old"): (unit, index after, is an age)."""
        if i >= len(tokens) or tokens[i][1] != tokens[i - 1][2] or not tokens[i][0][0].isalpha():
            return None
        found = _match_unit(tokens, i)
        if found is None:
            # "a 150-seat parliament", "the 30-stock Dow": a count used as an adjective
            word = tokens[i][0]
            low = word.lower()
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                word.islower()
                and not _plural(low)
                and low not in _NOT_HYPHEN_COUNTS
                and low not in NOUN_STOP
                and following is not None
                and following[0][0].isalpha()
                and self.text[tokens[i][2] : following[1]] == " "
            ):
                return Unit(low, "count"), i + 1, False
            return None
        unit, j = found
        aged = (
            unit.kind == "duration"
            and j + 1 < len(tokens)
            and tokens[j][0] in ("-", "‑")
            and _low(tokens, j + 1) == "old"
            and tokens[j + 1][1] == tokens[j][2]
        )
        return (unit, j + 2, True) if aged else (unit, j, False)

    def _placing(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """ "-place", " place", "-placed" after an ordinal: (end offset, index after)."""
        j = i + 1 if _low(tokens, i) in ("-", "‑") else i
        if _low(tokens, j) in PLACE_WORDS and tokens[j][1] - tokens[i - 1][2] <= 1:
            return tokens[j][2], j + 1
        return None

    def _one_with_unit(self, tokens: list[Token], raw: str) -> bool:
        """ "one percent", "one dollar", "the past one week"; not "One day, …" or "one of"."""
        found = _match_unit(tokens, 1)
        if found is None:
            return _low(tokens, 1) in CURRENCY_WORDS
        if found[0].name == "ft":
            return False  # "one foot in front of the other"
        if found[0].name == "point" and self._at_one_point(tokens[0][1]):
            return False
        if found[0].kind == "duration":
            return raw == "one" and self.text[max(0, tokens[0][1] - 6) : tokens[0][1]].endswith(
                ("past ", "last ", "next ", "over ", "for ", "in ")
            )
        return True

    def _at_one_point(self, start: int) -> bool:
        """ "At one point the index was down 900 points": "at one point" tells a moment, not a
        figure of one point; after a verb of level ("closed at one point above par") it is one."""
        before = WORD_RE.findall(self.text, max(0, start - 24), start)
        if not before or before[-1].lower() != "at":
            return False
        return len(before) < 2 or before[-2].lower() not in LEVEL_VERBS

    def _more_of(self, first: Number, start: int) -> tuple[str, str, int] | None:
        """ "scored 10 points … and added seven more", "12 more were found": a count of more of
        what a figure just before in the sentence counted; (its unit and kind, the end after
        "more")."""
        after = _MORE_AFTER_RE.match(self.text, first.end)
        if after is None or first.rank or first.fraction or first.multiple:
            return None
        for earlier in reversed(self.recent[-3:]):
            if not self._same_sentence(earlier.end, start):
                break
            if earlier.kind in ("count", "other") and earlier.unit:
                return earlier.unit, earlier.kind, after.end()
        return None

    def _one_of_a_tally(self, tokens: list[Token], start: int) -> bool:
        """ "Labour lose 22 seats. The Greens stay on one seat": a lone "one" before the singular
        of a plural a figure just before counted (in this sentence or the one before) is an
        item of the same tally, not "one day" or "one of them"."""
        following = _low(tokens, 1)
        if not following.isalpha() or following in TIME_UNITS.words:
            return False
        plurals = (following + "s", following + "es")
        return any(
            earlier.unit in plurals and earlier.kind == "count" and start - earlier.end < 240
            for earlier in self.recent[-3:]
        )

    def _one_in_every(self, tokens: list[Token]) -> bool:
        """ "one in five adults", "One in 10 voters": a share (as "1 in 4" is), not a lone "one";
        the whole must be a size shares are told in, as _in_every says."""
        if _low(tokens, 1) != "in" or len(tokens) < 3:
            return False
        whole = _low(tokens, 2)
        size = int(whole) if whole.isdigit() else UNITS.get(whole) or TENS.get(whole)
        return size in _SHARE_SIZES or size in _ONE_IN_SIZES

    def _only_one(self, tokens: list[Token], start: int) -> bool:
        """ "only one constituency", "opposed by one member": a lone "one" that counts the noun
        after it, as "only" or an agent's "by" says; not "one day", "one of them"."""
        words_before = WORD_RE.findall(self.text, max(0, start - 24), start)
        following = tokens[1][0] if len(tokens) > 1 else ""
        if not following.isalpha() or not following.islower() or following in NOUN_STOP:
            return False
        if following in TIME_UNITS.words or following in _NOT_ONE_COUNTS:
            return False
        last = words_before[-1].lower() if words_before else ""
        agent = len(words_before) > 1 and words_before[-2].lower().endswith("ed")
        return last in ("only", "just") or (last == "by" and agent)

    def _million_beside_money(self, end: int) -> bool:
        """Whether an "m" that ends its clause ("… down five per cent, at 45.5m.") shares its
        sentence with money abbreviated the same way ("$215.6bn", "£4m"): a writer who scales
        money so writes millions so, and a length that ends a clause is rare beside it."""
        text = self.text
        if end < len(text) and text[end] not in ".,;)" or text[end : end + 2][1:].isdigit():
            return False
        starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, max(0, end - 300), end - 1)]
        stop = _CLAUSE_END_RE.search(text, end + 1)
        sentence = text[starts[-1] if starts else max(0, end - 300) : stop.end() if stop else None]
        return _SCALED_MONEY_RE.search(sentence) is not None

    def _money_or_count_after(self, tokens: list[Token], i: int) -> bool:
        """Whether a currency word or a plural noun follows: "10m euros", "10m people" (a
        million), not "a 100m sprint" (metres)."""
        if i >= len(tokens):
            return False
        low = _low(tokens, i)
        if low in CURRENCY_WORDS or tokens[i][0] in CURRENCY_CODES:
            return True
        if low in _PLURAL_HEADS:  # "1.4m people", not "the 100m men's final"
            return _low(tokens, i + 1) not in ("'", "’", "'s", "’s")
        return low.endswith("s") and low.isalpha() and low not in ("is", "was", "has")

    def _words(self, tokens: list[Token]) -> tuple[Number, list[Token], int] | None:
        text = self.text
        raw, s, e = tokens[0]
        low = raw.lower()
        if low == "halfway":
            # "halfway to the 2C limit", "halfway towards its goal": half the way to a target;
            # "halfway through the season" is a point in time, "a halfway house" no number
            if _low(tokens, 1) not in ("to", "towards", "toward"):
                return None
            return Number(Decimal("0.5"), s, e, word=True, fraction=True), tokens, 1
        if low in VAGUE_COUNTS:
            lower = Decimal(VAGUE_COUNTS[low])
            i = 1
            # "hundreds of thousands", "tens of millions"
            if (
                i + 1 < len(tokens)
                and _low(tokens, i) == "of"
                and _low(tokens, i + 1).rstrip("s") in ("thousand", "million", "billion")
            ):
                lower = (
                    lower * SCALE_WORDS[_low(tokens, i + 1).rstrip("s")]
                )  # "of thousand": a slip
                e = tokens[i + 1][2]
                i += 2
            if low == "tens" and i == 1:
                return None  # "tens" alone is too rarely a count
            return Number(lower, s, e, word=True, vague_lower=lower), tokens, i
        before = text[max(0, s - 12) : s].lower()
        if low in ("a", "an"):
            return self._one_unit(tokens)
        if low in MULTIPLE_WORDS or low in DOUBLE_WORDS:
            table = MULTIPLE_WORDS if low in MULTIPLE_WORDS else DOUBLE_WORDS
            if _low(tokens, 1) not in (MULTIPLE_NEXT if low in MULTIPLE_WORDS else DOUBLE_NEXT):
                return None  # "visited twice", "a double murder"
            number = Number(Decimal(table[low]), s, e, word=True, multiple=True)
            number.change = _comparison(_low(tokens, 1), _low(tokens, 2))
            return number, tokens, 1
        if low in MULTIPLE_VERBS or low in FOLD_WORDS:
            if _low(tokens, 1) == "down":
                return None  # "doubling down on": persisting, not a multiple
            value = Decimal((MULTIPLE_VERBS | FOLD_WORDS)[low])
            number = Number(value, s, e, word=True, multiple=True)
            number.change = "up" if low in MULTIPLE_VERBS else None
            return number, tokens, 1
        if low in ORDINAL_WORDS and _low(tokens, 1) in STREAK_WORDS and low != "first":
            value = Decimal(ORDINAL_WORDS[low])  # "the third consecutive poll": 3 polls
            return Number(value, s, tokens[1][2], word=True), tokens, 2
        placing = self._placing(tokens, 1) if low in ORDINAL_WORDS else None
        if placing is not None:  # "fourth-place", "the second-placed team"
            value = Decimal(ORDINAL_WORDS[low])
            return Number(value, s, placing[0], word=True, rank=True), tokens, placing[1]
        if low in FRACTION_WORDS:
            return self._fraction(tokens, 0, Decimal(1), s)
        if low == "dozen":
            if not before.endswith("a "):
                return None
            return Number(Decimal(12), s - 2, e, word=True), tokens, 1
        composed = _word_number(tokens, 0)
        if composed is None:
            return None
        value, i = composed
        halved = _and_a_half(tokens, i)
        if halved is not None:  # "two and a half years", "three-and-a-half hours"
            value, i = value + Decimal("0.5"), halved
            if _low(tokens, i) in SCALE_WORDS and _low(tokens, i) != "hundred":
                value, i = value * SCALE_WORDS[_low(tokens, i)], i + 1  # "two and a half million"
        # "two-thirds", "three quarters of"
        if i < len(tokens):
            j = i + 1 if tokens[i][0] in ("-", "‑") and tokens[i][1] == tokens[i - 1][2] else i
            if _low(tokens, j) in FRACTION_WORDS and value < 20:
                fraction = self._fraction(tokens, j, value, s, hyphenated=j > i)
                if fraction is not None:
                    return fraction  # else "five quarters": a count of quarters
        hyphened = self._hyphen_after(tokens, i)
        if hyphened is not None:  # "five-year", "nine-party", "one-day"
            unit, j, age = hyphened
            number = Number(value, s, tokens[j - 1][2], word=True, glued=unit, age=age)
            return number, tokens, j
        if (
            low == "one"
            and i == 1
            and not self._one_with_unit(tokens, raw)
            and not self._only_one(tokens, s)
            and not self._one_in_every(tokens)
            and self._gapped_head(s, e) is None  # "…, Plaid Cymru on three and Greens on one"
            and not self._one_of_a_tally(tokens, s)
        ):
            return None  # "one instance", "one of them"
        if low in ("hundred", "thousand", "million", "billion"):
            several = re.search(r"(several|a few)\s$", before)
            if several:
                lower = value * 2
                start = s - len(several.group())
                return Number(lower, start, e, word=True, vague_lower=lower), tokens, i
            if not before.endswith(("a ", "one ")):
                return None
            s -= 2
        # "two times as many": a multiple
        if _low(tokens, i) == "times" and _multiple_next(tokens, i + 1):
            number = Number(value, s, tokens[i][2], word=True, multiple=True)
            number.change = _comparison(_low(tokens, i + 1), _low(tokens, i + 2))
            return number, tokens, i + 1
        return Number(value, s, tokens[i - 1][2], word=True), tokens, i

    def _one_unit(self, tokens: list[Token]) -> tuple[Number, list[Token], int] | None:
        """ "about a minute", "nearly a decade", "more than an hour": one unit of time after a
        qualifier; without one ("once a year", "twice a day", "a decade of war") no quantity, nor
        after a preposition that also means "during" ("over a year", "under a year of rule")."""
        raw, s, e = tokens[0]
        qualifier = _qualifier_before(self.text, s)
        if _low(tokens, 1) not in _ONE_TIME_UNITS or qualifier is None:
            return None
        if qualifier[0] in ("over", "above", "under", "below"):
            return None  # "rose 5% over a year": during it, not more than one
        return Number(Decimal(1), s, e, word=True), tokens, 1

    def _fraction(
        self, tokens: list[Token], j: int, numerator: Decimal, start: int, hyphenated: bool = False
    ) -> tuple[Number, list[Token], int] | None:
        """ "a third of", "half of the 421 districts", "two-thirds", "more than half"."""
        text = self.text
        word, s, e = tokens[j]
        low = word.lower()
        before = text[max(0, start - 30) : start].lower()
        if j == 0 and low == "quarter":
            unit = _match_unit(tokens, 1)  # "the quarter mile", "a quarter century"
            if unit is not None and unit[0].kind in ("measure", "duration"):
                glued = unit[0]
                return (
                    Number(Decimal("0.25"), s, tokens[unit[1] - 1][2], word=True, glued=glued),
                    tokens,
                    unit[1],
                )
        if j == 0:
            if before.endswith(("a ", "one ")):
                start = s - (2 if before.endswith("a ") else 4)
            elif before.endswith(("one-", "one‑")):
                start, hyphenated = s - 4, True
            elif low != "half":
                return None  # "the third day": an ordinal
        nxt = _low(tokens, j + 1)
        # "a quarter-percentage point", "a half-point rise", "a quarter of a percentage point",
        # "three-quarters of a mile": a fraction of the unit after it
        joined = nxt in ("-", "‑") and tokens[j + 1][1] == e
        of_one = nxt == "of" and _low(tokens, j + 2) in ("a", "an")
        k = j + 2 if joined else j + 3 if of_one else len(tokens)
        unit = _match_unit(tokens, k) if k < len(tokens) else None
        halved = low == "half" and before.rstrip().endswith(_NOT_A_HALF)
        if unit is not None and not halved and (not joined or tokens[k][1] == tokens[j + 1][2]):
            value = (numerator / FRACTION_WORDS[low]).quantize(Decimal("0.0001"))
            end = tokens[unit[1] - 1][2]
            return Number(value, start, end, word=True, glued=unit[0]), tokens, unit[1]
        # "half a mile", "half an hour", "the quarter mile": a fraction of a unit
        k = j + 2 if nxt in ("a", "an") else j + 1
        unit = _match_unit(tokens, k) if k < len(tokens) else None
        if unit is not None and (
            (low == "half" and k == j + 2) or (low == "quarter" and k == j + 1)
        ):
            value = Decimal(1) / FRACTION_WORDS[low] * numerator
            return (
                Number(value, start, tokens[unit[1] - 1][2], word=True, glued=unit[0]),
                tokens,
                unit[1],
            )
        if low == "half":
            hyphen = nxt in ("-", "‑") and tokens[j + 1][1] == e
            compound = _low(tokens, j + 3) in ("-", "‑") and tokens[j + 3][1] == tokens[j + 2][2]
            if hyphen and _low(tokens, j + 2) in ("million", "billion", "dozen") and not compound:
                # "the half-million mark", "a half-million people", "a half-dozen islands"
                value = Decimal(SCALE_WORDS.get(_low(tokens, j + 2), 12)) / 2
                return Number(value, s, tokens[j + 2][2], word=True), tokens, j + 3
            if before.rstrip().endswith((*_NOT_A_HALF, "the")):
                return None  # "the second half", "two and a half"
            if nxt in ("a", "an") and _low(tokens, j + 2) in ("million", "billion", "dozen"):
                scale = {"million": 10**6, "billion": 10**9, "dozen": 12}[_low(tokens, j + 2)]
                value = Decimal(scale) / 2
                return Number(value, start, tokens[j + 2][2], word=True), tokens, j + 3
            qualified = _qualifier_before(text, start) is not None
            if not (
                nxt in ("of", "the", "its", "their", "his", "her")
                or qualified
                or self._by_change(start)  # "sales fell by half"
            ):
                return None  # "half-time", "half brother"
        elif (
            not hyphenated
            and nxt != "of"
            and not (_qualifier_before(text, start) and (nxt == "" or not nxt[0].isalpha()))
            and not self._by_change(start)  # "cut by a third", "fell by two thirds"
        ):
            return None  # "a third term", "three quarters in a row"
        value = (numerator / FRACTION_WORDS[low]).quantize(Decimal("0.0001"))
        return Number(value, start, e, word=True, fraction=True), tokens, j + 1

    # -- what a number is not ---------------------------------------------------------------
    def _rejected(self, number: Number, tokens: list[Token], i: int, second: bool = False) -> bool:
        """Dates, years, models, identifiers, clock times, phone numbers, addresses. `second`:
        the number ends a range ("30–40"), so a hyphen and a digit may precede it."""
        text = self.text
        s, e = number.start, number.end
        if number.sign:
            s += number.sign_width
        prev = text[s - 1] if s else " "
        if not number.word and not number.currency:
            if (prev == "/" and not self._slashed_conversion(s)) or (
                e < len(text) and text[e] == "/" and not number.glued
            ):
                return True  # 9/11, 7/14/2021
            if prev in "-‑" and s >= 2 and text[s - 2].isalpha() and number.glued is None:
                return True  # Mi-35, F-16, COVID-19 (not "magnitude-7.1")
            if (prev.isalpha() and not _missing_space(text, s, e)) or prev in "#№":
                return True  # A320, #3
            hyphened = e + 1 < len(text) and text[e] in "-‑" and text[e + 1].isalpha()
            if hyphened and text[e + 1 : e + 5] != _PLUS and text[e + 1 : e + 4] != "of-":
                return True  # 7-Eleven, 24-karat (not "400,000-plus")
            if e + 1 < len(text) and text[e] in ":." and text[e + 1].isdigit() and not number.split:
                return True  # 10:30
            if prev in ":." and s >= 2 and text[s - 2].isdigit():
                return True  # the 30 of 10:30, the 33 of a video's 0:33
            if prev in "-–‑" and s >= 2 and text[s - 2].isdigit() and not second:
                return True  # the end of "3-1", "2020-21", an ISO date: read from its start
        nxt = _low(tokens, i)
        # a day is at most 31: "Hundreds of thousands march", "5,000 march" are crowds
        # (not "4.6 Sept.", nor "-7 Oct.": a table's cell before the next row's date)
        whole = number.value == number.value.to_integral_value() and not number.sign
        signed = number.start >= 1 and text[number.start - 1] in "-−" and not number.currency
        day = abs(number.value) <= 31 and number.vague_lower is None
        day = day or (i < len(tokens) and tokens[i][0][:1].isupper())
        day = day and whole and not signed
        if nxt in MONTHS and nxt != "may" and day or nxt in ("am", "pm", "a.m", "p.m", "o'clock"):
            return True  # 10 July, 3 pm
        if i < len(tokens) and tokens[i][0] in _TIME_ZONES:
            return True  # 0830 UTC
        if nxt in ("a", "p") and _low(tokens, i + 1) == "." and _low(tokens, i + 2) == "m":
            return True  # 10 a.m.
        before = WORD_RE.findall(text, max(0, s - 24), s)
        prev_word = before[-1] if before else ""
        prev_low = prev_word.lower()
        month = prev_low in MONTHS and text[s - 1] == " " and text[s - 2 : s] != ", "
        if month and not number.currency:
            return True  # July 10, September 11 (not "in May, 20 people")
        amount = "," in text[s:e]  # "Draws 36,528", "assist number 10,336": not a name or an id
        if (
            not number.word
            and not amount
            and prev_low in _ID_WORDS
            and _ID_GAP_RE.search(text, max(0, s - 6), s)  # not "voted no (33.6%)"
        ):
            return True  # "No. 5", "page 12": an identifier right after its word
        if (
            not number.word
            and not number.currency
            and prev_word
            and prev_word[0].isalpha()
            and not prev_word.islower()
            and text[s - len(prev_word) - 1 : s - 1] == prev_word
            and s - len(prev_word) - 1 > 0
            and text[s - 1] != "\n"  # "…Liberals\n121 Conservatives": a list line, no id
            # "SR30-32": the end of a range whose start, glued to its sign, was read already
            and not (second and prev in "-–‑" and text[s - 2].isdigit())
            and prev_low not in _QUALIFIER_WORDS
            and prev_low not in WEEKDAYS
            and prev_low not in _LOWERCASE_CLASS
            and not amount
            and not (prev_word.endswith(("'s", "’s", "s'", "s’")) and self._counts_after(tokens, i))
            # "Marsh's 2-point lead", "the party's 75-seat majority": a unit joined by a hyphen
            and not (
                prev_word.endswith(("'s", "’s", "s'", "s’"))
                and number.glued is not None
                and any(c in _DASHES for c in text[s:e])
            )
            and not (number.multiple and text[e - 5 : e].lower() == "times")  # "DC 3 times bigger"
            and number.scale == 1  # "Madrid's 98 million euro deal": no id has a scale
            and not _SENTENCE_START_RE.search(text, max(0, s - 40), s - len(prev_word) - 1)
            and self._gapped_head(s, e) is None  # "…, Labour 261": a list item after a name
            and not self._short_after(tokens, i)  # "with Conservatives 12 seats short of"
            and not _PERCENT_AFTER_RE.match(text, e)  # "Death Rate 70% Lower": no id is a share
        ):
            return True  # Article 370, Flight 17, iPhone 11 (a capital not opening a sentence)
        raw = text[s:e]
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100 and not number.currency:
            # A year unless it plainly counts something plural ("2000 soldiers").
            noun = tokens[i][0] if i < len(tokens) else ""
            low = noun.lower()
            plural = noun.isalpha() and low.endswith("s") and low not in TIME_UNITS.words
            if not plural or prev_low in _YEAR_WORDS:
                return True
        return not number.word and self._address_or_phone(number, tokens, i)

    def _short_after(self, tokens: list[Token], i: int) -> bool:
        """Whether a plural noun then "short of" or "shy of" follow: "Conservatives 12 seats
        short of a majority" counts seats after a name; an identifier ("Windows 10 users")
        is seldom so followed."""
        return (
            _plural(_low(tokens, i))
            and _low(tokens, i + 1) in _SHORT_OF
            and _low(tokens, i + 2) == "of"
        )

    def _counts_after(self, tokens: list[Token], i: int) -> bool:
        """Whether a plural noun or a unit follows: "Afghanistan's 398 districts", unlike
        "Standard & Poor's 500 index"."""
        return i < len(tokens) and (_plural(_low(tokens, i)) or _match_unit(tokens, i) is not None)

    def _address_or_phone(self, number: Number, tokens: list[Token], i: int) -> bool:
        text = self.text
        s = number.start
        chain = _CHAIN_RE.match(text, s)
        # (a chain the number read whole is none: the mixed number "4-1/2")
        if chain and not number.fraction and chain.end() > number.end:
            self.skip_to = chain.end()
            return True  # 202-456-1111, 1-2-3-4, 192.168.0.1
        back = text[max(0, s - 1) : s + 14]
        phone = _PHONE_RE.match(back) or _PHONE_RE.match(text, s)
        if phone and not number.currency:
            nxt = _low(tokens, i + 2)
            if not nxt or not nxt.isalpha() or nxt in NOUN_STOP:
                self.skip_to = s + 14
                return True  # (202) 456-1111, 456-1111
        # "575 Wilbraham Road": a number, capitalised words, a street type
        if text[number.end : number.end + 1] == " " and not number.currency:
            for k in range(i, min(i + 4, len(tokens))):
                word = tokens[k][0]
                if not is_capitalised(word):
                    return False
                if k > i and word.lower().rstrip(".") in _STREET_TYPES:
                    self.skip_to = tokens[k][2]
                    return True
        return False

    def _qualifier(self, start: int) -> tuple[str, str, str, int]:
        """(canonical, as worded, effect, start offset) of a qualifier ending at `start`, found
        by its last word (a dict lookup, not a regex search over the window)."""
        found = _qualifier_before(self.text, start)
        if found is None:
            return "exactly", "", "exact", start
        worded, at = found
        if worded == "up to" and self._moved_up_to(at):
            return "exactly", "", "exact", start  # "the toll is up to 63": risen to 63
        canonical, effect = QUALIFIERS[worded]
        return canonical, worded, effect, at

    def _moved_up_to(self, at: int) -> bool:
        """Whether "up to" at `at` says where a figure has moved, so "to" gives the level:
        "inching up to 40 percent", "the death toll is now up to 63"; not a ceiling, as in
        "up to 500 people", "could rise up to 3 metres" or "cut up to 500 jobs"."""
        words_before = self._clause_words(at)
        k = len(words_before) - 1
        while k >= 0 and words_before[k] in _UP_TO_FILLERS:
            k -= 1
        if k < 0:
            return False
        word = words_before[k]
        if word in _RUNNING_FIGURES:
            return True
        moved = word in _MOTION_VERBS or (
            (word in CHANGE_UP or word in CHANGE_DOWN) and word not in CHANGE_TRANSITIVE
        )
        modal = any(w in _MODALS for w in words_before[max(0, k - 2) : k])
        return moved and not modal and k + 1 == len(words_before)

    # -- units after a number ------------------------------------------------------------------
    def _unit_after(
        self, number: Number, tokens: list[Token], i: int
    ) -> tuple[Unit | None, int, int]:
        """The unit that follows a number: (unit, index after it, end offset)."""
        end = number.end
        if number.glued is not None:
            return number.glued, i, end
        if i >= len(tokens):
            return None, i, end
        word = tokens[i][0]
        # currency words and codes: "2 million dollars", "19 cents", "5bn euros", "10m USD"
        money = self._currency_word(number, tokens, i)
        if money is not None:
            return money
        if word in CURRENCY_CODES and tokens[i][1] == number.end + 1:
            return Unit(word, "money"), i + 1, tokens[i][2]
        scale = _RICHTER_RE.match(self.text, number.end)
        if scale is not None and number.value < 10:  # "6.1 on the Richter scale"
            return _UNITS_BEFORE["magnitude"], i, end
        found = _match_unit(tokens, i, glued_to=number.end)
        if found is not None:
            unit, j = found
            if unit.kind == "duration" and _low(tokens, j) == "old":
                return Unit(unit.name, "age"), j + 1, tokens[j][2]
            return unit, j, tokens[j - 1][2]
        return None, i, end

    def _currency_word(
        self, number: Number, tokens: list[Token], i: int
    ) -> tuple[Unit, int, int] | None:
        low = _low(tokens, i)
        j = i
        code = ""
        # "Australian dollars", "Hong Kong dollars", "US dollars"
        for size in (2, 1):
            adjective = " ".join(_low(tokens, k) for k in range(i, i + size))
            if adjective in CURRENCY_ADJECTIVES and _low(tokens, i + size) in CURRENCY_WORDS:
                code = CURRENCY_ADJECTIVES[adjective]
                j = i + size
                low = _low(tokens, j)
                break
        if low not in CURRENCY_WORDS:
            return None
        if low in AMBIGUOUS_CURRENCY_WORDS and number.scale == 1 and not code:
            if low in ("pound", "pounds") and _low(tokens, j + 1) != "sterling":
                return None  # "50 pounds of rice": a weight (see units.MEASURES)
            if low != "pound" and low != "pounds":
                return None  # "3 won", "the rand"
        iso, factor = CURRENCY_WORDS[low]
        if code and iso in ("USD", "CHF"):
            iso = code
        end = tokens[j][2]
        if _low(tokens, j + 1) == "sterling":
            j, end = j + 1, tokens[j + 1][2]
        return Unit(iso, "money", factor), j + 1, end

    def _per(self, tokens: list[Token], i: int, priced: bool) -> tuple[str, int, int] | None:
        """A rate after a unit: "per barrel", "a barrel", "/gallon", "per 1,000 people"; after
        an amount of money (`priced`) any thing sold singly ("$30 a box")."""
        if i >= len(tokens):
            return None
        word, s, e = tokens[i]
        low = word.lower()
        if low == "per" or (word == "/" and i + 1 < len(tokens) and tokens[i + 1][1] == e):
            if i + 1 >= len(tokens):
                return None
            nxt, ns, ne = tokens[i + 1]
            if nxt[0].isdigit() and word == "/":
                return None  # "2 million gallons/7.6 million litres": the same amount, converted
            if nxt[0].isdigit():
                value = _parse_digits(nxt)
                if value is None or i + 2 >= len(tokens) or not tokens[i + 2][0].isalpha():
                    return None
                noun = tokens[i + 2][0]
                if noun.lower() in NOUN_STOP:
                    return None
                return f"per {nxt} {noun}", i + 3, tokens[i + 2][2]
            if (
                (nxt.lower().endswith("ed") or nxt.lower() in _RATE_MODIFIERS)
                and _low(tokens, i + 2).isalpha()
                and _low(tokens, i + 2) not in NOUN_STOP
                and tokens[i + 2][0].islower()
            ):
                # "$1.67 per diluted share": the rate is per share, the adjective says which
                return f"per {singular(tokens[i + 2][0])}", i + 3, tokens[i + 2][2]
            if nxt.isalpha() and nxt.lower() not in NOUN_STOP and nxt.lower() != "cent":
                symbol = _match_unit(tokens, i + 1) if nxt in _UNIT_SYMBOLS else None
                if symbol is not None:
                    return f"per {symbol[0].name}", symbol[1], tokens[symbol[1] - 1][2]
                return f"per {singular(nxt)}", i + 2, ne
            return None
        if low in ("a", "an") and i + 1 < len(tokens):
            noun = _low(tokens, i + 1)
            after = _low(tokens, i + 2)
            rate = noun in RATE_NOUNS or (
                priced
                and noun.isalpha()
                and noun not in NOUN_STOP
                and not noun.endswith("s")
                and (after == "" or not after[0].isalpha() or after in NOUN_STOP)
            )
            if rate and after not in ("ago", "later", "earlier", "before"):
                return f"per {singular(noun)}", i + 2, tokens[i + 1][2]
        return None

    def _period_past(self, start: int, end: int, measured: bool) -> tuple[str, int] | None:
        """The period of an amount said past what `_per` reads right after it: past the stuff
        an amount of a unit (`measured`) is of ("400 tonnes of coal a day"), as an adverb ("400
        tonnes daily"), past the amount's conversion in brackets ("400 tonnes (441 tons) a
        day") or, for the conversion itself, past the bracket's end ("(441 tons) a day"):
        ("per day", the end of the words read). Past a bracket the end stays the amount's own,
        so that the conversion inside it is still read."""
        text = self.text
        found = _PERIOD_PAST_RE.match(text, end)
        if found is not None and (measured or not found.group(1)):
            return _period(found), found.end()
        if not measured:
            return None  # "500 people (200 of them children) a day": no count is converted
        bracket = _BRACKET_AFTER_RE.match(text, end)
        if bracket is None and self._in_conversion(start):
            close = text.find(")", end, end + _BRACKET_REACH)
            if close != -1 and "(" not in text[end:close]:
                bracket = _CLOSE_AT_RE.match(text, close)
        if bracket is None:
            return None
        found = _PERIOD_PAST_RE.match(text, bracket.end())
        if found is None or (found.group(1) and not measured):
            return None
        return _period(found), end

    def _in_conversion(self, start: int) -> bool:
        """Whether `start` lies in brackets that open right after an earlier amount: "400 tonnes
        (441 tons)", "… (1,000 and 1,500 gallons/3,785 and 5,678 litres)"."""
        text = self.text
        opened = text.rfind("(", max(0, start - _BRACKET_REACH), start)
        if opened == -1 or ")" in text[opened:start]:
            return False
        return any(q.end <= opened and not text[q.end : opened].strip() for q in self.recent[-4:])

    # -- ranges, parts of a whole, scores -------------------------------------------------------
    def _second(self, tokens: list[Token], k: int) -> tuple[Number, list[Token], int] | None:
        """The second number of a range at tokens[k], after an optional repeated sign."""
        if k >= len(tokens):
            return None
        start = tokens[k][1]
        if tokens[k][0] in CURRENCY_PREFIXES or tokens[k][0] in ("US", "A", "C", "HK"):
            for j in range(k, min(k + 3, len(tokens))):
                if tokens[j][0][0].isdigit():
                    start = tokens[j][1]
                    break
            else:
                return None
        parsed = self._number(start)
        if parsed is None or self._rejected(*parsed, second=True):
            return None
        return parsed

    def _score(
        self, first: Number, tokens: list[Token], i: int
    ) -> tuple[tuple[int, ...], int] | None:
        """ "won 3-2", "a 2-2 draw", "a 6-2-0 record": game scores and vote tallies."""
        text = self.text
        if first.word or first.value != first.value.to_integral_value() or first.value > 200:
            return None
        parts = [int(first.value)]
        j = i
        while (
            j + 1 < len(tokens)
            and tokens[j][0] in ("-", "–", "‑")
            and tokens[j][1] == tokens[j - 1][2]
            and tokens[j + 1][1] == tokens[j][2]
            and tokens[j + 1][0].isdigit()
            and len(tokens[j + 1][0]) <= 3
        ):
            parts.append(int(tokens[j + 1][0]))
            j += 2
        if len(parts) == 1 and _low(tokens, i) == "to" and _low(tokens, i + 1).isdigit():
            other = int(tokens[i + 1][0])
            after = _low(tokens, i + 2)
            ended = after == "" or (not after[0].isalpha() and after not in ("%", "$"))
            from_before = self.text[max(0, first.start - 5) : first.start].lower() == "from "
            # "a 7 to 2 majority", "deadlocked 4 to 4", "(47 to 25)"; not "rose from 47 to 25"
            if after in _SCORE_NOUNS or (ended and other <= parts[0] and not from_before):
                parts.append(other)
                j = i + 2
        if len(parts) < 2 or len(parts) > 3:
            return None
        after = _low(tokens, j)
        before = WORD_RE.findall(text, max(0, first.start - 30), first.start)
        verbed = any(w.lower() in _SCORE_VERBS or w.lower() in _SCORE_NOUNS for w in before[-3:])
        named = after in _SCORE_NOUNS or _low(tokens, j + 1) in _SCORE_NOUNS  # "overtime win"
        ends = after == "" or not after[0].isalpha() or after in NOUN_STOP
        scored = named or verbed or parts[0] == parts[1]  # "the 1-1 period" is no range
        if not scored and (parts[0] >= parts[1] or len(parts) == 3):
            # "3-1, 2-0", "won 3-1 in overtime", "(6-2-0)"; not "10-5 percent", "a 3-2-1 plan"
            scored = ends
        if not scored:
            return None
        return tuple(parts), j

    def _to_one(self, first: Number, tokens: list[Token], i: int) -> int | None:
        """The index after "to one" in "two to one", "a two-to-one margin", "2 to 1 in favour":
        a ratio, the way "2:1" is. None for a range ("two to three"), a movement ("from five to
        one"), a tally after a verb ("won 2 to 1") or an amount ("2 to 1 million")."""
        if (
            first.currency
            or first.glued is not None
            or first.fraction
            or first.multiple
            or first.scale > 1
            or first.value < 2
            or first.value != first.value.to_integral_value()
        ):
            return None
        hyphens = ("-", "‑")
        if _low(tokens, i) == "to":
            k = i + 1
        elif (
            _low(tokens, i) in hyphens
            and _low(tokens, i + 1) == "to"
            and _low(tokens, i + 2) in hyphens
            and tokens[i][1] == first.end
            and tokens[i + 3 if i + 3 < len(tokens) else i][1] == tokens[i + 2][2]
        ):
            k = i + 3
        else:
            return None
        if _low(tokens, k) != ("one" if first.word else "1"):
            return None
        following = _low(tokens, k + 1)
        if following in SCALE_WORDS or following in ("%", "-", "‑") or _match_unit(tokens, k + 1):
            return None
        words_before = WORD_RE.findall(self.text, max(0, first.start - 24), first.start)
        last = words_before[-1].lower() if words_before else ""
        if last in ("from", "between") or last in _SCORE_VERBS:
            return None
        return k + 1

    # -- change ------------------------------------------------------------------------------
    def _change_before(self, start: int) -> tuple[str | None, bool, bool, bool]:
        """(direction, is a difference, is a level, the verb takes an object and no "by")
        from the words before a number: "rose 2%", "fell by 19 cents", "up 5%", "rose to
        6,000", "up from 5%", "an increase of 3%", "raised $38 million", "increased the rate by
        75 points", "leads by 11 points", "gave up $5.63"."""
        words_before = self._clause_words(start)
        k = len(words_before) - 1
        level = by = False
        steps = 0
        while k >= 0 and steps < 5:
            w = words_before[k]
            if w in ("to", "from", "at") and not level and not by:
                level = True
            elif w == "by" and not level:
                by = True
                # the verb may stand before its object: "increased the policy rate by 75 points"
                for verb in reversed(words_before[max(0, k - 7) : k]):
                    if verb in CHANGE_UP or verb in CHANGE_DOWN:
                        return ("up" if verb in CHANGE_UP else "down"), True, False, False
                    if verb in LEAD_VERBS:
                        return LEAD_VERBS[verb], True, False, False
            elif w in CHANGE_FILLERS or (w.endswith("ly") and len(w) > 4):
                pass
            elif w in CHANGE_ADVERBS:
                direction = CHANGE_ADVERBS[w]
                if w == "up" and k > 0 and words_before[k - 1] in _GIVE:
                    direction = "down"  # "WestRock gave up $5.63"
                elif w == "up" and k > 0 and words_before[k - 1] in _UP_NOT_A_RISE:
                    return None, False, False, False  # "make up 3 percent", "sign up 5 million"
                return direction, not level, level, False
            elif w in CHANGE_UP or w in CHANGE_DOWN:
                direction = "up" if w in CHANGE_UP else "down"
                return direction, not level, level, w in CHANGE_TRANSITIVE and not by
            elif w == "of" and k > 0 and words_before[k - 1] in CHANGE_NOUNS:
                return CHANGE_NOUNS[words_before[k - 1]], True, False, False
            elif w in LEVEL_VERBS and level:
                return None, False, True, False
            else:
                break
            k -= 1
            steps += 1
        return None, False, False, False

    def _change_into(self, start: int, worded: str) -> tuple[str | None, bool, bool, bool]:
        """`_change_before`, where a change that crosses a line names the line, a level, not
        the size of the change: "fell below 24,000", "rose above 3%" (but "fell more than 900
        points" and "fell over 900 points" are sizes)."""
        direction, difference, level, transitive = self._change_before(start)
        if difference and worded.lower() in CROSSED_LINES:
            return direction, False, True, transitive
        return direction, difference, level, transitive

    def _by_change(self, start: int) -> bool:
        """Whether a number at `start` is the size of a change after "by": "rose by six", "cut
        by a third" (a number word alone there still says how much)."""
        direction, difference, _, _ = self._change_before(start)
        return direction is not None and difference and self._clause_words(start)[-1:] == ["by"]

    def _split_by(self, start: int, tokens: list[Token], i: int) -> bool:
        """ "by 43 percent to 38 percent": a vote split after "by", two shares, not a margin."""
        words_before = self._clause_words(start)
        if words_before[-1:] != ["by"] or i + 1 >= len(tokens):
            return False
        # "cut by 25 basis points to 0.25%", "rose by 0.2 percent to 4.9 percent": a change
        # then the level it ends on
        moved = any(
            w in CHANGE_UP or w in CHANGE_DOWN or w in CHANGE_ADVERBS for w in words_before[-8:-1]
        )
        return tokens[i + 1][0][0].isdigit() and not moved

    def _clause_words(self, start: int, reach: int = _LEFT_REACH) -> list[str]:
        """The lowercased words of the clause before `start`, within `reach` characters."""
        window = self.text[max(0, start - reach) : start]
        cut = max(
            window.rfind("."),
            window.rfind(";"),
            window.rfind(":"),
            window.rfind("!"),
            window.rfind("?"),
            window.rfind("\n"),
        )
        return [w.lower() for w in WORD_RE.findall(window, cut + 1)]

    def _change_after(self, tokens: list[Token], i: int, kind: str, unit: str = "") -> str | None:
        """ "5% higher", "a 3% rise", "a 20 percent drop", "1.5°C above", "908 assists behind";
        a distance or a time ahead or away is not a change ("5 km away", "two years ahead"),
        nor is a word on the next line ("closed at 9,120" then a caption "Down it goes")."""
        low = _low(tokens, i)
        if kind in ("duration", "age", "score") or self._next_line(tokens, i):
            return None
        if low in CHANGE_AFTER:
            if kind == "measure" and low not in ("higher", "lower", "above", "below"):
                return None
            if kind == "measure" and low in ("above", "below") and unit not in _ANOMALY_UNITS:
                return None  # "215 feet above the river" is a height; "1.5°C above" a change
            if low in ("above", "below") and _low(tokens, i - 1) in ("and", "or"):
                return None
            return CHANGE_AFTER[low]
        if low in CHANGE_NOUNS:
            return CHANGE_NOUNS[low]
        if low in _COMPARATIVES and _low(tokens, i + 1) == "than":
            return _COMPARATIVES[low]  # "$105 billion more than last year"
        return None

    def _next_line(self, tokens: list[Token], i: int) -> bool:
        """Whether token `i` stands on a later line than the one before it: a line break ends a
        figure's words, whatever the next line opens with."""
        if i <= 0 or i >= len(tokens):
            return False
        return "\n" in self.text[tokens[i - 1][2] : tokens[i][1]]

    # -- one quantity ---------------------------------------------------------------------------
    def _at(self, anchor: int) -> RawQuantity | None:
        text = self.text
        parsed = self._number(anchor)
        if parsed is None:
            return None
        first, tokens, i = parsed
        # a score after a name ("beat Oregon 3-1") before the name makes it look like a model
        prev = text[first.start - 1] if first.start else " "
        score = None
        if not first.currency and not first.sign and not (prev.isalnum() or prev in "-‑/"):
            score = self._score(first, tokens, i)
        if score is not None:
            parts, j = score
            return self._made(
                first.start, tokens[j - 1][2], kind="score", score=parts, confidence=0.7
            )
        if self._rejected(first, tokens, i):
            return None
        to_one = self._to_one(first, tokens, i)
        if to_one is not None:  # "two to one": a ratio, as "2:1" is
            first.end, i = tokens[to_one - 1][2], to_one
            first.multiple = first.split = True
        start = first.currency_start if first.currency else first.start
        end = first.end
        from_zero = self._from_zero(first, tokens, i, start)
        if from_zero is not None:
            start = from_zero
        canonical, worded, effect, q_start = self._qualifier(start)
        prefix_end = q_start if worded else start
        direction, difference, level, transitive = self._change_into(prefix_end, worded)
        before = text[max(0, start - 12) : start].lower()

        in_every = self._in_every(first, tokens, i)  # "nine in 10 voters"
        if in_every is not None:
            first, i = in_every
        made_of = self._hyphen_of(first, tokens, i)  # "11-of-25 shooting"
        if made_of is not None:
            whole_of, i = made_of
            first.end = tokens[i - 1][2]
        posted = self._post_qualifier(tokens, i)  # "age 70 or older", "six or more"
        if posted is not None and effect == "exact":
            effect, canonical, worded, i, end = posted
            first.end = end
        unit, i, end = self._unit_after(first, tokens, i)
        end = max(end, first.end)
        if first.fraction and not first.word and unit is not None:
            first.fraction = False  # "½ percent", "3/4 mile": a number of the unit, no share
        if unit is None and _low(tokens, i) in _LANDMARKS and before.endswith("the "):
            # "approaching the half-million mark": the number itself, with the qualifier
            # before "the"; the landmark is no counted noun
            end, i = tokens[i][2], i + 1
            if effect == "exact":
                canonical, worded, effect, q_start = self._qualifier(start - len("the "))
                prefix_end = q_start if worded else start
                direction, difference, level, transitive = self._change_into(prefix_end, worded)
        currency = first.currency
        factor = Decimal(1)
        if unit is not None and unit.kind == "money":
            currency, factor = unit.name, unit.factor
        elif unit is not None and unit.kind == "duration":
            factor = unit.factor  # "two decades": 20 years
        if currency and unit is not None and unit.kind != "money":
            unit = None  # "$5 million" then a word that happens to be a unit
        if unit is None and not currency and not first.word:
            column = self._unit_column(first.start, end)  # "-4.6" under "Decline in Percent"
            if column is not None:
                unit, change = column
                first.change = first.change or change
        second: Number | None = None
        total: Decimal | None = whole_of if made_of is not None else None
        noun: str | None = None
        measure: str | None = None
        is_age = first.age or (unit is not None and unit.kind == "age")

        # ranges: "15 to 20", "between 30 and 40", "30–40", "5-10%", "from $800,000 to $1.3m"
        # (a fraction in digits may open one: "¼ to ½ percent", "1/4-1/2 mile")
        if i < len(tokens) and first.vague_lower is None and not (first.fraction and first.word):
            joiner = tokens[i][0].lower()
            between = before.endswith("between ")
            range_joiner = joiner in ("to", "-", "–", "—", "‑", "or") or (
                joiner == "and" and (between or self._converts_range(start))
            )
            # "1.3 percent, or 2 points" is not a range; "2,000 or 2,500 people" is, a guess
            # between two bare figures of one size
            digits_or = joiner == "or" and not first.word
            if digits_or and (unit is not None or currency or tokens[i][1] != first.end + 1):
                range_joiner = False
            # "gained 0.7 percent to 6,327.80": a change then a level, not a range
            if joiner == "to" and direction is not None and (unit is not None or currency):
                range_joiner = False
            if before.endswith("from ") and (
                direction is not None
                or any(w in CHANGE_UP or w in CHANGE_DOWN for w in self._clause_words(start))
            ):
                range_joiner = False  # "increased from 10.1 percent to 10.4 percent": two levels
            if range_joiner:
                nxt = self._second(tokens, i + 1)
                if nxt is not None:
                    candidate, tokens2, j = nxt
                    unit2, j2, end2 = self._unit_after(candidate, tokens2, j)
                    currency2 = candidate.currency
                    if unit2 is not None and unit2.kind == "money":
                        currency2 = unit2.name
                    comparable = candidate.value >= first.value  # and so lower <= upper
                    if digits_or and (candidate.word or candidate.value > 2 * first.value):
                        comparable = False  # "5 or 50", "3 or four": not one guess
                    same_units = (unit2 is None or unit is None or unit2.name == unit.name) and (
                        not currency or not currency2 or currency == currency2
                    )
                    # "66.4 per cent – 1,429,981 votes": a dash after a figure that wrote its
                    # own unit, before one that does not repeat it, sets two figures side by
                    # side ("20–30 per cent" and "20 per cent–30 per cent" are ranges)
                    apposed = joiner in _DASHES and unit is not None and unit2 is None
                    # "revised up by 16,000 to 167,000": the size of a change, then the level
                    # it ends on, far above it; "rise by 2 to 3 percent" stays a range
                    stepped = (
                        joiner == "to"
                        and difference
                        and self._clause_words(prefix_end)[-1:] == ["by"]
                        and candidate.value > _STEP_TO_LEVEL * first.value
                    )
                    # "¼ to ½ percent": fractions in digits bound a range of the unit after
                    # them; "¼ to ½ of the vote" is left to be read as a share
                    fractions = first.fraction or candidate.fraction
                    if (
                        comparable
                        and same_units
                        and not apposed
                        and not stepped
                        and candidate.word == first.word
                        and (not fractions or unit is not None or unit2 is not None)
                    ):
                        first.fraction = False
                        second = candidate
                        tokens, i = tokens2, j2
                        end = max(candidate.end, end2)
                        if unit is None and unit2 is not None:
                            unit = unit2
                            if unit2.kind in ("money", "duration"):
                                factor = unit2.factor  # "two to three decades": years
                        if not currency and currency2:
                            currency = currency2
                        if between:
                            q_start = start - len("between ")
                            start = q_start
                            worded = worded or "between"
                        if candidate.age:
                            is_age = True
            # part of a whole: "250 of 398 districts", "204 of Afghanistan's 407 districts",
            # "two of Johnson's deputies", "two out of three"
            elif joiner in ("of", "out") and unit is None and not currency and not first.fraction:
                partitive = self._partitive(first, tokens, i)
                if partitive is not None:
                    total, noun, measure, i, end, tokens = partitive

        if first.fraction and i < len(tokens) and _low(tokens, i) == "of":
            partitive = self._partitive(first, tokens, i, fraction=True)
            if partitive is not None:
                total, noun, measure, i, end, tokens = partitive

        per: str | None = None
        if unit is not None and unit.kind == "percent":
            measure = self._percent_measure(tokens, i)
        elif noun is None and not first.fraction and not first.multiple and not first.rank:
            if unit is None and not currency and not is_age:
                noun, measure, noun_end, i = self._noun(tokens, i, first.vague_lower is not None)
                if noun is not None and noun.lower() in CURRENCY_WORDS and first.vague_lower:
                    currency, factor = CURRENCY_WORDS[noun.lower()]  # "millions of dollars"
                    noun = None
                    end = max(end, noun_end)
                if noun is not None:
                    end = max(end, noun_end)
                    named_unit = _match_unit(tokens, i - 1)
                    if named_unit is not None and noun.lower() == _low(tokens, i - 1):
                        unit, noun = named_unit[0], None  # "15 extra minutes"
            rate = self._per(tokens, i, priced=bool(currency))
            if rate is not None and (unit is not None or currency or noun or not first.word):
                per, i, end = rate[0], rate[1], max(end, rate[2])
            elif (unit is not None or noun) and not currency:
                period = self._period_past(start, end, unit is not None)
                if period is not None:
                    per, reach = period
                    while reach > end and i < len(tokens) and tokens[i][2] <= reach:
                        i += 1
                    end = max(end, reach)

        posted = self._post_qualifier(tokens, i, plus=False)  # "35 seconds or fewer"
        if posted is not None and effect == "exact" and second is None:
            effect, canonical, worded, i, post_end = posted
            end = max(end, post_end)
        if noun is not None and total is None and second is None:
            whole = self._out_of(first, tokens, i)  # "50 seats out of 75", "… out of 147 046"
            if whole is not None:
                total, i, end = whole[0], whole[1], max(end, whole[2])

        # age: "Maria Lopez, 45," / "aged 45"
        if not is_age and unit is None and not currency and noun is None and not first.word:
            is_age = self._age_apposition(first, tokens, i, before)

        # values and bounds
        lower = upper = None
        value: Decimal | None = None
        lower_inc = upper_inc = False
        vague = first.vague_lower is not None
        if second is not None:
            scale_first = first.value
            scale = second.scale if second.scale > 1 else self._scale_word(second)
            if first.scale == 1 and scale > 1 and first.value * scale <= second.value:
                scale_first = first.value * scale  # "3 to 4 million", "three to four million"
            lower, upper = scale_first * factor, second.value * factor
        if vague:
            lower, lower_inc = first.vague_lower, True
            if canonical == "exactly":
                canonical = "vague"
        elif from_zero is not None and second is None:
            lower, upper, lower_inc, upper_inc = Decimal(0), first.value * factor, True, True
            canonical = "range"
        elif second is not None:
            lower_inc = upper_inc = True
            canonical = "range"
        else:
            v = first.value * factor
            if effect == "exact":
                value, lower, upper, lower_inc, upper_inc = v, v, v, True, True
            elif effect == "approx":
                value = v
            elif effect == "lower":
                lower, lower_inc = v, True
            elif effect == "lower_excl":
                lower = v
            elif effect == "upper":
                upper, upper_inc = v, True
            elif effect == "upper_excl":
                upper = v
        if (effect != "exact" and not vague) or (vague and worded) or second is not None:
            start = min(start, q_start)

        # the kind, and the unit as stored
        unit_name = ""
        if noun is not None and noun.lower() in ("seed", "seeds") and not first.fraction:
            first.rank, noun = True, None  # "the six seed"
        if currency:
            kind, unit_name = "money", currency
        elif first.rank:
            kind, unit_name = "rank", ""
        elif is_age:
            kind, unit_name = "age", "year"
        elif first.fraction:
            kind, unit_name = "ratio", "fraction"
        elif first.multiple:
            kind, unit_name = "ratio", "" if first.split else "times"
        elif unit is not None:
            kind, unit_name = unit.kind, unit.name
            if unit_name == "point" and self._poll_lead(prefix_end, tokens, i):
                kind, unit_name = "percent", "percentage point"
            elif unit_name == "point" and self._rate_points(prefix_end, first):
                kind, unit_name = "percent", "basis point"
        elif noun:
            kind, unit_name = "count", noun
        elif per and per.startswith("per ") and per[4:5].isdigit():
            kind, unit_name, per = "ratio", per, None
        else:
            kind = "count" if first.value == first.value.to_integral_value() else "other"
        if per:
            unit_name = f"{unit_name} {per}" if unit_name else per

        if kind == "duration" and worded == "over" and second is None:
            # "over three years" is during three years, not more than three
            value, lower, upper, lower_inc, upper_inc = (
                first.value,
                first.value,
                first.value,
                True,
                True,
            )
            canonical, worded, start = "exactly", "", first.start

        # change: from the words before, the sign, the words after, or a ", or" continuation
        after_change = self._change_after(tokens, i, kind, unit_name)
        if first.change is not None and direction is None:
            direction, difference = first.change, True
        elif first.sign:
            direction, difference, level = ("up" if first.sign > 0 else "down"), True, False
        elif after_change is not None and direction is None:
            direction, difference = after_change, True
        elif direction is None:
            direction, difference, level = self._continued_change(start)
        if transitive and difference and not self._movement(kind, unit_name, tokens, i):
            direction, difference = None, False  # "lost 12 tanks", "raised $38 million"
        if kind in ("duration", "age", "score", "rank"):
            direction, difference = None, False  # "gains of two to three years" is no change
        if difference and _low(tokens, i) == "to" and self._split_by(prefix_end, tokens, i):
            direction, difference = None, False  # "leads Trump by 43 percent to 38 percent"
        if level and not unit_name:
            for earlier in reversed(self.recent[-3:]):
                if not self._same_sentence(earlier.end, start):
                    break
                if earlier.difference and earlier.unit and earlier.unit != "percent":
                    unit_name, kind = earlier.unit, earlier.kind  # "fell 208 points … to 15,885"
                    break
        if not unit_name and kind == "count" and not first.word:
            # "the number of new cases … rose by over 12,000", "a death toll of 89"
            noun = self._subject_noun(start) or self._parallel_noun(start)
            unit_name = noun or ""

        bare = (
            effect == "exact"
            and second is None
            and from_zero is None
            and total is None
            and direction is None
            and not unit_name
            and not vague
            and not first.split
            and not first.rank
        )
        # "the toll rose by six": a number word that is the size of a change stands alone
        by_change = difference and self._by_change(prefix_end)
        counted = bare or (
            first.word
            and total is None
            and not by_change
            and not (unit_name or vague or first.fraction or first.multiple or first.rank or noun)
        )
        if counted:
            # "132, 81 and 79 seats", "87 people were killed and 515 were injured"
            stood_for = self._stood_for(tokens, i, start)
            more = self._more_of(first, start) if stood_for is None else None
            if stood_for is not None:
                kind, unit_name, noun = stood_for
            elif more is not None:  # "scored 10 points … and added seven more"
                unit_name, kind, end = more
                noun = unit_name
            elif self._scaled(second or first, qualified=effect != "exact"):
                pass  # "at half a million", "275k", "three to four million": an amount
            elif first.word or not self._written_as_amount(first):
                return None
        confidence = 0.9 if unit_name else 0.5
        if vague:
            confidence = min(confidence, 0.7)
        biggest = max(abs(v) for v in (value, lower, upper, first.value) if v is not None)
        if biggest >= IMPLAUSIBLE:
            confidence = 0.1
            self.warnings.append(
                f"implausibly large number {text[first.start : first.end][:30]!r} at offset "
                f"{first.start}; kept with confidence 0.1"
            )
        if measure is None:
            head = self._gapped_head(start, end)
            if head is not None and head.unit == unit_name:
                measure = head.measure  # "42% of the vote, Labour 40%": 40% of the vote too
        return self._made(
            start,
            end,
            value=value,
            lower=lower,
            upper=upper,
            lower_inclusive=lower_inc,
            upper_inclusive=upper_inc,
            unit=unit_name,
            noun=noun,
            qualifier=canonical,
            qualifier_text=worded,
            vague=vague,
            total=total,
            measure=measure,
            confidence=confidence,
            kind=kind,
            change=direction,
            difference=bool(direction) and difference,
        )

    def _from_zero(self, first: Number, tokens: list[Token], i: int, start: int) -> int | None:
        """The start of "zero to" or "between zero and" before the number at `start`, when they
        make it the top of a range from nothing: "zero to ¼ percent", "zero to five years"."""
        if first.vague_lower is not None or first.multiple or first.rank or first.sign:
            return None
        if first.fraction and (first.word or self._unit_after(first, tokens, i)[0] is None):
            return None  # "zero to a third": no unit to count
        if _low(tokens, i) in ("to", "and", "-", "–", "—"):
            return None  # "zero to 1 to 2": not one range from nothing
        found = _ZERO_TO_RE.search(self.text, max(0, start - 30), start)
        return found.start() if found is not None else None

    def _rate_points(self, start: int, first: Number) -> bool:
        """Whether "points" are basis points: a rate or yield moved by a whole number of
        points that is a multiple of five ("raised the policy rate by 75 points", "yields rose
        25 points"), in a clause that names no stock index ("the Dow fell 75 points")."""
        value = first.value
        if first.word or value != value.to_integral_value() or not 5 <= value <= 500:
            return False
        if value % 5:
            return False
        words = self._clause_words(start)
        if any(w in _INDEX_WORDS for w in words):
            return False
        return any(w in _RATE_WORDS for w in words[-5:]) or _rate_moved(
            self._clause_words(start, _RATE_REACH)
        )

    def _poll_lead(self, start: int, tokens: list[Token], i: int) -> bool:
        """Whether "points" are a poll's percentage points: a lead or margin ("leads by 20
        points", "a 14-point lead") where the text around speaks of percent or a poll."""
        led = _low(tokens, i) in _LEAD_WORDS or any(
            w in _LEAD_WORDS for w in self._clause_words(start)[-8:]
        )
        if not led:
            return False
        around = self.text[max(0, start - 300) : start + 300].lower()
        return any(cue in around for cue in ("percent", "%", "poll", "survey"))

    def _stood_for(self, tokens: list[Token], i: int, start: int) -> tuple[str, str, str] | None:
        """(kind, unit, noun) of a bare number that is a count all the same: an item of a list
        whose last item names the unit ("132, 81 and 79 seats"), or the subject of a verb of
        what happened to people or things ("515 were injured", "the 13 who pleaded"), which
        takes the noun of a parallel count earlier in the sentence."""
        if _MARGIN_OF_RE.search(self.text, max(0, start - 40), start):
            # "a majority of 326", "a lead of 12": the size of a margin is a count
            counted = self._parallel_noun(start) or ""
            return "count", counted, counted
        if _TALLY_OF_RE.search(self.text, max(0, start - 30), start):
            counted = self._subject_noun(start) or self._parallel_noun(start) or ""
            return "count", counted, counted
        if _low(tokens, i) in _SHORT_OF and _low(tokens, i + 1) == "of":
            # "eight short of the 326 needed": a count of what the sentence counts
            counted = self._parallel_noun(start) or ""
            return "count", counted, counted
        head = self._gapped_head(start, tokens[i - 1][2] if i else start)
        if head is not None:  # "win 318 seats, Labour 261 and the SNP 35"
            return head.kind, head.unit, head.noun or ""
        column = self._table_column(start, tokens[i - 1][2] if i else start)
        if column is not None:  # "Labour, Jeremy Corbyn, 262" under "party, leader and seats"
            return "count", column, column
        opened = self._list_opener(start, tokens[i - 1][2] if i else start)
        if opened is not None:  # "… 314 MPs. Labour would get 266, the Lib Dems 14"
            return "count", opened, opened
        standing = self._standing_on(start)
        if standing is not None:  # "The Greens are on 210 seats … the Liberals are on 25"
            return standing.kind, standing.unit, standing.noun or ""
        j = i
        while (
            j + 1 < len(tokens)
            and _low(tokens, j) in (",", "and", "or")
            and (tokens[j + 1][0][0].isdigit() or _low(tokens, j + 1) in ("and", "or"))
        ):
            j += 2 if tokens[j + 1][0][0].isdigit() else 1
        if j > i and tokens[j - 1][0][0].isdigit():
            found = _match_unit(tokens, j)
            if found is not None and found[0].kind != "count":
                return found[0].kind, found[0].name, ""
            noun = self._noun(tokens, j, vague=False)[0]
            if noun is not None:
                return "count", noun, noun
            return None
        verb = _last(_WORD_AT_RE.finditer(self.text, max(0, start - 16), start))
        if verb is not None and verb.group().lower() == "another" and verb.end() + 1 == start:
            # "9,700 were homes. Another 118 …": more of the count just read
            prev = self.prev
            near = prev is not None and prev.kind == "count" and start - prev.end < 200
            noun = prev.noun if near and prev is not None and prev.noun else ""
            return "count", noun, noun
        object_of = (
            verb is not None
            and verb.group().lower() in _CASUALTY_VERBS
            and not self.text[verb.end() : start].strip()
        )
        if _low(tokens, i) not in _COUNT_VERBS and not object_of:
            return None
        noun = self._parallel_noun(start) or ""
        return "count", noun, noun

    def _unit_column(self, start: int, end: int) -> tuple[Unit, str | None] | None:
        """The unit of a bare figure in a row of a table whose columns name their units
        ("Date Close Decline in Points Decline in Percent" over rows "Feb. 5 24,345.75
        -1,175.21 -4.6"): the columns with a unit are the last ones, so the figure that is
        k-th from the end of its row takes the unit of the k-th such column from the end.
        Only where no word in lowercase stands between the column names and the figure. A
        column named for a fall or a rise ("Decline in Points") gives the change too."""
        text = self.text
        window = max(0, start - 400)
        header = _last(_UNIT_COLUMNS_RE.finditer(text, window, start))
        if header is None or _LOWER_WORD_RE.search(text, header.end(), start):
            return None
        units = []
        for column in _UNIT_COLUMN_RE.finditer(header.group()):
            unit = known_unit(column.group(1) or column.group(2))
            if unit is None or unit.kind == "count":
                return None
            named = column.group().split()[0].lower()
            change = "down" if named in CHANGE_DOWN else "up" if named in CHANGE_UP else None
            units.append((unit, change))
        after, at = 0, end
        while (cell := _NEXT_CELL_RE.match(text, at)) is not None:
            after, at = after + 1, cell.end()
        if after >= len(units):
            return None
        return units[len(units) - 1 - after]

    def _table_column(self, start: int, end: int) -> str | None:
        """The noun of a bare number that ends a line of a table written as text ("Labour,
        Jeremy Corbyn, 262" one party a line, two lines or more), named as the last of the
        columns listed in the paragraph before it ("in the order of party, leader and
        seats.")."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if not _TABLE_CELLS_RE.fullmatch(text, line_start, start):
            return None
        if not _TABLE_LINE_END_RE.match(text, end):
            return None
        # the block of such lines, then the paragraph just before it
        lines = text[:line_start].rstrip("\n").split("\n")
        rows = 1 + bool(
            _TABLE_ROW_RE.fullmatch(text[end:].lstrip(" ").partition("\n")[2].partition("\n")[0])
        )
        while lines and _TABLE_ROW_RE.fullmatch(lines[-1]):
            lines.pop()
            rows += 1
        if rows < 2:
            return None
        while lines and not lines[-1].strip():
            lines.pop()
        header = _COLUMNS_RE.search(lines[-1]) if lines else None
        return header.group(1) if header is not None else None

    def _list_opener(self, start: int, end: int) -> str | None:
        """The noun of a bare number that opens a list of names and bare numbers ("Labour would
        get 266, the Lib Dems 14 and the SNP 34") right after a sentence that counted with a
        noun ("the Tories could get 314 MPs."): the list leaves out the unit that sentence named."""
        prev = self.prev
        if prev is None or prev.kind != "count" or not prev.noun or prev.change:
            return None
        if not _LIST_NEXT_RE.match(self.text, end):
            return None
        gap = self.text[prev.end : start]
        if len(gap) > 200 or any(c.isdigit() for c in gap):
            return None
        if len(_SENTENCE_END_RE.findall(gap)) > 1:
            return None  # only the sentence just before
        return prev.noun

    def _standing_on(self, start: int) -> RawQuantity | None:
        """For a bare number a side stands "on" ("the Liberals are on 25"), the amount with a
        unit stood on in the same words a sentence or two before ("the Greens are currently on
        210 seats"): where a side stands is counted as the side before it was."""
        text = self.text
        if _STANDING_ON_RE.search(text, max(0, start - 40), start) is None:
            return None
        for earlier in reversed(self.recent[-4:]):
            if start - earlier.end > _STANDING_REACH:
                break
            if earlier.unit and _STANDING_ON_RE.search(
                text, max(0, earlier.start - 40), earlier.start
            ):
                return earlier
        return None

    def _parallel_noun(self, start: int) -> str | None:
        """The noun of the nearest count before `start` in its sentence: "87 people were killed
        and 515 were injured" → people."""
        for earlier in reversed(self.recent[-4:]):
            if not self._same_sentence(earlier.end, start):
                break
            if earlier.kind == "count" and earlier.noun:
                return earlier.noun
        return None

    def _out_of(
        self, first: Number, tokens: list[Token], i: int
    ) -> tuple[Decimal, int, int] | None:
        """ "out of [a total of] N [noun]" after a count's noun: (total, index after, end)."""
        if _low(tokens, i) != "out" or _low(tokens, i + 1) != "of":
            return None
        k = i + 2
        while _low(tokens, k) in ("a", "the", "total", "of"):
            k += 1
        if k >= len(tokens) or not tokens[k][0][0].isdigit():
            return None
        whole = self._number(tokens[k][1])
        if whole is None or self._rejected(*whole, second=True):
            return None
        number, tokens2, j = whole
        if number.value < first.value:
            return None
        noun, _measure, noun_end, after = self._noun(tokens2, j, vague=False)
        end = noun_end if noun is not None else number.end
        return number.value, (after if noun is not None else j), end

    def _hyphen_of(self, first: Number, tokens: list[Token], i: int) -> tuple[Decimal, int] | None:
        """ "11-of-25", "nine-of-16": a part of a whole in one hyphenated word."""
        if [_low(tokens, k) for k in range(i, i + 3)] != ["-", "of", "-"] or i + 3 >= len(tokens):
            return None
        whole = tokens[i + 3][0]
        size = _parse_digits(whole) if whole[0].isdigit() else None
        if size is None and whole.lower() in UNITS:
            size = Decimal(UNITS[whole.lower()])
        if size is None or size < first.value:
            return None
        return size, i + 4

    def _in_every(self, first: Number, tokens: list[Token], i: int) -> tuple[Number, int] | None:
        """ "nine in 10 voters", "about 4 in 10": a share, as the fraction 0.9 or 0.4."""
        if _low(tokens, i) != "in" or i + 1 >= len(tokens) or first.vague_lower is not None:
            return None
        whole = _low(tokens, i + 1)
        size = int(whole) if whole.isdigit() else UNITS.get(whole) or TENS.get(whole)
        if size is None:
            return None
        one_in = first.value == 1 and size in _ONE_IN_SIZES  # "one in seven"
        if (size not in _SHARE_SIZES and not one_in) or not 0 < first.value < size:
            return None
        share = (first.value / size).quantize(Decimal("0.0001"))
        number = Number(share, first.start, tokens[i + 1][2], word=first.word, fraction=True)
        return number, i + 2

    def _subject_noun(self, start: int) -> str | None:
        """The noun a bare count counts, named earlier in its sentence as "the number of X" or
        "the X toll": "the number of new cases in the capital stood at 5,542" → cases; or opening
        its clause as "of the X,": "of the deaths, 412 were in the north" → deaths."""
        opener = _PARTITIVE_OPENER_RE.search(self.text, self._sentence_start(start), start)
        if opener is not None:
            return opener.group("noun")
        named = _last(_COUNTED_SUBJECT_RE.finditer(self.text, self._sentence_start(start), start))
        if named is None:
            return None
        if named.group("noun"):
            return named.group("noun")
        if named.group("tallied"):
            tallied = named.group("tallied").lower()
            return tallied[:-1] + "ies" if tallied.endswith("y") else tallied + "s"
        return named.group("toll").lower() + "s" if named.group("toll") else "deaths"

    def _sentence_start(self, start: int) -> int:
        window_start = max(0, start - 160)
        end = _last(_CLAUSE_END_RE.finditer(self.text, window_start, start))
        return end.end() if end is not None else window_start

    def _post_qualifier(
        self, tokens: list[Token], i: int, plus: bool = True
    ) -> tuple[str, str, str, int, int] | None:
        """A bound written after the number: "70 or older", "six or more", "35 seconds or fewer",
        "65 and over", and right after it "400,000-plus" (`plus`; after a unit, "1.7 million
        pounds plus taxes" adds taxes): (effect, canonical, as worded, index after, end)."""
        if plus and _low(tokens, i) == "-" and _low(tokens, i + 1) == _PLUS:
            i += 1
        if plus and _low(tokens, i) == _PLUS:
            return "lower_excl", "more than", _PLUS, i + 1, tokens[i][2]
        if _low(tokens, i) not in ("or", "and") or _low(tokens, i + 1) not in _POST_QUALIFIERS:
            return None
        effect = _POST_QUALIFIERS[_low(tokens, i + 1)]
        canonical = "at least" if effect == "lower" else "up to"
        worded = f"{_low(tokens, i)} {_low(tokens, i + 1)}"
        return effect, canonical, worded, i + 2, tokens[i + 1][2]

    def _made(self, start: int, end: int, **fields: Any) -> RawQuantity:
        base: dict[str, Any] = {
            "value": None,
            "lower": None,
            "upper": None,
            "lower_inclusive": False,
            "upper_inclusive": False,
            "unit": "",
            "noun": None,
            "qualifier": "exactly",
            "qualifier_text": "",
            "vague": False,
            "total": None,
            "measure": None,
            "confidence": 0.5,
        }
        base.update(fields)
        return RawQuantity(start=start, end=end, **base)

    def _scale_word(self, number: Number) -> int:
        """The scale a spelled-out number ends in: 1,000,000 for "four million", else 1."""
        if not number.word:
            return 1
        last = _LAST_WORD_RE.search(self.text, number.start, number.end)
        return SCALE_WORDS.get(last.group().lower(), 1) if last else 1

    def _scaled(self, number: Number, *, qualified: bool = False) -> bool:
        """ "275k", "4 million", "half a million": written with a scale, so an amount (of
        something the sentence names elsewhere), never an identifier; at least a thousand.
        "A million" alone is a figure of speech ("one in a million") unless a qualifier bounds
        it ("said it was more than a million", "nearly a million"): then it is a count."""
        if abs(number.value) < 1000 or number.fraction or number.multiple or number.rank:
            return False
        a_scale = self.text[number.start : number.start + 2].lower() == "a "
        if number.word and a_scale and not qualified:
            return False  # "one in a million", "a thousand words": a figure of speech
        return number.scale > 1 or self._scale_word(number) > 1

    def _written_as_amount(self, number: Number) -> bool:
        """ "36,528" or "15,885.22": separators and decimals mark an amount, not an identifier."""
        raw = self.text[number.start : number.end]
        return "," in raw or " " in raw or ("." in raw and not raw.startswith("0"))

    def _gapped_head(self, start: int, end: int) -> RawQuantity | None:
        """The quantity just before a number that follows a name in a list with the verb and
        unit left out ("win 318 seats, Labour 261 and the SNP 35", "42% of the vote, Labour
        40%"): the number is an item of that list, not an identifier, and takes its unit."""
        head = self.prev
        if head is None or head.kind not in ("count", "percent", "money") or head.change:
            return None
        gap = self.text[head.end : start]
        if len(gap) > 80 or not self._same_sentence(head.end, start):
            return None
        name = _GAPPED_NAME_RE.search(gap)
        if name is None or not _GAPPED_NEXT_RE.match(self.text, end):
            return None
        between = gap[: name.start()]
        # nothing but a few words on what was counted ("of the vote") before the next item
        return head if len(between) <= 20 and not any(c.isdigit() for c in between) else None

    def _same_sentence(self, a: int, b: int) -> bool:
        return b - a < 200 and _CLAUSE_END_RE.search(self.text, a, b) is None

    def _continued_change(self, start: int) -> tuple[str | None, bool, bool]:
        """ "fell 208 points, or 1.3 percent, to 15,885": the ", or" number shares the change;
        the "to" number is the level it ends on."""
        prev = self.prev
        if prev is None or prev.change is None or prev.end > start:
            return None, False, False
        if not self._same_sentence(prev.end, start):
            return None, False, False
        between = self.text[prev.end : start].lower()
        if len(between) > 40:
            return None, False, False
        words_between = WORD_RE.findall(between)
        if prev.difference and (
            words_between == ["or"] or (not words_between and between.strip() in (",", "(", "/"))
        ):
            return prev.change, True, False
        if words_between and words_between[-1] in ("to", "at") and len(words_between) <= 3:
            return prev.change, False, True
        if words_between and words_between[-1] == "from" and len(words_between) <= 3:
            return prev.change, False, True
        return None, False, False

    def _movement(self, kind: str, unit: str, tokens: list[Token], i: int) -> bool:
        """After a verb that takes an object ("lost", "added", "raised"), whether the number is
        still the size of a movement: percent and points are ("lost 2%", "added 100 points");
        money or a count is when its share or end level follows ("lost $1.85, or 2.6%, to
        $70", "shed 30 cents to $4") and otherwise an amount ("raised $38 million")."""
        if kind == "percent" or unit == "point":
            return True
        if unit.lower() in _HELD_COUNTS:
            return True  # "gained two seats", "gaining three MPs": a party's tally moved
        k = i + 1 if _low(tokens, i) == "," else i
        if _low(tokens, k) == "or" and k + 1 < len(tokens) and tokens[k + 1][0][0].isdigit():
            return True
        if _low(tokens, k) == "to" and k + 1 < len(tokens):
            nxt = tokens[k + 1][0]
            return nxt[0].isdigit() or nxt in CURRENCY_PREFIXES
        return False

    def _age_apposition(self, number: Number, tokens: list[Token], i: int, before: str) -> bool:
        """ "Maria Lopez, 45, a shopkeeper", "aged 45": a person's age."""
        text = self.text
        value = number.value
        if value != value.to_integral_value() or not 0 < value < 120:
            return False
        words_before = WORD_RE.findall(text, max(0, number.start - 20), number.start)
        if words_before and words_before[-1].lower() in _AGE_BEFORE:
            return True
        if [w.lower() for w in words_before[-2:]] == ["age", "of"]:
            return True  # "at the age of 23"
        s, e = number.start, number.end
        if text[max(0, s - 2) : s] != ", " or text[e : e + 1] not in (",", ")", ";"):
            return False
        name = words_before[-1] if words_before else ""
        return (
            is_capitalised(name)
            and name.lower() not in MONTHS
            and name.lower() not in WEEKDAYS
            and not name.isupper()
        )

    def _partitive(
        self, first: Number, tokens: list[Token], i: int, fraction: bool = False
    ) -> tuple[Decimal | None, str | None, str | None, int, int, list[Token]] | None:
        """After "N of": (total, noun, measure, index, end, tokens). "250 of 398 districts",
        "204 of Afghanistan's 407 districts", "two of Johnson's deputies", "half of the 421
        districts", "two out of three"."""
        text = self.text
        k = i + 1
        if _low(tokens, i) == "out":
            if _low(tokens, i + 1) != "of":
                return None
            k = i + 2
        if _low(tokens, k) in ("them", "those", "these") and not fraction:
            # "60 of them" after "515 were injured": part of the count before
            for earlier in reversed(self.recent[-3:]):
                if earlier.kind == "count" and self._same_sentence(earlier.end, tokens[k][1]):
                    size = earlier.value if earlier.value is not None else earlier.lower
                    counted = earlier.noun or earlier.unit or None
                    return size, counted, None, k + 1, tokens[k][2], tokens
            if _low(tokens, k) == "them" or not _low(tokens, k + 1).isalpha():
                return None  # else "53 of those victims": a determiner before its noun
        while k < len(tokens) and _low(tokens, k) in _OF_DETERMINERS:
            k += 1
        # a possessive: "Afghanistan's", "the country's", "Johnson's"
        for m in range(k, min(k + 3, len(tokens))):
            w = tokens[m][0]
            if w.endswith(("'s", "’s")) or (
                m + 1 < len(tokens) and tokens[m + 1][0] in ("'", "’") and w.endswith("s")
            ):
                k = m + 1 if w.endswith(("'s", "’s")) else m + 2
                break
            if not w[0].isalpha() or w.lower() in NOUN_STOP:
                break
        if k + 1 < len(tokens) and _ranking_word(_low(tokens, k)):
            after = tokens[k + 1][0]
            if after[0].isdigit() or _low(tokens, k + 1) in UNITS or _low(tokens, k + 1) in TENS:
                k += 1  # "15 of the hottest 16 years", "three of the last five": the total after
        total: Decimal | None = None
        end = of_end = tokens[i][2]
        after_of = tokens[i + 1][1] if i + 1 < len(tokens) else of_end
        if k < len(tokens) and (tokens[k][0][0].isdigit() or tokens[k][0].isalpha()):
            whole = self._number(tokens[k][1])
            if whole is not None and not self._rejected(*whole):
                number, tokens2, j = whole
                if number.vague_lower is None and (number.value >= first.value or fraction):
                    total = number.value
                    tokens, k = tokens2, j
                    end = number.end
        noun, measure, noun_end, j = self._noun(tokens, k, vague=False)
        if noun is not None:
            end = max(end, noun_end)
        elif total is None:
            return None
        if fraction:
            # "half of the vote": the words after "of"; with a total ("half of the 421
            # districts") the counted noun's measure stands
            measure = text[after_of:end] if end > of_end and total is None else measure
        return total, noun, measure, j, end, tokens

    def _percent_measure(self, tokens: list[Token], i: int) -> str | None:
        """What a percentage is of: "85 per cent of the war-torn country"."""
        if _low(tokens, i) != "of":
            return None
        found = []
        for word, s, e in tokens[i + 1 : i + 12]:
            if not word[0].isalnum() and word not in ("-", "’", "'"):
                break
            if word.lower() in _MEASURE_STOP:
                break
            found.append((s, e))
        if not found:
            return None
        return self.text[found[0][0] : found[-1][1]]

    def _plural_noun_after(self, tokens: list[Token], j: int) -> bool:
        """Whether the noun phrase goes on after tokens[j] to a plural noun, over at most two
        modifiers or noun adjuncts ("police officers", "futures trading accounts", "newly
        confirmed infections", "administered vaccine doses"); a plural right after a plural
        only after a collective noun ("police officers", not "1,538 adults pollsters")."""
        here = tokens[j][0].lower() if 0 <= j < len(tokens) else ""
        for k in range(j + 1, min(j + 4, len(tokens))):
            word = tokens[k][0]
            low = word.lower()
            if not word.isalpha() or not word.islower() or low in NOUN_STOP or low in _VERBS:
                return False
            if self.text[tokens[k - 1][2] : tokens[k][1]] != " ":
                return False
            if _plural(low) and not low.endswith(("ed", "ing")):
                return k > j + 1 or not _plural(here) or here in _COLLECTIVES
            if _plural(low):
                return False
        return False

    def _wrapped(self, at: int) -> bool:
        """Whether the line break just before `at` (the start of a lower-case word) only wraps a
        long line of hard-wrapped copy ("contact something like 29\nmunicipalities left"): the
        line before runs on without ending a sentence, so the sentence goes on; a headline is
        short, or followed by a capital."""
        line_end = at - 1
        line_start = self.text.rfind("\n", 0, line_end) + 1
        line = self.text[line_start:line_end].rstrip()
        return len(line) >= _WRAPPED_LINE and line[-1:] not in ".!?:"

    def _next_number(self, tokens: list[Token], j: int) -> bool:
        """Whether tokens[j] starts another number, spelled ("three") or after a qualifier
        ("almost three", "about 40"): what follows a figure is then a second figure, not what
        it counts. "the crowd reached 1.2 million nearly two hours on" counts no hours in
        the millions; "two three-bedroom flats" joins its number to the noun by a hyphen."""
        low = _low(tokens, j)
        if low in _QUALIFIER_WORDS:
            j += 1
            low = _low(tokens, j)
            if low[:1].isdigit():
                return True
        if low not in UNITS and low not in TENS or not tokens[j][0].islower():
            return False
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return after is None or after[0] not in _DASHES or after[1] != tokens[j][2]

    def _noun(
        self, tokens: list[Token], i: int, vague: bool
    ) -> tuple[str | None, str | None, int, int]:
        """(counted noun, what is measured, end offset of the noun phrase, index after it)."""
        text = self.text
        j = i
        if j < len(tokens) and _low(tokens, j) == "of":
            if not vague:
                return None, None, 0, i
            j += 1
            while j < len(tokens) and _low(tokens, j) in _OF_DETERMINERS:
                j += 1
        while j < len(tokens) and _low(tokens, j) in NOUN_PREMODIFIERS:
            j += 1  # "eight other employees", "20 more people"
        # words of the noun phrase, joined only by spaces or hyphens ("Mi-35 helicopters")
        phrase: list[Token] = []
        last_end = tokens[j - 1][2] if j > 0 else 0
        while j < len(tokens) and len(phrase) < 5:
            word, s, e = tokens[j]
            gap = text[last_end:s]
            wrapped = gap == "\n" and not phrase and word.islower() and self._wrapped(s)
            if (phrase and gap.strip()) or ("\n" in gap and not wrapped) or "  " in gap:
                break  # a headline's number does not count the next line
            if word in ("-", "‑") and phrase and j + 1 < len(tokens) and tokens[j + 1][1] == e:
                joined_end = tokens[j + 1][2]
                phrase[-1] = (text[phrase[-1][1] : joined_end], phrase[-1][1], joined_end)
                last_end = tokens[j + 1][2]
                j += 2
                continue
            if not (word[0].isalpha() or word[0].isdigit()) or word.lower() in NOUN_STOP:
                break
            if word.lower() in WEEKDAYS or (word in _MONTH_VERBS and not phrase):
                break  # "the toll rose to 1,744 Monday": when, not what was counted; "5,000
                # march": the crowd's verb
            if word.lower() in _DATING_WORDS and _low(tokens, j + 1) in _PERIODS:
                break  # "deaths rose to 72,000 last year": when, not what was counted
            if word.lower() in _SHORT_OF and _low(tokens, j + 1) == "of":
                break  # "12 short of a majority": how far off, not what was counted
            if word[0].isdigit() and not phrase:
                break
            if self._next_number(tokens, j):
                break
            low = word.lower()
            if _modifier(low) and not is_capitalised(word):
                # "newly confirmed infections", "40 injured people"; not "22 died", "3,000
                # families received aid"
                if not self._plural_noun_after(tokens, j):
                    break
            elif low in _VERBS and not is_capitalised(word):
                break  # "the crowd left"
            elif phrase and is_capitalised(word) and not is_capitalised(phrase[-1][0]):
                break  # "19 support Sanders": a name after a lowercase word is not the noun
            phrase.append((word, s, e))
            last_end = e
            j += 1
            if _plural(low) and not self._plural_noun_after(tokens, j - 1):
                break  # the plural head ends the phrase: "10 pilots| remain"
        if not phrase:
            return None, None, 0, i
        head_i = len(phrase) - 1
        if is_capitalised(phrase[-1][0]):
            # a proper-noun run ("Black Hawks") is the noun as a whole
            k = head_i
            while k > 0 and is_capitalised(phrase[k - 1][0]) and not phrase[k - 1][0][0].isdigit():
                k -= 1
            noun = text[phrase[k][1] : phrase[-1][2]]
        elif (
            phrase[-1][0].lower() in LIGHT_HEADS
            and len(phrase) >= 2
            and not is_capitalised(phrase[-2][0])
        ):
            noun = text[phrase[-2][1] : phrase[-1][2]]
        else:
            noun = phrase[-1][0]
        measure = text[phrase[0][1] : phrase[-1][2]]
        return noun, measure, phrase[-1][2], j


_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
# Words that stay common words when capitalised in a headline ("Dow Falls 296 Points").
_MONTH_VERBS = frozenset(("march",))  # a month's name written lower case: the verb
_LOWERCASE_CLASS = CHANGE_UP | CHANGE_DOWN | NOUN_STOP | LEVEL_VERBS | frozenset(CHANGE_ADVERBS)
