"""schema.org ClaimReview JSON-LD for a claim of each verdict."""

import pytest

from claims.models import VERDICT_RATINGS, ReviewStatus, Verdict
from tests.api.conftest import verified_claim, with_status
from tests.factories import make_appearance, make_claim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("verdict", list(Verdict))
def test_claimreview_of_a_claim_of_each_verdict(api, world, verdict):
    claim = make_claim(
        "The Taliban controls at least 85% of Afghanistan's territory.",
        claimant=world.taliban,
        verdict_explanation="204 of 407 districts is about half.",
    )
    make_appearance(claim, world.july16, "over 85%")
    make_appearance(claim, world.july14, "at least 85 per cent")
    claim = with_status(claim, ReviewStatus.VERIFIED, verdict=verdict)
    response = api.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.statement
    # The fact-check's own page publishes the review: that page is its url.
    assert review["url"] == (
        f"http://testserver/claims/{claim.pk}/the-taliban-controls-at-least-85-of-afghanistans-territory/"
    )
    assert review["datePublished"] == "2021-07-20"
    assert review["reviewBody"] == "204 of 407 districts is about half."
    assert review["author"] == {"@type": "Organization", "name": "factdb"}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Taliban"}
    assert [work["url"] for work in item["appearance"]] == [
        "https://example.org/ndtv/envoy",
        "https://example.org/tass/spillover",
    ]
    assert item["firstAppearance"] == {
        "@type": "CreativeWork",
        "url": "https://example.org/ndtv/envoy",
        "headline": "Afghan envoy on India",
        "datePublished": "2021-07-14",
        "publisher": {"@type": "Organization", "name": "NDTV"},
    }
    assert item["datePublished"] == "2021-07-14"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["bestRating"] == 5 and rating["worstRating"] == 1
    assert rating["alternateName"] == verdict.label
    if verdict == Verdict.UNVERIFIABLE:
        assert "ratingValue" not in rating
    else:
        assert rating["ratingValue"] == VERDICT_RATINGS[verdict]


def test_ratings_run_from_false_to_true(api, world):
    values = {}
    for verdict in (Verdict.FALSE, Verdict.MIXED, Verdict.TRUE):
        claim = verified_claim(f"A claim judged {verdict}.", verdict=verdict)
        body = api.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()
        values[verdict] = body["reviewRating"]["ratingValue"]
    assert values == {Verdict.FALSE: 1, Verdict.MIXED: 3, Verdict.TRUE: 5}


def test_a_person_claimant_links_to_wikidata(api, world):
    claim = verified_claim("Thousands of Afghan soldiers fled.", claimant=world.envoy)
    author = api.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()["itemReviewed"]["author"]
    assert author == {
        "@type": "Person",
        "name": "Farid Mamundzay",
        "sameAs": "https://www.wikidata.org/wiki/Q105000000",
    }


def test_a_claim_the_source_makes_itself_is_authored_by_its_outlet(api, world):
    review = api.get(f"/api/v1/claims/{world.troops.pk}/claimreview/").json()
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Tass"}


def test_the_publisher_is_configurable(api, world, settings):
    settings.API_PUBLISHER_NAME = "Example Fact Check"
    settings.API_PUBLISHER_URL = "https://factcheck.example.org/"
    review = api.get(f"/api/v1/claims/{world.troops.pk}/claimreview/").json()
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example.org/",
    }


def test_a_client_that_accepts_only_json_gets_the_claimreview_as_json(api, world):
    response = api.get(
        f"/api/v1/claims/{world.troops.pk}/claimreview/", HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["@type"] == "ClaimReview"
