"""Published means locked in PostgreSQL itself (migration 0007): a change the models would
refuse is refused by the database too when it comes by another road (a queryset update, a bulk
insert, SQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.models import Appearance, Claim, Evidence, Quote, ReviewStatus, Verdict
from sources.models import Source
from tests.factories import make_appearance, make_claim, make_quote, make_source

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

TEXT = "The mayor said “the bridge opens in May”; at least 85% of roads are repaired."


@pytest.fixture
def published(reviewer):
    source = make_source(TEXT)
    quote = make_quote("the bridge opens in May")
    make_appearance(quote, source, "the bridge opens in May")
    claim = make_claim("At least 85% of roads are repaired.", lower=Decimal(85))
    make_appearance(claim, source, "at least 85%")
    quote.verify(by=reviewer)
    claim.verify(by=reviewer, verdict=Verdict.TRUE)
    return quote, claim, source


def refused(change) -> None:
    with (
        pytest.raises(IntegrityError, match="reopen it first|never changes"),
        transaction.atomic(),
    ):
        change()


def test_a_queryset_update_of_published_content_is_refused(published):
    quote, claim, _ = published
    refused(lambda: Quote.objects.filter(pk=quote.pk).update(text="the bridge opens in June"))
    refused(lambda: Claim.objects.filter(pk=claim.pk).update(lower=Decimal(5)))
    refused(
        lambda: Quote.objects.filter(pk=quote.pk).update(
            status=ReviewStatus.IN_REVIEW, text="reopened and rewritten in one go"
        )
    )
    assert Quote.objects.get(pk=quote.pk).text == "the bridge opens in May"


def test_a_bulk_insert_or_sql_delete_of_linked_rows_is_refused(published):
    quote, claim, source = published
    refused(
        lambda: Evidence.objects.bulk_create(
            [Evidence(claim=claim, source=source, stance="supports")]
        )
    )
    refused(
        lambda: Appearance.objects.bulk_create(
            [Appearance(quote=quote, source=source, wording="The mayor", start=0, end=9)]
        )
    )
    appearance = Appearance.objects.get(quote=quote)
    refused(lambda: Appearance.objects.filter(pk=appearance.pk)._raw_delete("default"))
    assert Appearance.objects.filter(quote=quote).count() == 1


def test_derived_flags_and_review_transitions_still_pass(published, second_reviewer):
    quote, _, _ = published
    Appearance.objects.filter(quote=quote).update(orphaned=True)  # derived, not published
    quote.reopen(by=second_reviewer, reason="Check the month.")
    Quote.objects.filter(pk=quote.pk).update(text="the bridge opens in June")
    assert Quote.objects.get(pk=quote.pk).text == "the bridge opens in June"


def test_a_source_text_update_is_refused(published):
    _, _, source = published
    refused(lambda: Source.objects.filter(pk=source.pk).update(text="Another text."))
    Source.objects.filter(pk=source.pk).update(language="en-GB")  # what no client reads may
    with pytest.raises(IntegrityError, match="approved correction"), transaction.atomic():
        Source.objects.filter(pk=source.pk).update(title="A title")  # shown: corrected instead
