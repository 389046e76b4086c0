"""Evidence proposals (issue 9), fourth round: a line linking to another article is no evidence
and no target; a possibility's cap is neither confirmed nor refuted by a figure under it; a
vague amount of one place is no rival of one said of no place; a sum cut or saved is no rival of
the level it is cut from. Sentences written for these tests, of fictional firms and places."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.extraction.lexicon import LINK_LINE_RE as LINK_LINE
from claims.linking.match import figure, judge_bearing, saved_sum

DAY = datetime.date(2031, 6, 2)


def jobs(
    statement: str,
    lower: str | None,
    upper: str | None,
    *,
    claimant: int | None = None,
    vague: bool = False,
):
    low = Decimal(lower) if lower is not None else None
    high = Decimal(upper) if upper is not None else None
    return figure(
        claimant=claimant,
        claimant_name={1: "Northwind", 2: "newspapers"}.get(claimant or 0, ""),
        measure_key="count:jobs",
        value=low if low == high else None,
        lower=low,
        upper=high,
        lower_inclusive=True,
        upper_inclusive=True,
        vague=vague,
        seen_on=DAY,
        statement=statement,
    )


def test_a_possibilitys_cap_is_not_confirmed_by_a_figure_under_it() -> None:
    feared = jobs(
        "Newspapers had reported that Northwind could cut as many as 9,000 jobs",
        None,
        "9000",
        claimant=2,
    )
    announced = jobs("Northwind said it will cut 8,000 jobs by 2034", "8000", "8000", claimant=1)
    assert not isinstance(judge_bearing(announced, feared, story=True), tuple)


def test_a_vague_amount_of_one_place_is_no_rival_of_one_of_no_place() -> None:
    placed = jobs("Northwind will lay off hundreds of workers in Tarnby", "200", "999", vague=True)
    anywhere = jobs("Northwind lays off thousands of workers", "2000", "999999", vague=True)
    assert not isinstance(judge_bearing(anywhere, placed, story=True), tuple)
    # Both of no place: "hundreds" against "thousands" of one thing are rival accounts of it.
    unplaced = jobs("Northwind will lay off hundreds of workers", "200", "999", vague=True)
    judged = judge_bearing(anywhere, unplaced, story=True)
    assert isinstance(judged, tuple) and judged[0] == "disputes"


def test_a_sum_cut_or_saved_is_told_from_a_level() -> None:
    assert saved_sum("EUR:cost", "the plan is meant to rescue the firm by cutting €")
    assert saved_sum("USD:cost", "the merger will reduce yearly costs by about $")
    assert not saved_sum("EUR:cost", "restructuring costs of €")
    assert not saved_sum("count:jobs", "the firm will cut ")  # a count of the jobs cut


def test_a_line_linking_to_another_article_is_told_apart() -> None:
    for line in (
        "SEE ALSO: '9,000 jobs in danger': unions warn of a merger",
        "Read more: Shares in a supplier fell after a warning",
        "READ MORE: Economists doubt the figures",
        "Related: Northwind's last overhaul cost 2,000 jobs",
    ):
        assert LINK_LINE.match(line)
    assert not LINK_LINE.match("Northwind said it will cut 4,000 jobs, see also its filing.")
    assert not LINK_LINE.match("Related companies lost 9,000 jobs.")
