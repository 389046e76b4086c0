"""A bare share said of a named place growing, after the article has told of its economy, is
growth. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of

ECONOMY = "DORVAL – Varnland’s economy grew 4.1 percent last year, its statistics office said. "


def _share(before: str, after: str, earlier: str = ECONOMY) -> str:
    return measure_of(
        kind="percent", unit="percent", figure="1.5 percent", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def test_a_share_of_a_named_place_said_to_grow_is_its_growth() -> None:
    growing = _share(
        "“Varnland is growing, but only slowly, perhaps at the ",
        " that traders in Dorval mention.",
    )
    grew = _share("One banker said Varnland grew by no more than ", " in the spring.")
    assert growing == grew == "percent:growth"


def test_a_sentence_opening_word_that_grows_is_no_name() -> None:
    # "Revenue" is written with a capital only where it opens a sentence: no proper name.
    earlier = ECONOMY + "Revenue at Varn Mills was flat. "
    assert _share("Revenue grew by ", " at the mill.", earlier) == "percent:"


def test_a_named_place_growing_with_no_economy_told_stays_unnamed() -> None:
    earlier = "DORVAL – Varnland’s football league opened its season. "
    assert _share("Varnland is growing, maybe at ", " a year.", earlier) == "percent:"
