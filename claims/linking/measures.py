"""What a quantity counts, reduced to a concept that survives rewording: the measure key.

"More than 1,000 Afghan government troops" and "1,037 soldiers" both count `troops`; "at least
85 per cent of the war-torn country" and "over 85% of the territory" both measure `territory` in
percent. The concepts are data (`data/measures.toml`); this module only reads them.

A measure key is "<scale>:<concept>": the scale is "percent", a currency code for money, a
physical unit for measures ("m", "km") and "count" for counts. "204 of 407 districts" is
"count:districts" with a total; its share (50.1%) compares with percentages of districts and of
the related concept, territory.

Plain Python, no Django: tested and benchmarked as functions.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from claims.extraction.units import MEASURES
from claims.linking import currencies

DATA = Path(__file__).resolve().parent / "data" / "measures.toml"
GENERIC = "generic"
# Nouns that stand in for a number without saying what it counts ("the 200,000 range", "eight
# times", "the estimate"): read the words around them instead.
PLACEHOLDER = "placeholder"
# Words a number is never a count of, though the extractor may take them for its noun ("631
# Thursday", "up to 400 more dead yet"): days, months, adverbs of time.
NOT_COUNTED = "not_counted"
UNNAMED = {GENERIC, PLACEHOLDER, NOT_COUNTED}
# A unit's period said past what it measures ("60,000 barrels of oil a day", "barrels daily",
# "barrels of oil were leaking every day"),
# past its conversion in brackets ("20 barrels (840 gallons) a day") or, for the conversion,
# past the bracket's end; and the abbreviations news gives a unit per day ("35,000 bpd"): the
# scale is an amount per period.
PERIOD_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,80}\)|[^()]{0,80}\))?\s*(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?"
    r"(?:(?:were|was|are|is|be|been)\s+[a-z]+ing\s+)?"
    r"(?:(?:a|an|per|each|every)\s+(day|week|month|year)\b|(daily))",
    re.IGNORECASE,
)
PER_DAY_UNITS = {"bpd": "bbl per day", "b/d": "bbl per day"}
# A unit's period said for a figure: "20,000 barrels a day", "(2 million litres) a day", "bpd".
PERIOD_IN_SENTENCE = re.compile(
    r"\b(?:[a-z]+s|[a-z]+res)\s+(?:\([^()]{0,80}\)\s+)?(?:of\s+[a-z]+\s+)?"
    r"(?:a|an|per|each|every)\s+(day|week|month|year)\b|\b(?:bpd|b/d)\b",
    re.IGNORECASE,
)
# Words of an amount gathered over time, not a rate: "has leaked 2 million barrels since May".
CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+all|in\s+total|total|totals|totalled|totaled|"
    r"totalling|totaling|altogether|cumulative|overall)\b",
    re.IGNORECASE,
)
# A sentence restating the figure of the one before in other units: "That equals 2 million
# gallons", "That is about 9 million litres".
RESTATING = re.compile(
    r"^\W*(?:that|this|which)\s+(?:equals|is|was|means|amounts\s+to|works\s+out\s+(?:at|to)|"
    r"is\s+equal\s+to|is\s+equivalent\s+to|would\s+be)\b",
    re.IGNORECASE,
)
# Nouns of a rate of flow: "the flow estimate was 9,000 barrels" speaks of barrels a day.
FLOW_WORDS = re.compile(r"\b(?:flow\s+rate|rate\s+of\s+flow|flow\s+estimates?)\b", re.IGNORECASE)
# How many sentences back a restated or flowing amount looks for its period.
PERIOD_SENTENCES = 2
# "2.5 million gallons/9 million litres": the extractor read the second figure as a period.
PER_FIGURE = re.compile(r"^(.+?) per \d[\d.,]*(?:\s+[a-z]+)?$")
# A temperature is a level ("averaged 15.2°C") or a difference of two levels, which converts
# between °C and °F without the offset (`currencies.degrees`): the words right next to it say
# which. After it: "0.2°C warmer than", "1°C above the average", "a 2C rise", "1.5C of warming",
# "the 2C limit" (of warming), also past its bracketed conversion ("0.2°C (0.4°F) warmer").
# Before it: "by 0.3 degrees", "a margin of", "an anomaly of", "warmed 1.1C".
TEMPERATURE_UNITS = {"°C", "°F"}
TEMPERATURE_NOUNS = {"celsius": "°C", "centigrade": "°C", "fahrenheit": "°F"}
TEMPERATURE = "temperature"
# The scale an article last named, for its later bare "degrees" ("58 degrees Fahrenheit ... 0.3
# degrees warmer"): a sign or a name of the scale, "15C" too.
SCALE_NAMED = re.compile(r"\b((?i:celsius|centigrade|fahrenheit))\b|(?:°\s?|\d\s?)([CF])\b")
BRACKETED = re.compile(r"\([^()]*\)")
TEMPERATURE_CHANGE = "temperature_change"
# Nothing but a conjunction before a figure that opens its sentence: "But 2 degrees is".
OPENING = re.compile(r"^\W*(?:(?:but|and|so|yet|still)\W+)?$", re.IGNORECASE)
# The number a temperature is told in, past a qualifier: "a third of a degree".
TOLD_NUMBER = re.compile(
    r"^\W*(?:(?:a|an|about|some|nearly|almost|roughly|more\s+than|over|just|only)\s+)*(.+?)$",
    re.IGNORECASE,
)
UNITS_AT_END = re.compile(
    r"(?:\s|°\s?[CF]|\bdegrees?|\bcelsius|\bcentigrade|\bfahrenheit|(?<=\d)[CF])+$",
    re.IGNORECASE,
)
# A temperature's unit words, read past to the word saying a change: "a third of a degree
# Fahrenheit warmer", "3 degrees Celsius above".
UNIT_WORDS = re.compile(
    r"^(?:\s|°\s?[CF]\b|[CF]\b|degrees?\b|celsius\b|centigrade\b|fahrenheit\b|"
    r"(?:or|to|and)\s+[\d.]+\b|\([^()]*\))*",
    re.IGNORECASE,
)
WARMER_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)|\))?\s*(?:warmer|cooler|hotter|colder|higher|lower|above|below|"
    r"more|less|rise|increase|jump|drop|fall|anomaly|limit|(?:of\s+)?(?:warming|cooling))\b",
    re.IGNORECASE,
)
WARMER_BEFORE = re.compile(
    r"\b(?:by|margin\s+of|anomaly\s+of|rise\s+of|increase\s+of|warming\s+of|warmed|cooled|"
    r"rose|risen|climbed|fell|up|down)(?:\s+(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|just\s+over|less\s+than|just\s+under|under))?\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
KEYS = {
    "nouns", "verbs", "related", "running", "property", "scale", "refines", "places", "shares",
    "cues", "counted", "whole", "part", "per_share", "products",
    "changes", "changed_by", "reduces", "reduced_by",
}  # fmt: skip
# Words before the counted thing that say nothing of it: "the war-torn country".
LEADING = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "those", "these"}
# A noun phrase ends where a preposition or clause starts: "territory in Afghanistan".
PHRASE_END = re.compile(
    r"\s(?:in|of|on|at|from|to|for|across|around|by|with|who|which|that|against|versus|vs|"
    r"while|than|compared|and|or|but|amid|among|during|despite)\s"
)
# Adverbs of where or how a count is taken that may end a measure phrase ("votes nationally",
# "cases worldwide"): they say nothing of what is counted.
TRAILING = {"nationally", "nationwide", "worldwide", "globally", "overall", "apiece", "combined",
            "altogether", "statewide", "countrywide", "locally", "abroad"}  # fmt: skip
# Members of a party counted by its name, capitalised ("156 Liberals, 121 Conservatives", "3
# Greens"): in a result, a party's seats.
PARTY_MEMBERS = {"liberal", "conservative", "tory", "torie", "democrat", "republican",
                 "socialist", "green", "nationalist", "independent", "social democrat",
                 "christian democrat", "labourite", "unionist"}  # fmt: skip
SEATS = "seats"
# Another count of a party's members right beside a count: "98 Conservatives 12 Alliance 9 SDP"
# is a list of seats, whatever the party's name.
PARTY_COUNT = re.compile(
    r"\d+\s+(?:Liberals?|Conservatives?|Tory|Tories|Democrats?|Republicans?|Socialists?|"
    r"Greens?|Nationalists?|Independents?|Unionists?|Labourites?)\b"
)
PARTY_WORDS = 40
# The extractor's measure phrase can run past its line or into the next figure ("votes\n\nLeader
# of ...", "the vote against 33.9"): it ends there.
PHRASE_BREAK = re.compile(r"\n|\d")
WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# How far from the number the verbs of a generic noun are read, in words.
WORDS_AFTER, WORDS_BEFORE = 8, 8
# Words between "of" and a number that do not change what it measures.
QUALIFIERS = {"about", "around", "some", "nearly", "almost", "roughly", "approximately"}
# Nouns that point back to what the sentence counted before: "12,000 homes were destroyed
# and 30,000 others damaged".
ANAPHORS = {"other", "more"}
# The word right before a number, nothing but a space between; and the words right after it,
# a hyphenated word among them ("of risk-weighted assets", "of state-owned banks").
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
WORD_AFTER = re.compile(r"^\s+([A-Za-z]+(?:(?:\s+|-)[A-Za-z]+)*)")
# Verbs that may stand between a counted noun and the verb saying its state: "were killed".
MODALS = {"would", "will", "could", "can", "might", "should", "must"}
AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "remain"}
# Adverbs that may stand between a count and the verb saying its state: "have also died".
ADVERBS = {"also", "reportedly", "already", "since", "now", "all", "still", "likely", "feared",
           "believed", "confirmed", "officially", "so", "far"}  # fmt: skip
# A number right after a name and a comma, closed by a comma or a bracket, is the age of the
# person named ("Jane Roe, 44, of Dunmore"): it counts nothing the sentence speaks of.
AGE_BEFORE = re.compile(r"[A-Z][a-z'’]+,\s*$")
AGE_AFTER = re.compile(r"^\s*(?:[,);]|$)")
# How far after a count a verb saying the state of what it counts is read, in words.
STATE_WORDS = 3
# A share won, got or received with no noun is a share of this concept's.
VOTES = "votes"
# Concepts whose verbs say who voted: read for a generic or a missing noun only.
VOTING = {VOTES, "votes_cast"}
# "won 52% to 48%": the second share is the other side's, whatever the clause names; not "from
# 0.5% to 0.25%", a level before and after a change.
SECOND_SHARE = re.compile(r"(\w+)[^\w.]+[\d.,]+\s*(?:%|per\s?cent|percent)\s+to\s+$", re.IGNORECASE)
_AMOUNT = (
    r"(?:[$€£¥]\s?)?\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand)?\s?"
    r"(?:[a-z]{1,12}\.?)?"
)
# "a 55 per cent to 45 per cent victory": a share followed by the other side's, and the share
# of a result said second (the number before "to").
FIRST_OF_RESULT = re.compile(r"^\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
RESULT_FIRST = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+to\s+$", re.IGNORECASE)
FIGURE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Words of a race between candidates or parties, and of how far one is ahead of another.
RACE_WORDS = re.compile(
    r"\b(?:leads?|leading|ahead|trails?|trailing|behind|poll|polls|polling|survey|race|"
    r"candidates?)\b",
    re.IGNORECASE,
)
LEAD_AFTER = re.compile(r"^[\s-]*(?:lead|advantage|edge)\b", re.IGNORECASE)
LEAD_BEFORE = re.compile(
    r"\b(?:leads?|leading|ahead|trails?|trailing|trailed|behind)\b[^.;,]{0,40}\bby\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
POLL_LEAD = "poll_lead"
# Concepts that are a price a market sets, besides those named "<thing>_price".
PRICES = {"stock_index", "exchange_rate", "bond_yield"}
# How many of the article's last words before a result's sentence are read for the side that
# won it ("Tarnland has said No to the merger. ... a 58 per cent to 42 per cent victory").
SIDE_WORDS_EARLIER = 40
# A line that ends a sentence: running text, not a headline.
SENTENCE_LINE = re.compile(r"[.!?][\"”’')]*\s*$")
# A change in "points" is a change in percentage points when a share is its level: "support
# rose 4 points to 45 per cent", "won 40.1% of the vote, up 9.6 points", "a quarter-point rate
# cut"; not the points of an index or a score ("the Dow fell 29 points, or 0.1 percent").
SHARE = r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)"
SHARE_REACHED = re.compile(
    r"^[^.;]{0,30}?\b(?:to|from|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?" + SHARE,
    re.IGNORECASE,
)
SHARE_BEFORE = re.compile(SHARE + r"[^.;%]{0,50}$", re.IGNORECASE)
RATE_BEFORE = re.compile(r"\brates?\b[^.;]{0,40}$|^\s*(?:\w+\s+)?rates?\b", re.IGNORECASE)
POINTS_RESTATED = re.compile(r"^\s*(?:,\s*or|\(|or)\s*(?:about\s+)?" + SHARE, re.IGNORECASE)
INDEX_WORDS = re.compile(
    r"\b(?:index|indices|dow|nasdaq|ftse|s&p|nikkei|dax|cac|hang\s+seng|sensex|average|"
    r"score|scored|goals?|game|match|lead\s+by)\b",
    re.IGNORECASE,
)
# A clause turning against the one before it: "..., but so far 2,000".
CLAUSE_TURN = re.compile(r",\s+(?:but|yet|while|whereas|although|though)\s+", re.IGNORECASE)
# A clause after a figure that speaks of something else: "at 33%, but the numbers are small".
OTHER_CLAUSE = re.compile(r",\s+(?:but|while|whereas|although|though)\b|;|\s[—–]\s")
# A noun of change right after a share: "a 10.3 percent increase" (not "12% lower", which may
# be a price's move).
CHANGE_NOUN_AFTER = re.compile(
    r"^\s*(?:rise|increase|jump|surge|drop|fall|decline|decrease|gain)\b", re.IGNORECASE
)
# A verb or adverb of change anywhere in a clause: "That was up from 67,114".
CHANGE_WORD = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|jumped|dropped|climbed|declined|grew|"
    r"surged|soared|plunged|slid)\b",
    re.IGNORECASE,
)
# How many sentences back a change that names nothing looks for what changed.
CHANGE_SENTENCES = 3
# "€222m (£198m, $262m)", "10 kilometres (six miles)", "30 pesos, or $1.60": before a
# conversion in brackets or after "or", up to the figure it converts.
CONVERSION_BEFORE = re.compile(
    r"(?:" + _AMOUNT + r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s[a-z]+)"
    r"(?:\s(?:a|an|per|each)\s[a-z]+)?\s*"
    r"(?:\((?:\s*" + _AMOUNT + r"\s*,)*|,\s+or\s+(?:about\s+|roughly\s+|some\s+)?)\s*$",
    re.IGNORECASE,
)
GLUED_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}$")
# "€222m (£198m) deal": the bracketed conversion right after a figure.
BRACKETS_AFTER = re.compile(r"^\s*\([^()]{0,40}\)")
# A date between a noun and its amount, read past: "restarts QE from Nov 1 at €20bn a month".
DATED = re.compile(
    r"\b(?:from|on|in|since|until|as\s+of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?=\s|$)",
    re.I,
)
# How far from an amount of money the noun saying what it pays for is read, in words; right
# after an amount or a measure ("€222m release clause"), only this near.
MONEY_WORDS, NOUN_AFTER = 4, 2
# "buying £60bn more, taking the total to £435bn", "by £60bn to £435bn": an amount reached
# after another amount in its clause is a total the clause's words do not name (they name the
# change); "from £50m to £60m" is two levels of one thing.
LEVEL_REACHED = re.compile(
    r"(?<!from )[$€£¥]\s?\d[\d,.]*\s?(?:m|bn|k|tn|million|billion|trillion)?\b[^.;]*\sto\s+$",
    re.IGNORECASE,
)
# Words that give a thing a name: "a £100bn scheme it called the Term Funding Scheme".
NAMING = {"called", "named", "dubbed", "known as", "labelled", "labeled", "branded"}
# A word that on its own means a death toll, but the toll of another running count when its
# clause named that count before it: "the number injured rose from an earlier toll of 2,000".
TALLIES = {"toll"}
# Words that start another clause: a count named before one is not what a toll after it tallies.
CLAUSE_BREAKS = {"and", "but", "while", "whereas", "although", "though"}
# "down from $5bn a year ago": a time before now, not a period of pay ("a year"); "£40m a year
# before tax" is pay.
AGO = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|the)\s+(?:years?|months?|weeks?|days?|quarters?)\s+"
    r"(?:ago|earlier|before(?!\s+(?:tax|taxes|bonus|bonuses|deductions)\b)|prior)\b",
    re.IGNORECASE,
)
# How many of a sentence's first words may name its subject ("Net profits for the year"), and
# the words that open another clause before a figure, whose subject is another.
SUBJECT_WORDS = 3
SUBORDINATE = {"when", "whereas", "after", "before", "because", "since", "if", "as", "which",
               "who", "that", "where", "whose", "until", "unless"}  # fmt: skip
# Money per share ("$1.20 a share", "$1.20 per diluted share"): the currency is its scale, and it
# is an amount of the per-share concept named near it, else of this one.
PER_SHARE_UNIT = re.compile(r"^([A-Z]{3}) per (?:share|diluted share|diluted)$")
PER_SHARE = "earnings_per_share"
# Words before a products noun ("tablet sales") that are no thing sold: "quarterly sales",
# "the company hit sales of".
NOT_PRODUCTS = LEADING | QUALIFIERS | {
    "of", "in", "for", "and", "or", "with", "all", "quarterly", "annual", "yearly", "monthly",
    "weekly", "total", "overall", "net", "gross", "global", "worldwide", "fiscal", "retail",
    "unit", "year", "quarter", "month", "week", "record", "strong", "weak", "higher", "lower",
    "first", "second", "third", "fourth", "last", "same", "new", "hit", "reached", "posted",
    "reported", "recorded", "saw", "had", "made", "booked", "logged", "generated", "achieved",
    "combined", "its", "their", "his", "her", "our", "your",
}  # fmt: skip
# Words after an amount that set another thing beside it: "$13.7bn, including debt".
BESIDE = {"including", "excluding", "before", "after", "plus", "minus", "without", "less",
          "inclusive", "exclusive"}  # fmt: skip
# An amount of money in the words around a figure: a verb beyond it governs that amount.
AMOUNT = re.compile(r"[$€£¥]\s?\d")
# Words between two amounts that add another thing to the first: "earned $2 a share on sales
# of $9bn", "$9bn in profit with $45bn in sales".
ADDING = {"on", "with", "plus"}
# A count in running text ("45.5 million", "2,000") and the word that may name what it counts.
COUNT_IN_TEXT = re.compile(
    r"(?<![\w.$€£¥])\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn)\b)?(?![\d%])"
)
WORD_AFTER_FIGURE = re.compile(r"^\s+([A-Za-z][\w’'-]*)")
# Words after a figure that name nothing it counts.
NOT_THINGS = LEADING | CLAUSE_BREAKS | AUXILIARIES | MODALS | {
    "in", "on", "at", "of", "for", "from", "to", "by", "with", "as", "than", "or", "up", "down",
    "over", "under", "per", "a", "last", "next", "year", "years", "ago", "more",
    "less"}  # fmt: skip
# A verb of foretelling right before a bare figure: "Analysts had expected 44.8 million", "ahead
# of what investors anticipated, at 44 million".
FORETOLD_BEFORE = re.compile(
    r"\b(?:expected|forecast|predicted|anticipated|projected|estimated)(?:\s*,?\s+at)?\s+"
    r"(?:about\s+)?$",
    re.IGNORECASE,
)
# A dash or semicolon: a clause break a bare share does not read past.
CLAUSE_CUT = re.compile(r"\s[—–]\s|\s--\s|;")
# A sentence opening with an amount per share, then "compared with" right before an amount:
# the first amount of the comparison is per share too.
PER_SHARE_COMPARED = re.compile(
    r"^[^$€£¥]*[$€£¥]\s?\d[\d.,]*\s+(?:per|a)\s+(?:diluted\s+)?share\b.*"
    r"\b(?:compared\s+(?:with|to)|versus|against)\s+$",
    re.IGNORECASE | re.DOTALL,
)
# The end of a sentence in running text.
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
# A verb of foretelling right after a number's noun, ending its clause: "the 44m analysts
# predicted," names who foretold the number, not what it counts.
FORECAST_AFTER = re.compile(
    r"^\s*(?:had\s+|have\s+)?(?:predicted|expected|forecast|forecasted|estimated|anticipated|"
    r"projected)\s*(?:[,.;:)]|$)",
    re.IGNORECASE,
)
# Words right before a share that make it a change ("an increase of 7%", "rose 7%", "up 7%") or
# right after it ("7% more than", "a 7% rise in").
CHANGE_BEFORE = re.compile(
    r"\b(?:increase|increases|increased|rise|rises|rose|risen|jump|jumped|surge|surged|"
    r"climb|climbed|gain|grew|grown|growth|up|down|fell|fall|fallen|drop|dropped|decline|"
    r"declined|decrease|decreased|slid|sank|plunged|soared|expanded|expand|grow|contracted|"
    r"shrank|slowed|eased|edged\s+up|edged\s+down)(?:\s+(?:of|by|to|from|at))?"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|"
    r"just\s+over|just\s+under|under|less\s+than))?\s+$",
    re.IGNORECASE,
)
CHANGE_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|rise|increase|jump|surge|drop|fall|decline|"
    r"decrease|gain)\b",
    re.IGNORECASE,
)
# A verb of buying, then the thing bought and "for" right before an amount: "agreed to buy
# Harlow Mills for $13.7 billion" is the price paid. Not a verb of selling: "the record set when
# Rovers sold their captain for €40m" speaks of another sale than the sentence's own deal.
BOUGHT_FOR = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|"
    r"purchasing|purchased)\b[^.;,]{0,60}\bfor\s+(?:about\s+|around\s+|"
    r"roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
BOUGHT = "fee"
# The rest of an abbreviation a noun was cut from ("U" of "U.S."), then the words after it up
# to a preposition, a clause or a punctuation mark.
ABBREVIATED = re.compile(
    r"^\.(?:[A-Z]\.)+\s+((?:(?!(?:in|of|on|at|for|from|to|by|with|and|or|but|who|which|that)\b)"
    r"[A-Za-z][\w-]*\s*){1,4})"
)
# A bare "Yes" or "No" naming a side of a vote: quoted, or capitalised before a bracket, a colon
# or "on" and a figure; or in capitals opening a line of results before its figure ("NO 61,234
# (38.2 per cent)"), where no determiner is written so.
SIDE_NAMED = re.compile(
    r"[\"“‘']\s*(Yes|No|YES|NO)\s*[\"”’']|(?<![.!?]\s)\b(Yes|No|YES|NO)\b(?=\s*(?:\(|:|on\s+(?:\d|$)))"
    r"|(?:^|(?<=\n))[ \t]*(YES|NO)(?=[ \t]+(?:\d|$))"
)
# Growth of the economy, and the one word that names growth of anything: "growth of 11.2%".
GROWTH = "growth"
# The words right before a share that say it is a target ("a target of about 7%", "the 7%
# target"), and the suffix of a concept's target in the lexicon ("growth_target").
TARGET_BEFORE = re.compile(
    r"\b(?:target|goal|objective|aim)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+|at\s+least\s+)?[\"“]?$",
    re.IGNORECASE,
)
# "aims to keep GDP growth at 6.5%", "targets growth of about 7%": a verb of aiming in the
# share's clause.
AIMING_BEFORE = re.compile(
    r"\b(?:aims?|aiming|seeks?|seeking|targets?|targeting|targeted|pledged|vowed)\s+"
    r"(?:to\s+)?(?:[\w’'-]+\s+){0,5}(?:at|of|to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
TARGET_AFTER = re.compile(r"^[\"”)\]]*\s*(?:target|goal|objective)\b", re.IGNORECASE)
TARGET_SUFFIX = "_target"
# Words opening a sentence that point back to what the sentence before said.
POINTING = {"that", "this", "it", "which", "those", "these"}
# The verb a pointing word is contracted with: "That's", "It's".
CONTRACTED = re.compile(r"['’]s$")
# "wind up", "wind down": a verb of ending ("could wind up paying $2bn", "will wind down the
# fund"), no wind; read as "end". Not before "to": "winds up to 150 mph" are winds.
PHRASAL_WIND = re.compile(r"\bwinds?\s+(?:up|down)\b(?!\s+to\b)", re.IGNORECASE)
# "the price of around $33 at the close of trading", "$33.06 at Thursday's close": an amount of
# money said at the close of a market's trading is what a share traded at.
# Not the end of another span ("$90 million by the end of the weekend" is no share's price).
AT_THE_CLOSE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:at|by)\s+(?:the\s+|[A-Z]\w+[’']s\s+)?"
    r"(?:close|end)(?:\s+of\s+(?:trading|the\s+(?:trading\s+)?(?:day|session)))?\b"
    r"(?!\s+of\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:weekend|week|month|year|quarter|season))"
)
# A count glued to its noun by a hyphen ("a 338-seat parliament", "a 30-storey tower") counts
# that noun; the word after it is the thing that has them.
HYPHENATED = re.compile(r"\d-([A-Za-z]+)$")
# Not one said of a bar to reach ("the 170-seat threshold", "a 326-seat majority"): a level
# needed, which the counts won fall short of without disputing it.
BAR_AFTER = re.compile(
    r"^\s+(?:threshold|majority|mark|barrier|target|goal|minimum|limit|hurdle|cap)\b",
    re.IGNORECASE,
)
# Nouns of a change, read through after an amount: "a £5bn increase in spending".
CHANGES = {"increase", "rise", "expansion", "boost", "extension", "cut", "reduction", "fall",
           "drop", "top", "injection"}  # fmt: skip


# Codes of one currency the extractor may give apart: the renminbi is the yuan (ISO CNY).
SAME_CURRENCY = {"RMB": "CNY"}
# "a 25 basis-point cut": the extractor counts "basis" and leaves "-point" after it.
BASIS_POINT_AFTER = re.compile(r"^-?\s?points?\b", re.IGNORECASE)


# "Target shares fell 9.7% to $50.08", "shares of Harlow were down 3 percent", "Apple shares shed
# almost 3 percent to slip to $114.90": a move of a company's shares, and the price they reached.
_MOVED = (
    r"(?:rose|rise|rises|fell|fall|falls|jumped|jump|jumps|climbed|gained|gains|lost|dropped|"
    r"slid|sank|shed|tumbled|plunged|plummeted|crashed|soared|surged|slumped|declined|skidded|"
    r"rallied|edged\s+up|edged\s+down|were\s+up|were\s+down|was\s+up|was\s+down|closed\s+up|closed\s+down|"
    r"closed|ended|traded|opened|halted|up|down|off|rising|falling|jumping|climbing|"
    r"dropping|sliding|sinking|skidding|tumbling|plunging|soaring|surging|slumping)"
)
# Between the shares and their move: an aside ("the shares, which peaked at €90 in 2009,"), and
# an earlier move to a price joined by "and" ("have sunk to €5, and lost another 6%").
_SHARES_ASIDE = r"(?:,\s+(?:which|that)\s+[^,;.]{1,80},)?"
_MOVED_TO_PRICE_AND = (
    r"(?:\s+(?:(?:have|has|had)\s+)?" + _MOVED + r"\s+(?:to|at)\s+"
    r"(?:less\s+than\s+|more\s+than\s+|under\s+|below\s+)?[$€£¥]\s?[\d.,]+,?\s+and)?"
)
SHARES_MOVED = re.compile(
    r"\b(?:shares|stock)\b(?:\s+(?:of|in)\s+(?:[^.;%$€£¥]|\.(?!\s)){1,60}?)?"
    + _SHARES_ASIDE
    + _MOVED_TO_PRICE_AND
    + r"\s+(?:(?:were|was|have|had|has|are|is)\s+)?"
    + _MOVED
    + r"\b"
    r"(?:\s+(?:about|almost|nearly|by|more\s+than|as\s+much\s+as|another|a\s+further|further))*"
    r"(?:\s+[$€£¥]?\s?[\d.,]+\s*(?:%|percent|per\s+cent|cents?)?,?(?:\s+or)?)?"
    r"(?:\s+(?:to|at)(?:\s+(?:slip|close|end|fall|rise)\s+(?:to|at))?)?\s*$",
    re.IGNORECASE,
)
# The shares' move, then a clause on how their day ended whose subject they are: "Harlow shares
# slid in early trading in Varn, ending the day down 4.1% at €3.20".
SHARES_ENDED = re.compile(
    r"\b(?:shares|stock)\b[^.;%$€£¥]{0,40}?\s" + _MOVED + r"\b[^.;%$€£¥]{0,80}?,\s+"
    r"(?:ending|closing|finishing|to\s+end|to\s+close|to\s+finish)\s+"
    r"(?:(?:the|their|its)\s+(?:day|session|week|trading\s+day)\s+|trading\s+)?"
    r"(?:up|down|lower|higher|off)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|by\s+)?$",
    re.IGNORECASE,
)
SHARE_PRICE = "share_price"
# "Harlow's market value fell to $9bn, Varn's fell to $120bn, and Tarn to $40bn": a name's
# possessive right before the verb, or a name in a list after an amount, its noun left out,
# speaks of the thing the sentence named before.
ELIDED = re.compile(
    r"\b[A-Z][\w.&-]*['’]s\s+" + _MOVED + r"\s+(?:to\s+|by\s+)?$|"
    r"[$€£¥]\s?\d.*,\s+(?:and\s+)?[A-Z][\w.&-]*(?:['’]s)?\s+(?:" + _MOVED + r"\s+)?(?:to|by)\s+$"
)
# A share of a company's shares or of the company itself is a stake in it: "offered 1.5 per
# cent of its shares", "5% of the firm". Not of companies ("12% of companies").
STAKE_OF = re.compile(
    r"^(?:the|its|their|his|her|our)\s+(?:(?:company|firm|group)['’]s\s+)?"
    r"(?:shares|stock|company|firm|equity|share\s+capital)$",
    re.IGNORECASE,
)
STAKE = "stake"
# Words of a sale of a company's shares to the public, whose price per share is what a share
# of it costs: "priced its IPO at $30 a share", "the flotation at 250p a share". A sentence of
# them speaks of a listing, not of a buyer paying for a whole company ("will pay $42 a share").
LISTING = re.compile(
    r"\b(?:ipos?|initial\s+public\s+offerings?|public\s+offerings?|share\s+offerings?|"
    r"share\s+sales?|listings?|flotations?|floated|debuts?|debuted|went\s+public|go\s+public|"
    r"going\s+public)\b",
    re.IGNORECASE,
)
# An amount said as the size of a sale of shares or bonds to investors is the money it raises:
# "a $2bn offering", "the $500m listing", "a $3 billion bond sale", "a $1bn initial public
# offering". "Sale" alone only in a sentence of a listing ("a $4bn sale in the largest IPO this
# year"): "a $13bn sale of the chain" is the price of what is bought.
PROCEEDS_AFTER = re.compile(
    r"^\s*(?:(?P<of>share|stock|equity|bond|debt|rights)\s+)?"
    r"(?:(?:initial\s+)?public\s+)?(?P<noun>sale|offering|listing|ipo|flotation|float|issuance)\b",
    re.IGNORECASE,
)
RAISED = "money_raised"
# The size of "the deal" in a sentence of an offering of shares is what the offering raises:
# "priced its IPO at $30 a share, a deal size of $2bn". Not "went public" nor "debuted": a
# buyer's deal for a company that once listed is its price.
DEAL_SIZE = re.compile(
    r"\b(?:deal(?:\s+(?:size|value))?\s+(?:of\s+)?|size\s+of\s+the\s+deal\s+(?:at\s+|of\s+)?)"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
OFFERED = re.compile(
    r"\b(?:ipos?|initial\s+public\s+offerings?|public\s+offerings?|share\s+offerings?|"
    r"share\s+sales?|listings?|flotations?)\b",
    re.IGNORECASE,
)
# The name of a body ending on a word for a body: "the Climatic Research Unit", "the Office of
# Fiscal Policy", "Harlow Transport Authority". Its words are no thing a figure counts or is a
# share of ("Research Unit" counts no units).
_BODY = (
    r"(?:Unit|Office|Department|Institute|Centre|Center|Agency|Bureau|Board|Commission|Council|"
    r"Authority|Service|Group|Association|Foundation|Fund|Trust|Society|Administration|Ministry|"
    r"Committee|Laboratory)s?\b"
)
_CAPITALISED = r"[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|the)\s+)*"
BODY_NAME = re.compile(
    rf"\b(?:{_CAPITALISED})*{_BODY}\s+(?:of|for|on)(?:\s+(?:the\s+)?[A-Z][\w’'&.-]*)+"
    rf"|\b(?:{_CAPITALISED})+{_BODY}"
)
# A share said as a part of the way to a goal: "halfway to the 2C limit", "60% of the way
# towards its target". It measures how far along the way is, not the goal's own measure.
WAY_TO = re.compile(r"^\s*(?:of\s+the\s+way\s+)?(?:to|towards?)\b", re.IGNORECASE)
HALFWAY = re.compile(r"\bhalf[\s-]?way\b", re.IGNORECASE)
PROGRESS = "progress"
# What an amount per share earned, not its price: "earned $1.10 a share", "a profit of".
EARNING = {"earn", "earned", "earning", "earns", "earnings", "profit", "profits", "income",
           "loss", "losses", "lost", "eps"}  # fmt: skip
# Shares sold, priced or listed at an amount: "sold 2 million shares at $8 each", "priced its
# IPO at 30 pesos", "set the price of its shares at $12", "will price the offering at"; the
# amount is the price of one share. Not a value of all of them ("valued the IPO at $2bn").
_QUALIFIED = r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?"
SHARES_AT = re.compile(
    r"\b(?:shares|stock|ipo|public\s+offering|share\s+offering|flotation)"
    r"(?:\s+[a-z]+){0,3}?\s+at\s+" + _QUALIFIED + r"$",
    re.IGNORECASE,
)
VALUING = re.compile(r"\b(?:valu(?:e|es|ed|ing)|worth|valuation)\b", re.IGNORECASE)
# A listing's first trade: "will begin trading on Monday at 30 pesos", "debuted at $12".
TRADING_BEGINS = re.compile(
    r"\b(?:(?:begin|began|begins|beginning|start|started|starts|starting|commence[sd]?)\s+"
    r"trading|debut(?:ed|s)?)\b[^.;$€£¥]{0,80}\bat\s+" + _QUALIFIED + r"$",
    re.IGNORECASE,
)
# A market report's move of a price: "<verb> $2.59, or 3.4 percent, to $73.98", "lost 56 cents,
# or 16 percent, to $2.95".
_MOVE_AMOUNT = r"(?:[$€£¥]\s?\d[\d.,]*|\d+\s+(?:cents?|pence|p))"
_MOVE_SHARE = r"(?:about\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
MOVE_BY = re.compile(r"\b" + _MOVED + r"\s+(?:by\s+|about\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
MOVE_RESTATED = re.compile(r"^,?\s+or\s+" + _MOVE_SHARE + r",?\s+to\s+[$€£¥]\s?\d", re.IGNORECASE)
MOVE_AMOUNT_BEFORE = re.compile(
    r"\b" + _MOVED + r"\s+(?:by\s+)?" + _MOVE_AMOUNT + r",?\s+or\s+$", re.IGNORECASE
)
MOVE_TO_AFTER = re.compile(r"^,?\s+to\s+[$€£¥]\s?\d", re.IGNORECASE)
MOVE_LEVEL_BEFORE = re.compile(
    r"\b" + _MOVED + r"\s+(?:by\s+)?" + _MOVE_AMOUNT + r",?\s+or\s+" + _MOVE_SHARE + r",?\s+to\s+$",
    re.IGNORECASE,
)


# "The ruling party leads with 61.6%", "the opposition bloc with 14.9%; the Labour Party – 6.7%",
# "Fifty-one percent said they would back Bush": a share said beside a party or a candidate, or
# with a verb of backing one, is a share of the vote.
PARTY_BEFORE = re.compile(
    r"\b(?:party|parties|bloc|alliance|coalition|candidate|front|movement|list|ticket|"
    r"incumbent|challenger|democrats?|republicans?|conservatives?|socialists?|liberals?|"
    r"labou?r|greens?)\b(?:[^.;%]{0,25}?(?:\s(?:with|on|at|of)|\s?[–—:-]))?\s+(?:about\s+|"
    r"around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$",
    re.IGNORECASE,
)
BACKING_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:would|will|to)\s+(?:back|support|vote\s+for|choose|elect)\b|"
    r"^[^.;]{0,40}?\b(?:expressed|voiced)\s+support\s+for\b|^\s+(?:support|backing)\s+for\b|"
    r"^\s+(?:of\s+(?:voters|the\s+electorate|those\s+who\s+voted)\s+)?(?:voted|voting|"
    r"cast\s+(?:their\s+)?(?:ballots?|votes?))\s+for\b",
    re.IGNORECASE,
)


# A currency's name the extractor may give as an amount's noun ("Millions of dollars"): it says
# what the scale is, not what the money is for.
CURRENCY_NOUNS = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "peso", "franc",
                  "ruble", "rouble", "won", "ringgit", "real", "reai", "rand", "lira", "naira",
                  "sterling", "cent", "penny", "pence", "buck", "quid"}  # fmt: skip


# People said to have watched something are its viewers, keyed as a count of "viewers" is:
# "watched by 4 million people", "4 million people tuned in". Only people: "watched by 40
# officers" stays officers. Viewers are no lexicon concept, so this makes no new kind of
# figure bear on another; it only gives people who watched the key viewers already have. Those
# who watched "at least part" of it are its reach, kept apart below (REACH).
WATCHED_BY = re.compile(r"\b(?:watched|viewed)\s+by\s+(?:[\w’']+\s+){0,4}$", re.IGNORECASE)
WATCHING_AFTER = re.compile(
    r"^\s*(?:(?:have|had|has|who|that)\s+)?(?:watched|tuned\s+in|viewed)\b", re.IGNORECASE
)
VIEWERS = "viewer"

# A broadcast's ratings or viewership said as a count of millions is its viewers: "the
# finale's ratings hit an estimated 9.2 million", "viewership reached 4 million". Only in
# millions or more: a rating in points ("a 41.5 household rating"), a credit rating and an
# approval rating are no count of millions.
RATINGS_REACHED = re.compile(
    r"\b(?:ratings|viewership|viewing\s+figures)\b(?:(?!\.\s+[A-Z])[^;:]){0,150}?"
    r"\b(?:hit|hits|reached|reach|topped|totall?ed|drew|were|was|stood\s+at|came\s+in\s+at|"
    r"(?:rose|climbed|jumped|fell|dropped|slipped)\s+to)\s+(?:an?\s+)?"
    r"(?:(?:estimated|record|average\s+of|about|around|nearly|almost|some|roughly)\s+)*$",
    re.IGNORECASE,
)
IN_MILLIONS = re.compile(r"\d\s*(?:million|billion|mn|m|bn)\b", re.IGNORECASE)

# Viewers who watched "at least part" or "any part" of a broadcast are its reach, a larger
# figure than its average audience and never a rival of it: "a record 6.3 million watched at
# least part of the final", "the number who saw any part of it was 6.3 million".
_SOME_PART = r"(?:at\s+least\s+(?:some\s+|a\s+)?part|any\s+part|some\s+part|part)\s+of\b"
REACH_AFTER = re.compile(
    r"^\s*(?:people\s+|viewers\s+)?(?:(?:have|had|has|who|that)\s+)?(?:watched|saw|tuned\s+in"
    r"(?:\s+to)?|viewed)\s+" + _SOME_PART,
    re.IGNORECASE,
)
REACH_BEFORE = re.compile(
    r"\b(?:watched|saw|viewed|tuned\s+in\s+to)\s+" + _SOME_PART + r"[^.;:]{0,60}$", re.IGNORECASE
)
REACH = "viewer_reach"
# A bare count's verb naming what it counts among reports: "31 involved property damage".
INVOLVED_AFTER = re.compile(r"^\s+(?:involved|involving)(\s.*)$", re.IGNORECASE)
# A count of these counts reports of a fault (see `_reported`). Not "cases": a case is mostly
# of a disease ([cases]), and "cases of cholera" must stay one.
REPORT_WORDS = frozenset({"report", "incident", "complaint", "instance", "claim"})
FAULT_REPORTS = "fault_reports"
CASES = "cases"
# A case of a product's fault, not of a disease: "cases of battery explosion", "of the units
# overheating", "of fires". Not failure ("cases of heart failure" are a disease's).
FAULT_CASES = re.compile(
    r"^\s+of\s+(?:(?:the|an?|its|their)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:explosions?|exploding|fires?|catching\s+fire|overheating|malfunctions?|malfunctioning|"
    r"defects?)\b",
    re.IGNORECASE,
)
# A pointer back to a figure told before: "these 41 cases", "of those 41 reports".
THESE_BEFORE = re.compile(r"\b(?:these|those)\s+$", re.IGNORECASE)
ARTICLES = frozenset({"the", "a", "an", "its", "their", "these", "those"})
EFFICACY = "efficacy"
EFFICACY_INTERIM = "efficacy_interim"
# Words of a trial's result read before its end: "a preliminary analysis", "initial results".
INTERIM_BEFORE = re.compile(
    r"\b(?:preliminary|interim|initial|early|earlier|partial|first)\s+"
    r"(?:analysis|analyses|results?|data|findings|readout)\b",
    re.IGNORECASE,
)
# Handsets counted: "1 million phones", "1 million smartphones", "1 million devices" recalled
# or sold are the units sold ([units_sold]). Only on the count scale, never the concept of an
# amount of money ("the handset is priced at $499" stays a price).
HANDSETS = frozenset({"unit", "phone", "smartphone", "handset", "device"})
UNITS_SOLD = "units_sold"

# Revenue and sales said right beside an amount ("$46.9B Revenue", "$215.6 billion in sales",
# "revenue of $46.9 billion"): the lexicon leaves revenue out (a quarter's, a year's and a
# forecast's revenue are not told apart yet), so such an amount is no other concept either.
REVENUE_AFTER = re.compile(r"^\s+(?:in\s+)?(?:revenues?|sales|turnover)\b", re.IGNORECASE)
REVENUE_BEFORE = re.compile(
    r"\b(?:revenues?|sales|turnover)(?:\s+[\w’'-]+){0,3}?\s+(?:of|was|were|at|to|reached|"
    r"hit|totall?ed)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


class LexiconError(ValueError):
    """The measures file is malformed; the message names the file, the concept and the entry."""


@dataclass(frozen=True)
class Concept:
    name: str
    nouns: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    running: bool = False
    property: bool = False  # one value per thing: "a population of 400,000", "a magnitude of 6.1"
    scale: str = ""  # the scale its figures are on when said without a unit ("magnitude")
    refines: str = ""  # the concept it is a state of: homes damaged, not destroyed
    places: tuple[str, ...] = ()  # "a town of 5,000 (people)" counts this concept
    shares: bool = False  # its verbs name what a bare share is of: "52% voted yes"
    cues: tuple[str, ...] = ()  # words of its sentence that say a count is of it ("vote")
    counted: tuple[str, ...] = ()  # what it counts when said as a count: by cues, else last
    whole: str = ""  # a percentage of this concept ...
    part: str = ""  # ... said with a verb of this one is of it: "64% of the electorate voted"
    per_share: bool = False  # an amount per share: "a dividend of $0.50 a share"
    products: bool = False  # its nouns stand beside the thing counted: "tablet sales"
    changes: str = ""  # a change in this concept ...
    changed_by: tuple[str, ...] = ()  # ... said by these words next to it: "gained 30 seats"
    reduces: tuple[str, ...] = ()  # a count of one of these concepts ...
    reduced_by: tuple[str, ...] = ()  # ... with these words next to it: "cut 300 jobs"


@dataclass(frozen=True)
class Lexicon:
    concepts: dict[str, Concept]
    nouns: dict[str, str] = field(default_factory=dict)  # spelling -> concept
    verbs: dict[str, str] = field(default_factory=dict)  # phrase -> concept
    places: dict[str, str] = field(default_factory=dict)  # place noun -> concept
    longest_verb: int = 1

    def concept(self, name: str) -> Concept | None:
        return self.concepts.get(name)


def singular(word: str) -> str:
    """'soldiers' -> 'soldier', 'casualties' -> 'casualty'; good enough for counted nouns."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _phrase(text: str) -> str:
    return " ".join(singular(w) for w in WORD.findall(text.lower()))


def parse(data: dict[str, object], where: str = str(DATA)) -> Lexicon:
    """A Lexicon from the decoded TOML, refusing entries that are malformed or ambiguous."""
    concepts: dict[str, Concept] = {}
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: [{name}] must be a table")
        unknown = set(entry) - KEYS
        if unknown:
            raise LexiconError(f"{where}: [{name}] has unknown keys {sorted(unknown)}")
        lists: dict[str, tuple[str, ...]] = {}
        for key in (
            "nouns", "verbs", "related", "places", "cues", "counted", "changed_by", "reduces",
            "reduced_by",
        ):  # fmt: skip
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                raise LexiconError(f"{where}: [{name}] {key} must be a list of non-empty strings")
            lists[key] = tuple(v.strip().lower() for v in value)
        flags = {}
        for key in ("running", "property", "shares", "per_share", "products"):
            flags[key] = entry.get(key, False)
            if not isinstance(flags[key], bool):
                raise LexiconError(f"{where}: [{name}] {key} must be true or false")
        scale = entry.get("scale", "")
        if not isinstance(scale, str) or (scale and not WORD.fullmatch(scale)):
            raise LexiconError(f"{where}: [{name}] scale must be one lower-case word")
        names = {}
        for key in ("refines", "whole", "part", "changes"):
            names[key] = entry.get(key, "")
            if not isinstance(names[key], str):
                raise LexiconError(f"{where}: [{name}] {key} must name a concept")
        if bool(names["whole"]) != bool(names["part"]):
            raise LexiconError(f"{where}: [{name}] whole and part go together")
        concepts[name] = Concept(
            name,
            lists["nouns"],
            lists["verbs"],
            lists["related"],
            **flags,
            scale=scale,
            refines=names["refines"],
            whole=names["whole"],
            part=names["part"],
            changes=names["changes"],
            changed_by=tuple(" ".join(WORD.findall(w)) for w in lists["changed_by"]),
            reduces=lists["reduces"],
            reduced_by=tuple(" ".join(WORD.findall(w)) for w in lists["reduced_by"]),
            places=lists["places"],
            cues=lists["cues"],
            counted=lists["counted"],
        )
        for noun in lists["nouns"]:
            key = _phrase(noun)
            if nouns.get(key, name) != name:
                raise LexiconError(
                    f"{where}: noun {noun!r} is in [{nouns[key]}] and in [{name}]: one meaning each"
                )
            nouns[key] = name
        for verb in lists["verbs"]:
            key = " ".join(WORD.findall(verb))
            if verbs.get(key, name) != name:
                raise LexiconError(
                    f"{where}: verb {verb!r} is in [{verbs[key]}] and in [{name}]: one meaning each"
                )
            verbs[key] = name
    for concept in concepts.values():
        for other in concept.related:
            if other not in concepts:
                raise LexiconError(f"{where}: [{concept.name}] relates to unknown [{other}]")
        for other in concept.counted:
            if other not in concepts:
                raise LexiconError(f"{where}: [{concept.name}] counted names unknown [{other}]")
        if bool(concept.changes) != bool(concept.changed_by):
            raise LexiconError(f"{where}: [{concept.name}] changes and changed_by go together")
        if bool(concept.reduces) != bool(concept.reduced_by):
            raise LexiconError(f"{where}: [{concept.name}] reduces and reduced_by go together")
        for other in concept.reduces:
            if other not in concepts:
                raise LexiconError(f"{where}: [{concept.name}] reduces unknown [{other}]")
        for key in ("refines", "whole", "part", "changes"):
            other = getattr(concept, key)
            if other and other not in concepts:
                raise LexiconError(f"{where}: [{concept.name}] {key} names unknown [{other}]")
    places: dict[str, str] = {}
    for concept in concepts.values():
        for place in concept.places:
            key = _phrase(place)
            if places.get(key, concept.name) != concept.name:
                raise LexiconError(
                    f"{where}: place {place!r} is in [{places[key]}] and in [{concept.name}]"
                )
            places[key] = concept.name
    longest = max((len(v.split()) for v in verbs), default=1)
    return Lexicon(concepts, nouns, verbs, places=places, longest_verb=longest)


def load(path: Path = DATA) -> Lexicon:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{path}: cannot read the measures lexicon: {error}") from error
    return parse(data, str(path))


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    return load()


@dataclass(frozen=True)
class Measure:
    scale: str  # "count", "percent", a currency code or a physical unit
    concept: str  # a lexicon concept, or the counted noun itself when the lexicon lacks it

    @property
    def key(self) -> str:
        return f"{self.scale}:{self.concept}"[:120]


def _noun_concept(phrase: str, lex: Lexicon) -> str | None:
    """The concept of a noun phrase: whole, then without its first words, cut at a preposition."""
    text = " " + PHRASE_BREAK.split(phrase.lower())[0].strip() + " "
    cut = PHRASE_END.search(text)
    if cut:
        text = text[: cut.start()]
    words = [singular(w) for w in WORD.findall(text)]
    while words and words[0] in LEADING:
        words = words[1:]
    while len(words) > 1 and (lex.nouns.get(words[-1]) == NOT_COUNTED or words[-1] in TRAILING):
        words = words[:-1]  # "dead yet", "missing Thursday", "votes nationally"
    for i in range(len(words)):
        found = lex.nouns.get(" ".join(words[i:]))
        if found:
            return found
    return _noun_before_verb(phrase, lex)


def _noun_before_verb(phrase: str, lex: Lexicon) -> str | None:
    """The concept of a phrase that runs on into its verb ("of the electorate turned out", "of
    registered voters went to the polls", "of those polled were opposed"): the words before the
    first verb of the lexicon or auxiliary, read as a noun phrase."""
    words = WORD.findall(PHRASE_BREAK.split(phrase.lower())[0])
    for i in range(1, len(words)):
        if words[i] in AUXILIARIES or _verb_at(words, i, lex):
            head = [singular(w) for w in words[:i]]
            while head and head[0] in LEADING:
                head = head[1:]
            for j in range(len(head)):
                found = lex.nouns.get(" ".join(head[j:]))
                if found:
                    return found
            return None
    return None


def _verb_at(words: list[str], i: int, lex: Lexicon) -> str | None:
    """The concept of the longest lexicon verb starting at words[i]; none for a verb whose next
    word makes it a forecast's ("missing forecasts of 6%", "beat expectations")."""
    if i + 1 < len(words) and words[i + 1] in FORECAST_NOUNS:
        return None
    for n in range(min(lex.longest_verb, len(words) - i), 0, -1):
        found = lex.verbs.get(" ".join(words[i : i + n]))
        if found:
            return found
    return None


# Nouns of a figure foretold, which a verb before them measures against, not counts: "missing
# forecasts", "topping estimates", "beating expectations".
FORECAST_NOUNS = {"forecast", "forecasts", "expectations", "expectation", "estimates",
                  "estimate", "projections", "projection", "predictions", "prediction",
                  "consensus"}  # fmt: skip


def _verb_concept(words: list[str], lex: Lexicon) -> str | None:
    """The concept of the first lexicon verb in `words`, read in their order."""
    for i in range(len(words)):
        found = _verb_at(words, i, lex)
        if found:
            return found
    return None


def _verb_near(
    after: list[str], before: list[str], lex: Lexicon, clause: list[str] | None = None
) -> str | None:
    """The concept of the lexicon verb nearest the number, after it when two are as near
    ("killing 80 people and injuring 800": the dead); a verb of several words is read in its
    own order either side ("had taken Metro")."""
    found: list[tuple[int, int, str]] = []  # (words away, 0 after / 1 before, concept)
    for i in range(len(after)):
        concept = _verb_at(after, i, lex)
        if concept:
            found.append((i, 0, concept))
            break
    for i in range(len(before) - 1, -1, -1):
        concept = _verb_at(before, i, lex)
        if concept:
            if before[i] in TALLIES and not _names_before(before, i, lex):
                # "the number injured rose from an earlier toll of": the injured's toll;
                # `clause` is all the words before the number, `before` their last few.
                earlier = (clause or before)[: len(clause or before) - len(before) + i]
                concept = _nearest_running(earlier, concept, lex) or concept
            found.append((len(before) - 1 - i, 1, concept))
            break
    return min(found)[2] if found else None


def _nearest_noun(words: list[str], lex: Lexicon) -> str | None:
    """The concept of the known noun closest to the end of `words`, up to three words long.
    A longer phrase that counts nothing hides the shorter ones it ends with: "euro area debt"
    is no area."""
    for end in range(len(words), 0, -1):
        if end < len(words) and words[end] in FORECAST_NOUNS and _verb_like(words[end - 1], lex):
            # "missing forecasts of 6%": no missing people; but "a crowd estimate of 9,000" is
            # an estimate of the crowd, a noun before the noun it qualifies.
            continue
        for n in (3, 2, 1):
            if end - n >= 0:
                found = lex.nouns.get(" ".join(words[end - n : end]))
                if found and found not in UNNAMED:
                    return found
                if found and n > 1:
                    break
    return None


def _verb_like(word: str, lex: Lexicon) -> bool:
    """Whether a word may be a verb or a participle ("missing", "beat", "topped"), not a plain
    noun ("crowd")."""
    return word in lex.verbs or word.endswith(("ing", "ed")) or word not in lex.nouns


def _names_before(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the word before words[i] is a noun of a concept ("death toll")."""
    return i > 0 and lex.nouns.get(words[i - 1]) not in (None, *UNNAMED)


def _nearest_running(words: list[str], other_than: str, lex: Lexicon) -> str | None:
    """The concept of the running count named nearest the end of `words`, by a noun or a verb,
    other than `other_than` and those related to it (bodies are the dead's count)."""
    for end in range(len(words), 0, -1):
        if words[end - 1] in CLAUSE_BREAKS:
            return None  # "dozens are missing and the toll rose": another clause's count
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            chunk = words[end - n : end]
            found = lex.concept(
                lex.nouns.get(" ".join(singular(w) for w in chunk))
                or lex.verbs.get(" ".join(chunk))
                or ""
            )
            if (
                found is not None
                and found.running
                and other_than not in (found.name, *found.related)
            ):
                return found.name
    return None


def _first_noun(words: list[str], lex: Lexicon) -> str | None:
    """The concept of the known noun closest to the start of `words`, up to three words long."""
    for start in range(len(words)):
        for n in (3, 2, 1):
            found = lex.nouns.get(" ".join(words[start : start + n]))
            if found and found not in UNNAMED:
                return found
    return None


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _singulars(text: str) -> list[str]:
    return [singular(w) for w in _words(PHRASAL_WIND.sub("end", text))]


def _aside(before: str, after: str) -> tuple[str, str]:
    """The words around a figure given again in brackets in another unit ("€222m (£198m,
    $262m)", "10 kilometres (six miles)"): those around the first figure; and a figure followed
    by its bracketed conversion reads past the brackets."""
    found = CONVERSION_BEFORE.search(before)
    if found:
        # "at SR30 ($8)", "US$8 (€7)": a currency code glued to the amount is part of it.
        before = GLUED_CODE.sub("", before[: found.start()])
        closing = after.find(")")
        after = after[closing + 1 :] if closing >= 0 else after
    return before, BRACKETS_AFTER.sub("", after, count=1)


def measure_of(
    *,
    kind: str,
    unit: str = "",
    noun: str | None = None,
    measure: str | None = None,
    before: str = "",
    after: str = "",
    figure: str = "",
    earlier: str = "",
    lex: Lexicon | None = None,
) -> Measure:
    """The measure of a quantity from what the extractor found: its kind and unit, the counted
    noun and the measure phrase, and the words just before and after it in its sentence;
    `figure` is its text and `earlier` the article's text before its sentence."""
    lex = lex or lexicon()
    if kind == "percent" and OWN_VALUE.match(measure or noun or ""):
        noun = measure = None  # "the index shed 7 per cent of its value": its own move
    if kind == "count" and (noun or "").lower() == "s":
        # "2.5 million Varn X3s have sold": a model's plural leaves a lone "s", which counts
        # nothing; the words around the figure say what it counts, as for a bare number.
        noun = measure = None
    involved = INVOLVED_AFTER.match(after) if kind == "count" and not measure else None
    harm = _harm(_words(_adjacent(involved[1])), lex) if involved else None
    if harm:
        # "of those 70 reports, 12 involved burns and 31 involved property damage": a bare
        # figure before "involved <harm>" counts that harm, not the noun the extractor carried
        # over from the figure before it.
        return Measure("count", harm)
    before = DASHED_ASIDE.sub(" ", before)
    found = _measure_of(
        kind=kind, unit=unit, noun=noun, measure=measure, before=before, after=after,
        figure=figure, earlier=earlier, lex=lex,
    )  # fmt: skip
    if found.concept == EFFICACY and INTERIM_BEFORE.search(before):
        # "an interim analysis last month found it was over 90% effective": a trial's interim
        # result is its own figure, kept apart from the final one that later revises it.
        return Measure(found.scale, EFFICACY_INTERIM)
    unnamed_share = found.scale == "percent" and not found.concept and not measure
    if unnamed_share and ABOVE_PRICE.match(after) and not SHARES_NAMED.search(before):
        # "That's 27% higher than the firm's closing stock price of $33": an offer's premium,
        # as "a 27 percent premium to the closing price" is; not shares ending higher.
        return Measure(found.scale, PREMIUM)
    restated = RESTATED_AFTER.match(after) if found.scale == "count" else None
    if restated and lex.concept(found.concept) is None:
        # "52,000 people, or one in five of the town's 260,000 residents, joined the march":
        # the verb after a restatement of the figure says what it counts.
        return measure_of(
            kind=kind, unit=unit, noun=noun, measure=measure, before=before,
            after=after[restated.end() :], figure=figure, earlier=earlier, lex=lex,
        )  # fmt: skip
    if (
        found.scale == "percent"
        and not found.concept
        and not noun
        and not measure
        and IT_MOVED.search(before)
        and _index_just_named(before, after, earlier)
    ):
        # "The index's worst day was in 1987, when it fell 22.6 percent": a share an index's
        # pronoun moved by is the index's move, as "the index fell 22.6 percent" is.
        return Measure(found.scale, STOCK_INDEX)
    if (
        found.scale == "count"
        and found.concept in ("", "people")
        and WHERE_BEFORE.search(before)
        and THEY_WORK_AFTER.match(after)
    ):
        # "its largest office is in Varnby, where around 900 people work": the staff of a
        # place, as "it employs 900 people in Varnby" is.
        return Measure(found.scale, EMPLOYEES)
    if (
        found.scale == "count"
        and not found.concept
        and IN_MILLIONS.search(figure)
        and RATINGS_REACHED.search(before)
    ):
        found = Measure(found.scale, VIEWERS)  # "ratings hit 9.2 million": viewers
    bare_level = (
        kind == "count"
        and not noun
        and not measure
        and found.concept in ("", "point")
        and INDEX_MOVED_BEFORE.search(before)
    )
    # "Date Close Decline in Points ... 24,345.75 -1,175.21": a table of an index's points.
    listed = kind == "other" and not unit and POINTS_WORD.search(before + " " + after)
    if (
        ((kind == "other" and unit == "point") or bare_level or listed)
        and found.scale == "count"
        and found.concept != STOCK_INDEX
        and _index_points(before, after, earlier)
    ):
        # "The Dow lost 1,175 points", "the index's 666-point loss", "It closed 1,100 points
        # down": points said where an index is named (in the sentence, or in the article before
        # it) and no game is are the index's points, whatever verb ("took", "loss") is near.
        return Measure(found.scale, STOCK_INDEX)
    if (
        found.scale == "percent"
        and not found.concept
        and not noun
        and not measure
        and _index_share(before, after, earlier)
    ):
        # "The Average lost 820 points, or 3.1 per cent", a table's "Decline in Points Decline
        # in Percent ... -820.5 -3.1": the index's move, as "the index fell 3.1%" already is.
        return Measure(found.scale, STOCK_INDEX)
    revised = ESTIMATE_REVISED.search(before) if found.scale == "count" else None
    if revised and not found.concept and not _noun_named(noun, lex):
        # "Police first put the crowd at 20,000 — by noon, organisers had raised their estimate
        # to 50,000": an estimate raised or cut to a bare count counts what the count before it
        # in the sentence counted, else what the last count of the sentence before counted.
        told = _counted_before(before[: revised.start()], lex) or _counted_before(earlier, lex)
        if told:
            return Measure(found.scale, told)
    if found.scale == "count" and not found.concept and not _noun_named(noun, lex):
        # "How many marchers came? Police gave a 90,000 estimate": a question just asked names
        # what the figures answering it count.
        asked = _asked_how_many(earlier, lex)
        if asked:
            return Measure(found.scale, asked)
    if found.scale == "percent" and not found.concept and RATE_OF.search(before):
        # "cut its inflation forecasts and now expects a rate of 1% next year": the rate is the
        # one thing its sentence named before it.
        named = _rate_named(before, lex)
        if named:
            return Measure(found.scale, named)
    period_said = PERIOD_PACE_BEFORE.search(before) or PERIOD_EACH_AFTER.match(after)
    if (
        kind == "money"
        and (found.concept == PAY or (not found.concept and period_said))
        and not noun
        and not measure
    ):
        # "promising to buy €20bn ($22bn) in bonds per month", "bond purchases at a rate of
        # €20bn a month", "purchases at a monthly pace of €20bn", "€20bn of bonds each month":
        # a sum whose own words name only a period ("a month" reads as pay) in a sentence
        # saying nothing of pay is a sum of the one thing its sentence names.
        named = _sum_named(before, after, lex)
        if named:
            return Measure(found.scale, named)
    if found.concept == DAMAGE and kind == "money" and _reported_loss(before, after):
        # "forecasting a loss of €2.8bn in the second quarter", "posted losses of $40m for the
        # year": a loss tied to a reporting period, or reported as a result, is what a company
        # lost, one concept with "a €2.8bn net loss"; a storm's losses stay damage.
        return Measure(found.scale, NET_LOSS)
    if found.scale == "count" and kind == "count" and found.concept in MONEY_ONLY:
        # "costs of four billion euros leave Varn with a net loss of 1.7 billion": an amount of
        # a concept only money is, told without its currency in a sentence whose money is of
        # one currency only, is in that currency.
        code = _one_currency(before + " " + after)
        if code:
            return Measure(code, found.concept)
    if found.concept == DEBT and kind == "money" and DEBT_BOUGHT.search(before):
        # "will start buying regional debt worth €9bn a month": debt bought, not owed, is asset
        # purchases, as "€9bn of bond purchases" is; "buy back its own debt" stays debt.
        return Measure(found.scale, ASSET_PURCHASES)
    annualised = ANNUALISED_BEFORE.search(before) or (
        GREW_AT_BEFORE.search(before) and ANNUALISED_AFTER.match(after)
    )
    if found.scale == "percent" and found.concept and annualised:
        # "Wages grew at a 2.6 percent annual rate over the last three months", "earnings have
        # increased at an annualised rate of 2.8 percent": a pace over a shorter stretch scaled
        # up to a year, not the change from a year before ("wages were up 2.6 percent on a
        # year earlier"), which it can equal without being the same figure.
        return Measure(found.scale, f"{found.concept}{ANNUALISED}")
    stabilising = STABILISING.search(before + " " + after)
    if (
        found.scale == "percent"
        and not found.concept
        and ISSUE_RAISED_BY.search(before)
        and stabilising
    ):
        # "the stabilising manager may increase the offering by 15% to support the price": the
        # over-allotment, as "a 15% greenshoe option" is.
        return Measure(found.scale, OVER_ALLOTMENT)
    if (
        found.scale == "percent"
        and not found.concept
        and not noun
        and not measure
        and ECONOMY_TOLD.search(earlier)
        and _named_grows(before, earlier)
    ):
        # "Varnland's economy grew 3.1% ... 'Varnland is growing, but maybe at the 1.5 percent
        # people talk of'": after the article has told of an economy, a bare share in a
        # sentence saying a named place or body is growing is its growth.
        return Measure(found.scale, GROWTH)
    if kind == "count" and found.scale == "count" and not found.concept:
        # "phone sales were down 5% to 9.1m", "Mac sales fell to 4.9 million": a bare count in
        # a sentence of a thing's sales counts that thing sold, as "9.1 million phones" does.
        # Only counts: in money, sales are revenue. Not a forecast told by who foretold it
        # ("beat the 9m analysts predicted"): linking joins two analysts' forecasts of one
        # thing a few per cent apart (9m and 9.4m), which are rival estimates.
        sold = "" if FORECAST_AFTER.match(after) else _sold_named(before, lex)
        if sold:
            return Measure(found.scale, sold)
    reach = REACH_AFTER.match(after) or REACH_BEFORE.search(before)
    if found.scale == "count" and found.concept in (VIEWERS, "") and reach:
        return Measure(found.scale, REACH)  # "watched at least part of it": the reach
    if found.scale == "count" and found.concept in HANDSETS:
        return Measure(found.scale, UNITS_SOLD)
    reported = _reported(found.concept, after, lex) if found.concept in REPORT_WORDS else None
    if found.concept == CASES and FAULT_CASES.match(after):
        reported = FAULT_REPORTS  # "30 cases of heaters catching fire": a fault, no disease
    if found.scale == "count" and reported:
        # "92 reports", "92 incidents", "92 complaints of batteries overheating": one count of
        # a fault reported, however the word for a report is; "26 reports of burns" and "55
        # claims of property damage" count the harm named after "of", as "26 burns" does.
        return Measure(found.scale, reported)
    if found.scale == "count":
        # "plans to cut 18,000 jobs", "laying off 500 staff", "300 roles will be axed", "shrink
        # its workforce by 900": a count of jobs or of staff said with a word of cutting is the
        # cut, one concept with "900 job cuts" and "900 redundancies", not a headcount.
        return Measure(found.scale, _reduced(found.concept, before, after, lex))
    return found


# A change said as a pace at an annual rate: "grew at an annual rate of 2.6%", "rose at a 2.6%
# annualised pace". Only after a verb of change: "the annual rate of inflation rose to 2%" is
# the change from a year before, as most such rates of prices are.
_GREW = (
    r"\b(?:grew|grow|grows|growing|grown|rose|rise|rises|rising|risen|increased|increasing|"
    r"expanded|expanding|climbed|fell|falling|declined|declining|shrank|contracted)\s+at\s+"
    r"(?:an?\s+)?(?:seasonally[\s-]+adjusted\s+)?"
)
ANNUALISED_BEFORE = re.compile(
    _GREW + r"annuali[sz]ed\s+(?:rate|pace)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$"
    r"|" + _GREW + r"annual\s+(?:rate|pace)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$",
    re.IGNORECASE,
)
GREW_AT_BEFORE = re.compile(_GREW + r"$", re.IGNORECASE)
ANNUALISED_AFTER = re.compile(r"^\s*(?:annuali[sz]ed|annual)\s+(?:rate|pace)\b", re.IGNORECASE)
ANNUALISED = "_annualised"

STOCK_INDEX = "stock_index"
PAY = "pay"
# The word of selling a count's sentence may name a thing beside ("phone sales"): on the count
# scale only, where no money is meant.
SALES = {"sale"}
# Words before "sales" that are no thing sold, besides NOT_PRODUCTS: "its own sales".
NOT_SOLD = {"own", "other", "such", "more", "less", "these", "those", "some", "any", "no"}
# A named subject said to grow, earlier in a share's sentence: "Varnland is growing", "Varnland
# grew", "Varnland has been expanding" (the name is read by `_named_grows`).
NAME_GROWS = re.compile(
    r"\b([A-Z][\w’'-]*)\s+(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+)?"
    r"(?:growing|grew|grown|expanding|expanded)\b[^.;]*$"
)
# The article has told of an economy before the sentence.
ECONOMY_TOLD = re.compile(
    r"\b(?:economy|economies|economic\s+growth|gdp|gross\s+domestic\s+product)\b", re.IGNORECASE
)
# An offering made larger by a share of it, in a sentence speaking of stabilising its price:
# "may increase the share issuance by 15% to stabilise the price", "could upsize the offering
# by up to 15% under its stabilisation option". Only with stabilising: a deal enlarged before
# pricing ("raised the offering by 20% on strong demand") is no over-allotment.
ISSUE_RAISED_BY = re.compile(
    r"\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|upsiz(?:e|es|ed|ing)|expand(?:s|ed|ing)?|"
    r"enlarg(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?(?:share\s+)?(?:issuance|issue|offering|"
    r"offer|sale|listing|ipo|deal|number\s+of\s+shares(?:\s+(?:sold|offered|on\s+offer))?)\s+by\s+"
    r"(?:up\s+to\s+|a\s+further\s+|another\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
STABILISING = re.compile(r"\bstabili[sz](?:e|es|ed|ing|ation|ations)\b", re.IGNORECASE)
OVER_ALLOTMENT = "over_allotment"
# Concepts only an amount of money is: a figure of one is money even when no currency is told.
MONEY_ONLY = {"net_loss", "profit", "cost", "savings", "deficit", "surplus", "trade_deficit",
              "trade_surplus", "debt", "spending", "budget", "stimulus", "tax", "net_worth",
              "fee", "aid", "money_raised", "market_value", "cash", "asset_purchases",
              "corporate_bond_purchases"}  # fmt: skip
# A currency named in a sentence: its sign before a number, its code, or its name.
CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "$": "USD"}
CURRENCY_NAMES = {"euro": "EUR", "euros": "EUR", "dollars": "USD", "pounds": "GBP",
                  "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY"}  # fmt: skip
CURRENCY_TOLD = re.compile(
    r"(?:(?<![A-Za-z])([€£¥]|\$)\s?\d)|\b(EUR|GBP|USD|JPY|CNY|CHF)\b|"
    r"(?:\d[\d.,]*|\b(?:hundred|thousand|million|billion|trillion|bn))\s+"
    r"(euros?|dollars|pounds|sterling|yen|yuan|renminbi)\b",
    re.IGNORECASE,
)
DEBT = "debt"
ASSET_PURCHASES = "asset_purchases"
# Debt a buyer takes on: "buying state debt", "purchases of regional debt"; not debt a body
# buys back of its own ("buy back its debt").
DEBT_BOUGHT = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\b(?:\s+back)?"
    r"(?:(?!\b(?:its|their|our|own)\b)[^.;]){0,40}?\bdebt\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def _one_currency(sentence: str) -> str | None:
    """The one currency a sentence's amounts are told in; None for none, or more than one."""
    codes: set[str] = set()
    for sign, code, name in CURRENCY_TOLD.findall(sentence):
        if sign:
            codes.add(CURRENCY_SIGNS[sign])
        elif code:
            codes.add(code.upper())
        else:
            codes.add(CURRENCY_NAMES.get(name.lower(), ""))
    codes.discard("")
    return codes.pop() if len(codes) == 1 else None


# A share of a thing's own value is its move: "lost 7 per cent of its value", "of their worth".
OWN_VALUE = re.compile(r"^\s*(?:its|their)\s+(?:own\s+)?(?:market\s+)?(?:value|worth)\b", re.I)
# A relative clause or an apposition set off by dashes between a subject and its verb: "the
# index — which tracks 30 large firms — was down 4.6 percent" (its words say nothing of the
# figure, and the dashes would cut the subject off its verb).
DASHED_ASIDE = re.compile(
    r"\s[—–]\s(?:which|who|whose|that|a|an|the|its|their)\s[^—–.;]{0,100}?\s[—–]\s", re.I
)
PREMIUM = "premium"
# A share said above a share's last price: "27% higher than Thursday's closing stock price",
# "30 percent above the last trading price".
ABOVE_PRICE = re.compile(
    r"^\s*(?:higher|more|above|over)\s+(?:than\s+)?[^.;%$€£¥]{0,50}?\b"
    r"(?:closing|last|trading|share|stock|market)\s+(?:(?:stock|share|trading)\s+)?price\b",
    re.I,
)
SHARES_NAMED = re.compile(r"\b(?:shares|stock|stocks)\b", re.I)
# A figure restated in other terms between commas, before the verb it goes with: "N people, or
# one in seven residents, attended".
RESTATED_AFTER = re.compile(r"^\s*,\s+or\s+[^,;()]{3,100},\s+(?=[a-z])")
# A pronoun's move right before a share: "when it fell 22.6 percent", "it had lost".
IT_MOVED = re.compile(
    r"\bit\s+(?:had\s+|has\s+|was\s+|then\s+)?"
    r"(?:fell|dropped|rose|climbed|slid|sank|plunged|plummeted|tumbled|lost|gained|shed|jumped|"
    r"soared|dipped|declined|down|up)"
    r"(?:\s+(?:by|about|nearly|almost|roughly|some|over|more\s+than|as\s+much\s+as))*\s+$",
    re.I,
)


def _index_just_named(before: str, after: str, earlier: str) -> bool:
    """Whether an index is named in a figure's sentence or the one before it, and its sentence
    speaks of no game, poll or rating: "The index had its worst day in 1987. It fell 22.6%"."""
    if SCORE_WORDS.search(before + " " + after):
        return False
    last = SENTENCE_END.split(earlier.strip())[-1] if earlier.strip() else ""
    return bool(INDEX_NAMED.search(before) or INDEX_NAMED.search(last))


# A period said with a sum other than "a month" (which the lexicon reads as pay): "at a monthly
# pace of €20bn", "a weekly rate of", and "€20bn each month", "€20bn monthly".
PERIODIC = r"(?:daily|weekly|monthly|quarterly|annual|yearly)"
PERIOD_PACE_BEFORE = re.compile(
    rf"\b(?:an?|the|its|their)\s+{PERIODIC}\s+(?:pace|rate|sum|amount|total|volume)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
PERIOD_EACH_AFTER = re.compile(
    r"^(?:\s*\([^()]{0,40}\))?\s*(?:(?:of|in)\s+\w+\s+)?"
    r"(?:(?:each|every)\s+(?:day|week|month|quarter|year)|daily|weekly|monthly|annually)\b",
    re.IGNORECASE,
)
# A question of how many, in the sentences just before a figure: "How many marchers came?".
# An estimate raised or cut to a figure: "had upped their expected estimate to", "revised the
# count down to".
ESTIMATE_REVISED = re.compile(
    r"\b(?:upped|raised|lifted|revised|increased|cut|lowered|reduced|updated)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:estimates?|figures?|count|tally|projections?)\s+"
    r"(?:(?:up|down|upward|downward)\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
HOW_MANY = re.compile(r"\bhow\s+many\s+([^?.!]{1,80})", re.I)
ASKED_SENTENCES = 2
EMPLOYEES = "employees"
# A place's staff told as those who work there: "..., where around 900 people work".
WHERE_BEFORE = re.compile(
    r"\bwhere\s+(?:(?:around|about|some|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I
)
THEY_WORK_AFTER = re.compile(
    r"^\s*(?:(?:people|staff|workers)\s+)?(?:now\s+|still\s+)?work\b", re.I
)
# How many words after "how many" may name what is counted ("Varn dock workers").
ASKED_WORDS = 4


def _noun_named(noun: str | None, lex: Lexicon) -> bool:
    """Whether the extractor's noun for a figure is a lexicon concept of its own (not
    generic, a placeholder or a word never counted)."""
    return bool(noun) and lex.nouns.get(singular((noun or "").lower())) not in (None, *UNNAMED)


def _asked_how_many(earlier: str, lex: Lexicon) -> str | None:
    """The one concept a "How many ...?" question in the last ASKED_SENTENCES sentences of
    `earlier` names: "How many Freedonian marchers filled the square?" asks for a crowd."""
    recent = " ".join(SENTENCE_END.split(earlier.strip())[-ASKED_SENTENCES:])
    asked = HOW_MANY.findall(recent)
    if not asked:
        return None
    # The thing asked for follows "how many" at once: "How many Varn marchers defied the
    # ban on the toll road?" asks for a crowd, whatever the words after it name.
    first = [c for _, c in concepts_named(" ".join(asked[-1].split()[:ASKED_WORDS]), lex)]
    first = [c for c in first if c not in UNNAMED]
    return first[0] if first else None


# A bare rate right before a share: "expects a rate of 1%", "at an annual rate of 2.5%".
RATE_OF = re.compile(r"\b(?:a|an|the)\s+(?:\w+\s+)?rate\s+of\s+(?:about\s+|around\s+)?$", re.I)


def _rate_named(before: str, lex: Lexicon) -> str | None:
    """The one concept the sentence names before "a rate of": "its inflation forecasts ... a
    rate of 1%" is inflation; None when it names none, or more than one."""
    return _one_concept_named(SUM_SENTENCE.split(before)[-1], lex)


def _one_concept_named(text: str, lex: Lexicon) -> str | None:
    """The one lexicon concept `text` names by a noun ("its inflation forecasts" -> inflation);
    None when it names none, or more than one."""
    named = {concept for _, concept in concepts_named(text, lex) if concept not in UNNAMED}
    return named.pop() if len(named) == 1 else None


# Words that say a sum is somebody's pay, not a period's spending: "earns €2,000 a month".
PAY_SAID = re.compile(
    r"\b(?:earn(?:s|ed|ing)?|salar(?:y|ies)|wages?|paid|pay|income)\b", re.IGNORECASE
)
SUM_SENTENCE = re.compile(r"[.!?]\s")
# Where a sentence's next clause starts ("... and to restart", "... but will"): another verb's
# object may be named before it. Not "and" between two nouns ("bond purchases and lending").
CLAUSE_BREAK = re.compile(
    r"[;:]|,?\s(?:and|but|while|whereas)\s+(?:to|will|would|shall|has|have|had|is|was|also|"
    r"then|it|they|its|their)\s",
    re.IGNORECASE,
)


def _sum_named(before: str, after: str, lex: Lexicon) -> str | None:
    """The one concept of money its sentence names by a noun, when that sentence says nothing
    of pay; None when it names none, or more than one."""
    sentence = SUM_SENTENCE.split(before)[-1] + " " + SUM_SENTENCE.split(after)[0]
    if PAY_SAID.search(sentence):
        return None
    named = _money_named(sentence, lex)
    if len(named) > 1:
        # "cut the deposit rate to 0.5% and restart bond purchases at a monthly pace of €20bn":
        # the thing named in the sum's own clause.
        clause = CLAUSE_BREAK.split(SUM_SENTENCE.split(before)[-1])[-1]
        named = _money_named(clause, lex)
    return named.pop() if len(named) == 1 else None


def _money_named(text: str, lex: Lexicon) -> set[str]:
    return {
        concept
        for _, concept in concepts_named(text, lex)
        if concept not in UNNAMED and concept != PAY
    }


DAMAGE = "damage"
NET_LOSS = "net_loss"
LOSS_BEFORE = re.compile(
    r"\blosse?s?\s+(?:of\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?$", re.IGNORECASE
)
LOSS_AFTER = re.compile(r"^(?:\s*\([^()]{0,40}\))?\s*(?:net\s+)?loss(?:es)?\b", re.IGNORECASE)
# A company's reporting period: "in the second quarter", "for the year", "first-half".
REPORTING_PERIOD = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|final|latest|previous|prior|same)[\s-]+"
    r"(?:quarter|half)|quarter(?:ly)?|half[\s-]year(?:ly)?|(?:fiscal|financial|full)[\s-]+year|"
    r"for\s+the\s+(?:year|period|quarter|half)|q[1-4]|h[12]|annual|year[\s-]earlier)\b",
    re.IGNORECASE,
)
# A loss said as a result the company reports: "posted a loss", "swung to a loss".
RESULT_VERBS = re.compile(
    r"\b(?:post(?:s|ed|ing)?|report(?:s|ed|ing)?|book(?:s|ed|ing)?|record(?:s|ed|ing)?|"
    r"swung\s+to|swing\s+to|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|"
    r"forecast(?:s|ed|ing)?|expect(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+of)\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+)?losse?s?\b",
    re.IGNORECASE,
)
INSURED = re.compile(
    r"\b(?:insured|insurance|economic|uninsured|crop|property)\s+loss", re.IGNORECASE
)


def _reported_loss(before: str, after: str) -> bool:
    """Whether a sum said as a loss ("a loss of €2bn", "a €2bn loss") is a company's result: its
    clause names a reporting period or a verb of reporting a result, and no insured or
    economic loss (a disaster's)."""
    if not (LOSS_BEFORE.search(before) or LOSS_AFTER.match(after)):
        return False
    clause = CLAUSE_CUT.split(before)[-1] + " " + OTHER_CLAUSE.split(after)[0]
    if INSURED.search(clause):
        return False
    return bool(REPORTING_PERIOD.search(clause) or RESULT_VERBS.search(clause))


# An index named by its name or its usual short names ("the Dow's", "the Industrial Average").
INDEX_NAMED = re.compile(
    r"\b(?:index|indices|indexes|dow|nasdaq|ftse|s&p|nikkei|dax|cac\s+40|hang\s+seng|sensex|"
    r"stoxx|kospi|composite|industrial\s+average|blue[\s-]chips?|stock\s+market|wall\s+street)\b",
    re.IGNORECASE,
)
# Points of a game, a test or a rating, not of an index.
SCORE_WORDS = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|goals?|game|games|match|matches|season|quarterback|rebounds?|"
    r"assists?|lead\s+by|poll|polls|rating|ratings|test|exam)\b",
    re.IGNORECASE,
)
INDEX_SENTENCES = 3
POINTS_WORD = re.compile(r"\bpoints?\b", re.IGNORECASE)
# A bare figure an index closed at or moved by: "ending the day at 24,345", "fell 1,175".
INDEX_MOVED_BEFORE = re.compile(
    r"(?:\b(?:clos(?:e|ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:e|ed|ing)|open(?:ed|ing)|"
    r"stood|day)\b[^.\d]{0,30}\bat"
    r"|\b(?:fell|dropped|drop|rose|climbed|slid|sank|plunged|plummeted|tumbled|lost|gained|"
    r"shed|added|jumped|soared|dipped|down|up|decline|fall|loss|gain)"
    r"(?:\s+by)?(?:\s+(?:about|nearly|almost|roughly|some|over|more\s+than|as\s+much\s+as))?)"
    r"\s+$",
    re.IGNORECASE,
)


def _over_a_hundred(figure: str) -> bool:
    """Whether a figure's number is above 100: no step in a share is."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", figure)
    return found is not None and float(found[0].replace(",", "")) > 100


def _index_points(before: str, after: str, earlier: str) -> bool:
    """Whether points around a figure are an index's: its sentence, or the few sentences before
    it, name an index, and its sentence speaks of no game, poll or rating."""
    sentence = before + " " + after
    if SCORE_WORDS.search(sentence):
        return False
    recent = " ".join(SENTENCE_END.split(earlier)[-INDEX_SENTENCES:])
    return bool(INDEX_NAMED.search(sentence) or INDEX_NAMED.search(recent))


# A share that restates an index's points: "lost 820 points, or 3.1 per cent", "(3.1%)".
POINTS_THEN_SHARE = re.compile(
    r"\bpoints?\s*(?:,\s*or|\(|or)\s*(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[-−]?$",
    re.IGNORECASE,
)
# A table's heading of a move in per cent beside one in points: "Decline in Points Decline in
# Percent", "Change (pts) Change (%)".
SHARE_COLUMN = re.compile(
    r"\b(?:change|decline|drop|fall|gain|rise|loss|move)\s*(?:in\s+)?\(?(?:percent|per\s?cent|%|pct)",
    re.IGNORECASE,
)
# A table row's level and signed move in points just before its share: "24,345.75 -820.21 -3.1"
# (rows further down than the heading's reach).
TABLE_ROW_MOVE = re.compile(r"\d[\d,]*\.\d+\s+[-−+]\d[\d,]*\.\d+\s+[-−+]?$")


def _index_share(before: str, after: str, earlier: str) -> bool:
    """Whether a share no noun names is an index's move: it restates points of an index ("820
    points, or 3.1 per cent"), or sits in a table whose columns give the move in points and in
    per cent, or in a row of such a table (a level, its move in points, then the share)."""
    return bool(
        POINTS_THEN_SHARE.search(before)
        or (SHARE_COLUMN.search(before) and POINTS_WORD.search(before))
        or TABLE_ROW_MOVE.search(before)
    ) and _index_points(before, after, earlier)


REDUCED_BY = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing|tion)|shrink(?:s|ing)?|shr[au]nk|trim(?:s|med|ming)?|"
    r"cut(?:s|ting)?|slash(?:es|ed|ing)?|downsiz(?:e|es|ed|ing))\b[^.;:,\d]{0,40}\bby\s+$",
    re.IGNORECASE,
)


def _reduced(concept: str, before: str, after: str, lex: Lexicon) -> str:
    """The concept that reduces `concept` by its words right before the figure ("cut", "laying
    off") or right after it ("axed", "to go", "being cut"), or by "reduce ... by" before it;
    else `concept`."""
    cutters = [c for c in lex.concepts.values() if concept in c.reduces]
    if not cutters:
        return concept
    words = [w for w in _words(PHRASE_BREAK.split(before)[-1]) if w not in CUT_QUALIFIERS]
    ending = " " + " ".join(words[-4:])
    following = [w for w in _words(_adjacent(after)) if w not in CUT_SKIPPED][:3]
    for other in cutters:
        for cue in other.reduced_by:
            said = cue.split()
            if ending.endswith(" " + cue) or following[: len(said)] == said:
                return other.name
        if REDUCED_BY.search(before):
            return other.name
    return concept


# Words between a cutting verb and its figure that leave it the cut: "cut as many as 900 jobs".
CUT_QUALIFIERS = QUALIFIERS | {"over", "more", "than", "as", "many", "some", "just", "another",
                               "a", "further", "the", "least", "at", "around"}  # fmt: skip
# Words between a figure and the cut said after it: "900 jobs will be axed", "are set to go".
CUT_SKIPPED = AUXILIARIES | {"will", "would", "could", "may", "might", "set", "already", "also",
                             "now", "due", "expected", "likely"}  # fmt: skip


def _measure_of(
    *,
    kind: str,
    unit: str = "",
    noun: str | None = None,
    measure: str | None = None,
    before: str = "",
    after: str = "",
    figure: str = "",
    earlier: str = "",
    lex: Lexicon | None = None,
) -> Measure:
    """`measure_of` before a cut is read."""
    lex = lex or lexicon()
    if kind == "count" and unit.lower() in PER_DAY_UNITS:
        kind, unit, noun, measure = "measure", PER_DAY_UNITS[unit.lower()], None, None
    cut = PER_FIGURE.match(unit) if kind == "measure" else None
    if cut and cut[1] in currencies.units():
        unit = cut[1]  # "2.5 million gallons/9 million litres" is in gallons
    counted_unit = _unit_word(noun or measure or "", after) if kind == "count" else None
    if counted_unit:
        # "2 million and 3 million gallons", "2,000 barre" (the text cut off): a count of a
        # unit's name is an amount in that unit.
        kind, unit, noun, measure = "measure", counted_unit, None, None
    period = PERIOD_AFTER.match(after) if kind == "measure" and unit in currencies.units() else None
    if period:
        unit = f"{unit} per {period[1] or 'day'}"
    elif kind == "measure" and unit in currencies.units():
        unit = _period_elsewhere(unit, before, after, earlier)
    if kind == "count" and (noun or "").lower() in TEMPERATURE_NOUNS:
        kind, unit = "measure", TEMPERATURE_NOUNS[(noun or "").lower()]  # "by 0.13 Celsius"
    if kind == "measure" and unit == "degree":
        unit = _scale_named(earlier + before) or unit
    if kind == "measure" and unit in TEMPERATURE_UNITS:
        change = bool(
            WARMER_AFTER.match(after)
            or WARMER_BEFORE.search(before)
            or (OPENING.match(before) and _change_told(figure, earlier))
        )
        return Measure(unit, TEMPERATURE_CHANGE if change else TEMPERATURE)
    if kind == "other" and unit == "point" and _basis_points(figure, before, after):
        kind, unit = "percent", "basis point"
    if (
        kind == "other"
        and unit == "point"
        and not _over_a_hundred(figure)
        and _points_of_share(before, after)
    ):
        kind, unit = "percent", "percentage point"
    glued = HYPHENATED.search(figure.strip()) if kind == "count" and not (noun or measure) else None
    if glued and glued[1].lower() == "strong":
        # "a 4,000-strong workforce", "a 200-strong crowd": the size of what the noun after it
        # names, which "strong" itself is not.
        return Measure("count", _first_noun(_singulars(_adjacent(after))[:3], lex) or "")
    if glued and glued[1].lower() == unit.lower() and not BAR_AFTER.match(after):
        # "a 338-seat House of Commons", "a 40-storey tower": seats, not the house.
        return Measure("count", _noun_concept(unit, lex) or _phrase(unit))
    way = HALFWAY.search(figure)
    if (
        kind == "percent"
        and WAY_TO.match(after)
        and (way or re.match(r"^\s*of\s+the\s+way", after))
    ):
        # "halfway to the 2C limit", "60% of the way towards the target": how far along.
        return Measure("percent", PROGRESS)
    found = _measure_here(kind, unit, noun, measure, before, after, lex)
    turned = list(CLAUSE_TURN.finditer(before)) if kind == "count" and not (noun or measure) else []
    if turned:
        # "still counting the missing, but so far 2,000 is the number we work on as far as
        # deaths go": a bare count after a clause turning on "but" is not of what the clause
        # before it named; its own clause, or the words read when nothing is named, say.
        found = _measure_here(kind, unit, noun, measure, before[turned[-1].end() :], after, lex)
    pointed = THESE_BEFORE.search(before) if found.scale == "count" and earlier else None
    number = COUNT_IN_TEXT.search(figure) if pointed else None
    if number and any(m[0] == number[0] for m in COUNT_IN_TEXT.finditer(earlier)):
        # "The agency has 41 reports of faults. These 41 cases are only the ones at home": a
        # figure pointed back to by "these" or "those" counts what it counted when first told,
        # however the pointer rewords it.
        told = _told_before(figure, "", earlier, lex)
        if told:
            return Measure(found.scale, told)
    own = lex.concept(found.concept)
    nothing = not found.concept or (own is not None and own.products and own.name == found.concept)
    if found.scale == "count" and not noun and not measure and nothing and earlier:
        # "The 45.5 million sold were ahead of forecasts", "Analysts had expected 44.8 million":
        # a bare count whose sentence names nothing it counts (or no thing sold) counts what the
        # same figure counted earlier in the article, else what the last count of the sentence
        # before it counted.
        told = _told_before(figure, before, earlier, lex)
        if told:
            return Measure(found.scale, told)
    placeholder = all(
        lex.nouns.get(_phrase(phrase)) == PLACEHOLDER for phrase in (noun, measure) if phrase
    )
    first = not re.search(r"\d", before)
    pointing = placeholder and first and earlier and _points_back(before, lex)
    told_again = _opens_on_placeholder(before, lex) or CHANGE_WORD.search(before)
    if found.scale == "count" and not found.concept and pointing and told_again:
        # "Organisers said 200,000 marchers could come. But those estimates rose to as high as
        # 500,000", "That was up from 67,114": the first count of a sentence opening on a
        # placeholder, or on a word pointing back and saying a change, counts what the last
        # count of the sentence before counted, else the thing that sentence last named ("This
        # article is more than 6 years old" points back to no figure).
        told = _counted_before(earlier, lex) or _named_before(earlier, lex)
        if told:
            return Measure(found.scale, told)
    bare = found.scale == "percent" and not found.concept and not measure and earlier
    if bare and _aimed(before, after):
        # "The economy grew 6.9%. ... 'The 7 per cent target must be met'": a target that names
        # nothing is the target of what the sentences before named that has one.
        aimed = _named_before(earlier, lex, CHANGE_SENTENCES, TARGET_SUFFIX)
        if aimed:
            return Measure(found.scale, aimed)
    if bare:
        # "Tarnland has said No to the merger. ... a 58 per cent to 42 per cent victory": the two
        # shares of a result whose sentence names no side are the winner's, the side the
        # article named just before, and the other side's.
        side = _result_side(figure, before, after, earlier, lex)
        if side:
            return Measure(found.scale, side)
    result = FIRST_OF_RESULT.match(after) or RESULT_FIRST.search(before)
    unnamed_share = found.scale == "percent" and not found.concept and not measure
    if (
        unnamed_share
        and result
        and not re.search(r"\bfrom\s+[^%]*$", before)
        and RACE_WORDS.search(before + after)
    ):
        # "Jones leads Smith by 11 points — 53 percent to 42 percent": the two shares of a race
        # whose sentence names no side of a referendum are the candidates' shares of the vote.
        return Measure(found.scale, VOTES)
    if found.scale in ("percent", "percentage point") and not found.concept and not measure:
        points = found.scale == "percentage point"  # "a 52 per cent lead for No" is No's share
        if (points and LEAD_AFTER.match(after)) or LEAD_BEFORE.search(CLAUSE_CUT.split(before)[-1]):
            # "a five-point lead", "leads Smith by 11 points", "ahead by 3 percentage points".
            return Measure(found.scale, POLL_LEAD)
    if bare and _is_change(before, after) and _points_back(before, lex):
        # "72,000 Americans died in 2017. The record number represents an increase of
        # almost 7 percent": a change that names nothing is a change in what the last
        # count of the sentence before counted.
        told = _counted_before(earlier, lex)
        if told:
            return Measure(found.scale, told)
    own_clause = CLAUSE_CUT.split(before)[-1] + " " + OTHER_CLAUSE.split(after)[0]
    said_change = CHANGE_BEFORE.search(before) or CHANGE_NOUN_AFTER.match(after)
    unnamed_change = said_change and not _changer_named(before)
    priced = AMOUNT.search(own_clause)  # "were down 14% to $21.02": a price's change
    if bare and unnamed_change and not priced and _names_nothing(own_clause, lex):
        # "Flu deaths rose in all but 3 regions. The largest surges were in the north, up 22.5
        # percent": a change in a sentence that names nothing is a change in the thing the
        # sentence before last named.
        told = _named_before(earlier, lex, CHANGE_SENTENCES)
        if told:
            return Measure(found.scale, told)
    return found


def _change_told(figure: str, earlier: str) -> bool:
    """Whether the article told the figure's number before as a change of temperature: "The
    year was a third of a degree warmer than the last. ... A third of a degree may not
    sound like much" (a sentence opening on a figure told before speaks of it again)."""
    told = TOLD_NUMBER.match(figure.strip())
    number = UNITS_AT_END.sub("", told[1]).strip() if told else ""
    if not number:
        return False
    for found in re.finditer(r"(?<![\w.,])" + re.escape(number) + r"(?![\w,]|\.\d)", earlier,
                             flags=re.IGNORECASE):  # fmt: skip
        after = earlier[found.end() : found.end() + 80]
        after = after[UNIT_WORDS.match(after).end() :]  # type: ignore[union-attr]
        if WARMER_BEFORE.search(earlier[max(0, found.start() - 60) : found.start()]) or (
            WARMER_AFTER.match(after)
        ):
            return True
    return False


def _unit_word(noun: str, after: str) -> str | None:
    """The unit a count's noun names ("gallons": "gal"), or a unit's name cut off by the end of
    the text ("barre"); None for any other noun."""
    word = noun.strip().lower()
    found = MEASURES.words.get(word)
    if found is not None and found.name in currencies.units():
        return found.name
    if len(word) >= 4 and not after.strip():
        names = {u.name for w, u in MEASURES.words.items() if w.startswith(word) and " " not in w}
        if len(names) == 1 and next(iter(names)) in currencies.units():
            return next(iter(names))
    return None


def _period_elsewhere(unit: str, before: str, after: str, earlier: str) -> str:
    """`unit` per the period a sentence restating a figure of the one before, or speaking of a
    flow rate, gives elsewhere or the sentences just before gave ("That equals 2 million
    gallons", "the flow estimate was 9,000 barrels"); not for an amount gathered over time
    ("has leaked 2 million barrels since May"). A sentence of neither kind may give an amount
    beside a rate ("20,000 barrels a day, of which 9,000 barrels were caught"): it keeps its
    unit."""
    sentence = before + " " + after
    if CUMULATIVE.search(sentence):
        return unit
    sentences = [s for s in SENTENCE_END.split(earlier) if s.strip()] or [""]
    flowing = FLOW_WORDS.search(sentence) or FLOW_WORDS.search(sentences[-1])
    rate_said = ESTIMATE_OF.search(before) or GOING_ON_AFTER.match(after)
    if not (RESTATING.match(before) or flowing or rate_said):
        return unit
    recent = " ".join(sentences[-PERIOD_SENTENCES - 1 :])
    # A flow rate's period may have been given anywhere before: "... gushing 35,000 barrels
    # a day. [...] The current flow rate is the fourth estimate. The Coast Guard said 5,000
    # barrels" (the last period the article gave).
    told = list(PERIOD_IN_SENTENCE.finditer(earlier)) if flowing else []
    found = (
        PERIOD_IN_SENTENCE.search(sentence)
        or PERIOD_IN_SENTENCE.search(recent)
        or (told[-1] if told else None)
    )
    if found is None:
        return unit
    return f"{unit} per {found[1].lower() if found[1] else 'day'}"


# An amount going on now, in a sentence giving a rate: "spewing 60,000 barrels a day, with up to
# 18,000 barrels currently being captured" (not "of which 9,000 barrels were caught").
GOING_ON_AFTER = re.compile(
    r"^\s+(?:(?:is|are)\s+)?(?:(?:currently|now)\b|being\s+[a-z]+ed\b)", re.I
)
# An amount called an estimate, in a sentence giving a rate: "higher than the first estimate of
# 5,000 barrels" beside "30,000 barrels a day" is an estimate of the same rate.
ESTIMATE_OF = re.compile(
    r"\bestimates?\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+)?$", re.I
)


def _price_move(before: str, after: str) -> bool:
    """Whether a figure is one of a market report's three figures of a price's move: "fell
    $2.59, or 3.4 percent, to $73.98" (the amount, the share, the level reached)."""
    return bool(
        (MOVE_BY.search(before) and MOVE_RESTATED.match(after))
        or (MOVE_AMOUNT_BEFORE.search(before) and MOVE_TO_AFTER.match(after))
        or MOVE_LEVEL_BEFORE.search(before)
    )


# The level a rate moved to right after its points: "by 10 points to -0.50%".
RATE_LEVEL_AFTER = re.compile(
    r"^\s+to\s+(?:minus\s+|-|−)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", re.I
)
RATE_NAMED = re.compile(r"\brates?\b", re.I)


def _basis_points(figure: str, before: str, after: str) -> bool:
    """Whether "points" a rate moved by are basis points: ten or more, and more than the level
    the rate reached ("cut the deposit rate by 10 points to -0.50%", "raised rates by 25
    points to 1.5%"); "up 15 points to 60%" may be percentage points."""
    reached = RATE_LEVEL_AFTER.match(after)
    number = FIGURE_NUMBER.search(figure.replace(",", ""))
    if not reached or not number or not RATE_NAMED.search(CLAUSE_CUT.split(before)[-1]):
        return False
    points = float(number[0])
    return points >= 10 and float(reached[1]) < points


def _points_of_share(before: str, after: str) -> bool:
    """Whether "points" around a figure are percentage points: a share is the level they move
    ("up 4 points to 45%", "40.1% of the vote, up 9.6 points") or a rate is ("a quarter-point
    rate cut"), and they are no index's points restated as a percentage."""
    clause_before = CLAUSE_CUT.split(before)[-1]
    if POINTS_RESTATED.match(after) or INDEX_WORDS.search(clause_before + " " + after):
        return False
    return bool(
        SHARE_REACHED.match(after)
        or SHARE_BEFORE.search(clause_before)
        or RATE_BEFORE.search(clause_before)
        or RATE_BEFORE.match(after)
    )


def _result_side(figure: str, before: str, after: str, earlier: str, lex: Lexicon) -> str:
    """The side whose share a figure of a two-sided result is ("58% to 42%": the larger share
    first, the two adding up to about 100) when the article named the winning side by a noun or
    a verb in its last words before the sentence; else ""."""
    own = FIGURE_NUMBER.search(figure)
    if own is None:
        return ""
    value = float(own[0])
    first, second = FIRST_OF_RESULT.match(after), RESULT_FIRST.search(before)
    if first and not second:
        larger, smaller = value, float(first[1])
    elif second and not first and not re.search(r"\bfrom\s+$", before[: second.start()]):
        larger, smaller = float(second[1]), value
    else:
        return ""
    if larger <= smaller or not 90 <= larger + smaller <= 100:
        return ""
    # Not a headline's side (a line with no full stop): "Harlow only town to vote 'No'" names a
    # loser beside the result.
    told = "\n".join(line for line in earlier.splitlines() if SENTENCE_LINE.search(line))
    won = _side_near(_words(_sides_named(told))[-SIDE_WORDS_EARLIER:], [], lex)
    if won is None:
        return ""
    return won if first else _other_side(won, lex)


def _sides_named(text: str) -> str:
    """The text with a side of a vote named by a bare "Yes" or "No" spelt as its noun: quoted
    ('votes "No"'), or capitalised before a bracket, a colon or "on" and a figure ("No
    (2,001,926)", "No on 45 per cent"); "no" alone is a determiner the lexicon leaves out."""
    return SIDE_NAMED.sub(lambda m: f" {(m[1] or m[2] or m[3]).lower()} side ", text)


def _other_side(side: str | None, lex: Lexicon) -> str:
    """The other side of a two-sided vote (Yes for No), else ""."""
    sides = [c.name for c in lex.concepts.values() if c.refines == VOTES and c.shares]
    if side not in sides or len(sides) != 2:
        return ""
    return next(name for name in sides if name != side)


def _is_change(before: str, after: str) -> bool:
    """Whether the words around a share make it a change: "rose 7%", "7% more than"."""
    return bool(CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(after))


def _named_growth(before: str) -> bool:
    """Whether the last word of the lexicon's growth before a share is "growth" alone, after
    no word of the economy ("economic growth", "GDP growth")."""
    words = _words(before)
    if "growth" not in words:
        return False
    i = len(words) - 1 - words[::-1].index("growth")
    return i == 0 or words[i - 1] not in {"economic", "gdp", "economy", "annual", "quarterly"}


def _aimed(before: str, after: str) -> bool:
    """Whether the words around a share make it a target: "a target of about 7%"."""
    clause = CLAUSE_CUT.split(before)[-1]
    return bool(
        TARGET_BEFORE.search(before) or TARGET_AFTER.match(after) or AIMING_BEFORE.search(clause)
    )


def _opens_on_placeholder(before: str, lex: Lexicon) -> bool:
    """Whether a sentence's first words name a figure by a placeholder ("Early estimates")."""
    words = _words(before)[: SUBJECT_WORDS + 1]
    return any(lex.nouns.get(singular(w)) == PLACEHOLDER for w in words)


def _points_back(before: str, lex: Lexicon) -> bool:
    """Whether the sentence before a figure opens with a word pointing back to a figure said
    before ("That", "This", "It") or names it with a placeholder ("The record number")."""
    words = _words(before)
    if words[:1] and CONTRACTED.sub("", words[0]) in POINTING:
        return True  # "That's up 7% from last year" points back as "That is" does
    return any(lex.nouns.get(singular(w)) == PLACEHOLDER for w in words[: SUBJECT_WORDS + 1])


def _counted_before(earlier: str, lex: Lexicon) -> str | None:
    """The lexicon concept of the last count of the sentence right before that has one."""
    ends = [m.end() for m in SENTENCE_END.finditer(earlier.rstrip())]
    previous = ends[-1] if ends else 0
    for match in reversed([m for m in COUNT_IN_TEXT.finditer(earlier) if m.start() >= previous]):
        after = earlier[match.end() :]
        following = WORD_AFTER_FIGURE.match(after)
        word = following[1] if following else ""
        thing = word if word.lower() not in NOT_THINGS and word.lower() not in lex.verbs else None
        told = _measure_here(
            "count",
            "",
            thing,
            thing,
            earlier[max(previous, match.start() - 200) : match.start()],
            after[following.end() :] if thing and following else after,
            lex,
        )
        if told.scale == "count" and lex.concept(told.concept) is not None:
            return told.concept
    return None


def _names_nothing(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence names no lexicon concept by a noun or a verb."""
    words = _singulars(sentence)
    return _nearest_noun(words, lex) is None and _verb_concept(_words(sentence), lex) is None


# Words before a noun of change that rank or scale it: "the highest percentage increase".
RANKING = {"percentage", "percent", "highest", "largest", "biggest", "steepest", "sharpest",
           "greatest", "sharp", "steep", "big", "large", "annual", "yearly"}  # fmt: skip


def _changer_named(before: str) -> bool:
    """Whether a verb of change right before a share has a subject of its own: a word right
    before it ("Harlow Foods was up 27%") or a common noun before a comma ("services revenue,
    which grew 24%"), known to the lexicon or not. "North Carolina, up 22.5%" names a place in
    a list, not what changed."""
    change = CHANGE_BEFORE.search(before)
    if change is None:
        return False
    tokens = re.findall(r"[A-Za-z][\w’'-]*|,", before[: change.start()])
    if CHANGE_NOUN_AFTER.match(change[0]):
        # "had the nation's highest percentage increase at 33%": the words before a noun of
        # change that only rank or scale it, or name whose rank it is, are no subject.
        while tokens and (tokens[-1].lower() in RANKING or CONTRACTED.search(tokens[-1])):
            tokens.pop()
    while tokens and tokens[-1].lower() in AUXILIARIES:
        tokens.pop()
    if tokens and tokens[-1] not in (",", *LEADING, *CLAUSE_BREAKS, *SUBORDINATE):
        return True  # the subject right before its verb
    while tokens and tokens[-1].lower() in SUBORDINATE | {","}:
        tokens.pop()
    return bool(tokens) and tokens[-1].islower() and tokens[-1] not in LEADING | CLAUSE_BREAKS


def _named_before(earlier: str, lex: Lexicon, sentences: int = 1, suffix: str = "") -> str | None:
    """The lexicon concept of the known noun nearest the end of the sentence right before, or
    of the nearest of the last `sentences` sentences that names one; with a suffix, the first
    such concept whose name with the suffix is a concept too ("growth" for "_target"), that."""
    ends = [0] + [m.end() for m in SENTENCE_END.finditer(earlier.rstrip())]
    stop = len(earlier)
    for start in reversed(ends[-sentences:]):
        words = _singulars(earlier[start:stop])
        while words:
            found = _nearest_noun(words, lex)
            if found is None:
                break
            if not suffix:
                return found
            if lex.concept(f"{found}{suffix}") is not None:
                return f"{found}{suffix}"
            words = words[:-1]
        stop = start
    return None


def _told_before(figure: str, before: str, earlier: str, lex: Lexicon) -> str | None:
    """What the same figure, or else the last count of the sentence right before, counts."""
    counts = list(COUNT_IN_TEXT.finditer(earlier))
    # earlier ends with the sentence before; its own full stop is followed by no space here
    ends = [m.end() for m in SENTENCE_END.finditer(earlier.rstrip())]
    previous = ends[-1] if ends else 0
    # "about 2,500" is the figure "2,500" told earlier: a qualifier is no part of the number.
    number = COUNT_IN_TEXT.search(figure)
    same = [m for m in counts if number and m[0] == number[0]]
    # "Shipments were 45.5 million. Analysts had expected 44.8 million": a forecast of the
    # figure the sentence before reported.
    foretold = FORETOLD_BEFORE.search(before)
    said_here = list(COUNT_IN_TEXT.finditer(before)) if foretold and not same else []
    if said_here and said_here[-1][0].strip() != figure.strip():
        # "The 45.5 million sold were ahead of what investors anticipated, at 44 million": a
        # forecast of the figure its own sentence reported, which counts what it counted when
        # the article told it before.
        reported = _told_before(said_here[-1][0], "", earlier, lex)
        if reported:
            return reported
    tried = same[-1:] or ([m for m in counts if m.start() >= previous][-1:] if foretold else [])
    for match in tried:
        opens = max((e for e in ends if e <= match.start()), default=0)
        closes = min((e for e in ends if e >= match.end()), default=len(earlier))
        after = earlier[match.end() : closes]
        following = WORD_AFTER_FIGURE.match(after)
        word = following[1] if following else ""
        thing = (
            word
            if word and word.lower() not in NOT_THINGS and word.lower() not in lex.verbs
            else None
        )
        told = _measure_here(
            "count",
            "",
            None,
            thing,
            earlier[max(opens, match.start() - 200) : match.start()],
            after,
            lex,
        )
        if told.scale == "count" and told.concept:
            own = lex.concept(told.concept)
            if own is None or not own.products or own.name != told.concept:
                return told.concept
    return None


def _measure_here(
    kind: str,
    unit: str,
    noun: str | None,
    measure: str | None,
    before: str,
    after: str,
    lex: Lexicon,
) -> Measure:
    """The measure read from the quantity's own sentence alone."""
    if kind == "percent" and unit in ("percentage point", "basis point"):
        scale = unit  # a step in a rate, not its level (data/units.toml converts bp to pp)
    elif kind == "percent" or unit == "percent":
        scale = "percent"
    elif kind == "ratio" and unit in ("", "fraction", "times"):
        scale = unit or "ratio"
    elif kind == "money":
        per_share = PER_SHARE_UNIT.match(unit)
        scale = per_share[1] if per_share else unit or "money"
        scale = SAME_CURRENCY.get(scale, scale)  # "RMB 5 billion" and "5 billion yuan"
    elif kind == "count" and unit == "basis" and BASIS_POINT_AFTER.match(after):
        scale = "basis point"  # "a 25 basis-point cut" is "a 25 basis point cut"
        noun = measure = None
        after = after[BASIS_POINT_AFTER.match(after).end() :]  # type: ignore[union-attr]
    elif kind == "measure":
        scale = unit or "measure"
    else:
        scale = "count"
    if kind == "money":
        # "74 billion euros of risk-weighted assets": what the amount is of follows the
        # currency's name, which is only its scale.
        noun, measure = _past_currency(noun), _past_currency(measure)
    if kind == "money" and set(_phrase(noun or measure or "").split()[-1:]) & CURRENCY_NOUNS:
        noun = measure = None  # "Millions of dollars were lost": dollars are the scale
    if kind in ("money", "measure"):
        before, after = _aside(before, after)
    before, after = AGO.sub(" ", before), AGO.sub(" ", after)
    if kind == "money" and PER_SHARE_UNIT.match(unit):
        # "earned $1.67 a share", "a dividend of $0.57 per share": what is paid per share.
        return Measure(scale, _per_share(before, after, lex))
    if scale == "count" and not noun and not measure and _is_age(before, after):
        return Measure(scale, "")
    before, after = _sides_named(before), _sides_named(after)
    cut = ABBREVIATED.match(after)
    if cut and noun and measure and re.fullmatch(r"[A-Z]{1,2}", (measure or "").strip()):
        # "72,000 U.S. drug overdose deaths": the extractor took the abbreviation's first letter
        # for the noun; what is counted is the phrase after the abbreviation.
        kept = itertools.takewhile(lambda w: w.lower() not in AUXILIARIES, cut[1].split())
        noun = measure = " ".join(kept) or None
        after = after[cut.end() :]
    second = SECOND_SHARE.search(before)
    if scale == "percent" and not measure and second and second[1].lower() != "from":
        # "voted No by a clear margin, 55% to 45%": the second share is the other side's.
        first = _words(before[: second.end(1)])[-2 * WORDS_BEFORE :]
        return Measure(scale, _other_side(_side_near(first, [], lex), lex))
    concept = None
    for phrase in (measure, noun):
        if phrase:
            concept = _noun_concept(phrase, lex) or lex.verbs.get(" ".join(_words(phrase)))
            if concept == GENERIC:
                # "40 injured people", "missing persons": the word qualifying a generic noun
                # says what befell them.
                concept = _qualifier_concept(phrase, lex) or concept
            if concept:
                break
    if concept is None and scale == "percent" and STAKE_OF.match((measure or noun or "").strip()):
        concept = STAKE  # "1.5 per cent of its shares", "5% of the company"
    party = _phrase(measure or noun or "") if scale == "count" and concept is None else ""
    capitalised = re.match(r"\s*[A-Z]", measure or noun or "")
    listed = PARTY_COUNT.search(before[-PARTY_WORDS:]) or PARTY_COUNT.search(after[:PARTY_WORDS])
    if capitalised and (party in PARTY_MEMBERS or (party and listed)):
        # "156 Liberals, 121 Conservatives", "98 Conservatives 12 Alliance 9 SDP": the parties'
        # seats, a party the list names beside others' members too.
        concept = SEATS
    unnamed = concept in (PLACEHOLDER, NOT_COUNTED)  # "the 200,000 range", "631 Thursday"
    if scale == "count" and (noun or measure) and FORECAST_AFTER.match(after):
        # "higher than the 44m analysts predicted": the noun is who foretold the number, the
        # subject of the verb whose object it is; it counts what its clause names.
        concept, unnamed = None, True
    if unnamed:
        concept = None
    # "nearly 12,000 structures", "more than 500 calls": a counted noun the lexicon lacks is
    # what the number counts, whatever verbs elsewhere in the sentence speak of.
    # A noun the extractor carried over from another figure is no such evidence.
    named = concept is None and not unnamed and _names_something(measure or "")
    if scale == "count" and noun and not measure and concept not in (None, GENERIC):
        # "killing 80 people and injuring more than 800", "the death toll rose to 71 and the
        # number of missing to 1,000", "the city has a population of 200,000": a noun the
        # extractor carried over from an earlier figure gives way to a property named right
        # before the number or another concept named between that figure and this number.
        # A verb of winning votes ("won 262 seats (up by 30)") names no other concept.
        verb = _nearest_verb(_words(before), lex)
        concept = _property_of(before, lex) or (verb if verb != VOTES else None) or concept
    if scale == "count":
        # "rises to 350 with 2,068 injured": the word right after a bare count says what it
        # counts, whatever measure phrase came before ("death toll"); only right after it
        # ("29 dead, 228 missing": 29 are not the missing).
        concept = _first_noun(_singulars(_adjacent(after))[:1], lex) or concept
        if named or not measure or concept in (None, GENERIC):
            # "63 with 631 unaccounted for", "12 miners were killed", "killing 12 miners": a
            # verb next to the figure; a verb of winning votes counts no named thing.
            # "sold 9 million tablets" counts tablets: a verb of selling names no thing either.
            verb = _verb_next_to(before, after, lex)
            if verb and not (named and (_counts_votes(verb, lex) or _sells(verb, lex))):
                concept = verb
    if concept in (None, GENERIC) and scale == "count" and not named:
        # "a population of about 400,000 people", "a magnitude of 6.1": a property named
        # right before "of" says what the number measures.
        concept = _property_of(before, lex) or concept
    if concept in (None, GENERIC) and scale == "count" and not named:
        clause = _words(before)
        concept = (
            _verb_near(_words(after)[:WORDS_AFTER], clause[-WORDS_BEFORE:], lex, clause) or concept
        )
    bare = unnamed or not _words(noun or measure or "") or _is_anaphor(noun or measure or "")
    # A step in a share ("a 3 percentage point margin of error", "a 25 basis point cut") names
    # what it is of as a share does.
    shares = scale in ("percent", "percentage point", "basis point")
    if concept in (None, GENERIC) and shares and bare:
        # "the new 0.25% base rate", "the 2% inflation target": a known noun right after; not
        # past a word opening another clause ("No on 45% and Yes on 41%").
        following = _singulars(_adjacent(after))[:2]
        following = following[: next((i for i, w in enumerate(following) if w in CLAUSE_BREAKS), 2)]
        concept = _first_noun(following, lex) or concept
    if concept in (None, GENERIC) and shares and bare:
        # "a 10% rise in overdose deaths", "a 25 basis point cut in the key rate": the noun a
        # change after the share is in.
        words = _singulars(_adjacent(after))
        changed = len(words) > 2 and words[0] in CHANGES | {"increase", "jump", "surge", "decline"}
        if changed and words[1] in ("in", "of"):
            concept = _first_noun(words[2 : MONEY_WORDS + 1], lex) or concept
    if concept in (None, GENERIC) and (scale == "count" or shares) and kind != "ratio" and bare:
        # "the toll of dead people has risen to 272", "12,000 homes were destroyed and 30,000
        # others damaged", "unemployment was 5 percent, up from August's 4.9 percent": a figure
        # that names nothing it counts counts what its clause named before it.
        # A bare share reads no further back than a dash or semicolon: "One area where sales
        # fell short was margins — they were at 38 percent" is no share of an area.
        reach = CLAUSE_CUT.split(before)[-1] if shares else before
        reach = BODY_NAME.sub(" ", reach)  # "the Research Unit shows ... 10%": no units
        concept = _nearest_noun(_singulars(reach), lex) or concept
        if concept in (None, GENERIC) and reach != before and CHANGE_BEFORE.search(reach):
            # "Factory output – the IP figures – expanded 5.9%": a verb of change right before
            # a share whose clause names nothing has its subject before the aside.
            concept = _nearest_noun(_singulars(before), lex) or concept
    if concept in (None, GENERIC) and scale == "percent":
        # "52% voted yes", "48 per cent of voters voting No": a verb of a side of a vote near a
        # bare share says whose share it is.
        found = lex.concept(
            _verb_near(_words(after)[:WORDS_AFTER], _words(before)[-WORDS_BEFORE:], lex) or ""
        )
        concept = found.name if found is not None and found.shares else concept
    if concept in (None, GENERIC) and scale == "percent" and bare and _is_change(before, after):
        # "72,287 people died in 2017, an increase of about 10%": a change said after a verb
        # of a count in its clause is a change in that count.
        clause = _words(CLAUSE_CUT.split(before)[-1])
        verb = _nearest_verb(clause, lex)
        concept = verb if verb is not None and verb not in VOTING else concept
    voting = concept in (None, GENERIC) and scale == "percent" and not _is_change(before, after)
    if voting and (PARTY_BEFORE.search(before) or BACKING_AFTER.match(after)):
        # "The ruling party leads with 61.6%", "46 percent would back Kerry": a side's share.
        concept = VOTES
    if concept is None and scale == "percent":
        # "Le Pen got 33.9%", "he scored 58.6% in the run-off": a bare share right after a verb
        # of winning votes is a share of the vote.
        verb = _verb_concept(_words(before)[-1:], lex)
        concept = verb if verb == VOTES else None
    if concept in (None, GENERIC) and scale not in ("count", "ratio", "times"):
        # "Target shares fell 9.7% to $50.08": the move of a company's shares and the price
        # they reached, said right after the verb of the shares' move.
        clause_of = CLAUSE_CUT.split(before)[-1]
        shares_moved = SHARES_MOVED.search(clause_of) or SHARES_ENDED.search(clause_of)
        concept = SHARE_PRICE if shares_moved else concept
    own_clause = CLAUSE_CUT.split(before)[-1]
    if concept is None and kind == "money" and ELIDED.search(own_clause):
        # "Harlow's market value fell to $9bn, Varn's fell to $120bn".
        concept = _nearest_noun(_singulars(own_clause), lex)
    shares_at = SHARES_AT.search(own_clause) and not VALUING.search(own_clause)
    if concept is None and kind == "money" and (shares_at or TRADING_BEGINS.search(own_clause)):
        # "sold 2 million shares at $8 each", "priced its IPO at 30 pesos", "will begin trading
        # on Monday at 30 pesos": the price of one share, as a share price is.
        concept = SHARE_PRICE
    if concept is None and kind == "money" and PER_SHARE_COMPARED.search(before):
        # "earned $1.67 a share on sales of $46bn, compared with $1.96 and sales of $51bn": the
        # first amount after "compared with" is the other level of the sentence's first one.
        concept = PER_SHARE
    if concept is None and kind == "money" and BOUGHT_FOR.search(before):
        # "agreed to buy Whole Foods for $13.7 billion": the price of what is bought.
        concept = BOUGHT
    proceeds = PROCEEDS_AFTER.match(after) if kind == "money" and concept is None else None
    if proceeds and (
        proceeds["noun"].lower() != "sale" or proceeds["of"] or LISTING.search(before + after)
    ):
        # "a $2bn offering", "a 4 billion dollar sale in the biggest IPO ever": what it raises.
        concept = RAISED
    revenue = kind == "money" and (REVENUE_AFTER.match(after) or REVENUE_BEFORE.search(before))
    if concept is None and kind == "money" and not LEVEL_REACHED.search(before) and not revenue:
        # "his £199million transfer", "a world record fee worth €222m", "he will earn 45m
        # euros a year", "£5bn of government bonds": the words around an amount say what it
        # pays for, the nouns next to it first.
        concept = (
            _first_noun(_unqualified(_singulars(after)[:NOUN_AFTER]), lex)
            or _of_noun(after, lex)
            or _nearest_noun(_singulars(DATED.sub(" ", before))[-MONEY_WORDS:], lex)
            or _called(_words(after)[:WORDS_AFTER], lex)
            or _money_verb(
                _words(_before_amount(after))[:WORDS_AFTER],
                _words(_after_amount(before))[-WORDS_BEFORE:],
                lex,
            )
            # "Revenue for the quarter reached $4.2bn, down from $4.5bn", "Profits fell 9% in
            # the fourth quarter to $2bn": else the noun its sentence opens with.
            # Not past another amount ("Varn reported earnings of $2 a share on sales of $9bn")
            # unless the figure is that amount's other level ("$4.2bn, down from $4.5bn").
            or (None if named or not _compares(before) else _subject(_singulars(before), lex))
        )
    if concept == BOUGHT and DEAL_SIZE.search(before) and OFFERED.search(before + after):
        # "priced its IPO at $30 a share, a deal size of $2bn": the offering's proceeds.
        concept = RAISED
    if concept in (None, BOUGHT) and kind == "money" and AT_THE_CLOSE.match(after):
        # "a premium over the price of around $33 at the close of trading": no price paid for
        # a company, whatever noun of price is near, but what its shares traded at.
        concept = SHARE_PRICE
    if concept is None and kind in ("money", "percent") and _price_move(before, after):
        # "Brent crude lost $1.10, or 2 percent, to $54.30 a barrel": a market report's move of
        # a price said as an amount, a share and the level reached is of the price its clause
        # names. Not a company's ("Harlow Foods fell $2.59, or 3.4 percent, to $73.98"): the
        # lexicon's share price names no company, and a report lists many in one sentence.
        moved = _nearest_noun(_singulars(CLAUSE_CUT.split(before)[-1]), lex) or ""
        concept = moved if moved.endswith("_price") or moved in PRICES else None
    if concept is None and kind == "measure":
        # "at a depth of 10 km", "a magnitude of about 6.1": a noun right before "of" says what a
        # unit measures; anywhere else it is another figure's ("the death toll from the 7.8").
        # "10 km below ground", "6 miles deep": words right after it say so too.
        words = [w for w in _words(before)[-3:] if w not in QUALIFIERS]
        if len(words) >= 2 and words[-1] == "of":
            concept = _nearest_noun([singular(words[-2])], lex)
        # Only a verb of a property: in "a 7.9-magnitude earthquake killed 1,900" the verb is the
        # count's, and the unit says what is measured.
        stated = lex.concept(_verb_concept(_words(after)[:STATE_WORDS], lex) or "")
        concept = concept or (stated.name if stated is not None and stated.property else None)
    if concept and scale == "count":
        # "12,000 houses collapsed and 30,000 damaged": a verb right after the number saying
        # what state the counted things are in counts another thing.
        state = lex.concept(_verb_concept(_words(after)[:STATE_WORDS], lex) or "")
        if state is not None and state.refines == concept:
            concept = state.name
    if scale == "percent" and concept == GROWTH and _named_growth(before):
        # "Retail sales were up 11.1%, less than November's growth of 11.2%": growth with no
        # word of the economy is growth of what the sentence opens with.
        opening = _first_noun(_singulars(before)[: SUBJECT_WORDS + 1], lex)
        concept = opening if opening not in (None, GROWTH) else concept
    if scale == "percent" and _aimed(before, after):
        # "a target of around 7 percent growth", "the 2% target": the level aimed at, when the
        # lexicon has a target of what is measured.
        target_of = concept or _first_noun(_singulars(PHRASE_BREAK.split(after)[0])[:3], lex)
        aimed = f"{target_of}{TARGET_SUFFIX}"
        concept = aimed if lex.concept(aimed) is not None else concept
    if concept == VOTES:
        # "66% of the vote" in a sentence about who voted yes: the share of that side.
        concept = (
            _side_near(_words(before)[-WORDS_BEFORE:], _words(after)[:WORDS_AFTER], lex) or concept
        )
    if scale == "percent" and concept is not None:
        # "64% of the electorate turned out", "two-thirds of registered voters voted": a share
        # of those entitled to vote said with a verb of voting is a turnout.
        concept = _share_by_part(concept, _words(before)[-WORDS_BEFORE:], _words(after), lex)
    if concept == GENERIC and scale == "count":
        # "estimating the crowd at 175,000 people", "a toll of 300 people": people counted as
        # the noun right before "at" or "of".
        concept = _noun_of(before, lex) or concept
    if (
        concept == GENERIC
        and scale == "count"
        and (WATCHED_BY.search(before) or WATCHING_AFTER.match(after))
    ):
        concept = VIEWERS  # "watched by 4 million people": people who watched are viewers
    if concept == GENERIC:
        concept = "people"  # counted people, nothing said of what befell them
    if concept is None:
        fallback = "" if unnamed else _phrase(noun or measure or "")
        concept = " ".join(fallback.split()[-3:])
    if not concept and kind == "measure" and scale != "measure":
        # "6.1-magnitude", "10 kilometres": the unit says what is measured, by its dimension
        # when the unit table has it ("a volume per day" in barrels or gallons alike).
        concept = currencies.dimension(scale) or scale
    own = lex.concept(concept or "")
    if scale == "count" and own is not None and own.counted:
        # "a turnout of 750,000" at a march counts its crowd; in a sentence about a vote, the
        # voters: a concept said as a count counts what its sentence's words point to.
        concept = _counted_as(own, _words(before) + _words(after), lex)
        own = lex.concept(concept)
    if scale == "count" and own is not None:
        # "Labour gained 30 seats", "(up by 30)", "a net loss of 13", "12 fewer seats": a
        # change in the concept, not a level of it.
        concept = _changed(own, before, after, lex)
        own = lex.concept(concept)
    if scale == "count" and own is not None and own.products:
        # "tablet sales were 9.3 million", "shipments of phones were 45 million": units of the
        # thing named beside the noun, as "9.3 million tablets" counts them.
        # "sold 45 million phones, down from 48 million": the thing the carried noun names.
        carried = _phrase(noun or "").split()[-1:] if noun and not measure else []
        unknown = carried and _noun_concept(noun or "", lex) is None
        concept = _product(_singulars(before), lex) or (carried[0] if unknown else concept)
    if scale == "count" and own is not None and own.scale:
        scale = own.scale  # "a magnitude of 6.1" is on the scale "6.1-magnitude" is
    return Measure(scale, concept or "")


def _past_currency(phrase: str | None) -> str | None:
    """The words after "of" in a phrase opening on a currency's name ("euros of assets" ->
    "assets"), else the phrase."""
    if not phrase:
        return phrase
    head, of, rest = phrase.partition(" of ")
    named = set(_phrase(head).split()[-1:]) & CURRENCY_NOUNS
    return rest.strip() if of and named and len(head.split()) <= 2 and rest.strip() else phrase


def _changed(concept: Concept, before: str, after: str, lex: Lexicon) -> str:
    """The concept of a change in `concept` whose words end the text before the figure or
    start the text after it, else `concept`."""
    words = [w for w in _words(PHRASE_BREAK.split(before)[-1]) if w not in QUALIFIERS]
    ending = " " + " ".join(words[-4:])
    first = _words(_adjacent(after))[:1]
    for other in lex.concepts.values():
        if other.changes == concept.name and any(
            ending.endswith(" " + cue) or first == [cue] for cue in other.changed_by
        ):
            return other.name
    return concept.name


def _subject(words: list[str], lex: Lexicon) -> str | None:
    """The concept of a known noun among the first words of a sentence, when no subordinate
    clause ("when", "after") nor another clause starts between it and the figure: "Profits
    fell 9% in the quarter to $2bn"; not "The deal beats the record set when X sold for"."""
    found = _first_noun(words[:SUBJECT_WORDS], lex)
    if found is None or any(w in SUBORDINATE or w in CLAUSE_BREAKS for w in words):
        return None
    return found


def _scale_named(text: str) -> str | None:
    """ "°F" or "°C": the scale of temperature `text` names last, None for neither; not a
    bracketed conversion's ("60 degrees Fahrenheit (15.6 degrees Celsius)" is in °F)."""
    named = SCALE_NAMED.findall(BRACKETED.sub(" ", text))
    if not named:
        return None
    found = named[-1]
    return TEMPERATURE_NOUNS[found[0].lower()] if found[0] else f"°{found[1]}"


def _per_share(before: str, after: str, lex: Lexicon) -> str:
    """The per-share concept named nearest an amount per share ("a dividend of $0.57 a
    share", "a stock price of $30, or 25 euros a share"), else earnings per share ("earned
    $1.67 a share"); a word of earning nearer than any names earnings ("whose share price fell,
    earned $1.10 a share")."""
    words = _singulars(before)[-WORDS_BEFORE:]
    for end in range(len(words), 0, -1):
        for n in (3, 2, 1):
            found = lex.concept(lex.nouns.get(" ".join(words[max(0, end - n) : end])) or "")
            if found is not None and found.per_share:
                return found.name
        if words[end - 1] in EARNING:
            return PER_SHARE
    # "priced its IPO at 30 pesos a share", "the offering's range of $28 to $30 per share": the
    # price of a share sold to the public, what a share of it costs.
    if LISTING.search(before) or LISTING.search(after):
        return SHARE_PRICE
    # "will pay $42 a share", "values the stock at $42 a share": a sentence that speaks of
    # buying names the price paid per share, not what a share earned.
    present = set(_words(before)) | set(_words(after))
    for concept in lex.concepts.values():
        if concept.per_share and present & set(concept.cues):
            return concept.name
    return PER_SHARE


def _unqualified(words: list[str]) -> list[str]:
    """The words right after an amount up to one that sets another thing beside it: "$13.7bn,
    including debt", "£40m a year before tax" are a price and a wage, not debt nor tax."""
    return list(itertools.takewhile(lambda w: w not in BESIDE, words))


def _after_amount(before: str) -> str:
    """The text before a figure after the last amount of money in it: "Varn earned $2 a share,
    on $9bn in sales" leaves the verb of earning to the amount it governs."""
    found = list(AMOUNT.finditer(before))
    return before[found[-1].end() :] if found else before


def _before_amount(after: str) -> str:
    """The text after a figure up to the next amount of money in it."""
    found = AMOUNT.search(after)
    return after[: found.start()] if found else after


def _compares(before: str) -> bool:
    """Whether no amount of money stands in `before`, or the words after the last one add no
    other thing to it ("$2 a share on sales of", "$9bn with"): "$4.2bn, down from", "$2,
    ahead of the forecast of", "$2 a share, compared with" compare one thing."""
    between = re.sub(r"\bcompared with\b", " ", _after_amount(before), flags=re.IGNORECASE)
    return not set(_words(between)) & ADDING


def _money_verb(after: list[str], before: list[str], lex: Lexicon) -> str | None:
    """The concept of the verb nearest an amount of money, unless it counts things sold ("sold
    the club for $100m" is a price, not units) or votes."""
    verb = _verb_near(after, before, lex)
    # "received bids of $9bn", "the $5bn garnered by": money is never votes won.
    if verb is None or _sells(verb, lex) or _counts_votes(verb, lex):
        return None
    if verb == RAISED and RAISED_TO.search(" ".join(before)):
        return None  # "the forecast was raised to $150m": a figure revised, not money taken in
    return verb


# A figure raised to a new level: "was raised to $150m", "raised its forecast to $90m".
RAISED_TO = re.compile(r"\brais(?:e|es|ed|ing)\b(?:\s+\w+){0,3}\s+to(?:\s+(?:about|around|some))?$")


def _sells(name: str, lex: Lexicon) -> bool:
    """Whether the concept counts things sold ("sold", "shipped"), not the things."""
    concept = lex.concept(name)
    return concept is not None and concept.products


def _product(words: list[str], lex: Lexicon) -> str | None:
    """The thing sold named beside the products noun nearest the end of `words`: "tablet
    sales" and "shipments of tablets" name tablets; "quarterly sales" names none."""
    for i in range(len(words) - 1, -1, -1):
        found = lex.concept(lex.nouns.get(words[i]) or "")
        if found is None or not found.products:
            continue
        for j in (i - 1, i + 2):
            if j == i + 2 and (j >= len(words) or words[i + 1] != "of"):
                continue
            if j < 0 or words[j] in NOT_PRODUCTS or words[j] in lex.nouns or words[j] in lex.verbs:
                continue
            if "'" in words[j] or "’" in words[j]:
                continue
            return words[j]
        return None
    return None


def _called(words: list[str], lex: Lexicon) -> str | None:
    """The concept of the name given to what an amount is of, right after it: "a £5bn fund it
    called the Growth Scheme", "a £5bn fund known as the lending scheme"."""
    for i, word in enumerate(words):
        if word in NAMING or " ".join(words[i : i + 2]) in NAMING:
            skip = 2 if " ".join(words[i : i + 2]) in NAMING else 1
            return _first_noun([singular(w) for w in words[i + skip : i + skip + 4]], lex)
    return None


def _share_by_part(concept: str, before: list[str], after: list[str], lex: Lexicon) -> str:
    """The concept a percentage of `concept` is when a verb of another says what that share
    did ("64% of the electorate turned out": turnout) or its clause names it before ("a
    turnout of 64% of the electorate"), else `concept`."""
    wholes = [c for c in lex.concepts.values() if c.whole == concept]
    if not wholes:
        return concept
    verb = _verb_near(after[:WORDS_AFTER], before, lex)
    for found in wholes:
        if verb == found.part:
            return found.name
    # "a turnout of 69% of the electorate, up from 66%": the share's own noun named before it
    # in its clause.
    names = {found.name for found in wholes}
    for word in reversed(before):
        if word in CLAUSE_BREAKS:
            break
        if lex.nouns.get(singular(word)) in names:
            return lex.nouns[singular(word)]
    return concept


def _noun_of(before: str, lex: Lexicon) -> str | None:
    """The concept of a known noun right before "of" or "at" (and a qualifier) just before a
    number: "the crowd at about 175,000", "a toll of 300"."""
    words = [w for w in _singulars(before)[-4:] if w not in QUALIFIERS]
    if len(words) < 2 or words[-1] not in ("of", "at"):
        return None
    return _nearest_noun(words[-2:-1], lex)


def _counted_as(concept: Concept, words: list[str], lex: Lexicon) -> str:
    """What `concept` counts when said as a count: the first of its `counted` whose cues its
    sentence names, else the last."""
    present = {singular(re.sub(r"['’]s$", "", w)) for w in words}  # "the march's organizers"
    for name in concept.counted:
        found = lex.concept(name)
        if found is not None and present & {singular(c) for c in found.cues}:
            return name
    return concept.counted[-1]


def _is_age(before: str, after: str) -> bool:
    """A bare number between a name and a comma: "Jane Roe, 44, said"."""
    return bool(AGE_BEFORE.search(before) and AGE_AFTER.match(after))


def _names_something(phrase: str) -> bool:
    """The phrase names a counted thing: some word, and not one pointing back ("others")."""
    return bool(_words(phrase)) and not _is_anaphor(phrase)


def _adjacent(after: str) -> str:
    """The words right after a number, up to the first punctuation or figure."""
    found = WORD_AFTER.match(after)
    return found[1] if found else ""


def _qualifier_concept(phrase: str, lex: Lexicon) -> str | None:
    """The concept of a lexicon word qualifying the generic noun ending `phrase`."""
    words = _singulars(PHRASE_BREAK.split(phrase)[0])
    for word in words[:-1]:
        found = lex.nouns.get(word) or lex.verbs.get(word)
        if found and found not in UNNAMED:
            return found
    return None


def _nearest_verb(words: list[str], lex: Lexicon) -> str | None:
    """The concept of the lexicon verb nearest the end of `words`, read in its own order."""
    for end in range(len(words), 0, -1):
        for n in range(min(lex.longest_verb, end), 0, -1):
            found = lex.verbs.get(" ".join(words[end - n : end]))
            if found:
                return found
    return None


def _counts_votes(name: str, lex: Lexicon) -> bool:
    """Whether the concept counts votes ("voted", "voted yes"): "39 districts voted yes"
    counts districts, not votes."""
    concept = lex.concept(name)
    return name in VOTING or (concept is not None and concept.refines == VOTES)


def _verb_next_to(before: str, after: str, lex: Lexicon) -> str | None:
    """The concept of a lexicon verb right after a figure ("631 unaccounted for", "12 miners
    were killed") or as the word right before it ("killing 12")."""
    words = _words(_adjacent(after))
    i = 0
    while i < len(words) and (words[i] in AUXILIARIES or words[i] in ADVERBS):
        i += 1  # "12 miners were killed", "two policemen have also lost their lives"
    found = _verb_at(words, i, lex) if i < len(words) else None
    if found:
        return found
    right_before = WORD_BEFORE.search(before)
    return _verb_concept([right_before[1].lower()], lex) if right_before else None


def _reported(concept: str, after: str, lex: Lexicon) -> str | None:
    """What a count of reports counts, or None when it is no count of reports: the harm named
    after "of" or "involving" ("reports of burns" count burns, "incidents involving property
    damage" count damage), else the fault reported, one concept however the report is worded
    ("92 reports", "92 incidents", "complaints of batteries overheating": a fault is told by
    a word in -ing). A claim is a report only with a harm after it ("55 claims" may be jobless
    or insurance claims)."""
    words = [w for w in _words(_adjacent(after))[:5] if w not in ARTICLES][:4]
    told = words[1:3] if words[:1] in (["of"], ["involving"]) else []
    if concept == "claim" and not told:
        return None
    if not told or any(w.endswith("ing") for w in told):
        return FAULT_REPORTS
    return _harm(words[1:], lex) or singular(told[0])


def _harm(words: list[str], lex: Lexicon) -> str | None:
    """The concept of a harm's words, read whole, then cut from their end: "property damage
    associated with the heaters" is damage, as "property damage" is."""
    for end in range(len(words), 0, -1):
        harm = _noun_concept(" ".join(words[:end]), lex)
        if harm:
            return harm
    return None


def _of_noun(after: str, lex: Lexicon) -> str | None:
    """The concept "of" names right after an amount: "£5bn of government bonds", "a £5bn
    increase in asset purchases"."""
    words = _singulars(_adjacent(after))
    if len(words) > 2 and words[0] in CHANGES and words[1] in ("in", "of", "to"):
        words = words[1:]
    if not words or words[0] not in ("of", "in", "to"):
        return None
    return _first_noun(words[1:MONEY_WORDS], lex)


def _side_near(before: list[str], after: list[str], lex: Lexicon) -> str | None:
    """The side of a vote (a concept that refines votes) named nearest the figure by a noun or
    a verb: "the Yes vote", "voted against"; after it when two are as near."""

    def side_at(words: list[str], i: int) -> str | None:
        for n in range(min(max(3, lex.longest_verb), len(words) - i), 0, -1):
            chunk = words[i : i + n]
            found = lex.verbs.get(" ".join(chunk)) or lex.nouns.get(_phrase(" ".join(chunk)))
            concept = lex.concept(found or "")
            if concept is not None and concept.refines == VOTES:
                return concept.name
        return None

    found: list[tuple[int, str]] = []
    for i in range(len(after)):
        side = side_at(after, i)
        if side:
            found.append((i, side))
            break
    for i in range(len(before) - 1, -1, -1):
        side = side_at(before, i)
        if side:
            found.append((len(before) - 1 - i, side))
            break
    return min(found)[1] if found else None


def _is_anaphor(phrase: str) -> bool:
    words = _singulars(phrase)
    return bool(words) and words[-1] in ANAPHORS


def _property_of(before: str, lex: Lexicon) -> str | None:
    """The property concept of "<noun> of [about]" just before a number, else None."""
    words = [w for w in _words(before)[-4:] if w not in QUALIFIERS]
    if len(words) < 2 or words[-1] != "of":
        return None
    place = lex.places.get(singular(words[-2]))
    if place:
        return place  # "the Andean nation of 16 million people", "a town of 5,000"
    found = _nearest_noun([singular(words[-2])], lex)
    concept = lex.concept(found or "")
    return found if concept is not None and concept.property else None


def is_property(key: str, lex: Lexicon | None = None) -> bool:
    """One value per thing (a population, a magnitude): rival figures of it dispute each other
    even when nobody is named as claiming them."""
    concept = (lex or lexicon()).concept(key.partition(":")[2])
    return bool(concept and concept.property)


def concepts_named(text: str, lex: Lexicon | None = None) -> list[tuple[str, str]]:
    """(noun, concept) for each lexicon noun in `text` ("release clause" -> fee), longest
    first, generic nouns left out."""
    lex = lex or lexicon()
    words = [singular(w) for w in _words(text)]
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            concept = lex.nouns.get(phrase) if i + n <= len(words) else None
            if concept and concept != GENERIC:
                if all(c != concept for _, c in found):
                    found.append((phrase, concept))
                i += n - 1
                break
        i += 1
    return found


def related_keys(key: str, lex: Lexicon | None = None) -> tuple[str, ...]:
    """Measure keys whose figures bear on `key` as evidence: its own, the related concepts', and
    counts and percentages of them alike (a part of a whole is a share)."""
    lex = lex or lexicon()
    scale, _, name = key.partition(":")
    concept = lex.concept(name)
    names = [name, *(concept.related if concept else ())]
    scales = [scale] + (["percent", "count"] if scale in {"percent", "count"} else [])
    return tuple(dict.fromkeys(f"{s}:{n}" for s in scales for n in names))


def is_running(key: str, lex: Lexicon | None = None) -> bool:
    """A running total (a death toll): later figures grow without disputing earlier ones."""
    concept = (lex or lexicon()).concept(key.partition(":")[2])
    return bool(concept and concept.running)


STANCES = Path(__file__).resolve().parent / "data" / "stances.toml"


@cache
def stance_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(disputing, supporting) words of data/stances.toml."""
    try:
        with STANCES.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{STANCES}: cannot read the stance words: {error}") from error
    found = []
    for key in ("disputes", "supports"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise LexiconError(f"{STANCES}: {key} must be a list of non-empty strings")
        found.append(tuple(" ".join(WORD.findall(v.lower())) for v in value))
    return found[0], found[1]


def _named_grows(before: str, earlier: str) -> bool:
    """Whether a share's sentence says, before it, that a proper name grows: a name the article
    writes with a capital after another word too, so "Revenue grew" (a sentence's first word) is
    no name."""
    said = NAME_GROWS.search(before)
    if not said:
        return False
    return re.search(r"[^\s.!?\"“‘'(]\s+" + re.escape(said[1]) + r"\b", earlier) is not None


def _sold_named(before: str, lex: Lexicon) -> str:
    """The thing named right before the last "sales" in a count's sentence before it ("phone
    sales" -> "phone"); "" when that word is no thing sold ("quarterly sales", "Sales")."""
    words = _singulars(before)
    for i in range(len(words) - 1, 0, -1):
        if words[i] not in SALES:
            continue
        thing = words[i - 1]
        named = thing in lex.nouns or thing in lex.verbs or "'" in thing or "’" in thing
        unsold = thing in NOT_PRODUCTS or thing in NOT_SOLD or named
        return "" if unsold or not thing.isalpha() else thing
    return ""
