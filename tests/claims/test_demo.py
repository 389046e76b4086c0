"""`manage.py demo_users` and `manage.py demo`: what `./dev serve` loads for a first look."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, Evidence, Quote, ReviewStatus
from sources.models import Source


@pytest.fixture(autouse=True)
def _default_demo_names(monkeypatch):
    for name in ("DEMO_PASSWORD", "DEMO_ADMIN", "DEMO_EDITOR", "DEMO_REVIEWER"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    run("demo_users")
    return run("demo")


def test_demo_users_prints_new_logins_and_keeps_a_changed_password(db):
    first = run("demo_users")
    assert "created Reviewers login: reviewer / factdb-demo" in first
    reviewer = get_user_model().objects.get(username="reviewer")
    reviewer.set_password("my own choice")
    reviewer.save()

    again = run("demo_users")

    reviewer.refresh_from_db()
    assert reviewer.check_password("my own choice")
    assert "kept    Reviewers login: reviewer (its password is unchanged" in again
    assert "factdb-demo" not in again


def test_demo_users_reset_sets_the_demo_password_again(db):
    run("demo_users")
    editor = get_user_model().objects.get(username="editor")
    editor.set_password("forgotten")
    editor.save()

    run("demo_users", "--reset")

    editor.refresh_from_db()
    assert editor.check_password("factdb-demo")


def test_demo_verifies_items_with_evidence_and_a_verdict_by_the_demo_reviewer(demo):
    verified = Claim.objects.verified()
    assert verified.count() >= 2
    for claim in verified:
        assert claim.reviewed_by.username == "reviewer"
        assert claim.verdict
        assert claim.verdict_explanation.startswith("Demo verdict")
        evidence = claim.evidence.get()
        assert evidence.added_by.username == "editor"
        assert evidence.summary.startswith("Demo evidence")
        assert evidence.source.text[evidence.excerpt_start : evidence.excerpt_end] == (
            evidence.excerpt
        )
    assert Quote.objects.verified().count() == 2
    assert Quote.objects.rejected().get().text == "naturally"


def test_demo_retracts_one_claim_with_a_labelled_reason(demo):
    retracted = Claim.objects.retracted().get()
    assert retracted.status_reason.startswith("Demo retraction")
    assert retracted.history.filter(status=ReviewStatus.VERIFIED).exists()


def test_the_demo_territory_claim_is_in_plain_words_edited_by_the_editor(demo):
    claim = Claim.objects.verified().get(unit="percent")
    assert "territory" in claim.statement
    assert claim.last_edited_by.username == "editor"
    assert claim.evidence.get().stance == "disputes"


def test_demo_evidence_comes_from_a_note_labelled_invented(demo):
    note = Source.objects.get(outlet__name="factdb demo (invented)")
    assert "invented for the demo" in note.title
    assert "not a report by any outlet" in note.text


def test_loading_the_demo_again_changes_nothing(demo):
    counts = (Source.objects.count(), Evidence.objects.count(), Claim.history.count())

    output = run("demo")

    assert (Source.objects.count(), Evidence.objects.count(), Claim.history.count()) == counts
    assert "verified claim" not in output
    assert "already in place" in output


def test_demo_creates_the_missing_logins_and_prints_them(db):
    output = run("demo")
    assert "created Editors   login: editor / factdb-demo" in output
    assert "created Reviewers login: reviewer / factdb-demo" in output
    assert Claim.objects.verified().exists()


def test_demo_refuses_one_login_as_both_editor_and_reviewer(db, monkeypatch):
    run("demo_users")
    monkeypatch.setenv("DEMO_EDITOR", "reviewer")
    with pytest.raises(CommandError, match="four-eyes"):
        run("demo")
    assert not Source.objects.exists()


def test_demo_with_a_reviewer_who_may_not_verify_writes_nothing(db):
    run("demo_users")
    get_user_model().objects.get(username="reviewer").groups.clear()

    with pytest.raises(CommandError, match="nothing was loaded: Only reviewers may verify"):
        run("demo")

    assert not Source.objects.exists()
    assert not Evidence.objects.exists()
