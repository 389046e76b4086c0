"""Jobs or staff said with a word of cutting are the cut, whatever the noun; an amount of a
restructuring is its cost; territories, countries and markets counted are one count. Sentences
are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def count(noun: str | None, before: str, after: str = ".") -> str:
    return measure_of(kind="count", noun=noun, measure=noun, before=before, after=after).key


def test_jobs_roles_positions_and_staff_cut_are_one_cut() -> None:
    said = {
        count("jobs", "Harlow Mills plans to cut "),
        count("positions", "Harlow Mills confirmed plans to cut ", " across its business."),
        count("roles", "Harlow Mills announced it will cut "),
        count("staff", "Harlow Mills began laying off ", " around the world."),
        count("staff", "Shares fall as thousands of ", " axed"),
        count("jobs", "Harlow Mills is slashing over "),
        count("jobs", "Harlow Mills could eliminate as many as "),
        count("posts", "Harlow Mills said ", " will be axed by 2024."),
        count("jobs", "Harlow Mills starts cutting jobs with ", " at risk worldwide."),
        count(None, "Harlow Mills will reduce its global workforce by "),
        count("job cuts", "Harlow Mills announced "),
        count("redundancies", "Harlow Mills announced "),
    }
    assert said == {"count:job_cuts"}


def test_jobs_and_staff_without_a_cut_stay_jobs_and_a_headcount() -> None:
    assert count("jobs", "The economy added ", " in May.") == "count:jobs"
    assert count("jobs", "The union warned ", " were in danger.") == "count:jobs"
    assert count("employees", "Harlow Mills has ", " worldwide.") == "count:employees"
    # A level reached by a cut is a headcount, not the cut.
    assert count("employees", "Harlow Mills will reduce headcount to ") == "count:employees"
    assert count("staff", "Harlow cut 300 jobs from its ", " workforce.") != "count:job_cuts"


def test_an_amount_of_a_restructuring_is_its_cost() -> None:
    def money(before: str, after: str) -> str:
        return measure_of(kind="money", unit="EUR", before=before, after=after).key

    assert money("Harlow Mills will cut 300 jobs in a sweeping ", " overhaul.") == "EUR:cost"
    assert money("Harlow Mills booked ", " of restructuring charges.") == "EUR:cost"
    assert money("The plan will cost Harlow Mills ", ".") == "EUR:cost"


def test_territories_countries_and_markets_counted_are_one_count() -> None:
    said = {
        count("territories", "The film opened in "),
        count("markets", "The film opened in "),
        count("foreign markets", "The film opened in "),
        count("countries", "The phone goes on sale in "),
    }
    assert said == {"count:market"}
    share = measure_of(kind="percent", unit="percent", noun="territory", before="Rebels hold ")
    assert share.key == "percent:territory"


def test_assets_moved_are_one_amount_however_the_currency_is_written() -> None:
    def money(before: str, after: str = ".", phrase: str | None = None) -> str:
        return measure_of(
            kind="money", unit="EUR", noun=phrase, measure=phrase, before=before, after=after
        ).key

    said = {
        money("Varn will transfer ", " of risk weighted assets into a new unit."),
        money("a new unit with a value of ", phrase="euros of risk-weighted assets"),
        money("a new unit with a value of ", phrase="billion euros of risk-weighted assets"),
    }
    assert said == {"EUR:assets"}
    assert money("The Bank will buy ", " of financial assets.") == "EUR:asset_purchases"
