"""The records the extractor returns: frozen dataclasses, JSON-ready through to_dict()."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# How far the stored prefix/suffix reach (W3C TextQuoteSelector context).
CONTEXT_CHARS = 32


def json_value(value: Any) -> Any:
    """Decimals become int when integral, else float; dates become ISO strings."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    name: str
    kind: str  # "person" | "organisation"
    aliases: tuple[str, ...] = ()
    wikidata_id: str | None = None
    # Named by one word as the subject of an official act ("Barcelona confirmed …"): if the
    # word is a place, the speaker is the body named after it (a club, a government).
    acts_as_body: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "wikidata_id": self.wikidata_id,
        }


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    text: str
    start: int
    end: int
    prefix: str
    suffix: str
    confidence: float
    speaker: str | None = None
    speaker_kind: str | None = None
    # "name" | "alias" | "pronoun" | "context" (an unattributed quote continuing the previous
    # speaker's words) | "description" (an unnamed speaker) | None
    speaker_from: str | None = None
    # an unnamed speaker as the text describes them ("a senior State Department official",
    # "Clinton aides"); None when the speaker is named
    speaker_description: str | None = None
    cue: str | None = None
    partial: bool = False
    via: str | None = None
    said_on: datetime.date | None = None

    # What sort of candidate this is, in to_dict() as "type" ("kind" is a quantity's kind).
    type = "quote"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "quote",
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "speaker_description": self.speaker_description,
            "cue": self.cue,
            "partial": self.partial,
            "via": self.via,
            "said_on": json_value(self.said_on),
            "speaker_from": self.speaker_from,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }


@dataclass(frozen=True, slots=True)
class QuantityCandidate:
    text: str
    start: int
    end: int
    prefix: str
    suffix: str
    confidence: float
    value: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    lower_inclusive: bool = False
    upper_inclusive: bool = False
    unit: str = ""
    # count | percent | money | measure | duration | age | rank | score | ratio | other
    # (units.KINDS); money has its ISO currency code as unit.
    kind: str = "count"
    # "up" | "down" when the number belongs to a movement; difference: the number is the size of
    # the change ("rose 2.8%") rather than a level ("rose to 6,327.80", "up from 5%").
    change: str | None = None
    difference: bool = False
    # a game score or vote tally, "3-2" -> (3, 2); value and bounds stay empty
    score: tuple[int, ...] | None = None
    noun: str | None = None
    # exactly | about | at least | more than | over | up to | less than | range | vague;
    # qualifier_text keeps the words used ("around", "some"; "" for a bare number).
    qualifier: str = "exactly"
    qualifier_text: str = ""
    vague: bool = False
    total: Decimal | None = None
    measure: str | None = None
    as_of: datetime.date | None = None
    claimant: str | None = None
    statement: str = ""

    type = "quantity"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "quantity",
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "value": json_value(self.value),
            "lower": json_value(self.lower),
            "upper": json_value(self.upper),
            "lower_inclusive": self.lower_inclusive,
            "upper_inclusive": self.upper_inclusive,
            "unit": self.unit,
            "kind": self.kind,
            "change": self.change,
            "difference": self.difference,
            "score": json_value(self.score),
            "noun": self.noun,
            "qualifier": self.qualifier,
            "vague": self.vague,
            "claimant": self.claimant,
            "qualifier_text": self.qualifier_text,
            "total": json_value(self.total),
            "measure": self.measure,
            "as_of": json_value(self.as_of),
            "statement": self.statement,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }


@dataclass(slots=True)
class Extraction:
    text: str
    published_on: datetime.date | None = None
    quotes: list[QuoteCandidate] = field(default_factory=list)
    quantities: list[QuantityCandidate] = field(default_factory=list)
    speakers: list[SpeakerMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def items(self) -> list[QuoteCandidate | QuantityCandidate]:
        """Quotes and quantities together, in text order."""
        both: list[QuoteCandidate | QuantityCandidate] = [*self.quotes, *self.quantities]
        both.sort(key=lambda item: (item.start, item.end))
        return both

    def to_list(self) -> list[dict[str, Any]]:
        """JSON-ready dicts for every quote and quantity, in text order."""
        return [item.to_dict() for item in self.items()]
