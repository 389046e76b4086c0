"""The reviewer flow of linking in a real browser: a second article is ingested, the claim's page
shows the evidence it proposes with stance and reason, an editor confirms one and dismisses
another, and the API shows the confirmed evidence only."""

import json
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from claims.models import Claim, Verdict
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def ingest(text: str, day: str) -> None:
    ingest_document(parse_text(f" date {day} {text}\n", "t.txt"))


def test_confirm_one_proposal_dismiss_another_and_the_api_shows_the_confirmed_one(
    open_page, editor, reviewer
):
    ingest(
        "More than 1,000 Afghan government troops fled to Tajikistan, the Taliban said.",
        "2021-07-14",
    )
    ingest(
        "Border guards said 1,037 Afghan soldiers crossed into Tajikistan. The Taliban figure "
        "was rejected as propaganda by Kabul, which said fewer than 400 troops had left.",
        "2021-07-15",
    )
    claim = Claim.objects.get(lower=1000)
    page = open_page(editor)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    panel = page.get_by_role("region", name="Proposed evidence")
    expect(panel).to_contain_text("Supports — numbers confirm it: 1,037 against over 1,000")
    expect(panel).to_contain_text(
        "Disputes — numbers cannot both hold: under 400 against over 1,000"
    )
    if os.environ.get("FACTDB_SCREENSHOTS") == "1":  # the README's picture, as in test_screenshots
        shots = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        panel.screenshot(path=str(shots / "proposals.png"))

    panel.get_by_role("button", name="Confirm as supports evidence").click()
    expect(page.locator(".messagelist")).to_contain_text("Confirmed: supports evidence")
    page.get_by_role("region", name="Proposed evidence").get_by_role(
        "button", name="Dismiss"
    ).click()
    expect(page.locator(".messagelist")).to_contain_text("Dismissed")
    expect(page.get_by_role("region", name="Proposed evidence")).to_have_count(0)
    expect(page.locator("#evidence-group")).to_contain_text("1,037 Afghan soldiers")

    claim.refresh_from_db()
    claim.verify(reviewer, verdict=Verdict.MOSTLY_TRUE)
    page.goto(f"/api/v1/claims/{claim.pk}/?format=json")
    body = json.loads(page.locator("body").inner_text())
    assert [e["stance"] for e in body["evidence"]] == ["supports"]
