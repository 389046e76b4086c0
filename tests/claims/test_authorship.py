"""Four-eyes counts every hand (issue 10, item 2): whoever ingested an item's first source,
created or edited it, added its evidence or appearances, or merged into it may not verify it.
Each path that ingests or shapes an item is tested: the API, the command, the queued job, the
admin."""

from __future__ import annotations

import getpass
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.models import Claim, ClaimMatch, Quote, ReviewStatus, Verdict
from sources import jobs
from sources.models import IngestJob, Source
from tests.api.conftest import client_for
from tests.factories import make_appearance, make_claim, make_quote, make_source

pytestmark = pytest.mark.django_db

TEXT = (
    "Bridge report\n\n“We will open the bridge in May,” said Amina Haidari, the mayor. The "
    "council claims at least 85 per cent of the roads are repaired.\n"
)


def refused(item, user) -> str:
    with pytest.raises(PermissionDenied) as caught:
        item.verify(user, **({"verdict": Verdict.TRUE} if isinstance(item, Claim) else {}))
    return str(caught.value)


def verifies(item, user) -> None:
    item.refresh_from_db()
    item.verify(user, **({"verdict": Verdict.TRUE} if isinstance(item, Claim) else {}))
    item.refresh_from_db()
    assert item.status == ReviewStatus.VERIFIED


def test_a_reviewer_who_posts_an_article_to_the_api_may_not_verify_its_quotes(
    reviewer, second_reviewer
):
    response = client_for(reviewer).post("/api/v1/sources/", {"text": TEXT}, format="json")
    assert response.status_code == 201, response.json()
    source = Source.objects.get(pk=response.json()["source"]["id"])
    assert source.ingested_by == reviewer
    quote = Quote.objects.get(appearances__source=source)
    assert "you ingested the first source of this quote" in refused(quote, reviewer)
    verifies(quote, second_reviewer)


def test_the_ingest_command_records_who_ingests_with_by(tmp_path, reviewer, second_reviewer):
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("ingest", str(path), "--by", reviewer.username, stdout=StringIO())
    source = Source.objects.get()
    assert source.ingested_by == reviewer
    claim = Claim.objects.get(appearances__source=source)
    assert "you ingested the first source of this claim" in refused(claim, reviewer)
    verifies(claim, second_reviewer)


def test_the_ingest_command_refuses_an_unknown_by_and_writes_nothing(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(CommandError, match="--by 'nobody-here': no user has this username"):
        call_command("ingest", str(path), "--by", "nobody-here", stdout=StringIO())
    assert not Source.objects.exists()


def test_the_ingest_command_defaults_to_the_os_users_account(tmp_path, django_user_model):
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("ingest", str(path), stdout=StringIO())
    assert Source.objects.get().ingested_by is None  # no account of that name yet
    me = django_user_model.objects.create_user(getpass.getuser())
    other = tmp_path / "other.txt"
    other.write_text(TEXT.replace("May", "June"), encoding="utf-8")
    call_command("ingest", str(other), stdout=StringIO())
    assert Source.objects.get(origin__endswith="other.txt").ingested_by == me


def test_a_queued_job_records_who_asked_for_it(reviewer):
    job = IngestJob.objects.create(text=TEXT, origin="bridge.txt", requested_by=reviewer)
    job = jobs.run(job.pk)
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.source.ingested_by == reviewer
    quote = Quote.objects.get(appearances__source=job.source)
    assert "you ingested" in refused(quote, reviewer)


def test_an_earlier_editor_counts_though_someone_else_edited_last(client, editor, reviewer):
    quote = make_quote("We will open the bridge.")
    quote.text, quote.last_edited_by = "We will open the bridge in May.", reviewer
    quote._history_user = reviewer
    quote.save()
    quote = Quote.objects.get(pk=quote.pk)
    quote.text, quote.last_edited_by = "We will open the bridge in May!", editor
    quote._history_user = editor
    quote.save()
    quote.refresh_from_db()
    assert quote.last_edited_by == editor  # the field forgot the reviewer; the history did not
    assert "you edited this quote" in refused(quote, reviewer)


def test_adding_an_appearance_in_the_admin_counts(client, reviewer, second_reviewer):
    source = make_source("The mayor said “we will open the bridge in May” today.")
    quote = make_quote("we will open the bridge in May")
    client.force_login(reviewer)
    start = source.text.index("we will")
    response = client.post(
        reverse("admin:claims_appearance_add"),
        {
            "quote": quote.pk,
            "source": source.pk,
            "wording": "we will open the bridge in May",
            "start": start,
            "end": start + len("we will open the bridge in May"),
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "you added or changed this quote’s appearances" in refused(quote, reviewer)
    verifies(quote, second_reviewer)


def test_confirming_a_merge_into_a_claim_counts(reviewer, second_reviewer):
    claim = make_claim("At least 85% of roads are repaired.", lower=Decimal(85))
    twin = make_claim("Over 85% of roads are repaired.", lower=Decimal(85))
    make_appearance(twin, make_source("Over 85% of roads are repaired."), "Over 85%")
    ClaimMatch.objects.create(claim=claim, candidate=twin, score=0.8).confirm(by=reviewer)
    assert "you merged another claim into this claim" in refused(claim, reviewer)
    verifies(claim, second_reviewer)


def test_source_history_is_kept_without_the_text(editor):
    source = make_source("A text of its own.", title="Before")
    source.title = "After"
    source.save()
    titles = list(source.history.order_by("history_date").values_list("title", flat=True))
    assert titles == ["Before", "After"]
    assert "text" not in {f.name for f in Source.history.model._meta.get_fields()}
