"""Published means locked, in the admin (issue 10, item 1): the forms an editor posts as a
browser would cannot change what a verified item publishes; a reviewer reopens it first."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Appearance, ClaimMatch, Evidence, ReviewStatus, Verdict
from tests.admin.forms import add_inline_form, change_form_data
from tests.admin.test_review import change_url, messages_of, transition_url
from tests.factories import make_claim


@pytest.fixture
def published(scene, second_reviewer):
    """The scene's claim and quote, verified by a reviewer who did not shape them."""
    scene.claim.verify(by=second_reviewer, verdict=Verdict.MOSTLY_FALSE)
    scene.quote.verify(by=second_reviewer)
    scene.claim.refresh_from_db()
    scene.quote.refresh_from_db()
    return scene


def test_posting_new_words_to_a_verified_quote_changes_nothing(client, editor, published):
    quote = published.quote
    client.force_login(editor)
    page = client.get(change_url(quote))
    assert "is verified: its published content" in " ".join(messages_of(page))
    data = change_form_data(page, text="We are seeking India’s troops.")
    response = client.post(change_url(quote), data)
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.text.startswith("We are not seeking")
    assert quote.status == ReviewStatus.VERIFIED


def test_posting_a_new_statement_and_bounds_to_a_verified_claim_changes_nothing(
    client, editor, published
):
    claim = published.claim
    client.force_login(editor)
    page = client.get(change_url(claim))
    data = change_form_data(page, statement="The Taliban controls 5 per cent.", lower="5")
    client.post(change_url(claim), data)
    claim.refresh_from_db()
    assert (claim.statement, claim.lower) == (published.claim.statement, Decimal(85))


def test_no_evidence_is_added_to_a_verified_claim_through_its_inline(client, editor, published):
    claim = published.claim
    client.force_login(editor)
    page = client.get(change_url(claim))
    data = add_inline_form(
        {
            **change_form_data(page),
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "0",
        },
        "evidence",
        source=published.district_count.pk,
        stance="supports",
        summary="Confirms it.",
    )
    client.post(change_url(claim), data)
    assert not Evidence.objects.filter(claim=claim).exists()


def test_the_evidence_page_refuses_evidence_for_a_verified_claim(client, editor, published):
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_evidence_add"),
        {"claim": published.claim.pk, "source": published.district_count.pk, "stance": "supports"},
    )
    assert response.status_code == 200  # the form again, with the reason
    assert "reopens the claim" in response.content.decode()
    assert not Evidence.objects.exists()


def test_a_verified_quotes_appearance_cannot_be_deleted_or_changed(client, editor, published):
    appearance = Appearance.objects.get(quote=published.quote)
    client.force_login(editor)
    delete = reverse("admin:claims_appearance_delete", args=[appearance.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    page = client.get(reverse("admin:claims_appearance_change", args=[appearance.pk]))
    assert "Read-only: this belongs to quote" in " ".join(messages_of(page))
    bulk = client.post(
        reverse("admin:claims_appearance_changelist"),
        {"action": "delete_selected", "_selected_action": [appearance.pk], "post": "yes"},
    )
    assert bulk.status_code == 403  # the bulk delete asks the same per-row permission
    assert Appearance.objects.filter(pk=appearance.pk).exists()


def test_an_editor_cannot_confirm_a_claim_match(client, editor, scene):
    twin = make_claim("The Taliban controls over 85% of the territory.", lower=Decimal(85))
    match = ClaimMatch.objects.create(claim=scene.claim, candidate=twin, score=0.8)
    client.force_login(editor)
    page = client.get(change_url(scene.claim)).content.decode()
    assert reverse("admin:claims_claimmatch_decide", args=[match.pk, "confirm"]) not in page
    response = client.post(
        reverse("admin:claims_claimmatch_decide", args=[match.pk, "confirm"]), follow=True
    )
    assert "Only reviewers may confirm or dismiss" in " ".join(messages_of(response))
    match.refresh_from_db()
    twin.refresh_from_db()
    assert (match.status, twin.status) == (ClaimMatch.Status.SUGGESTED, ReviewStatus.UNREVIEWED)


def test_a_reviewer_reopens_with_a_reason_then_the_form_is_editable(
    client, editor, reviewer, published
):
    quote = published.quote
    client.force_login(editor)
    page = client.get(change_url(quote)).content.decode()
    assert "Reopen to change" in page
    refused = client.post(
        transition_url(quote, "reopen"), {"reason": "Cut short.", "opened_version": quote.version}
    )
    quote.refresh_from_db()
    assert refused.status_code == 302 and quote.status == ReviewStatus.VERIFIED
    client.force_login(reviewer)
    client.post(transition_url(quote, "reopen"), {"reason": "", "opened_version": quote.version})
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.VERIFIED  # no reason, no reopening
    client.post(
        transition_url(quote, "reopen"),
        {"reason": "The quote was cut short.", "opened_version": quote.version},
    )
    quote.refresh_from_db()
    assert (quote.status, quote.status_reason) == (
        ReviewStatus.IN_REVIEW,
        "The quote was cut short.",
    )
    client.force_login(editor)
    page = client.get(change_url(quote))
    data = change_form_data(page, text=quote.text + " Not now.")
    assert client.post(change_url(quote), data).status_code == 302
    quote.refresh_from_db()
    assert quote.text.endswith("Not now.")
