"""Every stored value renders everywhere: a document full of numbers at and past the edge of what
the quantity fields hold is ingested, and then every admin page and every API endpoint answers 200.

Not under one app's folder: it walks both apps' admin and API, as a reviewer and a client would
after such an ingest (issue 10: a huge number turned the claims list, the queue, the source page
and the claim's API detail into 500s).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from claims.models import (
    Claim,
    ClaimMatch,
    Correction,
    EvidenceProposal,
    Quote,
    ReviewStatus,
    Stance,
    Verdict,
)
from sources.ingest import parse_text
from sources.models import Source
from sources.services import ingest_document
from tests.api.conftest import client_for, with_status
from tests.factories import make_appearance, make_evidence, make_source

pytestmark = pytest.mark.django_db

ADVERSARIAL = (
    "Numbers at the edge\n\n"
    "The ministry said 1000000000000000000000 troops had crossed the river. "
    "“We have counted 0.0000001 per cent of the ballots,” said Amina Haidari, the chair. "
    "The agency reported 3.14159265358979 per cent growth, and 999999999999999 dollars. "
    "A budget of 12,345,678,901,234,567,890.5 dollars was approved, up from 1"
    + "0"
    * 400
    + " dollars. The rebels hold at least 85 per cent of the territory, down 40.5 per cent. "
    "Between 0.000001 and 0.000002 per cent of wells and 250 of 398 districts were hit.\n"
)
# What the fields accept, at both ends: stored directly, as an editor could type them.
EDGES = [
    {"value": Decimal("999999999999999"), "total": Decimal("999999999999999")},
    {"lower": Decimal("-999999999999999"), "upper": Decimal("999999999999999")},
    {"value": Decimal("-0.000001")},
    {"value": Decimal("0.000001"), "total": Decimal("999999999999999")},
    {"lower": Decimal("999999999999999000"), "lower_inclusive": False, "vague": True},
    {"value": Decimal("123456789.123456"), "unit": "percent"},
]


@pytest.fixture
def adversarial(db):
    result = ingest_document(parse_text(ADVERSARIAL, "edge.txt"))
    source = result.source
    evidence_source = make_source("The count: 999999999999999 troops, or 0.000001 per cent.")
    for n, fields in enumerate(EDGES):
        claim = Claim.objects.create(statement=f"Edge case {n}.", **fields)
        make_appearance(claim, source, "1000000000000000000000 troops")
    first, second = Claim.objects.order_by("pk")[:2]
    ClaimMatch.objects.create(claim=first, candidate=second, score=0.7)
    words = "999999999999999 troops"
    start = evidence_source.text.index(words)
    EvidenceProposal.objects.create(
        claim=first,
        source=evidence_source,
        stance=Stance.DISPUTES,
        reason="numbers cannot both hold: 999999999999999 against 1000000000000000000000",
        excerpt=words,
        excerpt_start=start,
        excerpt_end=start + len(words),
    )
    for claim in Claim.objects.all():
        make_evidence(claim, evidence_source, Stance.DISPUTES, excerpt="999999999999999 troops")
        with_status(claim, ReviewStatus.VERIFIED, verdict=Verdict.MIXED)
    for quote in Quote.objects.filter(speaker__isnull=False):
        with_status(quote, ReviewStatus.VERIFIED)
    speaker = Quote.objects.verified().exclude(speaker=None).first().speaker
    proposer = get_user_model().objects.create_user("corrector")
    longest = ("Corrected " + speaker.name + " " + "x" * 200)[:200]
    Correction.propose(speaker, "name", longest, proposer, "Edge: the longest name.").save()
    return source


def admin_urls(source: Source) -> list[str]:
    urls = [reverse("admin:index"), reverse("admin:claims_review_queue")]
    urls.append(reverse("admin:claims_review_queue") + "?status=all")
    for model in admin.site._registry:
        opts = model._meta
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        if opts.app_label in {"claims", "sources"}:
            for pk in model._default_manager.values_list("pk", flat=True)[:50]:
                urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk]))
    return urls


def test_every_admin_page_renders_after_an_ingest_of_extreme_numbers(
    client, superuser, adversarial
):
    assert Claim.objects.with_number_warnings().exists()
    client.force_login(superuser)
    urls = admin_urls(adversarial)
    assert reverse("admin:sources_source_change", args=[adversarial.pk]) in urls
    failures = [(url, status) for url in urls if (status := client.get(url).status_code) != 200]
    assert not failures
    assert len(urls) > 30


def test_every_api_endpoint_renders_after_an_ingest_of_extreme_numbers(reviewer, adversarial):
    staff_api = client_for(reviewer)
    urls = ["/api/v1/", "/api/schema/"]
    for name in ("quotes", "claims", "speakers", "sources", "outlets"):
        urls += [f"/api/v1/{name}/", f"/api/v1/{name}/?status=verified&page_size=500"]
    urls += ["/api/v1/quotes/?format=csv", "/api/v1/claims/?format=csv"]
    for claim in Claim.objects.verified():
        urls += [f"/api/v1/claims/{claim.pk}/", f"/api/v1/claims/{claim.pk}/claimreview/"]
    for quote in Quote.objects.verified():
        urls.append(f"/api/v1/quotes/{quote.pk}/")
    for source in Source.objects.all():
        urls.append(f"/api/v1/sources/{source.pk}/")
    failures = [(url, status) for url in urls if (status := staff_api.get(url).status_code) != 200]
    assert not failures
    claims = staff_api.get("/api/v1/claims/?page_size=500").json()["results"]
    values = {c["quantity"]["value"] for c in claims}
    assert 999999999999999 in values and -0.000001 in values


def test_every_model_is_covered_by_the_walk(adversarial):
    """The walk above opens a change page of every model of both apps that has rows."""
    for model in apps.get_app_config("claims").get_models():
        if model in admin.site._registry and not model._meta.model_name.startswith("historical"):
            assert model._default_manager.exists(), model
