"""Quantities as news writes them: each test is one mechanism in the smallest sentence that shows
it (sentences written for these tests), asserting value or bounds, unit, kind and change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import QuantityCandidate, extract
from claims.extraction.units import KINDS


def quantities(text: str) -> list[QuantityCandidate]:
    return extract(text).quantities


def one(text: str) -> QuantityCandidate:
    found = quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def described(q: QuantityCandidate) -> tuple:
    """(wording, value, unit, kind)."""
    return (q.text, q.value, q.unit, q.kind)


def summary(q: QuantityCandidate) -> tuple:
    """(wording, value, unit, kind, change, difference)."""
    value = q.value if q.value is not None else (q.lower, q.upper)
    return (q.text, value, q.unit, q.kind, q.change, q.difference)


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit"),
    [
        ("The mill was sold for US$48 million last spring.", "US$48 million", 48_000_000, "USD"),
        ("Analysts priced the bonds at $US12.5m on Friday.", "$US12.5m", 12_500_000, "USD"),
        ("The mine cost A$3.1 billion to build.", "A$3.1 billion", 3_100_000_000, "AUD"),
        ("Ottawa pledged C$750 for each family.", "C$750", 750, "CAD"),
        ("The tower fetched HK$2.4bn at auction.", "HK$2.4bn", 2_400_000_000, "HKD"),
        ("A plate of noodles now costs RM2.05 in Penang.", "RM2.05", Decimal("2.05"), "MYR"),
        ("The lender wrote off USD10m of loans.", "USD10m", 10_000_000, "USD"),
        ("Tickets cost €35 at the door.", "€35", 35, "EUR"),
        ("The club paid £60m for the striker.", "£60m", 60_000_000, "GBP"),
        ("Rovers signed him for €75million on Monday.", "€75million", 75_000_000, "EUR"),
        ("The console sells for ¥39,980 in Osaka.", "¥39,980", 39_980, "JPY"),
        ("Onions sold at Rs 80 a kilo.", "Rs 80 a kilo", 80, "INR per kilo"),
        ("The startup is valued at $4.2b by its backers.", "$4.2b", 4_200_000_000, "USD"),
        ("The council set aside 2 million dollars.", "2 million dollars", 2_000_000, "USD"),
        ("The fare rose to 450 rupees.", "450 rupees", 450, "INR"),
        ("Growers were paid 30 Australian dollars a box.", "30 Australian dollars a box", 30,
         "AUD per box"),
    ],
)  # fmt: skip
def test_money_in_signs_codes_and_words_has_its_iso_code_as_unit(text, wording, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit, q.kind) == (wording, value, unit, "money")


def test_a_dollar_amount_that_looks_like_a_year_is_money_and_the_year_is_not_a_quantity():
    q = one("In 2009 the stall took $2000 on a good day.")
    assert (q.text, q.value, q.unit, q.kind) == ("$2000", 2000, "USD", "money")


def test_cents_are_hundredths_of_the_currency():
    q = one("The shares slipped 19 cents in late trading.")
    assert summary(q) == ("19 cents", Decimal("0.19"), "USD", "money", "down", True)


def test_fifty_pounds_of_flour_is_a_weight_but_five_million_pounds_is_money():
    assert one("She carried 50 pounds of flour.").unit == "lb"
    q = one("The charity raised 5 million pounds in a week.")
    assert (q.value, q.unit, q.kind) == (5_000_000, "GBP", "money")


# --- units glued and hyphenated ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit", "kind"),
    [
        ("The base model ships with 256GB of storage.", "256GB", 256, "GB", "measure"),
        ("The pipeline runs 2,000km across the steppe.", "2,000km", 2000, "km", "measure"),
        ("It uses a 2.4-liter engine.", "2.4-liter", Decimal("2.4"), "L", "measure"),
        ("The 185-hp motor is quiet.", "185-hp", 185, "hp", "measure"),
        ("Winds reached 120 km/h near the coast.", "120 km/h", 120, "km/h", "measure"),
        ("The lake is 40 square miles.", "40 square miles", 40, "sq mi", "measure"),
        ("It was 38°C in the shade.", "38°C", 38, "°C", "measure"),
        ("The runner covered 400 metres.", "400 metres", 400, "m", "measure"),
        ("A 50-year-old man was arrested.", "50-year-old", 50, "year", "age"),
        ("The court handed down a 15-year sentence.", "15-year", 15, "year", "duration"),
    ],
)
def test_units_glued_spaced_or_hyphenated(text, wording, value, unit, kind):
    assert described(one(text)) == (wording, value, unit, kind)


def test_5g_is_a_technology_name_not_five_of_anything():
    assert quantities("Carriers are building 5G networks and selling 4G phones.") == []


# --- compound units ----------------------------------------------------------------------------


def test_a_price_per_barrel_is_money_per_thing():
    q = one("Brent settled at $58.24 per barrel.")
    assert (q.text, q.value, q.unit, q.kind) == ("$58.24 per barrel", Decimal("58.24"),
                                                 "USD per barrel", "money")  # fmt: skip


def test_a_rate_per_thousand_people_is_a_ratio():
    q = one("The clinic sees 3 per 1,000 people each winter.")
    assert (q.text, q.value, q.unit, q.kind) == ("3 per 1,000 people", 3, "per 1,000 people",
                                                 "ratio")  # fmt: skip


def test_a_count_per_day_keeps_its_noun():
    q = one("The depot loads 40 lorries a day.")
    assert (q.value, q.unit, q.kind, q.noun) == (40, "lorries per day", "count", "lorries")


# --- ranges ------------------------------------------------------------------------------------


def test_a_range_with_the_sign_repeated_is_one_range_in_that_currency():
    q = one("Flats in the district sell from $800,000 to $1.3 million.")
    assert (q.lower, q.upper, q.unit, q.qualifier) == (800_000, 1_300_000, "USD", "range")


def test_between_x_and_y_is_an_inclusive_range():
    q = one("Between 5 and 10 boats left the harbour.")
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == (5, 10, True, True)
    assert (q.unit, q.kind) == ("boats", "count")


def test_a_hyphen_range_shares_the_percent_after_it():
    q = one("Rents are expected to climb by 5-10% next year.")
    assert (q.text, q.lower, q.upper, q.unit, q.kind) == ("5-10%", 5, 10, "percent", "percent")


def test_a_change_then_a_level_is_not_a_range():
    first, second = quantities("The index gained 0.7 percent to 6,327.80.")
    assert summary(first) == ("0.7 percent", Decimal("0.7"), "percent", "percent", "up", True)
    assert (second.text, second.value, second.lower, second.upper) == (
        "6,327.80",
        Decimal("6327.80"),
        Decimal("6327.80"),
        Decimal("6327.80"),
    )
    assert (second.change, second.difference) == ("up", False)


# --- change ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit", "change", "difference"),
    [
        ("Exports rose 2.8% in March.", "2.8%", Decimal("2.8"), "percent", "up", True),
        ("The stock fell by 19 cents.", "19 cents", Decimal("0.19"), "USD", "down", True),
        ("Turnout was 61%, up from 55% in the last vote.", "55%", 55, "percent", "up", False),
        ("Output changed -1.3% on the quarter.", "-1.3%", Decimal("-1.3"), "percent", "down",
         True),
        ("Sales saw a 12% drop after the recall.", "12%", 12, "percent", "down", True),
        ("Shares closed 4% higher.", "4%", 4, "percent", "up", True),
        ("Fares saw an increase of 6% this year.", "6%", 6, "percent", "up", True),
        ("The death toll climbed to 41 people.", "41 people", 41, "people", "up", False),
    ],
)  # fmt: skip
def test_direction_and_whether_the_number_is_the_change_or_a_level(
    text, wording, value, unit, change, difference
):
    found = {q.text: q for q in quantities(text)}
    q = found[wording]
    assert (q.value, q.unit, q.change, q.difference) == (value, unit, change, difference)


def test_a_points_change_its_share_and_the_level_it_ends_on():
    points, share, level = quantities("The index fell 208.29 points, or 1.3 percent, to 15,885.22.")
    assert summary(points) == ("208.29 points", Decimal("208.29"), "point", "other", "down", True)
    assert summary(share) == ("1.3 percent", Decimal("1.3"), "percent", "percent", "down", True)
    # the level takes the unit of the change it ends ("to 15,885.22" points)
    assert summary(level) == ("15,885.22", Decimal("15885.22"), "point", "other", "down", False)


def test_a_verb_that_takes_an_object_states_an_amount_not_a_change():
    raised, lost = quantities("The campaign raised $38 million and the army lost 12 tanks.")
    assert (raised.unit, raised.change) == ("USD", None)
    assert (lost.unit, lost.change) == ("tanks", None)


def test_the_same_verb_with_a_share_or_an_end_level_is_a_change():
    money, share, level = quantities("The stock lost $1.85, or 2.6%, to $70.20.")
    assert (money.value, money.change, money.difference) == (Decimal("1.85"), "down", True)
    assert (share.change, share.difference) == ("down", True)
    assert (level.value, level.change, level.difference) == (Decimal("70.20"), "down", False)


# --- fractions and multiples -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A third of the members voted.", Decimal("0.3333")),
        ("Two-thirds of the staff signed.", Decimal("0.6667")),
        ("Three quarters of the beds were full.", Decimal("0.75")),
        ("About 1/2 of the seats were empty.", Decimal("0.5")),
        ("More than half of the crew stayed.", Decimal("0.5")),
    ],
)
def test_fractions_are_ratios(text, value):
    q = one(text)
    assert ((q.value if q.value is not None else q.lower), q.unit, q.kind) == (
        value,
        "fraction",
        "ratio",
    )


def test_half_of_a_counted_whole_keeps_the_total():
    q = one("Rebels hold half of the 421 districts.")
    assert (q.value, q.unit, q.kind, q.total, q.noun) == (Decimal("0.5"), "fraction", "ratio",
                                                          421, "districts")  # fmt: skip


def test_a_second_half_and_a_third_term_are_not_fractions():
    assert quantities("In the second half she sought a third term.") == []


def test_multiples_are_ratios_in_times_and_a_comparison_is_a_change():
    q = one("Rents are twice as high as in 2010.")
    assert summary(q) == ("twice", 2, "times", "ratio", "up", True)
    q = one("The new reactor is 3 times larger than the old one.")
    assert (q.value, q.unit, q.kind, q.change) == (3, "times", "ratio", "up")
    assert summary(one("Fares have doubled.")) == ("doubled", 2, "times", "ratio", "up", True)
    q = one("The new pump uses three times less power.")
    assert (q.value, q.change) == (3, "down")
    assert (one("Output grew fourfold.").value, one("a 4:1 split").value) == (4, 4)


def test_twice_without_a_comparison_is_how_often_not_a_quantity():
    assert quantities("She visited twice and left a double espresso.") == []


def test_a_date_written_with_a_slash_is_not_a_fraction():
    assert quantities("The rules changed on 7/14/2021, long after 9/11.") == []


# --- number words, durations, ages ------------------------------------------------------------


def test_number_words_count_the_noun_after_other_and_of_a_possessive():
    deputies, employees = quantities("Two of Johnson's deputies and eight other employees quit.")
    assert (deputies.value, deputies.unit, deputies.kind) == (2, "deputies", "count")
    assert (employees.value, employees.unit, employees.kind) == (8, "employees", "count")


def test_durations_are_extracted_as_durations():
    q = one("The bridge will be finished in 15 years.")
    assert (q.text, q.value, q.unit, q.kind) == ("15 years", 15, "year", "duration")


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("A 6-year-old boy was rescued.", "6-year-old"),
        ("The driver, Tom Reyes, 34, was unhurt.", "34"),
        ("The victim was aged 71.", "71"),
        ("She is 29 years old.", "29 years old"),
    ],
)
def test_ages(text, wording):
    q = one(text)
    assert (q.text, q.unit, q.kind) == (wording, "year", "age")


# --- scores ------------------------------------------------------------------------------------


def test_game_scores_and_records_are_scores_without_a_value():
    beat, drew, record = quantities("Leeds beat Hull 3-1, drew 2-2 at home and are 6-2-0.")
    assert [(q.text, q.score, q.kind, q.value) for q in (beat, drew, record)] == [
        ("3-1", (3, 1), "score", None),
        ("2-2", (2, 2), "score", None),
        ("6-2-0", (6, 2, 0), "score", None),
    ]


# --- part of a whole and the claimant ---------------------------------------------------------


def test_part_of_a_whole_through_a_possessive_is_one_quantity():
    q = one("The rebels control 204 of the country's 407 districts.")
    assert (q.text, q.value, q.total, q.unit) == (
        "204 of the country's 407 districts",
        204,
        407,
        "districts",
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The ministry announced that 300 schools had reopened.", "ministry"),
        ("According to the Harbour Institute, 300 schools had reopened.", "Harbour Institute"),
        ("Union officials have said 300 schools had reopened.", "Union officials"),
        ("The mayor claimed that 300 schools had reopened.", "mayor"),
        # the cue is the figure's own qualifier: "estimated 1,200 people"
        ("The Harbour Institute estimated 1,200 schools had reopened.", "Harbour Institute"),
        # "X put the toll at N": an estimate
        ("The Harbour Authority put the toll at 312 on Sunday.", "Harbour Authority"),
        ("Organisers in Ossby put the number of marchers at about 40,000.", "Organisers"),
        # the data of a body show: the body claims the figure
        ("Data from the Harbour Institute showed 300 schools had reopened.", "Harbour Institute"),
        ("Figures released by the Varn Statistics Office showed 2,300 jobs went.", "Statistics"),
        ("The Harbour Institute's latest figures show 300 schools had reopened.", "Harbour"),
        ("The ministry's data showed that 300 schools had reopened.", "ministry"),
        # a body with a plural head takes the bare verb: "Authorities say", "… Centers … estimate"
        ("Authorities say 300 schools in Varn had reopened.", "Authorities"),
        ("The Centers for Harbour Safety estimate that 300 boats sank.", "Centers for Harbour"),
        ("Ossby police say 300 cars were towed.", "police"),
        ("The firefighters say 300 homes in Varn burned.", "firefighters"),
        # a forecast is its maker's claim
        ("Analysts had expected 300 schools in Varn to reopen.", "Analysts"),
        ("The Harbour Institute expects growth of 2.5% in Varn.", "Harbour Institute"),
    ],
)
def test_the_claimant_of_a_number(text, claimant):
    q = one(text)
    assert q.claimant is not None and claimant.lower() in q.claimant.lower()


# --- not quantities ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on March 3 and ended at 10:30 on 2021-07-14.",
        "Call 555-0199 or (202) 555-0143 before 5 p.m.",
        "The office at 575 Harbour Road opened in 1996.",
        "She bought an iPhone 11 and flew on a Boeing 737 past a Mi-24V.",
        "He finished 10th in the 1990s and again in the 2000s.",
        "Route 66 and Article 370 were in the news.",
    ],
)
def test_dates_times_phones_addresses_and_names_are_not_quantities(text):
    assert [q.text for q in quantities(text)] == []


def test_a_digit_chain_is_skipped_whole():
    assert quantities("Press 1-2-3-4-5-6 to continue.") == []


# --- bad numbers ------------------------------------------------------------------------------


def test_an_implausibly_large_count_is_kept_flagged_for_ingest_to_refuse():
    result = extract("The general claimed 1000000000000000000000 troops were ready.")
    (q,) = result.quantities
    assert (q.value, q.unit, q.confidence) == (Decimal(10) ** 21, "troops", 0.1)
    assert any("implausibly large number" in w for w in result.warnings)


def test_a_digit_run_too_long_to_be_a_number_is_skipped_with_a_warning():
    result = extract("Serial " + "9" * 60 + " was logged.")
    assert result.quantities == []
    assert any("unreadable number" in w for w in result.warnings)


# --- written forms found in news -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit", "kind"),
    [
        ("The province has given 4 512 903 doses so far.", "4 512 903 doses", 4_512_903, "doses",
         "count"),
        ("The judge handed down 8½ years.", "8½ years", Decimal("8.5"), "year", "duration"),
        ("Net profit was RM812.4mil for the year.", "RM812.4mil", 812_400_000, "MYR", "money"),
        ("It paid a dividend of 14.5sen per share.", "14.5sen per share", Decimal("0.145"),
         "MYR per share", "money"),
        ("The handset packs a 4100mAh battery.", "4100mAh", 4100, "mAh", "measure"),
        ("A magnitude 6.2 quake shook the valley.", "6.2", Decimal("6.2"), "magnitude", "measure"),
        ("The 5.8-magnitude tremor was felt inland.", "5.8-magnitude", Decimal("5.8"),
         "magnitude", "measure"),
        ("The farm lies half a mile from the river.", "half a mile", Decimal("0.5"), "mi",
         "measure"),
        ("The board approved a 3:1 share split.", "3:1", 3, "", "ratio"),
    ],
)  # fmt: skip
def test_written_forms(text, wording, value, unit, kind):
    assert described(one(text)) == (wording, value, unit, kind)


def test_a_headline_number_does_not_count_the_next_line():
    q = one("Festival Attendance Tops 48,210\nOrganisers were delighted.")
    assert (q.text, q.value, q.unit) == ("48,210", 48_210, "")


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck at 0415 UTC near the coast.",
        "Watch the clip (1:47) before the Standard & Poor's 500 index opens.",
        "It was a third minute goal from the captain.",
    ],
)
def test_clock_times_video_lengths_index_names_and_sequence_ordinals_are_not_quantities(text):
    assert [q.text for q in quantities(text)] == []


# --- leads, gaps and comparisons ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording", "unit", "change"),
    [
        ("In the poll, Ortiz leads Brandt by 9 points, 51 percent to 42 percent.", "9 points",
         "percentage point", "up"),
        ("The survey gives Ortiz a 6-point lead among women, 50 percent to 44 percent.",
         "6-point", "percentage point", "up"),
        ("The visitors trailed by 12 points at the break.", "12 points", "point", "down"),
        ("Profits beat forecasts by 40 percent.", "40 percent", "percent", "up"),
        ("The bank increased its main rate by 25 basis points.", "25 basis points",
         "basis point", "up"),
        ("Last year was 1.2°C above the pre-industrial average.", "1.2°C", "°C", "up"),
        ("The shares gave up $2.10 on Monday.", "$2.10", "USD", "down"),
        ("The fund was off 3.1% for the year.", "3.1%", "percent", "down"),
        ("She is 212 votes behind the leader.", "212 votes", "votes", "down"),
    ],
)  # fmt: skip
def test_leads_gaps_and_comparisons_are_changes(text, wording, unit, change):
    found = {q.text: q for q in quantities(text)}
    q = found[wording]
    assert (q.unit, q.change, q.difference) == (unit, change, True)


def test_from_x_to_y_after_a_distant_change_verb_is_two_levels():
    a, b, c = quantities("The rate was raised by 50 basis points from 3 percent to 3.5 percent.")
    assert (a.value, a.change, a.difference) == (50, "up", True)
    assert (b.value, b.qualifier, b.difference) == (3, "exactly", False)
    assert (c.value, c.qualifier, c.difference) == (Decimal("3.5"), "exactly", False)


def test_margin_of_error_is_not_a_lead():
    q = one("The poll's margin of error is 3 percentage points.")
    assert (q.unit, q.change) == ("percentage point", None)


# --- bounds written after the number -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("Residents aged 65 or older may apply.", 65, None),
        ("Teams with 20 seconds or fewer left rarely score.", None, 20),
        ("Households of six or more people qualify.", 6, None),
    ],
)
def test_bounds_written_after_the_number(text, lower, upper):
    q = one(text)
    assert (q.value, q.lower, q.upper) == (None, lower, upper)


# --- counts written without their noun --------------------------------------------------------


def test_a_list_of_numbers_shares_the_noun_of_its_last_item():
    found = quantities("The opposition parties won 41, 17 and 9 seats.")
    assert [(q.value, q.unit) for q in found] == [(41, "seats"), (17, "seats"), (9, "seats")]


def test_a_bare_number_before_a_verb_of_what_happened_takes_a_parallel_noun():
    found = quantities(
        "In the valley 14 people were killed and 230 were injured, 31 of them badly."
    )
    assert [(q.value, q.unit, q.total) for q in found] == [
        (14, "people", None),
        (230, "people", None),
        (31, "people", 230),
    ]


def test_a_streak_counts_its_noun():
    q = one("It was the ninth consecutive rise.")
    assert (q.value, q.unit, q.kind) == (9, "rise", "count")
    q = one("Prices rose for the 4th straight day.")
    assert (q.value, q.unit, q.kind) == (4, "day", "duration")


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit", "kind"),
    [
        ("The 120-seat chamber met.", "120-seat", 120, "seat", "count"),
        ("He served a three-year term.", "three-year", 3, "year", "duration"),
        ("Inflation rose one percent.", "one percent", 1, "percent", "percent"),
        ("Sales slowed over the past one week.", "one week", 1, "week", "duration"),
    ],
)
def test_hyphenated_counts_and_one_with_a_unit(text, wording, value, unit, kind):
    assert described(one(text)) == (wording, value, unit, kind)


def test_one_without_a_unit_and_a_five_star_rating_are_not_quantities():
    assert quantities("One of them stayed at a five-star hotel. One day he left.") == []


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("It was a 104-98 overtime win.", (104, 98)),
        ("The committee voted by a 5 to 4 majority.", (5, 4)),
        ("The panel deadlocked 3 to 3.", (3, 3)),
    ],
)
def test_scores_with_a_word_between_and_written_with_to(text, score):
    assert one(text).score == score


def test_at_the_age_of_is_an_age():
    q = one("She retired at the age of 61.")
    assert (q.value, q.unit, q.kind) == (61, "year", "age")


def test_a_text_denser_with_numbers_than_any_prose_is_read_up_to_a_bound_with_a_warning():
    from claims.extraction.quantities import MAX_NUMBERS_BASE, MAX_NUMBERS_PER_CHARS

    text = "$1 €2 £3 ¥4 " * 1000  # 4,000 amounts in 12 KB
    result = extract(text)
    bound = MAX_NUMBERS_BASE + len(text) // MAX_NUMBERS_PER_CHARS
    assert len(result.quantities) == bound
    assert [q.unit for q in result.quantities[:4]] == ["USD", "EUR", "GBP", "JPY"]
    assert any("were not read" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "wording", "value"),
    [
        ("The club finished in fourth-place.", "fourth-place", 4),
        ("They beat the second-placed side.", "second-placed", 2),
        ("A 3rd-place finish pleased the coach.", "3rd-place", 3),
        ("They are two games behind the six seed.", "six seed", 6),
    ],
)
def test_placings_are_ranks(text, wording, value):
    found = {q.text: q for q in quantities(text)}
    assert (found[wording].value, found[wording].kind) == (value, "rank")


def test_it_was_the_first_time_is_no_rank():
    assert quantities("It was the first time, and the first consecutive win.") == []


def test_parts_of_a_whole_written_with_hyphens_or_out_of():
    a, b = quantities("She hit 9-of-14 shots, and seven out of nine judges agreed.")
    assert (a.value, a.total) == (9, 14)
    assert (b.value, b.total, b.unit) == (7, 9, "judges")


def test_more_than_after_an_amount_is_a_comparison():
    found = quantities("Spending was $80 billion, $12 billion more than last year.")
    assert [(q.value, q.change, q.difference) for q in found] == [
        (80_000_000_000, None, False),
        (12_000_000_000, "up", True),
    ]


def test_a_vague_count_of_dollars_is_money():
    q = one("Donors gave millions of dollars.")
    assert (q.lower, q.unit, q.kind, q.vague) == (2_000_000, "USD", "money", True)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list(" ,.-–/:%$€£¥½()\n0123456789")
            + ["US$", "RM", "Rs ", "HK$", "bn", "m", "k", "million", "per", "a", "of", "the"]
            + ["km", "GB", "-year-old", "-hp", "percent", "points", "rose", "fell", "to", "from"]
            + ["between", "and", "or more", "half", "third", "twice", "times", "seed", "-of-"]
            + ["March", "2021", "No.", "iPhone", "Road", "UTC", "cents", "dollars", "in 10"]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_mix_of_number_pieces_gives_anchored_quantities_without_crashing(text):
    for q in extract(text).quantities:
        assert text[q.start : q.end] == q.text
        assert q.kind in KINDS
        assert q.change in (None, "up", "down")
        assert q.difference is False or q.change is not None
        if q.lower is not None and q.upper is not None:
            assert q.lower <= q.upper or q.score is not None


def test_out_of_after_the_counted_noun_gives_the_total():
    q = one("The party won at least 40 seats out of 75 contested.")
    assert (q.lower, q.total, q.unit) == (40, 75, "seats")


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Ortiz leads Brandt by 47 percent to 41 percent.", "47 percent"),
        ("Farmers make up 12 percent of the workforce.", "12 percent"),
        ("The drive hopes to sign up 40,000 volunteers.", "40,000 volunteers"),
        ("Gains of two to three years are typical.", "two to three years"),
        ("The tower stands 300 feet above the square.", "300 feet"),
    ],
)
def test_shares_phrasal_verbs_durations_and_heights_are_no_change(text, wording):
    q = {q.text: q for q in quantities(text)}[wording]
    assert (q.change, q.difference) == (None, False)


# --- issue 9: numbers the linking set showed missing ---------------------------------------


def test_a_number_grouped_in_thousands_glued_to_a_lower_case_word_lost_its_space():
    q = one("The county hired14,500 seasonal workers last spring.")
    assert described(q) == ("14,500 seasonal workers", 14500, "seasonal workers", "count")


@pytest.mark.parametrize(
    "text", ["Orders for the A320,000 series stalled.", "The plant assembled X1,500 units."]
)
def test_a_grouped_number_glued_to_a_capital_stays_a_model_name(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "wording", "value", "lower", "upper"),
    [
        ("Organisers put the crowd at half a million.", "half a million", 500000, 500000, 500000),
        ("Weekend ridership: 312k.", "312k", 312000, 312000, 312000),
        ("The port town of 2 million stayed calm.", "2 million", 2000000, 2000000, 2000000),
        ("Turnout was about half a million.", "about half a million", 500000, None, None),
        (
            "Estimates ranged between two and three million, officials said.",
            "between two and three million",
            None,
            2000000,
            3000000,
        ),
        ("Bookings neared the half-million mark.", "half-million mark", 500000, 500000, 500000),
    ],
)
def test_a_bare_amount_written_with_a_scale_is_a_count_with_its_bounds(
    text, wording, value, lower, upper
):
    q = one(text)
    assert (q.text, q.value, q.lower, q.upper, q.kind) == (wording, value, lower, upper, "count")


@pytest.mark.parametrize(
    "text",
    [
        "Finding it was one in a million.",
        "Thanks a million, she wrote.",
        "They sold the second half of the farm.",
    ],
)
def test_a_scale_word_in_a_figure_of_speech_is_no_amount(text):
    assert quantities(text) == []


def test_the_two_bounds_of_a_spelled_out_range_share_its_scale():
    q = one("Between 3 and 4 million households lost power.")
    assert (q.lower, q.upper, q.qualifier) == (3000000, 4000000, "range")


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Landslide kills 14 in hill village", "14"),
        ("The explosion injured 23, the fire service said.", "23"),
    ],
)
def test_a_bare_number_after_a_casualty_verb_counts_people(text, wording):
    q = one(text)
    assert (q.text, q.kind) == (wording, "count")


def test_a_bare_number_after_another_verb_is_still_an_identifier():
    assert quantities("The inspectors visited 14 in the morning.") == []


def test_a_multiple_after_a_capitalised_abbreviation_is_not_a_model_number():
    q = one("Rally in NYC 4 times bigger than last year")
    assert (q.text, q.value, q.kind, q.change) == ("4 times", 4, "ratio", "up")


@pytest.mark.parametrize(
    ("text", "wording", "lower", "qualifier"),
    [
        ("The deal ended up tripling the old record.", "tripling", 3, "exactly"),
        ("Rents are more than doubling in the centre.", "more than doubling", 2, "more than"),
    ],
)
def test_the_ing_form_of_a_multiplying_verb_is_a_multiple(text, wording, lower, qualifier):
    q = one(text)
    assert (q.text, q.lower, q.unit, q.qualifier, q.change) == (
        wording,
        lower,
        "times",
        qualifier,
        "up",
    )


def test_doubling_down_is_no_multiple():
    assert quantities("The minister is doubling down on the plan.") == []


def test_an_amount_with_a_scale_after_a_capitalised_name_is_no_model_number():
    q = one("The club paid Benfica 40 million euros for him.")
    assert described(q) == ("40 million euros", 40000000, "EUR", "money")


# --- issue 9: two figures side by side, steps in a rate, ratios ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The motion carried with 58.2 per cent –612,004 votes – in its favour.",
        "The motion carried with 58.2 per cent - 612,004 votes - in its favour.",
        "The motion carried with 58.2 per cent -612,004 votes- in its favour.",
        "The motion carried with 58.2% – 612,004 votes – in its favour.",
    ],
)
def test_a_dash_between_a_share_and_a_count_sets_two_figures_side_by_side(text):
    share, votes = quantities(text)
    assert described(share)[1:] == (Decimal("58.2"), "percent", "percent")
    assert described(votes)[1:] == (612004, "votes", "count")
    assert (share.lower, share.upper, votes.change) == (Decimal("58.2"), Decimal("58.2"), None)


@pytest.mark.parametrize(
    ("text", "lower", "upper", "unit"),
    [
        ("Rents rose 15–25 per cent in the city.", 15, 25, "percent"),
        ("Rents rose 15 per cent–25 per cent in the city.", 15, 25, "percent"),
        ("The track is 3 km - 5 km long.", 3, 5, "km"),
        ("Between 5 and 10 per cent of the crop failed.", 5, 10, "percent"),
    ],
)
def test_a_range_keeps_its_unit_after_the_second_figure_or_after_both(text, lower, upper, unit):
    q = one(text)
    assert (q.lower, q.upper, q.unit, q.qualifier) == (lower, upper, unit, "range")


def test_a_figure_after_its_word_and_a_bracket_is_no_identifier():
    _, share = quantities("Some 41,000 voted no (38.5%).")
    assert described(share) == ("38.5%", Decimal("38.5"), "percent", "percent")
    assert quantities("The flat at No. 12 was sold; see page 4.") == []


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit"),
    [
        ("The bank raised its rate by 50 basis points.", "50 basis points", 50, "basis point"),
        ("It announced a 50 basis point rise.", "50 basis point", 50, "basis point"),
        ("It made a half-percentage point rise.", "a half-percentage point",
         Decimal("0.5"), "percentage point"),
        ("It made a quarter-percentage point rise.", "a quarter-percentage point",
         Decimal("0.25"), "percentage point"),
        ("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point",
         Decimal("0.25"), "percentage point"),
        ("Rates rose by three-quarters of a percentage point.",
         "three-quarters of a percentage point", Decimal("0.75"), "percentage point"),
        ("Rates rose by 0.75 percentage point.", "0.75 percentage point", Decimal("0.75"),
         "percentage point"),
    ],
)  # fmt: skip
def test_a_step_in_a_rate_is_in_basis_or_percentage_points_however_it_is_worded(
    text, wording, value, unit
):
    q = one(text)
    assert (q.text, q.value, q.unit, q.kind, q.change) == (wording, value, unit, "percent", "up")


def test_a_rate_s_level_stays_percent_beside_its_step():
    step, level = quantities("The bank raised its rate by 50 basis points to 0.75%.")
    assert (step.unit, level.unit, level.value) == ("basis point", "percent", Decimal("0.75"))


def test_a_fraction_of_a_unit_joined_by_a_hyphen_or_of_a_is_that_unit():
    assert described(one("The ferry takes a quarter of an hour.")) == (
        "a quarter of an hour", Decimal("0.25"), "hour", "duration",
    )  # fmt: skip
    assert described(one("They walked two-thirds of a mile.")) == (
        "two-thirds of a mile", Decimal("0.6667"), "mi", "measure",
    )  # fmt: skip
    assert quantities("He scored in the second half-hour of play.") == []


@pytest.mark.parametrize(
    ("text", "wording", "value"),
    [
        ("Members backed the merger by a margin of three to one.", "three to one", 3),
        ("Members backed the merger by a three-to-one margin.", "three-to-one", 3),
        ("The tally was 3 to 1 in favour of the merger.", "3 to 1", 3),
        ("Bookmakers offered odds of ten to one.", "ten to one", 10),
    ],
)
def test_x_to_one_is_a_ratio_as_a_colon_writes_it(text, wording, value):
    assert described(one(text)) == (wording, value, "", "ratio")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The committee voted 3 to 1.", "score"),
        ("Shifts last three to four hours.", "duration"),
    ],
)
def test_a_tally_and_a_range_are_no_ratio(text, kind):
    assert one(text).kind == kind


def test_a_fall_from_x_to_one_is_no_ratio():
    assert quantities("Staff fell from five to one.") == []


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit", "change"),
    [
        ("The toll of the flood rose by four on Sunday.", "four", 4, "", "up"),
        ("The council cut the budget by a third.", "a third", Decimal("0.3333"), "fraction",
         "down"),
        ("Ticket sales fell by half in March.", "half", Decimal("0.5"), "fraction", "down"),
        ("Output fell by three quarters in a year.", "three quarters", Decimal("0.75"),
         "fraction", "down"),
    ],
)  # fmt: skip
def test_a_number_word_that_is_the_size_of_a_change_after_by_stands_alone(
    text, wording, value, unit, change
):
    q = one(text)
    assert (q.text, q.value, q.unit, q.change) == (wording, value, unit, change)
    assert q.difference


def test_a_number_word_without_a_change_stays_what_it_was():
    assert quantities("She scored four in the second half.") == []
    assert one("The side played three quarters in a row.").unit == "quarter"


def test_part_of_those_with_a_noun_counts_that_noun():
    q = quantities("The toll reached 40. Police said 31 of those victims were named.")[-1]
    assert (q.text, q.value, q.noun) == ("31 of those victims", 31, "victims")


def test_another_bare_number_counts_what_the_count_before_it_counted():
    q = quantities("Floods wrecked 812 homes. Another 95 were damaged.")[-1]
    assert (q.text, q.value, q.kind, q.unit) == ("95", 95, "count", "homes")


def test_tens_of_thousand_without_its_s_is_still_tens_of_thousands():
    q = one("The storm forced tens of thousand of residents out.")
    assert (q.lower, q.vague, q.noun) == (20000, True, "residents")


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Only one district reported no cases.", "one district"),
        ("The plan was opposed by one director.", "one director"),
    ],
)
def test_only_one_and_an_agent_s_one_count_the_noun_after(text, wording):
    q = one(text)
    assert (q.text, q.value, q.kind) == (wording, 1, "count")


@pytest.mark.parametrize(
    "text",
    ["There is only one way out.", "Only one of them stayed.", "It was built by one of them."],
)
def test_a_lone_one_in_a_figure_of_speech_is_still_no_count(text):
    assert quantities(text) == []


# --- issue 9, round 2: multiples, levels neared or moved to, a change then its level ---------


@pytest.mark.parametrize(
    ("text", "wording", "value", "lower"),
    [
        ("Queues at noon were eight times a quiet Sunday's.", "eight times", 8, 8),
        ("Sales ran more than six times a typical month.", "more than six times", None, 6),
        ("Sales ran more than 6 times an average week.", "more than 6 times", None, 6),
        ("The Rally Drew Four Times As Many As Last Year", "Four Times", 4, 4),
    ],
)
def test_n_times_a_baseline_is_a_multiple(text, wording, value, lower):
    q = one(text)
    assert (q.text, q.value, q.lower, q.kind, q.unit) == (wording, value, lower, "ratio", "times")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The ferry sails four times a week.", "times per week"),
        ("Nurses check the ward 6 times a night.", "times per night"),
    ],
)
def test_n_times_a_period_stays_a_frequency(text, unit):
    q = one(text)
    assert (q.kind, q.unit) == ("count", unit)


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit"),
    [
        ("Readings were approaching 40 degrees by noon.", "approaching 40 degrees", 40, "degree"),
        (
            "The petition is nearing 9,000 signatures.",
            "nearing 9,000 signatures",
            9000,
            "signatures",
        ),
        (
            "Attendance was approaching the half-million mark.",
            "approaching the half-million mark",
            500_000,
            "",
        ),
        ("The index was nearing the 20,000 milestone.", "nearing the 20,000 milestone", 20_000, ""),
    ],
)
def test_a_level_being_neared_is_approximate(text, wording, value, unit):
    q = one(text)
    assert (q.text, q.value, q.qualifier, q.unit) == (wording, value, "about", unit)


def test_the_n_mark_without_a_qualifier_is_the_number_not_a_count_of_marks():
    q = one("Sales passed the 1,000 mark in May.")
    assert (q.value, q.kind, q.unit) == (1000, "count", "")


@pytest.mark.parametrize(
    ("text", "wording", "value", "unit"),
    [
        ("Death toll up to 38 as rivers rise", "38", 38, "deaths"),
        ("The death toll is now up to 38.", "38", 38, "deaths"),
        ("Turnout was inching up to 60 percent by noon.", "60 percent", 60, "percent"),
        ("Inflation ticked up to 2.1 percent in May.", "2.1 percent", Decimal("2.1"), "percent"),
    ],
)
def test_up_to_after_a_moving_figure_is_the_level_it_reached(text, wording, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit, q.change, q.difference) == (wording, value, unit, "up", False)


@pytest.mark.parametrize(
    "text",
    [
        "Up to 400 people may be affected.",
        "The toll could be up to 90.",
        "Sea levels could rise up to 2 metres.",
        "The mill will cut up to 300 jobs.",
        "Gusts killed up to 12 people.",
    ],
)
def test_up_to_as_a_ceiling_stays_an_upper_bound(text):
    q = one(text)
    assert (q.value, q.qualifier) == (None, "up to")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Orders were revised up by 12,000 to 143,000.", "up"),
        ("Members fell by 30 to 410 in March.", "down"),
    ],
)
def test_by_a_step_to_a_far_larger_number_is_a_change_then_its_level(text, direction):
    step, level = quantities(text)
    assert (step.value, step.change, step.difference) == (step.lower, direction, True)
    assert (level.value, level.change, level.difference) == (level.lower, direction, False)
    assert level.value > 5 * step.value


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Fares will rise by 3 to 4 percent.", (3, 4)),
        ("Rents climbed by 10 to 15 percent.", (10, 15)),
    ],
)
def test_by_a_range_of_one_size_stays_a_range(text, bounds):
    q = one(text)
    assert ((q.lower, q.upper), q.qualifier, q.change) == (bounds, "range", "up")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The bank cut its rate by 50 basis points to 1.5 percent.", "down"),
        ("Joblessness rose by 0.3 percent to 6.1 percent.", "up"),
    ],
)
def test_a_change_by_one_share_to_another_is_a_step_and_a_level(text, direction):
    step, level = quantities(text)
    assert (step.change, step.difference) == (direction, True)
    assert (level.change, level.difference) == (direction, False)


def test_a_lead_by_one_share_to_another_is_still_a_split():
    first, second = quantities("The mayor leads her rival by 47 percent to 41 percent.")
    assert (first.change, second.change) == (None, None)


def test_a_list_that_leaves_out_verb_and_unit_after_each_name_keeps_every_item():
    # "…, Labour 261": the number after a name is the next item of the list, not an
    # identifier such as "Flight 17", and takes the first item's unit and what it measures.
    found = quantities(
        "The Greens were projected to win 318 seats, the Reds 261 and the Varn Party 35."
    )
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("318 seats", 318, "seats"),
        ("261", 261, "seats"),
        ("35", 35, "seats"),
    ]
    shares = quantities(
        "Harlow First was forecast to win 42% of the vote, Tarnby Labour 40%, the Greens 7%."
    )
    assert [(q.text, q.measure) for q in shares] == [
        ("42%", "the vote"),
        ("40%", "the vote"),
        ("7%", "the vote"),
    ]


def test_a_name_and_number_after_a_list_item_that_reads_as_a_model_or_an_article_is_left_out():
    assert [q.text for q in quantities("It has 300 staff, and Article 50 says so.")] == [
        "300 staff"
    ]
    assert [q.text for q in quantities("He sold 300 cars, Model 3 and Model Y.")] == ["300 cars"]


def test_an_m_that_ends_its_clause_beside_money_scaled_the_same_way_is_a_million():
    # A writer who prints "$215.6bn" prints millions as "45.5m"; on its own "45.5m" is a length.
    found = quantities("Tarnby's sales fell 8% to $215.6bn and its unit sales fell, at 45.5m.")
    assert described(found[-1]) == ("45.5m", Decimal("45500000"), "", "count")
    assert described(one("The Harlow tower is 45.5m.")) == (
        "45.5m",
        Decimal("45.5"),
        "m",
        "measure",
    )
    found = quantities("Sales were $2bn; the Varn wall is 45.5m high.")
    assert described(found[-1]) == ("45.5m", Decimal("45.5"), "m", "measure")


def test_pc_glued_to_a_number_is_per_cent_as_british_papers_print_it():
    found = one("Officials in Tarnby said about 70 to 80pc of the town was destroyed.")
    assert (found.lower, found.upper, found.unit) == (70, 80, "percent")
    assert one("He bought 3 PC games.").unit == "games"


def test_a_weekday_after_a_number_is_when_not_what_was_counted():
    found = one("The toll in Varn rose to 1,744 Monday, officials said.")
    assert (found.text, found.unit) == ("1,744", "deaths")


def test_two_bare_figures_of_one_size_joined_by_or_are_one_guess_with_both_bounds():
    found = one("The mayor of Harlow said 2,000 or 2,500 people had died.")
    assert (found.text, found.lower, found.upper, found.unit) == (
        "2,000 or 2,500 people",
        2000,
        2500,
        "people",
    )
    assert [q.text for q in quantities("Varn said 4 or 40 people died.")] == ["4", "40 people"]


def test_a_count_short_of_a_mark_counts_what_its_sentence_counts_not_short_things():
    found = quantities("The Harlow party is on 318 seats, eight short of the 326 needed.")
    assert [(q.text, q.unit) for q in found] == [
        ("318 seats", "seats"),
        ("eight", "seats"),
        ("326", "seats"),
    ]
    assert one("The Varn party would be 12 short of a majority.").unit == ""


def test_the_size_of_a_majority_is_a_count_though_no_noun_follows():
    assert one("To govern Varn, a party needs a majority of 326.").value == 326


def test_a_list_of_names_and_bare_numbers_takes_the_unit_of_the_sentence_before():
    found = quantities(
        "The poll says the Harlow party could get 214 MPs.\n\n"
        "Varn Labour would get 166, the Tarnby Greens 14 and the Ostrava League 9, it says."
    )
    assert [(q.text, q.unit) for q in found] == [
        ("214 MPs", "MPs"),
        ("166", "MPs"),
        ("14", "MPs"),
        ("9", "MPs"),
    ]
    # no list after it: a bare number stays out
    assert [q.text for q in quantities("Harlow has 214 MPs. Varn would get 166.")] == ["214 MPs"]


def test_a_table_written_one_line_a_row_counts_the_last_column_its_header_names():
    text = (
        "The results, in order of party, leader and seats.\n\n"
        "Harlow Party, Anna Varn, 218\n"
        "Tarnby League, Piet May, 162\n"
        "Others, 13\n\n"
        "Varn spoke first."
    )
    assert [(q.text, q.unit) for q in quantities(text)] == [
        ("218", "seats"),
        ("162", "seats"),
        ("13", "seats"),
    ]
    # one line alone is no table
    assert (
        quantities("The results, in order of party, leader and seats.\n\nHarlow, Varn, 218\n") == []
    )


def test_a_month_name_then_a_comma_does_not_make_the_next_number_a_date():
    assert one("In May, 20 people left Tarnby.").text == "20 people"


def test_a_count_after_a_name_then_short_of_a_mark_is_a_count_and_so_is_the_mark():
    found = quantities(
        "The poll put Varn on course for a hung parliament, with Tories 12 seats short of "
        "the 326 they need."
    )
    assert [(q.text, q.unit) for q in found] == [("12 seats", "seats"), ("326", "seats")]
    found = quantities("A coalition in Tarnby would have 313 seats, short of the 326 figure.")
    assert [(q.text, q.unit) for q in found] == [("313 seats", "seats"), ("326 figure", "seats")]


def test_seats_gained_or_lost_are_a_change_in_a_party_tally_unlike_tanks_lost():
    found = one("The Varn party gained two seats in Tarnby.")
    assert (found.change, found.difference) == ("up", True)
    assert one("The Harlow army lost 12 tanks.").change is None


def test_a_line_break_inside_a_long_sentence_of_wrapped_copy_does_not_split_number_and_noun():
    text = (
        "The governor of Tarnby said he hoped to reach something like 29\n"
        "villages left where the toll is still unknown."
    )
    found = one(text)
    assert (found.value, found.unit) == (29, "villages")
    # a short headline line stays apart from the line after it
    assert quantities("Tarnby floods reach 29\nvillages vote today") == []


def test_a_rate_per_diluted_share_is_per_share():
    assert one("Tarnby Corp earned $1.67 per diluted share.").unit == "USD per share"
    assert one("Tarnby Corp earned $1.96 per basic share.").unit == "USD per share"


def test_a_half_dozen_is_six():
    found = one("The storm cut through a half-dozen islands near Varn.")
    assert (found.value, found.unit) == (6, "islands")


def test_a_scale_joined_by_a_hyphen_multiplies_the_number():
    found = one("Brackwell Foods agreed to buy the grocer for $4.2-billion in cash.")
    assert (found.value, found.unit, found.text) == (Decimal("4200000000"), "USD", "$4.2-billion")
    assert one("Orlen Mills lost C$850-million last quarter.").value == Decimal("850000000")


def test_a_period_dated_by_last_or_this_is_when_not_what_was_counted():
    found = one("Road deaths in Varn climbed to nearly 3,400 last year.")
    assert (found.value, found.unit, found.kind) == (Decimal("3400"), "", "count")
    assert one("Orders at the Tarnby depot reached 8,100 this week.").kind == "count"


def test_minus_before_a_percentage_is_its_sign():
    found = one("Burglaries fell in Ossby (minus 18 percent).")
    assert (found.value, found.change, found.text) == (Decimal("-18"), "down", "minus 18 percent")
    # a temperature is not a change: the word is left as it was
    assert one("The lake at Varn froze at minus 4 degrees.").value == Decimal("4")


def test_one_in_a_small_whole_is_a_share_not_a_count_of_the_noun():
    found = one("One in five tenants in Varn is behind on rent.")
    assert (found.value, found.unit, found.text) == (Decimal("0.2"), "fraction", "One in five")
    assert one("Roughly one in seven lorries at the Tarnby depot failed the check.").value == (
        Decimal("0.1429")
    )
    assert one("At Ossby school, one in 10 pupils walks there.").value == Decimal("0.1")


def test_a_share_after_capitalised_headline_words_is_no_identifier():
    found = one("Ferry Fares 30% Higher on the Varn Crossing")
    assert (found.value, found.unit, found.change) == (30, "percent", "up")
    assert one("Tarnby Crop Yields 12 Per Cent Lower After Floods").value == 12
    # a capitalised name before a plain number still marks an identifier
    assert quantities("The Varn Express 370 left on time.") == []


def test_a_glued_m_before_people_or_children_is_a_million():
    found = one("About 1.4m people live along the Varn estuary.")
    assert (found.value, found.unit) == (Decimal("1400000"), "people")
    assert one("Nearly 2m children in Tarnby were vaccinated.").value == Decimal("2000000")
    # a distance before a possessive stays a length: "the 100m women's final"
    assert one("Ossby took the 100m women's final in record time.").unit == "m"


def test_a_toll_alone_counts_the_dead():
    found = one("Officials in Varn put the toll at 312 on Sunday.")
    assert (found.value, found.unit) == (312, "deaths")
    assert one("The toll has risen to 45, the Ossby mayor said.").unit == "deaths"


def test_a_lone_one_in_a_list_of_tallies_is_an_item_of_the_list():
    found = quantities(
        "The survey put the Reds on 214 seats, the Blues on 40 and the Greens on one."
    )
    assert [(q.text, q.value, q.unit) for q in found][-1] == ("one", 1, "seats")


def test_a_lone_one_before_the_singular_of_a_tally_just_counted_counts_it():
    text = "The Reds would lose 12 seats in Varn. The Greens would keep one seat there."
    assert [(q.text, q.value) for q in quantities(text)] == [("12 seats", 12), ("one seat", 1)]
    # not a figure of speech after an unrelated count
    assert [q.text for q in quantities("Ossby played 30 games. One day, a fan wrote.")] == [
        "30 games"
    ]


def test_a_tally_named_by_its_noun_gives_the_bare_figures_their_unit():
    found = quantities("The Reds raised their seat tally in Varn from 96 to 127.")
    assert [(q.value, q.unit) for q in found] == [(96, "seats"), (127, "seats")]
    assert one("Tarnby's medal count stood at 38 on Sunday.").unit == "medals"


def test_a_list_item_may_be_followed_by_with_and_the_rest_of_the_tally():
    found = quantities(
        "The Varn poll had Leave on 48 per cent and Remain on 44 with 8 per cent unsure."
    )
    assert [(q.value, q.unit) for q in found] == [(48, "percent"), (44, "percent"), (8, "percent")]


def test_a_magnitude_named_by_its_scale_after_it_or_by_of_before_it():
    found = one("The Varn quake measured 5.8 on the Richter scale.")
    assert (found.value, found.unit, found.kind) == (Decimal("5.8"), "magnitude", "measure")
    found = one("Seismologists put the Ossby tremor at a magnitude of 4.9 on Friday.")
    assert (found.value, found.unit) == (Decimal("4.9"), "magnitude")


def test_the_estimated_before_a_figure_is_an_adjective_not_a_cue():
    assert one("Compare that with the estimated 5,000 riders in Varn.").claimant is None


def test_a_bare_verb_after_a_singular_subject_is_no_cue():
    assert one("The mayor say 300 schools in Varn had reopened.").claimant is None


def test_an_expected_figure_passive_or_adjectival_has_no_claimant_from_it():
    found = quantities("Varn sales rose 3.1%, less than a 3.4% rise expected by traders.")
    assert [q.claimant for q in found] == [None, None]


def test_a_number_and_more_alone_counts_what_a_figure_before_it_counted():
    found = quantities("Varn scored 3 goals in the first half and added two more in the second.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("3 goals", 3, "goals"),
        ("two more", 2, "goals"),
    ]
    # "more than" compares; a lone "seven more" with nothing counted before is no figure
    assert quantities("Ossby wants seven more.") == []
