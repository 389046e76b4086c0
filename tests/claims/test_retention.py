"""Pruning history deletes only records of saves that changed nothing; the review record stays."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Quote
from claims.retention import prune
from tests.factories import make_quote

pytestmark = pytest.mark.django_db


def history(quote):
    return list(
        quote.history.order_by("history_date", "history_id").values_list(
            "history_type", "text", "status", "history_change_reason", "history_user_id"
        )
    )


def age_history(days: int) -> None:
    Quote.history.update(history_date=timezone.now() - datetime.timedelta(days=days))


def test_only_saves_that_changed_nothing_are_pruned(editor, reviewer):
    quote = make_quote("We will win.")
    quote.save()  # nothing changed but the version
    quote.text = "We will win, surely."
    quote._history_user = editor
    quote.save()
    quote.save()
    quote.verify(by=reviewer)
    kept = [row for n, row in enumerate(history(quote)) if n not in (1, 3)]
    age_history(200)
    counts = prune(timezone.now() - datetime.timedelta(days=90))
    assert counts["claims.HistoricalQuote"] == 2 and sum(counts.values()) == 2
    assert history(quote) == kept  # created, edited by the editor, verified by the reviewer
    assert [row[0] for row in kept] == ["+", "~", "~"]
    assert kept[1][4] == editor.pk and kept[2][2] == "verified" and kept[2][4] == reviewer.pk


def test_recent_records_and_records_with_a_reason_are_kept(reviewer):
    quote = make_quote("We will win.")
    quote._change_reason = "Checked against the recording."
    quote.save()
    age_history(200)
    quote.save()  # recent: kept, whatever it says
    assert prune(timezone.now() - datetime.timedelta(days=90))["claims.HistoricalQuote"] == 0
    assert len(history(quote)) == 3


def test_the_command_counts_with_dry_run_and_refuses_negative_days():
    quote = make_quote("We will win.")
    quote.save()
    age_history(200)
    out = StringIO()
    call_command("prune_history", "--days", "90", "--dry-run", stdout=out)
    assert "claims.HistoricalQuote: would delete 1 records that changed nothing" in out.getvalue()
    assert len(history(quote)) == 2
    call_command("prune_history", "--days", "90", stdout=StringIO())
    assert len(history(quote)) == 1
    with pytest.raises(CommandError, match="--days must be 0 or more, not -1"):
        call_command("prune_history", "--days", "-1")
