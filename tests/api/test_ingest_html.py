"""POST /api/v1/sources/ with a page's HTML goes in as `manage.py ingest` and the admin read it."""

import pytest

from claims.models import Appearance
from sources.models import Source
from tests.sources.pages import ARTICLE_HTML

pytestmark = pytest.mark.django_db


def test_posted_html_is_stored_as_its_article_with_its_details(editor_api):
    response = editor_api.post("/api/v1/sources/", {"text": ARTICLE_HTML}, format="json")

    assert response.status_code == 201, response.json()
    source = Source.objects.get()
    assert "<p>" not in source.text and "Subscribe" not in source.text
    assert source.title == "Ministry says 40 bridges were repaired"
    assert source.author == "Jane Writer"
    assert source.outlet.name == "The Riverside Courier"
    for appearance in Appearance.objects.filter(source=source):
        assert source.text[appearance.start : appearance.end] == appearance.wording


def test_posted_html_without_an_article_is_a_400_naming_the_field(editor_api):
    page = "<!doctype html><html><body><script>go()</script></body></html>"
    response = editor_api.post("/api/v1/sources/", {"text": page}, format="json")
    assert response.status_code == 400
    assert response.json()["text"] == ["no article text found in the HTML page"]
    assert not Source.objects.exists()
