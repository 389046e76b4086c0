"""The reviewer's desk at 1280×800 with the admin's nav sidebar open: one form that loses no
work, every page the job uses without sideways scrolling and without serious accessibility
faults, the keys, and the whole job in six clicks."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from claims.models import Evidence, ReviewStatus, Stance, Verdict
from tests.admin.scenes import STATEMENT, the_85_claim
from tests.browser.conftest import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESK = {"width": 1280, "height": 800}
EXCERPT = "the Taliban controls 204 of 407 districts"
SIDEBAR_OPEN = "localStorage.setItem('django.admin.navSidebarIsOpen', 'true')"


def at_the_desk(page):
    page.set_viewport_size(DESK)
    page.context.add_init_script(SIDEBAR_OPEN)
    return page


def claim_url(scene):
    return reverse("admin:claims_claim_change", args=[scene.claim.pk])


def pick_source(page, row, typed, option):
    """Select2 autocomplete in an evidence row: open it, type, pick what the server found."""
    row.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=option).click()


def reviewer_pages(scene) -> list[str]:
    return [
        reverse("admin:index"),
        reverse("admin:claims_review_queue"),
        reverse("admin:claims_quote_changelist"),
        reverse("admin:claims_claim_changelist"),
        reverse("admin:sources_source_changelist"),
        reverse("admin:claims_speaker_changelist"),
        reverse("admin:claims_evidence_changelist"),
        claim_url(scene),
        reverse("admin:claims_quote_change", args=[scene.quote.pk]),
        reverse("admin:sources_source_change", args=[scene.source_000.pk]),
    ]


def with_evidence(scene, reviewer):
    """Two pieces of evidence, one from the source with the longest title."""
    Evidence.objects.create(
        claim=scene.claim,
        source=scene.source_002,
        stance=Stance.SUPPORTS,
        note="The Taliban's own statement, as reported.",
        added_by=reviewer,
    )
    Evidence.objects.create(
        claim=scene.claim,
        source=scene.district_count,
        stance=Stance.DISPUTES,
        excerpt=EXCERPT,
        excerpt_start=scene.district_count.text.index(EXCERPT),
        excerpt_end=scene.district_count.text.index(EXCERPT) + len(EXCERPT),
        note="Half the districts, not 85% of the country: a long note to fill the column.",
        added_by=reviewer,
    )


def test_no_page_a_reviewer_uses_scrolls_sideways_at_1280_with_the_sidebar_open(
    open_page, reviewer
):
    scene = the_85_claim()
    with_evidence(scene, reviewer)
    page = at_the_desk(open_page(reviewer))
    for url in reviewer_pages(scene):
        page.goto(url)
        if url != reverse("admin:index"):  # the home page is the list the sidebar repeats
            expect(page.locator("#nav-sidebar")).to_be_visible()
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{url} is {widths[0]} px wide in a {widths[1]} px window"
        # Nor does a table scroll inside its box, hiding columns (the changelists' results).
        clipped = page.evaluate(
            """Array.from(document.querySelectorAll('.results, .tabular'))
                .filter(box => box.scrollWidth > box.clientWidth + 1)
                .map(box => `${box.className}: ${box.scrollWidth} in ${box.clientWidth}`)"""
        )
        assert clipped == [], url


def test_every_page_a_reviewer_uses_has_no_serious_accessibility_fault(open_page, reviewer):
    scene = the_85_claim()
    with_evidence(scene, reviewer)
    page = at_the_desk(open_page(reviewer))
    for url in reviewer_pages(scene):
        page.goto(url)
        found = axe_violations(page)
        assert found == [], (url, found)


def test_evidence_typed_then_verify_saves_both(open_page, reviewer, settings):
    # Four-eyes off: with it on, who adds evidence may not verify (tests/admin/test_one_form.py).
    settings.FACTDB_FOUR_EYES = False
    scene = the_85_claim()
    page = at_the_desk(open_page(reviewer))
    page.goto(claim_url(scene))
    row = page.locator("#evidence-group tr.form-row:not(.has_original)").first
    pick_source(page, row, "control map", "Taliban control map")
    row.locator("select[name$='-stance']").select_option("disputes")
    row.locator("textarea[name$='-excerpt']").fill(EXCERPT)
    page.select_option("#id_review_verdict", Verdict.MOSTLY_FALSE)
    page.get_by_role("button", name="Verify").click()
    expect(page.locator(".messagelist")).to_contain_text("The claim is now verified.")
    expect(page.locator("#review-status")).to_have_text("Verified")
    expect(page.locator("#evidence-group")).to_contain_text("Taliban control map")
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED
    evidence = scene.claim.evidence.get()
    assert (evidence.stance, evidence.excerpt) == (Stance.DISPUTES, EXCERPT)


def test_a_refused_verify_saves_nothing_and_keeps_what_was_typed(open_page, reviewer):
    scene = the_85_claim()
    page = at_the_desk(open_page(reviewer))
    page.goto(claim_url(scene))
    row = page.locator("#evidence-group tr.form-row:not(.has_original)").first
    pick_source(page, row, "control map", "Taliban control map")
    row.locator("select[name$='-stance']").select_option("disputes")
    row.locator("textarea[name$='-excerpt']").fill(EXCERPT)
    page.get_by_role("button", name="Verify").click()  # no verdict chosen
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator(".errorlist.nonfield")).to_contain_text("Give a verdict before verifying")
    expect(page.locator("#evidence-group textarea[name$='-excerpt']").first).to_have_value(EXCERPT)
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.UNREVIEWED
    assert not scene.claim.evidence.exists()


def test_leaving_a_page_with_unsaved_edits_asks_first(open_page, reviewer):
    scene = the_85_claim()
    page = at_the_desk(open_page(reviewer))
    page.goto(claim_url(scene))
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", answer)
    page.locator("#id_measure").fill("territory, by area")
    page.get_by_role("link", name="Review queue").first.click()
    page.wait_for_timeout(300)
    assert asked == ["beforeunload"]
    expect(page.locator("#id_measure")).to_have_value("territory, by area")
    # Saving is not leaving: no question.
    page.get_by_role("button", name="Save and continue editing").last.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert asked == ["beforeunload"]


def test_editor_and_reviewer_see_the_buttons_their_role_allows(open_page, editor, reviewer):
    scene = the_85_claim()
    as_editor = at_the_desk(open_page(editor))
    as_editor.goto(claim_url(scene))
    expect(as_editor.get_by_role("button", name="Start review")).to_be_enabled()
    expect(as_editor.get_by_role("button", name="Verify")).to_be_disabled()
    expect(as_editor.get_by_role("button", name="Reject")).to_be_disabled()
    expect(as_editor.locator(".review-why-not")).to_have_count(1)
    expect(as_editor.locator(".review-why-not")).to_have_text(
        "Only reviewers may verify, reject or retract; you are an editor."
    )
    as_editor.get_by_role("button", name="Start review").click()
    expect(as_editor.locator("#review-status")).to_have_text("In review")

    as_reviewer = at_the_desk(open_page(reviewer))
    as_reviewer.goto(claim_url(scene))
    for name in ("Verify", "Reject"):
        expect(as_reviewer.get_by_role("button", name=name)).to_be_enabled()
    expect(as_reviewer.locator(".review-why-not")).to_have_count(0)


def test_queue_to_a_verified_claim_with_new_disputing_evidence_in_six_clicks(
    open_page, reviewer, settings
):
    # Four-eyes off: with it on, who adds the evidence may not also verify.
    settings.FACTDB_FOUR_EYES = False
    scene = the_85_claim()
    page = at_the_desk(open_page(reviewer))
    page.goto(reverse("admin:claims_review_queue"))
    clicks = 0

    def click(locator):
        nonlocal clicks
        clicks += 1
        locator.click()

    click(page.get_by_role("link", name=STATEMENT))
    row = page.locator("#evidence-group tr.form-row:not(.has_original)").first
    click(row.locator(".select2-selection"))
    page.locator(".select2-search__field").fill("control map")  # typing
    click(page.locator(".select2-results__option", has_text="Taliban control map"))
    clicks += 1  # choosing from a <select> is a click
    row.locator("select[name$='-stance']").select_option("disputes")
    clicks += 1
    page.select_option("#id_review_verdict", Verdict.MOSTLY_FALSE)
    click(page.get_by_role("button", name="Verify"))

    expect(page.locator("#review-status")).to_have_text("Verified")
    assert clicks <= 6, clicks
    scene.claim.refresh_from_db()
    assert scene.claim.status == ReviewStatus.VERIFIED
    assert scene.claim.evidence.disputing().count() == 1


def test_keys_move_through_the_queue_open_an_item_and_show_the_help(open_page, reviewer):
    scene = the_85_claim()
    page = at_the_desk(open_page(reviewer))
    page.goto(reverse("admin:claims_review_queue"))
    page.keyboard.press("?")
    expect(page.locator("#desk-shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#desk-shortcuts")).to_be_hidden()
    first = page.locator("#result_list tbody tr").first
    first_link = first.locator("td.queue-words a").get_attribute("href")
    page.keyboard.press("j")
    expect(first).to_have_class("queue-row queue-quote desk-current")
    page.keyboard.press("o")
    page.wait_for_url(f"**{first_link}")

    # On the item: j opens the next in the queue, e opens the source search of a new row.
    page.keyboard.press("e")
    expect(page.locator(".select2-search__field")).to_be_focused()
    page.keyboard.press("Escape")
    next_link = page.locator(".review-nav a[rel=next]").get_attribute("href")
    page.locator("h1").click()  # out of any field
    page.keyboard.press("j")
    page.wait_for_url(f"**{next_link}")
    assert {first_link, next_link} == {
        claim_url(scene),
        reverse("admin:claims_quote_change", args=[scene.quote.pk]),
    }
