"""A reviewer's day in a real browser: evidence, verdict, verify; what an editor and a second
reviewer are refused."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import ReviewStatus, Verdict
from tests.admin.scenes import STATEMENT, the_85_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def open_claim(page, statement=STATEMENT):
    page.goto("/admin/claims/claim/")
    page.get_by_role("link", name=statement).click()
    expect(page.locator("#review-status")).to_be_visible()


def choose_in_autocomplete(page, container, typed, option):
    """Select2 autocomplete: open it, type, pick the option the server returned."""
    container.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=option).click()


def test_reviewer_adds_disputing_evidence_gives_a_verdict_verifies_and_sees_it_in_history(
    open_page, reviewer, settings
):
    # Four-eyes off: with it on (locked), who adds evidence may not also verify.
    settings.FACTDB_FOUR_EYES = False
    scene = the_85_claim()
    page = open_page(reviewer)
    open_claim(page)
    expect(
        page.locator("mark", has_text="at least 85 per cent of the war-torn country")
    ).to_be_visible()

    page.locator("#evidence-group .add-row a").click()
    row = page.locator("tr.dynamic-evidence").last
    choose_in_autocomplete(page, row, "control map", "Taliban control map")
    row.locator("select[name$='-stance']").select_option("disputes")
    row.locator("textarea[name$='-excerpt']").fill("the Taliban controls 204 of 407 districts")
    row.locator("textarea[name$='-note']").fill("Half the districts, not 85% of the country.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator(".field-conflict_note")).to_contain_text("cannot both hold")

    page.select_option("#id_review_verdict", Verdict.MOSTLY_FALSE)
    page.fill("#id_review_verdict_explanation", "A district count shows about half, not 85%.")
    page.get_by_role("button", name="Verify").click()
    expect(page.locator(".messagelist")).to_contain_text("The claim is now verified.")
    expect(page.locator("#review-status")).to_have_text("Verified")
    expect(page.locator(".review-state")).to_contain_text("by rita-reviewer")

    page.get_by_role("link", name="History").first.click()
    history = page.locator("#change-history")
    expect(history).to_contain_text("verified")
    expect(history).to_contain_text("rita-reviewer")
    expect(page.locator("#related-history")).to_contain_text("Evidence added: disputes")

    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED
    assert scene.claim.verdict == Verdict.MOSTLY_FALSE
    assert scene.claim.evidence.get().added_by == reviewer


def test_an_editor_cannot_verify_not_even_by_forcing_the_button(open_page, editor):
    scene = the_85_claim()
    page = open_page(editor)
    open_claim(page)
    verify = page.get_by_role("button", name="Verify")
    expect(verify).to_be_disabled()
    expect(page.locator(".review-panel")).to_contain_text("Only reviewers may verify")

    # Re-enable the button in the page, as a determined user could, and post it anyway.
    page.evaluate(
        """() => {
            const button = document.querySelector('.review-action-verify');
            button.disabled = false;
            const verdict = document.createElement('input');
            verdict.type = 'hidden'; verdict.name = 'verdict'; verdict.value = 'true';
            button.form.appendChild(verdict);
        }"""
    )
    verify.click()
    expect(page.locator(".errorlist.nonfield")).to_contain_text("Only reviewers may verify")
    expect(page.locator("#review-status")).to_have_text("Unreviewed")
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED


def test_a_second_reviewers_stale_save_is_refused_and_the_first_change_kept(
    open_page, reviewer, second_reviewer
):
    scene = the_85_claim()
    first, second = open_page(reviewer), open_page(second_reviewer)
    open_claim(first)
    open_claim(second)

    first.fill("#id_measure", "territory of Afghanistan, by area")
    first.get_by_role("button", name="Save and continue editing").click()
    expect(first.locator(".messagelist")).to_contain_text("was changed successfully")

    second.fill("#id_statement", "The Taliban controls most of Afghanistan.")
    second.get_by_role("button", name="Save and continue editing").click()
    expect(second.locator(".errornote, .errorlist").first).to_be_visible()
    expect(second.locator(".errorlist")).to_contain_text(
        re.compile(r"changed by rita-reviewer at .* since you opened it")
    )
    expect(second.locator("#id_statement")).to_have_value(
        "The Taliban controls most of Afghanistan."
    )

    scene.claim.refresh_from_db()
    assert scene.claim.measure == "territory of Afghanistan, by area"
    assert scene.claim.statement == STATEMENT
    assert scene.claim.last_edited_by == reviewer
