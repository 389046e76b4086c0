"""One form, no lost work: a review button submits the page's change form, so the fields, the
evidence rows and the transition are saved together in one transaction, or nothing is."""

import pytest
from django.urls import reverse

from claims.models import ReviewStatus, Verdict
from tests.admin.forms import add_inline_form, change_form_data

pytestmark = pytest.mark.django_db

EXCERPT = "the Taliban controls 204 of 407 districts"


def change_url(item):
    return reverse(f"admin:claims_{item._meta.model_name}_change", args=[item.pk])


def page_with_evidence(client, scene, **changes):
    """The claim's page as posted with one new disputing evidence row typed in."""
    page = client.get(change_url(scene.claim))
    data = change_form_data(page, **changes)
    return add_inline_form(
        data,
        "evidence",
        source=scene.district_count.pk,
        stance="disputes",
        excerpt=EXCERPT,
        note="Half the districts, not 85%.",
    )


def test_verify_with_four_eyes_refuses_the_reviewer_who_typed_the_evidence_and_saves_nothing(
    client, reviewer, scene
):
    # Four-eyes counts every hand: who adds evidence does not verify. The whole submit is
    # refused, the evidence row included.
    client.force_login(reviewer)
    data = page_with_evidence(client, scene, _transition="verify", verdict=Verdict.FALSE)
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 200
    assert "Four-eyes rule" in response.content.decode()
    assert EXCERPT in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert not scene.claim.evidence.exists()


def test_verify_saves_the_evidence_typed_on_the_page_with_the_verdict(
    client, reviewer, scene, settings
):
    # With the four-eyes rule off (FACTDB_FOUR_EYES=0), one reviewer may do both in one submit.
    settings.FACTDB_FOUR_EYES = False
    client.force_login(reviewer)
    data = page_with_evidence(
        client,
        scene,
        _transition="verify",
        verdict=Verdict.MOSTLY_FALSE,
        verdict_explanation="A district count shows about half.",
    )
    response = client.post(change_url(scene.claim), data, follow=True)
    assert "The claim is now verified." in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED
    assert scene.claim.verdict == Verdict.MOSTLY_FALSE
    assert scene.claim.reviewed_by == reviewer
    evidence = scene.claim.evidence.get()
    assert (evidence.stance, evidence.excerpt, evidence.added_by) == ("disputes", EXCERPT, reviewer)


def test_a_refused_verify_saves_neither_the_evidence_nor_the_edits(client, reviewer, scene):
    client.force_login(reviewer)
    data = page_with_evidence(client, scene, _transition="verify", verdict="")
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 200  # the page again, not a redirect
    page = response.content.decode()
    assert "Give a verdict before verifying a claim." in page
    assert EXCERPT in page  # the typed row is still on the page
    assert 'class="errornote"' in page
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert not scene.claim.evidence.exists()
    assert scene.claim.version == 1
    assert scene.claim.history.count() == 1


def test_four_eyes_refuses_verify_with_an_edit_of_ones_own_and_keeps_neither(
    client, reviewer, scene
):
    client.force_login(reviewer)
    data = page_with_evidence(
        client,
        scene,
        statement="The Taliban says it controls 85% of Afghanistan.",
        _transition="verify",
        verdict=Verdict.FALSE,
    )
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 200
    assert "Four-eyes rule" in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert scene.claim.statement.startswith("The Taliban controls at least 85%")
    assert scene.claim.last_edited_by is None
    assert not scene.claim.evidence.exists()


def test_an_editor_pressing_a_forced_verify_saves_nothing(client, editor, scene):
    client.force_login(editor)
    data = page_with_evidence(client, scene, _transition="verify", verdict=Verdict.TRUE)
    response = client.post(change_url(scene.claim), data)
    assert "Only reviewers may verify" in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert not scene.claim.evidence.exists()


def test_a_verify_over_a_newer_version_is_refused_and_saves_nothing(
    client, reviewer, second_reviewer, scene
):
    second = type(client)()
    second.force_login(second_reviewer)
    client.force_login(reviewer)
    data = page_with_evidence(client, scene, _transition="verify", verdict=Verdict.FALSE)
    page = second.get(change_url(scene.claim))
    second.post(change_url(scene.claim), change_form_data(page, measure="territory by area"))
    response = client.post(change_url(scene.claim), data)
    assert response.status_code == 200
    assert "since you opened it" in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert scene.claim.measure == "territory by area"
    assert not scene.claim.evidence.exists()


def test_reject_takes_its_reason_from_the_page_and_an_empty_one_is_refused(client, reviewer, scene):
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    refused = client.post(
        change_url(scene.claim), change_form_data(page, _transition="reject", reason=" ")
    )
    assert "Say why this claim is rejected." in refused.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    client.post(
        change_url(scene.claim),
        change_form_data(page, _transition="reject", reason="Not a claim: a headline."),
    )
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.REJECTED
    assert scene.claim.status_reason == "Not a claim: a headline."


def test_an_unknown_review_action_is_refused_by_name(client, reviewer, scene):
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    response = client.post(
        change_url(scene.claim), change_form_data(page, _transition="approve", measure="x")
    )
    assert "There is no review action called “approve”." in response.content.decode()
    scene.claim.refresh_from_db()
    assert scene.claim.measure == "territory of Afghanistan"


def test_a_decision_from_a_read_only_page_goes_through_the_transition_checks(
    client, django_user_model, scene
):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("vera-viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    response = client.post(
        change_url(scene.claim),
        {"_transition": "start-review", "opened_version": 1, "measure": "changed"},
    )
    assert response.status_code == 403
    scene.claim.refresh_from_db()
    assert (scene.claim.status, scene.claim.measure) == (
        ReviewStatus.UNREVIEWED,
        "territory of Afghanistan",
    )
