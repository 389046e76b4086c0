"""How a product fault's reports, harms and units and a trial's efficacy and volunteers are
reduced to one measure however they are worded. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _count(noun: str | None, before: str, after: str, figure: str = "41") -> str:
    return measure_of(
        kind="count", figure=figure, noun=noun, measure=noun, before=before, after=after
    ).key


def _share(before: str, after: str, figure: str = "86 percent") -> str:
    return measure_of(kind="percent", figure=figure, before=before, after=after).key


def test_a_report_of_the_fault_after_an_article_is_still_the_fault_reported() -> None:
    with_article = _count("reports", "The agency logged ", " of the heaters overheating at home.")
    bare = _count("reports", "The agency logged ", " of heaters overheating at home.")
    assert with_article == bare == "count:fault_reports"


def test_cases_of_a_fault_are_reports_of_it_and_cases_of_an_illness_stay_cases() -> None:
    assert _count("cases", "Buyers told of ", " of kettle explosions in the region.") == (
        "count:fault_reports"
    )
    assert _count("cases", "Regulators counted ", " of chargers catching fire.") == (
        "count:fault_reports"
    )
    assert _count("cases", "Doctors confirmed ", " of measles in the district.") == "count:cases"
    assert _count("cases", "Doctors confirmed ", " of heart failure in the ward.") == (
        "count:cases"
    )


def test_burns_reported_and_burn_injuries_are_one_count_of_the_hurt() -> None:
    wordings = [
        ("reports", "Users sent in ", " of burns to the maker."),
        ("burns", "There were ", " reported by owners."),
        ("burn injuries", "The filing lists ", " among owners."),
    ]
    assert {_count(*wording, figure="17") for wording in wordings} == {"count:injured"}
    assert _count("claims", "and ", " of property damage, it said.", figure="17") != (
        "count:injured"
    )


def test_a_model_name_plural_counts_what_its_verb_says() -> None:
    assert _count("s", "About ", " have been sold so far.", figure="3 million Varn Q5s") == (
        "count:units_sold"
    )


def test_a_share_effective_and_an_efficacy_are_one_measure() -> None:
    keys = {
        _share("The maker said its shot was ", " effective in stopping the illness."),
        _share("Trial data show the vaccine is ", " effective."),
        _share("The drug showed ", " efficacy against the strain."),
        _share("The jab had an efficacy rate of ", ", the firm said."),
    }
    assert keys == {"percent:efficacy"}


def test_an_effective_tax_rate_is_no_efficacy() -> None:
    assert _share("Varnco paid an effective ", " tax rate last year.", "12%") == "percent:tax"


def test_an_interim_result_is_kept_apart_from_the_final_one() -> None:
    interim = _share("An interim analysis last month found it was more than ", " effective.")
    early = _share("A week after initial results showed the shot was ", " effective, the")
    final = _share("The final analysis found the shot was ", " effective.")
    assert interim == early == "percent:efficacy_interim"
    assert final == "percent:efficacy"


def test_trial_volunteers_are_counted_by_what_their_verbs_say() -> None:
    fell_ill = _count("trial participants", "Of the ", " who fell ill, most had the dummy.")
    tested = _count("volunteers", "About ", " tested positive during the study.")
    assert fell_ill == tested == "count:cases"
    assert _count("trial participants", "The study enrolled ", ".", figure="30,000") == (
        _count("people", "The study enrolled ", ".", figure="30,000")
    )
    # a march's participants are still its crowd
    assert _count("participants", "Organisers counted ", " at the rally.") == "count:crowd"


def test_a_figure_pointed_back_to_counts_what_it_counted_when_first_told() -> None:
    earlier = "The regulator has logged 41 incidents of heaters overheating. "
    key = measure_of(
        kind="count", figure="41 cases", noun="cases", measure="cases",
        before="Note that these ", after=" are from one region.", earlier=earlier,
    ).key  # fmt: skip
    assert key == "count:fault_reports"
    # without the pointer, or with no such figure before, a case stays a case
    unpointed = measure_of(
        kind="count", figure="41 cases", noun="cases", measure="cases",
        before="Doctors found ", after=" of flu.", earlier=earlier,
    ).key  # fmt: skip
    other = measure_of(
        kind="count", figure="17 cases", noun="cases", measure="cases",
        before="Note that these ", after=" are from one region.", earlier=earlier,
    ).key  # fmt: skip
    assert unpointed == other == "count:cases"
