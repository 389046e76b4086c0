"""A speaker's count of verified quotes and claims (`Speaker.verified_items`), which the public
list of speakers reads, stays right whatever changes an item's status or speaker."""

from decimal import Decimal

import pytest
from django.utils import timezone

from claims.models import Claim, Quote, ReviewStatus, Speaker, Verdict
from tests.factories import make_claim, make_quote, make_speaker

pytestmark = pytest.mark.django_db


def assert_counts_right() -> None:
    for speaker in Speaker.objects.all():
        verified = Quote.objects.verified().filter(speaker=speaker).count()
        verified += Claim.objects.verified().filter(claimant=speaker).count()
        assert speaker.verified_items == verified, speaker.name


def count(speaker: Speaker) -> int:
    speaker.refresh_from_db()
    return speaker.verified_items


def test_every_review_path_keeps_the_count(reviewer, second_reviewer):
    envoy = make_speaker("The envoy")
    quote = make_quote("We will win.", speaker=envoy)
    claim = make_claim("At least 85% of the territory.", lower=Decimal(85), claimant=envoy)
    assert count(envoy) == 0
    quote.verify(by=reviewer)
    claim.verify(by=reviewer, verdict=Verdict.MOSTLY_TRUE)
    assert count(envoy) == 2
    quote.retract(by=second_reviewer, reason="Misattributed.")
    assert count(envoy) == 1
    quote.reopen(by=second_reviewer, reason="A second look.")
    claim.reopen(by=second_reviewer, reason="New figures.")
    assert count(envoy) == 0
    quote.reject(by=second_reviewer, reason="Not a quote.")
    quote.start_review(by=second_reviewer)
    assert count(envoy) == 0
    quote.verify(by=reviewer)
    assert count(envoy) == 1
    assert_counts_right()
    assert list(Speaker.objects.public()) == [envoy]


def test_changes_outside_the_review_actions_keep_the_count_too(reviewer):
    envoy, minister = make_speaker("The envoy"), make_speaker("The minister")
    quote = make_quote("We will win.", speaker=envoy)
    Quote.objects.filter(pk=quote.pk).update(
        status=ReviewStatus.VERIFIED, reviewed_at=quote.created_at
    )
    assert count(envoy) == 1
    Quote.objects.filter(pk=quote.pk).update(status=ReviewStatus.IN_REVIEW)
    Quote.objects.filter(pk=quote.pk).update(speaker=minister)  # unpublished: no count moves
    assert (count(envoy), count(minister)) == (0, 0)
    born_verified = Quote.objects.create(
        text="We stay.", speaker=minister, status=ReviewStatus.VERIFIED, reviewed_at=timezone.now()
    )
    assert count(minister) == 1
    make_quote("Unreviewed words.", speaker=minister).delete()
    assert count(minister) == 1
    Quote.objects.filter(pk=born_verified.pk).update(status=ReviewStatus.IN_REVIEW)
    Quote.objects.filter(pk=born_verified.pk).delete()
    assert count(minister) == 0
    assert_counts_right()


def test_saving_a_speaker_read_before_a_review_does_not_undo_its_count(reviewer):
    envoy = make_speaker("The envoy")
    ministry = make_speaker("The ministry", kind=Speaker.Kind.ORGANISATION)
    stale = Speaker.objects.get(pk=envoy.pk)
    make_quote("We will win.", speaker=envoy).verify(by=reviewer)
    stale.organisation = ministry
    stale.save()
    stale.organisation = None
    stale.save(update_fields=["organisation", "verified_items"])
    assert count(envoy) == 1
    stale.organisation = ministry
    stale.save()
    envoy.refresh_from_db()
    assert (envoy.organisation, envoy.verified_items) == (ministry, 1)


def test_recounting_finds_what_a_load_without_triggers_left_out(reviewer):
    envoy = make_speaker("The envoy")
    make_quote("We will win.", speaker=envoy).verify(by=reviewer)
    Speaker.objects.update(verified_items=0)  # as COPY with the triggers off leaves it
    assert Speaker.objects.recount_verified() == 1
    assert count(envoy) == 1
