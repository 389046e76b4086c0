"""Numbers worth checking: counts, percentages, ranges, part-of-whole, vague counts — with bounds.

Decisions an editor should know:
- Dates, years, "9/11", ISO dates, clock times, ordinals and model names ("Mi-24V", "Mi-35",
  "A320") are not quantities.
- Durations ("20 years after 9/11", "the past two months") are not taken: they frame a claim in
  time rather than state a number to verify.
- Number words are taken from "two" up ("Twenty-two soldiers", "two million"); a lone "one" is not
  ("one instance", "one of them") unless scaled ("one million").
- A bare number with no counted noun or unit is kept only when it carries a qualifier, a range or a
  total ("at least 85"); otherwise it is usually an identifier or a score.
- Vague counts keep a conservative inclusive lower bound: dozens >= 24, scores >= 40,
  hundreds >= 200, thousands >= 2,000, millions >= 2,000,000 ("hundreds of thousands" >= 200,000).
- Qualified numbers carry no point value: "at least 85" has lower 85, value None.
  "about"/"around"/"nearly" keep the number as value with no bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .lexicon import (
    CHANGE_VERBS,
    CURRENCY_SIGNS,
    LIGHT_HEADS,
    MONTHS,
    NOUN_STOP,
    QUALIFIERS,
    SCALES,
    TENS,
    TIME_UNITS,
    UNITS,
    VAGUE_COUNTS,
    words,
)
from .text import WORD_RE, is_capitalised, starts_with_one_of

_NUMBER_WORDS = sorted(
    [*UNITS, *TENS, *words("hundred thousand million billion trillion dozen"), *VAGUE_COUNTS],
    key=len,
    reverse=True,
)
# Anchors: digit runs (thousands separators and decimals; each repetition starts with a separator,
# so no backtracking blow-up) and number words.
ANCHOR_RE = re.compile(
    r"\d+(?:[.,]\d+)*|\b"
    + starts_with_one_of(_NUMBER_WORDS)
    + "(?i:"
    + "|".join(_NUMBER_WORDS)
    + r")\b"
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+(?P<cur>[$€£₹¥]|US\$|Rs\.?\s?)?$",
    re.IGNORECASE,
)
_GLUED_SCALES = {"bn": 10**9, "m": 10**6, "mn": 10**6, "k": 10**3, "tn": 10**12}
_OF_DETERMINERS = words("the its their his her our these those them my your")
_MEASURE_STOP = words(
    """
    that which who and but as while since because after before when was were is are has have had
    will would according said says as if than
    """
)
_SENTENCE_START_RE = re.compile(r"(?:[.!?:\n][”\"’')]*\s*|^\s*)$")
# Plurals without an -s: a counted noun phrase ends with them.
_PLURAL_HEADS = words(
    "people personnel police children men women aircraft staff militia cattle livestock sheep crew"
)
_YEAR_WORDS = words("in since by until till from of late early mid the and to fiscal year")


@dataclass(slots=True)
class Number:
    value: Decimal
    start: int
    end: int
    word: bool  # spelled out ("two")
    vague_lower: Decimal | None = None
    scale: int = 1  # "million" in "1.5 million"


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


def _tokens(text: str, start: int, limit: int = 160) -> list[tuple[str, int, int]]:
    end = min(len(text), start + limit)
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


def _parse_digits(raw: str) -> Decimal | None:
    if not _THOUSANDS_RE.fullmatch(raw):
        return None
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def _word_number(tokens: list[tuple[str, int, int]], i: int) -> tuple[Decimal, int] | None:
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
            total += max(current, 1) * SCALES[low]
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


class QuantityScanner:
    def __init__(self, text: str, warnings: list[str]) -> None:
        self.text = text
        self.warnings = warnings

    def scan(self) -> list[RawQuantity]:
        found: list[RawQuantity] = []
        consumed = -1
        for m in ANCHOR_RE.finditer(self.text):
            if m.start() < consumed:
                continue
            quantity = self._at(m)
            if quantity is not None:
                found.append(quantity)
                consumed = quantity.end
        return found

    # -- reading one number -------------------------------------------------------------------
    def _number(self, start: int) -> tuple[Number, list[tuple[str, int, int]], int] | None:
        """The number starting at `start`, with the tokens after it and the index of the first
        token not part of it. None when it is not a quantity-like number."""
        text = self.text
        tokens = _tokens(text, start)
        if not tokens:
            return None
        raw, s, e = tokens[0]
        if raw[0].isdigit():
            value = _parse_digits(raw)
            if value is None:
                self.warnings.append(f"unreadable number {raw[:20]!r} at offset {s}; skipped")
                return None
            i = 1
            if i < len(tokens) and tokens[i][1] == e and tokens[i][0].isalpha():
                glued = tokens[i][0].lower()
                if glued not in _GLUED_SCALES:
                    return None  # "24V", "1990s", "10th", "5km": models, decades, ordinals
                scale = _GLUED_SCALES[glued]
                e = tokens[i][2]
                i += 1
            elif i + 1 < len(tokens) and tokens[i][0].lower() in SCALES:
                scale = SCALES[tokens[i][0].lower()]
                e = tokens[i][2]
                i += 1
            else:
                scale = 1
            return Number(value * scale, s, e, word=False, scale=scale), tokens, i
        low = raw.lower()
        if low in VAGUE_COUNTS:
            lower = Decimal(VAGUE_COUNTS[low])
            i = 1
            # "hundreds of thousands", "tens of millions"
            if (
                i + 1 < len(tokens)
                and tokens[i][0].lower() == "of"
                and tokens[i + 1][0].lower() in ("thousands", "millions", "billions")
            ):
                lower = lower * SCALES[tokens[i + 1][0].lower()[:-1]]
                e = tokens[i + 1][2]
                i += 2
            if low == "tens" and i == 1:
                return None  # "tens" alone is too rarely a count
            return Number(lower, s, e, word=True, vague_lower=lower), tokens, i
        if low == "dozen":
            before = text[max(0, s - 3) : s].lower()
            if not before.endswith("a "):
                return None
            return Number(Decimal(12), s - 2, e, word=True), tokens, 1
        composed = _word_number(tokens, 0)
        if composed is None:
            return None
        value, i = composed
        if low == "one" and i == 1:
            return None
        if low in ("hundred", "thousand", "million", "billion"):
            before = text[max(0, s - 10) : s].lower()
            several = re.search(r"(several|a few)\s$", before)
            if several:
                lower = value * 2
                start = s - len(several.group())
                return Number(lower, start, e, word=True, vague_lower=lower), tokens, i
            if not before.endswith(("a ", "one ")):
                return None
            s -= 2
        return Number(value, s, tokens[i - 1][2], word=True), tokens, i

    def _rejected(self, number: Number, tokens: list[tuple[str, int, int]], i: int) -> bool:
        """Dates, years, models, identifiers, clock times."""
        text = self.text
        s, e = number.start, number.end
        prev = text[s - 1] if s else " "
        if not number.word:
            if prev == "/" or (e < len(text) and text[e] == "/"):
                return True  # 9/11, 7/14/2021
            if prev in "-‑" and s >= 2 and text[s - 2].isalpha():
                return True  # Mi-35, F-16
            if prev.isalpha() or prev in "#№":
                return True  # A320, #3
            if e + 1 < len(text) and text[e] in "-‑" and text[e + 1].isalpha():
                return True  # 22-year-old, 15-member
            if e + 1 < len(text) and text[e] == ":" and text[e + 1].isdigit():
                return True  # 10:30
            if prev in "-–" and s >= 5 and text[s - 5 : s - 1].isdigit():
                return True  # 2021-07 of an ISO date, 2020-21
        nxt = tokens[i][0].lower() if i < len(tokens) else ""
        if nxt in MONTHS and nxt != "may" or nxt in ("am", "pm", "a.m", "p.m", "o'clock"):
            return True  # 10 July, 3 pm
        before = WORD_RE.findall(text, max(0, s - 24), s)
        prev_word = before[-1] if before else ""
        if prev_word.lower() in MONTHS and text[s - 1] == " ":
            return True  # July 10, September 11
        if not number.word and prev_word.lower() in ("no", "number", "page", "item", "section"):
            return True
        if (
            not number.word
            and prev_word
            and is_capitalised(prev_word)
            and text[s - len(prev_word) - 1 : s - 1] == prev_word
            and s - len(prev_word) - 1 > 0
            and prev_word.lower() not in _QUALIFIER_WORDS
            and not _SENTENCE_START_RE.search(text, max(0, s - 40), s - len(prev_word) - 1)
        ):
            return True  # Article 370, Flight 17 (a capitalised word not opening a sentence)
        raw = text[s:e]
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100:
            # A year unless it plainly counts something plural ("2000 soldiers").
            noun = tokens[i][0] if i < len(tokens) else ""
            low = noun.lower()
            plural = noun.isalpha() and low.endswith("s") and low not in TIME_UNITS
            if not plural or prev_word.lower() in _YEAR_WORDS:
                return True
        return False

    def _qualifier(self, start: int) -> tuple[str, str, str, int]:
        """(canonical, as worded, effect, start offset) of a qualifier ending at `start`."""
        window = self.text[max(0, start - 40) : start]
        m = _QUALIFIER_RE.search(window)
        if not m:
            return "exactly", "", "exact", start
        worded = m.group("q")
        canonical, effect = QUALIFIERS[worded.lower()]
        return canonical, worded.lower(), effect, start - len(window) + m.start("q")

    def _at(self, anchor: re.Match[str]) -> RawQuantity | None:
        text = self.text
        parsed = self._number(anchor.start())
        if parsed is None:
            return None
        first, tokens, i = parsed
        if self._rejected(first, tokens, i):
            return None
        start = first.start
        end = first.end
        unit = ""
        currency = ""
        prev_chars = text[max(0, start - 4) : start]
        for sign, code in CURRENCY_SIGNS.items():
            if prev_chars.endswith(sign):
                currency, start = code, start - len(sign)
                if prev_chars.endswith("US$"):
                    start -= 2
        canonical, worded, effect, q_start = self._qualifier(start)
        lower = upper = None
        second: Number | None = None
        total: Decimal | None = None
        percent = self._percent_after(tokens, i)
        if percent:
            i, end, unit = percent[0], percent[1], "percent"

        # ranges: "15 to 20", "between 30 and 40", "30–40", "30%-40%"
        before = text[max(0, start - 12) : start].lower()
        if i < len(tokens) and first.vague_lower is None:
            joiner = tokens[i][0].lower()
            between = before.endswith("between ")
            ok_joiner = joiner in ("to", "-", "–", "—", "‑") or (joiner == "and" and between)
            if ok_joiner and i + 1 < len(tokens):
                nxt = self._number(tokens[i + 1][1])
                if nxt is not None and not self._rejected(*nxt):
                    candidate, tokens2, j = nxt
                    is_change = before.endswith("from ") and any(
                        w in CHANGE_VERBS
                        for w in WORD_RE.findall(text.lower(), max(0, start - 40), start)
                    )
                    comparable = candidate.value >= first.value or candidate.scale > first.scale
                    if comparable and not is_change and candidate.word == first.word:
                        second = candidate
                        tokens, i = tokens2, j
                        end = candidate.end
                        if between:
                            q_start = start - len("between ")
                            start = q_start
                        percent = self._percent_after(tokens, i)
                        if percent:
                            i, end, unit = percent[0], percent[1], "percent"
            # part of a whole: "250 of 398 districts", "two out of three"
            elif joiner in ("of", "out") and second is None and not unit:
                k = i + 1 if joiner == "of" else i + 2
                if joiner == "out" and not (i + 1 < len(tokens) and tokens[i + 1][0] == "of"):
                    k = -1
                if 0 < k < len(tokens) and tokens[k][0].lower() == "the":
                    k += 1
                if 0 < k < len(tokens) and (tokens[k][0][0].isdigit() or tokens[k][0].isalpha()):
                    whole = self._number(tokens[k][1])
                    if whole is not None and not self._rejected(*whole):
                        number, tokens2, j = whole
                        if number.vague_lower is None and number.value >= first.value:
                            total = number.value
                            tokens, i = tokens2, j
                            end = number.end

        if second is not None:
            # "1 to 2 million": the scale named once applies to both ends
            scale_first = first.value
            if first.scale == 1 and second.scale > 1 and first.value * second.scale <= second.value:
                scale_first = first.value * second.scale
            lower, upper = scale_first, second.value
        noun, measure, noun_end = self._noun(tokens, i, first.vague_lower is not None, unit)
        if noun is not None and noun.split()[-1].lower() in TIME_UNITS:
            return None  # a duration, see the module docstring
        if noun is not None:
            end = max(end, noun_end)
        if currency:
            unit = currency
        elif not unit and noun:
            unit = noun
        vague = first.vague_lower is not None
        value: Decimal | None = None
        lower_inc = upper_inc = False
        if vague:
            lower, lower_inc = first.vague_lower, True
            if first.value != first.vague_lower or worded:
                pass
            if canonical == "exactly":
                canonical = "vague"
        elif second is not None:
            lower_inc = upper_inc = True
            canonical = "range"
            worded = worded or ("between" if before.endswith("between ") else "")
        else:
            v = first.value
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
        if (effect != "exact" and not vague) or (vague and worded):
            start = min(start, q_start)
        bare = effect == "exact" and second is None and total is None
        if not (noun or unit or currency or vague) and (first.word or bare):
            return None
        confidence = 0.9 if noun or unit == "percent" or currency else 0.5
        if vague:
            confidence = min(confidence, 0.7)
        return RawQuantity(
            start=start,
            end=end,
            value=value,
            lower=lower,
            upper=upper,
            lower_inclusive=lower_inc,
            upper_inclusive=upper_inc,
            unit=unit,
            noun=noun,
            qualifier=canonical,
            qualifier_text=worded,
            vague=vague,
            total=total,
            measure=measure,
            confidence=confidence,
        )

    def _percent_after(self, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int, str]:
        if i < len(tokens) and tokens[i][0] == "%":
            return i + 1, tokens[i][2], "percent"
        if i < len(tokens):
            low = tokens[i][0].lower()
            if low in ("percent", "pct"):
                return i + 1, tokens[i][2], "percent"
            if low == "per" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "cent":
                return i + 2, tokens[i + 1][2], "percent"
        return ()  # type: ignore[return-value]

    def _noun(
        self, tokens: list[tuple[str, int, int]], i: int, vague: bool, unit: str
    ) -> tuple[str | None, str | None, int]:
        """(counted noun, what is measured, end offset of the noun phrase)."""
        text = self.text
        if unit == "percent":
            if i < len(tokens) and tokens[i][0].lower() == "of":
                words = []
                for word, s, e in tokens[i + 1 : i + 12]:
                    if not word[0].isalnum() and word not in ("-", "’", "'"):
                        break
                    if word.lower() in _MEASURE_STOP:
                        break
                    words.append((s, e))
                if words:
                    return None, text[words[0][0] : words[-1][1]], tokens[i][2]
            return None, None, 0
        j = i
        if j < len(tokens) and tokens[j][0].lower() == "of" and (vague or j == i):
            if not vague:
                return None, None, 0
            j += 1
            while j < len(tokens) and tokens[j][0].lower() in _OF_DETERMINERS:
                j += 1
        # words of the noun phrase, joined only by spaces or hyphens ("Mi-35 helicopters")
        phrase: list[tuple[str, int, int]] = []
        last_end = tokens[j - 1][2] if j > 0 else 0
        while j < len(tokens) and len(phrase) < 5:
            word, s, e = tokens[j]
            gap = text[last_end:s]
            if phrase and gap.strip():
                break
            if word in ("-", "‑") and phrase and j + 1 < len(tokens) and tokens[j + 1][1] == e:
                joined_end = tokens[j + 1][2]
                phrase[-1] = (text[phrase[-1][1] : joined_end], phrase[-1][1], joined_end)
                last_end = tokens[j + 1][2]
                j += 2
                continue
            if not (word[0].isalpha() or word[0].isdigit()) or word.lower() in NOUN_STOP:
                break
            if word[0].isdigit() and not phrase:
                break
            low = word.lower()
            if low.endswith(("ed", "ing")) and not is_capitalised(word):
                break  # a verb: "22 died", "3,000 families received aid"
            phrase.append((word, s, e))
            last_end = e
            j += 1
            if low in _PLURAL_HEADS or (
                low.endswith("s") and not low.endswith("ss") and len(low) > 3
            ):
                break  # the plural head ends the phrase: "10 pilots| remain"
        if not phrase:
            return None, None, 0
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
        return noun, measure, phrase[-1][2]


_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
