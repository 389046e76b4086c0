"""Ingest on background workers: jobs queued in PostgreSQL, ingested by real worker processes
(`manage.py procrastinate worker`), failures recorded with their reason."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pytest
from django.core.management import CommandError
from django.db import connection

from claims.models import Quote
from sources.ingest import Document, parse_text
from sources.jobs import run, submit
from sources.models import IngestJob, Source
from tests.conftest import REPO

ARTICLE = (
    "Bridge reopens\n\nThe mayor said “the bridge reopens on Monday” after 14 weeks of repairs.\n"
)


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def start_workers(count: int) -> list[subprocess.Popen]:
    env = {**os.environ, "DATABASE_URL": database_url(), "FACTDB_TASKS": "queue"}
    return [
        subprocess.Popen(
            [sys.executable, "manage.py", "procrastinate", "worker", "--name", f"test-{n}"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]


def stop(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.wait(timeout=30)


def wait_for(jobs: list[IngestJob], timeout: float = 90.0) -> list[IngestJob]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = IngestJob.objects.filter(pk__in=[j.pk for j in jobs]).pending()
        if not pending.exists():
            return list(IngestJob.objects.filter(pk__in=[j.pk for j in jobs]).order_by("pk"))
        time.sleep(0.2)
    raise AssertionError("the workers did not finish the jobs in time")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_worker_processes_ingest_queued_documents(settings, editor):
    settings.FACTDB_TASKS = "queue"
    documents = [
        parse_text(ARTICLE.replace("14 weeks", f"{n} weeks"), origin=f"doc-{n}.txt")
        for n in range(1, 7)
    ]
    jobs = [submit(doc, overrides={"kind": "report"}, by=editor) for doc in documents]
    assert all(job.status == IngestJob.Status.QUEUED for job in jobs)
    assert Source.objects.count() == 0  # nothing is ingested by the caller
    workers = start_workers(2)
    try:
        done = wait_for(jobs)
    finally:
        stop(workers)
    assert [job.status for job in done] == [IngestJob.Status.DONE] * 6
    assert all(job.text == "" and job.source_id for job in done)
    assert Source.objects.filter(kind="report", title="Bridge reopens").count() == 6
    assert Quote.objects.filter(text="the bridge reopens on Monday").exists()
    assert done[0].counts["quotes"] >= 0 and done[0].created_source is True


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_document_that_cannot_be_ingested_fails_its_job_with_the_reason(settings):
    settings.FACTDB_TASKS = "queue"
    job = submit(Document(text=" date 2021-02-30 Snow fell.", origin="bad-date.txt"))
    job = run(job.pk)  # as a worker would
    assert job.status == IngestJob.Status.FAILED
    assert "'2021-02-30' is not a valid date" in job.error
    assert Source.objects.count() == 0
    assert run(job.pk).attempts == 1  # a finished job is not run again


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_text_twice_is_one_source(settings):
    settings.FACTDB_TASKS = "queue"
    first, second = (submit(parse_text(ARTICLE, origin="a.txt")) for _ in range(2))
    first, second = run(first.pk), run(second.pk)
    assert first.source_id == second.source_id
    assert (first.created_source, second.created_source) == (True, False)


def test_the_admin_lists_jobs_with_their_failure(admin_client):
    IngestJob.objects.create(
        origin="upload-7.txt", status=IngestJob.Status.FAILED, error="the text is empty"
    )
    page = admin_client.get("/admin/sources/ingestjob/?status=failed")
    assert page.status_code == 200
    assert "upload-7.txt" in page.content.decode()
    assert admin_client.get("/admin/sources/ingestjob/add/").status_code == 403


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_ingest_command_queues_files_and_waits_for_the_workers(settings, tmp_path):
    from django.core.management import call_command

    settings.FACTDB_TASKS = "queue"
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(ARTICLE.replace("14 weeks", f"{n + 20} weeks"))
    (tmp_path / "empty.txt").write_text("   \n")
    workers = start_workers(1)
    try:
        with pytest.raises(CommandError) as failure:
            call_command("ingest", str(tmp_path), "--wait", stdout=io.StringIO())
    finally:
        stop(workers)
    # The empty file is refused before it is queued; the three others go in through the worker.
    assert str(failure.value) == "3 ingested by the workers, 1 failed"
    assert Source.objects.count() == 3
    assert IngestJob.objects.filter(status=IngestJob.Status.DONE).count() == 3


def test_progress_of_a_long_run(tmp_path):
    from sources.progress import Progress

    out = io.StringIO()
    progress = Progress(out, total=40, every=0.0)
    for _ in range(40):
        progress.step()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ingest: 1/40 (2%), ") and "documents/s, about" in lines[0]
    assert lines[-1].startswith("ingest: 40/40 (100%), ") and "left" not in lines[-1]
    quiet = io.StringIO()
    short = Progress(quiet, total=3, every=0.0)
    short.step()
    assert quiet.getvalue() == ""  # a short run prints no progress


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_queued_web_page_keeps_its_title_date_author_and_outlet(settings):
    from sources.web import parse_html
    from tests.sources.pages import ARTICLE_HTML

    settings.FACTDB_TASKS = "queue"
    job = submit(parse_html(ARTICLE_HTML, origin="article.html"), overrides={"kind": "report"})
    job = run(job.pk)  # as a worker would
    source = job.source
    assert job.status == IngestJob.Status.DONE
    assert (source.title, source.author) == (
        "Ministry says 40 bridges were repaired",
        "Jane Writer",
    )
    assert source.published_on.isoformat() == "2024-03-05"
    assert (source.outlet.name, source.kind) == ("The Riverside Courier", "report")
