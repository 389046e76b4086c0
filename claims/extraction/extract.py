"""extract(): quotes with speakers and quantities with bounds, anchored to exact offsets.

Rules for quotes an editor should know:
- A quote's text is the words inside the marks, without the comma that precedes an attribution
  ('…years ahead,” said X' gives '…years ahead'). A quote continued into the next paragraph
  (opening mark, no closing mark, next paragraph opens again) is one candidate spanning both.
- An opening mark with no closing mark before the paragraph ends is skipped with a warning;
  it never swallows the following text.
- Speakers come from, in this order: the attribution right before the marks ('he had said, “',
  'X told reporters on Monday: “'); the attribution right after them ('…,” he said', '…,” said
  X, role, …', '…?” Hannity pressed'); a cue elsewhere in the sentence that governs a fragment
  woven into reported speech ('came to Moscow to “assure…”', marked partial) or a quote that
  goes on from it; a layout ('Name, Outlet: “…”', a 'Name:' headline, '“…” ― Name', a
  transcript's 'PENCE:'); the name or clause before a colon; the previous attributed quote or
  the speaker cued in the sentence just before (speaker_from "context" or "name").
- A cue's subject is the noun phrase next to it (titles and descriptions before the name become
  aliases), else, for ', saying …', 'and added', 'X, who …, said' or 'was asked by X', the
  speaker named after the previous quote, the subject before comma-set asides, the speaker of
  an earlier cue in the sentence, or the sentence's subject. A passive cue with no agent ('Trump
  was asked') gives no speaker. A phrase with no name is an unnamed speaker kept as
  speaker_description ('a senior official', 'Clinton aides', 'a spokesman for X').
- 'he'/'she' resolve to the nearest of the last three people mentioned who is known to be that
  gender (Mr./Mrs./Ms., gendered roles, the pronouns in their own sentences), else the nearest
  of unknown gender; 'it' to the last organisation, 'they' to either; a definite role phrase
  ('the Afghan envoy', 'the ministry') to the last speaker whose alias shares the role or head
  noun and, for 'the Florida senator', the capitalised words.
- Scare quotes: a phrase of fewer than eight words woven into a sentence with no cue governing it
  is not a quote ('the so-called “peace dividend”'), nor a title-cased show or book title after
  a possessive or 'on' ('ABC's “This Week”'); a non-inline quote of three words or fewer needs an
  attribution, a layout or a speaker to continue.
- Known misses (PolNeAR train): nested attributions where the annotators pick the outer source
  ('Meeks said Clinton reassured them that “…”' gives Clinton); outlets named in a trailing
  'according to X' after a speaker; 'he' whose antecedent is the object of a sentence rather
  than a speaker; definite descriptions with no alias to match ('the presidential candidate').
- via: 'quoted by Tass', 'in his discussion with NDTV', 'told the BBC', 'according to Reuters';
  a venue stated for a speaker's reported speech carries to their later quotes that state no
  date of their own. said_on: a date in the attribution, read against the publication date.
- Claimant of a quantity: whose reckoning opens its clause ('By X's count, …'), even in a
  quote; else the speaker when inside a quote; else 'According to X', else the
  subject of a speech or claim verb before it in the sentence ('The Taliban claims …'), else one
  right after it ('…, the UN says'); None when the article asserts it.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .candidates import CONTEXT_CHARS, Extraction, QuantityCandidate, QuoteCandidate
from .lexicon import (
    CAPITAL_STOP,
    CLAIM_VERBS,
    CUE_BASE_FORMS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    INVERTIBLE_CUES,
    KNOWN_ORGS,
    LINK_LINE_RE,
    MEASURE_NAME_PARTS,
    MEASURE_NAMES,
    MONTHS,
    NP_STOP,
    OFFICIAL_ACTS,
    ORG_HEADS,
    PLACES,
    QUOTE_CUES,
    ROLE_CLASSES,
    SPEECH_FORMS,
    SPEECH_VERBS,
    STANCE_FORMS,
    TENS,
    UNITS,
    WEEKDAYS,
    verb_forms,
    words,
)
from .marks import RawQuote, scan_quotes
from .quantities import DateIndex, QuantityScanner, RawQuantity
from .speakers import Phrase, Reader, Registry, Resolution, classify
from .text import (
    WORD_RE,
    Sentences,
    count_zero_width,
    first_date,
    header_date,
    normalise_apostrophes,
    starts_with_one_of,
    strip_possessive,
    word_alternation,
)

_CAP = r"[A-Z][\w’'\-]*(?:[ \t][A-Z][\w’'\-]*){0,3}"
_CUE_RE = re.compile(
    r"(?<![\-’'])\b"
    + starts_with_one_of(
        ["according", "was", "were", "is", "has", "had", "quoted", "put", *CUE_VERBS]
    )
    + r"(?:"
    r"(?P<according>(?i:according[ \t]+to))"
    rf"|(?P<quoted>(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+quoted[ \t]+"
    rf"(?:by[ \t]+(?:the[ \t]+)?(?P<qby>{_CAP})[ \t]+)?as[ \t]+saying)"
    r"|(?P<qobj>quoted[ \t]+(?P<obj>him|her|them)[ \t]+as[ \t]+saying)"
    r"|(?P<putit>(?:put|puts|putting)[ \t]+it)"
    # "The UN put the toll at 10,000", "police put the crowd at 500,000": an estimate
    r"|(?P<putat>(?:put|puts|putting)(?=[ \t]+(?:the|its|their|his|her)[ \t]+"
    r"(?:[\w’'\-]+[ \t]+){1,4}?at[ \t]+"
    r"(?:(?:about|around|some|least|more[ \t]+than|over|nearly)[ \t]+)?[$£€]?\d))"
    r"|(?P<capital>Said|Says|Added|Asked|Wrote)"
    r"|(?P<verb>" + word_alternation(CUE_VERBS) + r")"
    r")\b"
)
_ROLE_TRIGGERS = words(
    """
    ambassador envoy emissary minister spokesman spokeswoman spokesperson president president-elect
    premier chancellor governor mayor commander senator negotiator adviser advisor
    """
)
# These scans start with the words themselves, not with \b: the regex engine then skips in C
# every position where none of them can begin (several times faster); _starts_word() checks
# the word boundary on the few matches.
_ROLE_RE = re.compile(
    "(?:"
    + word_alternation({v for w in _ROLE_TRIGGERS for v in (w, w.capitalize(), w.upper())})
    + r")\b"
)
# Organisations named anywhere (not only as speakers), so "the ministry" and "it" can refer back.
_ORG_RE = re.compile(
    r"(?:Ministry|Government|Council|Office|Embassy|Agency|Committee|Commission|Department"
    r"|Police|Parliament|Court|Union|Party|Organi[sz]ation|Movement|Coalition|Alliance"
    r"|Administration|Kremlin|Pentagon|Cabinet|Authority|Army|Nations|Taliban|NATO)\b"
)
# Two or three capitalised words and the word after them (see _Document._bare_name).
# a surname: "Lopez", "Evans-Pritchard", "O’Brien", "Bao’an"
_NAME_WORD = r"[A-Z](?:[a-z]+|(?=[’']))(?:[’'][A-Z]?[a-z]+)?(?:-[A-Z][a-z]+)?"
_NAME_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ \t]" + _NAME_WORD + r"){1,2})"
    # a verb after the name, or an apposition: "Julian Evans-Pritchard, an economist at …"
    r"(?:[ \t]+(?P<verb>[a-z]+)\b|,[ \t]+(?P<appos>an?|the)[ \t]+[a-z])"
)
_NAME_VERBS = CUE_VERBS | words(
    """
    spoke met is was has had arrived left visited called went came took gave made led heads leads
    runs sat stood smiled shook nodded walked returned declined refused agreed
    """
)
_VIA_RE = re.compile(
    r"\b(?=[qQiIdDcCtTrRsSpPbBwWaA])"
    r"(?:"
    rf"quoted[ \t]+by[ \t]+(?:the[ \t]+)?(?P<a>{_CAP})"
    r"|\b(?i:interview|discussion|conversation|talks?|chat|remarks|comments|statement|podcast"
    rf"|speaking|spoke|speech|briefing)[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?(?P<b>{_CAP})"
    rf"|\btold[ \t]+(?:the[ \t]+)?(?P<c>{_CAP})"
    r"|\b(?i:said|wrote|posted)[ \t]+on[ \t]+(?P<d>Twitter|Facebook|X|Telegram|Instagram|YouTube)"
    rf"|\b(?i:according[ \t]+to)[ \t]+(?:the[ \t]+)?(?P<e>{_CAP})"
    r")"
)
_OTHER_QUOTE_CUES = ("according to", "quoted", "put it")
# A past-tense verb standing alone in an attribution ("Hannity pressed.", "reacted Trump")
_PAST_VERB_RE = re.compile(r"[ \t]*([a-z]{3,}ed)\b[ \t]*")
# 'Kasich resisted:' — a lowercase word straight after a capitalised one: that one is a subject
_VERB_NEXT_RE = re.compile(r"[ \t]+[a-z]{3,}\b")
_PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|am)[ \t]+(?:\w+ly[ \t]+)?$")
_MODAL_RE = re.compile(r"^(?:will|would|could|might|may|should|must|can)\b")
_OBJECT_PREPOSITIONS = frozenset(("to", "with", "for", "on", "in", "at", "about"))
# Before a name, words that make it the object of a preposition, not a subject.
_PREPOSITIONS = _OBJECT_PREPOSITIONS | frozenset(
    ("from", "near", "of", "by", "outside", "inside", "across", "into", "over", "within")
)
# Cue verbs that are also plural nouns, and what before them makes them nouns: a determiner or
# a participle ("missing forecasts of 6%", "the latest estimates", "beating estimates")
_NOUN_CUES = frozenset(("estimates", "forecasts", "reports", "tweets", "emails", "claims"))
# (or an adjective of time or kind, capitalised at a sentence's start: "Original estimates were")
_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|these|those|latest|earlier|official|[a-z]+ing"
    r"|(?i:the|original|initial|early|earlier|new|previous|prior|first|preliminary|revised"
    r"|current|latest|official|independent|conservative|unofficial|some|many|most|other))\s+$"
)
# a count right before a word: "92 reports", "nine confirmed cases"
_NUMBER_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|(?i:"
    + word_alternation([*UNITS, *TENS, "dozen", "hundred", "thousand", "million", "billion"])
    + r"))[ \t]+$"
)
# a noun after a participle ("reported burns"), not a gerund, a clause or an object
_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?![a-z]*ing\b)(?!(?:that|to|on|in|by|at|as|the|a|an|it|its|they|he|she|we|his|her"
    r"|their)\b)[a-z]+\b"
)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|an?|its|their|his|her)\s+$", re.IGNORECASE)
# the verb between a document and who made it: "figures released by the ministry"
_DOCUMENT_MADE = r"(?:released|published|compiled|issued|provided|collected)"
# when a document came out, between its verb and its maker: "figures released this morning
# by the bureau", "data published on Friday by", "a survey published last week by"
# (a weekday may carry its date and a date its year: "released Tuesday, June 10, by")
_MADE_DATE = r"(?:[A-Z][a-z]+[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]+)(?:,[ \t]+\d{4})?"
_MADE_WHEN = (
    r"(?:[ \t]+(?:(?:on|this|last|late|early|earlier)[ \t]+)?"
    r"(?:[A-Z][a-z]+day(?:,[ \t]+" + _MADE_DATE + r")?|today|yesterday|morning|afternoon"
    r"|evening|night|week|month|year|" + _MADE_DATE + r"),?)?"
)
# the verb after a document's noun, where a noun phrase read forwards may run past it into
# the date ("a new estimate released June 10 by X" is no speaker named June)
_DOCUMENT_MADE_RE = re.compile(r"[ \t]+" + _DOCUMENT_MADE + r"\b")
# "estimates from the CDC", "figures released by the ministry": who made a document
_FROM_RE = re.compile(r"[ \t]+(?:" + _DOCUMENT_MADE + _MADE_WHEN + r"[ \t]+)?(?:from|by)[ \t]+")
# who may make a document: a name, or an organisation told by its kind ("the health ministry")
_DOCUMENT_OWNERS = ("person", "single", "org", "org_desc")
_AS_SAYING_RE = re.compile(r"[ \t]+as[ \t]+(?:saying|having[ \t]+said)\b")
_LAST_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
# '“a” “b”': a quote straight after another is no fragment of a sentence's reported speech
_BETWEEN_QUOTES_RE = re.compile(r"[ \t]*[“\"‘«]")
_AFTER_A_QUOTE_RE = re.compile(r"[”\"’»][ \t]*$")
_HONORIFIC_RE = re.compile(r"(Mrs|Mr|Ms|Miss|Sir)\.?[ \t]+([A-Z][\w’'\-]+)")
STANCE_ONLY = STANCE_FORMS - SPEECH_FORMS
_QUOTE_OR_DIGIT_RE = re.compile(r"[“”\"‘«»\d]")
_PLACE_PREPOSITIONS = frozenset(("in", "at", "on", "from", "with", "during", "for"))
# 'was asked', 'were told', 'has been called': the subject is not who speaks
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)[ \t]+(?:\w+ly[ \t]+)?$")
# Words that may not sit between a closing mark and the speaker's name ('…” and Trump said').
_GAP_STOP = NP_STOP - {"of", "for", "at", "to"}
SENTENCE_REACH = 400  # how far a sentence-level lookup reaches either side of an item
LEFT_REACH = 400  # how far before an opening mark its attribution may start
_PRONOUN_OBJECTS = {"him": "he", "her": "she", "them": "they"}
# Between a cue and the quote it introduces: 'said, “', 'said on Sunday in Iowa: “', 'said “'.
_LEFT_ADJACENT_RE = re.compile(r"(?:[ \t]+[\w’'\-.]+){0,12}?[ \t]*[,:][ \t\r\n]*|[ \t]*")
_RIGHT_GAP_RE = re.compile(r"[\s,.!?—–\-]*")
_ACCORDING_LEAD_RE = re.compile(r"^(?i:according to)[^,]{1,80},\s*")
# "Howard Kurtz, Fox News: “…”" and headlines "Kasich: ‘We Are Going …’": a line that opens
# with a name and a colon gives the speaker of the quotes on that line.
_LINE_SPEAKER_RE = re.compile(r"[ \t]*(?:[-—–•*][ \t]*)?([^:\n“”\"‘]{2,70}?):[ \t]")
# "“…” — Donald Trump" / "“…”\n- Sanders.": a dash and a name after the quote.
# ("―" is the quotation dash, made for exactly this)
_TRAILER_RE = re.compile(r"[ \t]*(?:\r?\n[ \t]*){0,2}[-—–―][ \t]*(?=[A-Z])")
# A transcript's speaker label opening the quoted words: "“PENCE: Well, look, …"
_LABEL_RE = re.compile(r"([A-Z][A-Z'’\-]{2,}(?:[ \t][A-Z][A-Z'’\-]+)?):[ \t]")


@dataclass(slots=True)
class CueEvent:
    """A cue verb outside quotes with its subject, resolved to a speaker in text order."""

    cue_start: int
    cue_end: int
    cue: str
    verb: str
    np_start: int
    np_end: int
    phrase: Phrase | None
    inverted: bool = False
    via: str | None = None
    resolution: Resolution | None = None
    venue: str | None = None
    phrase_text: str = ""
    # the subject is the sentence's, not next to the cue (", saying …", "and added …")
    inferred: bool = False
    description: str | None = None  # an unnamed speaker: "a senior State Department official"

    @property
    def start(self) -> int:
        return min(self.cue_start, self.np_start)

    @property
    def end(self) -> int:
        return max(self.cue_end, self.np_end)

    @property
    def has_speaker(self) -> bool:
        return self.resolution is not None or self.description is not None


def _not_a_name(word: str) -> bool:
    low = word.lower()
    return (
        low in PLACES
        or low in ORG_HEADS
        or low in KNOWN_ORGS
        or low in CAPITAL_STOP
        or low in ROLE_CLASSES
        or low in MONTHS
        or low in HONORIFICS
    )


def _canonical_outlet(name: str) -> str:
    name = strip_possessive(normalise_apostrophes(name.strip().rstrip(".")))
    return KNOWN_ORGS.get(name.lower(), name)


def _title_like(text: str, start: int, end: int) -> bool:
    """A fragment in Title Case right after a possessive or 'on'/'in' ("ABC's “This Week”",
    "on “Meet the Press”"): the name of a show, book or bill, not somebody's words."""
    found = WORD_RE.findall(text, start, end)
    if not found or not all(
        w[0].isupper() or w in ("the", "of", "a", "and", "to", "in", "on") for w in found
    ):
        return False
    before = text[max(0, start - 12) : start - 1].rstrip()
    return before.endswith(("’s", "'s", "s’", "s'")) or before.split()[-1:] in (
        ["on"],
        ["in"],
        ["of"],
        ["titled"],
        ["entitled"],
        ["book"],
        ["show"],
        ["program"],
        ["film"],
        ["movie"],
        ["song"],
    )


# News has a dozen cues in 2 KB; a text with hundreds ("Said Ahmad Khan said " repeated) is not
# prose, and reading a speaker for every one of them would cost seconds per megabyte.
DENSITY_WINDOW = 2048
DENSITY_CAP = 48


def _starts_word(text: str, offset: int) -> bool:
    return offset == 0 or not (text[offset - 1].isalnum() or text[offset - 1] in "_-’'")


def _dense_capped(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches that start a word, at most DENSITY_CAP in any DENSITY_WINDOW of text."""
    window, count = -1, 0
    for m in matches:
        if not _starts_word(m.string, m.start()):
            continue
        here = m.start() // DENSITY_WINDOW
        if here != window:
            window, count = here, 0
        count += 1
        if count <= DENSITY_CAP:
            yield m


class _Document:
    def __init__(self, text: str, published_on: datetime.date | None) -> None:
        self.text = text
        self.published_on = published_on
        self.header_end = 0
        self._via: list[tuple[int, re.Match[str]]] | None = None
        self._via_starts: list[int] = []
        self.warnings: list[str] = []
        self.sentences = Sentences.split(text)
        self.registry = Registry(text)
        self.reader = Reader(text)
        self.raw_quotes = scan_quotes(text, self.warnings)
        self.quote_opens = [q.open_pos for q in self.raw_quotes]
        self.events: list[CueEvent] = []
        self.event_starts: list[int] = []

    # -- helpers ---------------------------------------------------------------------------
    def inside_quote(self, offset: int) -> RawQuote | None:
        i = bisect.bisect_right(self.quote_opens, offset) - 1
        if i >= 0 and self.raw_quotes[i].open_pos < offset < self.raw_quotes[i].close_pos:
            return self.raw_quotes[i]
        return None

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding [start, end), clipped to a bounded reach so that one huge
        unpunctuated 'sentence' cannot make every lookup scan the whole text."""
        sent_s, _ = self.sentences.span_at(start)
        _, sent_e = self.sentences.span_at(max(start, end - 1))
        return max(sent_s, start - SENTENCE_REACH), min(sent_e, end + SENTENCE_REACH)

    def date_in(self, start: int, end: int) -> datetime.date | None:
        start = max(start, self.header_end)
        return first_date(self.text, start, end, self.published_on) if start < end else None

    def via_in(self, start: int, end: int) -> str | None:
        if self._via is None:
            # one pass over the text; lookups are then a bisect per region
            self._via = [(m.start(), m) for m in _VIA_RE.finditer(self.text)]
            self._via_starts = [start for start, _m in self._via]
        i = bisect.bisect_left(self._via_starts, start)
        for pos, m in self._via[i : i + 8]:
            if pos >= end:
                break
            if m.end() > end:
                continue
            name = next(g for g in m.groups() if g)
            outlet = _canonical_outlet(name)
            entity = self.registry.entities.get(outlet)
            if entity is not None and entity.kind == "person":
                continue
            if outlet.split()[0].lower() in ("he", "she", "they", "him", "her", "them"):
                continue
            return outlet
        return None

    # -- speakers --------------------------------------------------------------------------
    def find_events(self) -> None:
        text = self.text
        pending: list[tuple[int, CueEvent | Phrase]] = []
        for m in _dense_capped(_CUE_RE.finditer(text)):
            if self.inside_quote(m.start()):
                continue
            verb = m.group("verb")
            if verb is not None and verb.lower() in STANCE_ONLY:
                # 'thinks', 'wants': they only matter to a quote or number in their sentence
                sent_s, sent_e = self.sentences.span_at(m.start())
                if _QUOTE_OR_DIGIT_RE.search(text, sent_s, sent_e) is None:
                    continue
            event = self._cue_event(m)
            if event is not None:
                pending.append((event.start, event))
        taken = sorted((e.np_start, e.np_end) for _p, e in pending if isinstance(e, CueEvent))
        for m in _dense_capped(_ROLE_RE.finditer(text)):
            if self.inside_quote(m.start()):
                continue
            i = bisect.bisect_right(taken, (m.start(), len(text))) - 1
            if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
                continue
            phrase = self._role_phrase(m)
            if phrase is not None:
                pending.append((phrase.start, phrase))
        for m in _dense_capped(_ORG_RE.finditer(text)):
            if self.inside_quote(m.start()):
                continue
            i = bisect.bisect_right(taken, (m.start(), len(text))) - 1
            if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
                continue
            np, phrase = self.reader.subject_before(m.end())
            if np and phrase is not None and phrase.kind == "org":
                pending.append((phrase.start, phrase))
        for m in _dense_capped(_NAME_RE.finditer(text)):
            phrase = self._bare_name(m, taken)
            if phrase is not None:
                pending.append((phrase.start, phrase))
        for m in _dense_capped(_HONORIFIC_RE.finditer(text)):
            # "Mr. Adeyemi met Ms. Laurent": people a later 'he' or 'she' may mean
            if self.inside_quote(m.start()) is None:
                honorific = m.group(1).lower()
                gender = "f" if honorific in ("mrs", "ms", "miss") else "m"
                name = strip_possessive(normalise_apostrophes(m.group(2)))
                pending.append(
                    (m.start(2), Phrase("single", m.start(2), m.end(2), name=name, gender=gender))
                )
        pending.sort(key=lambda item: item[0])
        sentence_first: dict[int, CueEvent] = {}  # the first event with a speaker per sentence
        for _pos, item in pending:
            if isinstance(item, Phrase):
                self.registry.resolve(item)
                continue
            sentence = self.sentences.index_at(item.cue_start)
            if item.inferred:
                self._infer_subject(item, sentence_first.get(sentence))
            if item.resolution is None and item.description is None:
                partner = item.phrase.partner if item.phrase is not None else None
                if partner is not None:
                    # "Harlow and Venn said": Venn speaks as well; resolved first, so that a
                    # later "it" or "they" still finds the party credited
                    joined = self.registry.resolve(partner)
                    if joined is not None and item.verb in SPEECH_VERBS:
                        joined.entity.speaks = True
                item.resolution = self.registry.resolve(item.phrase)
                phrase = item.phrase
                if item.resolution is None and phrase is not None and phrase.kind.endswith("desc"):
                    item.description = phrase.text or phrase.alias
            if item.has_speaker and sentence not in sentence_first:
                sentence_first[sentence] = item
            if item.resolution is not None:
                entity = item.resolution.entity
                entity.speaks = entity.speaks or item.verb in SPEECH_VERBS
                if self._acts_as_body(item):
                    entity.acts_as_body = True
                if item.resolution.speaker_from == "name" and entity.gender is None:
                    _s, sent_e = self.sentence_around(item.cue_start, item.cue_end)
                    self.registry.note_gender(entity, text[item.cue_end : sent_e])
                s, e = self.sentence_around(item.cue_start, item.cue_end)
                via = item.via
                if via is None and not self.inside_quote(s) and self.inside_quote(e - 1) is None:
                    # a stated venue of reported speech carries over to later quotes
                    via = self.via_in(s, e)
                    if via and via == item.resolution.name:
                        via = None
                if via:
                    entity.venue = via
                item.venue = entity.venue
            self.events.append(item)
        self.event_starts = [e.cue_start for e in self.events]

    def _acts_as_body(self, event: CueEvent) -> bool:
        """Whether the event's subject is one name doing an official act, not after a
        preposition: "Barcelona confirmed", not "a delegation in Barcelona confirmed"."""
        phrase = event.phrase
        if event.verb not in OFFICIAL_ACTS or event.inverted or phrase is None:
            return False
        if phrase.kind not in ("single", "org") or " " in (phrase.name or " "):
            return False
        before = _LAST_WORD_BEFORE_RE.search(self.text, max(0, phrase.start - 16), phrase.start)
        return before is None or before.group(1).lower() not in _PREPOSITIONS

    def _cue_event(self, m: re.Match[str]) -> CueEvent | None:
        text = self.text
        cue_end = m.end()
        if m.group("according"):
            named, end = self.reader.phrase_after(cue_end)
            made = _DOCUMENT_MADE_RE.search(text, cue_end, end) if named is not None else None
            if made is not None:
                named, end = self.reader.phrase_after(cue_end, made.start())
            source = _FROM_RE.match(text, end) if end > cue_end else None
            if source is not None and (named is None or named.kind == "desc"):
                # "according to an estimate from the Ipsos institute", "according to data
                # from the ministry": who made it
                owner, owner_end = self.reader.phrase_after(source.end())
                if owner is not None and owner.kind in _DOCUMENT_OWNERS:
                    named, end = owner, owner_end
            if named is None:
                return None
            start = named.start
            return CueEvent(
                m.start(),
                cue_end,
                m.group(),
                "according to",
                start,
                end,
                named,
                inverted=True,
                phrase_text=text[start:end],
            )
        if m.group("qobj"):
            # "Tass quoted him as saying": the subject is the venue, the object the speaker
            pronoun = _PRONOUN_OBJECTS[m.group("obj").lower()]
            start, end = m.start("obj"), m.end("obj")
            outlet, _phrase = self.reader.subject_before(m.start())
            via = _canonical_outlet(text[outlet[0][1] : outlet[-1][2]]) if outlet else None
            spoken = Phrase("pronoun", start, end, head=pronoun)
            return CueEvent(m.start(), cue_end, m.group(), "quoted", start, end, spoken, via=via)
        cue_start = self.reader.skip_auxiliaries_back(m.start())
        verb = (
            "put it"
            if m.group("putit")
            else "put at"
            if m.group("putat")
            else (m.group("verb") or m.group("capital") or "quoted")
        ).lower()
        if verb in _NOUN_CUES and _NOUN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            return None  # "missing forecasts of 6 per cent", "the estimates": a noun, no verb
        if _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) and (
            verb in _NOUN_CUES or (verb.endswith("ed") and _NOUN_AFTER_RE.match(text, cue_end))
        ):
            # "92 reports of fires", "55 claims of damage", "26 reported burns": the noun a
            # count counts, or its adjective; no verb, so no subject made to speak
            return None
        source = _FROM_RE.match(text, cue_end) if verb in DOCUMENT_NOUNS else None
        if source is not None:
            # "Fresh estimates from the CDC showed …", "New reports by Ossby Analytics": the
            # cue is a document's plural noun, and who made it is the speaker, not the
            # capitalised word before it
            owner, owner_end = self.reader.phrase_after(source.end())
            if owner is None or owner.kind not in _DOCUMENT_OWNERS:
                return None
            return CueEvent(
                m.start(),
                cue_end,
                m.group(),
                "according to",
                owner.start,
                owner_end,
                owner,
                inverted=True,
                phrase_text=text[owner.start : owner_end],
            )
        via = _canonical_outlet(m.group("qby")) if m.group("qby") else None
        lead = self.reader.clause_start(cue_start)
        # '…,” said X' / '…", said X' / 'But, said Solovey, …': the cue opens the clause
        gap = text[lead:cue_start].strip(" \t\r\n’'”\"»")
        after_quote = not gap and any(c in '”"’»' for c in text[max(0, lead - 2) : cue_start])
        inverted = not gap and not verb.endswith("ing") and (verb in INVERTIBLE_CUES or after_quote)
        cue = text[cue_start:cue_end]
        phrase: Phrase | None = None
        end = cue_end
        passive = (
            cue_start < m.start()
            and not verb.endswith(("ing", "s"))
            and verb not in CUE_BASE_FORMS
            and verb not in ("quoted", "put it", "put at")
            and _PASSIVE_RE.search(text, max(0, m.start() - 24), m.start()) is not None
        )

        def spoken_by(phrase: Phrase, end: int) -> CueEvent:
            """The event of a cue whose speaker comes after it ('said X', 'asked by X')."""
            return CueEvent(
                cue_start,
                cue_end,
                cue,
                verb,
                phrase.start,
                end,
                phrase,
                inverted=True,
                via=via,
                phrase_text=text[phrase.start : end],
            )

        if verb == "quoted" and not passive and text.startswith(" ", cue_end):
            # "Xinhua quoted local official Chen Guoyong as saying": the object speaks, the
            # subject is the venue
            named, named_end = self.reader.phrase_after(cue_end + 1)
            saying = _AS_SAYING_RE.match(text, named_end) if named is not None else None
            if named is not None and saying and named.kind in ("person", "single", "org"):
                outlet, _phrase = self.reader.subject_before(cue_start)
                outlet_name = text[outlet[0][1] : outlet[-1][2]] if outlet else ""
                return CueEvent(
                    cue_start,
                    saying.end(),
                    text[cue_start : saying.end()],
                    "quoted",
                    named.start,
                    named_end,
                    named,
                    via=_canonical_outlet(outlet_name) if outlet_name else via,
                    phrase_text=text[named.start : named_end],
                )
        if passive and text.startswith("by ", cue_end + 1):
            # 'Rubio was asked by moderator Gerard Baker whether …': the agent speaks
            phrase, end = self.reader.phrase_after(cue_end + 4)
            if phrase is not None:
                return spoken_by(phrase, end)
        if passive:
            # 'Trump was asked, “…”': the subject was spoken to, not the speaker
            return CueEvent(cue_start, cue_end, cue, verb, cue_start, cue_start, None, via=via)
        if inverted:
            phrase, end = self.reader.phrase_after(cue_end)
            # 'But, said Solovey, “…”' and '…,” reacted Trump.' are inverted; '…, said Obama
            # understood' and '…,” blasted the plan' are not
            if (
                phrase is not None
                and (not after_quote or verb not in INVERTIBLE_CUES)
                and (
                    phrase.kind not in ("person", "single", "org", "desc", "person_desc")
                    or text[end : end + 1] not in (",", ".", ":", "")
                    or (verb not in INVERTIBLE_CUES and phrase.kind.endswith("desc"))
                )
            ):
                phrase = None
        if inverted and phrase is not None:
            return spoken_by(phrase, end)
        np, phrase = self.reader.subject_before(cue_start)
        if verb in CUE_BASE_FORMS and text[max(0, cue_start - 3) : cue_start] == "to ":
            # 'used this question to demand …': the sentence's subject does the demanding
            return CueEvent(
                cue_start, cue_end, cue, verb, cue_start, cue_start, None, via=via, inferred=True
            )
        if verb in CUE_BASE_FORMS and not self._takes_base_form(phrase, cue_start, m.start()):
            return None
        participle = (
            verb.endswith("ing")
            and _PROGRESSIVE_RE.search(text, max(0, m.start() - 24), m.start()) is None
            and not self._absolute_subject(np)
        )
        if not np or participle or self._relative_clause(np[0][1]):
            # no subject of its own: ', saying', 'and added', 'X, who is …, said'
            return CueEvent(
                cue_start, cue_end, cue, verb, cue_start, cue_start, None, via=via, inferred=True
            )
        start, end = np[0][1], np[-1][2]
        return CueEvent(
            cue_start,
            cue_end,
            cue,
            verb,
            start,
            end,
            phrase,
            via=via,
            phrase_text=text[start:end],
        )

    def _absolute_subject(self, np: list[tuple[str, int, int]]) -> bool:
        """'…, with Sen. John McCain calling it …', '– Ryan saying he was …': a name opening its
        clause right before a participle is that participle's subject."""
        if not np or not np[-1][0][:1].isupper():
            return False
        lead = self.reader.clause_start(np[0][1])
        opening = self.text[lead : np[0][1]].split()
        return not opening or (len(opening) == 1 and opening[0].lower() in ("with", "and"))

    def _relative_clause(self, np_start: int) -> bool:
        """Whether a subject found before a cue sits in a relative clause ('Katie Packer, who is
        chairman of Our Principles PAC said'): the cue's subject is then before the clause."""
        lead = self.reader.clause_start(np_start)
        opening = [w.lower() for w in self.text[lead:np_start].split()]
        # 'which he said' keeps its subject; 'who is chairman of X said' and, after a comma,
        # 'the economist who built it at Kiel tweeted' do not; 'grew so heated over who
        # supported which bill that Christie said' does
        relative = ("who", "which", "whose")
        if len(opening) > 1 and opening[0] in relative:
            return True
        return self.text[lead - 1 : lead] == "," and any(
            w in relative and k < len(opening) - 1 for k, w in enumerate(opening)
        )

    def _infer_subject(self, event: CueEvent, first: CueEvent | None) -> None:
        """The subject of a cue with none next to it: after a quote ('“…,” Nate Silver, the
        polling guru who founded …, tweeted'), before comma-set asides ('Trump, who …, said'),
        the speaker of an earlier cue in the sentence ('X said …, adding'), or the sentence's
        own subject ('Trump has delivered a defense of …, saying')."""
        text, cue_start = self.text, event.cue_start
        sent_s, _e = self.sentences.span_at(cue_start)
        sent_s = max(sent_s, cue_start - SENTENCE_REACH)
        inside = self.inside_quote(sent_s)
        if inside is not None:
            sent_s = inside.close_pos + 1  # the sentence began inside a quote
        phrase = None
        i = bisect.bisect_left(self.quote_opens, cue_start) - 1
        if i >= 0 and sent_s <= self.raw_quotes[i].close_pos < cue_start:
            gap = _RIGHT_GAP_RE.match(text, self.raw_quotes[i].close_pos + 1, cue_start)
            if gap is not None and gap.end() < cue_start:
                phrase, end = self.reader.phrase_after(gap.end(), cue_start)
                between = text[end:cue_start].strip()
                if (
                    phrase is not None
                    and between
                    and not between.startswith(",")
                    and not (between.split()[0] in _PLACE_PREPOSITIONS and len(between.split()) < 6)
                ):
                    phrase = None  # '…” - Democrats in Iowa who watched the debate said'

        comma = text.rfind(",", max(0, cue_start - 4), cue_start)
        if phrase is None and comma >= 0:
            phrase = self.reader.subject_before_asides(comma)
        if phrase is None and first is not None and first.cue_start < cue_start:
            event.phrase, event.resolution = first.phrase, first.resolution
            event.description = first.description
            event.np_start, event.np_end = first.np_start, first.np_end
            return
        if phrase is None:
            phrase = self.reader.sentence_subject(sent_s, cue_start)
        if phrase is not None and phrase.start < cue_start:
            event.phrase = phrase
            event.np_start, event.np_end = phrase.start, min(phrase.end, cue_start)

    def _takes_base_form(self, phrase: Phrase | None, cue_start: int, verb_start: int) -> bool:
        """Whether a bare verb form is a verb here: after an auxiliary ('did not say', 'will
        argue') or a plural or first-person subject ('voters say', 'they argue')."""
        if cue_start < verb_start:
            return True
        if phrase is None:
            return False
        head = _LAST_WORD_BEFORE_RE.search(self.text, max(0, cue_start - 30), cue_start)
        if head is not None and head.group(1).lower() in DOCUMENT_NOUNS and _plural_head(head[1]):
            return True  # "the Harbour Institute's latest figures show": the owner's documents
        if phrase.kind == "pronoun":
            return phrase.head in ("they", "we", "i", "you")
        if phrase.kind == "person_desc":  # "the firefighters say", not "the mayor say"
            return _plural_head(phrase.alias or "")
        return phrase.kind == "desc" or (
            phrase.kind == "org"
            and (phrase.name in KNOWN_ORGS.values() or _plural_head(phrase.name or ""))
        )

    def _role_phrase(self, m: re.Match[str]) -> Phrase | None:
        text = self.text
        for token in WORD_RE.finditer(text, max(0, m.start() - 20), m.end() + 20):
            if token.start() <= m.start() < token.end():
                break
        else:
            return None
        back, _phrase = self.reader.subject_before(token.end())
        if not back:
            return None
        phrase, _end = self.reader.phrase_after(back[0][1])
        if phrase is None:
            return None
        if phrase.kind == "person_desc" and text[max(0, phrase.start - 2) : phrase.start] == ", ":
            # "Amelia Cortez, the Florida senator, …": the role is the name's alias
            np, named = self.reader.subject_before(phrase.start - 2)
            if np and named is not None and named.kind in ("person", "single"):
                named.alias = named.alias or phrase.alias
                named.gender = named.gender or phrase.gender
                return named
        return phrase if phrase.kind in ("person", "person_desc", "single") else None

    def _bare_name(self, m: re.Match[str], taken: list[tuple[int, int]]) -> Phrase | None:
        """A person named with no role or cue ('Maria Lopez spoke.'), so that a later 'she said'
        can refer to them: two or three capitalised words followed by a verb-like word."""
        text = self.text
        if self.inside_quote(m.start()):
            return None
        i = bisect.bisect_right(taken, (m.start(), len(text))) - 1
        if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
            return None
        verb = m.group("verb") or "is"
        if verb not in _NAME_VERBS and not verb.endswith("ed"):
            return None
        if text[max(0, m.start() - 4) : m.start()].lower() == "the " or m.group("name").startswith(
            "The "
        ):
            return None  # "The Red Cross suspended …" is an organisation, not a person
        words = [(w.group(), w.start(), w.end()) for w in WORD_RE.finditer(text, *m.span("name"))]
        while words and words[0][0].lower() in CAPITAL_STOP:
            words = words[1:]
        if len(words) < 2 or any(_not_a_name(w) for w, _s, _e in words):
            return None
        phrase = classify(text, words)
        return phrase if phrase is not None and phrase.kind == "person" else None

    def event_between(self, start: int, end: int) -> list[CueEvent]:
        i = bisect.bisect_left(self.event_starts, start)
        j = bisect.bisect_left(self.event_starts, end)
        return self.events[i:j]

    # -- quotes ----------------------------------------------------------------------------
    def quotes(self) -> list[QuoteCandidate]:
        text = self.text
        found: list[QuoteCandidate] = []
        prev_close = -1
        prev: QuoteCandidate | None = None
        prev_attr_end = -1
        for n, raw in enumerate(self.raw_quotes):
            inner_s, inner_e = raw.open_pos + 1, raw.close_pos
            while inner_s < inner_e and text[inner_s].isspace():
                inner_s += 1
            # the comma before an attribution is typography, not the speaker's words
            while inner_e > inner_s and (text[inner_e - 1].isspace() or text[inner_e - 1] == ","):
                inner_e -= 1
            if inner_s >= inner_e:
                continue
            n_words = len(WORD_RE.findall(text, inner_s, min(inner_e, inner_s + 200)))
            if (
                n_words <= 3
                and _BETWEEN_QUOTES_RE.match(text, raw.close_pos + 1, raw.close_pos + 4)
                and _AFTER_A_QUOTE_RE.search(text, max(0, raw.open_pos - 4), raw.open_pos)
                and not self._continues(prev, prev_close, prev_attr_end, raw)
            ):
                continue  # '“a” “b” “c”': a short quote among others with no words around it
            sent_s, sent_e = self.sentences.span_at(raw.open_pos)
            sent_s = max(sent_s, raw.open_pos - LEFT_REACH)
            # a quote opening a paragraph after 'Cruz continued:' is introduced by it
            before = text[max(0, sent_s - 3) : sent_s].rstrip()
            if before.endswith(":") and sent_s > 0:
                sent_s = max(self.sentences.span_at(sent_s - 2)[0], raw.open_pos - LEFT_REACH)
            # bounded reach keeps a run of skipped marks in one huge sentence linear
            left_lo = max(sent_s, prev_close + 1)
            left = text[max(left_lo, raw.open_pos - 40) : raw.open_pos].rstrip()
            inline = bool(left) and (left[-1].isalnum() or left[-1] in "’'")
            next_open = (
                self.raw_quotes[n + 1].open_pos if n + 1 < len(self.raw_quotes) else len(text)
            )
            right_s = raw.close_pos + 1
            gap = _RIGHT_GAP_RE.match(text, right_s, min(len(text), right_s + 20))
            first_word = gap.end() if gap else right_s
            _rs, right_sent_e = self.sentences.span_at(first_word)
            right_e = min(next_open, max(right_sent_e, first_word), right_s + 250)
            left_event = self._left_event(left_lo, raw.open_pos)
            right_event = None
            if left_event is None:
                right_event = self._right_event(right_s, right_e, text[inner_e - 1] in ".!?…")
                if right_event is None and text[inner_e - 1 : raw.close_pos].strip()[-1:] in ",?!":
                    right_event = self._bare_attribution(first_word, right_e)
            partial = inline
            event: CueEvent | None = None
            region = (raw.open_pos, raw.open_pos)
            attr_end = raw.close_pos + 1
            layout: Resolution | None = None
            if left_event is not None:
                event, region = left_event, (left_lo, raw.open_pos)
                partial = False
            elif right_event is not None:
                event, region = right_event, (right_s, right_e)
                attr_end = max(right_sent_e, first_word)
            elif (
                inline
                or n_words > 3
                or not _AFTER_A_QUOTE_RE.search(text, max(0, raw.open_pos - 4), raw.open_pos)
            ):
                event = self._governing_event(sent_s, raw, sent_e)
                region = (sent_s, raw.open_pos)
                if inline and event is None:
                    layout = self._layout_speaker(raw, sent_s, trailer=False)
                if inline and event is None and layout is None:
                    layout = self._headline_fragment(raw)
                if (
                    inline
                    and event is None
                    and layout is None
                    and (n_words < 8 or _title_like(text, inner_s, inner_e))
                ):
                    continue  # scare quotes: a word or short phrase with no speech around it
            if event is None and not inline:
                layout = self._labelled(inner_s, inner_e) or self._layout_speaker(raw, sent_s)
                if (
                    layout is None
                    and n_words > 3
                    and not self._continues(prev, prev_close, prev_attr_end, raw)
                ):
                    layout = self._introduced_by(raw, sent_s)
            if (
                event is None
                and layout is None
                and not inline
                and n_words <= 3
                and not self._continues(prev, prev_close, prev_attr_end, raw)
            ):
                continue
            if (
                inline
                and event is not None
                and n_words <= 3
                and _title_like(text, inner_s, inner_e)
            ):
                continue
            speaker = kind = how = cue = via = description = None
            said_on = None
            confidence = 0.35
            if event is not None:
                cue = event.cue
                via = event.via or self.via_in(*region)
                said_on = self.date_in(*region)
                if event.resolution is not None:
                    speaker = event.resolution.name
                    kind = event.resolution.kind
                    how = event.resolution.speaker_from
                    if event.verb == "according to" and via == speaker:
                        via = None
                    if via is None and said_on is None:
                        via = event.venue
                    confidence = {"name": 0.9, "alias": 0.85, "pronoun": 0.8}[how]
                elif event.description is not None:
                    description, how, confidence = event.description, "description", 0.6
                else:
                    confidence = 0.5
            elif layout is not None:
                speaker, kind, how = layout.name, layout.kind, "name"
                via = layout.entity.venue
                confidence = 0.8
            elif prev is not None and self._continues(prev, prev_close, prev_attr_end, raw):
                speaker, kind, how = prev.speaker, prev.speaker_kind, "context"
                description = prev.speaker_description
                cue, via, said_on = None, prev.via, prev.said_on
                confidence = 0.7
            if partial:
                confidence = round(confidence * 0.9, 2)
            if speaker is not None:
                self.registry.entities[speaker].speaks = True  # names are final by now
            candidate = QuoteCandidate(
                text=text[inner_s:inner_e],
                start=inner_s,
                end=inner_e,
                prefix=text[max(0, inner_s - CONTEXT_CHARS) : inner_s],
                suffix=text[inner_e : inner_e + CONTEXT_CHARS],
                confidence=confidence,
                speaker=speaker,
                speaker_kind=kind,
                speaker_from=how,
                speaker_description=description,
                cue=cue,
                partial=partial,
                via=via,
                said_on=said_on,
            )
            found.append(candidate)
            prev, prev_close, prev_attr_end = candidate, raw.close_pos, attr_end
        return found

    def _right_event(self, start: int, end: int, closed: bool) -> CueEvent | None:
        """An attribution right after a closing mark: '…,” he said' / '…,” said X' / '…,”
        former Obama adviser David Axelrod wrote'. After a quote that ends its sentence, not
        one that goes on to introduce the next quote ('….” Maria Lopez, who…, said: “')."""
        text = self.text
        for event in self.event_between(start, end)[:3]:
            if event.verb not in SPEECH_FORMS and event.verb not in _OTHER_QUOTE_CUES:
                continue
            lead = event.cue_start if event.inverted or event.np_start < start else event.np_start
            gap = text[start:lead].strip(" \t,.!?—–-")
            if "\n" in text[start:lead]:
                continue
            # '“…,” Fight for $15 organizing director Kendall Fells told': a few words more of
            # the speaker's description, within the same clause
            if (
                gap
                and event.inverted
                and event.verb not in _OTHER_QUOTE_CUES
                and text[start:lead].rstrip().endswith(",")
                and len(gap.split()) <= 8
                and not any(c in gap.rstrip(",") for c in ',;:“”"()')
            ):
                # '“… a choice” but to take the lead in advertising, says Evan Tracey'
                return event
            if gap and (
                lead != event.np_start
                or event.resolution is None
                or len(gap.split()) > 6
                or any(c in gap for c in ',;:“”"()')
                or any(w.lower() in _GAP_STOP for w in gap.split())
            ):
                continue
            if closed:
                tail = event.np_end if event.inverted else event.cue_end
                rest = text[tail:end]
                if ":" in rest or any(c in rest for c in '“"‘'):
                    continue
                # '….” Students would continue to take tests': a new sentence, not an attribution
                new_sentence = text[start:lead].strip()[:1] not in ("", ",")
                if (new_sentence or event.verb in CUE_BASE_FORMS) and (
                    len(rest.split()) > 8 or " that " in rest or " to " in rest
                ):
                    continue
                # '…“quite dangerous.” Chris Christie, hoping to …': only a short closing clause
                # ('“….” Trump said in a statement.') attributes a quote that ended its sentence
                if (new_sentence or text[start - 2 : start - 1] == ".") and (
                    len(rest.split()) > 5 or "," in rest.rstrip(" ,.")
                ):
                    continue
            return event
        return None

    def _bare_attribution(self, start: int, end: int) -> CueEvent | None:
        """'“…?” Hannity pressed.' / '“…,” reacted Trump.': a name and a past-tense verb the
        lexicon does not list, in the attribution slot right after a quote."""
        text = self.text
        m = _PAST_VERB_RE.match(text, start, end)
        if m is not None:  # verb first
            phrase, np_end = self.reader.phrase_after(m.end(), end)
            cue_s, cue_e = m.start(1), m.end(1)
        else:
            phrase, np_end = self.reader.phrase_after(start, end)
            m = _PAST_VERB_RE.match(text, np_end, end) if phrase is not None else None
            if m is None:
                return None
            cue_s, cue_e = m.start(1), m.end(1)
            np_end = cue_e
        if phrase is None or phrase.kind not in ("person", "single", "org", "pronoun"):
            return None
        if text[max(np_end, cue_e) : max(np_end, cue_e) + 1] not in (".", ",", "\n", ""):
            return None
        resolution = self.registry.resolve(phrase)
        if resolution is None:
            return None
        verb = text[cue_s:cue_e]
        return CueEvent(
            cue_s, cue_e, verb, verb, phrase.start, phrase.end, phrase, resolution=resolution
        )

    def _left_event(self, start: int, open_pos: int) -> CueEvent | None:
        """An attribution ending right before an opening mark: 'he had said, “…'."""
        candidates = self.event_between(start, open_pos)
        if not candidates:
            return None
        event = candidates[-1]
        if event.verb not in QUOTE_CUES and event.verb not in _OTHER_QUOTE_CUES:
            return None
        tail = event.np_end if event.inverted else event.cue_end
        if _LEFT_ADJACENT_RE.fullmatch(self.text, tail, open_pos):
            return event
        return None

    def _governing_event(self, sent_s: int, raw: RawQuote, sent_e: int) -> CueEvent | None:
        """The cue a fragment woven into a sentence belongs to: the last one before it with a
        subject ('Obama said it is “just not true.”'), else one after it in the same sentence
        ('…became more “conversant,” Ban said'); None for a scare quote nobody is cued for."""
        before = self.event_between(sent_s, raw.open_pos)
        # speech actually made ('Clinton told … her opponent wants to “take America
        # backward”') before belief or speech foreseen ('Obama said Americans will say “no”')
        for event in reversed(before):
            if (
                (event.has_speaker or event.phrase is not None)
                and event.verb in SPEECH_FORMS
                and not _MODAL_RE.search(event.cue)
            ):
                return event
        for event in reversed(before):
            if event.has_speaker or event.phrase is not None:
                return event
        for event in reversed(before):
            if event.verb in QUOTE_CUES:
                return event
        _s, after_sent_e = self.sentences.span_at(raw.close_pos + 1)
        after_end = min(max(sent_e, after_sent_e), raw.close_pos + SENTENCE_REACH)
        for event in self.event_between(raw.close_pos + 1, after_end):
            if self.inside_quote(event.cue_start) is None and event.has_speaker:
                return event
        return None

    def _layout_speaker(
        self, raw: RawQuote, sent_s: int, trailer: bool = True
    ) -> Resolution | None:
        """Speakers set out by layout rather than a cue: a line opening with 'Name:' or 'Name,
        Outlet:' (lists and headlines), or a dash and a name after the quote."""
        text = self.text
        newline = text.rfind("\n", max(0, raw.open_pos - 200), raw.open_pos)
        line_s = newline + 1 if newline >= 0 else (0 if raw.open_pos < 200 else -1)
        if line_s >= 0 and text.find(":", line_s, raw.open_pos) >= 0:
            m = _LINE_SPEAKER_RE.match(text, line_s, raw.open_pos)
            if m is not None:
                phrase, end = self.reader.phrase_after(m.start(1), m.end(1))
                tail = text[end : m.end(1)]
                if (
                    phrase is not None
                    and phrase.kind in ("person", "single", "org")
                    and (not tail.strip() or re.fullmatch(r",[ \t]+[A-Z][^,]*", tail))
                ):
                    return self.registry.resolve(phrase)
                headline = self._headline_speaker(m.start(1), m.end(1))
                if headline is not None:
                    return headline
        m = (
            _TRAILER_RE.match(text, raw.close_pos + 1, min(len(text), raw.close_pos + 12))
            if trailer
            else None
        )
        if m is not None:
            phrase, end = self.reader.phrase_after(m.end())
            if phrase is not None and phrase.kind in ("person", "single", "org"):
                after = text[end : end + 2]
                if not after or after[0] in ",.\n\r" or after.isspace():
                    return self.registry.resolve(phrase)
        return None

    def _headline_speaker(self, start: int, end: int) -> Resolution | None:
        """'Elizabeth Warren Hammers Wells Fargo CEO: ‘…’': in a Title Case headline the
        speaker is the name before its verb."""
        found = WORD_RE.findall(self.text, start, end)
        if len(found) < 3 or not all(w[0].isupper() or not w[0].isalpha() for w in found):
            return None
        for word in found[1:4]:
            if word.lower() in CUE_VERBS:
                head = self.text.find(word, start, end)
                phrase, np_end = self.reader.phrase_after(start, head)
                if phrase is not None and phrase.kind in ("person", "single"):
                    return self.registry.resolve(phrase)
                return None
        return None

    def _headline_fragment(self, raw: RawQuote) -> Resolution | None:
        """'Sanders Told A Female Reporter Not To ‘Moan’ About Hillary Clinton': in a Title Case
        line whose verb is a cue, a fragment is the words of the name the line opens with."""
        text = self.text
        newline = text.rfind("\n", max(0, raw.open_pos - 160), raw.open_pos)
        line_s = newline + 1 if newline >= 0 else (0 if raw.open_pos < 160 else -1)
        if line_s < 0:
            return None
        line_e = text.find("\n", raw.close_pos, raw.close_pos + 160)
        found = WORD_RE.findall(text, line_s, line_e if line_e >= 0 else raw.close_pos + 160)
        lowercase = sum(1 for w in found if w[0].islower() and len(w) > 3)
        if len(found) < 4 or lowercase > 1:
            return None
        head = WORD_RE.findall(text, line_s, raw.open_pos)
        if not any(w.lower() in CUE_VERBS for w in head[1:5]):
            return None
        return self._headline_speaker(line_s, raw.open_pos)

    def _labelled(self, inner_s: int, inner_e: int) -> Resolution | None:
        """A transcript quoted whole: '“PENCE: Well, look, …”' is Pence speaking."""
        m = _LABEL_RE.match(self.text, inner_s, min(inner_e, inner_s + 40))
        if m is None or m.group(1).lower() in ("video", "update", "note", "editor's note"):
            return None
        name = m.group(1).title()
        return self.registry.resolve(Phrase("single", m.start(1), m.end(1), name=name))

    def _introduced_by(self, raw: RawQuote, sent_s: int) -> Resolution | None:
        """Who a quote with no cue of its own belongs to: the name before a colon ('… doesn't
        surprise Republican pollster Daron Shaw: “…”'), else the subject of the clause ending in
        that colon ('Sanders delivered a snappy retort: “…”'), else the speaker cued in the
        sentence just before, in the same paragraph ('Bolton said he would help. “I'm going to
        support him.”')."""
        text = self.text
        before = text[max(0, raw.open_pos - 4) : raw.open_pos].rstrip()
        if before.endswith(":"):
            colon = raw.open_pos - 4 + len(before) - 1
            np, phrase = self.reader.subject_before(colon)
            object_of = text[max(0, np[0][1] - 6) : np[0][1]].split()[-1:] if np else []
            if (
                np
                and phrase is not None
                and phrase.kind in ("person", "single", "org")
                and not (object_of and object_of[0].lower() in _OBJECT_PREPOSITIONS)
            ):
                # '… doesn't surprise Republican pollster Daron Shaw: “…”', but not '…
                # delivered a blunt message to Trump: “…”'
                return self.registry.resolve(phrase)
            s, _e = self.sentences.span_at(colon)
            subject = self.reader.sentence_subject(max(s, colon - SENTENCE_REACH), colon)
            if subject is not None and subject.kind not in ("pronoun", "single"):
                return self.registry.resolve(subject)
            if (
                subject is not None
                and subject.kind == "single"
                and (
                    self.registry.knows(subject.name or "")
                    or _VERB_NEXT_RE.match(text, subject.end) is not None
                )
            ):
                return self.registry.resolve(subject)
            return None
        if before.endswith((",", "—", "--", "–")):
            # 'Clinton shared her anxiety with an audience in the Hamptons, “I do not know …”'
            s, _e = self.sentences.span_at(raw.open_pos)
            subject = self.reader.sentence_subject(
                max(s, raw.open_pos - SENTENCE_REACH), raw.open_pos
            )
            if (
                subject is not None
                and subject.kind in ("person", "org")
                or (
                    subject is not None
                    and subject.kind == "single"
                    and self.registry.knows(subject.name or "")
                )
            ):
                return self.registry.resolve(subject)
            return None
        k = self.sentences.index_at(raw.open_pos)
        if k == 0 or self.sentences.starts[k] < raw.open_pos - 2:
            return None
        prev_s, prev_e = self.sentences.starts[k - 1], self.sentences.ends[k - 1]
        if text[prev_e : raw.open_pos].strip() or raw.open_pos - prev_s > LEFT_REACH:
            return None
        events = self.event_between(prev_s, prev_e)
        for event in reversed(events):
            if event.resolution is not None and event.verb in SPEECH_VERBS:
                return event.resolution
        # '“…,” which Mozloom thinks will lead to cuts. “He too frequently …”'
        for event in reversed(events):
            if event.resolution is not None and event.resolution.kind == "person":
                return event.resolution
        return None

    def _continues(
        self, prev: QuoteCandidate | None, prev_close: int, prev_attr_end: int, raw: RawQuote
    ) -> bool:
        """Whether an unattributed quote follows straight on from the previous attributed one
        ('“We stay,” she said. “Not now.”')."""
        if prev is None or not (prev.speaker or prev.speaker_description):
            return False
        after = max(prev_attr_end, prev_close + 1)
        return raw.open_pos - after < LEFT_REACH and not self.text[after : raw.open_pos].strip()

    # -- quantities ------------------------------------------------------------------------
    def quantities(self, quotes: list[QuoteCandidate]) -> list[QuantityCandidate]:
        text = self.text
        raws = QuantityScanner(text, self.warnings).scan()
        # a text of dense numbers: its dates found once (a regex pass per number's sentence
        # would cost more); else each sentence's date is looked up once
        dates = DateIndex(text, self.header_end, self.published_on) if len(raws) > 60 else None
        statements: dict[tuple[int, int], str] = {}  # numbers of one sentence share it
        dated: dict[tuple[int, int], datetime.date | None] = {}
        quote_starts = [q.start for q in quotes]
        found = []
        for raw in raws:
            line = text.rfind("\n", 0, raw.start) + 1
            if LINK_LINE_RE.match(text, line):
                continue  # "SEE ALSO: 10,000 jobs in danger": another article's headline
            i = bisect.bisect_right(quote_starts, raw.start) - 1
            quote = quotes[i] if i >= 0 and quotes[i].start <= raw.start < quotes[i].end else None
            sent_s, sent_e = self.sentence_around(raw.start, raw.end)
            if quote is not None:
                claimant = quote.speaker
                sent_s, sent_e = max(sent_s, quote.start), min(sent_e, quote.end)
            else:
                claimant = self._claimant(raw, sent_s, sent_e)
            claimant = self._reckoned_by(sent_s, raw.start) or claimant
            if claimant is not None and _measure_name(claimant):
                claimant = None  # "its GDP forecast was cut to 1.1%": a measure claims nothing
            if claimant is not None and claimant in self.registry.entities:
                self.registry.entities[claimant].speaks = True
            span = (sent_s, sent_e)
            if span not in dated:
                dated[span] = dates.first(*span) if dates else self.date_in(*span)
            as_of = dated[span] or self.published_on
            found.append(
                QuantityCandidate(
                    text=text[raw.start : raw.end],
                    start=raw.start,
                    end=raw.end,
                    prefix=text[max(0, raw.start - CONTEXT_CHARS) : raw.start],
                    suffix=text[raw.end : raw.end + CONTEXT_CHARS],
                    as_of=as_of,
                    claimant=claimant,
                    statement=statements.get((sent_s, sent_e))
                    or statements.setdefault((sent_s, sent_e), self._statement(sent_s, sent_e)),
                    **raw.fields(),
                )
            )
        return found

    def _claimant(self, raw: RawQuantity, sent_s: int, sent_e: int) -> str | None:
        # asserting it claims a number; hoping, wanting or attacking someone over it does not
        # a cue the figure opens with is before it ("The Red Cross estimated 1,200 people": the
        # figure's qualifier is the cue), unless a determiner makes it an adjective ("the
        # estimated 513,000 passengers")
        reach = raw.start
        if not _DETERMINER_BEFORE_RE.search(self.text, max(0, raw.start - 8), raw.start):
            reach += 1
        events = self.event_between(sent_s, reach)
        owner = next((o for e in reversed(events) if (o := self._data_owner(e))), None)
        before = [e for e in events if _claims(e, self.text)]
        if owner is not None and not before:
            return owner  # "The ONS's figures showed …"
        for event in reversed(before):
            if event.np_start >= raw.start:
                continue
            if event.resolution is not None:
                if self._relayed(event, events):
                    return None  # "CNN is reporting a new analysis shows …": nobody named
                return event.resolution.name
            if event.verb == "according to" and event.phrase_text:
                text = event.phrase_text
                return text[4:] if text.lower().startswith("the ") else text
            unnamed = self._unnamed_claimant(event)
            if unnamed:
                return unnamed
        for event in self.event_between(raw.end, sent_e):
            if not _claims(event, self.text):
                continue
            if _CONTRAST_RE.search(
                self.text, raw.end, event.np_start
            ) and not self._closing_attribution(event, sent_e):
                break  # "estimates were in the 200,000 range, but the Metro reported …"
            if event.resolution is not None and event.np_start >= raw.end:
                return event.resolution.name
            if event.np_start >= raw.end and self._unnamed_claimant(event):
                return self._unnamed_claimant(event)  # "…, a monitoring group said"
        return None

    def _relayed(self, event: CueEvent, events: list[CueEvent]) -> bool:
        """Whether the event is a news outlet reporting what a document or someone else it
        names shows or says ("CNN is reporting a final analysis shows …", "Reuters reported a
        study found …"): the outlet passes the figure on, and whoever made the finding claims
        it. An outlet reporting a figure of its own ("the agency reported 40 dead") claims it."""
        assert event.resolution is not None
        if not _outlet(event.resolution.name):
            return False
        report = event if event.verb in _REPORT_FORMS else None
        if report is None and event.inferred:
            # "CNN is reporting an analysis shows …": "shows" took the outlet as its subject
            report = next(
                (
                    e
                    for e in events
                    if e.verb in _REPORT_FORMS
                    and e.cue_end <= event.cue_start
                    and e.resolution is not None
                    and e.resolution.entity is event.resolution.entity
                ),
                None,
            )
        if report is None:
            return False
        return any(
            e is not report
            and e.cue_start > report.cue_end
            and (e.verb in CLAIM_VERBS or e.verb in _FINDING_VERBS)
            and (e.inferred or e.resolution is None)
            for e in events
        )

    def _reckoned_by(self, sentence_start: int, end: int) -> str | None:
        """Whose reckoning the clause before a figure names ("By the Varn Institute's count,
        1,200 marched": the institute), the last before it in its sentence; a day's tally ("By
        Friday's count") names no one."""
        start = max(sentence_start, end - _RECKONING_REACH)
        found = [
            m
            for m in _BY_RECKONING_RE.finditer(self.text, start, end)
            if _CLAUSE_OPEN_RE.search(self.text, max(sentence_start, m.start() - 8), m.start())
            or not self.text[sentence_start : m.start()].strip(' \t\n“"‘„(')
        ]
        if not found:
            return None
        owner = found[-1].group("owner")
        if owner.lower() in MONTHS or owner.lower() in WEEKDAYS or owner in _NOT_OWNERS:
            return None
        return owner

    def _closing_attribution(self, event: CueEvent, sent_e: int) -> bool:
        """ "…, but it may take weeks, the mayor said on Friday.": a cue set off by a comma
        that ends its sentence (at most a time or venue after it) attributes the whole
        sentence, a contrast inside it included; "…, but the mayor reported 40." does not."""
        if event.np_start >= event.cue_start or event.inverted:
            return False
        before = self.text[max(0, event.np_start - 3) : event.np_start]
        return bool(
            re.search(r",[ \t]*$", before)
            and _CLOSING_REST_RE.fullmatch(self.text, event.cue_end, sent_e)
        )

    def _data_owner(self, event: CueEvent) -> str | None:
        """ "The Harbour Institute's figures show …", "the ministry's data showed": a finding
        verb whose subject is data a body owns; the body is the claimant."""
        if event.verb not in _FINDING_VERBS or event.resolution is not None:
            return None
        start = event.cue_start
        owned = _DATA_OWNER_RE.search(self.text, max(0, start - 100), start)
        return owned.group("owner") if owned else None

    def _unnamed_claimant(self, event: CueEvent) -> str | None:
        """A claimant the text describes rather than names: "the ministry", "Taliban officials",
        "Pakistan's private Aaj television reported"."""
        if event.description:
            return event.description  # an unnamed speaker, as the text describes them
        if event.phrase is not None and event.phrase.alias:
            return event.phrase.alias
        subject = self.text[event.np_start : event.np_end].strip()
        if event.phrase is None and 0 < len(subject) <= 60 and subject[:1].isalpha():
            return subject[4:] if subject.lower().startswith("the ") else subject
        return None

    def _statement(self, start: int, end: int) -> str:
        sentence = " ".join(self.text[start:end].split())
        sentence = _ACCORDING_LEAD_RE.sub("", sentence)
        sentence = sentence.strip(' “”"‘’')
        return sentence[:1].upper() + sentence[1:]


# What an organisation's poll or count shows is its claim ("ICM showed 52 per cent", "a poll by
# ICM showed …"); a person showing something ("Hale showed 3 charts") claims nothing by it.
_FINDING_VERBS = verb_forms("show=showed=shown find=found")
# What a news outlet does when it passes on another's finding: "CNN is reporting …"
_REPORT_FORMS = verb_forms("report")
# News outlets and wire services, by name or by the word that heads an outlet's name ("Sky
# News", "The Daily Courier"): they relay findings they did not make.
_OUTLET_NAMES = words(
    """
    cnn cnbc nbc abc cbs msnbc npr pbs bbc itv sky reuters afp ap tass xinhua interfax bloomberg
    anadolu ria pti ani ndtv dpa efe ansa kyodo yonhap
    """
)
_OUTLET_HEADS = words(
    """
    news times post journal herald tribune gazette telegraph guardian chronicle courier
    radio television tv broadcasting press daily magazine network channel wire
    """
)


def _outlet(name: str) -> bool:
    """Whether a speaker's name is a news outlet's ("CNN", "The Daily Courier")."""
    low = strip_possessive(name).lower().split()
    return bool(low) and (" ".join(low) in _OUTLET_NAMES or low[-1] in _OUTLET_HEADS)


# A forecast is its maker's claim: "Analysts had expected 44.8 million", "the IMF expects growth
# of 6.9%"
_FORECAST_VERBS = verb_forms("expect")
_AUXILIARIES_RE = re.compile(
    r"[ \t]*(?:(?:had|has|have|was|were|is|are|had[ \t]+been|will|would|now|also|still)[ \t]+)*"
)


# a clause of contrast: a cue after it speaks for its own clause only
_CONTRAST_RE = re.compile(r"[,;][ \t]+(?:but|while|whereas|although|though)\b")
# what may follow a sentence's closing cue: "said.", "said on Thursday.", "said in a statement."
_CLOSING_REST_RE = re.compile(
    r"(?:[ \t]+(?:on|in|at|late|early|last|this|a|an|the|[A-Z]\w*|\w+day|morning|night|"
    r"evening|afternoon|statement|interview|conference|news|briefing|week|month|year)\b)*"
    r"[ \t]*[.!]?[ \t\n]*",
)
_OBJECT_BEFORE_RE = re.compile(r"\b(?:for|of|in|on|with|to|from|by)(?:[ \t]+the)?[ \t]+$", re.I)


# "The Harbour Institute's latest figures", "Statistics Canada’s data", "the ministry's numbers"
_DATA_OWNER_RE = re.compile(
    r"(?:\b[Tt]he[ \t]+)?\b(?P<owner>[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|and|[A-Z][\w&.\-]*))*?"
    r"|(?<=[Tt]he )[a-z]+)"
    r"(?:'s|’s|'|’)[ \t]+(?:(?:latest|new|official|own|provisional|preliminary|monthly|annual)"
    r"[ \t]+)?(?:data|figures|statistics|numbers|estimates|count|tally)[ \t]+$"
)
# "By the Varn Institute's count, 1,200 marched": a clause opened by whose reckoning a figure is
# names its claimant, even inside someone else's quote ("By the agency's count" names none).
_BY_RECKONING_RE = re.compile(
    r"\b[Bb]y[ \t]+(?:the[ \t]+)?(?P<owner>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})"
    r"(?:'s|’s|'|’)[ \t]+(?:(?:own|latest|new|official|preliminary|early|final)[ \t]+)?"
    r"(?:measures?|count|counts|reckoning|estimates?|calculations?|tally|figures|numbers|data"
    r"|analysis|accounting)\b"
)
_RECKONING_REACH = 300  # characters before a figure: a sentence of numbers is read in linear time
# what may come before a clause that opens with "By X's count": a sentence's or quote's start
_CLAUSE_OPEN_RE = re.compile(r"(?:[,;:(“\"‘„—–]|\b(?:and|but|yet|so))[ \t]*$")
_NOT_OWNERS = frozenset(("Today", "Yesterday", "Tonight"))
# "Data from the ONS showed", "a study by the institute found": the document's maker finds it
_DATA_FROM_RE = re.compile(
    r"\b(?i:data|figures|statistics|numbers|estimates?|counts?|tally|stud(?:y|ies)|surveys?"
    r"|polls?|analys[ie]s|reports?|reviews?|assessments?|research)"
    r"(?:[ \t]+" + _DOCUMENT_MADE + _MADE_WHEN + r")?[ \t]+(?:from|by)(?:[ \t]+the)?[ \t]+$"
)


def _measure_name(name: str) -> bool:
    """Whether a claimant is only the name of a measure ("GDP", "GDP growth", "core CPI"): a
    row label or the noun a figure measures, which claims nothing."""
    parts = [w.strip(".,").lower() for w in name.split()]
    if parts and parts[0] == "the":
        parts = parts[1:]
    return any(p in MEASURE_NAMES for p in parts) and all(
        p in MEASURE_NAMES or p in MEASURE_NAME_PARTS for p in parts
    )


def _plural_head(name: str) -> bool:
    """Whether a body's name has a plural head, so takes a plural verb ("Authorities say",
    "the Centers for Disease Control estimate"): the last word before "for", "of" or "and"."""
    head = re.split(r"[ \t]+(?:for|of|and|on|in)[ \t]+", name, maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    if last in ("police", "people", "staff", "personnel", "crew", "military"):
        return True
    return (
        len(last) > 3
        and last.isalpha()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "news", "ics"))
    )


def _claims(event: CueEvent, text: str) -> bool:
    """Whether a cue makes its subject the claimant of the figures it governs."""
    if event.verb in CLAIM_VERBS or event.verb == "put at":
        return True
    if event.verb in _FORECAST_VERBS:
        # only a verb with its own subject: not "a rise expected by the market" (passive) or
        # "includes expected revenue" (an adjective)
        gap = text[event.np_end : event.cue_start]
        return (
            event.np_end > event.np_start
            and _AUXILIARIES_RE.fullmatch(gap) is not None
            and not text.startswith(" by ", event.cue_end)
        )
    resolution = event.resolution
    return (
        event.verb in _FINDING_VERBS
        and resolution is not None
        and resolution.kind == "organisation"
        # "a poll by ICM for the Scotsman showed": the paper is no subject, the poll is
        and (
            _OBJECT_BEFORE_RE.search(text, max(0, event.np_start - 12), event.np_start) is None
            # "Data from the ONS showed", "figures by the ministry show": whose data they are
            or _DATA_FROM_RE.search(text, max(0, event.np_start - 60), event.np_start) is not None
        )
    )


def extract(text: str, published_on: datetime.date | None = None) -> Extraction:
    """Propose every direct quote and quantity in `text`, anchored by character offsets.

    `published_on` resolves relative dates ("On July 10", "On Tuesday"); when omitted, a leading
    ` date YYYY-MM-DD ` header in the text is used.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs str, not {type(text).__name__}")
    stated, header_end = header_date(text)
    doc = _Document(text, published_on or stated)
    doc.header_end = header_end
    zero_width = count_zero_width(text)
    if zero_width:
        doc.warnings.append(
            f"text contains {zero_width} zero-width or soft-hyphen characters; "
            "words split by them may be missed"
        )
    doc.find_events()
    quotes = doc.quotes()
    quantities = doc.quantities(quotes)
    return Extraction(
        text=text,
        published_on=doc.published_on,
        quotes=quotes,
        quantities=quantities,
        speakers=doc.registry.speaker_mentions(),
        warnings=doc.warnings,
    )
