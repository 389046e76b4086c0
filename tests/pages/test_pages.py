"""The public fact-check pages: what a reader sees of a verified claim or quote, and that nothing
else is published (issue 13, item 3)."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from django.test import Client

from claims.models import Claim, Quote, ReviewStatus, Speaker, Stance, Verdict
from tests.api.conftest import NON_VERIFIED, verified_claim, verified_quote, with_status
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_quote,
    make_source,
    make_speaker,
)

pytestmark = pytest.mark.django_db

TERRITORY = "The Taliban controls at least 85% of Afghanistan&#x27;s territory."
TROOPS = "More than 1,000 Afghan government troops fled to Tajikistan."
TERRITORY_SLUG = "the-taliban-controls-at-least-85-of-afghanistans-territory"


@pytest.fixture
def reader() -> Client:
    return Client()


def body(response) -> str:
    return response.content.decode()


def json_ld(response) -> dict:
    (found,) = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', body(response), re.S
    )
    return json.loads(found)


# --- a claim's page -----------------------------------------------------------------------


def test_a_claim_page_shows_statement_claimant_verdict_appearances_and_evidence(reader, world):
    Claim.objects.filter(pk=world.territory.pk).update(
        verdict_explanation="Only 204 of 407 districts were held."
    )
    response = reader.get(f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/")
    assert response.status_code == 200
    html = body(response)
    assert "<h1>The Taliban controls at least 85% of Afghanistan&#x27;s territory.</h1>" in html
    assert f'href="/speakers/{world.taliban.pk}/taliban/">Taliban</a>' in html
    assert "Mostly false" in html and "Only 204 of 407 districts were held." in html
    # Each appearance: its outlet, its date, and the words highlighted in their sentence.
    assert '<span class="outlet">NDTV</span>' in html and '<span class="outlet">Tass</span>' in html
    assert '<time datetime="2021-07-14">14 July 2021</time>' in html
    assert (
        "The Taliban claims it controls <mark>at least 85 per cent</mark> of the war-torn" in html
    )
    assert "The Taliban controls <mark>over 85%</mark> of the territory, it says." in html
    # The context stays in the paragraph: not the title line above it.
    assert "spillover\n\nThe Afghan envoy" not in html
    assert "<p>The Afghan envoy said “we need air support”" in html
    # The evidence with its stance and public summary; the reviewers' note never.
    assert "Disputes" in html and "204 of 407 districts." in html
    assert "check the district count again" not in html


def test_the_earliest_appearance_is_listed_first(reader, world):
    html = body(reader.get(f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/"))
    assert html.index("at least 85 per cent") < html.index("over 85%")


@pytest.mark.parametrize("slug", ["", "an-old-statement/", "The-Taliban/"])
def test_a_missing_or_wrong_slug_redirects_permanently_to_the_page(reader, world, slug):
    response = reader.get(f"/claims/{world.territory.pk}/{slug}")
    assert response.status_code == 301
    assert response["Location"] == f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/"


def test_the_page_embeds_its_claimreview_whose_url_is_the_page(reader, world):
    response = reader.get(f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/")
    review = json_ld(response)
    page_url = f"http://testserver/claims/{world.territory.pk}/{TERRITORY_SLUG}/"
    assert review["url"] == page_url
    assert f'<link rel="canonical" href="{page_url}">' in body(response)
    # The same document the API serves.
    api = reader.get(f"/api/v1/claims/{world.territory.pk}/claimreview/").json()
    assert review == api


def test_words_that_would_close_the_script_element_are_escaped(reader, world):
    claim = verified_claim("Evil</script><script>alert(1)</script> & more", claimant=world.taliban)
    response = reader.get(f"/claims/{claim.pk}/{claim.slug}/")
    assert response.status_code == 200
    assert "<script>alert(1)" not in body(response)
    assert json_ld(response)["claimReviewed"] == "Evil</script><script>alert(1)</script> & more"


def test_open_graph_tags_describe_the_fact_check(reader, world):
    html = body(reader.get(f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/"))
    assert '<meta property="og:type" content="article">' in html
    assert (
        '<meta property="og:title" content="Mostly false: The Taliban controls at least 85% of '
        'Afghanistan&#x27;s territory.">' in html
    )
    assert (
        f'<meta property="og:url" content="http://testserver/claims/{world.territory.pk}/'
        f'{TERRITORY_SLUG}/">' in html
    )


@pytest.mark.parametrize("status", NON_VERIFIED)
def test_a_claim_that_is_not_verified_is_not_found(reader, world, status):
    claim = with_status(make_claim("Kabul will fall within a month."), status)
    assert reader.get(f"/claims/{claim.pk}/{claim.slug}/").status_code == 404
    assert reader.get(f"/claims/{claim.pk}/").status_code == 404


@pytest.mark.parametrize("path", ["/claims/99999999/x/", "/claims/9999999999999999999999/x/"])
def test_an_unknown_or_impossible_id_is_not_found(reader, world, path):
    assert reader.get(path).status_code == 404


# --- a quote's page ------------------------------------------------------------------------


def test_a_quote_page_shows_the_words_speaker_and_where_they_appeared(reader, world):
    quote = world.envoy_quote
    response = reader.get(f"/quotes/{quote.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/quotes/{quote.pk}/india-has-been-a-true-friend/"
    html = body(reader.get(response["Location"]))
    assert "“India has been a true friend.”</h1>" in html
    assert f'href="/speakers/{world.envoy.pk}/farid-mamundzay/">Farid Mamundzay</a>' in html
    assert '<time datetime="2021-07-13">13 July 2021</time>' in html  # said on
    assert "Farid Mamundzay told NDTV: “<mark>India has been a true friend.</mark>”" in html
    assert "application/ld+json" not in html  # a ClaimReview is for claims


@pytest.mark.parametrize("status", NON_VERIFIED)
def test_a_quote_that_is_not_verified_is_not_found(reader, world, status):
    quote = with_status(make_quote("We will take Kabul."), status)
    assert reader.get(f"/quotes/{quote.pk}/{quote.slug}/").status_code == 404


# --- speakers ------------------------------------------------------------------------------


def test_a_speaker_page_lists_only_their_verified_quotes_and_claims(reader, world):
    with_status(make_quote("A draft nobody checked.", speaker=world.envoy), ReviewStatus.IN_REVIEW)
    claim = make_claim("The envoy's retracted claim.", claimant=world.envoy)
    with_status(claim, ReviewStatus.RETRACTED)
    html = body(reader.get(f"/speakers/{world.envoy.pk}/farid-mamundzay/"))
    assert "<h1>Farid Mamundzay</h1>" in html
    assert "also called the Afghan envoy" in html
    assert "India has been a true friend." in html
    assert "A draft nobody checked." not in html and "retracted claim" not in html


def test_a_speaker_with_nothing_verified_is_not_found(reader, world):
    speaker = make_speaker("Somebody Unchecked")
    with_status(make_quote("Something.", speaker=speaker), ReviewStatus.UNREVIEWED)
    assert reader.get(f"/speakers/{speaker.pk}/somebody-unchecked/").status_code == 404


# --- the index -----------------------------------------------------------------------------


def listed(response) -> list[str]:
    return re.findall(r'<h2><a href="/(?:claims|quotes)/\d+/[^"]+">(.*?)</a></h2>', body(response))


def test_the_index_lists_verified_claims_newest_first(reader, world):
    verified_claim("Three provinces fell in a week.")
    for status in NON_VERIFIED:
        with_status(make_claim(f"A claim that is {status}."), status)
    response = reader.get("/claims/")
    assert response.status_code == 200
    assert listed(response) == [
        "Three provinces fell in a week.",
        "More than 1,000 Afghan government troops fled to Tajikistan.",
        "The Taliban controls at least 85% of Afghanistan&#x27;s territory.",
    ]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("q=troops", [TROOPS]),
        ("verdict=mostly_false", [TERRITORY]),
        ("speaker=Taliban", [TERRITORY]),
        ("outlet=ndtv", [TERRITORY]),
        ("published_before=2021-07-14", [TERRITORY]),
        ("published_after=2021-07-15&verdict=true", [TROOPS]),
        ("published_after=2021-08-01", []),
    ],
)  # fmt: skip
def test_the_index_searches_and_filters(reader, world, query, expected):
    response = reader.get(f"/claims/?{query}")
    assert response.status_code == 200
    assert listed(response) == expected


@pytest.mark.parametrize(
    "query, message",
    [
        ("published_after=2021-13-45", "published_after=&#x27;2021-13-45&#x27;: Enter a valid"),
        ("verdict=very_true", "verdict=&#x27;very_true&#x27;: Select a valid choice."),
        ("page=two", "page=&#x27;two&#x27;: a page is a whole number from 1 to 500."),
        ("page=0", "page=&#x27;0&#x27;: a page is a whole number from 1 to 500."),
        ("page=501", "page=&#x27;501&#x27;: a page is a whole number from 1 to 500."),
    ],
)  # fmt: skip
def test_a_bad_filter_value_is_a_400_that_names_it(reader, world, query, message):
    response = reader.get(f"/claims/?{query}")
    assert response.status_code == 400
    assert message in body(response)
    assert listed(response) == []


def test_the_index_pages_through_many_claims_keeping_the_filters(reader, world):
    for n in range(25):
        verified_claim(f"Claim number {n} about troops.", verdict=Verdict.TRUE)
    first = reader.get("/claims/?q=troops")
    assert len(listed(first)) == 20
    assert "Page 1" in body(first) and 'rel="prev"' not in body(first)
    assert 'href="?q=troops&amp;page=2" rel="next"' in body(first)
    second = reader.get("/claims/?q=troops&page=2")
    assert len(listed(second)) == 6  # 25 + the world's troops claim
    assert not set(listed(first)) & set(listed(second))
    assert 'href="?q=troops&amp;page=1" rel="prev"' in body(second)
    assert 'rel="next"' not in body(second)


def test_the_index_costs_a_fixed_number_of_queries(reader, world, django_assert_num_queries):
    for n in range(10):
        claim = make_claim(f"Claim {n}.", claimant=world.taliban)
        make_appearance(claim, world.july16, "over 85%")
        make_appearance(claim, world.july14, "at least 85 per cent")
        with_status(claim, ReviewStatus.VERIFIED)  # published once built
    # The page with claimants joined, and appearances with sources and outlets joined; no count.
    with django_assert_num_queries(2):
        assert reader.get("/claims/").status_code == 200


def test_the_quote_index_lists_only_verified_quotes_and_searches(reader, world):
    with_status(make_quote("An unchecked remark."), ReviewStatus.UNREVIEWED)
    # Verified at the same moment: the newer quote first.
    assert listed(reader.get("/quotes/")) == [
        "“we will not attack the border”",
        "“India has been a true friend.”",
    ]
    assert listed(reader.get("/quotes/?speaker=the+Afghan+envoy")) == [
        "“India has been a true friend.”"
    ]
    assert listed(reader.get("/quotes/?q=border")) == ["“we will not attack the border”"]


def test_the_site_root_and_the_admins_view_site_link_lead_to_the_index(reader, admin_client):
    response = reader.get("/")
    assert response.status_code == 302 and response["Location"] == "/claims/"
    assert '<a href="/claims/">View site</a>' in body(admin_client.get("/admin/"))


# --- sitemap and feed ----------------------------------------------------------------------


def test_the_sitemap_lists_verified_items_and_public_speakers_only(reader, world):
    hidden_claim = with_status(make_claim("A rejected claim."), ReviewStatus.REJECTED)
    hidden_quote = with_status(make_quote("A retracted quote."), ReviewStatus.RETRACTED)
    index = body(reader.get("/sitemap.xml"))
    sections = re.findall(r"<loc>http://testserver(/sitemap-\w+\.xml)</loc>", index)
    assert sorted(sections) == [
        "/sitemap-claims.xml",
        "/sitemap-index.xml",
        "/sitemap-quotes.xml",
        "/sitemap-speakers.xml",
    ]
    urls = set()
    for section in sections:
        response = reader.get(section)
        assert response.status_code == 200
        urls |= set(re.findall(r"<loc>http://testserver(.*?)</loc>", body(response)))
    assert urls == {
        "/claims/",
        "/quotes/",
        f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/",
        f"/claims/{world.troops.pk}/{world.troops.slug}/",
        f"/quotes/{world.envoy_quote.pk}/india-has-been-a-true-friend/",
        f"/quotes/{world.taliban_quote.pk}/we-will-not-attack-the-border/",
        f"/speakers/{world.envoy.pk}/farid-mamundzay/",
        f"/speakers/{world.taliban.pk}/taliban/",
    }
    assert hidden_claim.slug not in str(urls) and hidden_quote.slug not in str(urls)
    # The quote's speaker is public only through that quote: not listed.
    assert not any(f"/speakers/{hidden_quote.speaker_id}/" in u for u in urls)


def test_the_feed_lists_newly_verified_items_only_newest_first(reader, world):
    later = verified_quote("The bridge is open.", speaker=world.envoy)
    Quote.objects.filter(pk=later.pk).update(
        reviewed_at=datetime.datetime(2021, 8, 2, tzinfo=datetime.UTC)
    )
    with_status(make_claim("An unreviewed claim."), ReviewStatus.UNREVIEWED)
    with_status(make_quote("A rejected quote."), ReviewStatus.REJECTED)
    response = reader.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    links = re.findall(
        r'<link href="http://testserver(/(?:claims|quotes)/[^"]+)" rel="alternate"', body(response)
    )
    assert links[0] == f"/quotes/{later.pk}/the-bridge-is-open/"
    assert sorted(links) == sorted(
        [
            f"/quotes/{later.pk}/the-bridge-is-open/",
            f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/",
            f"/claims/{world.troops.pk}/{world.troops.slug}/",
            f"/quotes/{world.envoy_quote.pk}/india-has-been-a-true-friend/",
            f"/quotes/{world.taliban_quote.pk}/we-will-not-attack-the-border/",
        ]
    )
    assert "unreviewed claim" not in body(response) and "rejected quote" not in body(response)


# --- HTTP caching --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["claim", "quote", "claims", "quotes", "speaker", "feed"])
def test_a_conditional_get_that_still_matches_is_answered_304(reader, world, kind):
    path = {
        "claim": f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/",
        "quote": f"/quotes/{world.envoy_quote.pk}/india-has-been-a-true-friend/",
        "claims": "/claims/?q=troops",
        "quotes": "/quotes/",
        "speaker": f"/speakers/{world.taliban.pk}/taliban/",
        "feed": "/feed/",
    }[kind]
    first = reader.get(path)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=300" in first["Cache-Control"]
    etag = first["ETag"]
    assert reader.get(path)["ETag"] == etag  # nothing per request in the page
    again = reader.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert reader.get(path, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_a_claim_page_answers_if_modified_since_with_its_last_change(reader, world):
    path = f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/"
    first = reader.get(path)
    modified = first["Last-Modified"]
    assert reader.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # The claim changes: its page is new again, with a new ETag.
    Claim.objects.filter(pk=world.territory.pk).update(
        verdict_explanation="Reconsidered.",
        updated_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=5),
    )
    changed = reader.get(path, HTTP_IF_MODIFIED_SINCE=modified, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert "Reconsidered." in body(changed) and changed["ETag"] != first["ETag"]


def test_a_retracted_claim_leaves_its_page(reader, world):
    path = f"/claims/{world.territory.pk}/{TERRITORY_SLUG}/"
    etag = reader.get(path)["ETag"]
    with_status(world.territory, ReviewStatus.RETRACTED)
    assert reader.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 404


def test_an_appearance_in_an_untitled_undated_source_still_renders(reader, world):
    source = make_source("Officials said the pass at Torkham was closed on Friday.")
    claim = make_claim("The Torkham pass was closed.")
    make_appearance(claim, source, "the pass at Torkham was closed")
    claim = with_status(claim, ReviewStatus.VERIFIED)
    html = body(reader.get(f"/claims/{claim.pk}/{claim.slug}/"))
    assert "Officials said <mark>the pass at Torkham was closed</mark> on Friday." in html
    assert "date not given" in html


def test_every_public_page_renders_after_an_ingest_of_extreme_numbers(reader, adversarial):
    urls = ["/claims/", "/quotes/", "/feed/", "/sitemap.xml", "/claims/?q=troops"]
    urls += [f"/sitemap-{section}.xml" for section in ("index", "claims", "quotes", "speakers")]
    urls += [f"/claims/{c.pk}/{c.slug}/" for c in Claim.objects.verified()]
    urls += [f"/quotes/{q.pk}/{q.slug}/" for q in Quote.objects.verified()]
    urls += [f"/speakers/{s.pk}/{s.slug}/" for s in Speaker.objects.public()]
    failures = [(url, status) for url in urls if (status := reader.get(url).status_code) != 200]
    assert not failures
    assert len(urls) > 15


def test_evidence_added_to_a_claim_makes_its_page_modified_again(reader, world):
    path = f"/claims/{world.troops.pk}/{world.troops.slug}/"
    modified = reader.get(path)["Last-Modified"]
    assert reader.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    with_status(world.troops, ReviewStatus.IN_REVIEW)  # reopened: its evidence is locked
    make_evidence(
        world.troops,
        world.july16,
        Stance.SUPPORTS,
        summary="Tajik border guards counted them.",
        added_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=5),
    )
    with_status(world.troops, ReviewStatus.VERIFIED)
    response = reader.get(path, HTTP_IF_MODIFIED_SINCE=modified)
    assert response.status_code == 200
    assert "Tajik border guards counted them." in body(response)


@pytest.mark.parametrize("path", ["/feed/", "/sitemap.xml", "/sitemap-claims.xml"])
def test_a_list_that_an_item_leaves_is_never_a_stale_304(reader, world, path):
    """The feed and sitemaps carry no Last-Modified: when the newest item is retracted the rest
    are older, and If-Modified-Since would call the changed list unmodified. The ETag changes."""
    first = reader.get(path)
    assert not first.has_header("Last-Modified")
    with_status(world.troops, ReviewStatus.RETRACTED)
    after = reader.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200
    assert world.troops.slug not in body(after)


def test_a_speakers_organisation_is_named_only_when_it_is_public(reader, world):
    spokesman = make_speaker("Zabihullah Mujahid", organisation=world.taliban)
    verified_quote("The border posts are ours.", speaker=spokesman)
    html = body(reader.get(f"/speakers/{spokesman.pk}/{spokesman.slug}/"))
    assert f'speaks for <a href="/speakers/{world.taliban.pk}/taliban/">Taliban</a>' in html
    hidden = make_speaker("An Unchecked Ministry", kind="organisation")
    Speaker.objects.filter(pk=spokesman.pk).update(organisation=hidden)
    html = body(reader.get(f"/speakers/{spokesman.pk}/{spokesman.slug}/"))
    assert "speaks for" not in html and "Unchecked Ministry" not in html
