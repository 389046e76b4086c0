"""The unit, currency and cue tables the quantity rules read: well formed and unambiguous, so
that extending a table cannot silently change what another spelling means."""

from __future__ import annotations

from collections import defaultdict

import pytest

from claims.extraction import lexicon, units
from claims.extraction.extract import extract


def test_every_unit_has_a_known_kind():
    for table in units.UNIT_TABLES:
        for unit in [*table.words.values(), *table.symbols.values()]:
            assert unit.kind in units.KINDS, unit
    for unit in units.GLUED_ONLY.values():
        assert unit.kind in units.KINDS, unit


def test_no_spelling_names_two_units():
    meanings: dict[str, set[str]] = defaultdict(set)
    for table in units.UNIT_TABLES:
        for spelling, unit in table.words.items():
            meanings[spelling].add(unit.name)
        for spelling, unit in table.symbols.items():
            meanings[spelling].add(unit.name)
    assert {s: names for s, names in meanings.items() if len(names) > 1} == {}


def test_unit_words_that_are_also_currencies_are_declared_ambiguous():
    spelled = {s for table in units.UNIT_TABLES for s in table.words}
    assert spelled & set(units.CURRENCY_WORDS) <= units.AMBIGUOUS_CURRENCY_WORDS


def test_currencies_are_iso_codes():
    codes = {
        *units.CURRENCY_PREFIXES.values(),
        *(code for code, _factor in units.CURRENCY_WORDS.values()),
        *units.CURRENCY_ADJECTIVES.values(),
    }
    assert all(len(code) == 3 and code.isupper() for code in codes), codes
    assert codes - {"BTC"} <= units.CURRENCY_CODES


def test_change_cues_point_one_way():
    assert lexicon.CHANGE_UP.isdisjoint(lexicon.CHANGE_DOWN)
    assert lexicon.CHANGE_TRANSITIVE <= lexicon.CHANGE_UP | lexicon.CHANGE_DOWN
    assert set(lexicon.CHANGE_NOUNS.values()) == {"up", "down"}


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("kilometres", "km"),
        ("km", "km"),
        ("yards", "yd"),
        ("%", "percent"),
        ("per cent", "percent"),
        ("Percentage Points", "percentage point"),
        ("dollars", "USD"),
        ("EUR", "EUR"),
        ("years", "year"),
        ("casualties", "casualty"),
        ("Districts", "district"),
    ],
)
def test_canonical_unit(spelling, canonical):
    assert units.canonical_unit(spelling) == canonical


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("districts", "district"),
        ("casualties", "casualty"),
        ("men", "man"),
        ("people", "person"),
        ("boxes", "box"),
        ("churches", "church"),
        ("shoes", "shoe"),
        ("news", "news"),
        ("gas", "gas"),
        ("crisis", "crisis"),
    ],
)
def test_singular(plural, singular):
    assert units.singular(plural) == singular


def test_a_new_table_entry_is_read_by_the_rules(monkeypatch):
    furlong = units.Unit("furlong", "measure")
    table = units.MEASURES
    monkeypatch.setitem(table.words, "furlongs", furlong)
    from claims.extraction import quantities

    by_word, by_symbol = quantities._make_sequences(units.UNIT_TABLES)
    monkeypatch.setattr(quantities, "_UNIT_WORDS", by_word)
    (q,) = extract("The horse ran 8 furlongs.").quantities
    assert (q.value, q.unit, q.kind) == (8, "furlong", "measure")
