"""Ingest writes no history for the quotes and claims it stores: an item's creation is recorded
when it first changes, dated and attributed as it was created, so every change stays a
difference from what was ingested."""

import pytest

from claims.admin.history import history_rows
from claims.models import Appearance, Claim, Quote
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db

TEXT = (
    "The minister said on Monday that 40 soldiers were moved north. "
    "“We will hold the pass,” said Ahmad Wali, the district governor.\n"
)


def ingested(by):
    return ingest_document(parse_text(TEXT, "report.txt"), by=by).source


def test_ingest_stores_items_without_copying_them_into_history(editor):
    source = ingested(editor)
    quote, claim = Quote.objects.get(), Claim.objects.get()
    assert not quote.history.exists() and not claim.history.exists()
    # Who added where each appeared is still recorded, as is who ingested the source.
    assert Appearance.history.filter(history_user=editor).count() == 2
    assert source.ingested_by == editor


def test_the_first_change_records_the_creation_before_it(editor, reviewer):
    ingested(editor)
    quote = Quote.objects.get()
    words = quote.text
    quote.text = words + " Always."
    quote._history_user = reviewer
    quote.save()
    created, changed = quote.history.order_by("history_date", "history_id")
    assert (created.history_type, created.text, created.version) == ("+", words, 1)
    assert created.history_user == editor  # the ingester, from the source it came from
    assert created.history_date == quote.created_at
    assert (changed.history_type, changed.text, changed.history_user) == ("~", quote.text, reviewer)
    assert "Quote changed: text" in history_rows(quote)[0]["what"]
    quote.start_review(reviewer)
    assert quote.history.count() == 3  # recorded once


def test_four_eyes_still_counts_the_ingester_and_an_editor(editor, reviewer, second_reviewer):
    ingested(reviewer)
    claim = Claim.objects.get()
    assert claim.why_not_verifier(reviewer) == "you ingested the first source of this claim"
    claim.statement += " (as reported)"
    claim.last_edited_by = second_reviewer
    claim._history_user = second_reviewer
    claim.save()
    assert claim.why_not_verifier(second_reviewer) == "you edited this claim"
    assert claim.why_not_verifier(editor) == ""
