"""The hot lists serialise from `.values()`: each item equals its detail representation."""

import pytest

from claims.api import lean
from claims.api.serializers import APPEARANCE_ORDER, EVIDENCE_ORDER
from claims.models import Appearance, Claim, Evidence, Quote, ReviewStatus
from tests.api.conftest import with_status
from tests.factories import make_quote

pytestmark = pytest.mark.django_db


def test_every_listed_quote_equals_its_detail(api, world):
    for item in api.get("/api/v1/quotes/").json()["results"]:
        assert api.get(item["url"]).json() == item


def test_every_listed_claim_equals_its_detail(api, world):
    listed = api.get("/api/v1/claims/").json()["results"]
    assert listed
    for item in listed:
        assert api.get(item["url"]).json() == item


@pytest.mark.parametrize("page_size", [1, 2, 100])
def test_pages_of_any_size_list_what_the_details_show(api, world, page_size):
    # The nested lists run one compiled statement whatever the number of ids on the page.
    for endpoint in ("/api/v1/quotes/", "/api/v1/claims/"):
        url, seen = f"{endpoint}?page_size={page_size}", 0
        while url:
            page = api.get(url).json()
            for item in page["results"]:
                assert api.get(item["url"]).json() == item
            seen += len(page["results"])
            url = page["next"]
        assert seen == 2


def test_nested_rows_are_the_rows_the_orm_gives(world, django_assert_num_queries):
    quotes = list(Quote.objects.order_by("pk").values_list("pk", flat=True))
    claims = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    cases = [
        (lean.APPEARANCES["quote"], Appearance, "quote_id", APPEARANCE_ORDER, quotes),
        (lean.APPEARANCES["claim"], Appearance, "claim_id", APPEARANCE_ORDER, claims),
        (lean.EVIDENCE, Evidence, "claim_id", EVIDENCE_ORDER, claims),
    ]
    for query, model, column, order, every in cases:
        fields = query.build().query.values_select
        # All, one, and ids of which some have no rows (or are no item at all).
        for ids in (every, every[:1], [every[-1], 987654321]):
            expected = list(
                model.objects.filter(**{f"{column}__in": ids}).order_by(*order).values(*fields)
            )
            assert expected, "the world has rows for each of these"
            with django_assert_num_queries(1):
                assert query.rows(ids) == expected
    with django_assert_num_queries(0):
        assert lean.EVIDENCE.rows([]) == []


def test_a_quote_without_a_speaker_lists_like_its_detail_for_staff(staff_api, world):
    quote = with_status(make_quote("who said this?", speaker=None), ReviewStatus.UNREVIEWED)
    (item,) = staff_api.get("/api/v1/quotes/", {"status": "unreviewed"}).json()["results"]
    assert item["speaker"] is None
    assert staff_api.get(f"/api/v1/quotes/{quote.pk}/").json() == item


def test_quote_shape(api, world):
    item = api.get(f"/api/v1/quotes/{world.envoy_quote.pk}/").json()
    assert item == {
        "id": world.envoy_quote.pk,
        "text": "India has been a true friend.",
        "partial": False,
        "speaker": {
            "id": world.envoy.pk,
            "name": "Farid Mamundzay",
            "kind": "person",
            "wikidata_id": "Q105000000",
        },
        "speaker_description": "",
        "said_on": "2021-07-13",
        "via": "NDTV",
        "appearances": [
            {
                "source": {
                    "id": world.july14.pk,
                    "title": "Afghan envoy on India",
                    "url": "https://example.org/ndtv/envoy",
                    "outlet": {"id": world.ndtv.pk, "name": "NDTV"},
                    "published_on": "2021-07-14",
                },
                "wording": "India has been a true friend.",
                "start": 45,
                "end": 74,
            }
        ],
        "status": "verified",
        "verified_at": "2021-07-20T12:00:00Z",
        "url": f"http://testserver/api/v1/quotes/{world.envoy_quote.pk}/",
    }
    source_text = api.get(f"/api/v1/sources/{world.july14.pk}/").json()["text"]
    assert source_text[45:74] == "India has been a true friend."


def test_claim_shape(api, world):
    item = api.get(f"/api/v1/claims/{world.territory.pk}/").json()
    assert item["claimant"]["name"] == "Taliban"
    assert item["quantity"] == {
        "value": None,
        "lower": 85.0,
        "upper": None,
        "lower_inclusive": True,
        "upper_inclusive": True,
        "unit": "percent",
        "kind": "percent",
        "change": "",
        "difference": False,
        "noun": "",
        "qualifier": "at_least",
        "vague": False,
        "total": None,
        "measure": "",
        "as_of": None,
    }
    assert item["verdict"] == "mostly_false"
    assert [e["stance"] for e in item["evidence"]] == ["disputes"]
    assert item["evidence"][0]["summary"] == "204 of 407 districts."
    # Earliest source first.
    assert [a["wording"] for a in item["appearances"]] == ["at least 85 per cent", "over 85%"]
    assert item["reviewed_at"] == "2021-07-20T12:00:00Z"
