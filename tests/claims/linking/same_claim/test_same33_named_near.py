"""A figure of a measure no lexicon names ("93% effective") is known by the word beside its
number: two articles that give one number beside one word (or one word's family: "valued at",
"a valuation of") report one figure, tied to one event as any other. Sentences written for
these tests."""

from __future__ import annotations

import datetime
from typing import Any

from claims.linking.match import Figure, Link, judge, words_by_number
from tests.claims.linking.same_claim.test_undated import quake

DAY = datetime.date(2023, 4, 12)


def share(
    statement: str,
    before: str,
    wording: str,
    after: str,
    value: str = "93",
    seen_on: datetime.date | None = DAY,
    **fields: Any,
) -> Figure:
    """A figure of an unnamed share (or `measure_key`), with the text next to its number."""
    fields.setdefault("measure_key", "percent:")
    return quake(value, statement, seen_on, before=before, wording=wording, after=after, **fields)


def test_one_share_beside_one_word_in_two_articles_is_one_claim() -> None:
    old = share(
        "Norrel Labs said its new soot filter was 93 percent effective in road trials",
        "Norrel Labs said its new soot filter was ",
        "93 percent",
        " effective in road trials",
        claimant=7,
        claimant_name="Norrel Labs",
    )
    new = share(
        "A filter fitted to city buses traps dust and proved 93% effective, testers found",
        "A filter fitted to city buses traps dust and proved ",
        "93%",
        " effective, testers found",
        seen_on=None,
    )
    link = judge(new, old, tie="Norrel")
    assert isinstance(link, Link)
    assert link.score >= 0.85
    assert "both numbers given beside 'effective'" in link.reasons


def test_a_word_of_one_family_names_an_amount_alike() -> None:
    old = share(
        "The listing gave the shipping group a valuation of $4.2 billion on its first day",
        "The listing gave the shipping group a valuation of ",
        "$4.2 billion",
        " on its first day",
        value="4200000000",
        measure_key="USD:",
    )
    new = share(
        "Brokers said the sale valued Harlow at $4.2 billion as trading opened",
        "Brokers said the sale valued Harlow at ",
        "$4.2 billion",
        " as trading opened",
        value="4200000000",
        measure_key="USD:",
        seen_on=DAY + datetime.timedelta(days=1),
    )
    link = judge(new, old)
    assert isinstance(link, Link)
    assert any(r.startswith("both numbers given beside 'valu") for r in link.reasons)


def test_one_share_beside_other_words_stays_apart() -> None:
    old = share(
        "Norrel Labs said its new soot filter was 93 percent effective in road trials",
        "Norrel Labs said its new soot filter was ",
        "93 percent",
        " effective in road trials",
    )
    new = share(
        "Turnout in the harbour ward reached 93% among registered pensioners",
        "Turnout in the harbour ward reached ",
        "93%",
        " among registered pensioners",
    )
    assert judge(new, old) == "wording"


def test_words_of_unit_scale_or_movement_name_nothing() -> None:
    assert words_by_number("it rose ", " percent higher") == frozenset()
    assert words_by_number("revenue of ", " dollars, up") == {"revenue"}
