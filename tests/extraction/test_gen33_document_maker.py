"""gen33 (issue 9): who made a document claims its figures, also when the text says when the
document came out between its verb and its maker ("figures released this morning by X", "data
published on Friday by X"), and when the document is a study, survey or analysis "by" or "from"
its maker that "found" or "showed" the figure. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Shipyards hired 4,100 workers in May, according to data released Friday by the "
            "Bureau of Port Statistics.",
            "Bureau of Port Statistics",
        ),
        (
            "Shipyards hired 4,100 workers in May, according to figures released this morning "
            "by the Bureau of Port Statistics.",
            "Bureau of Port Statistics",
        ),
        (
            "Data published on Wednesday by the Corran Office shows 4,100 new homes were built.",
            "Corran Office",
        ),
    ],
)
def test_when_a_document_came_out_does_not_hide_its_maker(text: str, claimant: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "A study by the Tarnby Water Board found that 900 wells ran dry.",
        "About 900 wells ran dry, a study by the Tarnby Water Board found.",
        "An analysis from the Tarnby Water Board showed 900 wells ran dry.",
        "A survey published last week by the Tarnby Water Board found 900 wells ran dry.",
    ],
)
def test_a_study_by_a_body_is_the_bodys_finding(text: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == "Tarnby Water Board"


def test_a_document_with_no_maker_named_has_no_claimant() -> None:
    (quantity,) = extract(
        "Shipyards hired 4,100 workers, according to data released Friday."
    ).quantities
    assert quantity.claimant is None
