"""An offering made larger by a share of it to stabilise its price is the over-allotment.
Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _share(before: str, after: str) -> str:
    return measure_of(kind="percent", unit="percent", figure="12%", before=before, after=after).key


def test_an_offering_raised_to_stabilise_its_price_is_the_over_allotment() -> None:
    raised = _share(
        "Varnco said its bookrunner may increase the share issuance by ",
        " to stabilise trading in the first month.",
    )
    greenshoe = measure_of(
        kind="percent",
        unit="percent",
        figure="12%",
        noun="greenshoe option",
        measure="greenshoe option",
        before="Varnco could raise more if it exercises its ",
        after=" greenshoe option.",
    ).key
    assert raised == greenshoe == "percent:over_allotment"


def test_an_offering_raised_on_demand_is_not_the_over_allotment() -> None:
    assert _share("Varnco increased the offering by ", " on strong demand from funds.") != (
        "percent:over_allotment"
    )
