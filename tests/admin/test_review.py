"""Reviewing in the admin: who may verify, reject and retract, and that nothing is lost."""

import re

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Claim, ReviewStatus, Verdict
from tests.admin.forms import add_inline_form, change_form_data

pytestmark = pytest.mark.django_db


def change_url(item):
    return reverse(f"admin:claims_{item._meta.model_name}_change", args=[item.pk])


def transition_url(item, transition):
    return reverse(f"admin:claims_{item._meta.model_name}_transition", args=[item.pk, transition])


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def verify(client, claim, verdict=Verdict.MOSTLY_FALSE, explanation="", version=None):
    return client.post(
        transition_url(claim, "verify"),
        {
            "verdict": verdict,
            "verdict_explanation": explanation,
            "opened_version": claim.version if version is None else version,
        },
        follow=True,
    )


# --- roles ---------------------------------------------------------------------------------


def test_editor_sees_the_verify_button_disabled_with_the_reason(client, editor, scene):
    client.force_login(editor)
    page = client.get(change_url(scene.claim)).content.decode()
    verify_button = re.search(r'<button[^>]*value="verify"[^>]*>', page)
    assert verify_button is not None and " disabled " in verify_button.group(0)
    # Said once, though it disables both Verify and Reject.
    assert page.count("Only reviewers may verify, reject or retract; you are an editor.") == 1


def test_editor_posting_verify_anyway_is_refused_on_the_page(client, editor, scene):
    client.force_login(editor)
    response = verify(client, scene.claim)
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert scene.claim.verdict == ""
    assert any("Only reviewers may verify" in m for m in messages_of(response))


def test_editor_cannot_verify_at_the_model_either(editor, scene):
    with pytest.raises(PermissionDenied, match="not a reviewer"):
        scene.claim.verify(editor, verdict=Verdict.TRUE)


def test_editor_may_start_a_review(client, editor, scene):
    client.force_login(editor)
    client.post(transition_url(scene.claim, "start-review"), {"opened_version": 1})
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.IN_REVIEW


def test_reviewer_verifies_with_a_verdict_and_the_history_says_so(client, reviewer, scene):
    client.force_login(reviewer)
    response = verify(client, scene.claim, Verdict.MOSTLY_FALSE, "Counts show about half.")
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED
    assert scene.claim.verdict == Verdict.MOSTLY_FALSE
    assert scene.claim.verdict_explanation == "Counts show about half."
    assert scene.claim.reviewed_by == reviewer
    page = response.content.decode()
    assert "The claim is now verified." in page
    assert "by rita-reviewer on" in page  # who and when, on the page
    history = client.get(reverse("admin:claims_claim_history", args=[scene.claim.pk]))
    assert "rita-reviewer" in history.content.decode()
    assert "verified" in history.content.decode()


def test_verify_without_a_verdict_is_refused_with_the_reason(client, reviewer, scene):
    client.force_login(reviewer)
    response = verify(client, scene.claim, verdict="")
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert "Give a verdict before verifying a claim." in messages_of(response)


def test_reviewer_verifies_a_quote(client, reviewer, scene):
    client.force_login(reviewer)
    client.post(transition_url(scene.quote, "verify"), {"opened_version": scene.quote.version})
    scene.quote.refresh_from_db()
    assert scene.quote.status == ReviewStatus.VERIFIED


# --- four eyes -----------------------------------------------------------------------------


def edit_statement(client, claim, statement):
    page = client.get(change_url(claim))
    return client.post(change_url(claim), change_form_data(page, statement=statement))


def test_four_eyes_reviewer_cannot_verify_what_they_last_edited(client, reviewer, scene):
    client.force_login(reviewer)
    edit_statement(client, scene.claim, "The Taliban says it controls 85% of Afghanistan.")
    scene.claim.refresh_from_db()
    assert scene.claim.last_edited_by == reviewer
    page = client.get(change_url(scene.claim)).content.decode()
    assert "Four-eyes rule" in page
    response = verify(client, scene.claim)
    assert any("Four-eyes rule" in m for m in messages_of(response))
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED


def test_four_eyes_another_reviewer_may_verify(client, reviewer, second_reviewer, scene):
    client.force_login(reviewer)
    edit_statement(client, scene.claim, "The Taliban says it controls 85% of Afghanistan.")
    client.force_login(second_reviewer)
    scene.claim.refresh_from_db()
    verify(client, scene.claim)
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED


def test_four_eyes_switched_off_lets_the_editor_of_it_verify(client, reviewer, scene, settings):
    settings.FACTDB_FOUR_EYES = False
    client.force_login(reviewer)
    edit_statement(client, scene.claim, "The Taliban says it controls 85% of Afghanistan.")
    scene.claim.refresh_from_db()
    verify(client, scene.claim)
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED


def test_adding_evidence_counts_as_a_hand_so_another_reviewer_verifies(
    client, reviewer, second_reviewer, scene
):
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    data = add_inline_form(
        change_form_data(page),
        "evidence",
        source=scene.district_count.pk,
        stance="disputes",
        excerpt="the Taliban controls 204 of 407 districts",
        note="Half the districts, not 85%.",
    )
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 302
    evidence = scene.claim.evidence.get()
    assert evidence.added_by == reviewer
    assert (evidence.excerpt_start, evidence.excerpt_end) == (
        scene.district_count.text.index("the Taliban controls"),
        scene.district_count.text.index("; the government"),
    )
    scene.claim.refresh_from_db()
    assert scene.claim.last_edited_by is None  # the claim itself was not edited
    # Issue 10: adding evidence did not count as authorship; it shapes what is published.
    response = verify(client, scene.claim)
    assert any("you added or changed this claim’s evidence" in m for m in messages_of(response))
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    client.force_login(second_reviewer)
    verify(client, scene.claim)
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED


def test_an_excerpt_not_in_the_source_is_refused(client, reviewer, scene):
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    data = add_inline_form(
        change_form_data(page),
        "evidence",
        source=scene.district_count.pk,
        stance="disputes",
        excerpt="words that are nowhere",
    )
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 200
    assert "These words are not in the source" in response.content.decode()
    assert not scene.claim.evidence.exists()


# --- reject and retract --------------------------------------------------------------------


def test_reject_needs_a_reason(client, reviewer, scene):
    client.force_login(reviewer)
    url = transition_url(scene.claim, "reject")
    response = client.post(url, {"reason": "  ", "opened_version": 1}, follow=True)
    assert any("Say why" in m for m in messages_of(response))
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    client.post(url, {"reason": "Not a claim: a headline.", "opened_version": 1})
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.REJECTED
    assert scene.claim.status_reason == "Not a claim: a headline."


def test_retract_keeps_the_record_and_its_history(client, reviewer, second_reviewer, scene):
    client.force_login(reviewer)
    verify(client, scene.claim, Verdict.TRUE)
    scene.claim.refresh_from_db()
    client.post(
        transition_url(scene.claim, "retract"),
        {"reason": "A district count disputes it.", "opened_version": scene.claim.version},
    )
    claim = Claim.objects.get(pk=scene.claim.pk)
    assert claim.status == ReviewStatus.RETRACTED
    reasons = [h.history_change_reason for h in claim.history.all()]
    assert "A district count disputes it." in reasons
    page = client.get(change_url(claim)).content.decode()
    assert "Reason: A district count disputes it." in page
    history = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "A district count disputes it." in history


def test_retract_without_a_reason_is_refused(client, reviewer, scene):
    client.force_login(reviewer)
    verify(client, scene.claim, Verdict.TRUE)
    scene.claim.refresh_from_db()
    response = client.post(
        transition_url(scene.claim, "retract"),
        {"reason": "", "opened_version": scene.claim.version},
        follow=True,
    )
    assert any("Say why" in m for m in messages_of(response))
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED


# --- nothing deleted -----------------------------------------------------------------------


def test_deleting_a_verified_claim_is_refused(client, reviewer, superuser, scene):
    client.force_login(reviewer)
    verify(client, scene.claim, Verdict.TRUE)
    client.force_login(superuser)
    url = reverse("admin:claims_claim_delete", args=[scene.claim.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Claim.objects.filter(pk=scene.claim.pk).exists()
    page = client.get(change_url(scene.claim)).content.decode()
    assert 'class="deletelink"' not in page


def test_bulk_delete_keeps_verified_claims_and_deletes_the_rest(client, reviewer, superuser, scene):
    from tests.factories import make_claim

    client.force_login(reviewer)
    verify(client, scene.claim, Verdict.TRUE)
    extraction_error = make_claim("Not a claim at all.")
    client.force_login(superuser)
    changelist = reverse("admin:claims_claim_changelist")
    selected = [scene.claim.pk, extraction_error.pk]
    confirm = client.post(changelist, {"action": "delete_selected", "_selected_action": selected})
    assert "never deleted" in " ".join(messages_of(confirm))
    assert "Not a claim at all." in confirm.content.decode()
    client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [extraction_error.pk], "post": "yes"},
    )
    assert list(Claim.objects.values_list("pk", flat=True)) == [scene.claim.pk]


def test_history_cannot_be_reverted(client, superuser, scene):
    client.force_login(superuser)
    record = scene.claim.history.earliest()
    url = reverse("admin:claims_claim_simple_history", args=[scene.claim.pk, record.history_id])
    assert client.get(url).status_code == 200
    assert client.post(url, {"statement": "Reverted"}).status_code == 403


# --- two reviewers, one claim --------------------------------------------------------------


def test_a_stale_save_is_refused_and_the_first_save_is_kept(
    client, reviewer, second_reviewer, scene
):
    first, second = client, type(client)()
    first.force_login(reviewer)
    second.force_login(second_reviewer)
    first_page = first.get(change_url(scene.claim))
    second_page = second.get(change_url(scene.claim))
    saved = first.post(
        change_url(scene.claim), change_form_data(first_page, measure="territory (by area)")
    )
    assert saved.status_code == 302
    refused = second.post(
        change_url(scene.claim), change_form_data(second_page, statement="Overwritten")
    )
    assert refused.status_code == 200  # the page again, with the user's input and the reason
    page = refused.content.decode()
    assert "was changed by rita-reviewer at" in page
    assert "since you opened it" in page
    assert "Overwritten" in page  # what the second reviewer typed is still in the form
    scene.claim.refresh_from_db()
    assert scene.claim.measure == "territory (by area)"
    assert scene.claim.statement != "Overwritten"
    assert scene.claim.last_edited_by == reviewer


def test_a_stale_verify_is_refused(client, reviewer, second_reviewer, scene):
    opened = scene.claim.version
    client.force_login(reviewer)
    edit_statement(client, scene.claim, "The Taliban says it controls 85% of Afghanistan.")
    client.force_login(second_reviewer)
    response = verify(client, scene.claim, version=opened)
    assert any("since you opened it" in m for m in messages_of(response))
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED


# --- evidence history ----------------------------------------------------------------------


def test_evidence_removed_from_a_claim_stays_in_its_history(client, reviewer, scene):
    from tests.factories import make_evidence

    make_evidence(scene.claim, scene.district_count, "disputes", note="Only 204 of 407.")
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    data = change_form_data(page, **{"evidence-0-DELETE": "on"})
    assert client.post(change_url(scene.claim), data).status_code == 302
    assert not scene.claim.evidence.exists()
    history = client.get(reverse("admin:claims_claim_history", args=[scene.claim.pk]))
    text = history.content.decode()
    assert "Evidence removed: disputes, from Taliban control map" in text
    assert "rita-reviewer" in text
    recent = client.get(change_url(scene.claim)).content.decode()
    assert "Evidence removed: disputes" in recent
