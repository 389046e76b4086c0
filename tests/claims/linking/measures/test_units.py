"""Physical measures in several units and per periods: one flow told in barrels a day and in
gallons a day is one figure, and a unit's period may be said past what it measures."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking import currencies
from claims.linking.match import Figure, figure, same_claim
from claims.linking.measures import measure_of

DAY = datetime.date(2031, 5, 4)


def flow(key: str, low: str, high: str) -> Figure:
    """A range nobody claims, told on DAY."""
    return figure(
        claimant=None,
        measure_key=key,
        value=None,
        lower=Decimal(low),
        upper=Decimal(high),
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=DAY,
        statement="the leak from the broken pipeline",
    )


def test_an_amount_per_period_converts_to_other_units_of_the_same_period_only() -> None:
    assert "gal per day" in currencies.convertible("bbl per day")
    assert "gal" not in currencies.convertible("bbl per day")
    assert "GBP per month" in currencies.convertible("EUR per month")
    assert currencies.factor("bbl per day", "gal per day", None) == Decimal("42")
    assert currencies.factor("bbl per day", "gal per week", None) is None
    assert currencies.factor("bbl per day", "gal", None) is None
    assert currencies.dimension("L per day") == "volume per day"
    assert currencies.dimension("magnitude") is None


def test_a_unit_with_no_named_measure_is_known_by_its_dimension() -> None:
    acres = measure_of(kind="measure", unit="acre", before="The blaze has burned ")
    hectares = measure_of(kind="measure", unit="ha", before="The blaze has burned ")
    magnitude = measure_of(kind="measure", unit="magnitude", before="A ")
    assert (acres.key, hectares.key) == ("acre:area", "ha:area")
    assert magnitude.key == "magnitude:magnitude"  # a unit the table lacks stays its own


def test_a_period_said_past_the_substance_or_a_bracketed_conversion_is_the_units() -> None:
    of_crude = measure_of(kind="measure", unit="bbl", after=" of crude a day, engineers said")
    daily = measure_of(kind="measure", unit="bbl", after=" daily from the damaged line")
    bracketed = measure_of(kind="measure", unit="bbl", after=" (210,000 gallons) per day")
    inside = measure_of(kind="measure", unit="gal", after=") per day")
    held = measure_of(kind="measure", unit="bbl", after=" of crude, the owner said")
    assert {of_crude.key, daily.key, bracketed.key} == {"bbl per day:volume per day"}
    assert inside.key == "gal per day:volume per day"
    assert held.key == "bbl:volume"  # a stock, not a flow


def test_barrels_per_day_abbreviated_are_a_flow_not_a_count() -> None:
    found = measure_of(kind="count", unit="bpd", noun="bpd", measure="bpd")
    assert found.key == "bbl per day:volume per day"


def test_one_flow_in_barrels_and_in_gallons_a_day_is_one_claim() -> None:
    barrels = flow("bbl per day:volume per day", "12000", "15000")
    gallons = flow("gal per day:volume per day", "504000", "630000")
    link = same_claim(gallons, barrels)
    assert link is not None and "bbl converted to gal" in link.because()
    assert same_claim(flow("gal per day:volume per day", "700000", "900000"), barrels) is None
    assert same_claim(flow("gal:volume", "504000", "630000"), barrels) is None


def counted(noun: str, before: str = "", after: str = "") -> str:
    return measure_of(kind="count", noun=noun, measure=noun, before=before, after=after).key


def test_people_in_the_streets_are_a_crowd_whatever_verb_says_they_came() -> None:
    assert counted("people", after=" gathered outside the town hall") == "count:crowd"
    assert counted("people", after=" took to the streets of the port") == "count:crowd"
    assert counted("people", after=" joined the vigil on Friday") == "count:crowd"
    assert counted("spectators") == "count:crowd"


def test_words_of_an_outbreak_name_cases_doses_and_care_apart() -> None:
    assert counted("active cases") == "count:active_cases"
    assert counted("doses", after=" have been given so far") == "count:vaccine_doses"
    assert counted("adults", after=" are now fully vaccinated") == "count:vaccinated"
    assert counted("patients", after=" were in intensive care") == "count:intensive_care"
    assert counted("patients", after=" have recovered") == "count:recovered"
    assert counted("patients", after=" died in the ward overnight") == "count:deaths"


def test_people_under_rubble_are_their_own_count() -> None:
    assert counted("people", after=" remain trapped under collapsed flats") == "count:trapped"


def test_police_before_a_bare_number_are_who_counted_not_what_was_counted() -> None:
    # Police and rescuers are no concept: "police put the crowd at 90,000" would else count
    # police officers by the noun nearest the number.
    for before in ("Police estimated ", "The city police put the figure at "):
        assert measure_of(kind="count", before=before).key != "count:police"
