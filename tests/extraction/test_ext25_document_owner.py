"""ext25 (issue 9): "according to figures released by X", "figures from the health ministry":
the one who made a document is the claimant of its figures, also when the document's verb
("released", "published", "issued") stands before "by", and when the maker is an organisation
told by its kind ("the health ministry"); the document noun ("figures") is never the claimant.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "According to figures released by the Tarnby health ministry, 1,240 cases were found.",
            "Tarnby Health Ministry",
        ),
        ("According to data from the farm ministry, 340 barns burned.", "farm ministry"),
        ("Figures published by the Corran Office showed 4,100 new homes.", "Corran Office"),
        ("According to an estimate issued by the water board, 90 wells ran dry.", "water board"),
    ],
)
def test_the_maker_of_a_document_claims_its_figures(text: str, claimant: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == claimant
