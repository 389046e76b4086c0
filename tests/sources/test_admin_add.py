"""A source added in the admin (or through the "+" popup) goes in as an ingested one does: its
quotes and numbers are extracted. The add form takes pasted text, a page's HTML, or a URL."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Appearance, Claim
from sources.models import Outlet, Source
from tests.sources.pages import ARTICLE_HTML, closed_port_url, local_site

pytestmark = pytest.mark.django_db
ADD = reverse("admin:sources_source_add")
PASTED = (
    "Harbour report\n\nThe harbour authority said traffic rose 12% last year, to more than "
    "3,000 ships. “We expect a busier spring,” said Tom Example, the harbour master.\n"
)


def form(**fields: str) -> dict[str, str]:
    return {"title": "", "author": "", "url": "", "outlet": "", "published_on": "",
            "kind": "article", "language": "en", "text": "", **fields}  # fmt: skip


@pytest.fixture
def site(settings):
    # The test server is on 127.0.0.1, which factdb refuses to fetch from unless allowed.
    settings.FACTDB_FETCH_PRIVATE = True
    with local_site() as url:
        yield url


def test_pasted_text_is_stored_and_extracted_like_an_ingested_one(client, editor):
    client.force_login(editor)

    response = client.post(ADD, form(text=PASTED), follow=True)

    source = Source.objects.get()
    assert response.redirect_chain, response.content.decode()[:2000]
    assert source.text == PASTED.strip()
    assert source.title == "Harbour report"
    assert source.origin == "admin (pasted)"
    claims = Claim.objects.filter(appearances__source=source)
    assert claims.filter(unit="ships").exists()
    for appearance in Appearance.objects.filter(source=source):
        assert source.text[appearance.start : appearance.end] == appearance.wording
    assert "Extracted for review" in response.content.decode()


def test_the_history_of_extracted_items_names_the_editor_who_added_the_source(
    client, editor, reviewer
):
    client.force_login(editor)
    client.post(ADD, form(text=PASTED))
    claim = Claim.objects.first()
    claim.start_review(reviewer)  # history starts at the first change, with the creation
    created = claim.history.earliest("history_date")
    assert (created.history_type, created.history_user) == ("+", editor)


def test_a_browser_s_crlf_line_ends_are_stored_as_the_file_would_have_them(client, editor):
    client.force_login(editor)
    client.post(ADD, form(text=PASTED.replace("\n", "\r\n")))
    assert Source.objects.get().text == PASTED.strip()


def test_pasted_html_keeps_the_article_and_its_details(client, editor):
    client.force_login(editor)

    client.post(ADD, form(text=ARTICLE_HTML))

    source = Source.objects.get()
    assert "<p>" not in source.text and "Subscribe" not in source.text
    assert source.title == "Ministry says 40 bridges were repaired"
    assert source.author == "Jane Writer"
    assert source.outlet == Outlet.objects.get(name="The Riverside Courier")
    assert Appearance.objects.filter(source=source, wording__contains="40 bridges").exists()


def test_what_the_editor_typed_wins_over_what_the_page_says(client, editor):
    client.force_login(editor)
    client.post(ADD, form(text=ARTICLE_HTML, title="Bridges: the ministry's count"))
    assert Source.objects.get().title == "Bridges: the ministry's count"


def test_a_url_with_no_text_is_fetched(client, editor, site):
    client.force_login(editor)

    client.post(ADD, form(url=f"{site}/article.html"))

    source = Source.objects.get()
    assert source.url == f"{site}/article.html"
    assert source.origin == f"{site}/article.html"
    assert source.published_on.isoformat() == "2024-03-05"
    assert Appearance.objects.filter(source=source).exists()


def test_a_local_address_is_refused_on_the_form_by_default(client, editor, site, settings):
    settings.FACTDB_FETCH_PRIVATE = False
    client.force_login(editor)
    response = client.post(ADD, form(url=f"{site}/article.html"))
    assert response.status_code == 200
    assert "is a private or local address" in response.content.decode()
    assert not Source.objects.exists()


def test_an_unreachable_url_is_an_error_on_the_form_and_nothing_is_stored(client, editor, settings):
    settings.FACTDB_FETCH_PRIVATE = True  # a closed port on 127.0.0.1
    client.force_login(editor)
    url = closed_port_url()

    response = client.post(ADD, form(url=url))

    assert response.status_code == 200
    assert "could not reach it" in response.content.decode()
    assert not Source.objects.exists()


def test_neither_text_nor_url_says_what_to_give(client, editor):
    client.force_login(editor)
    response = client.post(ADD, form())
    assert "Paste the text (or a saved page&#x27;s HTML), or give the page&#x27;s URL" in (
        response.content.decode()
    )
    assert not Source.objects.exists()


def test_the_same_text_again_links_to_the_source_that_has_it(client, editor):
    client.force_login(editor)
    client.post(ADD, form(text=PASTED))
    first = Source.objects.get()

    response = client.post(ADD, form(text=PASTED))

    page = response.content.decode()
    assert "This exact text is already stored as" in page
    assert reverse("admin:sources_source_change", args=[first.pk]) in page
    assert Source.objects.count() == 1


def test_the_plus_popup_adds_an_extracted_source_and_hands_it_back(client, editor):
    client.force_login(editor)

    response = client.post(f"{ADD}?_to_field=id&_popup=1", form(text=PASTED, _popup="1"))

    source = Source.objects.get()
    assert response.status_code == 200
    assert "popup_response" in response.content.decode()
    assert f"&quot;value&quot;: &quot;{source.pk}&quot;" in response.content.decode()
    assert Appearance.objects.filter(source=source).exists()


def test_an_editor_may_still_edit_a_source_without_it_being_ingested_again(client, editor):
    client.force_login(editor)
    client.post(ADD, form(text=PASTED))
    source = Source.objects.get()
    appearances = Appearance.objects.filter(source=source).count()

    change = reverse("admin:sources_source_change", args=[source.pk])
    client.post(change, form(title="Harbour report, corrected", text=PASTED))

    source.refresh_from_db()
    assert source.title == "Harbour report, corrected"
    assert Appearance.objects.filter(source=source).count() == appearances
