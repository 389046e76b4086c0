"""Web pages in: saved .html files and URLs, read through trafilatura, fetched only from a local
server in a thread."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Appearance
from sources.ingest import IngestError
from sources.models import Source
from sources.web import fetch, looks_like_html, parse_html
from tests.sources.pages import (
    ARTICLE_HTML,
    ARTICLE_SENTENCES,
    MENU_AND_FOOTER,
    SECOND_HTML,
    closed_port_url,
    local_site,
)


@pytest.fixture(scope="module")
def site():
    with local_site() as url:
        yield url


def ingest(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *args, "--inline", stdout=out, stderr=err)
    except CommandError as exc:
        err.write(f"CommandError: {exc}")
    return out.getvalue(), err.getvalue()


# --- reading a page ------------------------------------------------------------------------


def test_a_page_keeps_the_article_text_title_date_author_and_outlet():
    document = parse_html(ARTICLE_HTML, origin="article.html")

    for sentence in ARTICLE_SENTENCES:
        assert " ".join(sentence.split()) in " ".join(document.text.split())
    for boilerplate in MENU_AND_FOOTER:
        assert boilerplate not in document.text
    assert "<p>" not in document.text
    assert document.title == "Ministry says 40 bridges were repaired"
    assert document.published_on == datetime.date(2024, 3, 5)
    assert document.author == "Jane Writer"
    assert document.outlet == "The Riverside Courier"


def test_a_page_with_no_article_text_is_refused_by_name():
    with pytest.raises(IngestError, match=r"menu\.html: no article text found"):
        parse_html("<!doctype html><html><body><script>go()</script></body></html>", "menu.html")


def test_html_is_told_from_text_by_how_it_opens():
    assert looks_like_html(ARTICLE_HTML)
    assert looks_like_html("  <!-- saved page -->\n<html><body><p>Hi</p></body></html>")
    assert not looks_like_html("The council said <b> is a tag.")


# --- fetching ------------------------------------------------------------------------------


def test_a_fetched_page_is_read_and_keeps_its_final_url(site):
    document = fetch(f"{site}/moved", timeout=5, max_bytes=1_000_000)

    assert document.title == "Ministry says 40 bridges were repaired"
    assert document.url == f"{site}/article.html"
    assert document.origin == f"{site}/moved"


def test_a_fetched_plain_text_is_read_as_text(site):
    document = fetch(f"{site}/notes.txt", timeout=5, max_bytes=1_000_000)
    assert document.title == "Council notes"
    assert document.text.startswith("Council notes\n\n")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/nowhere.html", "the server answered 404"),
        ("/report.pdf", "not a web page: the server sent application/pdf"),
        ("/big.html", "the page is 100,022 bytes, over the limit of 50,000 bytes"),
        ("/big-unsized.html", "the page is over the limit of 50,000 bytes"),
        ("/menu-only.html", "no article text found"),
    ],
)
def test_a_page_that_cannot_be_ingested_gets_an_error_naming_the_url(site, path, message):
    with pytest.raises(IngestError) as caught:
        fetch(f"{site}{path}", timeout=5, max_bytes=50_000)
    assert str(caught.value).startswith(f"{site}{path}: ")
    assert message in str(caught.value)


def test_a_page_that_does_not_answer_in_time_is_an_error_naming_the_setting(site):
    with pytest.raises(IngestError, match=r"no answer within 1 s \(FACTDB_FETCH_TIMEOUT\)"):
        fetch(f"{site}/slow.html", timeout=1, max_bytes=1_000_000)


def test_an_unreachable_address_is_an_error_naming_it():
    url = closed_port_url()
    with pytest.raises(IngestError, match=f"{url}: could not reach it"):
        fetch(url, timeout=5, max_bytes=1_000_000)


def test_only_web_addresses_are_fetched():
    with pytest.raises(IngestError, match="only http:// and https://"):
        fetch("file:///etc/passwd", timeout=5, max_bytes=1_000_000)


# --- the ingest command --------------------------------------------------------------------


def test_ingest_a_url_stores_the_article_with_its_metadata_and_valid_offsets(db, site):
    out, err = ingest(f"{site}/article.html")

    assert not err, err
    source = Source.objects.get()
    assert "ingested " + f"{site}/article.html" in out
    assert source.title == "Ministry says 40 bridges were repaired"
    assert source.published_on == datetime.date(2024, 3, 5)
    assert source.author == "Jane Writer"
    assert source.outlet.name == "The Riverside Courier"
    assert source.url == f"{site}/article.html"
    appearances = Appearance.objects.filter(source=source)
    assert appearances.count() >= 2
    for appearance in appearances:
        assert source.text[appearance.start : appearance.end] == appearance.wording
    assert appearances.filter(wording__contains="40 bridges").exists()


def test_ingest_a_saved_page_and_a_folder_of_pages(db, tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "second.htm").write_text(SECOND_HTML, encoding="utf-8")
    saved = tmp_path / "article.html"
    saved.write_bytes(ARTICLE_HTML.encode("utf-8"))

    out, err = ingest(str(saved), str(tmp_path / "pages"))

    assert not err, err
    assert "2 ingested, 0 skipped, 0 failed" in out
    assert set(Source.objects.values_list("title", flat=True)) == {
        "Ministry says 40 bridges were repaired",
        "Harbour traffic rose 12% last year",
    }


def test_ingesting_the_same_page_again_creates_nothing(db, site):
    ingest(f"{site}/article.html")
    out, _ = ingest(f"{site}/moved")
    assert "already ingested as source" in out
    assert Source.objects.count() == 1


def test_one_unreachable_url_fails_alone_and_the_command_exits_non_zero(db, site):
    url = closed_port_url()
    _, err = ingest(url, f"{site}/second.html")

    assert f"error: {url}: could not reach it" in err
    assert "CommandError: 1 ingested, 0 skipped, 1 failed" in err
    assert Source.objects.get().title == "Harbour traffic rose 12% last year"


def test_the_url_option_overrides_the_page_address(db, site):
    ingest(f"{site}/second.html", "--url", "https://example.org/harbour")
    assert Source.objects.get().url == "https://example.org/harbour"


def test_the_api_gives_a_page_s_author_with_the_source(db, site, client):
    ingest(f"{site}/article.html")
    source = Source.objects.get()
    body = client.get(f"/api/v1/sources/{source.pk}/", HTTP_HOST="127.0.0.1").json()
    assert body["author"] == "Jane Writer"
    assert body["outlet"]["name"] == "The Riverside Courier"
