"""The README's pictures of the admin, from the ingested seeds.

Written only when FACTDB_SCREENSHOTS=1, so CI never rewrites the committed files:
    FACTDB_SCREENSHOTS=1 .venv/bin/pytest tests/browser/test_screenshots.py
"""

import os
from pathlib import Path

import pytest

from claims.conflicts import refresh_conflicts
from claims.models import Claim, Stance
from tests.factories import make_evidence, make_outlet, make_source

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DISTRICT_COUNT = (
    "Long War Journal, 14 July 2021. By our count the Taliban control 204 of Afghanistan's 407 "
    "districts; the government holds 74 and the rest are contested."
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("FACTDB_SCREENSHOTS") != "1",
        reason="writes docs/screenshots/*.png only when FACTDB_SCREENSHOTS=1",
    ),
]


def test_screenshots_of_the_queue_the_claim_and_the_source(open_page, reviewer, editor, seeded):
    claim = Claim.objects.filter(appearances__wording__contains="85").distinct().get()
    count = make_source(
        DISTRICT_COUNT, title="Taliban control map", outlet=make_outlet(name="Long War Journal")
    )
    make_evidence(
        claim,
        seeded[1],
        Stance.SUPPORTS,
        excerpt="it controls over 85% of the territory",
        note="The Taliban's own statement, as reported.",
        added_by=editor,
    )
    make_evidence(
        claim,
        count,
        Stance.DISPUTES,
        excerpt="the Taliban control 204 of Afghanistan's 407 districts",
        note="Half the districts, not 85% of the country.",
        added_by=reviewer,
    )
    claim.start_review(editor)
    for each in Claim.objects.all():
        refresh_conflicts(each)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    # As a reviewer sees them: 1280×800 with the admin's navigation sidebar open.
    page = open_page(reviewer)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.evaluate("localStorage.setItem('django.admin.navSidebarIsOpen', 'true')")

    page.goto("/admin/claims/claim/queue/")
    page.screenshot(path=SCREENSHOTS / "review-queue.png")

    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.screenshot(path=SCREENSHOTS / "claim.png", full_page=True)

    page.goto(f"/admin/sources/source/{seeded[1].pk}/change/")
    page.locator(".source-text mark.claim-span").first.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "source.png")
