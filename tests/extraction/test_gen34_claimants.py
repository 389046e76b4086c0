"""gen34 (issue 9): a date between a document's verb and its maker is not the maker ("an
estimate released June 10 by X" is X's, not a speaker named June), and a sentence adverb
before a name ("Sadly Acme said") is not part of the name. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Ferry trips fell 12 percent, according to a new estimate released June 10 by the "
        "Harbor Transit Council.",
        "Ferry trips fell 12 percent, according to a report released Tuesday, June 10, by the "
        "Harbor Transit Council.",
        "Ferry trips fell 12 percent, according to an estimate released June 10, 2024, by the "
        "Harbor Transit Council.",
    ],
)
def test_a_date_before_the_maker_is_not_the_claimant(text: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == "Harbor Transit Council"


def test_a_document_with_only_a_date_has_no_month_for_claimant() -> None:
    (quantity,) = extract(
        "Ferry trips fell 12 percent, according to a new estimate released June 10."
    ).quantities
    assert quantity.claimant != "June"


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately Velmora said it lost 300 customers.",
        "Sadly Velmora said it lost 300 customers.",
        "Notably Velmora reported that it lost 300 customers.",
    ],
)
def test_a_sentence_adverb_is_not_part_of_the_name(text: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == "Velmora"


def test_a_name_ending_like_an_adverb_stays_whole() -> None:
    (quantity,) = extract("Kelly Velmora said the firm lost 300 customers.").quantities
    assert quantity.claimant == "Kelly Velmora"
