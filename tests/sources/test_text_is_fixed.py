"""A source's text never changes after ingest (issue 10, item 3): saving only the title in the
admin stripped the leading space and, as a browser's textarea does, turned LF into CRLF; the
sha256 changed and every appearance in the source was orphaned."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from claims.models import Appearance
from sources.models import Source, TextChanged
from tests.admin.forms import change_form_data
from tests.factories import make_appearance, make_quote, make_source

pytestmark = pytest.mark.django_db

# A leading space, LF and CRLF line ends, and a quote after them: every byte must stay.
TEXT = " date 2021-07-14 \nBridge report\r\n\n“Should we wait?” asked the mayor.\n"


def as_a_browser_posts(data: dict) -> dict:
    """A textarea's value comes back with CRLF line ends (HTML's form submission rules)."""
    return {
        k: v.replace("\r\n", "\n").replace("\n", "\r\n") if isinstance(v, str) else v
        for k, v in data.items()
    }


def test_changing_only_the_title_in_the_admin_keeps_the_text_byte_for_byte(client, editor):
    source = make_source(TEXT, title="Old title")
    appearance = make_appearance(make_quote("Should we wait?"), source, "Should we wait?")
    before = (source.sha256, appearance.start, appearance.end)
    assert source.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    client.force_login(editor)
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = client.get(url)
    assert "Should we wait?" in page.content.decode()  # shown, with its highlight
    data = as_a_browser_posts(change_form_data(page, title="New title"))
    data["text"] = "\r\n".join(TEXT.strip().splitlines())  # a forged field: ignored
    response = client.post(url, data)
    assert response.status_code == 302
    source.refresh_from_db()
    appearance.refresh_from_db()
    assert source.title == "New title"
    assert source.text == TEXT
    assert (source.sha256, appearance.start, appearance.end) == before
    assert not appearance.orphaned
    assert Appearance.objects.orphaned().count() == 0


def test_the_admin_shows_the_text_read_only(client, editor):
    source = make_source(TEXT)
    client.force_login(editor)
    page = client.get(reverse("admin:sources_source_change", args=[source.pk]))
    assert "text" not in page.context["adminform"].form.fields


def test_the_model_refuses_a_changed_text_and_keeps_metadata_edits():
    source = make_source(TEXT)
    source.text = TEXT.strip()
    with pytest.raises(TextChanged, match="never changes after ingest"):
        source.save()
    source = Source.objects.get(pk=source.pk)
    source.title = "Bridge report"
    source.save()
    source.refresh_from_db()
    assert (source.text, source.title) == (TEXT, "Bridge report")


def test_a_source_added_in_the_admin_keeps_its_leading_spaces(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:sources_source_add"),
        {"title": "Typed in", "kind": "article", "language": "en", "text": "  Indented.\n"},
    )
    assert response.status_code == 302
    assert Source.objects.get(title="Typed in").text == "  Indented.\n"
