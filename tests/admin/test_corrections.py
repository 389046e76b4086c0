"""Corrections in the admin: a verified quote's speaker (and its source and outlet) show their
published fields read-only with a link to propose a correction; another reviewer approves it from
the list with one action, and the proposer cannot."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Correction, Speaker, Verdict
from sources.models import Source
from tests.admin.forms import change_form_data
from tests.admin.test_review import messages_of

ADD = reverse("admin:claims_correction_add")
LIST = reverse("admin:claims_correction_changelist")


@pytest.fixture
def published(scene, second_reviewer):
    """The scene's quote, verified: its speaker and source are shown by a published item."""
    scene.claim.verify(by=second_reviewer, verdict=Verdict.MOSTLY_FALSE)
    scene.quote.verify(by=second_reviewer)
    return scene


def speaker_url(speaker: Speaker) -> str:
    return reverse("admin:claims_speaker_change", args=[speaker.pk])


def test_a_shown_speaker_page_is_read_only_where_clients_read_it(client, editor, published):
    speaker = published.quote.speaker
    client.force_login(editor)
    page = client.get(speaker_url(speaker))
    message = " ".join(messages_of(page))
    assert "Verified items show this speaker: its name, kind, wikidata_id change only" in message
    assert f"{ADD}?target=speaker-{speaker.pk}" in page.content.decode()
    data = change_form_data(page)
    data["name"] = "Somebody Else"  # a crafted post: the read-only field is ignored
    assert client.post(speaker_url(speaker), data).status_code == 302
    assert Speaker.objects.get(pk=speaker.pk).name == speaker.name


def test_an_editor_proposes_and_another_reviewer_approves(
    client, editor, reviewer, second_reviewer, published
):
    speaker = published.quote.speaker
    client.force_login(editor)
    form = client.get(f"{ADD}?target=speaker-{speaker.pk}")
    assert f"Correct speaker #{speaker.pk}" in form.content.decode()
    response = client.post(
        ADD,
        {
            "target": f"speaker-{speaker.pk}",
            "field": "name",
            "after": "Zabihullah Mujahid Jr.",
            "reason": "The spokesman's office corrected the name.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    correction = Correction.objects.get()
    assert (correction.before, correction.after) == (speaker.name, "Zabihullah Mujahid Jr.")
    assert Speaker.objects.get(pk=speaker.pk).name == speaker.name

    client.force_login(editor)
    refused = client.post(
        LIST, {"action": "approve_selected", "_selected_action": [correction.pk]}, follow=True
    )
    assert refused.status_code == 200
    correction.refresh_from_db()
    assert correction.status == Correction.Status.PROPOSED  # editors do not approve

    client.force_login(reviewer)
    done = client.post(
        LIST, {"action": "approve_selected", "_selected_action": [correction.pk]}, follow=True
    )
    assert "1 correction(s) approved and applied." in messages_of(done)
    assert Speaker.objects.get(pk=speaker.pk).name == "Zabihullah Mujahid Jr."


def test_the_proposer_is_told_another_reviewer_must_approve(client, reviewer, published):
    source = Source.objects.filter(appearances__quote=published.quote).first()
    client.force_login(reviewer)
    client.post(
        ADD,
        {
            "target": f"source-{source.pk}",
            "field": "title",
            "after": "A corrected headline",
            "reason": "The outlet changed its headline.",
        },
    )
    correction = Correction.objects.get()
    response = client.post(
        LIST, {"action": "approve_selected", "_selected_action": [correction.pk]}, follow=True
    )
    assert any("you proposed it" in m for m in messages_of(response))
    assert Source.objects.get(pk=source.pk).title != "A corrected headline"


def test_bad_proposals_are_shown_again_with_the_reason_and_store_nothing(client, editor, published):
    speaker = published.quote.speaker
    client.force_login(editor)
    bad_value = client.post(
        ADD,
        {
            "target": f"speaker-{speaker.pk}",
            "field": "wikidata_id",
            "after": "42",
            "reason": "Looked up.",
        },
    )
    assert bad_value.status_code == 200
    assert "A Wikidata id is a Q followed by digits" in bad_value.content.decode()
    no_target = client.post(
        ADD, {"target": "speaker-999999", "field": "name", "after": "X", "reason": "Typo."}
    )
    assert "There is no speaker #999999." in no_target.content.decode()
    assert not Correction.objects.exists()
