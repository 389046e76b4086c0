"""A precise figure and its rounding, with a date unknown: a proper name both articles write
places them in one event as it places one number repeated, and as close dates place the two.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from claims.linking.match import Figure, figure, same_claim


def takings(value: str, statement: str) -> Figure:
    return figure(
        claimant=None,
        measure_key="USD:",
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=None,
        statement=statement,
    )


def test_a_precise_amount_and_its_rounding_join_when_a_name_ties_their_undated_articles() -> None:
    fine = takings("31430000", "The festival's ticket office took $31.43 million over the week")
    rough = takings("31400000", "Organisers counted $31.4 million at the gates")
    untied = same_claim(rough, fine)
    assert untied is not None and untied.score < 0.85  # a suggestion at most
    tied = same_claim(rough, fine, tie="marrowvale")
    assert tied is not None and tied.score >= 0.85
    assert "a date is unknown; both name Marrowvale" in tied.because()
    # Two round amounts a name ties are no precise figure and its rounding.
    first = takings("31000000", "The festival's ticket office took $31 million")
    second = takings("30000000", "Organisers counted $30 million at the gates")
    loose = same_claim(second, first, tie="marrowvale")
    assert loose is None or loose.score < 0.85
