"""Under the Content-Security-Policy the admin pages and the API docs page work and report no
violation; a ClaimReview pasted into a page as JSON-LD cannot run script (issue 10)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from claims.models import Claim, ReviewStatus, Verdict
from tests.admin.scenes import the_85_claim
from tests.api.conftest import with_status

pytestmark = pytest.mark.browser

# Recorded before any page script runs (an init script is not subject to the page's CSP).
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} ${e.sample}`);
});
"""


def violations(page, console: list[str]) -> list[str]:
    return page.evaluate("window.__csp") + [m for m in console if "Content Security Policy" in m]


def watched(page) -> list[str]:
    console: list[str] = []
    page.context.add_init_script(RECORD_VIOLATIONS)
    page.on("console", lambda message: console.append(message.text))
    return console


def test_admin_pages_work_under_the_csp_with_no_violation(open_page, reviewer):
    scene = the_85_claim()
    page = open_page(reviewer)
    console = watched(page)
    urls = [
        "/admin/",
        reverse("admin:claims_review_queue"),
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[scene.claim.pk]),
        reverse("admin:claims_quote_change", args=[scene.quote.pk]),
        reverse("admin:sources_source_change", args=[scene.source_000.pk]),
        reverse("admin:claims_evidence_add"),
    ]
    for url in urls:
        response = page.goto(url)
        assert response is not None and response.ok, url
        assert "script-src" in response.headers["content-security-policy"]
        assert violations(page, console) == [], url
    # The admin's own scripts ran: the claim page's evidence inline adds a row on click.
    page.goto(reverse("admin:claims_claim_change", args=[scene.claim.pk]))
    rows = page.locator("#evidence-group tbody tr.form-row")
    before = rows.count()
    page.click("#evidence-group .add-row a")
    assert rows.count() == before + 1
    assert violations(page, console) == []


def test_the_api_docs_page_renders_under_the_csp_with_no_violation(open_page, reviewer):
    page = open_page(reviewer)
    console = watched(page)
    response = page.goto("/api/docs/")
    assert response is not None and response.ok
    assert "content-security-policy" in response.headers
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)  # built from the schema
    assert page.locator(".swagger-ui .opblock").count() > 5
    assert violations(page, console) == []


def test_a_claimreview_embedded_as_json_ld_runs_no_script(chromium, live_server, db):
    scene = the_85_claim()
    claim = Claim.objects.create(
        statement="Evil</script><script>window.pwned = true</script> & <b>bold</b>",
        claimant=scene.taliban,
    )
    with_status(claim, ReviewStatus.VERIFIED, verdict=Verdict.FALSE)
    context = chromium.new_context(base_url=live_server.url)
    page = context.new_page()
    response = page.goto(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response is not None and response.ok
    body = response.body().decode()
    assert "</script>" not in body and "<script>" not in body
    assert json.loads(body)["claimReviewed"] == claim.statement  # the same text, escaped
    # A publisher's page pasting the document verbatim, as search engines ask.
    page.set_content(
        '<html><head><script type="application/ld+json">'
        + body
        + "</script></head><body><p id=ok>page</p></body></html>"
    )
    assert page.evaluate("window.pwned === undefined")
    ld = page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert ld["claimReviewed"] == claim.statement
    context.close()
