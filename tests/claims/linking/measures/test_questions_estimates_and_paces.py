"""What a figure counts when its own words name nothing: the count an estimate raised to a new
figure counted, the thing a ranked increase is of; and a pace at an annual rate kept apart from
a change over a year. Sentences are made up."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _bare(figure: str, before: str, after: str, earlier: str, noun: str | None = None) -> str:
    return measure_of(
        kind="count", noun=noun, figure=figure, before=before, after=after, earlier=earlier
    ).key


def test_an_estimate_raised_to_a_bare_figure_counts_what_the_first_one_counted() -> None:
    before = (
        "The city permit first foresaw 80,000 would come to the rally — by Friday, organisers "
        "had upped their expected estimate to "
    )
    assert _bare("300,000", before, ".", "") == "count:crowd"
    # Without the raised estimate the bare figure names nothing.
    assert _bare("300,000", "By Friday, the organisers had said ", ".", "") == "count:"


def test_a_count_followed_by_a_modal_verb_is_read_by_the_verb_after_it() -> None:
    earlier = "The council first said 80,000 would march through Varn. "
    before = "Organisers had lifted their figure to "
    assert _bare("120,000", before, ".", earlier) == "count:crowd"


def test_a_ranked_increase_that_names_nothing_is_in_what_the_article_counted() -> None:
    earlier = (
        "The agency counted 3,140 overdose deaths in the region last year. "
        "Harlow had a 9.1 percent increase. "
    )
    ranked = measure_of(
        kind="percent",
        unit="percent",
        figure="about 41 percent",
        before="Varnshire had the region’s highest percentage increase at ",
        after=", but from a small base of 86 deaths.",
        earlier=earlier,
    )
    assert ranked.key == "percent:deaths"


def test_a_pace_at_an_annual_rate_is_not_the_change_over_a_year() -> None:
    pace = measure_of(
        kind="percent",
        unit="percent",
        figure="3.1 percent",
        before="Wages grew at a ",
        after=" annual rate over the last three months, compared with the prior three.",
    )
    rate_of = measure_of(
        kind="percent",
        unit="percent",
        figure="3.4 percent",
        before="Since March, hourly wages have increased at an annual rate of ",
        after=".",
    )
    year = measure_of(
        kind="percent",
        unit="percent",
        figure="3.1 percent",
        before="Wages were up ",
        after=" on a year earlier.",
    )
    assert year.key == "percent:pay"
    assert pace.key == rate_of.key == "percent:pay_annualised"
    # "The annual rate of inflation rose to 2.3%": the change from a year before.
    inflation = measure_of(
        kind="percent",
        unit="percent",
        figure="2.3%",
        before="The annual rate of inflation rose to ",
        after=" in May.",
    )
    assert not inflation.key.endswith("_annualised")
