"""The public fact-check pages in Chromium on a phone's width: accessible (axe-core), no
horizontal scroll, no Content-Security-Policy violation, and each claim page's JSON-LD a
ClaimReview with the fields schema.org and search engines ask for (issue 13, item 3)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from claims.models import ReviewStatus
from tests.api.conftest import with_status, world  # noqa: F401 - the world fixture
from tests.browser.conftest import axe_violations
from tests.browser.test_csp import violations, watched
from tests.factories import make_appearance, make_claim, make_source

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
LONG_URL = "https://example.org/reports/2021/07/afghanistan-districts-under-taliban-control-full"


def claimreview_problems(ld: Any, page_url: str) -> list[str]:
    """What a ClaimReview lacks of schema.org's and Google's required and recommended fields:
    claimReviewed, reviewRating (ratingValue, bestRating, worstRating, alternateName), author,
    datePublished, url, itemReviewed (a Claim with appearance and author)."""
    problems = []

    def need(ok: Any, what: str) -> None:
        if not ok:
            problems.append(what)

    def is_date(value: Any) -> bool:
        try:
            datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            return False
        return True

    need(ld.get("@context") in ("https://schema.org", "http://schema.org"), "@context")
    need(ld.get("@type") == "ClaimReview", "@type ClaimReview")
    need(isinstance(ld.get("claimReviewed"), str) and ld["claimReviewed"] != "", "claimReviewed")
    need(ld.get("url") == page_url, f"url {ld.get('url')!r} is not the page {page_url!r}")
    need(is_date(ld.get("datePublished")), "datePublished")
    author = ld.get("author") or {}
    need(author.get("@type") in ("Organization", "Person") and author.get("name"), "author")
    rating = ld.get("reviewRating") or {}
    need(rating.get("@type") == "Rating", "reviewRating @type")
    need(rating.get("bestRating") == 5 and rating.get("worstRating") == 1, "best/worstRating")
    value = rating.get("ratingValue")
    need(isinstance(value, int) and 1 <= value <= 5, "reviewRating.ratingValue")
    need(isinstance(rating.get("alternateName"), str) and rating["alternateName"], "alternateName")
    item = ld.get("itemReviewed") or {}
    need(item.get("@type") == "Claim", "itemReviewed @type Claim")
    claimant = item.get("author") or {}
    need(
        claimant.get("@type") in ("Organization", "Person") and claimant.get("name"), "Claim author"
    )
    appearances = item.get("appearance") or []
    need(len(appearances) > 0, "itemReviewed.appearance")
    for work in appearances:
        need(work.get("@type") == "CreativeWork" and work.get("url"), "appearance url")
    need(is_date(item.get("datePublished")), "itemReviewed.datePublished")
    return problems


@pytest.fixture
def phone(chromium, live_server):
    context = chromium.new_context(viewport=PHONE, base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def check(page, path: str, console: list[str]) -> None:
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    assert axe_violations(page) == [], path
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{path} scrolls sideways: {width[0]} px wide in {width[1]}"
    assert violations(page, console) == [], path


def test_the_public_pages_are_accessible_and_fit_a_phone(phone, world):  # noqa: F811
    # Long words and addresses must wrap, not push the page sideways.
    report = make_source(
        f"The district count at {LONG_URL} shows the Taliban holding 204 of 407 districts.",
        title=f"Districts report {LONG_URL}",
        url=LONG_URL,
        outlet=world.tass,
        published_on=datetime.date(2021, 7, 18),
    )
    claim = make_claim(
        f"The Taliban holds 204 of 407 districts according to {LONG_URL}.",
        claimant=world.taliban,
    )
    make_appearance(claim, report, "the Taliban holding 204 of 407 districts")
    claim = with_status(claim, ReviewStatus.VERIFIED)  # published once built
    console = watched(phone)
    for path in [
        f"/claims/{world.territory.pk}/{world.territory.slug}/",
        f"/claims/{claim.pk}/{claim.slug}/",
        f"/quotes/{world.envoy_quote.pk}/{world.envoy_quote.slug}/",
        "/claims/",
        "/quotes/",
        f"/speakers/{world.taliban.pk}/{world.taliban.slug}/",
    ]:
        check(phone, path, console)


def test_searching_from_the_index_form(phone, world):  # noqa: F811
    console = watched(phone)
    check(phone, "/claims/", console)
    phone.fill("#q", "troops")
    assert not phone.locator("#verdict").is_visible()  # the filters fold away on a phone
    phone.click("details.more summary")
    phone.select_option("#verdict", "true")
    phone.click("button[type=submit]")
    phone.wait_for_url("**/claims/?q=troops*")
    results = phone.locator("ol.results > li h2").all_inner_texts()
    assert results == ["More than 1,000 Afghan government troops fled to Tajikistan."]
    assert phone.locator("#verdict").input_value() == "true"  # shown open, as chosen
    assert axe_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # A bad value gets a message naming it, in the page.
    response = phone.goto("/claims/?published_after=2021-02-30")
    assert response is not None and response.status == 400
    assert "published_after='2021-02-30'" in phone.locator("[role=alert]").inner_text()
    assert axe_violations(phone) == []
    assert violations(phone, console) == []


def test_a_claim_page_carries_a_complete_claimreview(phone, live_server, world):  # noqa: F811
    path = f"/claims/{world.territory.pk}/{world.territory.slug}/"
    phone.goto(path)
    scripts = phone.locator('script[type="application/ld+json"]')
    assert scripts.count() == 1
    ld = phone.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert claimreview_problems(ld, live_server.url + path) == []
    assert ld["claimReviewed"] == world.territory.statement
    assert ld["reviewRating"]["alternateName"] == "Mostly false"
    assert ld["itemReviewed"]["author"]["name"] == "Taliban"
    # What a reader sees agrees with what the search engine reads.
    assert phone.locator("h1").inner_text() == ld["claimReviewed"]
    assert phone.locator("#verdict .rating").inner_text() == ld["reviewRating"]["alternateName"]
    # The quoted words are highlighted in their sentence.
    marks = phone.locator(".appearances mark").all_inner_texts()
    assert marks == ["at least 85 per cent", "over 85%"]


def test_claimreview_problems_catches_a_review_without_its_rating(world):  # noqa: F811
    """The checker above can fail: a review lacking fields is reported, field by field."""
    ld = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "http://x/claims/1/a/",
        "itemReviewed": {"@type": "Claim"},
    }
    problems = claimreview_problems(ld, "http://x/claims/1/a/")
    assert "claimReviewed" in problems and "reviewRating.ratingValue" in problems
    assert "itemReviewed.appearance" in problems and "Claim author" in problems
