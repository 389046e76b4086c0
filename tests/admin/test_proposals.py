"""Evidence proposed at ingest, decided on the claim's page with one click: confirm makes it
evidence the API shows, dismiss does not; clients without the right are refused."""

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Evidence, EvidenceProposal, Verdict
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db


def ingest(text: str, day: str):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


@pytest.fixture
def claim() -> Claim:
    ingest(
        "More than 1,000 Afghan government troops fled to Tajikistan, the Taliban said.",
        "2021-07-14",
    )
    ingest(
        "Border guards said 1,037 Afghan soldiers crossed into Tajikistan. The Taliban figure "
        "was rejected as propaganda by Kabul, which said fewer than 400 troops had left.",
        "2021-07-15",
    )
    return Claim.objects.get(lower=1000)


def decide(client, proposal, decision):
    url = reverse("admin:claims_evidenceproposal_decide", args=[proposal.pk, decision])
    return client.post(url, follow=True)


def test_the_claim_page_shows_each_proposal_with_stance_reason_and_excerpt(client, editor, claim):
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Proposed evidence" in page
    assert "numbers confirm it: 1,037 against over 1,000" in page
    assert "numbers cannot both hold: under 400 against over 1,000" in page
    assert "Confirm as supports evidence" in page and "Dismiss" in page


def test_confirm_one_dismiss_another_and_the_api_shows_the_confirmed_one(
    client, editor, reviewer, claim
):
    supports = EvidenceProposal.objects.get(claim=claim, stance="supports")
    disputes = EvidenceProposal.objects.get(claim=claim, stance="disputes")
    client.force_login(editor)
    assert "Confirmed: supports evidence" in decide(client, supports, "confirm").content.decode()
    assert "Dismissed" in decide(client, disputes, "dismiss").content.decode()
    evidence = Evidence.objects.get()
    assert (evidence.claim, evidence.stance, evidence.added_by) == (claim, "supports", editor)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Proposed evidence" not in page

    claim.refresh_from_db()
    client.force_login(reviewer)
    claim.verify(reviewer, verdict=Verdict.MOSTLY_TRUE)
    client.logout()
    body = client.get(f"/api/v1/claims/{claim.pk}/").json()
    stances = [e["stance"] for e in body["evidence"]]
    assert stances == ["supports"]


def test_deciding_twice_is_refused_with_a_message(client, editor, claim):
    proposal = EvidenceProposal.objects.filter(claim=claim).first()
    client.force_login(editor)
    decide(client, proposal, "dismiss")
    again = decide(client, proposal, "confirm").content.decode()
    assert "already dismissed" in again
    assert not Evidence.objects.exists()


def test_a_get_or_a_user_without_rights_cannot_decide(client, django_user_model, claim):
    proposal = EvidenceProposal.objects.filter(claim=claim).first()
    url = reverse("admin:claims_evidenceproposal_decide", args=[proposal.pk, "confirm"])
    staff = django_user_model.objects.create_user("clerk", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    assert not Evidence.objects.exists()


def test_a_proposal_on_a_published_claim_is_refused_with_a_message_and_changes_nothing(
    client, reviewer, claim
):
    # Published means locked: confirming would add evidence a client reads.
    claim.start_review(by=reviewer)
    claim.verdict = Verdict.TRUE
    claim.verdict_explanation = "The border guards counted 1,037."
    claim.save()
    Claim.objects.filter(pk=claim.pk).update(status="verified", reviewed_at=timezone.now())
    supports = EvidenceProposal.objects.get(claim=claim, stance="supports")
    client.force_login(reviewer)
    page = decide(client, supports, "confirm").content.decode()
    assert "reopen" in page.lower()
    supports.refresh_from_db()
    assert supports.status == EvidenceProposal.Status.PROPOSED
    assert not Evidence.objects.filter(claim=claim).exists()
