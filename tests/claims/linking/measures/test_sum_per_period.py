"""A sum said with a period other than "a month" ("at a monthly pace of", "each week") in a
sentence that names one thing and says nothing of pay is a sum of that thing, as "€15bn of bond
purchases a month" already is; pay stays pay. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _sum(before: str, after: str) -> str:
    return measure_of(
        kind="money", unit="EUR", figure="€15 billion", before=before, after=after
    ).key


def test_a_sum_at_a_monthly_pace_is_of_the_thing_its_sentence_names() -> None:
    paced = _sum(
        "The central bank will resume net purchases under its asset purchase scheme at a "
        "monthly pace of ",
        " from March.",
    )
    converted = _sum("Bond purchases will restart at a weekly rate of ", " ($16 billion).")
    assert paced == converted == "EUR:asset_purchases"


def test_a_sum_each_month_is_of_the_thing_its_sentence_names() -> None:
    lead = "Bond purchases will resume, with the central bank buying "
    each, monthly = _sum(lead, " each month."), _sum(lead, " monthly.")
    weekly = _sum("Bond purchases will resume, with the central bank adding ", " every week.")
    assert each == monthly == weekly == "EUR:asset_purchases"


def test_a_monthly_salary_stays_pay() -> None:
    assert _sum("Nurses in the region earn a monthly salary of ", ".") == "EUR:pay"
    assert _sum("Teachers there are paid ", " each month.") != "EUR:asset_purchases"


def test_a_sum_with_no_period_and_no_noun_stays_unnamed() -> None:
    assert _sum("The central bank said ", " was enough.") == "EUR:"


def test_a_sum_takes_the_thing_named_in_its_own_clause() -> None:
    sentence = (
        "The central bank cut its deposit rate to minus 0.6 percent and will restart net "
        "purchases at a monthly pace of "
    )
    assert _sum(sentence, " from March.") == "EUR:asset_purchases"
