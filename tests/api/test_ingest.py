"""POST /api/v1/sources/: editors ingest documents with a token; everything else is read-only."""

import pytest

from sources.models import Outlet, Source
from tests.api.conftest import client_for
from tests.conftest import SEED_002

pytestmark = pytest.mark.django_db

TEXT = (
    " date 2021-07-14 Afghanistan's Ambassador to India Farid Mamundzay told NDTV that India "
    "has been a true friend. “We need air support,” he said. The Taliban claims it controls at "
    "least 85 per cent of the war-torn country."
)


def post(client, body, **extra):
    return client.post("/api/v1/sources/", body, format="json", **extra)


def test_anonymous_post_is_401_with_a_token_challenge(api, db):
    response = post(api, {"text": TEXT})
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert not Source.objects.exists()


def test_a_bad_token_is_401(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert post(api, {"text": TEXT}).status_code == 401


def test_a_token_without_the_editors_permission_is_403(ordinary_api):
    response = post(ordinary_api, {"text": TEXT})
    assert response.status_code == 403
    assert "add sources" in response.json()["detail"]
    assert not Source.objects.exists()


def test_editor_ingests_a_document_and_gets_its_candidates_back(editor_api):
    response = post(
        editor_api,
        {
            "text": TEXT,
            "title": "Afghan envoy on India",
            "url": "https://example.org/ndtv/envoy",
            "outlet": "NDTV",
            "kind": "interview",
        },
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    source = Source.objects.get()
    assert body["created"] is True
    assert response["Location"] == f"http://testserver/api/v1/sources/{source.pk}/"
    assert body["source"]["id"] == source.pk
    assert body["source"]["outlet"]["name"] == "NDTV"
    assert body["source"]["published_on"] == "2021-07-14"  # from the text's date header
    assert body["source"]["kind"] == "interview"
    assert source.title == "Afghan envoy on India"
    assert Outlet.objects.filter(name="NDTV").exists()
    assert body["quotes"], body
    assert all(q["status"] == "unreviewed" for q in body["quotes"] + body["claims"])
    for item in body["quotes"] + body["claims"]:
        for appearance in item["appearances"]:
            if appearance["source"]["id"] == source.pk:
                assert TEXT[appearance["start"] : appearance["end"]] == appearance["wording"]
    assert body["counts"]["quotes"] == len(body["quotes"])


def test_posting_the_same_text_again_returns_the_existing_source(editor_api):
    first = post(editor_api, {"text": TEXT}).json()
    again = post(editor_api, {"text": TEXT, "title": "Another title"})
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert again.json()["source"]["id"] == first["source"]["id"]
    assert f"source {first['source']['id']}" in again.json()["detail"]
    assert Source.objects.count() == 1


def test_a_seed_document_ingests_over_http(editor_api):
    response = post(editor_api, {"text": SEED_002.read_text(encoding="utf-8")})
    assert response.status_code == 201
    assert response.json()["claims"]


def test_a_text_over_the_limit_is_413(editor_api, settings):
    settings.FACTDB_MAX_SOURCE_BYTES = 1000
    response = post(editor_api, {"text": "x" * 1001})
    assert response.status_code == 413
    assert "1001 bytes" in response.json()["detail"]
    assert not Source.objects.exists()


def test_the_limit_counts_utf8_bytes_not_characters(editor_api, settings):
    settings.FACTDB_MAX_SOURCE_BYTES = 1000
    assert post(editor_api, {"text": "“" * 334}).status_code == 413  # 3 bytes each


def test_a_body_too_large_to_hold_an_acceptable_text_is_refused_unread(editor, settings):
    settings.FACTDB_MAX_SOURCE_BYTES = 10
    client = client_for(editor)
    body = b'{"text": "' + b"x" * (6 * 10 + 64 * 1024 + 1) + b'"}'
    response = client.generic("POST", "/api/v1/sources/", body, "application/json")
    assert response.status_code == 413


def test_over_five_megabytes_is_refused_by_default(editor_api):
    assert post(editor_api, {"text": "a" * (5 * 1024 * 1024 + 1)}).status_code == 413


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": "   \n  "}, "text"),
        ({"text": "nul \x00 inside"}, "text"),
        ({"text": TEXT, "published_on": "mid-July"}, "published_on"),
        ({"text": TEXT, "url": "not a url"}, "url"),
        ({"text": TEXT, "kind": "podcast"}, "kind"),
    ],
)
def test_a_bad_post_is_a_400_naming_the_field(editor_api, body, field):
    response = post(editor_api, body)
    assert response.status_code == 400
    assert field in response.json()
    assert not Source.objects.exists()


def test_only_json_bodies_are_accepted(editor_api):
    response = editor_api.post("/api/v1/sources/", {"text": TEXT})  # multipart
    assert response.status_code == 415


def test_a_new_outlet_needs_the_permission_to_add_outlets(editor, db):
    from django.contrib.auth.models import Permission

    editor.groups.clear()
    editor.user_permissions.add(Permission.objects.get(codename="add_source"))
    editor.is_staff = False
    editor.save()
    response = post(client_for(editor), {"text": TEXT, "outlet": "New Outlet"})
    assert response.status_code == 400
    assert "outlet" in response.json()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_everything_else_is_read_only(editor_api, world, method):
    for path in (
        f"/api/v1/sources/{world.july14.pk}/",
        f"/api/v1/quotes/{world.envoy_quote.pk}/",
        f"/api/v1/claims/{world.territory.pk}/",
    ):
        assert getattr(editor_api, method)(path, {}, format="json").status_code == 405
    assert editor_api.post("/api/v1/quotes/", {}, format="json").status_code == 405


def test_a_text_under_the_limit_is_not_held_by_djangos_upload_limit(editor_api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100  # Django's cap for request.body elsewhere
    assert post(editor_api, {"text": TEXT}).status_code == 201


def test_a_text_over_the_inline_threshold_is_413_pointing_at_the_command(editor_api, settings):
    settings.FACTDB_API_INLINE_MAX_BYTES = 2000
    response = post(editor_api, {"text": "The army holds 40 checkpoints. " * 100})
    assert response.status_code == 413
    detail = response.json()["detail"]
    assert "3100 bytes" in detail and "2000" in detail
    assert "FACTDB_API_INLINE_MAX_BYTES" in detail
    assert "manage.py ingest" in detail
    assert not Source.objects.exists()


def test_a_text_at_the_inline_threshold_is_ingested(editor_api, settings):
    settings.FACTDB_API_INLINE_MAX_BYTES = 3100
    assert post(editor_api, {"text": "The army holds 40 checkpoints. " * 100}).status_code == 201


def test_a_chunked_body_is_refused_with_411_saying_why(live_server):
    """A real chunked request (Transfer-Encoding, no Content-Length) over a socket: Django would
    read its body as empty, so it is refused clearly rather than answered as if empty (before
    anything else: even a client without a token hears why)."""
    import http.client
    import json
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(live_server.url)
    body = json.dumps({"text": TEXT}).encode()
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:50], body[50:]))
    request = (
        (
            b"POST /api/v1/sources/ HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" % address.netloc.encode()
        )
        + chunks
        + b"0\r\n\r\n"
    )
    # One write: the server may answer and close before it reads the chunks, and a client that
    # sent them one by one would then fail on a broken pipe instead of reading the answer.
    with socket.create_connection((address.hostname, address.port), timeout=30) as sock:
        sock.sendall(request)
        response = http.client.HTTPResponse(sock)
        response.begin()
        answer = json.loads(response.read())
    assert response.status == 411
    assert "Content-Length" in answer["detail"] and "chunked" in answer["detail"]
    assert not Source.objects.exists()


@pytest.mark.parametrize("field", ["text", "title", "outlet", "language"])
def test_a_number_where_text_belongs_is_400_naming_the_field(editor_api, field):
    body = {"text": TEXT, field: 5}
    response = post(editor_api, body)
    assert response.status_code == 400
    assert field in response.json()
    assert "string" in " ".join(response.json()[field])
    assert not Source.objects.exists()
