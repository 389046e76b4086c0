"""A bare count in a clause that names a thing's sales counts units of that thing. Sentences are
made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _key(kind: str, figure: str, before: str, after: str, **extra: str) -> str:
    return measure_of(kind=kind, figure=figure, before=before, after=after, **extra).key


def test_a_bare_count_of_a_things_sales_counts_that_thing() -> None:
    named = _key("count", "9.3 million tablets", "Varn sold ", " in the quarter.", noun="tablets")
    rose = _key("count", "9.3 million", "Varn's tablet sales rose to ", " in the quarter.")
    at = _key("count", "9.3m", "Tablet sales for the three months were down 4 per cent, at ", ".")
    assert named == rose == at == "count:tablet"


def test_the_count_analysts_predicted_is_of_the_things_sold() -> None:
    # The noun after the number is who foretold it; the clause names what it counts.
    foretold = _key(
        "count",
        "8m analysts",
        "The tablet sales figures were higher than the ",
        " predicted, however.",
        noun="analysts",
        measure="analysts",
    )
    assert foretold == "count:tablet"


def test_sales_that_name_no_thing_sold_count_nothing_new() -> None:
    assert _key("count", "9.3 million", "Quarterly sales rose to ", ".") == "count:"
    assert _key("count", "9.3 million", "Its sales rose to ", ".") == "count:"
    assert _key("count", "9.3 million", "Harlow's online sales rose to ", ".") == "count:"
    # Sales in money are revenue, which the lexicon leaves out: no thing sold is read.
    assert _key("money", "$9.3 billion", "Tablet sales rose to ", ".", unit="USD") == "USD:"
    # A share of sales is untouched.
    assert _key("percent", "4%", "Tablet sales rose ", ".", unit="percent") != "percent:tablet"


def test_a_greenshoe_is_its_own_measure_not_the_deals_price() -> None:
    before = "Harlow Foods could raise $3.4bn in its listing if it exercises its "
    greenshoe = _key("percent", "15%", before, " greenshoe option.", unit="percent")
    fused = _key("percent", "15%", before, " overallotment option.", unit="percent")
    assert greenshoe == fused == "percent:over_allotment"
    # A discount in the same kind of sentence is no over-allotment.
    assert _key("percent", "15%", "It priced the shares at a ", " discount.", unit="percent") != (
        "percent:over_allotment"
    )
