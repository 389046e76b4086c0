"""A greenshoe (over-allotment) option is its own measure, not the price of the deal it sits in.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _share(before: str, after: str) -> str:
    return measure_of(kind="percent", unit="percent", figure="15%", before=before, after=after).key


def test_a_greenshoe_is_its_own_measure_not_the_deals_price() -> None:
    before = "Harlow Foods could raise $3.4bn in its listing if it exercises its "
    greenshoe = _share(before, " greenshoe option.")
    fused = _share(before, " overallotment option.")
    assert greenshoe == fused == "percent:over_allotment"


def test_other_shares_in_an_offering_are_no_over_allotment() -> None:
    assert _share("It priced the shares at a ", " discount.") != "percent:over_allotment"
    assert _share("The bank sold a ", " stake in the listing.") != "percent:over_allotment"
