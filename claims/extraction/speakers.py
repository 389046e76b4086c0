"""Who speaks: noun phrases around cue verbs and role words, and a registry that links a doc's
names, role phrases ("the Afghan envoy") and pronouns to one speaker each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .candidates import SpeakerMention
from .lexicon import (
    AUXILIARIES,
    CAPITAL_STOP,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_HEADS,
    PLACES,
    PRONOUNS,
    ROLE_CLASSES,
    ROLE_MODIFIERS,
)
from .text import is_capitalised, normalise_apostrophes, strip_possessive, words_in

Word = tuple[str, int, int]

_CONNECTORS = frozenset(("of", "to", "for"))
_DETERMINERS = frozenset(("the", "a", "an"))
# Clause breaks: a noun phrase never crosses these.
_BREAK_RE = re.compile(r"[,;:()\[\]“”\"«»—–!?\n]|\.(?=\s|$)")
_MAX_NP_WORDS = 10
CLAUSE_REACH = 200
# Pronouns and role phrases look back this many mentions at most (keeps long texts linear).
RECENT_MENTIONS = 200


def _lower_base(word: str) -> str:
    return strip_possessive(normalise_apostrophes(word)).lower()


def _is_np_word(word: str) -> bool:
    lw = word.lower()
    base = _lower_base(word)
    if base in ROLE_CLASSES or lw in ROLE_MODIFIERS or base in ORG_HEADS:
        return True
    return is_capitalised(word) and lw not in CAPITAL_STOP and lw not in PRONOUNS


def clause_start(text: str, end: int) -> int:
    """Offset just after the last clause break before `end` (bounded reach)."""
    lo = max(0, end - CLAUSE_REACH)
    start = lo
    for m in _BREAK_RE.finditer(text, lo, end):
        start = m.end()
    return start


def clause_end(text: str, start: int) -> int:
    hi = min(len(text), start + CLAUSE_REACH)
    m = _BREAK_RE.search(text, start, hi)
    return m.start() if m else hi


def skip_auxiliaries_back(text: str, cue_start: int) -> int:
    """Start of the cue phrase once auxiliaries and adverbs before it are included ("had said")."""
    lo = clause_start(text, cue_start)
    words = words_in(text, lo, cue_start)
    start = cue_start
    for word, s, _e in reversed(words):
        if word.lower() in AUXILIARIES:
            start = s
        else:
            break
    return start


def np_backward(text: str, end: int) -> list[Word]:
    """The noun phrase that ends at `end` (subject of a following cue verb)."""
    words = words_in(text, clause_start(text, end), end)
    if not words:
        return []
    if words[-1][0].lower() in PRONOUNS:
        return [words[-1]]
    taken: list[Word] = []
    i = len(words) - 1
    while i >= 0 and len(taken) < _MAX_NP_WORDS:
        word = words[i][0]
        lw = word.lower()
        if lw in _DETERMINERS:
            if taken:
                taken.append(words[i])
            break
        if lw in _CONNECTORS:
            if taken and i > 0 and _is_np_word(words[i - 1][0]):
                taken.append(words[i])
                i -= 1
                continue
            break
        if not _is_np_word(word):
            break
        taken.append(words[i])
        i -= 1
    taken.reverse()
    while taken and taken[0][0].lower() in _CONNECTORS:
        taken.pop(0)
    return taken


def np_forward(text: str, start: int, continuing: bool = False) -> list[Word]:
    """The noun phrase that starts at `start` (after an inverted cue or 'according to');
    `continuing` when it extends a phrase already begun ("Ambassador| to India")."""
    words = words_in(text, start, clause_end(text, start))
    taken: list[Word] = []
    for i, (word, s, e) in enumerate(words[: _MAX_NP_WORDS + 2]):
        lw = word.lower()
        if i == 0 and lw in PRONOUNS:
            return [(word, s, e)]
        if i == 0 and lw in _DETERMINERS:
            taken.append((word, s, e))
            continue
        if lw in _CONNECTORS:
            if (taken or continuing) and i + 1 < len(words) and _is_np_word(words[i + 1][0]):
                taken.append((word, s, e))
                continue
            break
        if not _is_np_word(word):
            break
        taken.append((word, s, e))
    while taken and taken[-1][0].lower() in _CONNECTORS | _DETERMINERS:
        taken.pop()
    return taken


@dataclass(slots=True)
class Phrase:
    """A classified noun phrase: who it names, before resolution against the registry."""

    kind: str  # "pronoun" | "person" | "single" | "org" | "person_desc" | "org_desc"
    start: int
    end: int
    name: str | None = None
    alias: str | None = None
    head: str | None = None
    definite: bool = True


def _span_text(text: str, words: list[Word]) -> str:
    return normalise_apostrophes(text[words[0][1] : words[-1][2]])


def _has_role(words: list[Word]) -> bool:
    return any(_lower_base(w) in ROLE_CLASSES for w, _s, _e in words)


def classify(text: str, np: list[Word]) -> Phrase | None:
    if not np:
        return None
    start, end = np[0][1], np[-1][2]
    if len(np) == 1 and np[0][0].lower() in PRONOUNS:
        return Phrase("pronoun", start, end, head=np[0][0].lower())
    words = list(np)
    definite = True
    if words[0][0].lower() in _DETERMINERS:
        definite = words[0][0].lower() == "the"
        words = words[1:]
    if not words:
        return None
    # The person's name is the run of plain capitalised words at the end of the phrase.
    j = len(words)
    while j > 0:
        word = words[j - 1][0]
        lw = word.lower()
        base = _lower_base(word)
        if (
            not is_capitalised(word)
            or base != lw
            or base in ROLE_CLASSES
            or base in ORG_HEADS
            or lw in PLACES
            or lw in KNOWN_ORGS
            or lw in CAPITAL_STOP
            or lw in HONORIFICS
            or (word.isupper() and len(word) > 1)
        ):
            break
        j -= 1
    name_words = words[j:]
    rest = words[:j]
    # "Ambassador to Fooland Farid Mamundzay": the word after the preposition is its object.
    if len(name_words) >= 3 and rest and rest[-1][0].lower() in _CONNECTORS:
        rest = rest + name_words[:1]
        name_words = name_words[1:]
    while rest and rest[-1][0].lower() in HONORIFICS:
        rest = rest[:-1]
    alias = _span_text(text, np[: len(np) - len(words)] + rest) if rest else None
    if alias and not _has_role(rest):
        alias = None
    if alias and alias.startswith("The "):
        alias = "the " + alias[4:]
    if len(name_words) >= 2:
        return Phrase("person", start, end, name=_span_text(text, name_words), alias=alias)
    if len(name_words) == 1:
        return Phrase(
            "single",
            start,
            end,
            name=_span_text(text, name_words),
            alias=alias,
            head="role" if rest and _has_role(rest) else None,
        )
    last = words[-1][0]
    last_base = _lower_base(last)
    capitals = [w for w, _s, _e in words if is_capitalised(w)]
    if (
        last_base in ORG_HEADS
        or last_base in KNOWN_ORGS
        or (last.isupper() and len(last) > 1)
        or (capitals and len(capitals) == len(words) and not _has_role(words))
    ):
        if not capitals:
            alias = _desc_alias(text, np)
            return Phrase("org_desc", start, end, head=last_base, alias=alias, definite=definite)
        if len(words) == 1 and last_base in KNOWN_ORGS:
            name = KNOWN_ORGS[last_base]
        else:
            name = strip_possessive(_span_text(text, words))
        return Phrase("org", start, end, name=name)
    if _has_role(words):
        return Phrase(
            "person_desc",
            start,
            end,
            head=_role_class(words),
            alias=_desc_alias(text, np),
            definite=definite,
        )
    return None


def _desc_alias(text: str, np: list[Word]) -> str:
    alias = _span_text(text, np)
    return "the " + alias[4:] if alias.startswith("The ") else alias


def _role_class(words: list[Word]) -> str | None:
    found = None
    for word, _s, _e in words:
        found = ROLE_CLASSES.get(_lower_base(word), found)
    return found


def alias_key(alias: str) -> str:
    key = normalise_apostrophes(alias).lower().replace("'s ", " ")
    return key[4:] if key.startswith("the ") else key


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    speaks: bool = False
    venue: str | None = None

    def add_alias(self, alias: str | None) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def role_classes(self) -> set[str]:
        found = set()
        for alias in self.aliases:
            for word in alias.split():
                role = ROLE_CLASSES.get(_lower_base(word))
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


class Registry:
    """The speakers of one document, resolved in text order (pronouns look backwards)."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.mentions: list[str] = []  # canonical names, most recent last

    def _latest(self, accept) -> Entity | None:
        for name in reversed(self.mentions[-RECENT_MENTIONS:]):
            entity = self.entities[name]
            if accept(entity):
                return entity
        return None

    def _person(self, name: str) -> Entity:
        if name in self.entities:
            return self.entities[name]
        parts = name.split()
        for entity in self.by_surname.get(parts[-1], ()):
            other = entity.name.split()
            if set(parts) <= set(other) or set(other) <= set(parts):
                if len(parts) > len(other):  # keep the fuller spelling as canonical
                    del self.entities[entity.name]
                    self.mentions = [name if m == entity.name else m for m in self.mentions]
                    entity.name = name
                    self.entities[name] = entity
                return entity
        entity = Entity(name, "person")
        self.entities[name] = entity
        self.by_surname.setdefault(parts[-1], []).append(entity)
        return entity

    def _org(self, name: str) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            entity = Entity(name, "organisation")
            self.entities[name] = entity
        return entity

    def resolve(self, phrase: Phrase | None) -> Resolution | None:
        if phrase is None:
            return None
        entity: Entity | None = None
        how = "name"
        if phrase.kind == "pronoun":
            wanted = PRONOUNS.get(phrase.head or "")
            if wanted is None:
                return None
            entity = self._latest(lambda e: wanted == "any" or e.kind == wanted)
            how = "pronoun"
        elif phrase.kind == "person":
            entity = self._person(phrase.name or "")
            entity.add_alias(phrase.alias)
        elif phrase.kind == "single":
            word = (phrase.name or "").lower()
            known = self._person_by_surname(phrase.name or "")
            if known is not None:
                entity = known
            elif phrase.head == "role":
                entity = self._person(phrase.name or "")
            elif word in KNOWN_ORGS or word in PLACES:
                entity = self._org(KNOWN_ORGS.get(word, phrase.name or ""))
            else:
                entity = self._person(phrase.name or "")
            entity.add_alias(phrase.alias)
        elif phrase.kind == "org":
            entity = self._org(phrase.name or "")
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

    def _person_by_surname(self, word: str) -> Entity | None:
        found = self.by_surname.get(word)
        return found[0] if found else None

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
        return self._latest(lambda e: e.kind == "person" and role in e.role_classes())

    def speaker_mentions(self) -> list[SpeakerMention]:
        return [
            SpeakerMention(e.name, e.kind, tuple(e.aliases))
            for e in self.entities.values()
            if e.speaks
        ]
