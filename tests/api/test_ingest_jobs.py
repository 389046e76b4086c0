"""A long document posted to the API: 202 and a job the background workers ingest (PostgreSQL,
FACTDB_TASKS=queue), or 413 pointing at the command when there are no workers."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from sources.jobs import run
from sources.models import IngestJob, Source

LONG = "Flood report\n\n" + "The mayor said “the river is falling” as 40 pumps ran. " * 40


@pytest.fixture
def editor_api(editor) -> APIClient:
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_without_workers_a_long_text_is_refused_with_the_way_in(editor_api, settings):
    settings.FACTDB_API_INLINE_MAX_BYTES = 500
    response = editor_api.post("/api/v1/sources/", {"text": LONG}, format="json")
    assert response.status_code == 413
    assert "manage.py ingest" in response.json()["detail"]
    assert not Source.objects.exists() and not IngestJob.objects.exists()


@pytest.mark.postgres
def test_with_workers_a_long_text_is_queued_and_followed_to_its_source(
    editor_api, reviewer, django_user_model, settings
):
    settings.FACTDB_TASKS = "queue"
    settings.FACTDB_API_INLINE_MAX_BYTES = 500
    response = editor_api.post("/api/v1/sources/", {"text": LONG, "kind": "report"}, format="json")
    assert response.status_code == 202, response.content
    job = response.json()
    assert job["status"] == "queued" and job["source"] is None
    assert response["Location"].endswith(f"/api/v1/ingest-jobs/{job['id']}/")
    assert not Source.objects.exists()  # the worker ingests it, not the request

    run(job["id"])  # what a worker does with it

    followed = editor_api.get(f"/api/v1/ingest-jobs/{job['id']}/").json()
    assert followed["status"] == "done"
    source = Source.objects.get()
    assert followed["source"].endswith(f"/api/v1/sources/{source.pk}/")
    assert source.kind == "report" and source.text == LONG
    # Staff may follow it, another user may not, anonymous clients neither.
    desk = APIClient()
    desk.force_authenticate(reviewer)  # reviewers are staff
    assert desk.get(f"/api/v1/ingest-jobs/{job['id']}/").status_code == 200
    other = APIClient()
    other.force_authenticate(django_user_model.objects.create_user("oscar", password="x-9a"))
    assert other.get(f"/api/v1/ingest-jobs/{job['id']}/").status_code == 404
    assert APIClient().get(f"/api/v1/ingest-jobs/{job['id']}/").status_code in (401, 403)


def test_a_short_text_is_still_ingested_while_the_client_waits(editor_api, settings):
    settings.FACTDB_API_INLINE_MAX_BYTES = 10_000
    response = editor_api.post("/api/v1/sources/", {"text": LONG}, format="json")
    assert response.status_code == 201
    assert "quotes" in response.json()
