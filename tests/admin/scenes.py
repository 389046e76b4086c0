"""The seeds' 85% claim as reviewers meet it, built with the factories (no extractor needed)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claims.models import Claim, Qualifier, Quote, Speaker
from sources.models import Source
from tests.conftest import SEED_000, SEED_002
from tests.factories import (
    make_appearance,
    make_claim,
    make_outlet,
    make_quote,
    make_source,
    make_speaker,
)

STATEMENT = "The Taliban controls at least 85% of Afghanistan's territory."
DISTRICT_COUNT = (
    "Long War Journal, 14 July 2021. By our count the Taliban controls 204 of 407 districts; "
    "the government holds 74 and the rest are contested."
)


@dataclass
class Scene:
    claim: Claim
    quote: Quote
    source_000: Source
    source_002: Source
    district_count: Source
    taliban: Speaker


def the_85_claim(**claim_fields) -> Scene:
    """The Taliban's '85%' claim with its two appearances, a quote from 000 and a third source
    (a district count) a reviewer can cite as evidence."""
    taliban = make_speaker("Taliban", kind=Speaker.Kind.ORGANISATION)
    envoy = make_speaker("Farid Mamundzay")
    source_000 = make_source(
        SEED_000.read_text(encoding="utf-8"),
        title="Afghanistan hopes India will come to its rescue",
        outlet=make_outlet(name="NDTV"),
    )
    source_002 = make_source(
        SEED_002.read_text(encoding="utf-8"),
        title="Alarmed by India's lead to revive the northern alliance, Taliban tries to placate "
        "Russia",
        outlet=make_outlet(name="Tass"),
    )
    district_count = make_source(
        DISTRICT_COUNT, title="Taliban control map", outlet=make_outlet(name="Long War Journal")
    )
    fields = {
        "claimant": taliban,
        "lower": Decimal(85),
        "lower_inclusive": True,
        "unit": "percent",
        "qualifier": Qualifier.AT_LEAST,
        "measure": "territory of Afghanistan",
        **claim_fields,
    }
    claim = make_claim(STATEMENT, **fields)
    make_appearance(claim, source_000, "at least 85 per cent of the war-torn country")
    make_appearance(claim, source_002, "over 85% of the territory")
    quote = make_quote(
        "We are not seeking India’s assistance with sending troops to Afghanistan.",
        speaker=envoy,
        via="NDTV",
    )
    make_appearance(quote, source_000, quote.text)
    return Scene(claim, quote, source_000, source_002, district_count, taliban)
