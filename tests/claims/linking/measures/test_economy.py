"""Measures of economy, business and politics news as reporters word them in general (issue 9):
deficits and debt, prices a market sets, a poll's lead and approval, job cuts. Every sentence is
made up for the test; each figure is extracted and measured as ingest does."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.linking.ingest import sentence_span
from claims.linking.measures import measure_of


def keys(text: str) -> dict[str, str]:
    """Each extracted figure of `text` -> its measure key, read as ingest reads it."""
    found = {}
    for c in extract(text).quantities:
        left, right = sentence_span(text, c.start, c.end)
        found[text[c.start : c.end]] = measure_of(
            kind=c.kind,
            unit=c.unit or "",
            noun=c.noun,
            measure=c.measure,
            before=text[max(left, c.start - 200) : c.start],
            after=text[c.end : right],
            figure=text[c.start : c.end],
            earlier=text[:left],
        ).key
    return found


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        (
            "Varnland's budget deficit widened to $41 billion last year.",
            "$41 billion",
            "USD:deficit",
        ),
        ("The national debt passed $2.3 trillion in March.", "$2.3 trillion", "USD:debt"),
        ("The trade gap narrowed to $38.2 billion in May.", "$38.2 billion", "USD:trade_deficit"),
        (
            "The city plans to raise its annual budget to $640 million.",
            "$640 million",
            "USD:budget",
        ),
        ("Defence spending will reach $12 billion by 2030.", "$12 billion", "USD:spending"),
        (
            "Parliament passed a $90 billion stimulus package on Friday.",
            "$90 billion",
            "USD:stimulus",
        ),
        ("The new handset is priced at $499 in the shops.", "$499", "USD:retail_price"),
        ("Core inflation rose to 3.1% in June, the agency said.", "3.1%", "percent:core_inflation"),
        ("Initial jobless claims fell to 212,000 last week.", "212,000", "count:jobless_claims"),
        (
            "The steelmaker said it would cut 1,200 jobs, or 8% of its workforce.",
            "8%",
            "percent:job_cuts",
        ),
        ("The carmaker now has 9,500 employees in Europe.", "9,500 employees", "count:employees"),
    ],
)
def test_economy_and_budget_words_name_their_concept(text: str, figure: str, key: str) -> None:
    assert keys(text)[figure] == key


def test_a_share_of_the_workforce_laid_off_is_a_share_of_the_job_cuts() -> None:
    # The measure phrase ends at "amid" as at any other preposition.
    assert keys("Tarnco will lay off 12% of its workforce amid falling sales.")["12%"] == (
        "percent:job_cuts"
    )


def test_the_three_figures_of_a_price_move_in_a_market_report_are_the_price() -> None:
    crude = keys("Brent crude lost $1.10, or 2 percent, to $54.30 a barrel in London.")
    assert crude["$1.10"] == "USD:oil_price"
    assert crude["2 percent"] == "percent:oil_price"
    assert crude["$54.30 a barrel"] == "USD per barrel:oil_price"
    # A company's move names no price of the lexicon: a report lists many in one sentence.
    found = keys(
        "Varnco fell $2.50, or 4.1 percent, to $58.20 and Harlow Mills rose 40 cents, "
        "or 2 percent, to $20.40."
    )
    assert found["$2.50"] == "USD:"


def test_a_lead_in_points_and_the_two_shares_of_a_race() -> None:
    found = keys(
        "Smith leads Jones by 8 percentage points, 51 percent to 43 percent, in the latest survey."
    )
    assert found["8 percentage points"] == "percentage point:poll_lead"
    assert found["51 percent"] == "percent:votes"
    assert found["43 percent"] == "percent:votes"
    assert keys("A new poll gives the mayor a six-point lead over her rival.")["six-point"] == (
        "percentage point:poll_lead"
    )
    # A share said as a side's lead is the side's share, not how far ahead it is.
    side = keys("One poll gave a 54 per cent lead for Yes against 46 per cent No.")
    assert side["54 per cent"] != "percent:poll_lead"


def test_approval_and_disapproval_are_read_from_their_verbs_and_nouns() -> None:
    found = keys(
        "Some 41 percent said they approved of the governor's work, and 53 percent "
        "voiced disapproval."
    )
    assert found["Some 41 percent"] == "percent:approval"
    assert found["53 percent"] == "percent:disapproval"


def test_words_that_set_another_thing_beside_an_amount_do_not_name_it() -> None:
    deal = keys(
        "Tarnco agreed to buy Harlow Mills in a deal valued at $2.1 billion, including debt."
    )
    assert deal["$2.1 billion"] == "USD:fee"
    wage = keys("The striker will earn £3.2m a year before tax at his new club.")
    assert wage["£3.2m"] == "GBP:pay"
