"""The README's example API queries, run against a database with the demo loaded: a newcomer's
first `curl` after `./dev serve` must answer with rows."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client

from claims.models import Claim
from tests.api.conftest import token_for
from tests.conftest import REPO

CURL = re.compile(r"^curl (?:-H '(?P<header>[^']+)' )?'(?P<url>https?://[^']+)'$", re.MULTILINE)


def readme_examples() -> list[tuple[str, str]]:
    """(header, URL) of every `curl` line in the README's code blocks."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return [(m["header"] or "", m["url"]) for m in CURL.finditer(readme)]


def test_the_readme_has_example_queries_to_run():
    urls = [url for _, url in readme_examples()]
    assert any("q=territory" in url for url in urls)
    assert len(urls) >= 4


@pytest.fixture
def demo(db, monkeypatch):
    for name in ("DEMO_EDITOR", "DEMO_REVIEWER", "DEMO_ADMIN"):
        monkeypatch.delenv(name, raising=False)
    call_command("demo_users", stdout=io.StringIO())
    call_command("demo", stdout=io.StringIO())


@pytest.mark.parametrize(("header", "url"), readme_examples())
def test_readme_example_answers_with_rows_after_the_demo(demo, django_user_model, header, url):
    parts = urlsplit(url)
    path = f"{parts.path}?{parts.query}" if parts.query else parts.path
    if "<id>" in path:
        path = path.replace("<id>", str(Claim.objects.verified().first().pk))
    extra = {}
    if header:
        name, _, value = header.partition(": ")
        value = value.replace("<key>", token_for(django_user_model.objects.get(username="editor")))
        extra[f"HTTP_{name.upper().replace('-', '_')}"] = value

    response = Client(HTTP_HOST=parts.hostname).get(path, **extra)

    assert response.status_code == 200, response.content[:300]
    kind = response["Content-Type"]
    if kind.startswith("text/csv"):
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert rows and all(row["verdict"] and row["statement"] for row in rows)
    elif kind.startswith("application/ld+json"):
        assert response.json()["@type"] == "ClaimReview"
        assert response.json()["reviewRating"]["ratingValue"]
    else:
        assert response.json()["results"], f"{url} answered with no rows"
