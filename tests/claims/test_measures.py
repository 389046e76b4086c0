"""The measures lexicon: rewordings of one counted thing share a measure key, the file is data
that is checked, and a malformed or ambiguous entry is refused naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.linking.measures import (
    LexiconError,
    is_property,
    is_running,
    lexicon,
    load,
    measure_of,
    parse,
    related_keys,
    stance_words,
)


@pytest.mark.parametrize(
    "noun",
    ["troops", "soldiers", "Afghan security personnel", "servicemen", "government forces"],
)
def test_words_for_troops_are_one_measure(noun: str) -> None:
    assert measure_of(kind="count", unit=noun, noun=noun, measure=noun).key == "count:troops"


@pytest.mark.parametrize("phrase", ["the war-torn country", "the territory in Afghanistan", "land"])
def test_words_for_territory_are_one_measure_in_percent(phrase: str) -> None:
    assert measure_of(kind="percent", unit="percent", measure=phrase).key == "percent:territory"


def test_a_generic_noun_takes_its_measure_from_the_verb_near_it() -> None:
    died = measure_of(kind="count", unit="people", noun="people", after=" have died in the flood")
    fled = measure_of(kind="count", unit="people", noun="people", after=" were evacuated")
    headline = measure_of(kind="count", before="Floods kill ", after=" in the valley")
    assert (died.key, fled.key, headline.key) == ("count:deaths", "count:evacuated", "count:deaths")


def test_a_percent_without_a_measure_phrase_takes_the_noun_before_it() -> None:
    found = measure_of(kind="percent", unit="percent", before="The jobless rate edged up to ")
    assert found.key == "percent:unemployment"


def test_a_noun_the_lexicon_lacks_is_its_own_measure() -> None:
    assert measure_of(kind="count", noun="Black Hawks", measure="Black Hawks").key == (
        "count:black hawk"
    )


def test_districts_bear_on_territory_as_counts_and_shares() -> None:
    assert set(related_keys("percent:territory")) >= {"percent:districts", "count:districts"}
    assert "count:troops" not in related_keys("percent:territory")


def test_a_death_toll_is_a_running_total_and_troops_are_not() -> None:
    assert is_running("count:deaths") and not is_running("count:troops")


def test_the_shipped_files_load_and_stance_words_are_lower_case() -> None:
    assert "troops" in lexicon().concepts
    disputes, supports = stance_words()
    assert "denied" in disputes and "confirmed" in supports
    assert all(w == w.lower() for w in disputes + supports)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"troops": {"nouns": ["troops"]}, "army": {"nouns": ["troop"]}}, "'troop' is in [troops]"),
        ({"troops": {"nouns": "troops"}}, "[troops] nouns must be a list"),
        ({"troops": {"nouns": ["troops"], "synonyms": []}}, "[troops] has unknown keys"),
        ({"troops": {"related": ["navy"]}}, "[troops] relates to unknown [navy]"),
        ({"troops": {"running": "yes"}}, "[troops] running must be true or false"),
        ({"depth": {"property": 1}}, "[depth] property must be true or false"),
        ({"depth": {"scale": "Richter scale"}}, "[depth] scale must be one lower-case word"),
    ],
)
def test_a_malformed_lexicon_is_refused_naming_the_entry(data: dict, message: str) -> None:
    with pytest.raises(LexiconError, match="measures.toml") as raised:
        parse(data, "measures.toml")
    assert message in str(raised.value)


def test_an_unreadable_lexicon_file_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "measures.toml"
    broken.write_text("[troops\nnouns = [", encoding="utf-8")
    with pytest.raises(LexiconError, match=str(broken)):
        load(broken)


def test_an_amount_of_money_takes_its_measure_from_the_words_around_it() -> None:
    fee = measure_of(kind="money", unit="EUR", before="Rovers paid a club record fee of ")
    after = measure_of(kind="money", unit="GBP", before="City completed his ", after=" transfer")
    pay = measure_of(kind="money", unit="EUR", before="The striker will earn ", after=" a year")
    bare = measure_of(kind="money", unit="USD", before="They sold the club for ")
    assert (fee.key, after.key, pay.key, bare.key) == ("EUR:fee", "GBP:fee", "EUR:pay", "USD:")


def test_a_unit_takes_its_measure_from_the_noun_before_of_and_from_no_other() -> None:
    depth = measure_of(kind="measure", unit="km", before="The tremor struck at a depth of ")
    about = measure_of(kind="measure", unit="km", before="at a depth of about ")
    far = measure_of(kind="measure", unit="km", before="a depth of 9 km, some ")
    toll = measure_of(kind="measure", unit="magnitude", before="The death toll from the ")
    assert (depth.key, about.key, far.key) == ("km:depth", "km:depth", "km:km")
    assert toll.key == "magnitude:magnitude"


def test_a_property_named_before_of_says_what_a_bare_number_measures() -> None:
    magnitude = measure_of(kind="count", before="The bureau put the tremor at a magnitude of ")
    people = measure_of(
        kind="count", noun="people", before="Brenmoor, a town with a population of about "
    )
    nation = measure_of(kind="count", noun="people", before="the small country of ")
    assert magnitude.key == "magnitude:magnitude"  # the scale "6.1-magnitude" is on
    assert people.key == "count:population"
    assert nation.key == "count:people"  # a country counted, not a population named
    assert is_property("count:population") and not is_property("count:troops")
