"""A number on the far side of a floor or of "nearly N" is another figure, and "about X" given
to a fine step of money stays within a step of a number as fine. Sentences written for these
tests (fictional places and firms)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim

DAY = datetime.date(2031, 4, 9)


def said(
    statement: str,
    wording: str,
    value: str,
    *,
    measure_key: str = "count:deaths",
    lower: bool = False,
    qualifier: str = "",
) -> Figure:
    start = statement.index(wording)
    n = Decimal(value)
    return figure(
        claimant=None,
        measure_key=measure_key,
        value=None if lower else n,
        lower=n if lower else None,
        upper=None,
        lower_inclusive=False,
        upper_inclusive=True,
        qualifier=qualifier,
        seen_on=DAY,
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_nearly_n_is_never_the_figure_more_than_n() -> None:
    floor = said(
        "Fever killed more than 48,000 people across Varnholm last year.",
        "more than 48,000 people",
        "48000",
        lower=True,
    )
    short = said(
        "Nearly 48,000 people died of the fever in Varnholm last year.",
        "Nearly 48,000 people",
        "48000",
        qualifier="about",
    )
    assert judge(short, floor) == "numbers"
    assert judge(floor, short) == "numbers"


def test_a_count_below_a_floor_is_not_the_floor_rounded() -> None:
    floor = said(
        "Fever killed more than 48,000 people across Varnholm last year.",
        "more than 48,000 people",
        "48000",
        lower=True,
    )
    below = said("The ministry counted 47,812 deaths from the fever.", "47,812", "47812")
    above = said("The ministry counted 48,213 deaths from the fever.", "48,213", "48213")
    assert judge(below, floor) == "numbers"
    assert isinstance(same_claim(above, floor), Link)


def test_a_count_above_nearly_n_is_not_what_nearly_n_words() -> None:
    short = said(
        "Nearly 48,000 people died of the fever in Varnholm last year.",
        "Nearly 48,000 people",
        "48000",
        qualifier="about",
    )
    above = said("The ministry counted 48,213 deaths from the fever.", "48,213", "48213")
    below = said("The ministry counted 47,812 deaths from the fever.", "47,812", "47812")
    assert judge(above, short) == "numbers"
    assert isinstance(same_claim(below, short), Link)


def test_about_an_amount_to_a_tenth_stays_within_a_tenth_of_an_amount_as_fine() -> None:
    def deal(statement: str, wording: str, value: str, qualifier: str = "") -> Figure:
        return said(statement, wording, value, measure_key="USD:fee", qualifier=qualifier)

    stated = deal("Orrin Foods will buy Pell Market for $8.2 billion.", "$8.2 billion", "8.2e9")
    far = deal(
        "The takeover of Pell Market is worth about $8.4 billion.",
        "about $8.4 billion",
        "8.4e9",
        qualifier="about",
    )
    near = deal(
        "The takeover of Pell Market is worth about $8.2 billion.",
        "about $8.2 billion",
        "8.2e9",
        qualifier="about",
    )
    finer = deal("Orrin Foods will buy Pell Market for $8.17 billion.", "$8.17 billion", "8.17e9")
    assert judge(far, stated) == "numbers"
    assert judge(stated, far) == "numbers"
    assert isinstance(same_claim(near, stated), Link)
    assert isinstance(same_claim(near, finer), Link)


def test_about_a_round_amount_still_takes_a_finer_figure() -> None:
    stated = said(
        "Orrin Foods will buy Pell Market for $8.17 billion.",
        "$8.17 billion",
        "8.17e9",
        measure_key="USD:fee",
    )
    rough = said(
        "The takeover of Pell Market is worth about $8 billion.",
        "about $8 billion",
        "8e9",
        measure_key="USD:fee",
        qualifier="about",
    )
    assert isinstance(same_claim(rough, stated), Link)
