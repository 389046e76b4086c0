"""API clients (anonymous, ordinary token, staff tokens) and a small published world."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from django.core.cache import cache
from knox.models import AuthToken
from rest_framework.test import APIClient

from claims.models import Claim, Quote, ReviewStatus, Speaker, Stance, Verdict
from sources.models import Outlet, Source
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_outlet,
    make_quote,
    make_source,
    make_speaker,
)

NON_VERIFIED = [
    ReviewStatus.UNREVIEWED,
    ReviewStatus.IN_REVIEW,
    ReviewStatus.REJECTED,
    ReviewStatus.RETRACTED,
]
REVIEWED = datetime.datetime(2021, 7, 20, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _fresh_throttle():
    """The anonymous throttle counts in the cache: every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    """An anonymous client."""
    return APIClient()


def token_for(user: Any) -> str:
    """A new API token of `user` (knox stores only its hash), as sent after `Token `."""
    _, token = AuthToken.objects.create(user=user)
    return token


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(user)}")
    return client


@pytest.fixture
def ordinary_user(db, django_user_model):
    """Someone with a token and no role: a researcher's script."""
    return django_user_model.objects.create_user("olga-ordinary", password="x-1234-secret")


@pytest.fixture
def ordinary_api(ordinary_user) -> APIClient:
    return client_for(ordinary_user)


@pytest.fixture
def editor_api(editor) -> APIClient:
    return client_for(editor)


@pytest.fixture
def staff_api(reviewer) -> APIClient:
    return client_for(reviewer)


Item = TypeVar("Item", Quote, Claim)


def with_status(item: Item, status: str, **fields: Any) -> Item:
    """Put `item` in `status` directly (the review workflow is tested in tests/claims)."""
    values: dict[str, Any] = {"status": status, **fields}
    if status != ReviewStatus.UNREVIEWED and status != ReviewStatus.IN_REVIEW:
        values.setdefault("reviewed_at", REVIEWED)
    if status in (ReviewStatus.REJECTED, ReviewStatus.RETRACTED):
        values.setdefault("status_reason", "Not what was said.")
    if isinstance(item, Claim) and status in (ReviewStatus.VERIFIED, ReviewStatus.RETRACTED):
        values.setdefault("verdict", item.verdict or Verdict.MOSTLY_TRUE)  # a verdict is kept
    type(item).objects.filter(pk=item.pk).update(**values)
    item.refresh_from_db()
    return item


def verified_quote(text: str = "We will win.", **fields: Any) -> Quote:
    return with_status(make_quote(text, **fields), ReviewStatus.VERIFIED)


def verified_claim(statement: str = "The Taliban controls at least 85% of territory.", **fields):
    verdict = fields.pop("verdict", Verdict.MOSTLY_TRUE)
    return with_status(make_claim(statement, **fields), ReviewStatus.VERIFIED, verdict=verdict)


@dataclass
class World:
    ndtv: Outlet
    tass: Outlet
    july14: Source
    july16: Source
    envoy: Speaker
    taliban: Speaker
    envoy_quote: Quote
    taliban_quote: Quote
    territory: Claim
    troops: Claim


TEXT_14 = (
    " date 2021-07-14 Farid Mamundzay told NDTV: “India has been a true friend.” "
    "The Taliban claims it controls at least 85 per cent of the war-torn country. "
    "Thousands of Afghan security personnel have fled."
)
TEXT_16 = (
    "Russia warns of spillover\n\nThe Afghan envoy said “we need air support” on July 10. "
    "The Taliban said “we will not attack the border”. The Taliban controls over 85% of the "
    "territory, it says. More than 1,000 Afghan government troops fled to Tajikistan."
)


@pytest.fixture
def world(db) -> World:
    """Two outlets, two sources, two speakers, two verified quotes and two verified claims."""
    ndtv, tass = make_outlet(name="NDTV"), make_outlet(name="Tass", kind=Outlet.Kind.WIRE_AGENCY)
    july14 = make_source(
        TEXT_14,
        title="Afghan envoy on India",
        url="https://example.org/ndtv/envoy",
        outlet=ndtv,
        published_on=datetime.date(2021, 7, 14),
    )
    july16 = make_source(
        TEXT_16,
        title="Russia warns of spillover",
        url="https://example.org/tass/spillover",
        outlet=tass,
        published_on=datetime.date(2021, 7, 16),
    )
    envoy = make_speaker("Farid Mamundzay", wikidata_id="Q105000000")
    envoy.add_alias("the Afghan envoy")
    taliban = make_speaker("Taliban", kind=Speaker.Kind.ORGANISATION)
    envoy_quote = make_quote(
        "India has been a true friend.",
        speaker=envoy,
        via="NDTV",
        said_on=datetime.date(2021, 7, 13),
    )
    make_appearance(envoy_quote, july14, "India has been a true friend.")
    taliban_quote = make_quote("we will not attack the border", speaker=taliban, partial=True)
    make_appearance(taliban_quote, july16, "we will not attack the border")
    territory = make_claim(
        "The Taliban controls at least 85% of Afghanistan's territory.",
        claimant=taliban,
        lower=85,
        lower_inclusive=True,
        unit="percent",
        kind="percent",
        qualifier="at_least",
    )
    make_appearance(territory, july14, "at least 85 per cent")
    make_appearance(territory, july16, "over 85%")
    make_evidence(
        territory,
        july16,
        Stance.DISPUTES,
        summary="204 of 407 districts.",
        note="Internal: check the district count again.",
    )
    troops = make_claim(
        "More than 1,000 Afghan government troops fled to Tajikistan.",
        claimant=None,
        lower=1000,
        lower_inclusive=False,
        unit="troops",
        noun="Afghan government troops",
        qualifier="more_than",
    )
    make_appearance(troops, july16, "More than 1,000 Afghan government troops")
    make_evidence(troops, july14, Stance.SUPPORTS)
    # Published once built: a verified item's appearances and evidence are locked.
    envoy_quote, taliban_quote = (
        with_status(q, ReviewStatus.VERIFIED) for q in (envoy_quote, taliban_quote)
    )
    territory = with_status(territory, ReviewStatus.VERIFIED, verdict=Verdict.MOSTLY_FALSE)
    troops = with_status(troops, ReviewStatus.VERIFIED, verdict=Verdict.TRUE)
    return World(
        ndtv, tass, july14, july16, envoy, taliban, envoy_quote, taliban_quote, territory, troops
    )


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["results"]]
