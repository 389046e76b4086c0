"""Text helpers shared by the rules: words, sentences, paragraphs and dates, all linear scans."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass

from .lexicon import ABBREVIATIONS, MONTHS, WEEKDAYS

# A word: letters/digits joined by inner apostrophes or hyphens ("Afghanistan’s", "Mi-35").
# Every repetition starts with a separator, so matching is linear.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# Sentence ends: terminal punctuation, optional closing marks, then space or a run-on capital
# ("…themselves.Alarmed"); or a line break.
_SENT_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[A-Z“\"]))|[\r\n]+\s*")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def starts_with_one_of(alternatives) -> str:
    """A lookahead on the first letters of `alternatives`: the regex engine then skips, in C,
    every position where none of a long alternation of words could start (about 3x faster)."""
    letters = {a[0].lower() for a in alternatives} | {a[0].upper() for a in alternatives}
    return "(?=[" + "".join(sorted(letters)) + "])"


def word_alternation(alternatives) -> str:
    """A regex matching any of `alternatives`, written as a trie ("sa(?:id|ys?)"): the engine then
    tries each letter once instead of each word in turn, which keeps a thousand-word list fast."""
    trie: dict = {}
    for word in alternatives:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 2 else f"(?:{body})?"
        return body

    return pattern(trie)


def normalise_apostrophes(value: str) -> str:
    return value.replace("’", "'").replace("‘", "'")


def strip_possessive(word: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def count_zero_width(text: str) -> int:
    return sum(1 for _ in _ZERO_WIDTH_RE.finditer(text))


@dataclass(slots=True)
class Sentences:
    """Sentence spans of a text, found once; lookups by offset are a bisect."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def split(cls, text: str) -> Sentences:
        starts = [0]
        ends = []
        for m in _SENT_END_RE.finditer(text):
            mark = m.group()
            if mark[0] in ".!?" and text[m.end() : m.end() + 1].islower():
                continue  # '“Why?” he asked', 'in Reno, Nev. on Sunday': no new sentence
            if mark[0] == ".":
                before = text[max(0, m.start() - 12) : m.start()]
                word = re.search(r"[^\W\d_][\w.]*$", before)
                if word:
                    token = word.group().lower()
                    if token in ("a.m", "p.m") and text[m.end() : m.end() + 1].isupper():
                        pass  # "at 10 a.m. Trump said": the clock time ends the sentence
                    elif token in ABBREVIATIONS or len(token) == 1 or "." in token:
                        continue
                    # a run-on capital only ends a sentence after a real lowercase word
                    if not m.group().endswith((" ", "\n", "\t", "\r")) and len(token) < 3:
                        continue
            ends.append(m.start() + len(mark.rstrip()))
            starts.append(m.end())
        ends.append(len(text))
        return cls(starts, ends)

    def index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span_at(self, offset: int) -> tuple[int, int]:
        i = self.index_at(offset)
        return self.starts[i], max(self.starts[i], self.ends[i])


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
DATE_RE = re.compile(
    rf"\b(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))\b"
    rf"|\b(?P<md_month>{_MONTH_NAMES})\.?\s(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s(?P<md_year>\d{{4}})\b)?"
    rf"|\b(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<dm_month>{_MONTH_NAMES})\b"
    rf"(?:,?\s(?P<dm_year>\d{{4}})\b)?"
    rf"|\b(?P<weekday>{_WEEKDAY_NAMES})\b"
    rf"|\b(?P<rel>yesterday|today)\b",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def resolve_date(m: re.Match[str], published_on: datetime.date | None) -> datetime.date | None:
    """The calendar date a date expression means, read against the publication date."""
    if m.group("iso"):
        return _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("weekday") or m.group("rel"):
        if published_on is None:
            return None
        if m.group("rel"):
            rel = m.group("rel").lower()
            return published_on - datetime.timedelta(days=1 if rel == "yesterday" else 0)
        # "On Tuesday" in a report means the latest Tuesday on or before publication.
        back = (published_on.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        return published_on - datetime.timedelta(days=back)
    if m.group("md_month"):
        month, day, year = m.group("md_month"), m.group("md_day"), m.group("md_year")
    else:
        month, day, year = m.group("dm_month"), m.group("dm_day"), m.group("dm_year")
    month_no, day_no = MONTHS[month.lower()], int(day)
    if year:
        return _safe_date(int(year), month_no, day_no)
    if published_on is None:
        return None
    found = _safe_date(published_on.year, month_no, day_no)
    if found and found > published_on:
        found = _safe_date(published_on.year - 1, month_no, day_no)
    return found


def first_date(
    text: str, start: int, end: int, published_on: datetime.date | None
) -> datetime.date | None:
    for m in DATE_RE.finditer(text, start, end):
        # "may" is a verb far more often than a month: take it only before a day number
        found = resolve_date(m, published_on)
        if found:
            return found
    return None


_HEADER_RE = re.compile(r"\s{0,8}date\s{1,8}(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)


def header_date(text: str) -> tuple[datetime.date | None, int]:
    """The ` date 2021-07-14 ` header some ingested texts start with, and where it ends (0 when
    there is none); the header is metadata, never a date stated in the text."""
    m = _HEADER_RE.match(text, 0, 64)
    if not m:
        return None, 0
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.end()
