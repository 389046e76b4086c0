"""Single rules, each in the smallest text that shows it."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.extraction import Extraction, QuantityCandidate, QuoteCandidate, extract


def one_quantity(text: str) -> QuantityCandidate:
    quantities = extract(text).quantities
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


def one_quote(text: str, published_on: datetime.date | None = None) -> QuoteCandidate:
    quotes = extract(text, published_on).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def test_a_plain_count_is_exact_with_equal_inclusive_bounds():
    q = one_quantity("Officials found 22 commandos.")
    assert (q.value, q.lower, q.upper) == (22, 22, 22)
    assert (q.lower_inclusive, q.upper_inclusive, q.qualifier) == (True, True, "exactly")


def test_at_least_is_an_inclusive_lower_bound_without_a_point_value():
    q = one_quantity("At least 85 per cent of the country.")
    assert (q.value, q.lower, q.upper, q.lower_inclusive) == (None, 85, None, True)
    assert q.measure == "the country"


def test_over_and_more_than_are_exclusive_lower_bounds():
    assert one_quantity("It holds over 85% of land.").lower_inclusive is False
    q = one_quantity("more than 1,000 troops fled")
    assert (q.lower, q.lower_inclusive, q.qualifier) == (1000, False, "more than")


def test_vague_counts_keep_a_conservative_lower_bound():
    bounds = {
        word: one_quantity(f"{word} of soldiers fled.").lower
        for word in ("dozens", "hundreds", "thousands")
    }
    assert bounds == {"dozens": 24, "hundreds": 200, "thousands": 2000}
    assert one_quantity("Thousands of soldiers fled.").vague is True


def test_a_range_scale_applies_to_both_ends():
    q = one_quantity("between 1 and 2 million people")
    assert (q.lower, q.upper) == (Decimal(1_000_000), Decimal(2_000_000))


def test_from_x_to_y_after_a_change_verb_is_not_a_range():
    quantities = extract("Prices rose from 20 percent to 30 percent.").quantities
    assert [(q.value, q.qualifier) for q in quantities] == [(20, "exactly"), (30, "exactly")]


def test_durations_are_quantities_of_their_own_kind_and_a_lone_one_is_not():
    (q,) = extract("20 years after the war, one instance stood out.").quantities
    assert (q.text, q.value, q.unit, q.kind) == ("20 years", 20, "year", "duration")
    (q,) = extract("in the past two months").quantities
    assert (q.text, q.value, q.unit, q.kind) == ("two months", 2, "month", "duration")


def test_ordinals_decades_and_clock_times_are_not_quantities():
    assert extract("the 10th day of the 1990s at 10:30 with 3 pm").quantities == []


def test_currency_is_the_unit():
    q = one_quantity("The fund paid $1.5 million.")
    assert (q.value, q.unit, q.kind, q.text) == (1_500_000, "USD", "money", "$1.5 million")


def test_a_quantity_inside_a_quote_is_claimed_by_the_speaker():
    q = one_quantity("“We lost 12 tanks,” said Omar Zakhilwal.")
    assert q.claimant == "Omar Zakhilwal"


def test_the_statement_is_the_sentence_without_the_according_to_lead():
    q = one_quantity("Earlier news. According to CNN, at least 22 commandos were executed.")
    assert q.statement == "At least 22 commandos were executed."
    assert q.claimant == "CNN"


def test_said_on_is_resolved_against_the_publication_date():
    quote = one_quote("On July 10, he had said, “We will hold.”", datetime.date(2021, 7, 14))
    assert quote.said_on == datetime.date(2021, 7, 10)
    quote = one_quote("On Tuesday, Ana Ruiz said, “We will hold.”", datetime.date(2021, 7, 14))
    assert quote.said_on == datetime.date(2021, 7, 13)


def test_the_date_header_stands_in_for_a_missing_publication_date():
    result = extract(" date 2021-07-14 On July 10, Ana Ruiz said, “We will hold.”")
    assert result.published_on == datetime.date(2021, 7, 14)
    assert result.quotes[0].said_on == datetime.date(2021, 7, 10)
    assert result.quantities == []


def test_role_phrases_and_pronouns_resolve_to_one_speaker():
    text = (
        "Afghanistan’s Ambassador to India Farid Mamundzay said talks continue. "
        "The Afghan envoy added that “we are not seeking troops,” he said."
    )
    result = extract(text)
    assert [(q.speaker, q.speaker_from) for q in result.quotes] == [("Farid Mamundzay", "pronoun")]
    (speaker,) = result.speakers
    assert speaker.aliases == (
        "Afghanistan's Ambassador to India",
        "Afghanistan's Ambassador to India Farid Mamundzay",  # as written, role and name
        "the Afghan envoy",
    )


def test_the_taliban_canonicalises_to_taliban():
    for text in ("The Taliban said “we hold the city now.”", "Taliban’s spokesman said so."):
        names = {s.name for s in extract(text).speakers} | {
            q.speaker for q in extract(text).quotes if q.speaker
        }
        assert names <= {"Taliban"} or "Taliban" in names


def test_a_venue_stated_with_reported_speech_carries_to_later_quotes():
    text = (
        "In an interview with NDTV, Farid Mamundzay said help is needed. "
        "“We are not seeking troops,” he said."
    )
    assert one_quote(text).via == "NDTV"


def test_short_inline_phrases_without_speech_are_scare_quotes():
    assert extract("India was “naturally” a place he said it would go.").quotes == []
    assert extract("He stopped for a “technical halt” in Iran.").quotes == []


def test_a_short_quote_with_its_attribution_is_still_a_quote():
    assert one_quote("“No,” she said. Maria Lopez then left.").text == "No"


def test_to_dict_gives_numbers_and_iso_dates():
    result: Extraction = extract(
        "On July 10, Ana Ruiz said, “We hold 1.5 million tonnes.”", datetime.date(2021, 7, 14)
    )
    items = result.to_list()
    assert items[0]["said_on"] == "2021-07-10"
    assert items[1]["value"] == 1500000 and isinstance(items[1]["value"], int)
    assert items[1]["type"] == "quantity" and items[1]["claimant"] == "Ana Ruiz"
