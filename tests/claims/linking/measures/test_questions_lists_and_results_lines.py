"""The counted thing read where a sentence names it away from the figure: the noun forecasts are
of, a side opening a line of results, the shares a closing clause speaks of, the noun an
estimate is of. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _bare(figure: str, before: str, after: str, earlier: str = "", noun: str | None = None) -> str:
    return measure_of(
        kind="count", noun=noun, measure=noun, figure=figure, before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def _share(figure: str, before: str, after: str) -> str:
    return measure_of(kind="percent", unit="percent", figure=figure, before=before, after=after).key


def test_forecasts_qualified_by_a_noun_are_forecasts_of_that_noun() -> None:
    before = "The bank cut its inflation forecasts and now expects 1.1% in 2031 and "
    assert _share("1.7%", before, " in 2032.") == "percent:inflation"
    # A verb before the forecasts still names nothing: "missing forecasts of".
    missed = _share("3.0%", "Output grew 2.8%, missing forecasts of ", ".")
    assert missed != "percent:missing"


def test_a_side_in_capitals_opening_a_results_line_names_the_votes() -> None:
    assert _bare("412,907", "NO ", " (41.20 per cent)") == "count:no_vote"
    assert _bare("589,214", "YES ", " (58.80 per cent)") == "count:yes_vote"
    # Not a capitalised "No" in running text, nor one inside a line.
    assert _bare("412,907", "No ", " (41.20 per cent)") == "count:"
    assert _bare("412,907", "There were NO ", " left.") == "count:"


def test_a_clause_on_how_the_day_ended_moves_the_shares_named_before_it() -> None:
    before = "Varnco shares slid in early trading in Port Ellis, ending the day down "
    assert _share("4.1 percent", before, " at 3.20 crowns.") == "percent:share_price"
    assert _share("4.1 percent", "Sales slid in the spring, ending the year down ", ".") != (
        "percent:share_price"
    )


def test_an_estimate_qualified_by_a_noun_counts_that_noun() -> None:
    raised = _bare("90,000", "Organisers revised their crowd estimate to ", ", police said.")
    given = _bare("90,000", "Organisers gave a crowd estimate of ", ".")
    assert raised == given == "count:crowd"
