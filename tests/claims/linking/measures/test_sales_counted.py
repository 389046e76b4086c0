"""A bare count in a sentence of a thing's sales counts that thing sold. Sentences are made up
for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _count(before: str, after: str, figure: str = "4.2 million") -> str:
    return measure_of(kind="count", figure=figure, before=before, after=after).key


def test_a_bare_count_after_a_things_sales_counts_that_thing() -> None:
    fell = _count("Kettle sales fell to ", " from 5.1 million a year earlier.")
    down = _count(
        "Revenue held up and toaster sales for the quarter were down four per cent to ",
        ".",
        figure="3.3m",
    )
    assert (fell, down) == ("count:kettle", "count:toaster")


def test_sales_named_by_no_thing_give_no_count_of_a_thing() -> None:
    # "quarterly sales", a sentence's opening "Sales" and "its own sales" name nothing sold.
    assert _count("Quarterly sales reached ", " for the group.") == "count:"
    assert _count("Sales rose to ", " last year.") == "count:"
    assert _count("Varn Mills said its own sales reached ", ".") == "count:"


def test_a_forecast_told_by_who_foretold_it_is_not_read_from_sales() -> None:
    key = measure_of(
        kind="count",
        figure="9m",
        noun="analysts",
        measure="analysts",
        before="The kettle sales figures beat the ",
        after=" analysts predicted, however.",
    ).key
    assert key != "count:kettle"
