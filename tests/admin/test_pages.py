"""What the claim, quote and source pages show: highlighted words, matches, conflicts."""

from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Appearance, Claim, ClaimMatch, ReviewStatus
from tests.admin.forms import add_inline_form, change_form_data
from tests.factories import make_appearance, make_claim, make_source

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_the_claim_page_shows_each_appearance_in_its_sentence_with_the_words_marked(
    client, editor, scene
):
    client.force_login(editor)
    page = client.get(change_url(scene.claim)).content.decode()
    assert (
        "The Taliban claims to have takes control of <mark>at least 85 per cent of the war-torn "
        "country</mark>." in page
    )
    assert "<mark>over 85% of the territory</mark> in Afghanistan." in page


def test_the_quote_page_shows_the_quote_marked_in_the_source(client, editor, scene):
    client.force_login(editor)
    page = client.get(change_url(scene.quote)).content.decode()
    assert "<mark>We are not seeking India’s assistance" in page
    assert 'name="via"' in page and 'name="partial"' in page and 'name="said_on"' in page


def test_the_source_page_marks_and_links_every_quote_and_quantity(client, editor, scene):
    client.force_login(editor)
    page = client.get(change_url(scene.source_000)).content.decode()
    claim_url, quote_url = change_url(scene.claim), change_url(scene.quote)
    assert f'<a href="{claim_url}"' in page
    assert (
        '<mark class="claim-span status-unreviewed">at least 85 per cent of the war-torn country'
        '</mark><span class="span-status span-status-unreviewed">unreviewed</span>'
    ) in page
    assert f'<a href="{quote_url}"' in page
    assert (
        '<mark class="quote-span status-unreviewed">We are not seeking India’s assistance' in page
    )


def test_the_source_page_says_each_items_status_in_words(client, editor, reviewer, scene):
    scene.claim.verify(reviewer, verdict="mostly_false")
    client.force_login(editor)
    page = client.get(change_url(scene.source_000)).content.decode()
    assert (
        'war-torn country</mark><span class="span-status span-status-verified">verified</span>'
    ) in page


def test_the_source_page_escapes_the_text(client, editor):
    source = make_source("<script>alert('x')</script> said at least 3 <b>people</b>.")
    claim = make_claim("At least 3 people.", lower=Decimal(3))
    make_appearance(claim, source, "at least 3 <b>people</b>")
    client.force_login(editor)
    page = client.get(change_url(source)).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert (
        '<mark class="claim-span status-unreviewed">at least 3 &lt;b&gt;people&lt;/b&gt;</mark>'
        in page
    )


def test_overlapping_spans_are_both_marked(client, editor):
    from sources.admin import Span, marked_text

    text = "He said “we hold 85% of it” today."
    marked = marked_text(
        text,
        [
            Span(text.index("we"), text.index("” today"), "/q/", "quote", "quote-span"),
            Span(text.index("85%"), text.index(" of it"), "/c/", "claim", "claim-span"),
        ],
    )
    assert '<mark class="quote-span nested">we hold </mark>' not in marked  # outer part
    assert '<mark class="quote-span">we hold </mark>' in marked
    assert '<mark class="claim-span nested">85%</mark>' in marked
    assert '<mark class="quote-span"> of it</mark>' in marked


def test_saving_disputing_evidence_flags_the_claim_and_shows_why(client, reviewer, scene):
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim))
    data = add_inline_form(
        change_form_data(page),
        "evidence",
        source=scene.district_count.pk,
        stance="disputes",
        excerpt="the Taliban controls 204 of 407 districts",
    )
    client.post(change_url(scene.claim), data)
    scene.claim.refresh_from_db()
    assert scene.claim.numbers_conflict
    page = client.get(change_url(scene.claim)).content.decode()
    assert "cannot both hold" in page
    assert "50.1%" in page


def test_a_suggested_match_is_shown_on_the_claim_and_confirmed_in_one_click(
    client, reviewer, scene
):
    twin = make_claim("The Taliban controls over 85% of the territory.", lower=Decimal(85))
    moved = Appearance.objects.get(claim=scene.claim, source=scene.source_002)
    moved.claim = twin
    moved.save()
    match = ClaimMatch.objects.create(claim=scene.claim, candidate=twin, score=0.8)
    client.force_login(reviewer)
    page = client.get(change_url(scene.claim)).content.decode()
    assert "Suggested matches" in page
    assert "“over 85% of the territory”" in page
    confirm = reverse("admin:claims_claimmatch_decide", args=[match.pk, "confirm"])
    assert confirm in page
    response = client.post(confirm, follow=True)
    assert response.redirect_chain[-1][0] == change_url(scene.claim)
    assert set(scene.claim.appearances.values_list("source", flat=True)) == {
        scene.source_000.pk,
        scene.source_002.pk,
    }
    twin.refresh_from_db()
    assert twin.status == ReviewStatus.REJECTED
    match.refresh_from_db()
    assert (match.status, match.decided_by) == (ClaimMatch.Status.CONFIRMED, reviewer)


def test_a_dismissed_match_keeps_both_claims(client, reviewer, scene):
    twin = make_claim("Another claim.", lower=Decimal(85))
    match = ClaimMatch.objects.create(claim=scene.claim, candidate=twin, score=0.6)
    client.force_login(reviewer)
    client.post(reverse("admin:claims_claimmatch_decide", args=[match.pk, "dismiss"]))
    match.refresh_from_db()
    twin.refresh_from_db()
    assert match.status == ClaimMatch.Status.DISMISSED
    assert twin.status == ReviewStatus.UNREVIEWED
    assert "Suggested matches" not in client.get(change_url(scene.claim)).content.decode()


@pytest.mark.parametrize(
    "name",
    [
        "sources_outlet",
        "sources_source",
        "claims_speaker",
        "claims_quote",
        "claims_claim",
        "claims_appearance",
        "claims_evidence",
        "claims_claimmatch",
    ],
)
def test_every_model_has_a_changelist_an_add_page_and_a_search(client, superuser, scene, name):
    client.force_login(superuser)
    assert client.get(reverse(f"admin:{name}_changelist"), {"q": "Taliban"}).status_code == 200
    assert client.get(reverse(f"admin:{name}_add")).status_code == 200


def test_an_editor_adds_a_claim_and_is_recorded_as_its_creator(client, editor, scene):
    client.force_login(editor)
    add = reverse("admin:claims_claim_add")
    page = client.get(add)
    data = change_form_data(page, statement="CNN: at least 22 commandos were executed.")
    data.update({"lower": "22", "unit": "commandos", "claimant": scene.taliban.pk})
    response = client.post(add, data)
    assert response.status_code == 302
    claim = scene.claim.__class__.objects.get(statement__startswith="CNN")
    assert (claim.created_by, claim.last_edited_by, claim.version) == (editor, editor, 1)


def test_the_seeds_85_percent_claim_appears_in_both_sources_on_its_page(client, reviewer, seeded):
    """End to end with the extractor: ingest the seeds, open the claim a reviewer starts from."""
    from claims.models import Claim

    claim = Claim.objects.filter(appearances__wording__contains="85").distinct().get()
    client.force_login(reviewer)
    page = client.get(change_url(claim)).content.decode()
    assert page.count("<mark>") >= 2
    assert "85 per cent</mark>" in page
    assert "<mark>over 85%" in page
    source_page = client.get(change_url(seeded[1])).content.decode()
    assert f'<a href="{change_url(claim)}"' in source_page


def test_evidence_pages_offer_the_public_summary_and_the_internal_note(client, reviewer, scene):
    client.force_login(reviewer)
    for url in (
        reverse("admin:claims_evidence_add"),
        reverse("admin:claims_claim_change", args=[scene.claim.pk]),
    ):
        page = client.get(url).content.decode()
        assert "summary" in page and "note" in page
        assert "Public: how it bears on the claim" in page
        assert "Internal, for other reviewers: never shown outside the admin." in page


def test_a_claim_whose_numbers_could_not_be_stored_says_why_on_its_page(client, reviewer):
    from sources.ingest import parse_text
    from sources.services import ingest_document

    ingest_document(parse_text("The ministry said 1000000000000000000000 troops crossed.\n"))
    claim = Claim.objects.with_number_warnings().get()
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "more than 18 digits before the decimal point" in page
    assert "no numbers were stored" in page
