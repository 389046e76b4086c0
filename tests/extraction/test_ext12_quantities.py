"""ext12 (issue 9): an amount given with its conversion ("3 metres (9.8 feet)") and a period
said past either ("… a day"). Every sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

from claims.extraction import extract


def read(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(q.text, q.lower, q.upper, q.unit) for q in extract(text).quantities]


def test_a_slash_then_a_number_is_the_amount_converted_not_a_rate() -> None:
    assert read("The reservoir lost 3 million gallons/11.4 million litres overnight.") == [
        ("3 million gallons", 3000000, 3000000, "gal"),
        ("11.4 million litres", Decimal("11400000"), Decimal("11400000"), "L"),
    ]


def test_a_slash_between_bare_figures_is_still_no_quantity() -> None:
    assert read("The shop is open 24/7 since 9/11.") == []


def test_a_range_converted_in_brackets_is_a_range_without_between() -> None:
    found = read("Crews pumped between 2 and 3 metres (6.6 and 9.8 feet) of silt.")
    assert found == [
        ("between 2 and 3 metres", 2, 3, "m"),
        ("6.6 and 9.8 feet", Decimal("6.6"), Decimal("9.8"), "ft"),
    ]


def test_a_range_converted_after_or_and_after_a_slash() -> None:
    assert read("The dam is between 40 and 50 metres, or 131 and 164 feet, high.")[1] == (
        "131 and 164 feet",
        131,
        164,
        "ft",
    )
    found = read("The tanks hold 10 to 12 barrels (420 and 504 gallons/1,590 and 1,908 litres).")
    assert [(text, unit) for text, _, _, unit in found] == [
        ("10 to 12 barrels", "bbl"),
        ("420 and 504 gallons", "gal"),
        ("1,590 and 1,908 litres", "L"),
    ]


def test_and_between_two_single_amounts_is_no_range() -> None:
    # no range before the brackets: "and" joins two amounts, as it always did
    assert [text for text, *_ in read("It weighs 3 tonnes (6,600 and 7 pounds).")][0] == (
        "3 tonnes"
    )
    assert read("They shipped 3 tonnes and 4 tonnes.") == [
        ("3 tonnes", 3, 3, "t"),
        ("4 tonnes", 4, 4, "t"),
    ]


def test_a_period_past_the_conversion_belongs_to_both_amounts() -> None:
    found = read(
        "The spring gives between 1.2 million and 1.9 million gallons "
        "(4.5 million and 7.2 million litres) a day."
    )
    assert [(text, unit) for text, _, _, unit in found] == [
        ("between 1.2 million and 1.9 million gallons", "gal per day"),
        ("4.5 million and 7.2 million litres", "L per day"),
    ]
    found = read(
        "The pipeline carried 8,000 to 9,000 barrels "
        "(336,000 and 378,000 gallons/1.27 million and 1.43 million litres) per day."
    )
    assert [unit for *_, unit in found] == ["bbl per day", "gal per day", "L per day"]


def test_a_period_past_what_a_unit_measures_or_as_an_adverb() -> None:
    assert read("The mill burns up to 700 tonnes of wet wood a day.") == [
        ("up to 700 tonnes of wet wood a day", None, 700, "t per day")
    ]
    assert read("The mill burns 700 tonnes daily, its owner said.") == [
        ("700 tonnes daily", 700, 700, "t per day")
    ]


def test_no_period_where_the_words_say_none() -> None:
    assert read("The mill burned 700 tonnes of wood a year ago.")[0][3] == "t"
    assert read("The mill burns 700 tonnes daily rations.")[0][3] == "t"
    # a share in brackets is no conversion, and a count is never converted
    assert read("The mill burns 700 tonnes (up 4% on May) a day.")[0][3] == "t"
    assert read("The fair drew 900 people (mostly pupils) a day.")[0][3] == "people"


def test_a_bare_number_a_side_stands_on_is_counted_as_the_side_before_it() -> None:
    found = read(
        "The Greens are currently on 210 seats, four short of a majority. "
        "The Liberals are on 25, having lost ground."
    )
    assert found[-1] == ("25", 25, 25, "seats")
    assert read("Labour is on 41%, the poll found. The Tories are on 38.")[-1][3] == "percent"


def test_a_number_stood_on_with_no_such_side_before_it_stays_unread() -> None:
    assert read("The Liberals are on 25, having lost ground.") == []
    assert read("The Greens won 210 seats. The Liberals are on 25, having lost ground.") == [
        ("210 seats", 210, 210, "seats")
    ]
