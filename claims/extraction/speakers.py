"""Who speaks: the noun phrase of a cue verb's subject, read without a parser, and a registry that
links a document's names, role phrases ("the Afghan envoy") and pronouns to one speaker each.

A noun phrase is read as: an optional determiner, descriptive words ("former Obama adviser",
"Sen.", "Militant organization"), then the name: the run of capitalised words next to the cue.
What the phrase is follows from its parts:
- a name run of people-like words is a person ("campaign chairman John Podesta" -> John Podesta,
  with "campaign chairman" kept as an alias); one capitalised word is a surname ("single");
- a run that looks like an organisation (a head such as Department/News/Committee, an acronym, a
  known organisation or country, or "the" before it) is an organisation, stripped of the
  descriptive words ("Militant organization Taliban" -> Taliban);
- a phrase ending in a plural role ("Taliban officials", "Pentagon officials") belongs to the
  organisation named in it; without one ("Clinton aides", "some Republicans") it is a description;
- a singular role without a name: "the Florida senator" refers back to a person with that role,
  "a senior State Department official" is an unnamed speaker recorded as a description;
- a document ("Hoff's letter", "the campaign's statement") speaks for its owner when it has one.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .candidates import SpeakerMention
from .lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    CAPITAL_STOP,
    DESCRIPTORS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    INTRO_WORDS,
    KNOWN_ORGS,
    LEANINGS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NP_STOP,
    ORG_HEADS,
    PLACES,
    PRONOUNS,
    ROLE_CLASSES,
    ROLE_MODIFIERS,
    SOURCE_NOUNS,
    SOURCE_QUALIFIER_RE,
    TITLES,
    WEEKDAYS,
    words,
)
from .text import normalise_apostrophes, strip_possessive, word_alternation

Word = tuple[str, int, int]

_ABBREVIATED = sorted(ABBREVIATIONS | {a.capitalize() for a in ABBREVIATIONS}, reverse=True)
# Words and single punctuation marks or line breaks. "U.S.", "Mr.", "Ltd." and a middle initial
# ("Harry M. Reid") keep their period, so that a remaining "." is a sentence end.
_GLUED_ALT_RE = re.compile(r"(?:Logo|Icon)([A-Z][a-z][\w'’-]*)$")
# A share's code on its exchange in wire copy ("Harlow Inc HLW.N said", "Venn SE VNN.DE"): a
# ticker, then a period and the exchange's code (New York, Nasdaq, London, Frankfurt, Tokyo, …).
_TICKER = (
    r"(?<![\w.])[A-Z][A-Z\d]{0,5}\.(?:N|O|OQ|L|T|K|F|DE|PA|AS|MI|MC|BR|CO|ST|OL|HE|SW|VX|TO|V"
    r"|AX|HK|SS|SZ|KS|KQ|SI|BO|NS|TW|JK|BK|KL|MX|SA|J|IS|TA|LS|VI|WA)(?![\w.’'])"
)
TICKER_RE = re.compile(_TICKER)
_TOKEN_RE = re.compile(
    r"[A-Z][A-Za-z\d]*\.(?:com|net|org)(?![\w.])"  # "Amazon.com Inc.": a company named by its site
    + r"|"
    + _TICKER
    + r"|(?:[A-Za-z]\.){2,}"
    r"|(?<![\w.])(?:" + word_alternation(a for a in _ABBREVIATED if "." not in a) + r")\.(?!\w)"
    r"|[A-Z]\.(?=[ \t]+[A-Z])"
    r"|[A-Z][^\W_]*(?:/[A-Z][^\W_]*)+(?![\w/])"  # "BBC/ITV/Sky": joint names, one word
    r"|[^\W_]+(?:['’\-][^\W_]+)*"
    r"|\n|[^\w\s]"
)
# Clause breaks: a noun phrase never crosses these; a period only when it ends a sentence.
_BREAK_RE = re.compile(r"[;:()\[\]“”\"«»—–!?\n,]")
_PERIOD_RE = re.compile(r"\.(?=\s|$)")
_ABBREVIATION_END_RE = re.compile(
    r"(?:(?:[A-Za-z]\.)+[A-Za-z]|(?<![\w.])[A-Z]|(?<![\w.])(?:"
    + word_alternation(a for a in _ABBREVIATED if "." not in a)
    + r"))\.$"
)
_DETERMINERS = frozenset(("the", "a", "an"))
_INDEFINITE = frozenset(
    ("a", "an", "one", "another", "some", "several", "two", "three", "four", "five", "many")
    + ("few", "most", "other", "others", "any")
)
_CONNECTORS = frozenset(("of", "for", "to", "at"))
# Capitalised words for a member of a party, faith or nation: "one senior Democrat"
_MEMBER_NOUNS = words(
    """
    democrat republican independent libertarian conservative liberal progressive american
    evangelical catholic christian muslim jew democrats republicans americans
    """
)
_LONE_SUBJECTS = frozenset(("Another", "Others", "Some", "Many", "One", "Several", "Critics"))
_QUOTE_MARKS = frozenset('“”"‘«»')
_NAMED_KINDS = frozenset(("org", "person", "single"))  # phrases that name who speaks
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))
_PLACE_PREPOSITIONS = frozenset(
    ("across", "throughout", "in", "inside", "outside", "near", "around")
)
_CONJUNCTIONS = frozenset(("as", "but", "and", "yet", "so"))
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_PERSON_PRONOUNS = frozenset(("he", "she", "they", "it", "i", "we"))
_SUFFIX_ROLE_RE = re.compile(r"(?:ist|ian|ologist|ster|eer|[a-z]{3}(?:er|or|ant|ent))s?$")
# Month names that are never first names or surnames ("In July Trump said"; "May" may be either)
_MONTH_NAMES = words("january february march july september october november december sept")
_MAX_NP_WORDS = 12
CLAUSE_REACH = 200
_NP_REACH = 120  # a speaker's noun phrase, titles and appositions included, fits in this
# Pronouns and role phrases look back this many mentions at most (keeps long texts linear).
RECENT_MENTIONS = 200
_PRONOUN_CANDIDATES = 3  # how many recent people 'he'/'she' choose among


@functools.lru_cache(maxsize=8192)
def _low(word: str) -> str:
    """Lowercase, without a possessive ending or an abbreviation's period."""
    return strip_possessive(normalise_apostrophes(word)).rstrip(".").lower()


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


@functools.lru_cache(maxsize=8192)
def _is_name_word(tok: str) -> bool:
    """A word that may be part of a name: capitalised, not a title, pronoun or sentence opener."""
    if not tok[0].isupper():
        return False
    low = _low(tok)
    return not (
        low in CAPITAL_STOP
        or low in _PERSON_PRONOUNS
        or low in TITLES
        or low in _MONTH_NAMES
        or low in WEEKDAYS
        or low in ROLE_CLASSES
        or low in INTRO_WORDS
        or low in LEANINGS
    )


@functools.lru_cache(maxsize=8192)
def _is_descriptor(tok: str) -> bool:
    """A word that may sit in a speaker's description before the name or head."""
    if tok.isupper() and len(tok) > 1 and tok.isalpha():
        return True  # "US Senator", "GOP presidential nominee"
    low = _low(tok)
    if not _is_word(tok) or low in NP_STOP:
        return False
    if tok[0].isupper():
        return low not in CAPITAL_STOP and low not in _PERSON_PRONOUNS
    return (
        low in DESCRIPTORS
        or low in ROLE_CLASSES
        or low in ROLE_MODIFIERS
        or low in ORG_HEADS
        or low in GROUP_NOUNS
        or low in TITLES
        or "-" in low
        or bool(_SUFFIX_ROLE_RE.search(low))
    )


@functools.lru_cache(maxsize=8192)
def _is_head(tok: str) -> bool:
    """A lowercase word that can end a speaker's description: a role, group, body or document."""
    low = _low(tok)
    return (
        low in ROLE_CLASSES
        or low in GROUP_NOUNS
        or low in ORG_HEADS
        or low in DOCUMENT_NOUNS
        or (low not in NP_STOP and bool(_SUFFIX_ROLE_RE.search(low)) and len(low) > 4)
    )


class Reader:
    """One document's tokens and clause breaks, found once; the noun-phrase readers below look
    them up by offset (a bisect) instead of re-scanning the text around every cue."""

    def __init__(self, text: str) -> None:
        self.text = text
        breaks = [m.end() for m in _BREAK_RE.finditer(text)]
        ends = [
            m.end()
            for m in _PERIOD_RE.finditer(text)
            if not _ABBREVIATION_END_RE.search(text, max(0, m.start() - 8), m.end())
        ]
        self.breaks = sorted(breaks + ends) if ends else breaks

    def tokens(self, start: int, end: int) -> list[Word]:
        """The tokens of text[start:end]; a ticker is none ("Harlow Inc HLW.N said": Harlow
        speaks, not "N"), being the company's code beside its name."""
        return [
            (m.group(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(self.text, start, end)
            if "." not in m.group() or not TICKER_RE.fullmatch(m.group())
        ]

    def clause_start(self, end: int) -> int:
        """Offset just after the last clause break before `end` (bounded reach)."""
        i = bisect.bisect_right(self.breaks, end) - 1
        lo = max(0, end - CLAUSE_REACH)
        return max(lo, self.breaks[i]) if i >= 0 else lo

    def skip_auxiliaries_back(self, cue_start: int) -> int:
        """Start of the cue phrase once auxiliaries and adverbs before it are included ("had
        said", "also told", "went on to say", "angrily said")."""
        text = self.text
        before = _LAST_WORD_RE.search(text, max(0, cue_start - 24), cue_start)
        if before is None or not _may_precede_cue(before.group(1)):
            return cue_start  # the common case, decided without the regexes below
        lo = max(self.clause_start(cue_start), cue_start - 80)
        start = cue_start
        m = _GO_ON_TO_RE.search(text, max(lo, cue_start - 40), cue_start)
        if m is not None:
            start = m.start()
        m = _AUXILIARY_TAIL_RE.search(text, lo, start)
        return m.start() if m is not None else start

    def subject_before(self, end: int) -> tuple[list[Word], Phrase | None]:
        """The noun phrase that ends at `end` (the subject of a cue verb after it)."""
        quoted = _QUOTED_NAME_RE.search(self.text, max(0, end - 90), end)
        if quoted is not None:
            # "the Command's “Flow Rate Technical Group” announced": the name in marks speaks
            named = self.tokens(quoted.start(1), quoted.end(1))
            if named and all(_is_name_word(t[0]) or _low(t[0]) in NAME_PARTICLES for t in named):
                return named, classify(self.text, named)
        unnamed = self._unnamed_source_before(end)
        if unnamed is not None:
            return unnamed
        lo = self.clause_start(end)
        if self.text[lo - 1 : lo] == ")" and not self.text[lo:end].strip():
            # "Sen. Jack Reed (D-R.I.) said": the party tag is no clause break
            opening = self.text.rfind("(", max(0, lo - 24), lo)
            if opening > 0 and lo - opening < 20:
                lo = self.clause_start(opening)
                end = opening
        toks = self.tokens(max(lo, end - 90), end)
        if not toks:
            return [], None
        last = toks[-1][0]
        if not _is_word(last):
            return [], None
        if last.lower() in PRONOUNS:
            return toks[-1:], _pronoun(toks[-1])
        if _is_possessive(last):
            return [], None  # "Trump's call for …": a noun, not a verb with a subject
        if last in _LONE_SUBJECTS:
            # "Another tweeted, …", "Others said": somebody the text does not name
            return toks[-1:], Phrase("desc", toks[-1][1], toks[-1][2], text=last, definite=False)
        i = len(toks) - 1
        taken: list[Word] = []
        while i >= 0 and len(taken) < _MAX_NP_WORDS:
            tok = toks[i][0]
            low = _low(tok)
            if not _is_word(tok):
                break
            if low in _DETERMINERS or low in _INDEFINITE:
                if taken:
                    taken.append(toks[i])
                break
            if low in _POSSESSIVE_PRONOUNS:
                # "his friend Mahamat Saleh Oumar", not "told her Trump"
                if taken and taken[-1][0].islower():
                    taken.append(toks[i])
                break
            if low in _CONNECTORS and taken and i > 0 and _is_descriptor(toks[i - 1][0]):
                if not taken[-1][0][0].isupper():
                    break
                taken.append(toks[i])
                i -= 1
                continue
            if low in NAME_PARTICLES and taken and tok.islower():
                taken.append(toks[i])
                i -= 1
                continue
            if low == "and" and taken and taken[-1][0][0].isupper():
                # "… the Centers for Disease Control and Prevention said"
                k = i
                while k > 0 and _is_name_word(toks[k - 1][0]):
                    k -= 1
                if k < i and (_body_of_before(toks, k) or _org_head(_low(taken[0][0]))):
                    # …or a body's head ends the name: "the National Disaster Risk Reduction
                    # and Management Council said"
                    taken.append(toks[i])
                    i -= 1
                    continue
            if not taken:
                if not (_is_name_word(tok) or _is_head(tok) or low in NAME_SUFFIXES):
                    break
            elif not _is_descriptor(tok):
                # "the CBI business lobby group said": plain words between a body's name and
                # its group or body noun
                behind = _name_behind(toks, i, taken) or _owner_behind(toks, i, taken)
                if behind is None:
                    break
                taken.extend(reversed(toks[behind : i + 1]))
                i = behind - 1
                continue
            taken.append(toks[i])
            i -= 1
        taken.reverse()
        while taken and taken[0][0].lower() in _CONNECTORS:
            taken.pop(0)
        member = _member_before(toks, i, taken)
        if member:
            # "Inspector Anna Berg of the county police said": the person speaks, not the force
            return member, classify(self.text, member)
        before = i - 1 if i >= 0 and taken and taken[0] is toks[i] else i
        if taken and before >= 0 and _low(toks[before][0]) in _PLACE_PREPOSITIONS:
            # "the survey taken at polling stations across the UK suggests": the place is
            # where, not who; the speaker is further back than this reader reaches
            return [], None
        if (
            taken
            and before >= 0
            and _low(toks[before][0]) == "of"
            and all(_low(w[0]) in PLACES or _low(w[0]) in _DETERMINERS for w in taken)
        ):
            # "the Safety Commission (CPSC) of the United States announced": the place says
            # whose body it is; the body speaks
            body_np, body = self.subject_before(toks[before][1])
            if body_np and body is not None and body.kind in _NAMED_KINDS:
                return body_np, body
        phrase = classify(self.text, taken)
        return self._first_of_joint(toks, taken, phrase) or (taken, phrase)

    def _first_of_joint(
        self, toks: list[Word], taken: list[Word], phrase: Phrase | None
    ) -> tuple[list[Word], Phrase] | None:
        """ "Harlow and Venn Labs said", "Harlow and its partner Venn announced": two named
        parties speaking as one; the first named speaks for both, as a joint statement names
        its lead party first and every report of it then credits the same one (one reader
        taking the second would split one claim in two). None when the subject is no such
        pair, or the two words are one name joined by "and" ("Procter and Gamble"): a single
        word first is a party only where the document also writes it alone."""
        if not taken or phrase is None or phrase.kind not in _NAMED_KINDS:
            return None
        k = next((n for n, t in enumerate(toks) if t[1] == taken[0][1]), 0)
        if k > 0 and _low(toks[k - 1][0]) in _POSSESSIVE_PRONOUNS:
            k -= 1  # "and its German partner Venn"
        if k < 2 or toks[k - 1][0] != "and":
            return None
        first_np, first = self.subject_before(toks[k - 1][1])
        if not first_np or first is None or first.kind not in _NAMED_KINDS:
            return None
        if len(first_np) == 1:
            alone = re.compile(rf"(?<![\w-]){re.escape(first_np[0][0])}\b(?![ \t]+and\b)")
            if alone.search(self.text) is None:
                return None
        first.partner = phrase
        return first_np, first

    def _unnamed_source_before(self, end: int) -> tuple[list[Word], Phrase | None] | None:
        """ "people familiar with the matter said", "a person with knowledge of the plans told
        …": the people speak, described and unnamed; what they know ("the matter") is no
        speaker. A named body's staff ("Harborview executives close to the talks") is that
        body."""
        lo = max(self.clause_start(end), end - 90)
        found = list(SOURCE_QUALIFIER_RE.finditer(self.text, lo, end))
        qualifier = found[-1] if found else None
        if qualifier is None or end - qualifier.end() > _SOURCE_OBJECT_REACH:
            return None
        toks = self.tokens(lo, qualifier.start())
        if not toks or _low(toks[-1][0]) not in SOURCE_NOUNS:
            return None
        k = len(toks) - 1
        while k > 0 and len(toks) - k <= 4:
            word = toks[k - 1][0]
            low = _low(word)
            if low in _DETERMINERS or low in _INDEFINITE or word.isdigit():
                k -= 1
                break
            if word[0].isupper() and low not in SOURCE_NOUNS:
                # "Harborview executives close to the talks": the body's staff speak for it
                return _body_before(self.text, toks[:k])
            if not word.islower() or not _is_descriptor(word):
                break
            k -= 1
        spoken = self.tokens(toks[k][1], end)
        return spoken, _unnamed_source(self.text, toks[k][1], spoken[-1][2])

    def unnamed_source_after(self, np: list[Word], np_end: int) -> tuple[Phrase, int] | None:
        """ "according to people familiar with the matter,", "said a person close to the
        talks.": the source noun phrase read after a cue, with its qualifier and object."""
        # "According To People Familiar With The Matter": a title-cased headline reads the
        # qualifier into the noun phrase; it ends at the word for people
        at = next(
            (
                i
                for i, (word, _s, e) in enumerate(np)
                if _low(word) in SOURCE_NOUNS and SOURCE_QUALIFIER_RE.match(self.text, e)
            ),
            None,
        )
        if at is None:
            return None
        qualifier = SOURCE_QUALIFIER_RE.match(self.text, np[at][2])
        if qualifier is None:
            return None
        stop = _SOURCE_OBJECT_END_RE.search(self.text, qualifier.end())
        if stop is None or not 0 < stop.start() - qualifier.end() <= _SOURCE_OBJECT_REACH:
            return None
        if at and np[at - 1][0][0].isupper() and _low(np[at - 1][0]) not in SOURCE_NOUNS:
            # "Harborview executives close to the talks": the body's staff speak for it
            _words, body = _body_before(self.text, np[:at])
            return (body, np[at][2]) if body is not None else None
        return _unnamed_source(self.text, np[0][1], stop.start()), stop.start()

    def subject_before_asides(self, comma: int) -> Phrase | None:
        """The subject before comma-set asides, from the comma before the cue: "Maria Lopez,
        who heads the agency, said", "Abdul Rahman, 45, a shopkeeper, said", "Michael Briggs,
        a spokesman for Sanders, said"."""
        text = self.text
        end = comma
        for _ in range(4):
            lead = self.clause_start(end)
            if any(c in text[max(0, lead - 1) : end + 1] for c in _QUOTE_MARKS):
                return None  # '… on MSNBC's “Morning Joe,” adding': no aside inside quotes
            np, phrase = self.subject_before(end)
            if np and phrase is not None and phrase.kind in ("person", "single", "org"):
                opening = text[lead : np[0][1]].split()
                if not opening or (len(opening) == 1 and opening[0].lower() in _CONJUNCTIONS):
                    return phrase
            if lead < 2 or text[lead - 1] != "," or end - lead > 160:
                return None
            end = lead - 1
        return None

    def np_after(self, start: int, end: int | None = None) -> tuple[list[Word], int]:
        """The noun phrase that starts at `start` (after an inverted cue, 'according to', or at
        the start of a clause) and where it ends; party tags in brackets ("(D-R.I.)") are
        skipped."""
        hi = min(len(self.text) if end is None else end, start + _NP_REACH)
        stop = _NP_END_RE.search(self.text, start, hi)
        toks = self.tokens(start, stop.start() if stop is not None else hi)
        taken: list[Word] = []
        i = 0
        while i < len(toks) and i < _MAX_NP_WORDS + 4:
            tok, _s, e = toks[i]
            low = _low(tok)
            if i == 0 and low in PRONOUNS:
                return [toks[0]], e
            if not taken and (
                low in _DETERMINERS
                or low in _POSSESSIVE_PRONOUNS
                or low in _DEMONSTRATIVES
                or (low in _INDEFINITE and tok.islower())
            ):
                taken.append(toks[i])
                i += 1
                continue
            if tok == "(" and taken:
                close = next(
                    (k for k in range(i + 1, min(len(toks), i + 8)) if toks[k][0] == ")"), 0
                )
                if close:
                    i = close + 1
                    continue
                break
            if not _is_word(tok):
                break
            if low in _CONNECTORS:
                nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
                if taken and nxt and (nxt[0].isupper() or nxt.lower() == "the"):
                    taken.append(toks[i])
                    i += 1
                    continue
                break
            if low == "the" and taken and taken[-1][0].lower() in _CONNECTORS:
                taken.append(toks[i])
                i += 1
                continue
            if (
                low == "and"
                and i + 1 < len(toks)
                and _is_name_word(toks[i + 1][0])
                and taken
                and _is_name_word(taken[-1][0])
            ):
                # "according to the Centers for Disease Control and Prevention"
                k = len(taken)
                while k > 0 and _is_name_word(taken[k - 1][0]):
                    k -= 1
                if k < len(taken) and _body_of_before(taken, k):
                    taken.append(toks[i])
                    i += 1
                    continue
            if low in NAME_PARTICLES and tok.islower() and taken and taken[-1][0][0].isupper():
                taken.append(toks[i])
                i += 1
                continue
            if _is_name_word(tok) or _is_descriptor(tok) or low in NAME_SUFFIXES:
                taken.append(toks[i])
                i += 1
                continue
            if low in SOURCE_NOUNS and SOURCE_QUALIFIER_RE.match(self.text, e):
                taken.append(toks[i])  # "a person familiar with …": phrase_after reads on
                break
            # "the base chief", "a 2008 Clinton veteran": unlisted words on the way to a head
            if tok.islower() or tok.isdigit():
                k = _head_ahead(toks, i)
                if k:
                    taken.extend(toks[i:k])
                    i = k
                    continue
            break
        while taken and taken[-1][0].lower() in _CONNECTORS | _DETERMINERS:
            taken.pop()
        return taken, taken[-1][2] if taken else start

    def phrase_after(self, start: int, end: int | None = None) -> tuple[Phrase | None, int]:
        """The speaker named by the noun phrase at `start`, with an appositive before or after
        the name ("Marla Kilfoyle, executive director of …", "Rubio's deputy campaign manager,
        Rich Beeson, who …"); and where the phrase ends."""
        text = self.text
        np, np_end = self.np_after(start, end)
        if not np:
            return None, start
        unnamed = self.unnamed_source_after(np, np_end)
        if unnamed is not None:
            return unnamed
        phrase = classify(text, _head_of(np))
        if phrase is None:
            return None, np_end
        phrase.end = max(phrase.end, np_end)
        if text[np_end : np_end + 2] != ", ":
            return phrase, np_end
        after, after_end = self.np_after(np_end + 2, end)
        if not after:
            return phrase, np_end
        other = classify(text, _head_of(after))
        if other is None:
            return phrase, np_end
        if phrase.kind in ("person", "single") and other.kind == "person_desc":
            phrase.alias = phrase.alias or other.alias
            phrase.gender = phrase.gender or other.gender
            return phrase, np_end
        if phrase.kind in ("person_desc", "desc") and other.kind in ("person", "single"):
            closes = after_end >= len(text) or text[after_end] in ",."
            if closes:
                other.alias = other.alias or phrase.alias or phrase.text
                other.gender = other.gender or phrase.gender
                other.start = phrase.start
                return other, after_end
        return phrase, np_end

    def sentence_subject(self, start: int, end: int) -> Phrase | None:
        """The subject of the sentence text[start:end]: the noun phrase it opens with, after an
        introductory phrase ("In an interview with CNN, Trump …", "Asked about it, Clinton …")."""
        toks = self.tokens(start, min(end, start + 40))
        k = 0
        while k < len(toks) and not _is_word(toks[k][0]):
            if toks[k][0] in '“"‘”’':
                return None  # a sentence that opens with a quote has its speaker after it
            k += 1
        if k == len(toks):
            return None
        dateline = _DATELINE_RE.match(self.text, toks[k][1], end)
        if dateline is not None:
            # "WASHINGTON — Sen. Chuck Grassley …", "JACKSON, Miss. - …": the place is no subject
            return self.phrase_after(dateline.end(), end)[0]
        first = toks[k][0].lower()
        if first in INTRO_WORDS or first == "according":
            comma = self.text.find(",", toks[k][1], min(end, start + CLAUSE_REACH))
            if comma < 0:
                return None
            m = _NEXT_WORD_RE.search(self.text, comma + 1, end)
            return self.phrase_after(m.start(), end)[0] if m is not None else None
        return self.phrase_after(toks[k][1], end)[0]


_NEXT_WORD_RE = re.compile(r"\w")
# An adverb or participle opening a sentence, not a one-word name ("Kelly", "Skelly" are names)
_OPENER_NOT_NAME_RE = re.compile(
    r"[A-Z][a-z]+(?:ly,|ing(?:,|[ \t]+(?:to|the|a|an|his|her|their)\b))"
)
# Where a noun phrase read forwards surely ends (brackets are skipped, so they are not here)
_TITLE_TO_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:to|of|for)[ \t]+$")
_NP_END_RE = re.compile(r"[,;:\n“”\"!?]|\.[ \t]+[a-z]")
# A dateline opening a report: "WASHINGTON —", "JACKSON, Miss. -", "LONDON (Reuters) -"
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+)*(?:,[ \t][A-Z][a-z]+\.?)?"
    r"(?:[ \t]\([^()\n]{1,30}\))?[ \t]*[—–-]+[ \t]*"
)
# Auxiliaries and adverbs right before a cue ("had also said", "angrily said").
_WHEN = (
    r"(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier|later)[ \t]+(?:week|month|year|night|morning|spring|summer|fall)"
)
# A focus word between a subject and its verb: "the Metro alone had reported", "the agency
# itself said".
_FOCUS_WORDS = words("alone itself themselves")
# Auxiliaries, adverbs and when before a cue ("had also said", "on Friday declared").
_AUXILIARY_TAIL_RE = re.compile(
    r"(?<![\w’'\-])(?:(?:"
    + word_alternation(AUXILIARIES | _FOCUS_WORDS)
    + r"|[a-z]{2,}ly|"
    + _WHEN
    + r")[ \t]+)+$"
)
_LAST_WORD_RE = re.compile(r"([\w’']+)[ \t]+$")
# a proper name written in quotation marks right before a cue, after its owner's possessive
_QUOTED_NAME_RE = re.compile(
    r"(?:['’]s?)[ \t]+[“\"]([A-Z][\w&.\-’']*(?:[ \t]+[\w&.\-’']+){0,6})[”\"][ \t]*$"
)
_WHEN_WORDS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    week month year spring summer fall to
    """
)


@functools.lru_cache(maxsize=4096)
def _may_precede_cue(word: str) -> bool:
    """Whether the word before a cue may be an auxiliary, adverb or time of day."""
    low = word.lower()
    return low in AUXILIARIES or low in _FOCUS_WORDS or low in _WHEN_WORDS or low.endswith("ly")


# "went on to say", "took to Twitter to write": the subject is before the whole phrase
_GO_ON_TO_RE = re.compile(
    r"\b(?:(?:went|goes|go|going|gone)[ \t]+on|continued|continues|proceeded|began|begins"
    r"|(?:took|takes|taking|turned)[ \t]+to[ \t]+[A-Z]\w+)[ \t]+to[ \t]+$"
)


@dataclass(slots=True)
class Phrase:
    """A classified noun phrase: who it names, before resolution against the registry."""

    # "pronoun" | "person" | "single" | "org" | "person_desc" | "org_desc" | "desc"
    kind: str
    start: int
    end: int
    name: str | None = None
    alias: str | None = None
    head: str | None = None
    definite: bool = True
    gender: str | None = None  # "m" | "f" | None
    text: str = ""  # the words as written, for an unnamed speaker's description
    # the second of two parties speaking as one ("Harlow and Venn said"): it speaks too, though
    # the first named is the one credited
    partner: Phrase | None = None


# what an unnamed source knows: up to the end of its clause, within this reach
_SOURCE_OBJECT_REACH = 60
_SOURCE_OBJECT_END_RE = re.compile(
    r"[,;:\n“”\"!?()]|\.(?=\s|$)|$|[ \t]+(?:who|which|that|because|and|but|said|says|told)\b"
)


def _names_somebody(phrase: Phrase) -> bool:
    """Whether a phrase names a speaker beyond a word for people ("Harborview executives" does,
    "People" in a title-cased headline does not)."""
    if phrase.kind not in ("person", "single", "org") or not phrase.name:
        return False
    return any(_low(w) not in SOURCE_NOUNS for w in phrase.name.split())


def _body_before(text: str, words: list[Word]) -> tuple[list[Word], Phrase | None]:
    """The run of capitalised words that ends `words`, and the speaker it names."""
    k = len(words)
    while k > 0 and words[k - 1][0][0].isupper():
        k -= 1
    return words[k:], classify(text, words[k:])


def _unnamed_source(text: str, start: int, end: int) -> Phrase:
    words = " ".join(normalise_apostrophes(text[start:end]).split())
    return Phrase("desc", start, end, text=words, definite=False)


def _span_text(text: str, words: list[Word]) -> str:
    return " ".join(normalise_apostrophes(text[words[0][1] : words[-1][2]]).split())


def _has_role(words: list[Word]) -> bool:
    return any(_low(w) in ROLE_CLASSES or _low(w) in TITLES for w, _s, _e in words)


def _gender(words: list[Word]) -> str | None:
    for word, _s, _e in words:
        low = _low(word)
        if low in MALE_WORDS:
            return "m"
        if low in FEMALE_WORDS:
            return "f"
    return None


def _role_class(words: list[Word]) -> str | None:
    found = None
    for word, _s, _e in words:
        found = ROLE_CLASSES.get(_low(word), found)
    return found


def _desc_alias(text: str, words: list[Word]) -> str:
    alias = _span_text(text, words)
    return "the " + alias[4:] if alias.startswith("The ") else alias


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _initials(name: str) -> str | None:
    """ "PSG" for "Paris Saint-Germain", "USGS" for "US Geological Survey": the first letters
    of the capitalised words (an acronym word whole), or None for one word."""
    parts = [p for p in re.split(r"[\s\-‑]+", name) if p and p[0].isupper()]
    if len(parts) < 2:
        return None
    return "".join(p if _is_acronym(p) else p[0] for p in parts)


def _name_behind(toks: list[Word], i: int, taken: list[Word]) -> int:
    """The index of a capitalised name a body's group or head noun (taken[0]) reaches back to
    over plain lowercase words ending at toks[i] (at most two), or 0 when there is none."""
    head = _low(taken[0][0])
    if head not in GROUP_NOUNS and head not in ORG_HEADS:
        return 0
    for k in range(i, max(-1, i - 3), -1):
        tok = toks[k][0]
        if k < i and _is_name_word(tok) and (tok.isupper() or _low(tok) in KNOWN_ORGS):
            return k if k > 0 and _low(toks[k - 1][0]) in _DETERMINERS else 0
        if not tok.isalpha() or not tok.islower() or _low(tok) in NP_STOP:
            return 0
    return 0


def _owner_behind(toks: list[Word], i: int, taken: list[Word]) -> int | None:
    """ "the Board's official recall page notes": the index of a named owner's possessive a
    document noun (taken[0]) reaches back to over plain lowercase words ending at toks[i] (at
    most three), its determiner included, or None when there is none. The document speaks
    for its owner (see `classify`)."""
    if _low(taken[0][0]) not in DOCUMENT_NOUNS:
        return None
    for k in range(i, max(-1, i - 4), -1):
        tok = toks[k][0]
        if k < i and _is_possessive(tok) and _is_name_word(tok):
            # the owner's whole name: "the Harbour Institute's latest figures"
            while k > 0 and _is_name_word(toks[k - 1][0]) and not _is_possessive(toks[k - 1][0]):
                k -= 1
            return k - 1 if k > 0 and _low(toks[k - 1][0]) in _DETERMINERS else k
        if not tok.isalpha() or not tok.islower() or _low(tok) in NP_STOP:
            return None
    return None


_MEMBER_CONNECTORS = frozenset(("of", "with", "at", "from"))


def _member_before(toks: list[Word], i: int, taken: list[Word]) -> list[Word]:
    """ "Anna Berg of the county police", "Inspector Tomas Lind with the fire service": the
    words of a person's name (a title before it included) before "of"/"with"/"at" and a body
    written in lower case after a determiner, or [] when the phrase is no such body."""
    if len(taken) >= 2 and i >= 3 and taken[0] is toks[i] and _low(taken[0][0]) == "the":
        seq, c = toks[: i + len(taken)], i - 1  # the reader stopped at "the"
    else:
        # "Anna Berg of Nepal's national police": the reader took it all in
        c = next((c for c, w in enumerate(taken) if _low(w[0]) in _MEMBER_CONNECTORS), -1)
        if c < 2 or len(taken) < c + 3 or not _is_possessive(taken[c + 1][0]):
            return []
        if not taken[c + 1][0][0].isupper():
            return []
        seq = taken
    if _low(seq[c][0]) not in _MEMBER_CONNECTORS:
        return []
    if not all(w[0].isalpha() and w[0].islower() for w in seq[c + 2 :]):
        return []  # the body after it is written in lower case: no name of its own
    k = c
    while k > 0 and _is_name_word(seq[k - 1][0]) and not _is_possessive(seq[k - 1][0]):
        k -= 1
    if not 2 <= c - k <= 3 or any(_is_acronym(w[0]) for w in seq[k:c]):
        return []
    if any(_low(w[0]) in ORG_HEADS or _low(w[0]) in PLACES for w in seq[k:c]):
        return []  # "the Ministry of …", "Nepal": a body or a place, not a person
    while k > 0 and seq[k - 1][0][0].isupper() and _low(seq[k - 1][0]) in TITLES:
        k -= 1  # "Inspector", "Detective Sgt."
    return list(seq[k:c])


def _org_head(low: str) -> bool:
    """A body's head word, or its plural ("the Centers for Disease Control")."""
    return low in ORG_HEADS or (low.endswith("s") and low[:-1] in ORG_HEADS)


def _body_of_before(words: list[Word], k: int) -> bool:
    """Whether words[:k] ends in a capitalised body's head and "of" or "for" ("Centers for")."""
    return (
        k >= 2
        and _low(words[k - 1][0]) in ("of", "for")
        and words[k - 2][0][0].isupper()
        and _org_head(_low(words[k - 2][0]))
    )


def _org_like(words: list[Word]) -> bool:
    """Capitalised words that name an organisation rather than a person."""
    last = _low(words[-1][0])
    if any(_SITE_RE.search(w) for w, _s, _e in words):
        return True  # "Amazon.com Inc.", "Tarnby.com": a company named by its site
    if last in ORG_HEADS or last in KNOWN_ORGS or "/" in words[-1][0]:
        return True  # "BBC/ITV/Sky": names joined by slashes are bodies acting together
    if len(words) == 1 and (last in PLACES or _is_acronym(words[0][0])):
        return True
    return any(_low(w) in KNOWN_ORGS for w, _s, _e in words) and all(
        _low(w) in KNOWN_ORGS or _low(w) in PLACES for w, _s, _e in words
    )


_SITE_RE = re.compile(r"\.(?:com|net|org)$")
_DOTTED_RE = re.compile(r"\b((?:[A-Z]\.){2,})(?=\s)")


def _org_name(text: str, words: list[Word]) -> str:
    """The organisation's name; an acronym inside it loses its periods ("U.S. Geological
    Survey" and "US Geological Survey" are one name)."""
    if len(words) == 1:
        low = _low(words[0][0])
        if low in KNOWN_ORGS:
            return KNOWN_ORGS[low]
    name = strip_possessive(_span_text(text, words))
    return _DOTTED_RE.sub(lambda m: m.group(1).replace(".", ""), name) if "." in name else name


def _org_phrase(text: str, start: int, end: int, words: list[Word], whole: str) -> Phrase:
    """An organisation's phrase; its name as written is an alias when the name differs."""
    name = _org_name(text, words)
    written = strip_possessive(_span_text(text, words))
    return Phrase(
        "org", start, end, name=name, alias=written if written != name else None, text=whole
    )


def _pronoun(word: Word) -> Phrase:
    return Phrase("pronoun", word[1], word[2], head=word[0].lower())


def _in_name(words: list[Word], j: int) -> bool:
    """Whether words[j - 1] belongs to the name that ends the phrase words[:j]..."""
    word = words[j - 1][0]
    low = _low(word)
    last = j == len(words)
    if _is_name_word(word):
        return last or not _is_possessive(word)
    if last:
        # "Jr." ends a name; "Amy Pope", "Larry King": a title word after a first name
        if low in NAME_SUFFIXES:
            return True
        if not (word[0].isupper() and low in TITLES and j >= 2):
            return False
        first = words[j - 2][0]
        first_low = _low(first)
        return (
            _is_name_word(first)
            and not _is_possessive(first)
            and not first.isupper()
            and first_low not in TITLES
            and first_low not in PLACES
            and first_low not in KNOWN_ORGS
            and first_low not in ORG_HEADS
        )
    # "Bill de Blasio": a lowercase particle between capitalised words
    return low in NAME_PARTICLES and word.islower() and j > 1 and _is_name_word(words[j - 2][0])


def classify(text: str, np: list[Word]) -> Phrase | None:
    """What a noun phrase (words only, determiner first if any) names; None when nothing."""
    if not np:
        return None
    start, end = np[0][1], np[-1][2]
    if len(np) == 1 and np[0][0].lower() in PRONOUNS:
        return _pronoun(np[0])
    words = list(np)
    first = words[0][0].lower()
    definite = first not in _INDEFINITE
    if first in _DETERMINERS or first in _INDEFINITE or first in _POSSESSIVE_PRONOUNS:
        words = words[1:]
    if not words:
        return None
    whole = _span_text(text, np)
    gender = _gender(np)
    # the name: capitalised words at the end of the phrase
    j = len(words)
    while j > 0 and _in_name(words, j):
        j -= 1
    while j < len(words) and _low(words[j][0]) in NAME_PARTICLES | NAME_SUFFIXES:
        j += 1
    name_words = words[j:]
    rest = words[:j]
    # "Apple LogoApple today announced": an image's alt text ("… Logo") glued to the article's
    # first word; the name is what follows the glue, the alt text no part of the phrase
    for k in range(len(name_words) - 1, -1, -1):
        glued = _GLUED_ALT_RE.match(name_words[k][0])
        if glued is not None:
            _w, w_start, w_end = name_words[k]
            name_words = [(glued.group(1), w_start + glued.start(1), w_end)] + name_words[k + 1 :]
            rest = []
            break
    # "the Butte County Sheriff's Office", "the Governor's Office": a body named by its holder,
    # one head word after a capitalised possessive, keeps the possessive in its name
    if (
        len(name_words) == 1
        and _low(name_words[0][0]) in ORG_HEADS
        and rest
        and _is_possessive(rest[-1][0])
        and rest[-1][0][0].isupper()
        and _low(rest[-1][0]) in TITLES
    ):
        k = len(rest) - 1
        while k > 0 and rest[k - 1][0][0].isupper() and rest[k - 1][0].lower() not in _DETERMINERS:
            k -= 1
        name_words = rest[k:] + name_words
        rest = rest[:k]
    # "Ambassador to India Farid Mamundzay": the word after the preposition is its object
    if (
        name_words
        and rest
        and rest[-1][0].lower() in _CONNECTORS
        and (len(name_words) >= 3 or _low(name_words[0][0]) in PLACES)
    ):
        rest = rest + name_words[:1]
        name_words = name_words[1:]
    # "the Centers for Disease Control and Prevention", "Department of Health and Human
    # Services": "and" between capitalised words after a body's "of" joins its name
    if name_words and rest and _low(rest[-1][0]) == "and":
        k = len(rest) - 1
        while k > 0 and _is_name_word(rest[k - 1][0]) and not _is_possessive(rest[k - 1][0]):
            k -= 1
        headed = _org_head(_low(name_words[-1][0]))  # "… Reduction and Management Council"
        if (_body_of_before(rest, k) or headed) and k < len(rest) - 1:
            name_words = rest[k:] + name_words
            rest = rest[:k]
    # "the Ministry of Civil Affairs", "Bureau of Labor Statistics": a capitalised body, "of",
    # then its name are one organisation's name
    while (
        name_words
        and len(rest) >= 2
        and _low(rest[-1][0]) in ("of", "for")
        and rest[-2][0][0].isupper()
        and _org_head(_low(rest[-2][0]))
    ):
        name_words = rest[-2:] + name_words
        rest = rest[:-2]
        # "the National Bureau of Statistics", "the Federal Bureau of Investigation": the
        # capitalised words before the body's head are its name too
        while (
            rest
            and _is_name_word(rest[-1][0])
            and not _is_possessive(rest[-1][0])
            and _low(rest[-1][0]) not in PLACES
            and not _is_acronym(rest[-1][0])
        ):
            name_words = rest[-1:] + name_words
            rest = rest[:-1]
    # "Secretary to the Cabinet Rene Almendras": the phrase opens after a title's connector,
    # so its first word, a body, is the title's object and the name the two words after it
    if (
        first == "the"
        and not rest
        and len(name_words) == 3
        and _low(name_words[0][0]) in ORG_HEADS
        and not _org_like(name_words)
    ):
        title = _TITLE_TO_RE.search(text, max(0, start - 40), start)
        if title is not None and (
            _low(title.group(1)) in TITLES or title.group(1).lower() in ROLE_CLASSES
        ):
            rest = name_words[:1]
            name_words = name_words[1:]
    # "the Coordination of Humanitarian Affairs": after "the", a capitalised word that is no
    # title, then "of", and the capitalised words that close the phrase name one body, not a
    # person called by the last of them ("the Duke of Tarnby" keeps its title)
    if (
        first == "the"
        and len(rest) == 2
        and _low(rest[1][0]) == "of"
        and rest[0][0][0].isupper()
        and _low(rest[0][0]) not in TITLES
        and _low(rest[0][0]) not in ROLE_CLASSES
        and len(name_words) >= 2
    ):
        return None
    # "Russian President Vladimir Putin", "Chinese Premier Li Qiang": the place describes; but
    # "Paris Saint-Germain", "Chinese Xi" keep it, as one word alone would be no full name
    while name_words and _low(name_words[0][0]) in PLACES and len(name_words) > 2:
        if _org_like(name_words):
            break
        rest = rest + name_words[:1]
        name_words = name_words[1:]
    bare = list(rest)
    while bare and _low(bare[-1][0]) in TITLES and bare[-1][0][0].isupper():
        bare.pop()  # "a spokesman for Governor Lee Baptiste": look past the title
    while bare and bare[-1][0].lower() in _DETERMINERS:
        bare.pop()  # "a spokesman for the Ministry of Defence"
    if name_words and bare and bare[-1][0].lower() in _CONNECTORS and _has_role(bare):
        # "a spokesman for Bernie Sanders": the spokesman speaks, not Sanders
        return Phrase(
            "person_desc",
            start,
            end,
            head=_role_class(rest),
            alias=_desc_alias(text, np),
            definite=definite,
            gender=gender,
            text=_desc_alias(text, np),
        )
    if name_words:
        alias = None
        if rest and _has_role(rest):
            alias = _span_text(text, np[: len(np) - len(words)] + rest)
            alias = "the " + alias[4:] if alias.startswith("The ") else alias
        low_names = [_low(w) for w, _s, _e in name_words]
        described_as_org = bool(rest) and _low(rest[-1][0]) in ORG_HEADS and rest[-1][0].islower()
        if (
            _org_like(name_words)
            or (first == "the" and not rest and not _has_role(rest))
            or described_as_org
        ):
            # "the Red Cross", "Militant group Al-Shabaab": the descriptive words are dropped
            return _org_phrase(text, start, end, name_words, whole)
        if len(name_words) == 1 and (
            low_names[0] in GROUP_NOUNS or (not definite and low_names[0] in _MEMBER_NOUNS)
        ):
            # "Democrats", "one senior Democrat", "an American": a group or an unnamed member
            return Phrase("desc", start, end, text=whole, definite=definite)
        if any(w[0].isupper() and w.isupper() and len(w) > 1 for w, _s, _e in name_words[-1:]):
            return _org_phrase(text, start, end, name_words, whole)
        name = strip_possessive(_span_text(text, name_words))
        if len(name_words) == 1 and not rest and _OPENER_NOT_NAME_RE.match(text, name_words[0][1]):
            return None  # "Hastily, …", "Continuing to explain, …": not a surname
        if len(name_words) >= 2:
            return Phrase("person", start, end, name=name, alias=alias, gender=gender, text=whole)
        return Phrase(
            "single",
            start,
            end,
            name=name,
            alias=alias,
            head="role" if rest and _has_role(rest) else None,
            gender=gender,
            text=whole,
        )
    # no name: a description ending in a lowercase head
    head = _low(words[-1][0])
    capitals = [w for w in words[:-1] if w[0][0].isupper()]
    if head in DOCUMENT_NOUNS:
        owners = [w for w in words[:-1] if _is_possessive(w[0]) and w[0][0].isupper()]
        if owners:
            # the owner's whole name: "the Harbour Institute's figures"
            k = at = words.index(owners[-1])
            while k > 0 and _is_name_word(words[k - 1][0]) and not _is_possessive(words[k - 1][0]):
                k -= 1
            owner = classify(text, words[k : at + 1])
            if owner is not None and owner.kind in ("person", "single", "org"):
                owner.start, owner.end = start, end
                return owner
        return Phrase("desc", start, end, text=_desc_alias(text, np), definite=definite)
    if head in ORG_HEADS and head not in ROLE_CLASSES:
        if capitals:
            at = words.index(capitals[0])
            tail = words[at:]
            if (
                len(capitals) == 1
                and _is_acronym(capitals[0][0])
                and capitals[0][0].lower() not in PLACES
                and len(tail) >= 3
            ):
                # "the CBI business lobby group": the body is named by its initials
                return _org_phrase(text, start, end, capitals, whole)
            if len(capitals) == 1 and not _is_possessive(capitals[0][0]) and 3 <= len(tail) <= 4:
                # "the French interior ministry" is the French Interior Ministry
                name = " ".join(w if w[0].isupper() else w.capitalize() for w, _s, _e in tail)
                return Phrase("org", start, end, name=name, text=whole)
            run = capitals
            name = " ".join(strip_possessive(normalise_apostrophes(w)) for w, _s, _e in run)
            return Phrase("org", start, end, name=f"{name} {words[-1][0]}", text=whole)
        return Phrase(
            "org_desc", start, end, head=head, alias=_desc_alias(text, np), definite=definite
        )
    role = ROLE_CLASSES.get(head)
    if role == "officials" or head in GROUP_NOUNS:
        named = capitals[-1:]
        generic = bool(named) and _low(named[0][0]) in ORG_HEADS - KNOWN_ORGS.keys()
        if named and _org_like(named) and not (generic and len(capitals) == 1):
            # "Taliban officials", "Pentagon officials"; not "Union officials" (no name)
            return _org_phrase(text, start, end, named, whole)
        return Phrase("desc", start, end, text=_desc_alias(text, np), definite=definite)
    if role is not None or _is_head(words[-1][0]):
        return Phrase(
            "person_desc",
            start,
            end,
            head=role,
            alias=_desc_alias(text, np),
            definite=definite,
            gender=gender,
            text=_desc_alias(text, np),
        )
    return None


def _head_ahead(toks: list[Word], i: int) -> int:
    """The index just past a head (a role, group or body noun, or a name) reached from toks[i]
    over at most three other plain words, or 0 when there is none."""
    for k in range(i, min(len(toks), i + 4)):
        tok = toks[k][0]
        if not _is_word(tok) or _low(tok) in NP_STOP:
            return 0
        if _is_head(tok) or (k > i and _is_name_word(tok)):
            return k + 1
    return 0


def _head_of(np: list[Word]) -> list[Word]:
    """The phrase up to its first connector: "director of the Institute" -> "director";
    "Ambassador to India Farid Mamundzay" is kept whole (a name follows the connector)."""
    for k, (word, _s, _e) in enumerate(np):
        if word.lower() in _CONNECTORS and k:
            after = [w for w in np[k + 1 :] if w[0].lower() != "the"]
            head = np[k - 1][0]
            if head[0].isupper() and _org_head(_low(head)) and after and after[0][0][0].isupper():
                continue  # "the Tarnby Office of Statistics": the body's name goes on
            if k >= 2 and _is_name_word(np[k - 1][0]) and _is_name_word(np[k - 2][0]):
                return np[:k]  # "Harold J. Benning of Marlow Freight Ltd.": the name came first
            after = [w for w in np[k + 1 :] if w[0].lower() != "the"]
            names = [w for w in after if _is_name_word(w[0])]
            if len(names) >= 3 or (names and len(names) == len(after) and len(names) >= 2):
                continue
            return np[:k]
    return np


def alias_key(alias: str) -> str:
    key = normalise_apostrophes(alias).lower().replace("'s ", " ")
    return key[4:] if key.startswith("the ") else key


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    speaks: bool = False
    acts_as_body: bool = False  # the subject of an official act (see SpeakerMention)
    venue: str | None = None
    gender: str | None = None

    def add_alias(self, alias: str | None) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_written(self, phrase: Phrase) -> None:
        """How the text named a person besides the full name, kept as aliases so that another
        source naming them the same way finds them: the surname alone ("Correa" for Rafael
        Correa) and the role written before the name ("Vice President Jorge Glas")."""
        if self.kind != "person" or not phrase.name:
            return
        written = phrase.text[4:] if phrase.text.lower().startswith("the ") else phrase.text
        if self.name.lower().endswith(" " + written.lower()):
            self.add_alias(written)  # "Le Pen", never "Pen" out of it
        role = (phrase.alias or "").lower().removeprefix("the ")
        if role and phrase.text.endswith(" " + phrase.name) and written.lower().startswith(role):
            self.add_alias(written)

    def role_classes(self) -> set[str]:
        found = set()
        for alias in self.aliases:
            for word in alias.split():
                role = ROLE_CLASSES.get(_low(word))
                if role:
                    found.add(role)
        return found


@dataclass(slots=True)
class Resolution:
    entity: Entity
    speaker_from: str  # "name" | "alias" | "pronoun"

    # read through to the entity: a later, fuller mention may still rename it
    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def kind(self) -> str:
        return self.entity.kind


_GENDERED_PRONOUN_RE = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.I)
_HONORIFIC_NAME_RE = re.compile(r"(Mrs?|Ms|Miss|Sir|Dame|Lady|Lord)\.?[ \t]+([A-Z][\w’'\-]+)")


class Registry:
    """The speakers of one document, resolved in text order (pronouns look backwards)."""

    def __init__(self, text: str = "") -> None:
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.mentions: list[str] = []  # canonical names, most recent last
        # "Mrs. Clinton" anywhere in the text tells which Clinton "she" can be
        self.surname_gender: dict[str, str] = {}
        for m in _HONORIFIC_NAME_RE.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue  # starts with the honorific itself for speed; the boundary is here
            self.surname_gender.setdefault(m.group(2), _gender([(m.group(1), 0, 0)]) or "")

    def _latest(self, accept) -> Entity | None:
        for name in reversed(self.mentions[-RECENT_MENTIONS:]):
            entity = self.entities[name]
            if accept(entity):
                return entity
        return None

    def _person(self, name: str, gender: str | None = None) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            parts = name.split()
            for known in self.by_surname.get(parts[-1], ()):
                other = known.name.split()
                if set(parts) <= set(other) or set(other) <= set(parts):
                    if len(parts) > len(other):  # keep the fuller spelling as canonical
                        del self.entities[known.name]
                        self.mentions = [name if m == known.name else m for m in self.mentions]
                        known.name = name
                        self.entities[name] = known
                        if len(parts) > 1:
                            self.by_first.setdefault(parts[0], []).append(known)
                    entity = known
                    break
        if entity is None:
            entity = self._spelled_out(name)
        if entity is None:
            entity = Entity(name, "person")
            self.entities[name] = entity
            parts = name.split()
            self.by_surname.setdefault(parts[-1], []).append(entity)
            if len(parts) > 1:
                self.by_first.setdefault(parts[0], []).append(entity)
        if entity.gender is None:
            entity.gender = gender or self.surname_gender.get(name.split()[-1]) or None
        return entity

    def _org(self, name: str) -> Entity:
        entity = (
            self.entities.get(name)
            or self._abbreviated(name)
            or self._spelled_out(name)
            or self._shortened(name)
        )
        if entity is None:
            entity = Entity(name, "organisation")
            self.entities[name] = entity
        return entity

    def _shortened(self, name: str) -> Entity | None:
        """'the Interior Ministry' after 'the French Interior Ministry': a body named again by
        the end of its name (two words or more) is the one named in full, when only one is."""
        if " " not in name:
            return None
        ending = " " + name.lower()
        found = [
            e
            for e in self.entities.values()
            if e.kind == "organisation" and e.name.lower().endswith(ending)
        ]
        if len(found) != 1:
            return None
        found[0].add_alias(name)
        return found[0]

    def _abbreviated(self, acronym: str) -> Entity | None:
        """'PSG' after 'Paris Saint-Germain': an acronym of a name already in the document is
        that speaker (the acronym becomes an alias); of three words or more, an organisation
        ('JK' after 'Jonas Kirk' stays a person)."""
        if not _is_acronym(acronym) or "." in acronym:
            return None
        for entity in self.entities.values():
            if _initials(entity.name) == acronym:
                if len(acronym) >= 3:
                    entity.kind = "organisation"
                entity.add_alias(acronym)
                return entity
        return None

    def _spelled_out(self, name: str) -> Entity | None:
        """'Paris Saint-Germain' after 'PSG': the organisation known so far by the acronym
        takes the full name (the acronym stays as an alias)."""
        acronym = _initials(name)
        known = self.entities.get(acronym) if acronym else None
        if known is None or known.kind != "organisation":
            return None
        del self.entities[acronym]  # type: ignore[arg-type]
        self.mentions = [name if m == acronym else m for m in self.mentions]
        known.name = name
        known.add_alias(acronym)
        self.entities[name] = known
        return known

    def resolve(self, phrase: Phrase | None) -> Resolution | None:
        if phrase is None:
            return None
        entity: Entity | None = None
        how = "name"
        if phrase.kind == "pronoun":
            entity = self._pronoun(phrase.head or "")
            how = "pronoun"
        elif phrase.kind == "person":
            entity = self._person(phrase.name or "", phrase.gender)
            entity.add_alias(phrase.alias)
            entity.add_written(phrase)
        elif phrase.kind == "single":
            word = (phrase.name or "").lower()
            known = self._person_by_one_name(phrase.name or "")
            if known is not None:
                entity = known
                entity.gender = entity.gender or phrase.gender
            elif phrase.head == "role":
                entity = self._person(phrase.name or "", phrase.gender)
            elif word in KNOWN_ORGS or word in PLACES:
                entity = self._org(KNOWN_ORGS.get(word, phrase.name or ""))
            else:
                entity = self._person(phrase.name or "", phrase.gender)
            entity.add_alias(phrase.alias)
            entity.add_written(phrase)
        elif phrase.kind == "org":
            entity = self._org(phrase.name or "")
            entity.add_alias(phrase.alias)
        elif phrase.kind in ("person_desc", "org_desc"):
            if not phrase.definite:
                return None
            entity = self._by_alias(phrase)
            how = "alias"
            if entity is not None:
                entity.add_alias(phrase.alias)
        if entity is None:
            return None
        self.mentions.append(entity.name)
        return Resolution(entity, how)

    def _pronoun(self, pronoun: str) -> Entity | None:
        wanted = PRONOUNS.get(pronoun)
        if wanted is None:
            return None
        if wanted == "person":
            gender = "m" if pronoun == "he" else "f"
            entity = self._recent_person(gender)
            if entity is not None and entity.gender is None:
                entity.gender = gender  # "Clinton … she said": Clinton is "she" from now on
            return entity
        if pronoun == "they":
            # "they" stands for a body or a group, never one named person: "Mayor Ruiz spoke.
            # Organizers said they counted 40,000" is the organizers' count, not the mayor's
            latest = self._latest(lambda e: True)
            # (a one-word name stays: "Pfizer" may be read as a person for want of a first name)
            named_person = latest is not None and latest.kind == "person" and " " in latest.name
            return None if named_person else latest
        return self._latest(lambda e: wanted == "any" or e.kind == wanted)

    def _recent_person(self, gender: str) -> Entity | None:
        """The nearest person 'he' or 'she' can be: among the last few people mentioned, the
        nearest known to be that gender, else the nearest whose gender is not known."""
        seen: list[Entity] = []
        for name in reversed(self.mentions[-RECENT_MENTIONS:]):
            entity = self.entities[name]
            if entity.kind != "person" or entity in seen:
                continue
            seen.append(entity)
            if entity.gender == gender:
                return entity
            if len(seen) == _PRONOUN_CANDIDATES:
                break
        return next((e for e in seen if e.gender is None), None)

    def note_gender(self, entity: Entity, following: str) -> None:
        """A person whose sentence goes on with only 'he/his/him' (or only 'she/her') is
        that gender from now on ('Clinton said her plan …'), unless already known."""
        if entity.kind != "person" or entity.gender is not None:
            return
        found = {_gender([(w, 0, 0)]) for w in _GENDERED_PRONOUN_RE.findall(following)}
        if len(found) == 1:
            entity.gender = found.pop()

    def knows(self, word: str) -> bool:
        """Whether one word already names somebody in this document."""
        return word in self.entities or word in self.by_surname or word in self.by_first

    def _person_by_one_name(self, word: str) -> Entity | None:
        found = self.by_surname.get(word)
        if found:
            return found[-1]
        first = self.by_first.get(word)
        if first and len(first) == 1:
            return first[0]
        return None

    def _by_alias(self, phrase: Phrase) -> Entity | None:
        key = alias_key(phrase.alias or "")
        for name in reversed(self.mentions[-RECENT_MENTIONS:]):
            entity = self.entities[name]
            if any(alias_key(a) == key for a in entity.aliases):
                return entity
        if phrase.kind == "org_desc":
            head = phrase.head or ""
            return self._latest(lambda e: e.kind == "organisation" and head in e.name.lower())
        role = phrase.head
        if role is None:
            return None
        # "the Florida senator" is a senator whose aliases say Florida, not any senator
        marks = [w for w in (phrase.alias or "").split() if w[:1].isupper() and w != "The"]
        return self._latest(
            lambda e: (
                e.kind == "person"
                and role in e.role_classes()
                and (phrase.gender is None or e.gender in (None, phrase.gender))
                and all(any(mark in alias for alias in e.aliases) for mark in marks)
            )
        )

    def speaker_mentions(self) -> list[SpeakerMention]:
        return [
            SpeakerMention(e.name, e.kind, tuple(e.aliases), acts_as_body=e.acts_as_body)
            for e in self.entities.values()
            if e.speaks
        ]
