"""The combined review queue: quotes and claims on one page, unreviewed first, with the filters,
search, paging and bulk actions reviewers need, at a query cost that does not grow with rows."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.admin.queue import PER_PAGE
from claims.conflicts import refresh_conflicts
from claims.models import Claim, Quote, ReviewStatus
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

QUEUE = reverse("admin:claims_review_queue")


def listed(response):
    """The rows' items, in the order shown."""
    assert response.status_code == 200
    return [row.item for row in response.context["rows"]]


def aged(item, days):
    """Backdate an item's creation, so 'newest first' has something to order."""
    type(item).objects.filter(pk=item.pk).update(created_at=timezone.now() - timedelta(days=days))
    item.refresh_from_db()
    return item


def said(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_queue_lists_quotes_and_claims_together_unreviewed_first(client, reviewer, editor):
    in_review_claim = aged(make_claim("In review, newest."), 0)
    in_review_claim.start_review(editor)
    old_quote = aged(make_quote("Unreviewed, oldest."), 5)
    new_claim = aged(make_claim("Unreviewed, newest."), 1)
    mid_quote = aged(make_quote("Unreviewed, in between."), 3)
    client.force_login(reviewer)
    assert listed(client.get(QUEUE)) == [new_claim, mid_quote, old_quote, in_review_claim]


def test_the_queue_hides_verified_and_rejected_until_asked(client, reviewer, second_reviewer):
    waiting = make_quote("Awaiting.")
    verified = make_claim("Verified.", verdict="true")
    verified.verify(second_reviewer)
    rejected = make_quote("Rejected.")
    rejected.reject(reviewer, "A scare quote.")
    client.force_login(reviewer)
    assert listed(client.get(QUEUE)) == [waiting]
    everything = listed(client.get(QUEUE, {"status": "all"}))
    assert everything[0] == waiting
    assert set(everything[1:]) == {verified, rejected}
    assert listed(client.get(QUEUE, {"status": "rejected"})) == [rejected]


def test_the_queue_filters_by_kind_speaker_outlet_source_and_stance(client, reviewer, scene):
    cnn = make_source(
        "CNN reports at least 22 commandos were executed.", outlet=make_outlet(name="CNN")
    )
    commandos = make_claim("At least 22 commandos were executed.", lower=Decimal(22))
    make_appearance(commandos, cnn, "at least 22 commandos")
    make_evidence(commandos, cnn, "supports")
    client.force_login(reviewer)
    assert listed(client.get(QUEUE, {"kind": "quote"})) == [scene.quote]
    assert set(listed(client.get(QUEUE, {"kind": "claim"}))) == {scene.claim, commandos}
    assert listed(client.get(QUEUE, {"speaker": scene.taliban.pk})) == [scene.claim]
    assert listed(client.get(QUEUE, {"speaker": scene.quote.speaker_id})) == [scene.quote]
    ndtv = scene.source_000.outlet
    assert set(listed(client.get(QUEUE, {"outlet": ndtv.pk}))) == {scene.claim, scene.quote}
    assert listed(client.get(QUEUE, {"outlet": ndtv.pk, "kind": "claim"})) == [scene.claim]
    assert listed(client.get(QUEUE, {"source": cnn.pk})) == [commandos]
    assert listed(client.get(QUEUE, {"source": scene.source_002.pk})) == [scene.claim]
    assert listed(client.get(QUEUE, {"stance": "supports"})) == [commandos]


def test_the_queue_filters_contested_items_of_both_kinds(client, reviewer, scene):
    make_evidence(scene.claim, scene.source_000, "supports")
    make_evidence(scene.claim, scene.district_count, "disputes")
    make_evidence(scene.quote, scene.source_000, "supports")
    client.force_login(reviewer)
    assert listed(client.get(QUEUE, {"contested": "yes"})) == [scene.claim]
    assert listed(client.get(QUEUE, {"contested": "no"})) == [scene.quote]
    make_evidence(scene.quote, scene.source_002, "disputes")
    assert set(listed(client.get(QUEUE, {"contested": "yes"}))) == {scene.claim, scene.quote}


def test_the_numbers_conflict_filter_shows_claims_only(client, reviewer, scene):
    make_claim("No numbers here.")
    make_evidence(
        scene.claim,
        scene.district_count,
        "disputes",
        excerpt="the Taliban controls 204 of 407 districts",
    )
    refresh_conflicts(scene.claim)
    client.force_login(reviewer)
    response = client.get(QUEUE, {"conflict": "yes"})
    assert listed(response) == [scene.claim]
    assert "numbers conflict" in response.content.decode()


def test_the_queue_searches_quotes_and_claims(client, reviewer, scene):
    make_claim("At least 22 commandos were executed.")
    client.force_login(reviewer)
    assert listed(client.get(QUEUE, {"q": "territory"})) == [scene.claim]
    assert listed(client.get(QUEUE, {"q": "assistance"})) == [scene.quote]


def test_the_sidebar_marks_the_current_choice_and_offers_to_clear_it(client, reviewer, scene):
    client.force_login(reviewer)
    page = client.get(QUEUE, {"kind": "quote"}).content.decode()
    assert '<li class="selected"><a href="?kind=quote">Quotes</a></li>' in page
    assert "Clear all filters" in page
    assert "Clear all filters" not in client.get(QUEUE, {"after": "0.1.quote.1"}).content.decode()


def test_pages_keep_the_queue_order_across_quotes_and_claims(client, reviewer, editor):
    made = []
    for i in range(PER_PAGE + 10):  # alternate kinds, each a day older than the last
        item = make_quote(f"Quote {i}") if i % 2 else make_claim(f"Claim {i}")
        made.append(aged(item, i))
    in_review = aged(make_claim("In review, newest of all."), -1)
    in_review.start_review(editor)
    client.force_login(reviewer)
    first = client.get(QUEUE)
    assert listed(first) == made[:PER_PAGE]
    following = first.context["next_url"]
    assert f'href="{following}"'.replace("&", "&amp;") in first.content.decode()
    second = client.get(QUEUE + following)
    assert listed(second) == [*made[PER_PAGE:], in_review]
    assert second.context["next_url"] is None
    assert second.context["first_url"] == "?"


def test_a_page_starts_after_the_last_row_of_the_one_before_whatever_was_added_since(
    client, reviewer
):
    older = [aged(make_quote(f"Quote {i}"), i + 10) for i in range(PER_PAGE + 2)]
    client.force_login(reviewer)
    first = client.get(QUEUE, {"kind": "quote"})
    make_quote("Newest of all, added while the reviewer reads page one.")
    second = client.get(QUEUE + first.context["next_url"])
    assert listed(second) == older[PER_PAGE:]  # nothing repeated, nothing skipped
    assert "kind=quote" in first.context["next_url"]


def test_a_page_link_that_is_not_a_key_shows_the_first_page_with_a_note(client, reviewer):
    quote = make_quote("We will win.")
    client.force_login(reviewer)
    for nonsense in ("abc", "0.1.poem.3", "9.1.quote.3", "0.99999999999999999999.quote.1"):
        response = client.get(QUEUE, {"after": nonsense})
        assert listed(response) == [quote]
        notes = [str(m) for m in get_messages(response.wsgi_request)]
        assert "The page link was not understood: this is the first page." in notes


def test_bulk_start_review_moves_quotes_and_claims(client, editor):
    quote, claim, untouched = make_quote("A quote."), make_claim("A claim."), make_claim("Left.")
    client.force_login(editor)
    response = client.post(
        QUEUE,
        {"action": "start_review", "selected": [f"quote:{quote.pk}", f"claim:{claim.pk}"]},
        follow=True,
    )
    assert Quote.objects.get(pk=quote.pk).status == ReviewStatus.IN_REVIEW
    assert Claim.objects.get(pk=claim.pk).status == ReviewStatus.IN_REVIEW
    assert Claim.objects.get(pk=untouched.pk).status == ReviewStatus.UNREVIEWED
    assert "1 quote now in review." in said(response)
    assert "1 claim now in review." in said(response)


def test_bulk_reject_needs_a_reason_and_records_it(client, reviewer):
    quote, claim = make_quote("Scare quote"), make_claim("Not a claim.")
    selected = [f"quote:{quote.pk}", f"claim:{claim.pk}"]
    client.force_login(reviewer)
    refused = client.post(
        QUEUE, {"action": "reject", "selected": selected, "reason": "  "}, follow=True
    )
    assert "Say why they are rejected: nothing was changed." in said(refused)
    assert not Quote.objects.rejected().exists() and not Claim.objects.rejected().exists()
    client.post(QUEUE, {"action": "reject", "selected": selected, "reason": "Extraction error."})
    for item in (Quote.objects.get(pk=quote.pk), Claim.objects.get(pk=claim.pk)):
        assert item.status == ReviewStatus.REJECTED
        assert item.status_reason == "Extraction error."
        assert item.reviewed_by == reviewer


def test_an_editors_bulk_reject_is_refused_item_by_item(client, editor):
    quote, claim = make_quote("Not a quote"), make_claim("Not a claim.")
    client.force_login(editor)
    response = client.post(
        QUEUE,
        {
            "action": "reject",
            "selected": [f"quote:{quote.pk}", f"claim:{claim.pk}"],
            "reason": "Because.",
        },
        follow=True,
    )
    messages = said(response)
    assert any(m.startswith(f"Quote #{quote.pk}: Only reviewers") for m in messages)
    assert any(m.startswith(f"Claim #{claim.pk}: Only reviewers") for m in messages)
    assert Quote.objects.get(pk=quote.pk).status == ReviewStatus.UNREVIEWED
    assert Claim.objects.get(pk=claim.pk).status == ReviewStatus.UNREVIEWED


def test_one_refusal_does_not_stop_the_other_items(client, reviewer):
    fresh = make_claim("Fresh.")
    stuck = make_claim("Already rejected.")
    stuck.reject(reviewer, "Duplicate.")
    client.force_login(reviewer)
    response = client.post(
        QUEUE,
        {"action": "reject", "selected": [f"claim:{fresh.pk}", f"claim:{stuck.pk}"], "reason": "x"},
        follow=True,
    )
    assert Claim.objects.get(pk=fresh.pk).status == ReviewStatus.REJECTED
    assert any(m.startswith(f"Claim #{stuck.pk}: A rejected claim") for m in said(response))


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert client.post(QUEUE, {"action": "start_review"}).status_code == 302


def test_staff_without_view_permissions_may_not_see_the_queue(client, django_user_model):
    staff = django_user_model.objects.create_user("stan", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get(QUEUE).status_code == 403


def test_statements_are_escaped(client, reviewer):
    make_claim("<script>alert('claim')</script> controls 85%")
    make_quote("<b>bold</b> words", speaker=make_speaker("<i>Someone</i>"))
    client.force_login(reviewer)
    page = client.get(QUEUE).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;claim&#x27;)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page and "<i>Someone</i>" not in page


def test_the_index_and_the_changelists_link_to_the_queue(client, editor):
    make_quote("One.")
    make_claim("One.")
    make_claim("Two.")
    client.force_login(editor)
    index = client.get(reverse("admin:index")).content.decode()
    assert f'href="{QUEUE}"' in index
    assert "<strong>1</strong> quote and <strong>2</strong> claims" in index
    for changelist in ("admin:claims_quote_changelist", "admin:claims_claim_changelist"):
        assert f'href="{QUEUE}"' in client.get(reverse(changelist)).content.decode()


def test_the_index_counts_what_awaits_review_no_further_than_the_cap(
    client, editor, monkeypatch, django_assert_num_queries
):
    from factdb import adminlists

    monkeypatch.setattr(adminlists, "COUNT_CAP", 3)
    for n in range(5):
        make_quote(f"We said it {n} times.")
    make_claim("One.")
    client.force_login(editor)
    client.get(reverse("admin:index"))  # warm caches (content types, permissions)
    # Session, user, two permission checks, the recent actions, the two capped counts.
    with django_assert_num_queries(7):
        index = client.get(reverse("admin:index")).content.decode()
    assert "<strong>3+</strong> quotes and <strong>1</strong> claim" in index


# --- query counts --------------------------------------------------------------------------


def add_rows(n, start=0):
    """n quotes and n claims, each with a speaker, a source with an outlet, and evidence."""
    for i in range(start, start + n):
        source = make_source(f"Text {i}: at least 85 per cent, “a quote”.", outlet=make_outlet())
        speaker = make_speaker(f"Speaker {i}")
        claim = make_claim(f"Claim {i}", lower=Decimal(85), unit="percent", claimant=speaker)
        make_appearance(claim, source, "at least 85 per cent")
        make_evidence(claim, source, "supports")
        quote = make_quote(f"Quote {i}", speaker=speaker)
        make_appearance(quote, source, "a quote")
        make_evidence(quote, source, "disputes")


def test_queue_queries_do_not_grow_with_rows(client, reviewer, django_assert_num_queries):
    client.force_login(reviewer)
    add_rows(1)
    client.get(QUEUE)  # warm caches (content types, permissions) as a second visit would
    with CaptureQueriesContext(connection) as one_row:
        assert len(listed(client.get(QUEUE))) == 2
    queries = len(one_row)  # read now: the next request empties the log it reads
    add_rows(49, start=1)
    with django_assert_num_queries(queries):
        assert len(listed(client.get(QUEUE))) == PER_PAGE
    following = client.get(QUEUE).context["next_url"]
    with django_assert_num_queries(queries):  # a later page costs what the first does
        assert len(listed(client.get(QUEUE + following))) == PER_PAGE


@pytest.mark.parametrize("key", ["speaker", "outlet", "source"])
def test_an_id_too_large_for_the_database_matches_nothing_with_a_note(client, reviewer, key):
    make_quote("We will win.")
    client.force_login(reviewer)
    response = client.get(QUEUE, {key: "99999999999999999999999"})
    assert response.status_code == 200
    assert listed(response) == []
    notes = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("No" in note and "99999999999999999999999" in note for note in notes), notes


def test_claims_sharing_a_sentence_show_their_quantities_and_highlighted_words(client, reviewer):
    text = (
        "Officials said on Monday that 40 soldiers and 12 helicopters were moved north. "
        "The rest stayed."
    )
    source = make_source(text, title="Troop moves")
    soldiers = make_claim("40 soldiers were moved north.", value=Decimal(40), unit="soldiers")
    helicopters = make_claim(
        "12 helicopters were moved north.", value=Decimal(12), unit="helicopters"
    )
    make_appearance(soldiers, source, "40 soldiers")
    make_appearance(helicopters, source, "12 helicopters")
    client.force_login(reviewer)
    response = client.get(QUEUE)
    page = response.content.decode()
    assert '<span class="queue-quantity">40 soldiers</span>' in page
    assert '<span class="queue-quantity">12 helicopters</span>' in page
    assert "…Officials said on Monday that <mark>40 soldiers</mark> and 12 helicopters" in page
    assert "that 40 soldiers and <mark>12 helicopters</mark> were moved north.…" in page
    assert "The rest stayed" not in page  # the sentence, not the whole text
