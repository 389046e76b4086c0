"""Who speaks, resolved across sources: descriptors stripped, places and stray words refused,
members and spokespeople credited to their organisation. Plain Python; the words are data
(`data/speakers.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claims.extraction.lexicon import DESCRIPTORS
from claims.linking.measures import LexiconError

DATA = Path(__file__).resolve().parent / "data" / "speakers.toml"
KEYS = ("places", "descriptors", "members", "not_names")
# Lower-case words a name may hold: "Department of Labor", "Osama bin Laden".
_PARTICLES = "of the and for de del da di du la le al el bin ibn von van der den y"
PARTICLES = frozenset(_PARTICLES.split())
ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class SpeakerWords:
    places: frozenset[str]
    descriptors: tuple[str, ...]  # longest first
    members: frozenset[str]
    not_names: frozenset[str]


def parse(data: dict[str, object], where: str = str(DATA)) -> SpeakerWords:
    lists = {}
    for key in KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
        lists[key] = [" ".join(v.lower().split()) for v in value]
    unknown = set(data) - set(KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    return SpeakerWords(
        frozenset(lists["places"]),
        tuple(sorted(lists["descriptors"], key=len, reverse=True)),
        frozenset(lists["members"]),
        frozenset(lists["not_names"]),
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


def resolve(
    name: str | None, words: SpeakerWords | None = None, *, acts_as_body: bool = False
) -> Resolved | None:
    """The speaker a name stands for, or None when it names no speaker (a place, a stray word,
    a description in lower case). A place is a speaker only when the text has it do an official
    act as the subject (`acts_as_body`: "Barcelona confirmed the fee" is the club, "Moscow"
    in "a delegation in Moscow said" is no speaker): then it is the body named after it."""
    if not name or not name.strip():
        return None
    words = words or speaker_words()
    text = " ".join(name.split())
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
    if lower in words.places or lower in words.not_names:
        return None
    if not text[:1].isupper() and not text[:1].isdigit():
        return None  # "professional business services", "the median"
    if any(t[:1].islower() and t.lower() not in PARTICLES for t in tokens[1:]):
        return None  # "U.S. employers": a description, not a name
    if (
        tokens[0].lower() in words.places
        and len(tokens) > 1
        and tokens[-1].lower() in (words.not_names)
    ):
        return None
    return Resolved(text)
