"""Published means locked (issue 10, item 1): a verified or retracted item's words, speaker,
numbers, verdict, appearances and evidence change only after a reviewer reopens it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.locking import Locked
from claims.models import Appearance, Claim, ClaimMatch, Evidence, Quote, ReviewStatus, Verdict
from sources.ingest import parse_text
from sources.services import ingest_document
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_quote,
    make_source,
    make_speaker,
)

pytestmark = pytest.mark.django_db

TEXT = "The mayor said “the bridge opens in May” and claimed at least 85% of roads are repaired."


def published_quote(reviewer):
    source = make_source(TEXT)
    quote = make_quote("the bridge opens in May")
    make_appearance(quote, source, "the bridge opens in May")
    quote.refresh_from_db()
    quote.verify(by=reviewer)
    return quote, source


def published_claim(reviewer):
    source = make_source(TEXT)
    claim = make_claim("At least 85% of roads are repaired.", lower=Decimal(85), unit="percent")
    make_appearance(claim, source, "at least 85%")
    claim.refresh_from_db()
    claim.verify(by=reviewer, verdict=Verdict.MOSTLY_TRUE)
    return claim, source


def test_a_verified_quotes_words_and_speaker_cannot_change(reviewer):
    quote, _ = published_quote(reviewer)
    quote.text = "the bridge opens in June"
    with pytest.raises(Locked, match="its text cannot change while it is published"):
        quote.save()
    quote.refresh_from_db()
    quote.speaker = make_speaker("Someone Else")
    with pytest.raises(Locked, match="speaker"):
        quote.save()
    quote.refresh_from_db()
    assert (quote.text, quote.status) == ("the bridge opens in May", ReviewStatus.VERIFIED)


def test_a_verified_claims_statement_numbers_and_verdict_cannot_change(reviewer):
    claim, _ = published_claim(reviewer)
    claim.statement = "The Taliban controls 5 per cent."
    claim.lower = Decimal(5)
    with pytest.raises(Locked, match="statement, lower"):
        claim.save()
    claim.refresh_from_db()
    claim.verdict = Verdict.FALSE
    with pytest.raises(Locked, match="verdict"):
        claim.save(update_fields=["verdict"])
    claim.refresh_from_db()
    assert (claim.lower, claim.verdict) == (Decimal(85), Verdict.MOSTLY_TRUE)


def test_a_retracted_item_is_locked_too(reviewer):
    quote, _ = published_quote(reviewer)
    quote.retract(by=reviewer, reason="Misattributed.")
    quote.text = "something else"
    with pytest.raises(Locked, match="is retracted"):
        quote.save()


def test_a_verified_items_appearances_cannot_be_added_changed_or_removed(reviewer):
    quote, source = published_quote(reviewer)
    appearance = quote.appearances.get()
    with pytest.raises(Locked, match="its appearances"):
        appearance.delete()
    with pytest.raises(Locked):
        Appearance.objects.filter(pk=appearance.pk).delete()
    with pytest.raises(Locked):
        quote.appearances.update(start=0)
    appearance.role = "mayor"
    with pytest.raises(Locked):
        appearance.save()
    with pytest.raises(Locked):
        make_appearance(quote, make_source("Again: the bridge opens in May."), "the bridge")
    with pytest.raises(ValidationError, match="reopens"):
        Appearance(quote=quote, source=source, start=0, end=3).full_clean()
    assert quote.appearances.count() == 1


def test_moving_an_appearance_away_from_a_verified_claim_is_refused(reviewer):
    claim, _ = published_claim(reviewer)
    appearance = claim.appearances.get()
    appearance.claim = make_claim("Another claim.")
    with pytest.raises(Locked):
        appearance.save()


def test_a_verified_claims_evidence_cannot_be_added_changed_or_removed(reviewer, editor):
    claim, source = published_claim(reviewer)
    with pytest.raises(Locked, match="its evidence"):
        make_evidence(claim, source, "supports", added_by=editor)
    claim.status = ReviewStatus.IN_REVIEW
    Claim.objects.filter(pk=claim.pk).update(status=ReviewStatus.IN_REVIEW)
    evidence = make_evidence(claim, source, "disputes")
    Claim.objects.filter(pk=claim.pk).update(status=ReviewStatus.VERIFIED)
    evidence.stance = "supports"
    with pytest.raises(Locked):
        evidence.save()
    with pytest.raises(Locked):
        Evidence.objects.filter(pk=evidence.pk).delete()
    with pytest.raises(Locked):
        Evidence.objects.filter(pk=evidence.pk).update(summary="Supports it.")
    evidence.refresh_from_db()
    assert evidence.stance == "disputes"


def test_a_history_revert_cannot_bring_back_older_words(reviewer, editor):
    quote = make_quote("the bridge opens in April")
    quote.text = "the bridge opens in May"
    quote.last_edited_by = editor
    quote.save()
    quote.verify(by=reviewer)
    older = quote.history.order_by("history_date").first()
    assert older.text == "the bridge opens in April"
    reverted = older.instance
    reverted.version = Quote.objects.get(pk=quote.pk).version
    with pytest.raises(Locked):
        reverted.save()
    assert Quote.objects.get(pk=quote.pk).text == "the bridge opens in May"


# --- reopening ------------------------------------------------------------------------------


def test_only_a_reviewer_reopens_with_a_reason_and_the_item_leaves_the_api(
    reviewer, second_reviewer, editor
):
    quote, _ = published_quote(reviewer)
    with pytest.raises(ValidationError, match="a reviewer reopens it"):
        quote.start_review(by=editor)
    with pytest.raises(PermissionDenied, match="Only reviewers may reopen"):
        quote.reopen(by=editor, reason="Typo.")
    with pytest.raises(ValidationError, match="Say why"):
        quote.reopen(by=second_reviewer, reason=" ")
    quote.reopen(by=second_reviewer, reason="The second clause was cut.")
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.IN_REVIEW
    assert not Quote.objects.verified().filter(pk=quote.pk).exists()
    latest = quote.history.order_by("-history_date").first()
    assert latest.history_change_reason == "The second clause was cut."
    # Open again: the words may change now.
    quote.text = "the bridge opens in May, weather permitting"
    quote.last_edited_by = editor
    quote.save()


def test_a_reopened_item_is_verified_again_by_another_reviewer(
    reviewer, second_reviewer, django_user_model
):
    quote, _ = published_quote(reviewer)
    quote.reopen(by=second_reviewer, reason="Check the speaker.")
    with pytest.raises(PermissionDenied, match="you reopened this quote"):
        quote.verify(by=second_reviewer)
    third = django_user_model.objects.create_user("tess-reviewer", is_staff=True)
    third.groups.set(second_reviewer.groups.all())
    quote.verify(by=third)
    quote.refresh_from_db()
    assert (quote.status, quote.reviewed_by) == (ReviewStatus.VERIFIED, third)


def test_reopening_is_only_for_verified_or_retracted_items(reviewer):
    quote = make_quote()
    with pytest.raises(ValidationError, match="Only a verified or retracted"):
        quote.reopen(by=reviewer, reason="Why not.")


# --- claim matches --------------------------------------------------------------------------


def test_an_editor_may_not_decide_a_claim_match(editor):
    match = ClaimMatch.objects.create(claim=make_claim("A."), candidate=make_claim("B."), score=0.7)
    for decide in (match.confirm, match.dismiss):
        with pytest.raises(PermissionDenied, match="Only reviewers"):
            decide(by=editor)
    match.refresh_from_db()
    assert match.status == ClaimMatch.Status.SUGGESTED


def test_a_merge_into_or_out_of_a_verified_claim_is_refused(reviewer, second_reviewer):
    claim, _ = published_claim(reviewer)
    twin = make_claim("Over 85% of roads are repaired.", lower=Decimal(85))
    make_appearance(twin, make_source("Over 85% of roads are repaired, it says."), "Over 85%")
    into = ClaimMatch.objects.create(claim=claim, candidate=twin, score=0.8)
    with pytest.raises(Locked, match="appearances and evidence"):
        into.confirm(by=second_reviewer)
    out_of = ClaimMatch.objects.create(claim=twin, candidate=claim, score=0.8)
    with pytest.raises(Locked):
        out_of.confirm(by=second_reviewer)
    assert claim.appearances.count() == 1 and twin.appearances.count() == 1
    into.refresh_from_db()
    assert into.status == ClaimMatch.Status.SUGGESTED


def test_a_decided_match_cannot_be_decided_again(reviewer):
    match = ClaimMatch.objects.create(claim=make_claim("A."), candidate=make_claim("B."), score=0.7)
    match.dismiss(by=reviewer)
    with pytest.raises(ValidationError, match="already dismissed"):
        match.confirm(by=reviewer)


# --- ingest -----------------------------------------------------------------------------------


def test_ingest_adds_no_appearance_to_a_verified_claim_it_suggests_a_match(reviewer):
    first = ingest_document(
        parse_text("The Taliban claims it controls at least 85 per cent of the country.\n")
    )
    claim = Claim.objects.get(appearances__source=first.source)
    claim.verify(by=reviewer, verdict=Verdict.MOSTLY_FALSE)
    second = ingest_document(
        parse_text("The Taliban claims it controls at least 85 per cent of the land.\n")
    )
    claim.refresh_from_db()
    assert claim.appearances.count() == 1
    twin = Claim.objects.get(appearances__source=second.source)
    assert twin.pk != claim.pk and twin.status == ReviewStatus.UNREVIEWED
    assert ClaimMatch.objects.suggested().filter(claim=claim, candidate=twin).exists()


def test_ingest_adds_no_appearance_to_a_verified_quote(reviewer):
    text = "“We will rebuild the bridge,” said Amina Haidari, the mayor.\n"
    first = ingest_document(parse_text(text))
    quote = Quote.objects.get(appearances__source=first.source)
    quote.verify(by=reviewer)
    second = ingest_document(parse_text("Report two\n\n" + text))
    assert quote.appearances.count() == 1
    again = Quote.objects.get(appearances__source=second.source)
    assert again.pk != quote.pk and again.status == ReviewStatus.UNREVIEWED
