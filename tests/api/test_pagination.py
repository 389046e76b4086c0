"""Cursor pagination: stable while rows are added, page_size capped, queries fixed per page."""

import itertools

import pytest

from claims.models import ReviewStatus, Stance, Verdict
from tests.api.conftest import ids, with_status
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_quote,
    make_source,
    make_speaker,
)

pytestmark = pytest.mark.django_db
_batch = itertools.count()


def many_quotes(count: int) -> list:
    """`count` verified quotes, each by its own speaker, each appearing in two sources."""
    batch = next(_batch)
    sources = [make_source(f"Source {batch}.{n}: we will win, it said.") for n in range(2)]
    quotes = []
    for n in range(count):
        quote = make_quote("we will win", speaker=make_speaker(f"Speaker {batch}.{n}"))
        for source in sources:
            make_appearance(quote, source, "we will win")
        quotes.append(with_status(quote, ReviewStatus.VERIFIED))  # published, then locked
    return quotes


def many_claims(count: int) -> list:
    sources = [make_source(f"Source {n}: at least 85% fell.") for n in range(2)]
    claims = []
    for n in range(count):
        claim = make_claim(f"Claim {n}: at least 85%", claimant=make_speaker(f"Claimant {n}"))
        for source in sources:
            make_appearance(claim, source, "at least 85%")
            make_evidence(claim, source, Stance.CONTEXT)
        claims.append(with_status(claim, ReviewStatus.VERIFIED, verdict=Verdict.MOSTLY_TRUE))
    return claims


def test_default_page_size_comes_from_settings(api, db, settings):
    settings.API_PAGE_SIZE = 2
    many_quotes(3)
    page = api.get("/api/v1/quotes/").json()
    assert len(page["results"]) == 2 and page["next"]


def test_page_size_is_capped_at_the_maximum(api, db, settings):
    settings.API_MAX_PAGE_SIZE = 2
    many_quotes(3)
    assert len(api.get("/api/v1/quotes/", {"page_size": 1000}).json()["results"]) == 2


def test_pages_do_not_shift_when_rows_are_added(api, db):
    first_batch = many_quotes(5)
    page1 = api.get("/api/v1/quotes/", {"page_size": 2}).json()
    assert ids_of(page1) == [first_batch[4].pk, first_batch[3].pk]
    many_quotes(3)  # newer rows arrive while the client pages
    page2 = api.get(page1["next"]).json()
    assert ids_of(page2) == [first_batch[2].pk, first_batch[1].pk]
    page3 = api.get(page2["next"]).json()
    assert ids_of(page3) == [first_batch[0].pk]
    assert page3["next"] is None
    back = api.get(page3["previous"]).json()
    assert ids_of(back) == ids_of(page2)


def test_pages_carry_link_headers(api, db):
    many_quotes(3)
    response = api.get("/api/v1/quotes/", {"page_size": 1})
    assert 'rel="next"' in response["Link"]


def test_a_hand_made_cursor_for_another_ordering_is_a_400(api, world):
    page = api.get("/api/v1/quotes/", {"ordering": "said_on", "page_size": 1}).json()
    cursor = page["next"].split("cursor=")[1].split("&")[0]
    response = api.get("/api/v1/quotes/", {"cursor": cursor})  # ordering by id now
    assert response.status_code == 400
    assert "cursor" in response.json()


def ids_of(page: dict) -> list[int]:
    return [item["id"] for item in page["results"]]


@pytest.mark.parametrize("page_size", [1, 100])
def test_quotes_list_costs_two_queries_whatever_the_page_size(
    api, db, page_size, django_assert_num_queries
):
    many_quotes(100)
    with django_assert_num_queries(2):  # the page; the appearances with sources and outlets
        response = api.get("/api/v1/quotes/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("page_size", [1, 100])
def test_claims_list_costs_three_queries_whatever_the_page_size(
    api, db, page_size, django_assert_num_queries
):
    many_claims(100)
    with django_assert_num_queries(3):  # the page; appearances; evidence
        response = api.get("/api/v1/claims/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("page_size", [1, 100])
def test_csv_costs_the_same_queries_as_json(api, db, page_size, django_assert_num_queries):
    many_quotes(100)
    with django_assert_num_queries(2):
        response = api.get("/api/v1/quotes/", {"page_size": page_size, "format": "csv"})
    assert len(response.content.decode().strip().splitlines()) == page_size + 1


@pytest.mark.parametrize("page_size", [1, 100])
def test_speakers_and_sources_lists_do_not_grow_with_the_page(
    api, db, page_size, django_assert_num_queries
):
    many_quotes(100)
    with django_assert_num_queries(2):  # the page; the aliases
        speakers = api.get("/api/v1/speakers/", {"page_size": page_size})
    assert len(speakers.json()["results"]) == page_size
    with django_assert_num_queries(1):
        api.get("/api/v1/sources/", {"page_size": page_size})
    with django_assert_num_queries(1):
        api.get("/api/v1/outlets/", {"page_size": page_size})


def test_ids_helper_matches(api, world):
    assert ids(api.get("/api/v1/quotes/")) == [world.taliban_quote.pk, world.envoy_quote.pk]
