"""Who speaks, resolved across sources: descriptors and titles stripped, places, stray words and
bare generic words refused, members and spokespeople credited to their organisation, a country
written as its adjective; and, within one document, a short form read as the full name the same
document writes. Plain Python; the words are data (`data/speakers.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claims.extraction.lexicon import (
    CAPITAL_STOP,
    DESCRIPTORS,
    HONORIFICS,
    ORG_HEADS,
    SOURCE_NOUNS,
    SOURCE_QUALIFIER_RE,
    TITLES,
)
from claims.extraction.text import normalise_apostrophes, strip_possessive
from claims.linking.measures import LexiconError

DATA = Path(__file__).resolve().parent / "data" / "speakers.toml"
KEYS = (
    "places",
    "descriptors",
    "members",
    "not_names",
    "generic",
    "titles",
    "place_endings",
    "state_bodies",
    "staff",
)
# Lower-case words a name may hold: "Department of Labor", "Osama bin Laden".
_PARTICLES = "of the and for de del da di du la le al el bin ibn von van der den y"
PARTICLES = frozenset(_PARTICLES.split())
ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(r"(?:\.com|\.net)?(?:,?(?:^|\s+)(?:Inc|Corp|Ltd|LLC|plc|PLC|Co)\.?)?$")
# a role, then the body it is held at: "analysts at PRC Macro Advisors"
_AT_BODY = re.compile(
    r"^(?P<role>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:at|from|with)\s+(?:the\s+)?(?P<body>[A-Z].*)$"
)


@dataclass(frozen=True)
class SpeakerWords:
    places: frozenset[str]
    descriptors: tuple[str, ...]  # longest first
    members: frozenset[str]
    not_names: frozenset[str]
    generic: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    place_endings: frozenset[str] = frozenset()
    state_bodies: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()  # roles at a body: "analysts at X" speak for X
    # a country's name or adjective, lower case -> the adjective an organisation's name uses
    countries: dict[str, str] | None = None

    def title(self, word: str) -> bool:
        """Whether a word is a role written before a name ("Taoiseach", "Sheriff-Coroner")."""
        low = strip_possessive(normalise_apostrophes(word)).rstrip(".").lower()
        if low in TITLES or low in self.titles:
            return True
        parts = low.split("-")
        return len(parts) > 1 and all(p in TITLES or p in self.titles for p in parts)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def parse(data: dict[str, object], where: str = str(DATA)) -> SpeakerWords:
    lists = {}
    for key in KEYS:
        value = data.get(key)
        if not _strings(value):
            raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
        assert isinstance(value, list)
        lists[key] = [" ".join(v.lower().split()) for v in value]
    countries = data.get("countries", {})
    if not isinstance(countries, dict) or not all(
        isinstance(k, str) and k.strip() and _strings(v) for k, v in countries.items()
    ):
        raise LexiconError(f"{where}: countries must map an adjective to a list of names")
    unknown = set(data) - set(KEYS) - {"countries"}
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    adjective_of: dict[str, str] = {}
    for adjective, names in countries.items():
        for form in (adjective, *names):
            key = " ".join(form.lower().split())
            if adjective_of.setdefault(key, adjective) != adjective:
                raise LexiconError(f"{where}: {form!r} is a name of two countries")
    # a country is a place: by its name ("France") and by its adjective alone ("French")
    places = frozenset(lists["places"]) | frozenset(adjective_of)
    return SpeakerWords(
        places,
        tuple(sorted(lists["descriptors"], key=len, reverse=True)),
        frozenset(lists["members"]),
        frozenset(lists["not_names"]),
        frozenset(lists["generic"]),
        frozenset(lists["titles"]),
        frozenset(lists["place_endings"]),
        frozenset(lists["state_bodies"]),
        countries=adjective_of,
        staff=frozenset(lists["staff"]),
    )


@cache
def speaker_words() -> SpeakerWords:
    try:
        with DATA.open("rb") as handle:
            return parse(tomllib.load(handle))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{DATA}: cannot read the speaker words: {error}") from error


@dataclass(frozen=True)
class Resolved:
    name: str  # the speaker to store or look up
    member_of: str | None = None  # set when `name` was a member phrase: "Taliban officials"
    body: bool = False  # a place's name standing for a body named after it ("Barcelona")


# words that may describe an unnamed source without naming anyone ("Two Senior People")
_SOURCE_WORDS = SOURCE_NOUNS | DESCRIPTORS | {
    "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other",
}  # fmt: skip


def _unnamed_source(text: str) -> str | None:
    """ "People Familiar With The Matter", "sources close to the talks": an unnamed source
    (claims.extraction.lexicon), however its words are cased. None when the name is none; else
    the name it holds before the word for people ("Harborview executives close to the talks":
    "Harborview executives"), or "" when it holds none."""
    qualifier = SOURCE_QUALIFIER_RE.search(text)
    if qualifier is None:
        return None
    before = text[: qualifier.start()].split()
    if not before or before[-1].lower() not in SOURCE_NOUNS:
        return None
    # "Two People Familiar With …" names nobody; "Harborview Executives Close To …" Harborview
    named = [w for w in before[:-1] if w[:1].isupper() and w.lower() not in _SOURCE_WORDS]
    return " ".join(named) if named else ""


def resolve(
    name: str | None, words: SpeakerWords | None = None, *, acts_as_body: bool = False
) -> Resolved | None:
    """The speaker a name stands for, or None when it names no speaker (a place, a stray word,
    a description in lower case, a title or a generic word alone). A place is a speaker only
    when the text has it do an official act as the subject (`acts_as_body`: "Barcelona
    confirmed the fee" is the club, "Moscow" in "a delegation in Moscow said" is no speaker):
    then it is the body named after it."""
    if not name or not name.strip():
        return None
    words = words or speaker_words()
    text = " ".join(normalise_apostrophes(name).split())
    source = _unnamed_source(text)
    if source is not None:
        # "Harborview executives close to the talks" is Harborview's; "People Familiar With
        # The Matter" nobody
        return resolve(source, words, acts_as_body=acts_as_body) if source else None
    stripped = True
    while stripped:
        stripped = False
        for descriptor in words.descriptors:
            if text.lower().startswith(descriptor + " ") and len(text) > len(descriptor) + 1:
                text = text[len(descriptor) + 1 :]
                stripped = True
                break
        if ARTICLE.match(text):
            text = ARTICLE.sub("", text)
            stripped = True
        for descriptor in words.descriptors:
            if text.lower().endswith(" " + descriptor) and len(text) > len(descriptor) + 1:
                text = text[: -len(descriptor) - 1]  # "Xinhua News Agency" is Xinhua
                stripped = True
                break
    # "Amazon.com Inc." is Amazon: a company's legal suffix and its site's ending name no other
    company = _COMPANY_SUFFIX.sub("", text).strip()
    if not company:
        return None  # "Inc." alone: the end of a name read apart from it
    if company != text and company[:1].isupper():
        text = company
    at_body = _AT_BODY.match(text)
    if at_body is not None:
        role = at_body.group("role").split()
        if role[-1].lower() in words.staff | words.members and all(
            t.lower() in DESCRIPTORS or t.islower() for t in role[:-1]
        ):
            # "analysts at PRC Macro Advisors", "an economist at Capital Economics": the body
            found = resolve(at_body.group("body"), words)
            if found is not None and not found.body:
                return Resolved(found.name, member_of=found.name)
    tokens = text.split()
    if len(tokens) > 1 and tokens[-1].lower() in words.members:
        organisation = " ".join(tokens[:-1])
        if len(tokens) == 2 and tokens[0].lower() in DESCRIPTORS:
            return None  # "Health officials", "Security sources": a kind of official, no body
        found = resolve(organisation, words)
        return Resolved(found.name, member_of=found.name) if found else None
    lower = text.lower()
    if lower in words.places and acts_as_body and len(tokens) == 1:
        return Resolved(text, body=True)
    if lower in words.places or lower in words.not_names or lower in words.generic:
        return None  # "Moscow"; "Should"; "the Bank" with no name said (see DocumentNames)
    if all(words.title(t) or t.lower() in DESCRIPTORS for t in tokens):
        return None  # "the Taoiseach", "Sheriff": a role, not a name
    if len(tokens) > 1 and tokens[-1].lower() in words.place_endings:
        return None  # "Butte County"
    if not text[:1].isupper() and not text[:1].isdigit():
        return None  # "professional business services", "the median"
    if any(t[:1].islower() and t.lower() not in PARTICLES for t in tokens[1:]):
        return None  # "U.S. employers": a description, not a name
    if (
        tokens[0].lower() in words.places
        and len(tokens) == 2
        and tokens[-1].lower() in (words.not_names)
    ):
        return None  # "Boston Should", "Paris Department"; "Boston Police Department" speaks
    return Resolved(_country_as_adjective(_without_title(tokens, words), words))


def _without_title(tokens: list[str], words: SpeakerWords) -> str:
    """ "Taoiseach Leo Varadkar" and "Butte County Sheriff-Coroner Kory Honea" are the person
    after the title: two or three name words after the last title word."""
    last = max((i for i, t in enumerate(tokens[:-2]) if words.title(t)), default=-1)
    rest = tokens[last + 1 :]
    if last < 0 or not 2 <= len(rest) <= 3 or _possessive(tokens[last]):
        return " ".join(tokens)
    if any(
        not t[:1].isupper()
        or t.lower() in ORG_HEADS
        or t.lower() in words.generic
        or t.lower() in words.places
        or words.title(t)
        for t in rest
    ):
        return " ".join(tokens)  # "General Electric Company": no person after it
    return " ".join(rest)


def _ends_sentence(word: str) -> bool:
    """ "Paradise." in "… Paradise. Splotches": a full stop after a word, not an initial."""
    return word.endswith(".") and len(word.rstrip(".")) > 1 and word.lower() not in _HONORIFICS


def _possessive(word: str) -> bool:
    return strip_possessive(normalise_apostrophes(word)) != word


def _country_as_adjective(text: str, words: SpeakerWords) -> str:
    """ "France Interior Ministry", "France's Interior Ministry" -> "French Interior Ministry":
    a body named after its country is written with the country's adjective, whichever form
    the source used; only for a state's own bodies ("ministry", "embassy"), as a proper name
    such as "China Earthquake Administration" keeps the country's name as written."""
    tokens = text.split()
    if len(tokens) < 2 or tokens[-1].lower() not in words.state_bodies or not words.countries:
        return text
    for size in range(min(4, len(tokens) - 1), 0, -1):
        head = strip_possessive(" ".join(tokens[:size])).lower()
        adjective = words.countries.get(head)
        if adjective:
            return " ".join([adjective, *tokens[size:]])
    return text


def without_country(name: str, words: SpeakerWords | None = None) -> str | None:
    """ "Coast Guard" for "US Coast Guard": an organisation's name without the country written
    before it, so that a text that leaves the country out names the same body; None when the
    name has no country before it, or what is left is no proper name of its own (a generic
    word, a state's body such as "Interior Ministry", which every country has)."""
    words = words or speaker_words()
    tokens = " ".join(normalise_apostrophes(name).split()).split()
    for size in range(min(3, len(tokens) - 2), 0, -1):
        head = strip_possessive(" ".join(tokens[:size])).lower()
        if head not in (words.countries or {}):
            continue
        rest = tokens[size:]
        if (
            len(rest) < 2
            or rest[-1].lower() in words.state_bodies
            or not all(t[:1].isupper() or t.lower() in PARTICLES for t in rest)
            or resolve(" ".join(rest), words) is None
        ):
            return None
        return " ".join(rest)
    return None


def without_demonym(name: str, words: SpeakerWords | None = None) -> str | None:
    """ "Aramco" for "Saudi Aramco": a one-word proper name written after its country's
    adjective, as companies of a state are named with and without it; None for any other
    name, or when the word left is a generic one ("Saudi Government", "Saudi Airlines",
    "Chinese Embassy"). Only the adjective counts, never a country's name, which is also a
    given name ("Jordan Henderson")."""
    words = words or speaker_words()
    tokens = " ".join(normalise_apostrophes(name).split()).split()
    countries = words.countries or {}
    if len(tokens) != 2 or countries.get(tokens[0].lower()) != tokens[0]:
        return None
    if " ".join(tokens).lower() in countries:
        return None  # "Saudi Arabia" is the country itself
    rest = tokens[1]
    low = rest.lower()
    if (
        not rest[:1].isupper()
        or low.endswith("s")  # "Airlines", "Railways": plural heads of many bodies
        or low in ORG_HEADS
        or low in words.state_bodies
        or low in words.generic
        or low in words.places
        or resolve(rest, words) is None
    ):
        return None
    return rest


# The word for its line of business that ends a company's name and that the news drops once
# the company is known: "Deutsche Bank" is "Deutsche", "Universal Pictures" is "Universal".
_COMPANY_KINDS = "bank pictures studios group holdings entertainment films motors airlines airways"
COMPANY_KINDS = frozenset(_COMPANY_KINDS.split())
# Words that say what kind of such a company it is rather than which: "Central Bank", "World
# Bank", "Reserve Bank", "Development Bank" are not "Central", "World", "Reserve".
_KIND_DESCRIBERS = """
    central world reserve national federal development investment savings commercial
    cooperative co-operative royal state international global regional mutual popular merchant
    private public people's peoples islamic agricultural export import housing land postal
    first new general united"""
KIND_DESCRIBERS = frozenset(_KIND_DESCRIBERS.split())


def without_kind(name: str, words: SpeakerWords | None = None) -> str | None:
    """ "Deutsche" for "Deutsche Bank", "Universal" for "Universal Pictures": a two-word
    company name without the word for its line of business (`COMPANY_KINDS`) that ends it, as
    a text that has named the company writes it afterwards; None for any other name, or when
    the word left is no proper name of its own: a country's adjective ("American Airlines"), a
    place, a generic word, a possessive, or a word that says what kind of bank or firm it is
    (`KIND_DESCRIBERS`: "Central Bank" keeps its word)."""
    words = words or speaker_words()
    tokens = " ".join(normalise_apostrophes(name).split()).split()
    if len(tokens) != 2 or tokens[-1].lower() not in COMPANY_KINDS:
        return None
    if not tokens[-1][:1].isupper():
        return None
    rest = tokens[:-1]
    low = " ".join(rest).lower()
    countries = words.countries or {}
    if (
        not all(t[:1].isupper() for t in rest)
        or any(t.lower() in PARTICLES for t in rest)
        or low in countries
        or low in words.places
        or low in words.generic
        or low in words.state_bodies
        or low in words.not_names
        or low in KIND_DESCRIBERS
        or strip_possessive(rest[0]) != rest[0]
        or any(t.lower() in ORG_HEADS or t.lower() in COMPANY_KINDS for t in rest)
        or any(words.title(t) for t in rest)
        or resolve(" ".join(rest), words) is None
    ):
        return None
    return " ".join(rest)


_NAME_WORD = r"[A-Z][\w'’.\-]*"
# "Butte County Sheriff's Office", "the Governor's Department": a body named by its holder.
HOLDERS_BODY = re.compile(r"^(?P<holder>.+)'s (?:Office|Department)$", re.IGNORECASE)
HOLDERS_BODIES = ("Office", "Department")


def holder_of(body: str, words: SpeakerWords | None = None) -> str | None:
    """ "Butte County Sheriff" for "Butte County Sheriff's Office": the title whose holder
    speaks for the body, or None when the body is not named after a title."""
    found = HOLDERS_BODY.match(normalise_apostrophes(" ".join(body.split())))
    if not found or not _qualified_title(found["holder"], words or speaker_words()):
        return None
    return found["holder"]


def bodies_held_by(title: str, words: SpeakerWords | None = None) -> list[str]:
    """ "Butte County Sheriff's Office" and "…'s Department" for a person written as "Butte
    County Sheriff"; nothing for a written role that does not end in a title."""
    title = normalise_apostrophes(" ".join(title.split()))
    if not _qualified_title(title, words or speaker_words()):
        return []
    return [f"{title}'s {body}" for body in HOLDERS_BODIES]


def _qualified_title(title: str, words: SpeakerWords) -> bool:
    """ "Butte County Sheriff": a title with the place or body it serves; "the Governor"
    alone could be any governor, in another source."""
    tokens = title.split()
    return len(tokens) >= 2 and words.title(tokens[-1]) and tokens[0][:1].isupper()


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# "organizers", "the march organisers", "the protest's organiser": who organised, unnamed
_ORGANISERS = re.compile(r"(?:(?:[a-z]+(?:'s)?|the)\s+)*organi[sz]ers?(?:'s?)?")
_BODY_NAME = rf"(?P<body>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|of|for|and|the))*)"
_ORGANISED = r"organi[sz]ed|organi[sz]ing|organi[sz]ers?[ \t]+of"
_ORGANISED_BY = (
    # "Civil Liberties Front, the group that organized the protest": a name, then the role
    re.compile(
        rf"(?<![\w’'\-]){_BODY_NAME},[ \t]+"
        rf"(?:(?:the|a)[ \t]+(?:[a-z]+[ \t]+){{0,3}}(?:that|which|who)[ \t]+(?:{_ORGANISED})"
        rf"|which[ \t]+(?:{_ORGANISED})|the[ \t]+(?:{_ORGANISED}))\b"
    ),
    # "the march was organised on June 9 by the Civil Liberties Front"
    re.compile(
        rf"\b(?:organi[sz]ed)(?:[ \t]+(?:on|in)[ \t]+[\w ]{{1,20}}?)?[ \t]+by[ \t]+"
        rf"(?:the[ \t]+)?{_BODY_NAME}"
    ),
)
_HONORIFICS = HONORIFICS | {"mr.", "mrs.", "ms.", "dr."}


class DocumentNames:
    """The names one document gives its speakers, read against its own text: a reader takes
    "Varadkar" after "Leo Varadkar", "the Bank" after "the Bank of England" and "the sheriff"
    after "Sheriff Kory Honea" as the one named in full, when the text names only one so."""

    def __init__(self, text: str, words: SpeakerWords | None = None) -> None:
        self.text = normalise_apostrophes(text)
        self.words = words or speaker_words()
        self._found: dict[tuple[str, str | None], str] = {}

    def full(self, name: str, kind: str | None = None) -> str:
        """The full name the document writes for `name`, or `name` as it is; a single word is
        taken for a surname unless `kind` says an organisation."""
        key = " ".join(normalise_apostrophes(name).split())
        if (key, kind) not in self._found:
            self._found[key, kind] = self._full(key, kind != "organisation") or name
        return self._found[key, kind]

    def _full(self, name: str, person: bool) -> str | None:
        bare = ARTICLE.sub("", name)
        tokens = bare.split()
        low = bare.lower()
        if not tokens or low in self.words.not_names:
            return None  # a stray word stays one
        if _ORGANISERS.fullmatch(low):
            return self._organiser()  # "organizers said" -> the group the text says organised
        if all(self.words.title(t) for t in tokens):
            return self._named_after(re.escape(bare))  # "the sheriff"
        if len(tokens) > 1 and tokens[-1].lower() in self.words.state_bodies:
            found = self._of_country(bare)  # "Interior Ministry" after "France's Interior…"
            if found:
                return found
        if not bare[:1].isupper():
            return None
        if low in self.words.generic or (
            len(tokens) > 1 and tokens[-1].lower() in self.words.generic
        ):
            return self._spelled_out(bare)  # "the Bank" -> "Bank of England"
        if person and len(tokens) == 1 and not bare.isupper() and low not in self.words.places:
            found = self._first_names(bare)  # "Varadkar" -> "Leo Varadkar"
            if found:
                return found
        if len(tokens) == 1:
            return self._company(bare)  # "Deutsche" -> "Deutsche Bank"
        return None

    def _company(self, short: str) -> str | None:
        """ "Deutsche" -> "Deutsche Bank": the company the document names with the word for
        its line of business after the short name (`without_kind`); one company only."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(short)}[ \t]+([A-Z][a-z]+)\b")
        found = set()
        for match in pattern.finditer(self.text):
            name = f"{short} {match.group(1)}"
            if without_kind(name, self.words) == short:
                found.add(name)
        return self._one(found)

    def _of_country(self, name: str) -> str | None:
        """ "Interior Ministry" -> "French Interior Ministry": a state's body named with its
        country ("France's", "French") elsewhere in the document, one country only."""
        countries = self.words.countries or {}
        forms = sorted((f for f in countries if f.upper() != f), key=len, reverse=True)
        written = "|".join(re.escape(f.title()) for f in forms)
        # the country as written, capitalised; the body's name in any case
        pattern = re.compile(rf"(?<![\w-])({written}|US|UK)(?:'s)?[ \t]+(?i:{re.escape(name)})\b")
        found = {countries[m.group(1).lower()] for m in pattern.finditer(self.text)}
        adjective = self._one(found)
        return f"{adjective} {name}" if adjective else None

    def _organiser(self) -> str | None:
        """The body the document says organised its event: "X, the group that organized the
        march", "X, which organised it", "organised on June 9 by X", "X, the organisers of";
        one body only."""
        found = set()
        for pattern in _ORGANISED_BY:
            for match in pattern.finditer(self.text):
                body = re.split(r"\.\s", match.group("body"), maxsplit=1)[0]  # one sentence
                tokens = body.rstrip(".").split()
                while tokens and self._not_name(tokens[-1]) and tokens[-1].lower() not in ORG_HEADS:
                    tokens.pop()
                while tokens and (tokens[0].lower() in CAPITAL_STOP or tokens[0].lower() == "the"):
                    tokens.pop(0)  # "The", "On": what opens the sentence is no part of it
                if tokens and not any(t.lower() in self.words.places for t in tokens[:1]):
                    found.add(strip_possessive(" ".join(tokens)))
        return self._one(found)

    def _one(self, found: set[str]) -> str | None:
        return next(iter(found)) if len(found) == 1 else None

    def _named_after(self, title: str) -> str | None:
        """The person a title stands for: "Sheriff Kory Honea" in the text."""
        pattern = re.compile(
            rf"(?<![\w-])(?i:{title})[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})\b"
        )
        found = set()
        for match in pattern.finditer(self.text):
            tokens = match.group(1).split()
            while tokens and self._not_name(tokens[-1]):
                tokens.pop()
            if len(tokens) >= 2 and not any(self._not_name(t) for t in tokens):
                found.add(
                    " ".join(
                        strip_possessive(t) if i == len(tokens) - 1 else t
                        for i, t in enumerate(tokens)
                    )
                )
        return self._one(found)

    def _spelled_out(self, short: str) -> str | None:
        """ "Bank" -> "Bank of England": the short form, then "of"/"for" and a capitalised
        name, written once or more, the same each time."""
        pattern = re.compile(
            rf"\b{re.escape(short)}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
            rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|of|and|for))*"
        )
        found = set()
        for match in pattern.finditer(self.text):
            words = match.group(0).split()
            while words[-1] in ("of", "and", "for", "the"):
                words.pop()
            found.add(strip_possessive(" ".join(words)))
        return self._one(found)

    def _first_names(self, surname: str) -> str | None:
        """ "Varadkar" -> "Leo Varadkar": the name words written right before the surname
        (titles and honorifics aside), the same each time; not in a title-case headline, nor
        where the words name a place ("the Shady Grove Metro station")."""
        pattern = re.compile(rf"((?:{_NAME_WORD}[ \t]+){{1,5}}){re.escape(surname)}\b")
        found = set()
        for match in pattern.finditer(self.text):
            after = _NEXT_WORD.match(self.text, match.end())
            if after and after.group(1) in self.words.place_endings or self._headline(match):
                continue
            before = match.group(1).split()
            kept: list[str] = []
            for word in reversed(before):
                if self._not_name(word) or _possessive(word) or _ends_sentence(word):
                    break
                kept.insert(0, word)
            if kept and len(kept) <= 2:
                found.add(" ".join([*kept, surname]))
        return self._one(found)

    def _headline(self, match: re.Match[str]) -> bool:
        """Whether the match sits in a line whose words are nearly all capitalised."""
        start = self.text.rfind("\n", 0, match.start()) + 1
        end = self.text.find("\n", match.end())
        line = [w for w in self.text[start : end if end >= 0 else None].split() if len(w) > 3]
        capitalised = sum(1 for w in line if w[:1].isupper())
        return len(line) >= 4 and capitalised >= 0.8 * len(line)

    def _not_name(self, word: str) -> bool:
        low = strip_possessive(word).rstrip(".").lower()
        return (
            self.words.title(word)
            or low in _HONORIFICS
            or low in self.words.places
            or low in self.words.not_names
            or low in self.words.generic
            or low in ORG_HEADS
            or low in DESCRIPTORS
            or low in PARTICLES
            or low in CAPITAL_STOP
        )


# One given name in its usual short forms: "Joe Lombardo" and "Joseph Lombardo" are one person
# across texts (the full name written in one, the familiar one in another).
_GIVEN_NAMES = (
    ("joseph", "joe"),
    ("william", "bill", "will", "billy"),
    ("robert", "bob", "rob", "bobby"),
    ("richard", "rick", "dick", "rich"),
    ("james", "jim", "jimmy"),
    ("john", "jack", "johnny"),
    ("michael", "mike"),
    ("thomas", "tom", "tommy"),
    ("charles", "charlie", "chuck"),
    ("edward", "ed", "ted", "eddie"),
    ("anthony", "tony"),
    ("daniel", "dan", "danny"),
    ("david", "dave"),
    ("stephen", "steve"),
    ("steven", "steve"),
    ("christopher", "chris"),
    ("matthew", "matt"),
    ("andrew", "andy", "drew"),
    ("kenneth", "ken"),
    ("ronald", "ron"),
    ("donald", "don"),
    ("timothy", "tim"),
    ("gregory", "greg"),
    ("benjamin", "ben"),
    ("samuel", "sam"),
    ("nicholas", "nick"),
    ("alexander", "alex"),
    ("jeffrey", "jeff"),
    ("lawrence", "larry"),
    ("gerald", "jerry"),
    ("patrick", "pat"),
    ("peter", "pete"),
    ("elizabeth", "liz", "beth", "betsy"),
    ("margaret", "maggie", "peggy"),
    ("katherine", "kate", "kathy"),
    ("catherine", "kate", "cathy"),
    ("jennifer", "jen", "jenny"),
    ("susan", "sue"),
    ("deborah", "debbie", "deb"),
    ("patricia", "pat", "patty"),
    ("rebecca", "becky"),
)
_GIVEN = {name: group for group in _GIVEN_NAMES for name in group}


def given_name_forms(name: str) -> list[str]:
    """ "Joseph Lombardo" for "Joe Lombardo" (and the other way): the person's name with the
    given name in its other usual forms; nothing for a name of one word or an unknown given
    name."""
    tokens = " ".join(name.split()).split()
    if len(tokens) < 2:
        return []
    group = _GIVEN.get(tokens[0].lower(), ())
    return [" ".join([g.capitalize(), *tokens[1:]]) for g in group if g != tokens[0].lower()]


# "Police Department", "Police Service": the force is named with or without its last word
_POLICE_BODY = re.compile(r"^(?P<force>.+\bPolice)\s+(?:Department|Service|Force)$")


def organisation_forms(name: str, words: SpeakerWords | None = None) -> list[str]:
    """The other names a police force goes by: "Las Vegas Metropolitan Police Department" is
    also "Las Vegas Metropolitan Police", "Las Vegas Metro Police" and, without the city
    before it, "Metro Police" / "Metropolitan Police" (an alias that two stored forces share
    names neither, `SpeakerDirectory._aliased`). Only for a name whose core is "Police"
    and whose placeless rest is more than the generic word ("Police Department" is no
    name)."""
    words = words or speaker_words()
    name = " ".join(name.split())
    forms = [name]
    found = _POLICE_BODY.match(name)
    if found:
        forms.append(found["force"])
    elif not name.endswith("Police"):
        return []
    for form in list(forms):
        if "Metropolitan " in form:
            forms.append(form.replace("Metropolitan ", "Metro "))
        elif "Metro " in form:
            forms.append(form.replace("Metro ", "Metropolitan "))
    for form in list(forms):
        tokens = form.split()
        for size in range(min(3, len(tokens) - 2), 0, -1):
            if " ".join(tokens[:size]).lower() not in words.places:
                continue
            rest = tokens[size:]
            if not all(t.lower() in words.generic or t.lower() in ORG_HEADS for t in rest):
                forms.append(" ".join(rest))
            break
    return [f for f in dict.fromkeys(forms) if f != name]


def short_forms(name: str, words: SpeakerWords | None = None) -> set[str]:
    """Every shorter name a stored organisation also goes by, whatever rule gives it: without
    its country ("Coast Guard" of "US Coast Guard"), without its country's adjective ("Aramco"
    of "Saudi Aramco"), without its line of business ("Deutsche" of "Deutsche Bank"), a police
    force's other forms ("Metro Police" of "Portland Metropolitan Police Department"). Two
    stored speakers that share one name neither
    (`SpeakerDirectory._aliased`), by the same rule or by two."""
    words = words or speaker_words()
    forms = set(organisation_forms(name, words))
    for form in (
        without_country(name, words),
        without_demonym(name, words),
        without_kind(name, words),
    ):
        if form is not None:
            forms.add(form)
    return forms
