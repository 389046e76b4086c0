"""ext16: the canonical name of a counted acronym in the plural is its singular ("MPs" → "mp",
"CEOs" → "ceo"), as for any other noun ("seats" → "seat")."""

from __future__ import annotations

import pytest

from claims.extraction.units import canonical_unit


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [("MPs", "mp"), ("CEOs", "ceo"), ("NGOs", "ngo"), ("seats", "seat"), ("Seats", "seat")],
)
def test_plural_acronyms_are_made_singular(spelling: str, canonical: str) -> None:
    assert canonical_unit(spelling) == canonical
