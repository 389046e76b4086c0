"""The changes feed: a sync client pulls what entered, changed in or left the public API since its
cursor, exactly once each, in commit order; an old or bad cursor is refused with what to do."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import ClaimMatch, Quote, ReviewStatus, Stance, Verdict
from sync.models import Change
from tests.factories import (
    correct,
    make_appearance,
    make_claim,
    make_evidence,
    make_quote,
    make_source,
    make_speaker,
)

FEED = "/api/v1/changes/"


def pull(api: APIClient, since: str | None = None, **params: str) -> tuple[list[dict], str]:
    """Every page after `since`, as a sync client reads them; the changes and the last `next`."""
    got: list[dict] = []
    while True:
        query = {**params, **({"since": since} if since is not None else {})}
        response = api.get(FEED, query)
        assert response.status_code == 200, response.content
        page = response.json()
        got += page["results"]
        since = page["next"]
        if not page["more"]:
            return got, since


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def test_a_sync_client_gets_exactly_the_changes_since_its_cursor(api, reviewer, editor):
    speaker = make_speaker("Ada Minister")
    first = make_quote("The bridge reopens on Monday.", speaker=speaker)
    second = make_quote("Rents fell by a tenth.", speaker=speaker)
    claim = make_claim("Rents fell by 10% in a year.", lower=10, unit="percent")
    never = make_quote("Not a real quote.", speaker=speaker)
    first.verify(reviewer)

    everything, cursor = pull(api)
    assert [(c["type"], c["id"], c["action"]) for c in everything] == [
        ("quote", first.pk, "published")
    ]
    assert everything[0]["item"]["text"] == "The bridge reopens on Monday."

    second.verify(reviewer)
    claim.verify(reviewer, verdict=Verdict.MOSTLY_TRUE, explanation="The index fell 9.8%.")
    never.reject(reviewer, "An extraction error.")
    first.retract(reviewer, "The minister was misquoted.")
    # A public quote's words are locked (issue 10); what it shows of its speaker changes through
    # an approved correction.
    correct(speaker, "name", "Ada Lovelace-Minister", editor, reviewer)

    changes, after = pull(api, cursor)
    assert [(c["type"], c["id"], c["action"]) for c in changes] == [
        ("claim", claim.pk, "published"),
        ("quote", first.pk, "withdrawn"),
        ("quote", second.pk, "updated"),
    ]
    published, tombstone, updated = changes
    assert published["item"] == api.get(f"/api/v1/claims/{claim.pk}/").json()
    assert published["item"]["verdict"] == "mostly_true"
    assert tombstone == {
        "cursor": tombstone["cursor"],
        "type": "quote",
        "id": first.pk,
        "action": "withdrawn",
        "at": tombstone["at"],
        "status": "retracted",
        "reason": "The minister was misquoted.",
    }
    assert updated["item"]["speaker"]["name"] == "Ada Lovelace-Minister"
    assert updated["item"] == api.get(f"/api/v1/quotes/{second.pk}/").json()
    assert int(published["cursor"]) < int(tombstone["cursor"]) < int(updated["cursor"])
    assert after == updated["cursor"]
    assert pull(api, after) == ([], after)  # nothing is repeated


def test_pages_follow_one_another_without_gaps(api, reviewer):
    speaker = make_speaker()
    quotes = [make_quote(f"Words number {n}.", speaker=speaker) for n in range(5)]
    for quote in quotes:
        quote.verify(reviewer)
    first = api.get(FEED, {"page_size": "2"}).json()
    assert [c["id"] for c in first["results"]] == [quotes[0].pk, quotes[1].pk]
    assert first["more"] is True
    rest, _ = pull(api, first["next"], page_size="2")
    assert [c["id"] for c in rest] == [q.pk for q in quotes[2:]]


def test_what_the_public_never_saw_is_not_in_the_feed(api, reviewer, editor):
    quote = make_quote("Still under review.", speaker=make_speaker())
    quote.start_review(editor)
    quote.text = "Still under review, edited."
    quote.save()
    quote.reject(reviewer, "Not said.")
    assert pull(api)[0] == []


def test_appearances_evidence_and_a_renamed_speaker_update_public_items(
    api, reviewer, second_reviewer
):
    speaker = make_speaker("Ada Minister")
    source = make_source("The minister said “the bridge reopens on Monday” at noon.")
    quote = make_quote("the bridge reopens on Monday", speaker=speaker)
    appearance = make_appearance(quote, source, "the bridge reopens on Monday")
    quote.verify(reviewer)
    changes, cursor = pull(api)
    assert changes[0]["item"]["appearances"][0]["wording"] == "the bridge reopens on Monday"

    correct(speaker, "name", "Ada Lovelace-Minister", reviewer, second_reviewer)
    changes, cursor = pull(api, cursor)
    assert [c["item"]["speaker"]["name"] for c in changes] == ["Ada Lovelace-Minister"]

    speaker.refresh_from_db()
    speaker.save()  # nothing the public sees changed
    correct(source, "title", "Bridge news", reviewer, second_reviewer)
    changes, cursor = pull(api, cursor)
    assert [c["item"]["appearances"][0]["source"]["title"] for c in changes] == ["Bridge news"]

    # A public item's appearances are locked (issue 10): reopened, changed, verified again.
    quote.reopen(reviewer, "The span is wrong.")
    appearance.delete()
    quote.verify(second_reviewer)
    changes, cursor = pull(api, cursor)
    assert [(c["action"], c["item"]["appearances"]) for c in changes] == [("published", [])]


def test_a_merge_updates_the_public_claim_that_gains_appearances(api, reviewer, second_reviewer):
    source = make_source("Officials said more than 1,000 troops fled the country.")
    kept = make_claim("More than 1,000 troops fled.", lower=1000, unit="troops")
    kept.verify(reviewer, verdict=Verdict.TRUE)
    twin = make_claim("Over 1,000 troops fled.", lower=1000, unit="troops")
    make_appearance(twin, source, "more than 1,000 troops")
    make_evidence(twin, source, Stance.SUPPORTS, summary="Officials said so.")
    _, cursor = pull(api)

    # A public claim gains nothing until reopened (issue 10); verified again, it is republished.
    kept.reopen(reviewer, "Its twin from another source is to be merged.")
    ClaimMatch.objects.create(claim=kept, candidate=twin, score=0.9).confirm(reviewer)
    kept.refresh_from_db()
    kept.verify(second_reviewer)
    changes, _ = pull(api, cursor)
    assert [(c["type"], c["id"], c["action"]) for c in changes] == [("claim", kept.pk, "published")]
    assert [a["wording"] for a in changes[0]["item"]["appearances"]] == ["more than 1,000 troops"]
    assert changes[0]["item"]["evidence"][0]["summary"] == "Officials said so."


def test_an_ingest_that_finds_a_public_quote_again_leaves_it_as_published(api, reviewer):
    from sources.ingest import parse_text
    from sources.services import ingest_document

    speaker = make_speaker("Ada Minister")
    quote = make_quote("the bridge reopens on Monday", speaker=speaker)
    quote.verify(reviewer)
    _, cursor = pull(api)
    ingest_document(
        parse_text("Bridge\n\nAda Minister said “the bridge reopens on Monday”.\n", "b.txt")
    )
    # Published means locked (issue 10): the words found again are a new candidate for review.
    assert pull(api, cursor)[0] == []
    assert quote.appearances.count() == 0
    again = Quote.objects.exclude(pk=quote.pk).get(text="the bridge reopens on Monday")
    assert again.status == ReviewStatus.UNREVIEWED


@pytest.mark.parametrize("since", ["abc", "-1", "²", "1.5", "9" * 30])
def test_a_malformed_cursor_is_a_400_naming_since(api, db, since):
    response = api.get(FEED, {"since": since})
    assert response.status_code == 400
    assert "since" in response.json()


def test_a_cursor_this_server_never_gave_is_a_400(api, reviewer):
    make_quote(speaker=make_speaker()).verify(reviewer)
    _, cursor = pull(api)
    response = api.get(FEED, {"since": str(int(cursor) + 5)})
    assert response.status_code == 400
    assert "ahead of the newest change" in response.json()["since"][0]


@pytest.mark.parametrize("size", ["0", "x", "-3"])
def test_a_bad_page_size_is_a_400(api, db, size):
    response = api.get(FEED, {"page_size": size})
    assert response.status_code == 400
    assert "page_size" in response.json()


def test_a_cursor_older_than_the_retention_is_gone_with_what_to_do(api, reviewer, settings):
    speaker = make_speaker()
    old, recent = (make_quote(f"Words {n}.", speaker=speaker) for n in range(2))
    old.verify(reviewer)
    _, before_all = pull(api, "latest")
    assert before_all == str(Change.objects.get(item_id=old.pk).seq)
    recent.verify(reviewer)
    Change.objects.filter(item_id=old.pk).update(at=timezone.now() - datetime.timedelta(days=40))
    settings.CHANGES_RETENTION_DAYS = 30
    call_command("prune_changes", stdout=None)

    gone = api.get(FEED, {"since": "0"})
    assert gone.status_code == 410
    body = gone.json()
    assert "full re-sync" in body["detail"] and body["resync"] == [
        "/api/v1/quotes/",
        "/api/v1/claims/",
    ]
    assert api.get(FEED).status_code == 410  # from the start is no longer everything
    changes, _ = pull(api, before_all)  # a cursor at the pruned edge still works
    assert [c["id"] for c in changes] == [recent.pk]


def test_prune_refuses_a_nonsense_retention(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="--days must be 1 or more"):
        call_command("prune_changes", "--days", "0")


def test_the_schema_describes_the_feed(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    operation = schema["paths"]["/api/v1/changes/"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"since", "page_size"}
    assert set(operation["responses"]) >= {"200", "400", "410"}
    change = schema["components"]["schemas"]["Change"]
    assert change["properties"]["action"]["allOf"][0]["$ref"].endswith("/ChangeActionEnum")
    assert change["properties"]["id"]["type"] == "integer"
    assert set(schema["components"]["schemas"]["ChangeActionEnum"]["enum"]) == {
        "published",
        "updated",
        "withdrawn",
    }
    assert "ChangedItem" in schema["components"]["schemas"]


def test_a_withdrawn_item_is_never_shown_under_an_older_publication(api, reviewer):
    """Read between a retraction and the feed: the older entry is left out, the tombstone
    follows under a higher cursor."""
    from sync import changes

    quote = make_quote("Words.", speaker=make_speaker())
    quote.verify(reviewer)
    published = list(Change.objects.all())
    Quote.objects.filter(pk=quote.pk).update(status=ReviewStatus.RETRACTED, status_reason="x")
    forms = changes.public_forms(published, request=None)
    assert changes.entry(published[0], forms) is None


def test_the_feed_reads_the_primary_even_where_replicas_serve_the_lists(rf, settings):
    """A lagging replica would give a cursor or an item the other copy lacks: the feed's
    ordering holds only on one database."""
    from factdb.routers import may_read_from_replica

    settings.DATABASE_REPLICAS = ["replica1"]
    assert may_read_from_replica(rf.get("/api/v1/quotes/"))
    assert not may_read_from_replica(rf.get("/api/v1/changes/", {"since": "3"}))
