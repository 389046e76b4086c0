"""`q=`: full-text search, ranked on PostgreSQL; a contains-search on SQLite."""

import pytest
from django.db.models import FloatField
from django.db.models.functions import Cast

from tests.api.conftest import ids, verified_claim, verified_quote

pytestmark = pytest.mark.django_db


def test_search_finds_quotes_by_their_words(api, world):
    assert ids(api.get("/api/v1/quotes/", {"q": "friend"})) == [world.envoy_quote.pk]
    assert ids(api.get("/api/v1/quotes/", {"q": "elephant"})) == []


def test_search_finds_claims_by_their_statement(api, world):
    assert ids(api.get("/api/v1/claims/", {"q": "Tajikistan"})) == [world.troops.pk]


def test_search_combines_with_filters(api, world):
    other = verified_quote("India is a friend of the Taliban.", speaker=world.taliban)
    assert set(ids(api.get("/api/v1/quotes/", {"q": "friend"}))) == {
        world.envoy_quote.pk,
        other.pk,
    }
    found = ids(api.get("/api/v1/quotes/", {"q": "friend", "speaker": "Taliban"}))
    assert found == [other.pk]


def test_search_with_an_explicit_ordering_obeys_it(api, world):
    other = verified_quote("A friend indeed.", speaker=world.taliban)
    found = ids(api.get("/api/v1/quotes/", {"q": "friend", "ordering": "id"}))
    assert found == [world.envoy_quote.pk, other.pk]


@pytest.mark.postgres
def test_search_stems_words_on_postgres(api, world):
    assert ids(api.get("/api/v1/quotes/", {"q": "friends"})) == [world.envoy_quote.pk]
    assert ids(api.get("/api/v1/claims/", {"q": "controlling"})) == [world.territory.pk]


@pytest.mark.postgres
def test_search_ranks_closer_matches_first_on_postgres(api, world):
    passing = verified_claim("The border was quiet; troops rested; the Taliban waited.")
    dense = verified_claim("Taliban troops took the border; Taliban troops held the border.")
    found = ids(api.get("/api/v1/claims/", {"q": "Taliban border troops"}))
    assert found[:2] == [dense.pk, passing.pk]


@pytest.mark.postgres
def test_ranked_search_pages_with_a_cursor_without_losing_rows(api, world):
    made = {
        verified_quote(f"border {'border ' * n}talk {n}", speaker=world.envoy).pk for n in range(7)
    }
    seen, url = [], "/api/v1/quotes/?q=border&page_size=2"
    while url:
        page = api.get(url)
        assert page.status_code == 200
        seen += [item["id"] for item in page.json()["results"]]
        url = page.json()["next"]
    assert len(seen) == len(set(seen))
    assert made <= set(seen)


@pytest.mark.postgres
def test_search_accepts_web_search_syntax_and_odd_input_on_postgres(api, world):
    assert ids(api.get("/api/v1/quotes/", {"q": '"true friend" -enemy'})) == [world.envoy_quote.pk]
    for odd in ("&|!", "'", "(((", "a:*"):
        assert api.get("/api/v1/quotes/", {"q": odd}).status_code == 200


@pytest.mark.postgres
def test_a_ranked_search_pages_in_the_same_order_when_only_the_newest_matches_are_ranked(
    api, world, monkeypatch
):
    from claims import models

    monkeypatch.setattr(models, "RANK_WINDOW", 3)
    for n in range(9):
        verified_quote(f"convoy {'convoy ' * (n % 4)}number {n}", speaker=world.envoy)
    whole = list(models.Quote.objects.verified().search("convoy").values_list("pk", flat=True))
    seen, url = [], "/api/v1/quotes/?q=convoy&page_size=2"
    while url:  # each page read through the ranked head: window and older rows alike
        page = api.get(url)
        seen += [item["id"] for item in page.json()["results"]]
        url = page.json()["next"]
    assert seen == whole


@pytest.mark.postgres
def test_the_ranked_head_below_a_position_is_what_follows_it_in_the_whole_ranking(
    world, monkeypatch
):
    from claims import models

    monkeypatch.setattr(models, "RANK_WINDOW", 4)
    for n in range(10):
        verified_quote(f"ferry {'ferry ' * (n % 3)}crossing {n}", speaker=world.envoy)
    found = (
        models.Quote.objects.verified()
        .search("ferry")
        .annotate(score=Cast("search_rank", FloatField()))
    )
    whole = list(found.values_list("pk", "score"))
    assert [score for _, score in whole[4:]] == [0.0] * 6  # older than the window: unranked
    for position in sorted({score for _, score in whole}, reverse=True):
        after = [pk for pk, score in whole if score < position]
        head = found.ranked_head(3, below=position)
        assert list(head.values_list("pk", flat=True)) == after[:3], position
    assert list(found.ranked_head(5).values_list("pk", flat=True)) == [pk for pk, _ in whole[:5]]
