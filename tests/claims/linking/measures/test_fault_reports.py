"""Reports of a product's fault are one count however a report is worded; a report of a named
harm counts that harm. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _count(noun: str, before: str, after: str, figure: str = "41") -> str:
    return measure_of(
        kind="count", figure=figure, noun=noun, measure=noun, before=before, after=after
    ).key


def test_reports_incidents_and_complaints_of_one_fault_are_one_measure() -> None:
    keys = {
        _count("reports", "The regulator said it had received ", " so far."),
        _count("incidents", "Varn Appliances has logged ", " in Canada."),
        _count("complaints", "Buyers filed ", " of kettles overheating, the agency said."),
        _count("reports", "There were ", " of overheating heaters before the recall."),
    }
    assert keys == {"count:fault_reports"}


def test_reports_of_two_different_harms_stay_apart() -> None:
    burns = _count("reports", "The firm had ", " of burns and 12 of damage.", figure="9")
    told = _count("burns", "including ", " reported by users.", figure="9")
    damage = _count("claims", "and ", " of property damage, it said.", figure="12")
    involving = _count("incidents", "and ", " involving property damage.", figure="12")
    assert involving == damage
    assert burns == told == "count:injured"
    assert damage == "count:damage"
    assert burns != damage != _count("reports", "It received ", ".", figure="12")


def test_a_claim_with_no_harm_after_it_is_no_report_of_a_fault() -> None:
    assert _count("claims", "Jobless ", " fell last week.", figure="210,000") != (
        "count:fault_reports"
    )


def test_handsets_counted_are_units_sold_but_a_handsets_price_stays_a_price() -> None:
    keys = {
        _count("phones", "The agency recalled ", " last week.", figure="3 million"),
        _count("smartphones", "a recall of ", " made by Varn.", figure="3 million"),
        _count("devices", "about ", " went back to the shops.", figure="3 million"),
        _count("units", "roughly ", " were sold.", figure="3 million"),
    }
    assert keys == {"count:units_sold"}
    price = measure_of(
        kind="money", unit="USD", figure="$499", noun="handset", measure="handset",
        before="The new handset is priced at ", after=".",
    ).key  # fmt: skip
    assert not price.endswith("units_sold")
