"""A later report recalls an old figure without the year another article named for it ("the
previous record of $412.6 million" against "$412.6 million in 2011"): the two are one claim
when the number is precise and a name ties them, whichever article came first. And a year
after a figure it ranks behind is that figure's year. Sentences written for these tests."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from claims.conflicts import Interval
from claims.linking.ingest import year_of
from claims.linking.match import Figure, _fixed_ratio, figure, judge
from claims.models import Claim
from sources.ingest import parse_text
from sources.services import ingest_document

RECORD = Decimal("412600000")


def amount(value: Decimal, on: datetime.date, statement: str) -> Figure:
    return figure(
        claimant=None,
        measure_key="USD:",
        value=value,
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=on,
        statement=statement,
    )


def test_a_past_years_figure_and_a_later_report_naming_the_same_film_are_one_claim() -> None:
    old = amount(RECORD, datetime.date(2011, 1, 1), "In 2011 Skyreach opened to $412.6 million.")
    new = amount(
        RECORD,
        datetime.date(2016, 5, 9),
        "Tidewater beat the record Skyreach set, $412.6 million, by a week.",
    )
    link = judge(new, old)
    assert not isinstance(link, str)
    assert link.score >= 0.85
    assert "a past year's figure and a later report that recalls it" in link.reasons


def test_a_past_years_figure_needs_a_precise_number_and_a_tie() -> None:
    old = amount(RECORD, datetime.date(2011, 1, 1), "In 2011 Skyreach opened to $412.6 million.")
    unnamed = amount(RECORD, datetime.date(2016, 5, 9), "The studio spent $412.6 million.")
    assert judge(unnamed, old) == "dates"
    said = "The film Skyreach made $400m."
    round_old = amount(Decimal("400000000"), datetime.date(2011, 1, 1), said)
    round_new = amount(Decimal("400000000"), datetime.date(2016, 5, 9), said)
    assert judge(round_new, round_old) == "dates"


def test_a_year_after_a_figure_it_ranks_behind_is_that_figures_year() -> None:
    sentence = "Its $380.5 million opening is behind only the $412.6 million of Skyreach in 2011."
    start = sentence.index("$380.5 million")
    assert year_of(sentence, start, start + len("$380.5 million")) is None


RECALLED = (
    "Tidewater topped the box office with $380.5 million this weekend, short of the record of "
    "$412.6 million that Skyreach holds."
)
NAMED = "Skyreach took $412.6 million in 2011, still the record; Tidewater made $380.5 million."


@pytest.mark.django_db
@pytest.mark.parametrize("first,then", [(NAMED, RECALLED), (RECALLED, NAMED)])
def test_a_record_recalled_without_its_year_joins_the_one_dated_by_it(
    first: str, then: str
) -> None:
    ingest_document(parse_text(f"date 2016-05-09\n{first}\n", "first.txt"))
    ingest_document(parse_text(f"date 2016-05-10\n{then}\n", "then.txt"))
    record = Claim.objects.filter(value=RECORD)
    assert record.count() == 1
    assert record.get().appearances.count() == 2


def flow(unit: str, lower: str, upper: str) -> Figure:
    return figure(
        claimant=None,
        measure_key=f"{unit} per day:volume per day",
        value=None,
        lower=Decimal(lower),
        upper=Decimal(upper),
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2031, 6, 14),
        statement=f"The Corvane well leaks {lower} to {upper} {unit} a day, the survey found.",
    )


def test_a_range_converted_at_the_fixed_ratio_of_its_units_is_one_claim() -> None:
    barrels = flow("bbl", "25000", "45000")
    gallons = flow("gal", "1050000", "1890000")  # 42 gallons a barrel
    link = judge(gallons, barrels)
    assert not isinstance(link, str)
    assert link.score >= 0.85
    assert "a precise figure (1,050,000)" in link.reasons


def test_an_amount_converted_at_a_years_rate_is_no_precise_figure() -> None:
    dollars = amount(Decimal("412600000"), datetime.date(2016, 5, 9), "Tidewater took $412.6m.")
    euros = replace(dollars, measure_key="EUR:", interval=None)
    assert not _fixed_ratio(euros)
    assert _fixed_ratio(flow("gal", "1050000", "1890000"))


def test_a_milestone_and_the_same_milestone_as_a_floor_are_one_figure_of_one_story() -> None:
    on = datetime.date(2016, 5, 9)
    bare = amount(Decimal("600000000"), on, "Tidewater is the first film to earn $600 million.")
    floor = replace(
        amount(Decimal("600000000"), on, "A weekend of more than $600 million worldwide."),
        interval=Interval(lower=Decimal("600000000"), upper=None, lower_inclusive=False),
    )
    link = judge(floor, bare, story="380,500,000 (USD:)")
    assert not isinstance(link, str)
    assert link.score >= 0.85
    assert judge(floor, bare) == "wording"  # with no story the round amount says nothing
