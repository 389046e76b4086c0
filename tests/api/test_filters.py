"""Every filter of the list endpoints, and a 400 with the field's message for a bad value."""

import datetime

import pytest

from claims.models import ReviewStatus, Stance, Verdict
from tests.api.conftest import ids, verified_quote, with_status
from tests.factories import make_appearance, make_claim, make_evidence

pytestmark = pytest.mark.django_db


def test_quotes_by_speaker_id_name_or_alias(api, world):
    expected = [world.envoy_quote.pk]
    for value in (world.envoy.pk, "Farid Mamundzay", "farid mamundzay", "the Afghan envoy"):
        assert ids(api.get("/api/v1/quotes/", {"speaker": value})) == expected
    assert ids(api.get("/api/v1/quotes/", {"speaker": "Nobody"})) == []


def test_claims_by_claimant_name(api, world):
    assert ids(api.get("/api/v1/claims/", {"speaker": "Taliban"})) == [world.territory.pk]


def test_items_by_source(api, world):
    assert ids(api.get("/api/v1/quotes/", {"source": world.july14.pk})) == [world.envoy_quote.pk]
    both = ids(api.get("/api/v1/claims/", {"source": world.july16.pk}))
    assert both == [world.troops.pk, world.territory.pk]  # each listed once


def test_items_by_outlet_id_or_name(api, world):
    assert ids(api.get("/api/v1/quotes/", {"outlet": "tass"})) == [world.taliban_quote.pk]
    assert ids(api.get("/api/v1/quotes/", {"outlet": world.ndtv.pk})) == [world.envoy_quote.pk]
    assert ids(api.get("/api/v1/claims/", {"outlet": "NDTV"})) == [world.territory.pk]


def test_quotes_by_when_they_were_said(api, world):
    later = verified_quote("We are ready.", speaker=world.envoy, said_on=datetime.date(2021, 7, 20))
    assert ids(api.get("/api/v1/quotes/", {"said_after": "2021-07-14"})) == [later.pk]
    before = ids(api.get("/api/v1/quotes/", {"said_before": "2021-07-14"}))
    assert before == [world.envoy_quote.pk]  # a quote without said_on matches neither
    span = {"said_after": "2021-07-13", "said_before": "2021-07-13"}
    assert ids(api.get("/api/v1/quotes/", span)) == [world.envoy_quote.pk]


def test_items_by_publication_date_of_their_sources(api, world):
    after = ids(api.get("/api/v1/quotes/", {"published_after": "2021-07-15"}))
    assert after == [world.taliban_quote.pk]
    before = ids(api.get("/api/v1/claims/", {"published_before": "2021-07-14"}))
    assert before == [world.territory.pk]


def test_claims_by_unit_ignoring_case(api, world):
    assert ids(api.get("/api/v1/claims/", {"unit": "Percent"})) == [world.territory.pk]
    assert ids(api.get("/api/v1/claims/", {"unit": "troops"})) == [world.troops.pk]


def test_claims_by_verdict(api, world):
    assert ids(api.get("/api/v1/claims/", {"verdict": Verdict.TRUE})) == [world.troops.pk]
    assert ids(api.get("/api/v1/claims/", {"verdict": Verdict.FALSE})) == []


def test_claims_by_stance_of_their_evidence(api, world):
    assert ids(api.get("/api/v1/claims/", {"stance": Stance.DISPUTES})) == [world.territory.pk]
    assert ids(api.get("/api/v1/claims/", {"stance": Stance.SUPPORTS})) == [world.troops.pk]
    with_status(world.territory, ReviewStatus.IN_REVIEW)  # reopened, to add evidence
    make_evidence(world.territory, world.july14, Stance.SUPPORTS)
    with_status(world.territory, ReviewStatus.VERIFIED)
    supported = ids(api.get("/api/v1/claims/", {"stance": Stance.SUPPORTS}))
    assert supported == [world.troops.pk, world.territory.pk]


def test_filters_combine(api, world):
    other = make_claim("At least 85% of districts fell.", claimant=world.taliban, unit="percent")
    make_appearance(other, world.july16, "over 85%")
    with_status(other, ReviewStatus.VERIFIED, verdict=Verdict.TRUE)
    query = {"unit": "percent", "outlet": "NDTV", "speaker": "Taliban"}
    assert ids(api.get("/api/v1/claims/", query)) == [world.territory.pk]


def test_ordering_by_said_on_puts_undated_quotes_first_and_pages_through_them(api, world):
    third = verified_quote("Third.", speaker=world.envoy, said_on=datetime.date(2021, 7, 1))
    response = api.get("/api/v1/quotes/", {"ordering": "said_on"})
    assert ids(response) == [world.taliban_quote.pk, third.pk, world.envoy_quote.pk]
    descending = ids(api.get("/api/v1/quotes/", {"ordering": "-said_on"}))
    assert descending == [world.envoy_quote.pk, third.pk, world.taliban_quote.pk]
    seen, url = [], "/api/v1/quotes/?ordering=said_on&page_size=1"
    while url:
        page = api.get(url).json()
        seen += [item["id"] for item in page["results"]]
        url = page["next"]
    assert seen == ids(response)


def test_speakers_sources_and_outlets_have_their_filters(api, world):
    assert ids(api.get("/api/v1/speakers/", {"name": "the afghan envoy"})) == [world.envoy.pk]
    assert ids(api.get("/api/v1/speakers/", {"kind": "organisation"})) == [world.taliban.pk]
    assert ids(api.get("/api/v1/sources/", {"outlet": "NDTV"})) == [world.july14.pk]
    assert ids(api.get("/api/v1/sources/", {"published_after": "2021-07-15"})) == [world.july16.pk]
    assert ids(api.get("/api/v1/outlets/", {"kind": "wire_agency"})) == [world.tass.pk]


@pytest.mark.parametrize(
    ("path", "query", "field"),
    [
        ("quotes", {"said_after": "last tuesday"}, "said_after"),
        ("quotes", {"said_before": "2021-02-30"}, "said_before"),
        ("claims", {"published_after": "2021-13-01"}, "published_after"),
        ("claims", {"verdict": "pants-on-fire"}, "verdict"),
        ("claims", {"stance": "neutral"}, "stance"),
        ("quotes", {"source": "abc"}, "source"),
        ("quotes", {"source": "99999999999999999999999"}, "source"),
        ("quotes", {"ordering": "popularity"}, "ordering"),
        ("claims", {"ordering": "-id,statement"}, "ordering"),
        ("quotes", {"page_size": "lots"}, "page_size"),
        ("quotes", {"page_size": "0"}, "page_size"),
        ("quotes", {"cursor": "not-a-cursor"}, "cursor"),
        ("quotes", {"q": "nul\x00byte"}, "q"),
        ("sources", {"published_before": "yesterday"}, "published_before"),
        ("speakers", {"kind": "robot"}, "kind"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_field(api, world, path, query, field):
    response = api.get(f"/api/v1/{path}/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert field in response.json()
    assert response.json()[field]


def test_the_ordering_message_lists_the_fields_to_choose_from(api, world):
    message = api.get("/api/v1/quotes/", {"ordering": "x"}).json()["ordering"][0]
    assert "'x'" in message and "said_on" in message and "verified_at" in message


def test_a_bad_filter_on_a_csv_request_is_still_a_json_400(api, world):
    response = api.get("/api/v1/quotes/", {"format": "csv", "said_after": "soon"})
    assert response.status_code == 400
    assert response.json() == {"said_after": ["Enter a valid date."]}


def test_a_huge_id_in_the_path_is_a_404(api, world):
    assert api.get("/api/v1/quotes/99999999999999999999999/").status_code == 404


@pytest.mark.parametrize("path", ["quotes", "claims", "sources"])
@pytest.mark.parametrize("value", ["²", "٣", "-3", "1 2"])
def test_an_outlet_that_looks_numeric_but_is_not_an_id_is_read_as_a_name(api, world, path, value):
    # str.isdigit() is true for '²' and '٣'; neither is an id, so they are outlet names (none
    # matches) rather than a 500 from int().
    response = api.get(f"/api/v1/{path}/", {"outlet": value})
    assert response.status_code == 200
    assert response.json()["results"] == []
