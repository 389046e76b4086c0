"""The data model's rules: bad rows are refused by the database itself, reads are named
queryset methods, and review moves only the way DOMAIN.md allows."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from claims.models import (
    Appearance,
    Claim,
    ClaimMatch,
    Evidence,
    Quote,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    StaleEdit,
    Verdict,
)
from sources.models import Source
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_quote,
    make_source,
    make_speaker,
)

pytestmark = pytest.mark.django_db


def refused(**kwargs):
    """Assert the database refuses what the block writes."""
    return pytest.raises(IntegrityError, **kwargs)


def db_update(instance, **fields):
    """Write straight to the table, past every model method: only constraints can refuse."""
    with transaction.atomic():
        type(instance).objects.filter(pk=instance.pk).update(**fields)


# --- constraints ---------------------------------------------------------------------------


def test_one_source_per_text():
    make_source("Same words.")
    with refused(), transaction.atomic():
        Source.objects.create(text="Same words.")


def test_source_text_cannot_be_empty():
    with refused(), transaction.atomic():
        Source.objects.create(text="")


def test_claim_lower_bound_cannot_exceed_upper():
    with refused(match="claim_lower_not_above_upper"):
        make_claim(lower=Decimal(20), upper=Decimal(15))


def test_claim_value_must_lie_within_its_bounds():
    with refused(match="claim_value_not_below_lower"), transaction.atomic():
        make_claim(value=Decimal(10), lower=Decimal(15))
    with refused(match="claim_value_not_above_upper"), transaction.atomic():
        make_claim(value=Decimal(30), upper=Decimal(20))


def test_claim_part_cannot_exceed_the_whole():
    with refused(match="claim_part_not_above_whole"):
        make_claim(value=Decimal(400), total=Decimal(398))


def test_verified_claim_needs_a_verdict_at_the_database():
    claim = make_claim()
    with refused(match="claim_verified_has_verdict"):
        db_update(claim, status=ReviewStatus.VERIFIED, reviewed_at="2026-01-01T00:00Z")


def test_verified_item_needs_a_review_time_at_the_database():
    quote = make_quote()
    with refused(match="verified_has_review_time"):
        db_update(quote, status=ReviewStatus.VERIFIED)


def test_rejection_needs_a_reason_at_the_database():
    quote = make_quote()
    with refused(match="rejection_has_reason"):
        db_update(quote, status=ReviewStatus.REJECTED, reviewed_at="2026-01-01T00:00Z")


def test_appearance_span_must_start_before_it_ends():
    quote, source = make_quote(), make_source()
    with refused(match="appearance_start_before_end"):
        Appearance.objects.create(quote=quote, source=source, wording="x", start=5, end=5)


@pytest.mark.parametrize("targets", ["both", "neither"])
def test_appearance_belongs_to_exactly_one_quote_or_claim(targets):
    source = make_source()
    links = {"quote": make_quote(), "claim": make_claim()} if targets == "both" else {}
    with refused(match="appearance_belongs_to_one_quote_or_claim"):
        Appearance.objects.create(source=source, wording="D", start=0, end=1, **links)


def test_evidence_belongs_to_exactly_one_quote_or_claim():
    with refused(match="evidence_belongs_to_one_quote_or_claim"):
        Evidence.objects.create(source=make_source(), stance="supports")


def test_evidence_excerpt_span_must_be_in_order():
    with refused(match="evidence_excerpt_span_in_order"):
        make_evidence(make_claim(), make_source(), "disputes", excerpt_start=9, excerpt_end=3)


def test_speaker_name_is_unique_per_kind_ignoring_case():
    make_speaker("Taliban", kind=Speaker.Kind.ORGANISATION)
    make_speaker("Taliban", kind=Speaker.Kind.PERSON)  # another kind: allowed
    with refused(match="speaker_unique_name_per_kind"):
        make_speaker("TALIBAN", kind=Speaker.Kind.ORGANISATION)


def test_a_claim_cannot_be_matched_with_itself():
    claim = make_claim()
    with refused(match="claim_match_not_itself"):
        ClaimMatch.objects.create(claim=claim, candidate=claim, score=0.9)


def test_confidence_stays_between_zero_and_one():
    with refused(match="confidence_0_to_1"):
        make_quote(confidence=1.5)


# --- querysets -----------------------------------------------------------------------------


def test_verified_and_unreviewed_answer_by_status(reviewer):
    shown, hidden = make_quote("Shown."), make_quote("Hidden.")
    shown.verify(by=reviewer)
    assert list(Quote.objects.verified()) == [shown]
    assert list(Quote.objects.unreviewed()) == [hidden]
    assert set(Quote.objects.awaiting_review()) == {hidden}


def test_speaker_is_found_by_name_or_alias_ignoring_case():
    envoy = make_speaker("Farid Mamundzay")
    SpeakerAlias.objects.create(speaker=envoy, name="the Afghan envoy")
    assert list(Speaker.objects.named("farid mamundzay")) == [envoy]
    assert list(Speaker.objects.named("The Afghan Envoy")) == [envoy]
    assert not Speaker.objects.named("the envoy").exists()


def test_quotes_by_speaker_named_include_aliases():
    envoy = make_speaker("Farid Mamundzay")
    envoy.add_alias("Afghanistan's Ambassador to India")
    quote = make_quote(speaker=envoy)
    make_quote()
    assert list(Quote.objects.by_speaker_named("Afghanistan's ambassador to India")) == [quote]


def test_add_alias_ignores_the_name_itself_and_duplicates():
    envoy = make_speaker("Farid Mamundzay")
    assert envoy.add_alias("farid mamundzay") is None
    envoy.add_alias("the Afghan envoy")
    envoy.add_alias("The Afghan  envoy")
    assert envoy.alias_names() == ["the Afghan envoy"]


def test_contested_claims_have_both_supporting_and_disputing_evidence():
    source = make_source()
    contested, supported = make_claim("A"), make_claim("B")
    make_evidence(contested, source, "supports")
    make_evidence(contested, source, "disputes")
    make_evidence(supported, source, "supports")
    make_evidence(supported, source, "context")
    assert list(Claim.objects.contested()) == [contested]


def test_quantitative_claims_carry_a_number():
    counted = make_claim("At least 22 commandos", lower=Decimal(22))
    make_claim("The Taliban is courting China")
    assert list(Claim.objects.quantitative()) == [counted]


def test_appearing_in_lists_items_of_one_source():
    source = make_source("He said “we will win” today.")
    here, elsewhere = make_quote("we will win"), make_quote("we will lose")
    make_appearance(here, source, "we will win")
    assert list(Quote.objects.appearing_in(source)) == [here]
    assert elsewhere not in Quote.objects.appearing_in(source)


def test_search_finds_words_in_quotes():
    wanted = make_quote("We have very good relations with Russia")
    make_quote("Their footprint would not be needed")
    assert list(Quote.objects.search("relations")) == [wanted]


@pytest.mark.postgres
def test_search_ranks_closer_matches_first_on_postgres():
    weak = make_quote("Russia was mentioned once among many other countries and topics")
    strong = make_quote("Russia, Russia: relations with Russia")
    assert list(Quote.objects.search("Russia relations")) == [strong]
    assert list(Quote.objects.search("Russia"))[:2] == [strong, weak]


# --- review --------------------------------------------------------------------------------


def test_reviewer_verifies_a_quote_and_it_records_who_and_when(reviewer):
    quote = make_quote()
    quote.verify(by=reviewer)
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.VERIFIED
    assert quote.reviewed_by == reviewer
    assert quote.reviewed_at is not None
    assert quote.history.first().history_change_reason == "verified"


def test_editor_cannot_verify_reject_or_retract(editor):
    quote = make_quote()
    with pytest.raises(PermissionDenied, match="Only reviewers"):
        quote.verify(by=editor)
    with pytest.raises(PermissionDenied, match="Only reviewers"):
        quote.reject(by=editor, reason="not a quote")
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.UNREVIEWED


def test_editor_may_start_a_review(editor):
    quote = make_quote()
    quote.start_review(by=editor)
    assert quote.status == ReviewStatus.IN_REVIEW


def test_four_eyes_rule_stops_verifying_your_own_edit(reviewer, settings):
    claim = make_claim(last_edited_by=reviewer)
    with pytest.raises(PermissionDenied, match="Four-eyes rule"):
        claim.verify(by=reviewer, verdict=Verdict.MOSTLY_FALSE)
    settings.FACTDB_FOUR_EYES = False
    claim.verify(by=reviewer, verdict=Verdict.MOSTLY_FALSE)
    assert claim.status == ReviewStatus.VERIFIED


def test_claim_needs_a_verdict_to_be_verified(reviewer):
    claim = make_claim()
    with pytest.raises(ValidationError, match="Give a verdict"):
        claim.verify(by=reviewer)
    claim.verify(by=reviewer, verdict=Verdict.FALSE, explanation="204 of 407 districts")
    claim.refresh_from_db()
    assert (claim.verdict, claim.rating) == (Verdict.FALSE, 1)


def test_reject_and_retract_need_a_reason(reviewer):
    quote = make_quote()
    with pytest.raises(ValidationError, match="Say why"):
        quote.reject(by=reviewer, reason="  ")
    quote.verify(by=reviewer)
    with pytest.raises(ValidationError, match="Say why"):
        quote.retract(by=reviewer, reason="")


def test_retracted_quote_is_kept_with_its_reason_and_history(reviewer):
    quote = make_quote()
    quote.verify(by=reviewer)
    quote.retract(by=reviewer, reason="misattributed: it was the deputy")
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.RETRACTED
    assert quote.status_reason == "misattributed: it was the deputy"
    reasons = [h.history_change_reason for h in quote.history.all()]
    assert reasons[:2] == ["misattributed: it was the deputy", "verified"]


def test_only_verified_items_can_be_retracted(reviewer):
    quote = make_quote()
    with pytest.raises(ValidationError, match="cannot become retracted"):
        quote.retract(by=reviewer, reason="wrong")


def test_verified_items_are_never_deleted(reviewer):
    quote = make_quote()
    quote.verify(by=reviewer)
    with pytest.raises(PermissionDenied, match="never deleted"):
        quote.delete()
    with pytest.raises(PermissionDenied, match="cannot be deleted"):
        Quote.objects.all().delete()
    assert Quote.objects.filter(pk=quote.pk).exists()


def test_unreviewed_items_can_be_deleted():
    quote = make_quote()
    Quote.objects.filter(pk=quote.pk).delete()
    assert not Quote.objects.exists()


def test_a_stale_copy_cannot_overwrite_a_newer_save(editor, second_reviewer):
    claim = make_claim()
    mine, theirs = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.verdict_explanation = "first"
    theirs.last_edited_by = second_reviewer
    theirs.save()
    mine.verdict_explanation = "second"
    with pytest.raises(StaleEdit, match="changed by rob-reviewer at .* since you opened it"):
        mine.save()
    claim.refresh_from_db()
    assert claim.verdict_explanation == "first"


def test_saving_the_same_copy_twice_is_not_stale():
    claim = make_claim()
    claim.measure = "territory"
    claim.save()
    claim.measure = "territory of Afghanistan"
    claim.save()
    claim.refresh_from_db()
    assert (claim.measure, claim.version) == ("territory of Afghanistan", 3)


# --- appearances and matches ---------------------------------------------------------------


def test_appearance_wording_must_match_the_source_text():
    source = make_source("The Taliban claims at least 85 per cent of the country.")
    appearance = Appearance(
        claim=make_claim(), source=source, wording="at least 86", start=19, end=30
    )
    with pytest.raises(ValidationError, match="does not match the source text"):
        appearance.full_clean()


def test_appearances_whose_span_no_longer_holds_their_wording_are_orphaned():
    source = make_source("He said “we will win” today.")
    appearance = make_appearance(make_quote("we will win"), source, "we will win")
    # The text itself never changes (tests/sources/test_text_is_fixed.py); a span that no longer
    # holds its wording (stored so by hand, say) is found out and flagged, never moved.
    Appearance.objects.filter(pk=appearance.pk).update(wording="we shall win")
    appearance.refresh_from_db()
    Appearance.objects.mark_orphans(source)
    appearance.refresh_from_db()
    assert appearance.orphaned
    assert (appearance.start, appearance.wording) == (9, "we shall win")  # never moved


def test_confirming_a_match_merges_appearances_into_one_claim(reviewer):
    first = make_source("The Taliban claims at least 85 per cent of the country.")
    second = make_source("Taliban says it controls over 85% of the territory.")
    claim = make_claim("The Taliban controls at least 85% of territory", lower=Decimal(85))
    twin = make_claim("The Taliban controls over 85% of territory", lower=Decimal(85))
    make_appearance(claim, first, "at least 85 per cent")
    make_appearance(twin, second, "over 85%")
    match = ClaimMatch.objects.create(claim=claim, candidate=twin, score=0.8)
    match.confirm(by=reviewer)
    assert claim.appearances.count() == 2
    twin.refresh_from_db()
    assert twin.status == ReviewStatus.REJECTED
    assert f"Merged into claim #{claim.pk}" in twin.status_reason
    with pytest.raises(ValidationError, match="already confirmed"):
        match.dismiss(by=reviewer)


def test_contested_quotes_have_both_supporting_and_disputing_evidence():
    source = make_source()
    contested, supported = make_quote("We never said that."), make_quote("We will win.")
    make_evidence(contested, source, "supports")
    make_evidence(contested, source, "disputes")
    make_evidence(supported, source, "supports")
    assert list(Quote.objects.contested()) == [contested]


# --- who reviewed stays known ---------------------------------------------------------------


def test_a_reviewer_who_verified_something_cannot_be_deleted_only_deactivated(reviewer, editor):
    from django.db.models import ProtectedError

    from tests.factories import make_quote

    quote = make_quote("We will win.", created_by=editor)
    quote.verify(by=reviewer)
    with pytest.raises(ProtectedError):
        reviewer.delete()
    reviewer.is_active = False
    reviewer.save()
    quote.refresh_from_db()
    assert quote.reviewed_by == reviewer


def test_deleting_a_reviewer_in_the_admin_is_refused_naming_what_they_reviewed(
    client, superuser, reviewer, editor
):
    from django.urls import reverse

    from tests.factories import make_quote

    quote = make_quote("We will win.", created_by=editor)
    quote.verify(by=reviewer)
    client.force_login(superuser)
    url = reverse("admin:auth_user_delete", args=[reviewer.pk])
    page = client.get(url).content.decode()
    # Refused: the admin names the verified quote that keeps the account (a verified quote is
    # never deleted, so the page lists it among what cannot go).
    assert "Cannot delete user" in page and "<li>quote</li>" in page
    client.post(url, {"post": "yes"})
    quote.refresh_from_db()
    assert quote.reviewed_by_id == reviewer.pk
