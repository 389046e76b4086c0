"""The review queue: unreviewed first, filters reviewers need, bulk actions, and pages whose
query count does not grow with the number of rows."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from claims.conflicts import refresh_conflicts
from claims.models import Claim, ClaimMatch, Quote, ReviewStatus, Speaker
from tests.factories import (
    make_appearance,
    make_claim,
    make_evidence,
    make_outlet,
    make_quote,
    make_source,
    make_speaker,
)

pytestmark = pytest.mark.django_db

CLAIMS = reverse("admin:claims_claim_changelist")
QUOTES = reverse("admin:claims_quote_changelist")


def listed(response):
    return list(response.context["cl"].result_list)


def test_the_queue_lists_unreviewed_first_then_in_review(client, reviewer, editor):
    verified = make_claim("Verified first by creation.")
    verified.start_review(editor)
    in_review = make_claim("In review.")
    in_review.start_review(editor)
    unreviewed = make_claim("Unreviewed, created last.")
    rejected = make_claim("Rejected.")
    rejected.reject(reviewer, "Extraction error.")
    client.force_login(reviewer)
    order = listed(client.get(CLAIMS))
    assert order[0] == unreviewed
    assert set(order[1:3]) == {in_review, verified}
    assert order[-1] == rejected


def test_the_queue_filters_contested_claims(client, reviewer, scene):
    quiet = make_claim("Nobody has looked at this.")
    make_evidence(scene.claim, scene.source_000, "supports")
    client.force_login(reviewer)
    assert listed(client.get(CLAIMS, {"contested": "yes"})) == []
    make_evidence(scene.claim, scene.district_count, "disputes")
    assert listed(client.get(CLAIMS, {"contested": "yes"})) == [scene.claim]
    assert listed(client.get(CLAIMS, {"contested": "no"})) == [quiet]


def test_the_quote_queue_filters_contested_quotes(client, reviewer, scene):
    quiet = make_quote("We will win.", speaker=make_speaker("Someone Else"))
    make_evidence(scene.quote, scene.source_000, "supports")
    make_evidence(scene.quote, scene.source_002, "disputes")
    client.force_login(reviewer)
    assert listed(client.get(QUOTES, {"contested": "yes"})) == [scene.quote]
    assert listed(client.get(QUOTES, {"contested": "no"})) == [quiet]


def test_the_queue_filters_conflicting_numbers(client, reviewer, scene):
    make_claim("No numbers here.")
    make_evidence(
        scene.claim,
        scene.district_count,
        "disputes",
        excerpt="the Taliban controls 204 of 407 districts",
    )
    refresh_conflicts(scene.claim)
    client.force_login(reviewer)
    assert listed(client.get(CLAIMS, {"numbers_conflict__exact": "1"})) == [scene.claim]


def test_the_queue_filters_by_status_outlet_source_stance_and_speaker(client, reviewer, scene):
    other_outlet = make_outlet(name="CNN")
    cnn = make_source("CNN reports at least 22 commandos were executed.", outlet=other_outlet)
    commandos = make_claim("At least 22 commandos were executed.", lower=Decimal(22))
    make_appearance(commandos, cnn, "at least 22 commandos")
    make_evidence(commandos, cnn, "supports")
    client.force_login(reviewer)
    tass = scene.source_002.outlet
    by_outlet = {"appearances__source__outlet__id__exact": tass.pk}
    assert listed(client.get(CLAIMS, by_outlet)) == [scene.claim]
    by_source = {"appearances__source__id__exact": cnn.pk}
    assert listed(client.get(CLAIMS, by_source)) == [commandos]
    assert listed(client.get(CLAIMS, {"evidence__stance": "supports"})) == [commandos]
    by_claimant = {"claimant__id__exact": scene.taliban.pk}
    assert listed(client.get(CLAIMS, by_claimant)) == [scene.claim]
    commandos.start_review(reviewer)
    assert listed(client.get(CLAIMS, {"status__exact": "in_review"})) == [commandos]
    assert listed(client.get(CLAIMS, {"q": "commandos"})) == [commandos]


def test_quotes_filter_by_speaker_and_search(client, reviewer, scene):
    other = make_quote("We will win.", speaker=make_speaker("Someone Else"))
    client.force_login(reviewer)
    envoy = scene.quote.speaker
    assert listed(client.get(QUOTES, {"speaker__id__exact": envoy.pk})) == [scene.quote]
    assert listed(client.get(QUOTES, {"q": "Mamundzay"})) == [scene.quote]
    assert listed(client.get(QUOTES, {"q": "win"})) == [other]


def test_bulk_start_review(client, editor):
    claims = [make_claim(f"Claim {i}.") for i in range(3)]
    client.force_login(editor)
    client.post(
        CLAIMS,
        {"action": "start_review_selected", "_selected_action": [c.pk for c in claims[:2]]},
    )
    statuses = [Claim.objects.get(pk=c.pk).status for c in claims]
    assert statuses == [ReviewStatus.IN_REVIEW, ReviewStatus.IN_REVIEW, ReviewStatus.UNREVIEWED]


def test_bulk_reject_asks_for_a_reason_first(client, reviewer):
    quotes = [make_quote(f"Scare quote {i}") for i in range(2)]
    client.force_login(reviewer)
    selected = {"action": "reject_selected", "_selected_action": [q.pk for q in quotes]}
    asked = client.post(QUOTES, selected)
    assert asked.status_code == 200
    assert 'name="reason"' in asked.content.decode()
    assert not Quote.objects.rejected().exists()
    no_reason = client.post(QUOTES, {**selected, "apply": "yes", "reason": " "})
    assert "Say why they are rejected." in no_reason.content.decode()
    client.post(QUOTES, {**selected, "apply": "yes", "reason": "Scare quotes, not quotes."})
    assert Quote.objects.rejected().count() == 2
    assert {q.status_reason for q in Quote.objects.all()} == {"Scare quotes, not quotes."}


def test_bulk_reject_by_an_editor_is_refused_item_by_item(client, editor):
    quote = make_quote("Not a quote")
    client.force_login(editor)
    response = client.post(
        QUOTES,
        {
            "action": "reject_selected",
            "_selected_action": [quote.pk],
            "apply": "yes",
            "reason": "Because.",
        },
        follow=True,
    )
    assert any("Only reviewers" in str(m) for m in get_messages(response.wsgi_request))
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.UNREVIEWED


# --- query counts --------------------------------------------------------------------------


class Rows:
    """Claims and quotes, each with a claimant or speaker, appearances, evidence and a match."""

    def __init__(self):
        self.outlets = []
        self.made = 0

    def add(self, n):
        for _ in range(n):
            i = self.made = self.made + 1
            outlet = make_outlet()
            text = f"Text {i} says at least 85 per cent in it and “a quote”."
            source = make_source(text, outlet=outlet, title=f"Source {i}")
            speaker = make_speaker(f"Speaker {i}", kind=Speaker.Kind.ORGANISATION)
            speaker.add_alias(f"Alias {i}")
            claim = make_claim(f"Claim {i}", lower=Decimal(85), unit="percent", claimant=speaker)
            make_appearance(claim, source, "at least 85 per cent")
            make_evidence(claim, source, "supports", excerpt="at least 85 per cent")
            twin = make_claim(f"Claim {i} again", lower=Decimal(85), unit="percent")
            ClaimMatch.objects.create(claim=claim, candidate=twin, score=0.7)
            quote = make_quote(f"Quote {i}", speaker=speaker)
            make_appearance(quote, source, "a quote")
            make_evidence(quote, source, "context")


CHANGELISTS = [
    "admin:claims_claim_changelist",
    "admin:claims_quote_changelist",
    "admin:claims_evidence_changelist",
    "admin:claims_appearance_changelist",
    "admin:claims_speaker_changelist",
    "admin:sources_source_changelist",
    "admin:sources_outlet_changelist",
    "admin:claims_claimmatch_changelist",
]


@pytest.mark.parametrize("changelist", CHANGELISTS)
def test_changelist_queries_do_not_grow_with_rows(
    client, reviewer, changelist, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(reviewer)
    url = reverse(changelist)
    rows = Rows()
    rows.add(1)
    client.get(url)  # warm caches (content types, permissions) as a second visit would
    with CaptureQueriesContext(connection) as one_row:
        assert client.get(url).status_code == 200
    rows.add(49)
    with django_assert_num_queries(len(one_row)):
        assert client.get(url).status_code == 200
